"""A learned second reader for lures whose wording no phrase rule has seen.

The `mail.lure-*` rules know stories: a recruiter AND `npm install` AND a GitHub link. Attackers
keep inventing new ones (an xprv "for the auditor", a "regulator" deposit, a Safe threshold
change), and those pass every phrase list. This model reads the same text the lure rules read,
as words and word pairs (Chinese, Japanese and Korean as character pairs, since they do not put
spaces between words), and gives the probability that the message is a lure, with a linear
model: the evidence is the words that pushed the score up the most, so the verdict still
explains itself.

The organisation's own names (its name, its domains, its executives) are masked before
reading, at training and at scan time alike: the model must judge what a message asks for, not
who it names, so it works for any profile. The weights, the threshold and how they were made
are data (`data/lure_model.json`, written by `benchmarks/train_lure_model.py`).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from keiho.findings import Finding
from keiho.mail.context import ScanContext
from keiho.mail.message import Message
from keiho.mail.phrases import CJK_RANGES, nfkc
from keiho.profile import Profile

MODEL_RESOURCE = "data/lure_model.json"
RULE_ID = "mail.model-lure"
UNLIKE_RULE_ID = "mail.model-unlike"
MASK = "_org_"  # what a masked organisation name becomes: one word, the same for every profile
_MAX_TEXT = 20_000  # characters read: a lure makes its ask early, a huge message costs no more
_MAX_LINKS = 50
_MAX_PART = 1_000  # characters of a subject, sender name, file name or link text
_EVIDENCE_TERMS = 8

# Scripts written without spaces between words are read as overlapping character pairs.
_TOKEN = re.compile(f"[{CJK_RANGES}]+|[^\\W{CJK_RANGES}]+")
_IS_CJK = re.compile(f"[{CJK_RANGES}]")
_WORD = re.compile(r"\w+")
_SPACED_WORD = re.compile(f"[^\\W{CJK_RANGES}]")
_NOT_AFTER_WORD = f"(?<![^\\W{CJK_RANGES}])"
_NOT_BEFORE_WORD = f"(?![^\\W{CJK_RANGES}])"


def document(message: Message) -> str:
    """What the model reads: subject, sender name, text, attachment names and link texts."""
    parts = [message.subject[:_MAX_PART], message.sender.display_name[:_MAX_PART], message.text[:_MAX_TEXT]]
    parts += [a.filename[:_MAX_PART] for a in message.attachments[:_MAX_LINKS]]
    parts += [link.text[:_MAX_PART] for link in message.links[:_MAX_LINKS] if link.text]
    return "\n".join(parts)


def features(text: str, masks: NameMasks | None = None) -> set[str]:
    """The distinct words and adjacent word pairs of `text`, with the names in `masks` replaced
    by one placeholder word."""
    folded = nfkc(text).casefold()
    if masks is not None:
        folded = masks.apply(folded)
    if _IS_CJK.search(folded):
        words = [pair for token in _TOKEN.findall(folded) for pair in _cjk_pairs(token)]
    else:
        words = _WORD.findall(folded)  # the same words, a third faster, when no CJK is present
    return {*words, *map(" ".join, pairwise(words))}


def _cjk_pairs(token: str) -> list[str]:
    if len(token) > 1 and _IS_CJK.match(token):
        return [token[i : i + 2] for i in range(len(token) - 1)]
    return [token]


class NameMasks:
    """Names to mask, folded, longest first. A name in a spaced script is masked only as whole
    words ("Sato" masks "sato-san", not "satoshi")."""

    def __init__(self, names: Iterable[str]) -> None:
        folded = {nfkc(n).casefold().strip() for n in names}
        self.names = tuple(sorted((n for n in folded if len(n) >= 2), key=lambda n: (-len(n), n)))

    def apply(self, folded: str) -> str:
        # Most messages name nobody: a substring test per name is far cheaper than the pattern.
        present = tuple(n for n in self.names if n in folded)
        return _pattern(present).sub(f" {MASK} ", folded) if present else folded


@lru_cache(maxsize=256)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_whole(n) for n in names))


def profile_masks(profile: Profile, model_words: Container[str] = ()) -> NameMasks:
    return NameMasks(organisation_names(profile, model_words))


def organisation_names(profile: Profile, model_words: Container[str] = ()) -> set[str]:
    """The organisation's own names: its name, its domains, its executives and their aliases.

    A single word taken out of a name (the organisation's first word, its domains' first labels,
    a first or last name) is masked only when the model has no weight for it: "Kitsune" or "Sato" is a name, but the
    first word of "The Crypto Desk" or an executive called "Will Page" is also a word the model
    reads ("the", "will"), and masking it would change every message."""
    organization = profile.organization
    names: set[str] = {organization.name, *organization.domains}
    parts = [organization.name.split()[0], *(domain.split(".")[0] for domain in organization.domains)]
    for executive in profile.executives:
        for name in (executive.name, *executive.aliases):
            names.add(name)
            parts += _name_parts(name)
    names.update(part for part in parts if nfkc(part).casefold() not in model_words)
    return names


def _whole(name: str) -> str:
    # Whole words in spaced scripts; a CJK neighbour is a boundary too ("Satoの" masks "Sato").
    before = _NOT_AFTER_WORD if _SPACED_WORD.match(name[0]) else ""
    after = _NOT_BEFORE_WORD if _SPACED_WORD.match(name[-1]) else ""
    return before + re.escape(name) + after


def person_names(name: str) -> list[str]:
    """A person's full name and the parts of it that are written alone."""
    return [name, *_name_parts(name)]


