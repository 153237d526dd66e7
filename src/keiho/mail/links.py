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
from keiho.mail.domains import DomainKind, classify_domain, lookalike
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


def _link_signals(link: Link, ctx: ScanContext) -> list[tuple[str, dict[str, str | int | bool]]]:
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
    signals: list[tuple[str, dict[str, str | int | bool]]] = []
    if _is_ip(host):
        return [("mail.link-ip", {"url": _short(url), "host": host})]
    kind = classify_domain(host, ctx)
    if kind in (DomainKind.OWN, DomainKind.VENDOR, DomainKind.TRUSTED):
        return _mismatch(link, host, ctx)
    rules = ctx.rules
    result = lookalike(url, ctx)
    if result is not None and result.verdict in (Verdict.MALICIOUS, Verdict.SUSPICIOUS):
        evidence = {
            "url": _short(url),
            "host": host,
            "domain_rules": ", ".join(f.rule for f in result.findings),
        }
        if result.verdict is Verdict.SUSPICIOUS:
            evidence["_score"] = min(rules["mail.link-lookalike"].score, int(rules["mail.link-lookalike"].params["suspicious_domain_score"]))
        signals.append(("mail.link-lookalike", evidence))
    if "xn--" in host or not host.isascii():
        signals.append(("mail.link-idn", {"url": _short(url), "host": host}))
    registrable = ctx.domains.psl.registrable(host) or host
    if _listed(host, registrable, rules["mail.link-shortener"].params["shorteners"]):
        signals.append(("mail.link-shortener", {"url": _short(url), "host": host}))
    suffix = ctx.domains.psl.split(host)[2] if host.count(".") >= 1 else ""
    if _listed(host, suffix, rules["mail.link-free-hosting"].params["hosts"]) or _listed(host, registrable, rules["mail.link-free-hosting"].params["hosts"]):
        signals.append(("mail.link-free-hosting", {"url": _short(url), "host": host}))
    download = _download_extension(parts.path, rules["mail.link-download"].params["extensions"])
    if download and not _trusted_download(host, parts.path, ctx):
        signals.append(("mail.link-download", {"url": _short(url), "file_type": download}))
    signals.extend(_mismatch(link, host, ctx))
    return signals


def _mismatch(link: Link, host: str, ctx: ScanContext) -> list[tuple[str, dict[str, str | int | bool]]]:
    """An anchor whose shown text is a domain or URL of another site than its href."""
    if link.origin != "html" or not link.text:
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


def _download_extension(path: str, extensions: list[str]) -> str:
    name = unquote(path).rsplit("/", 1)[-1].lower()
    for extension in extensions:
        if name.endswith("." + extension):
            return extension
    return ""


def _trusted_download(host: str, path: str, ctx: ScanContext) -> bool:
    target = f"{host}{path}".lower()
    for source in ctx.profile.web.trusted_download_sources:
        source = source.lower().rstrip("/")
        if target == source or target.startswith(source + "/"):
            return True
    return False


def _short(url: str) -> str:
    return url if len(url) <= 200 else url[:197] + "..."
