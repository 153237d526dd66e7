"""Conversation hijack: a message in a thread, sent from a domain that imitates a domain of
someone in that thread.

The profile cannot list every partner, but a thread names them: the Message-IDs in
In-Reply-To and References, the addresses in To and Cc, and the addresses quoted in the body.
A reply from 'minato-systerns.co.jp' in a thread with 'minato-systems.co.jp' is the business
e-mail compromise move of registering a partner's twin and answering in its thread.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz.distance import DamerauLevenshtein

from keiho.findings import Finding
from keiho.mail.context import ScanContext
from keiho.mail.domains import DomainKind, classify_domain
from keiho.mail.message import Message

_MESSAGE_ID_DOMAIN = re.compile(r"@([A-Za-z0-9.-]+\.[A-Za-z]{2,})>")
_ADDRESS_DOMAIN = re.compile(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
# The domain of each address in text, found from its '@' (a literal the search skips to quickly;
# a pattern that starts with the local part tries every word character).
_DOMAIN_AFTER_AT = re.compile(r"(?<=[\w.+-])@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
# A subject that says reply or forward, in the languages mail clients write it in.
REPLY_PREFIX = re.compile(
    r"^\s*(?:re|fw|fwd|aw|wg|tr|rv|sv|vs|rif|antw|ref|返信|転送|回复|答复|转发|回覆|轉寄|답장|전달|رد|إعادة توجيه|réf)\s*(?:\[\d+\])?\s*[:：]",
    re.IGNORECASE,
)
_MAX_THREAD_DOMAINS = 50
_SITE_CACHE_LIMIT = 50_000
_MAX_QUOTED_TEXT = 200_000
# Letters and pairs that read as others in a sender line ('rn' as 'm', '1' as 'l').
_CONFUSABLE = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("1", "l"), ("0", "o"), ("5", "s"))
_MIN_NAME = 4  # shorter registrable names are too easy to be near by chance


def thread_lookalike(message: Message, ctx: ScanContext, sender_kind: DomainKind) -> list[Finding]:
    """The mail.thread-lookalike finding, if the sender imitates someone in the thread (run by
    the identity analyser: imitating a participant is a claim of identity, as a fake reply is)."""
    if message.kind != "email" or not message.sender.domain:
        return []
    if sender_kind is not DomainKind.EXTERNAL:
        return []  # ours, a vendor's or free mail: the identity rules speak for those
    psl = ctx.domains.psl
    sender_site = psl.registrable(message.sender.domain)
    if not sender_site:
        return []
    for site, where in _thread_sites(message, ctx):
        if site == sender_site:
            continue
        how = imitation(sender_site, site, ctx)
        if how is None:
            continue
        found = ctx.finding("mail.thread-lookalike", message.location, sender=message.sender.address, imitates=site,
                            seen_in=where, how=how)
        if found is None:
            return []
        if how == "other suffix":
            # Organisations own several suffixes (.com and .co.jp); a twin on another suffix
            # adds to other signs but is no verdict alone.
            found = replace(found, score=int(ctx.rules["mail.thread-lookalike"].params["other_suffix_score"]))
        return [found]
    return []


def _thread_sites(message: Message, ctx: ScanContext) -> list[tuple[str, str]]:
    """Registrable domains of the thread's other participants, with where each was seen."""
    found: dict[str, str] = {}
    sites: dict[str, str] = ctx.memo.setdefault("threads.sites", {})

    def add(domain: str, where: str) -> None:
        site = sites.get(domain)
        if site is None:
            site = _participant_site(domain, ctx)
            if len(sites) < _SITE_CACHE_LIMIT:
                sites[domain] = site
        if site and site not in found and len(found) < _MAX_THREAD_DOMAINS:
            found[site] = where

    for domain in _MESSAGE_ID_DOMAIN.findall(f"{message.in_reply_to} {message.references}"):
        add(domain, "thread headers")
    for address in (*message.to, *message.reply_to):
        if address.domain:
            add(address.domain, "recipients")
    for value in message.header_all("cc"):
        for domain in _ADDRESS_DOMAIN.findall(value):
            add(domain, "recipients")
    if message.in_reply_to or message.references or REPLY_PREFIX.match(message.subject):
        # Only a reply or forward quotes its thread; elsewhere an address in the text is just one.
        for domain in _DOMAIN_AFTER_AT.findall(message.text[:_MAX_QUOTED_TEXT]):
            add(domain, "quoted text")
    return list(found.items())


def _participant_site(domain: str, ctx: ScanContext) -> str:
    """The registrable domain of a participant worth comparing with ('' for ours and free mail)."""
    site = ctx.domains.psl.registrable(domain.lower().rstrip("."))
    if site and classify_domain(site, ctx) in (DomainKind.EXTERNAL, DomainKind.VENDOR):
        return site
    return ""


def imitation(candidate: str, genuine: str, ctx: ScanContext) -> str | None:
    """How the registrable domain `candidate` imitates `genuine`, or None."""
    psl = ctx.domains.psl
    _, name, suffix = psl.split(candidate)
    _, real_name, real_suffix = psl.split(genuine)
    if not name or not real_name or len(real_name) < _MIN_NAME:
        return None
    if name == real_name:
        return "other suffix" if suffix != real_suffix else None
    if _skeleton(name) == _skeleton(real_name):
        return "look-alike letters"
    if _affixed(name, real_name):
        return "name with an added word"
    allowed = 1 if len(real_name) < 8 else 2
    if DamerauLevenshtein.distance(name, real_name, score_cutoff=allowed) <= allowed and not _sibling(name, real_name):
        return "misspelling"
    return None


def _sibling(name: str, real_name: str) -> bool:
    """'partner-a' and 'partner-b', 'acme-jp' and 'acme-us': names that differ in a whole short
    word are a family of names (regional arms, group companies), not a typing slip."""
    words, real_words = name.split("-"), real_name.split("-")
    if len(words) != len(real_words) or len(words) < 2:
        return False
    differing = [(a, b) for a, b in zip(words, real_words, strict=True) if a != b]
    if len(differing) != 1:
        return False
    word, real_word = differing[0]
    # 'so1' for 'so' is a slip (one letter added); 'b' for 'a' is another word
    return max(len(word), len(real_word)) <= 3 and not (word.startswith(real_word) or real_word.startswith(word))


def _skeleton(name: str) -> str:
    for pair, letter in _CONFUSABLE:
        name = name.replace(pair, letter)
    return name


def _affixed(name: str, real_name: str) -> bool:
    """'falcongate-ae' or 'secure-falcongate' for 'falcongate': the real name plus a hyphenated word."""
    return name.startswith(real_name + "-") or name.endswith("-" + real_name)
