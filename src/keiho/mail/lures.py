"""Lures: the pretexts used to get a target to run code, install an "update" or move funds.

Fake recruiters with a coding test, fake investors whose meeting needs an SDK update, trojanised
trading apps, urgent transfer and wallet requests (Lazarus, TraderTraitor, Contagious Interview,
BlueNoroff). Single words prove nothing ("install" is in every mailing list); what gives a lure
away is concepts from different worlds appearing together: a job offer AND `npm install` AND a
GitHub link.

The knowledge is in the `mail.lure-*` rule files (see `lure_rules.py` for their format). For a
message, one automaton pass over the folded body, subject, sender name, attachment names and
link URLs finds every concept; body hits keep their position, the rest count as near
everything. Each rule then takes the best stretch of `window` bytes of body: the required
groups must all be present and the weights must reach `fire_at`. The finding's score is the
rule's score scaled by points / `full_at` (never above the rule's score), and its evidence names
the phrases that fired per concept and the languages they belong to.

Link and address concepts (`crypto_address`, `meeting_lookalike`, `lookalike_link`) cost more,
so they are only worked out when a rule could fire with them.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate

from keiho.domains import LookalikeEngine
from keiho.domains.psl import default_psl
from keiho.findings import EvidenceValue, Finding
from keiho.intel.addresses import ADDRESS_IN_TEXT, InvalidAddress, parse_address
from keiho.mail.context import ScanContext
from keiho.mail.domains import DomainKind, classify_domain
from keiho.mail.lure_rules import (
    LINK_CONCEPTS,
    CompiledLures,
    LureRule,
    Mask,
    MeetingHosts,
    Phrase,
    compile_lures,
)
from keiho.mail.message import Message
from keiho.mail.phrases import as_bytes, fold
from keiho.profile import Profile
from keiho.rules import RuleSet

log = logging.getLogger(__name__)

# Bounds: a hostile message cannot make one scan slow.
_MAX_TEXT = 200_000  # characters of body text read
_MAX_LINKS = 200
_MAX_PART = 4_000  # characters of one subject, name, file name, URL or link text
_MAX_HOSTS = 20  # distinct hosts checked against the domain engines
_MAX_HITS = 5_000
_EVIDENCE_PHRASES = 3
_SEPARATOR = " \n| "
_NEGATION_REACH = 200  # bytes a negation can deny, when no sentence end comes first
# Where a negation's reach stops: sentence and clause ends; '|' separates the fields of the
# folded text; the last is "。" in UTF-8.
_SENTENCE_ENDS = (".", "!", "?", ";", "|", "\xe3\x80\x82")
_SENTENCE_END = re.compile("|".join(re.escape(e) for e in _SENTENCE_ENDS))

# The authority part of an http(s) URL or of a bare www. host, matched where "http" or "www."
# was found (str.find is far faster than a regex search over a whole body).
_URL_HOST = re.compile(r"(?i)(?:https?://|(?=www\.))([^\s/?#<>\"'()\[\]{}\\]{1,300})")
_URL_MARKERS = ("http", "www.", "HTTP", "WWW.")
_URL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=%")
_LETTERS = re.compile(r"[a-z]+")
_LOOKALIKE = ("suspicious", "malicious")


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    phrase: Phrase


@dataclass(slots=True)
class _Seen:
    """What one message shows: phrase hits in the body (positioned) and everywhere else."""

    local: list[_Hit]
    anywhere: dict[str, list[str]]  # concept -> evidence, ordered and distinct
    languages: dict[str, set[str]]  # concept -> languages of its `anywhere` phrases
    data: str  # folded text as UTF-8 bytes (see `phrases.as_bytes`); hit offsets index it
    hosts: list[str] | None = None  # link hosts, found only when a rule needs them


@dataclass(frozen=True, slots=True)
class _Window:
    start: int
    end: int
    concepts: frozenset[str]
    points: int


# -- the compiled rules, once per scan context ------------------------------------------------

_CACHE: dict[tuple[int, int, int], tuple[RuleSet, Profile, LookalikeEngine, CompiledLures]] = {}
_CACHE_SIZE = 8


def _compiled_for(ctx: ScanContext) -> CompiledLures:
    """Built at a context's first message and reused; the cache holds the objects it is keyed
    on, so their ids cannot be reused by others while the entry lives."""
    key = (id(ctx.rules), id(ctx.profile), id(ctx.domains))
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is ctx.rules and cached[1] is ctx.profile and cached[2] is ctx.domains:
        return cached[3]
    compiled = compile_lures(ctx.rules, ctx.profile)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (ctx.rules, ctx.profile, ctx.domains, compiled)
    return compiled


# -- one message --------------------------------------------------------------------------------


def analyze_lures(message: Message, ctx: ScanContext) -> list[Finding]:
    """Findings for every enabled lure rule whose concepts co-occur in `message`."""
    compiled = _compiled_for(ctx)
    active = [r for r in compiled.rules if ctx.rules[r.id].enabled]
    if not active:
        return []
    seen = _see(message, compiled)
    present = {h.phrase.concept for h in seen.local} | set(seen.anywhere)
    candidates = [r for r in active if r.could_fire(present | r.link_concepts)]
    for concept in sorted({c for r in candidates for c in r.weights if c in LINK_CONCEPTS}):
        found = _LINK_FINDERS[concept](message, seen, compiled, ctx)
        if found:
            seen.anywhere[concept] = found
    out: list[Finding] = []
    for rule in candidates:
        best = _best_window(rule, seen)
        if best is not None:
            _emit(out, rule, best, seen, message, ctx)
    return out


def _see(message: Message, compiled: CompiledLures) -> _Seen:
    if len(message.text) > _MAX_TEXT:
        log.debug("%s: lures read the first %d of %d characters", message.location, _MAX_TEXT, len(message.text))
    body = as_bytes(fold(message.text[:_MAX_TEXT]))
    around = [message.subject, message.sender.display_name, *(a.filename for a in message.attachments[:_MAX_LINKS])]
    around += [part for link in message.links[:_MAX_LINKS] for part in (link.url, link.text) if part]
    around = [part[:_MAX_PART] for part in around]  # a megabyte-long name must not cost a megabyte
    data = body + _SEPARATOR + as_bytes(fold(_SEPARATOR.join(around)[:_MAX_TEXT]))
    masks: list[tuple[int, int]] = []
    hits: list[_Hit] = []
    for start, end, phrase in compiled.matcher.scan(data):
        if isinstance(phrase, Mask):
            masks.append(_masked_span(data, start, end, phrase))
        elif len(hits) < _MAX_HITS:
            hits.append(_Hit(start, end, phrase))
        if len(masks) >= _MAX_HITS:
            break
    if masks:
        hits = _unmasked(hits, masks)
    anywhere: dict[str, list[str]] = {}
    languages: dict[str, set[str]] = {}
    for hit in hits:
        if hit.end > len(body):
            _add(anywhere.setdefault(hit.phrase.concept, []), _shown(hit, data))
            if hit.phrase.language:
                languages.setdefault(hit.phrase.concept, set()).add(hit.phrase.language)
    return _Seen([h for h in hits if h.end <= len(body)], anywhere, languages, data)


def _masked_span(data: str, start: int, end: int, mask: Mask) -> tuple[int, int]:
    """The bytes a mask hides: itself, or what its negation denies (not the negation itself,
    which may be a concept of its own, such as a safety notice)."""
    if mask.reach == "after":
        limit = min(len(data), end + _NEGATION_REACH)
        stop = _SENTENCE_END.search(data, end, limit)
        # From just inside the negation: a phrase that starts within it ('changed our bank' in
        # 'have not changed our bank') is denied too; one starting with it is the notice itself.
        return start + 1, stop.start() if stop else limit
    if mask.reach == "before":
        floor = sentence = max(0, start - _NEGATION_REACH)
        for mark in _SENTENCE_ENDS:
            at = data.rfind(mark, floor, start)
            if at >= 0:
                sentence = max(sentence, at + len(mark))
        # To just inside the negation: '事前課題' in '事前課題はございません' is denied too.
        return sentence, end - 1
    return start, end


def _unmasked(hits: list[_Hit], masks: list[tuple[int, int]]) -> list[_Hit]:
    """The hits that no mask span covers ("candidate" in "release candidate", "seed phrase" in
    "never share your seed phrase")."""
    masks.sort()
    starts = [s for s, _ in masks]
    reach = list(accumulate((e for _, e in masks), max))  # furthest mask end so far
    kept = []
    for hit in hits:
        i = bisect_right(starts, hit.start) - 1
        if i < 0 or reach[i] < hit.end:
            kept.append(hit)
    return kept


def _best_window(rule: LureRule, seen: _Seen) -> _Window | None:
    """The stretch of body where the rule scores best, or None when it nowhere fires."""
    fixed = {c for c in seen.anywhere if c in rule.weights}
    hits = [h for h in seen.local if h.phrase.concept in rule.weights]
    best: _Window | None = None

    def consider(start: int, end: int, concepts: set[str]) -> None:
        nonlocal best
        present = concepts | fixed
        points = rule.points(present)
        if points >= rule.fire_at and rule.satisfied(present) and (best is None or points > best.points):
            best = _Window(start, end, frozenset(present), points)

    consider(0, 0, set())
    if hits and hits[-1].end - hits[0].start <= rule.window:
        consider(hits[0].start, hits[-1].end, {h.phrase.concept for h in hits})
        return best
    counts: Counter[str] = Counter()
    left = 0
    for hit in hits:  # hits come in order of their end
        counts[hit.phrase.concept] += 1
        while hit.end - hits[left].start > rule.window:
            counts[hits[left].phrase.concept] -= 1
            left += 1
        consider(hits[left].start, hit.end, {c for c, n in counts.items() if n > 0})
    return best


def _emit(out: list[Finding], rule: LureRule, best: _Window, seen: _Seen, message: Message, ctx: ScanContext) -> None:
    shown = {c: list(seen.anywhere[c]) for c in best.concepts if c in seen.anywhere}
    languages: set[str] = set()
    for concept in best.concepts:
        languages |= seen.languages.get(concept, set())
    for hit in seen.local:
        if best.start <= hit.start and hit.end <= best.end and hit.phrase.concept in best.concepts:
            _add(shown.setdefault(hit.phrase.concept, []), _shown(hit, seen.data))
            if hit.phrase.language:
                languages.add(hit.phrase.language)
    evidence: dict[str, EvidenceValue] = {}
    for concept in sorted(best.concepts, key=lambda c: (-rule.weights[c], c)):
        items = shown.get(concept, [])
        evidence[concept] = ", ".join(items[:_EVIDENCE_PHRASES]) + ("…" if len(items) > _EVIDENCE_PHRASES else "")
    evidence["points"] = best.points
    evidence["languages"] = ", ".join(sorted(languages)) or "-"
    found = ctx.finding(rule.id, message.location, **evidence)
    if found is not None:
        # The rule's score (after the profile's weights) is the score of a full match.
        out.append(replace(found, score=round(found.score * min(1.0, best.points / rule.full_at))))


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _shown(hit: _Hit, data: str) -> str:
    """What evidence shows for a hit: the phrase as written, or for a host the URL around it."""
    written = hit.phrase.written
    if "." not in written.strip(".") and "/" not in written:
        return written
    start, end = hit.start, hit.end
    while start > 0 and data[start - 1] in _URL_CHARS and hit.start - start < 80:
        start -= 1
    while end < len(data) and data[end] in _URL_CHARS and end - hit.end < 80:
        end += 1
    token = data[start:end].strip(".,;:!?*").split("://", 1)[-1]  # URL characters are ASCII
    return token if len(token) <= 48 else token[:47] + "…"


# -- concepts worked out from links and addresses ---------------------------------------------


def _hosts(message: Message, seen: _Seen) -> list[str]:
    """Distinct hosts of the message's links and of the URLs in its text, at most `_MAX_HOSTS`."""
    if seen.hosts is None:
        hosts: dict[str, None] = {}
        authorities = [m.group(1) for link in message.links[:_MAX_LINKS] if (m := _URL_HOST.match(link.url.strip()))]
        authorities += _authorities_in(message.text[:_MAX_TEXT])
        for authority in authorities:
            host = authority.rpartition("@")[2].partition(":")[0].rstrip(".").lower()
            if "." in host:
                hosts[host] = None
                if len(hosts) >= _MAX_HOSTS:
                    break
        seen.hosts = list(hosts)
    return seen.hosts


