"""The lookalike engine: does this host imitate a protected domain, which one, and how?

Pipeline for one host: parse -> public-suffix split -> allowlist -> known-bad -> brand patterns
found in the host's confusable skeleton (Aho-Corasick) -> typo index -> script checks.
Each step that fires emits a finding from a rule file in `keiho/rules/domains/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path

from keiho.domains.brands import Brand, Pattern, build_automaton, build_brands
from keiho.domains.confusables import (
    confusables_table,
    fold_non_ascii,
    is_mixed_script,
    scripts,
    skeleton,
)
from keiho.domains.hosts import (
    MAX_HOST_LENGTH,
    PLAIN_HOST,
    Host,
    InputError,
    parse_subject,
)
from keiho.domains.knownbad import KnownBadHosts
from keiho.domains.psl import PublicSuffixList, default_psl
from keiho.domains.typo import TypoIndex
from keiho.findings import Finding, SubjectResult, Verdict
from keiho.profile import Profile
from keiho.rules import RuleSet, load_pillar

_DIGITS = re.compile(r"v?[0-9]+x?")
# Rules that say "this imitates a brand"; free hosting only adds to one of these.
_BRAND_RULES = frozenset(
    {
        "domain.homoglyph", "domain.typosquat", "domain.typosquat-tld", "domain.bitsquat", "domain.hyphenation",
        "domain.tld-swap", "domain.combosquat", "domain.brand-token", "domain.brand-subdomain", "domain.brand-embedded",
    }
)  # fmt: skip
_ASCII_LABEL = re.compile(r"[a-z0-9-]+")
_NOTHING: set[str] = set()  # shared "no brand matched"; never mutated
_NO_CANDIDATES: list[tuple[str, tuple[str, ...]]] = []  # shared "nothing for the typo index"; never mutated
_SEGMENT_CACHE = 100_000  # memoised segmentations kept (a few MB at most)
# (text, patterns, start, end, label index): one brand pattern found in a host's skeleton
_Hit = tuple[str, tuple[Pattern, ...], int, int, int]
_Candidates = list[tuple[str, tuple[str, ...]]]  # typo-index names and the words left around each
_Typos = list[list[tuple[Brand, int]]]  # for each candidate, the brands it is a typo of
# A plain host name in a batch, split but not yet decided: (name, labels, suffix labels,
# registrable index, registrable, skeleton, hits, typo candidates, index of its first name).
_Plain = tuple[str, list[str], int, int, str, str, list[_Hit], _Candidates, int]


@dataclass(slots=True)  # internal and short-lived; not frozen, because frozen init costs per host
class _Site:
    """A host split for matching; computed once per host."""

    host: Host
    labels: list[str]  # unicode labels, lower case
    ascii_labels: list[str]
    reg_index: int  # index of the registrable label in `labels` (-1: host is a bare suffix)
    suffix_labels: int  # how many trailing labels form the public suffix
    registrable: str
    search: str  # skeleton of the unicode host with hyphens removed; dots kept
    parts: list[str]  # `search` split at its dots

    @property
    def suffix(self) -> str:
        return ".".join(self.ascii_labels[-self.suffix_labels :])

    def search_label(self, index: int) -> tuple[str, int]:
        """The skeleton label at `index` and its start offset in `search`."""
        parts = self.parts
        return parts[index], sum(len(p) + 1 for p in parts[:index])


class LookalikeEngine:
    """Decide whether hosts imitate protected domains. Build once, call `check` per host."""

    def __init__(
        self,
        protected: Iterable[str],
        trusted: Iterable[str] = (),
        known_bad: KnownBadHosts | None = None,
        rules: RuleSet | None = None,
        psl: PublicSuffixList | None = None,
    ) -> None:
        self.rules = rules if rules is not None else load_pillar("domains")
        self.psl = psl or default_psl()
        protected = list(protected)
        self.brands = build_brands(protected, self.psl)
        self._automaton, self._dotted = build_automaton(self.brands)
        self._dotted_heads = frozenset(text.partition(".")[0] for text in self._dotted)
        typo = self.rules["domain.typosquat"].params
        self._typos = TypoIndex(self.brands, int(typo["min_brand_length"]), int(typo["two_edits_from"]))
        self._token_typo_min = int(typo["token_min_brand_length"])
        typo_tld = self.rules["domain.typosquat-tld"].params
        self._typo_tld_min, self._typo_tld_edits = int(typo_tld["min_brand_length"]), int(typo_tld["max_edits"])
        self._typo_abused_min = int(typo_tld["abused_suffix_min_brand_length"])
        self._typo_tld_two_from = int(typo_tld["two_edits_from"])
        self._swap_min = int(self.rules["domain.tld-swap"].params["context_free_from"])
        self._subdomain_min = int(self.rules["domain.brand-subdomain"].params["context_free_from"])
        self._short = int(self.rules["domain.combosquat"].params["short_brand_length"])
        self._token_min = int(self.rules["domain.brand-token"].params["min_brand_length"])
        embedded = self.rules["domain.brand-embedded"].params
        self._embedded_min, self._embedded_stray = int(embedded["min_brand_length"]), int(embedded["max_stray_letters"])
        # skeleton -> word as written, so evidence shows "wallet", not its skeleton "vvallet"
        lure_words = self.rules["domain.combosquat"].params["lure_words"]
        self._lure = {skeleton(w + "s"): w + "s" for w in lure_words} | {skeleton(w): w for w in lure_words}
        self._abused = frozenset(self.rules["domain.tld-swap"].params["abused_suffixes"])
        # Skeleton of each ASCII character with hyphen and underscore dropped: one translate per host.
        table = confusables_table()
        self._ascii_search_table = {c: chr(c).translate(table).replace("-", "").replace("_", "") for c in range(128)}
        # Words a brand's own domains add (app, global, console): they may sit next to the brand.
        self._contexts = {b.label: {skeleton(w): w for w in b.context} for b in self.brands}
        vocabulary = [*self._lure, *(w for words in self._contexts.values() for w in words)]
        self._longest_word = max(map(len, vocabulary), default=1)
        self._allow: set[str] = set()
        for domain in (*protected, *trusted):
            self._allow.add(self.psl.registrable(domain) or domain)
        self.known_bad = known_bad or KnownBadHosts()
        self._segments: dict[tuple[str, str], list[str] | None] = {}

    @classmethod
    def from_profile(cls, profile: Profile, known_bad_files: Iterable[Path] = ()) -> LookalikeEngine:
        known_bad = KnownBadHosts()
        for path in (*profile.known_bad_paths(), *known_bad_files):
            known_bad.load(path)
        rules = load_pillar("domains").with_overrides(profile.rules.disable, profile.rules.weights)
        return cls(profile.web.protected, profile.trusted_domains, known_bad, rules)

    # -- public API ---------------------------------------------------------------------------

    def check_line(self, line: str) -> SubjectResult:
        """Check one line of input; a bad line gives an `error` verdict, never an exception."""
        try:
            host = parse_subject(line)
        except InputError as exc:
            return SubjectResult.failed(_printable(line), "input", str(exc))
        return self.check(host)

    def check(self, host: Host) -> SubjectResult:
        site = self._site(host)
        candidates = self._typo_candidates(site)
        return self._result(site, candidates)

    def check_many(self, lines: Iterable[str], batch: int = 4096) -> Iterator[SubjectResult]:
        """Check lines in order. Batches let the typo index look up many hosts at once."""
        chunk: list[str] = []
        for line in lines:
            chunk.append(line)
            if len(chunk) >= batch:
                yield from self._check_batch(chunk)
                chunk = []
        if chunk:
            yield from self._check_batch(chunk)

    def _check_batch(self, lines: list[str]) -> Iterator[SubjectResult]:
        # Most lines are plain host names that match nothing. Those are split here without a
        # Host or a _Site, and only become one if a brand pattern or the typo index finds
        # something; every other line (URLs, IDNs, upper case...) takes the full path.
        items: list[_Plain | tuple[_Site, _Candidates, int] | SubjectResult] = []
        names: list[str] = []
        plain = PLAIN_HOST.fullmatch
        suffix_length = self.psl.suffix_length
        plain_tlds, tails = self.psl.plain_tlds, self.psl.tails
        table = self._ascii_search_table
        allow = self._allow
        brands = bool(self.brands)
        automaton, dotted, heads = self._automaton, self._dotted, self._dotted_heads
        for line in lines:
            text = line.strip()
            if len(text) <= MAX_HOST_LENGTH and plain(text) and "xn--" not in text:  # as parse_subject
                labels = text.split(".")
                if len(labels) == 2 and labels[1] in plain_tlds and text not in tails:
                    k = 1  # "name.tld", most lines: what psl.suffix_length would say, without the walk
                else:
                    k = suffix_length(labels)
                reg_index = len(labels) - k - 1
                registrable = ".".join(labels[reg_index:]) if reg_index > 0 else text
                search = text.translate(table)
                hits: list[_Hit] = []
                candidates = _NO_CANDIDATES
                if brands and registrable not in allow:
                    if reg_index == 0 and k == 1:  # _find_patterns for "name.tld"
                        label = search.partition(".")[0]
                        if label in heads:
                            found = dotted.get(search)
                            if found is not None:
                                hits.append((search, found, 0, len(search) - 1, 0))
                        if automaton is not None:
                            for end, (pattern, patterns) in automaton.iter(label):
                                hits.append((pattern, patterns, end - len(pattern) + 1, end, 0))
                    else:
                        hits = self._find_patterns(search.split("."), search, reg_index)
                    if reg_index >= 0:
                        name = labels[reg_index]
                        if "-" in name:
                            candidates = self._typo_names(name)
                            names.extend(c for c, _rest in candidates)
                        else:
                            candidates = [(name, ())]
                            names.append(name)
                items.append((text, labels, k, reg_index, registrable, search, hits, candidates, len(names) - len(candidates)))
                continue
            try:
                site = self._site(parse_subject(line))
            except InputError as exc:
                items.append(SubjectResult.failed(_printable(line), "input", str(exc)))
                continue
            candidates = self._typo_candidates(site)
            items.append((site, candidates, len(names)))
            names.extend(c for c, _rest in candidates)
        typos = self._typos.matches_many(names)
        for item in items:
            if isinstance(item, SubjectResult):
                yield item
            elif len(item) == 3:  # a line that took the full path
                site, candidates, first = item
                yield self._result(site, candidates, typos[first : first + len(candidates)])
            else:
                text, labels, k, reg_index, registrable, search, hits, candidates, first = item
                found_typos = typos[first : first + len(candidates)]
                known_bad = self.known_bad
                if hits or any(found_typos) or (len(known_bad) and known_bad.match(text, registrable) is not None):
                    site = _Site(Host(text, text), labels, labels, reg_index, k, registrable, search, search.split("."))
                    yield self._result(site, candidates, found_typos, hits)
                else:
                    yield _clean(text, "host")

    def _result(
        self, site: _Site, candidates: _Candidates, typos: _Typos | None = None, hits: list[_Hit] | None = None
    ) -> SubjectResult:
        """The verdict on one host. `typos` are the typo-index matches of each of `candidates`
        and `hits` the brand patterns in the host, if already looked up."""
        host = site.host
        subject = host.url if host.url else host.ascii
        kind = "url" if host.url else "host"
        out: list[Finding] = []
        if host.userinfo is not None:
            self._emit(out, "url.userinfo", subject, userinfo=host.userinfo, host=host.ascii)
        if len(self.known_bad):
            hit = self.known_bad.match(host.ascii, site.registrable)
            if hit is not None:
                self._emit(out, "domain.known-bad", subject, entry=hit[0], list=hit[1])
        if site.registrable not in self._allow:
            if host.is_idn:
                self._script_checks(site, subject, out)
            if self.brands:
                matched = self._pattern_checks(site, subject, out, hits)
                if typos is None:
                    typos = [self._typos.matches(name) for name, _rest in candidates]
                if any(typos):
                    self._typo_checks(site, subject, out, matched, candidates, typos)
                if out and site.suffix in self.psl.private and any(f.rule in _BRAND_RULES for f in out):
                    self._emit(out, "domain.free-hosting", subject, platform=site.suffix)
        if not out:
            return _clean(subject, kind)
        return SubjectResult.from_findings(subject, kind, out)

    # -- steps --------------------------------------------------------------------------------

    def _site(self, host: Host) -> _Site:
        ascii_host = host.ascii
        ascii_labels = ascii_host.split(".")
        if host.is_idn:
            labels = host.unicode.split(".")
            search = skeleton(host.unicode).replace("-", "").replace("_", "")
        else:  # parse_subject already lower-cased it; skip the IDN work
            labels = ascii_labels
            search = ascii_host.translate(self._ascii_search_table)
        k = self.psl.suffix_length(ascii_labels)
        reg_index = len(labels) - k - 1
        registrable = ".".join(ascii_labels[reg_index:]) if reg_index > 0 else ascii_host
        return _Site(host, labels, ascii_labels, reg_index, k, registrable, search, search.split("."))

    def _pattern_checks(self, site: _Site, subject: str, out: list[Finding], hits: list[_Hit] | None = None) -> set[str]:
        """Brand patterns found in the skeleton (`hits`, if already looked for); returns the
        labels of brands that matched."""
        if hits is None:
            hits = self._find_patterns(site.parts, site.search, site.reg_index)
        if not hits:
            return _NOTHING
        best: dict[str, tuple[int, Finding]] = {}  # rule -> (pattern length, finding)
        matched: set[str] = set()
        for text, patterns, start, end, label_index in hits:
            for pattern in patterns:
                finding = self._classify(site, subject, pattern, start, end, label_index)
                if finding is None:
                    continue
                if finding.rule != "domain.brand-embedded":  # 'uniswapp': let the typo check name it
                    matched.add(pattern.brand.label)
                current = best.get(finding.rule)
                if current is None or len(text) > current[0]:
                    best[finding.rule] = (len(text), finding)
        for _length, finding in best.values():
            out.append(finding)
        return matched

    def _find_patterns(self, parts: list[str], search: str, reg_index: int) -> list[_Hit]:
        """(text, patterns, start, end, label index) for every brand pattern in a host's skeleton
        `search`, split at its dots into `parts`; `reg_index` is the registrable label's index."""
        hits: list[_Hit] = []
        # Dotted patterns (brand domains) only count on whole labels, so look up each run of
        # labels, starting only at a label that begins some brand domain.
        dotted = self._dotted
        heads = self._dotted_heads
        start = 0
        last = len(parts) - 1
        for i in range(last):
            span = parts[i]
            if span in heads:
                for j in range(i + 1, last + 1):
                    span += "." + parts[j]
                    found = dotted.get(span)
                    if found is not None:
                        hits.append((span, found, start, start + len(span) - 1, i))
            start += len(parts[i]) + 1
        # Bare brands and compounds: only left of the public suffix ('corn' in '.com' is no brand use).
        if reg_index >= 0 and self._automaton is not None:
            if reg_index == 0:
                search = parts[0]
            else:
                search = search[: sum(len(p) + 1 for p in parts[: reg_index + 1]) - 1]
            for end, (text, patterns) in self._automaton.iter(search):
                start = end - len(text) + 1
                hits.append((text, patterns, start, end, search.count(".", 0, start)))
        return hits

    def _classify(
        self, site: _Site, subject: str, pattern: Pattern, start: int, end: int, label_index: int
    ) -> Finding | None:
        brand = pattern.brand
        if pattern.kind == "domain":
            search = site.search
            at_boundary = (start == 0 or search[start - 1] == ".") and (
                end + 1 == len(search) or search[end + 1] == "."
            )
            if not at_boundary or "." not in pattern.text:
                return None
            literal = pattern.source.replace("-", "") in site.host.unicode.replace("-", "")
            if end + 1 == len(search):
                # The host *is* the brand's domain in skeleton: a homoglyph, or a hyphen variant
                # that the label check names more precisely.
                return None if literal else self._make("domain.homoglyph", subject, **self._evidence(site, pattern))
            rule = "domain.brand-subdomain" if literal else "domain.homoglyph"
            return self._make(rule, subject, **self._evidence(site, pattern), position="subdomain")
        if site.reg_index < 0:
            return None
        if label_index:
            label_skeleton, offset = site.search_label(label_index)
            label_start = start - offset
        else:
            label_skeleton, label_start = site.parts[0], start
        left = label_skeleton[:label_start]
        right = label_skeleton[label_start + len(pattern.text) :]
        raw_label = site.labels[label_index]
        compact = brand.compact
        literal = compact in raw_label.replace("-", "")
        if not left and not right:
            is_registrable = label_index == site.reg_index
            if not literal:
                return self._make("domain.homoglyph", subject, **self._evidence(site, pattern), label=raw_label)
            if pattern.kind == "compound":
                rule = "domain.combosquat" if is_registrable else "domain.brand-subdomain"
                return self._make(rule, subject, **self._evidence(site, pattern), label=raw_label)
            if not is_registrable:
                if len(compact) < self._subdomain_min and not self._has_context(site, label_index):
                    return None
                return self._make("domain.brand-subdomain", subject, **self._evidence(site, pattern), position="subdomain")
            if raw_label != brand.label:
                return self._make("domain.hyphenation", subject, **self._evidence(site, pattern), label=raw_label)
            needs_context = len(compact) < self._swap_min and not (
                site.suffix in self._abused and len(compact) > self._short
            )
            if needs_context and not self._has_context(site, label_index):
                return None
            return self._make("domain.tld-swap", subject, **self._evidence(site, pattern), suffix=site.suffix)
        left_words = self._segment(left, brand)
        if left_words is not None:  # else the right-hand side does not matter
            right_words = self._segment(right, brand)
            if right_words is None and right.startswith("s") and len(compact) > self._short:
                plural_rest = self._segment(right[1:], brand)  # a plural: 'metamasks-wallet'
                right_words = None if plural_rest is None else ["s", *plural_rest]
            if right_words is not None:
                words = left_words + right_words
                real_words = [w for w in words if w and w != "s" and not _DIGITS.fullmatch(w)]
                short = len(compact) <= self._short
                if short and not real_words:
                    return None
                if short and "-" not in raw_label and all(len(w) <= 2 for w in real_words):
                    return None
                rule = "domain.combosquat" if label_index == site.reg_index else "domain.brand-subdomain"
                if not literal:
                    rule = "domain.homoglyph"
                words_found = "+".join(w for w in words if w)
                return self._make(rule, subject, **self._evidence(site, pattern), label=raw_label, words=words_found)
        if pattern.kind == "label" and len(compact) >= self._token_min and literal:
            tokens = raw_label.split("-")
            # the brand as a word, also written without its own hyphens ('kitsuneex-otc')
            if brand.label in tokens or compact in tokens or _contains_run(tokens, brand.label.split("-")):
                return self._make("domain.brand-token", subject, **self._evidence(site, pattern), label=raw_label)
        if (
            literal
            and len(compact) >= self._embedded_min
            and (label_index == site.reg_index or site.suffix in self.psl.private)
            and self._stray_letters(left, brand) + self._stray_letters(right, brand) <= self._embedded_stray
        ):
            return self._make("domain.brand-embedded", subject, **self._evidence(site, pattern), label=raw_label)
        return None

    @staticmethod
    def _evidence(site: _Site, pattern: Pattern) -> dict[str, str | int]:
        """What every brand-pattern finding shows first; built only once a finding is made."""
        evidence: dict[str, str | int] = {"brand": pattern.brand.display, "matched": pattern.source}
        if site.host.is_idn:
            evidence["unicode"] = site.host.unicode
        return evidence

    def _stray_letters(self, text: str, brand: Brand) -> int:
        """How few letters of `text` are left over once lure words, brand words and digits are taken out.

        Kept apart from `_segment` on purpose: that one runs on every brand hit and gives up as
        soon as no word fits; one shared cost-based pass measured 3-5% slower on the host stream."""
        if not text:
            return 0
        context = self._contexts[brand.label]
        n = len(text)
        longest = self._longest_word
        cost = [0] + [n + 1] * n  # cost[i]: fewest stray letters in text[:i]
        for i in range(n):
            here = cost[i]
            if here > n:
                continue
            cost[i + 1] = min(cost[i + 1], here + 1)
            digits = _DIGITS.match(text, i)
            if digits is not None and here < cost[digits.end()]:
                cost[digits.end()] = here
            for j in range(i + 1, min(n, i + longest) + 1):
                piece = text[i:j]
                if (piece in self._lure or piece in context) and here < cost[j]:
                    cost[j] = here
        return cost[n]

    def _segment(self, text: str, brand: Brand) -> list[str] | None:
        """Split `text` into lure words, brand context words and digits; None if it cannot be.

        Memoised: the same remainders ('s', 'online', 'app') recur all through a stream.
        Callers must not mutate the list returned."""
        if not text:
            return []
        key = (text, brand.label)
        try:
            return self._segments[key]
        except KeyError:
            pass
        if len(self._segments) >= _SEGMENT_CACHE:
            self._segments.clear()
        words = self._segments[key] = self._segment_uncached(text, brand)
        return words

    def _segment_uncached(self, text: str, brand: Brand) -> list[str] | None:
        context = self._contexts[brand.label]
        n = len(text)
        longest = self._longest_word
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            prefix = best[i]
            if prefix is None:
                continue
            digits = _DIGITS.match(text, i)
            if digits is not None and best[digits.end()] is None:
                best[digits.end()] = [*prefix, digits.group()]
            for j in range(min(n, i + longest), i, -1):
                piece = text[i:j]
                word = self._lure.get(piece) or context.get(piece)
                if word is not None and best[j] is None:
                    best[j] = [*prefix, word]
        return best[n]

    def _has_context(self, site: _Site, brand_label_index: int) -> bool:
        """Lure words elsewhere in the host, or a free-hosting suffix: context a short brand needs."""
        if site.suffix in self.psl.private:
            return True
        for i, label in enumerate(site.labels[: site.reg_index + 1]):
            if i == brand_label_index:
                continue
            for token in skeleton(label).split("-"):
                if token in self._lure:
                    return True
        return False

    def _typo_candidates(self, site: _Site) -> _Candidates:
        """Names to look up in the typo index: the whole registrable label, and each of its
        hyphen-separated words when the other words are all lure words."""
        if site.reg_index < 0 or not self.brands:
            return []
        raw_label = site.labels[site.reg_index]
        return self._typo_names(fold_non_ascii(raw_label) if site.host.is_idn else raw_label)

    def _typo_names(self, name: str) -> _Candidates:
        if "-" not in name:
            return [(name, ())]
        candidates: _Candidates = [(name.replace("-", ""), ())]
        tokens = name.split("-")
        for i, token in enumerate(tokens):
            rest = tuple(tokens[:i] + tokens[i + 1 :])
            if all(skeleton(w) in self._lure or _DIGITS.fullmatch(w) for w in rest):
                candidates.append((token, rest))
        return candidates

    def _typo_checks(
        self, site: _Site, subject: str, out: list[Finding], matched: set[str], candidates: _Candidates, typos: _Typos
    ) -> None:
        raw_label = site.labels[site.reg_index]
        emitted: set[str] = set()
        for (candidate, rest), found in zip(candidates, typos, strict=True):
            for brand, distance in found:
                if brand.label in matched or brand.label in emitted:
                    continue
                if rest and len(brand.compact) < self._token_typo_min:
                    continue
                emitted.add(brand.label)
                evidence: dict[str, str | int] = {
                    "brand": brand.display,
                    "label": raw_label,
                    "edits": distance,
                }
                if rest:
                    evidence["words"] = "+".join(rest)
                if site.host.is_idn:
                    evidence["unicode"] = site.host.unicode
                if site.suffix in brand.suffixes or rest:
                    bitsquat = brand in self._typos.bitsquat_of(candidate) and not rest
                    self._emit(out, "domain.bitsquat" if bitsquat else "domain.typosquat", subject, **evidence)
                elif (
                    site.suffix in self.psl.private
                    or (len(brand.compact) >= self._typo_tld_min and distance <= self._typo_tld_edits)
                    or len(brand.compact) >= self._typo_tld_two_from
                    or (
                        site.suffix in self._abused
                        and distance <= self._typo_tld_edits
                        and len(brand.compact) >= self._typo_abused_min
                    )
                    or self._has_context(site, site.reg_index)
                ):
                    self._emit(out, "domain.typosquat-tld", subject, **evidence, suffix=site.suffix)

    def _script_checks(self, site: _Site, subject: str, out: list[Finding]) -> None:
        suffix_is_ascii = site.suffix.isascii() and "xn--" not in site.suffix
        for label in site.labels:
            if label.isascii():
                continue
            if is_mixed_script(label):
                self._emit(out, "domain.mixed-script", subject, label=label, unicode=site.host.unicode)
            elif suffix_is_ascii and "Latin" not in scripts(label) and _ASCII_LABEL.fullmatch(skeleton(label)):
                self._emit(out, "domain.idn-whole-script", subject, label=label, reads_as=skeleton(label))

    # -- helpers ------------------------------------------------------------------------------

    def _make(self, rule_id: str, subject: str, **evidence: str | int) -> Finding | None:
        rule = self.rules[rule_id]
        return rule.finding(subject, **evidence) if rule.enabled else None

    def _emit(self, out: list[Finding], rule_id: str, subject: str, **evidence: str | int) -> None:
        finding = self._make(rule_id, subject, **evidence)
        if finding is not None:
            out.append(finding)


