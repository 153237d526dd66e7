"""Where the message's links lead: look-alike hosts, raw IPs, IDN, shorteners, free hosting,
direct downloads, and anchors whose shown text names another site.

One finding per rule per message, naming the first link that fired and how many did.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import replace
from urllib.parse import unquote, urlsplit

from keiho.findings import Finding, Verdict
from keiho.mail.context import ScanContext
from keiho.mail.domains import DomainKind, classify_domain, lookalike, saas_tenant
from keiho.mail.message import Link, Message

_SHOWN_DOMAIN = re.compile(r"(?:https?://)?((?:[\w-]+\.)+[a-z]{2,24})(?:[/:?#]\S*)?$", re.IGNORECASE)


def analyze_links(message: Message, ctx: ScanContext) -> list[Finding]:
    fired: dict[str, tuple[dict[str, str | int | bool], int]] = {}
    for link in message.links:
        for rule_id, evidence in _link_signals(link, ctx):
            if rule_id in fired:
                first, count = fired[rule_id]
                fired[rule_id] = (first, count + 1)
            else:
                fired[rule_id] = (evidence, 1)
    out: list[Finding] = []
    for rule_id, (evidence, count) in fired.items():
        score_override = evidence.pop("_score", None)
        found = ctx.finding(rule_id, message.location, links=count, **evidence)
        if found is None:
            continue
        if isinstance(score_override, int):
            found = replace(found, score=score_override)
        out.append(found)
    return out


Signals = list[tuple[str, dict[str, str | int | bool]]]
_HOST_CACHE_LIMIT = 50_000


def _link_signals(link: Link, ctx: ScanContext) -> Signals:
    url = link.url.strip()
    lowered = url.lower()
    if lowered.startswith(("javascript:", "data:", "vbscript:")):
        evidence: dict[str, str | int | bool] = {"url": _short(url)}
        if not lowered.startswith("data:"):
            # Old newsletters open pop-ups with javascript:; a data: URL carries a whole page or file.
            evidence["_score"] = int(ctx.rules["mail.link-script-uri"].params["javascript_score"])
        return [("mail.link-script-uri", evidence)]
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return []
    if not host:
        return []
    if "@" in parts.netloc:
        # user info before the host ('https://www.bank.com@evil.example/') is a URL-level sign
        ours, host_signals = _judge_host(host, url, ctx)
    else:
        ours, host_signals = _host_signals(host, ctx)
    if ours:
        return _mismatch(link, host, ctx)
    signals: Signals = [(rule_id, {"url": _short(url), **evidence}) for rule_id, evidence in host_signals]
    if any(rule_id == "mail.link-ip" for rule_id, _ in host_signals):
        return signals
    download = _download_extension(parts.path, ctx)
    if download and not _trusted_download(host, parts.path, ctx):
        signals.append(("mail.link-download", {"url": _short(url), "file_type": download}))
    signals.extend(_mismatch(link, host, ctx))
    return signals


def _host_signals(host: str, ctx: ScanContext) -> tuple[bool, Signals]:
    """What the host alone says (cached per run: the same hosts recur in every newsletter):
    whether it is the organisation's, a vendor's or trusted, and the host-level signals
    (their evidence without the URL)."""
    cache: dict[str, tuple[bool, Signals]] = ctx.memo.setdefault("links.hosts", {})
    known = cache.get(host)
    if known is None:
        known = _judge_host(host, host, ctx)
        if len(cache) < _HOST_CACHE_LIMIT:
            cache[host] = known
    return known


def _judge_host(host: str, subject: str, ctx: ScanContext) -> tuple[bool, Signals]:
    """`subject` is what the domain engine checks: the host, or the URL when the URL itself matters."""
    if _is_ip(host):
        return False, [("mail.link-ip", {"host": host})]
    kind = classify_domain(host, ctx)
    if kind in (DomainKind.OWN, DomainKind.VENDOR, DomainKind.TRUSTED):
        return True, []
    rules = ctx.rules
    signals: Signals = []
    result = lookalike(subject, ctx)
    if result is not None and result.verdict in (Verdict.MALICIOUS, Verdict.SUSPICIOUS):
        evidence: dict[str, str | int | bool] = {
            "host": host,
            "domain_rules": ", ".join(f.rule for f in result.findings),
        }
        params = rules["mail.link-lookalike"].params
        if result.verdict is Verdict.SUSPICIOUS:
            evidence["_score"] = min(rules["mail.link-lookalike"].score, int(params["suspicious_domain_score"]))
        tenant = saas_tenant(host, result, ctx)
        if tenant:
            evidence["_score"] = int(params["tenant_score"])  # most likely the organisation's own tenant
            evidence["tenant_platform"] = tenant
        signals.append(("mail.link-lookalike", evidence))
    if "xn--" in host or not host.isascii():
        signals.append(("mail.link-idn", {"host": host}))
    registrable = ctx.domains.psl.registrable(host) or host
    if _listed(host, registrable, rules["mail.link-shortener"].params["shorteners"]):
        signals.append(("mail.link-shortener", {"host": host}))
    suffix = ctx.domains.psl.split(host)[2] if host.count(".") >= 1 else ""
    if _listed(host, suffix, rules["mail.link-free-hosting"].params["hosts"]) or _listed(host, registrable, rules["mail.link-free-hosting"].params["hosts"]):
        signals.append(("mail.link-free-hosting", {"host": host}))
    return False, signals


def _mismatch(link: Link, host: str, ctx: ScanContext) -> list[tuple[str, dict[str, str | int | bool]]]:
    """An anchor whose shown text is a domain or URL of another site than its href."""
    if link.origin not in ("html", "chat") or not link.text:  # anchors, and chat links with their own text
        return []
    shown = _SHOWN_DOMAIN.match(link.text.strip())
    if not shown:
        return []
    shown_host = shown.group(1).lower()
    psl = ctx.domains.psl
    shown_site = psl.registrable(shown_host)
    if not shown_site or shown_site == (psl.registrable(host) or host):
        return []
    evidence: dict[str, str | int | bool] = {"shown": link.text.strip()[:120], "goes_to": host}
    if classify_domain(shown_host, ctx) in (DomainKind.OWN, DomainKind.VENDOR, DomainKind.TRUSTED):
        evidence["_score"] = int(ctx.rules["mail.link-text-mismatch"].params["shown_ours_score"])
        evidence["shown_is_ours"] = True
    return [("mail.link-text-mismatch", evidence)]


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        # decimal or hex IPv4 forms ('http://3232235777/') that browsers accept
        return host.isdigit() or bool(re.fullmatch(r"0x[0-9a-f]{1,8}", host))
    return True


def _listed(host: str, candidate: str, listed: list[str]) -> bool:
    return bool(candidate) and (candidate in listed or host in listed)


def _download_extension(path: str, ctx: ScanContext) -> str:
    """The listed file type the path's last segment ends with ('' if none); the earliest listed
    wins when several do ('tar.gz' before 'gz' if listed so)."""
    name = unquote(path).rsplit("/", 1)[-1]
    if "." not in name:
        return ""
    rank: dict[str, int] | None = ctx.memo.get("links.download-rank")
    if rank is None:
        extensions = ctx.rules["mail.link-download"].params["extensions"]
        rank = {}
        for i, extension in enumerate(extensions):
            rank.setdefault(str(extension).lower(), i)
        ctx.memo["links.download-rank"] = rank
    pieces = name.lower().split(".")
    found = [e for e in (".".join(pieces[i:]) for i in range(1, len(pieces))) if e in rank]
    return min(found, key=rank.__getitem__) if found else ""


def _trusted_download(host: str, path: str, ctx: ScanContext) -> bool:
    target = f"{host}{path}".lower()
    for source in ctx.profile.web.trusted_download_sources:
        source = source.lower().rstrip("/")
        if target == source or target.startswith(source + "/"):
            return True
    return False


def _short(url: str) -> str:
    return url if len(url) <= 200 else url[:197] + "..."
