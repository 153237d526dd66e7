"""Is anything in the message already known to be hostile? Sender, reply address, link
hosts and URLs, and crypto addresses written in the text, against the intel index."""

from __future__ import annotations

from keiho.findings import Finding
from keiho.intel.addresses import ADDRESS_IN_TEXT
from keiho.intel.lookup import describe, url_host
from keiho.mail.context import ScanContext
from keiho.mail.message import Message

_MAX_LOOKUPS = 200  # per message: a message with thousands of links gets the first ones


def analyze_intel(message: Message, ctx: ScanContext) -> list[Finding]:
    if ctx.intel is None:
        return []
    candidates: list[tuple[str, str]] = []
    if message.sender.address and "@" in message.sender.address:
        candidates.append(("sender", message.sender.address))
    candidates.extend(("reply-to", a.address) for a in message.reply_to if "@" in a.address)
    candidates.extend(("link", link.url) for link in message.links if ctx.intel.may_know_host(url_host(link.url).lower().rstrip(".")))
    candidates.extend(("address in text", m.group(0)) for m in ADDRESS_IN_TEXT.finditer(message.text[:500_000]))
    seen: set[str] = set()
    hits: list[tuple[str, str, str, str]] = []
    for where, value in candidates[:_MAX_LOOKUPS]:
        if value in seen:
            continue
        seen.add(value)
        result = ctx.intel.lookup(value, ctx.at)
        screening = [m for m in result.matches if m.screens]
        if screening:
            hits.append((where, value, result.verdict, describe(screening[0], result.normalized.value if result.normalized else "")))
    if not hits:
        return []
    where, value, verdict, provenance = hits[0]
    out: list[Finding] = []
    ctx.emit(out, "mail.intel-match", message.location, where=where, value=value[:200], verdict=verdict,
             provenance=provenance[:300], matches=len(hits))
    return out