# A clean result is most of what a stream gives; building it through the frozen dataclass's
# __init__ (one object.__setattr__ a field) costs about twice as much as setting its slots here.
# That is only the same thing while SubjectResult has exactly these fields and no __post_init__.
_CLEAN_FIELDS = ("subject", "kind", "verdict", "score", "findings", "error")
if tuple(f.name for f in fields(SubjectResult)) != _CLEAN_FIELDS or hasattr(SubjectResult, "__post_init__"):
    raise RuntimeError("SubjectResult changed: update keiho.domains.engine._clean")
_SET_FIELDS = tuple(SubjectResult.__dict__[name].__set__ for name in _CLEAN_FIELDS)


def _clean(subject: str, kind: str) -> SubjectResult:
    """Same as SubjectResult(subject, kind, Verdict.CLEAN, 0)."""
    result = object.__new__(SubjectResult)
    set_subject, set_kind, set_verdict, set_score, set_findings, set_error = _SET_FIELDS
    set_subject(result, subject)
    set_kind(result, kind)
    set_verdict(result, Verdict.CLEAN)
    set_score(result, 0)
    set_findings(result, ())
    set_error(result, None)
    return result


def _contains_run(tokens: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(tokens[i : i + n] == run for i in range(len(tokens) - n + 1))


def _printable(line: str, limit: int = 200) -> str:
    text = line.strip()
    text = "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in text)
    return text if len(text) <= limit else text[:limit] + "…"