def _name_parts(name: str) -> list[str]:
    # "Haruto Sato" is also written "Sato-san" or "Haruto"; "H." would mask too much, but a
    # two-character surname such as 佐藤 is a whole name.
    return [part for part in re.split(r"[\s・·,]+", name) if len(part) >= 3 or (len(part) == 2 and _IS_CJK.match(part))]


@dataclass(frozen=True, slots=True)
class LureModel:
    weights: Mapping[str, float]
    intercept: float
    threshold: float  # probability at or above which a message is reported
    unlike_below: float  # probability below which the text is clearly unlike a lure
    trained_on: str  # one line: what it was trained on, for the evidence
    common: frozenset[str] = frozenset()  # words too common to explain anything ("the", "https"): scored, not shown

    def probability(self, found: set[str]) -> float:
        total = self.intercept + sum(filter(None, map(self.weights.get, found)))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, total))))

    def strongest(self, found: set[str], limit: int = _EVIDENCE_TERMS) -> list[str]:
        """The present features that pushed the score up the most, leaving out common words."""
        pushing = [(w, f) for f in found - self.common if (w := self.weights.get(f, 0.0)) > 0]
        return [f for _, f in sorted(pushing, key=lambda item: (-item[0], item[1]))[:limit]]

    @classmethod
    def from_json(cls, text: str) -> LureModel:
        data = json.loads(text)
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["intercept"]),
                   float(data["threshold"]), float(data["unlike_below"]), str(data.get("trained_on", "")),
                   frozenset(map(str, data.get("common", ()))))


@lru_cache(maxsize=1)
def bundled_model() -> LureModel:
    return LureModel.from_json(resources.files("keiho.mail").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8"))


def analyze_lure_model(message: Message, ctx: ScanContext) -> list[Finding]:
    if not (ctx.rules[RULE_ID].enabled or ctx.rules[UNLIKE_RULE_ID].enabled):
        return []  # both turned off in the profile: nothing to read for
    model = bundled_model()
    if "lure_model_masks" not in ctx.memo:
        ctx.memo["lure_model_masks"] = profile_masks(ctx.profile, model.weights)
    masks = ctx.memo["lure_model_masks"]
    found = features(document(message), masks)
    probability = model.probability(found)
    out: list[Finding] = []
    if probability >= model.threshold:
        ctx.emit(out, RULE_ID, message.location, probability=round(probability, 3), threshold=round(model.threshold, 3),
                 terms=", ".join(model.strongest(found)))
    elif probability < model.unlike_below:
        # Score 0: it only lowers phrase rules through the policy's `model-unlike` discount.
        ctx.emit(out, UNLIKE_RULE_ID, message.location, probability=round(probability, 3),
                 below=round(model.unlike_below, 3))
    return out