def _authorities_in(text: str) -> list[str]:
    found: list[str] = []
    for marker in _URL_MARKERS:
        at = text.find(marker)
        while at != -1 and len(found) < _MAX_LINKS:
            if (at == 0 or not text[at - 1].isalnum()) and (match := _URL_HOST.match(text, at)):
                found.append(match.group(1))
            at = text.find(marker, at + len(marker))
    return found


def _under(host: str, domains: frozenset[str]) -> bool:
    """Whether `host` is one of `domains` or a subdomain of one."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels) - 1))


def _meeting_lookalikes(message: Message, seen: _Seen, compiled: CompiledLures, ctx: ScanContext) -> list[str]:
    return [h for h in _hosts(message, seen) if compiled.cached("meeting", h, partial(_meeting_verdict, h, compiled.meeting))]


def _meeting_verdict(host: str, meeting: MeetingHosts) -> str:
    """`host` if it looks like a meeting service without being an official one, else ''."""
    if _under(host, meeting.official):
        return ""
    sub, label, _suffix = default_psl().split(host)
    if any(_meeting_word(t, meeting.words) for t in _LETTERS.findall(f"{sub}.{label}")):
        return host
    if meeting.engine is not None and meeting.engine.check_line(host).verdict.value in _LOOKALIKE:
        return host
    return ""


def _meeting_word(token: str, words: frozenset[str]) -> bool:
    if token in words:
        return True
    # "teamsmeeting", "zoomcall": a long service name glued to another word still counts
    return any(len(w) >= 5 and (token.startswith(w) or token.endswith(w)) for w in words)


def _lookalike_links(message: Message, seen: _Seen, compiled: CompiledLures, ctx: ScanContext) -> list[str]:
    found = (compiled.cached("org", h, partial(_lookalike_verdict, h, ctx.domains)) for h in _hosts(message, seen))
    return [f for f in found if f]


def _lookalike_verdict(host: str, engine: LookalikeEngine) -> str:
    result = engine.check_line(host)
    if result.verdict.value not in _LOOKALIKE:
        return ""
    return f"{host} ({', '.join(sorted({f.rule for f in result.findings}))})"


def _crypto_addresses(message: Message, seen: _Seen, compiled: CompiledLures, ctx: ScanContext) -> list[str]:
    """Checksummed addresses in the subject or body, shortened (an address is not a secret,
    but the evidence only needs to recognise it)."""
    found: list[str] = []
    for text in (message.subject, message.text[:_MAX_TEXT]):
        for match in ADDRESS_IN_TEXT.finditer(text):
            candidate = match.group()
            try:
                address = parse_address(candidate)
            except InvalidAddress:
                # A mistyped EVM checksum is still an address a person is asked to pay.
                address = parse_address(candidate.lower()) if candidate.startswith("0x") else None
            if address is not None:
                _add(found, f"{address.display[:6]}…{address.display[-4:]} ({address.chain})")
            if len(found) >= _EVIDENCE_PHRASES:
                return found
    return found


def _unfamiliar_links(message: Message, seen: _Seen, compiled: CompiledLures, ctx: ScanContext) -> list[str]:
    """Hosts that are neither the organisation's, a vendor's, trusted, nor a site whose sign-in
    pages staff really use: where a 'log in to keep your account' link should never lead."""
    found: list[str] = []
    for host in _hosts(message, seen):
        if classify_domain(host, ctx) in (DomainKind.OWN, DomainKind.VENDOR, DomainKind.TRUSTED):
            continue
        if not _under(host, compiled.familiar):
            _add(found, host)
    return found[:_EVIDENCE_PHRASES]


_LINK_FINDERS: dict[str, Callable[[Message, _Seen, CompiledLures, ScanContext], list[str]]] = {
    "crypto_address": _crypto_addresses,
    "meeting_lookalike": _meeting_lookalikes,
    "lookalike_link": _lookalike_links,
    "unfamiliar_link": _unfamiliar_links,
}
