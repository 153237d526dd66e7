"""The lure rules, compiled: every `mail.lure-*` rule file's concepts in one phrase automaton,
and each rule's weights and requirements. Built once per scan context (see `lures.py`).

A lure rule's `[params]`:

- `concepts.<name>.<language> = [phrases]`: a concept defined once, usable by every lure rule.
  Language keys are ISO codes (`zh` holds simplified and traditional); `any` holds phrases of
  no language (commands, host names). See `phrases.PhraseMatcher` for `*` and hyphens.
- `mask.<language> = [phrases]`: phrases whose hits hide the concept hits inside them
  ("release candidate" hides "candidate").
- `negation.<language> = [phrases]`: phrases that deny the rest of their sentence ("never
  share your seed phrase"), or in Japanese and Korean, which put the negation last, the
  sentence before them ("シードフレーズをお伺いすることはありません"): concept hits there do not count.
- `weights.<concept> = points` (negative points count against a match), `require` (groups of
  concepts; each group needs one of its concepts), `fire_at` (points needed), `full_at`
  (points at which the rule's full score applies) and `window` (bytes of folded UTF-8 body
  text within which the concepts must appear; a CJK character is three bytes).

Reserved concepts are computed, not listed: `executive` and `trusted_download` (phrases from
the profile), `crypto_address`, `meeting_lookalike`, `lookalike_link` and `unfamiliar_link`
(from the message's addresses and links; see `lures.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from keiho.domains import LookalikeEngine
from keiho.errors import RuleError
from keiho.mail.phrases import PhraseMatcher, fold
from keiho.profile import Profile
from keiho.rules import Rule, RuleSet

LURE_PREFIX = "mail.lure-"
PROFILE_CONCEPTS = frozenset({"executive", "trusted_download"})
LINK_CONCEPTS = frozenset({"crypto_address", "meeting_lookalike", "lookalike_link", "unfamiliar_link"})
RESERVED = PROFILE_CONCEPTS | LINK_CONCEPTS
_EVIDENCE_KEYS = frozenset({"points", "languages"})  # evidence keys beside the concepts
_NEUTRAL = "any"
_MEETING_PARAMS = "official_meeting_domains"  # the lure rule holding it configures `meeting_lookalike`
_FAMILIAR_PARAMS = "familiar_domains"  # the lure rule holding it configures `unfamiliar_link`
_MAX_VERDICTS = 50_000  # host verdicts remembered per compiled rule set


@dataclass(frozen=True, slots=True)
class Phrase:
    concept: str
    written: str  # as the rule file or profile spells it, for evidence
    language: str  # "" when language-neutral or shared by several languages


@dataclass(frozen=True, slots=True)
class Mask:
    """A phrase that hides concept hits: those inside it, or those after or before it up to the
    sentence's end (a negation)."""

    reach: Literal["inside", "after", "before"]


_INSIDE = Mask("inside")
_NEGATION_LAST = frozenset({"ja", "ko"})  # languages whose negation follows what it denies


@dataclass(frozen=True, slots=True)
class LureRule:
    id: str
    weights: Mapping[str, int]
    require: tuple[frozenset[str], ...]
    fire_at: int
    full_at: int
    window: int
    # the concepts this rule weighs that come from the message's links and addresses
    link_concepts: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "link_concepts", LINK_CONCEPTS.intersection(self.weights))

    def satisfied(self, present: set[str] | frozenset[str]) -> bool:
        return all(not group.isdisjoint(present) for group in self.require)

    def points(self, present: set[str] | frozenset[str]) -> int:
        return sum(self.weights.get(c, 0) for c in present)

    def could_fire(self, present: set[str] | frozenset[str]) -> bool:
        """Whether `present` could fire the rule if no concept counted against it."""
        if not self.satisfied(present):
            return False  # the cheaper test first: most messages miss a required concept
        return sum(w for c, w in self.weights.items() if w > 0 and c in present) >= self.fire_at




@dataclass(frozen=True, slots=True)
class MeetingHosts:
    official: frozenset[str]  # official meeting domains and the profile's trusted domains
    words: frozenset[str]
    engine: LookalikeEngine | None  # lookalikes of the official meeting domains


@dataclass(frozen=True, slots=True)
class CompiledLures:
    matcher: PhraseMatcher[Phrase | Mask]
    rules: tuple[LureRule, ...]
    meeting: MeetingHosts
    familiar: frozenset[str]  # sites whose sign-in pages staff really use (and the profile's own)
    # (kind, host) -> evidence, '' when the host is fine: list footers repeat the same hosts
    verdicts: dict[tuple[str, str], str] = field(default_factory=dict)

    def cached(self, kind: str, host: str, decide: Callable[[], str]) -> str:
        key = (kind, host)
        found = self.verdicts.get(key)
        if found is None:
            if len(self.verdicts) >= _MAX_VERDICTS:
                self.verdicts.clear()
            found = self.verdicts[key] = decide()
        return found


def compile_lures(rules: RuleSet, profile: Profile) -> CompiledLures:
    """All lure rules of `rules` (disabled ones too: their concepts may serve others)."""
    lure_rules = [r for r in rules if r.id.startswith(LURE_PREFIX)]
    phrases: list[tuple[str, Phrase | Mask]] = []
    defined: dict[str, str] = {}
    for rule in lure_rules:
        concepts = rule.params.get("concepts", {})
        if not isinstance(concepts, Mapping):
            raise RuleError(f"{rule.id}: params.concepts must be a table of concepts")
        for concept, by_language in concepts.items():
            if concept in RESERVED or concept in _EVIDENCE_KEYS:
                raise RuleError(f"{rule.id}: concept name {concept!r} is reserved by keiho; choose another")
            if concept in defined:
                raise RuleError(f"{rule.id}: concept {concept!r} is already defined by {defined[concept]}")
            defined[concept] = rule.id
            phrases.extend(_tagged(concept, _phrase_lists(rule, concept, by_language)))
        phrases.extend((p, _INSIDE) for _, p in _phrase_lists(rule, "mask", rule.params.get("mask", {})))
        for language, p in _phrase_lists(rule, "negation", rule.params.get("negation", {})):
            phrases.append((p, Mask("before" if language in _NEGATION_LAST else "after")))
    for executive in profile.executives:
        phrases.extend((name, Phrase("executive", name, "")) for name in (executive.name, *executive.aliases))
    phrases.extend((s, Phrase("trusted_download", s, "")) for s in profile.web.trusted_download_sources)
    compiled = tuple(_lure_rule(rule, set(defined) | RESERVED) for rule in lure_rules)
    return CompiledLures(PhraseMatcher(phrases), compiled, _meeting_hosts(lure_rules, profile), _familiar(lure_rules, profile))


def _tagged(concept: str, listed: Iterable[tuple[str, str]]) -> list[tuple[str, Phrase]]:
    """One payload per phrase of a concept. A phrase several languages share ("urgent",
    "crypto") says nothing about the language, so it is tagged neutral."""
    first: dict[str, tuple[str, str]] = {}
    for language, phrase in listed:
        key = fold(phrase)
        if key in first and first[key][0] != language:
            first[key] = ("", first[key][1])
        else:
            first.setdefault(key, (language, phrase))
    return [(phrase, Phrase(concept, phrase, language)) for language, phrase in first.values()]


def _phrase_lists(rule: Rule, concept: str, by_language: object) -> Iterable[tuple[str, str]]:
    if not isinstance(by_language, Mapping):
        raise RuleError(f"{rule.id}: {concept} must be a table of language = [phrases]")
    for language, items in by_language.items():
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            raise RuleError(f"{rule.id}: {concept}.{language} must be a list of non-empty strings")
        for item in items:
            yield ("" if language == _NEUTRAL else language), item


def _lure_rule(rule: Rule, known: set[str]) -> LureRule:
    params = rule.params
    try:
        weights = {str(c): int(w) for c, w in params["weights"].items()}
        require = tuple(frozenset(str(c) for c in group) for group in params["require"])
        fire_at, full_at, window = int(params["fire_at"]), int(params["full_at"]), int(params["window"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RuleError(f"{rule.id}: params need weights, require, fire_at, full_at and window ({exc!r})") from None
    unknown = sorted((set(weights) | {c for g in require for c in g}) - known)
    if unknown:
        raise RuleError(f"{rule.id}: unknown concepts {unknown} (define them under [params.concepts])")
    required = {c for group in require for c in group}
    if not required <= set(weights) or not 0 < fire_at <= full_at or window <= 0:
        raise RuleError(f"{rule.id}: every required concept needs a weight, 0 < fire_at <= full_at and window > 0")
    return LureRule(rule.id, weights, require, fire_at, full_at, window)


def _familiar(lure_rules: list[Rule], profile: Profile) -> frozenset[str]:
    listed = {str(d).lower() for rule in lure_rules for d in rule.params.get(_FAMILIAR_PARAMS, ())}
    return frozenset({*listed, *profile.trusted_domains})


def _meeting_hosts(lure_rules: list[Rule], profile: Profile) -> MeetingHosts:
    trusted = profile.trusted_domains
    for rule in lure_rules:
        if _MEETING_PARAMS in rule.params:
            official = [str(d).lower() for d in rule.params[_MEETING_PARAMS]]
            words = frozenset(str(w).lower() for w in rule.params.get("meeting_words", ()))
            engine = LookalikeEngine(official) if official else None
            return MeetingHosts(frozenset((*official, *trusted)), words, engine)
    return MeetingHosts(frozenset(trusted), frozenset(), None)
