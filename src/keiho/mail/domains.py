"""What a sender or link domain is to the organisation: its own, a vendor's, trusted,
free-mail, or anyone's; and whether it imitates a protected domain (the domain engine)."""

from __future__ import annotations

from enum import Enum

from keiho.findings import SubjectResult
from keiho.mail.context import ScanContext

_CACHE_LIMIT = 50_000


class DomainKind(Enum):
    NONE = "none"  # no domain (a chat handle)
    OWN = "own"  # the organisation's domains and their subdomains
    VENDOR = "vendor"
    TRUSTED = "trusted"  # protected web apps and the profile's allowlist
    FREEMAIL = "freemail"
    EXTERNAL = "external"


def classify_domain(domain: str, ctx: ScanContext) -> DomainKind:
    domain = domain.lower().rstrip(".")
    if not domain:
        return DomainKind.NONE
    table = ctx.memo.get("domains.kinds")
    if table is None:
        table = _kind_table(ctx)
        ctx.memo["domains.kinds"] = table
    labels = domain.split(".")
    for i in range(len(labels) - 1):
        kind = table.get(".".join(labels[i:]))
        if kind is not None:
            return kind
    return DomainKind.EXTERNAL


def _kind_table(ctx: ScanContext) -> dict[str, DomainKind]:
    profile = ctx.profile
    table: dict[str, DomainKind] = {}
    for domain in ctx.rules["mail.exec-name-external"].params["freemail_domains"]:
        table[str(domain).lower()] = DomainKind.FREEMAIL
    for domain in profile.trusted_domains:
        table[domain] = DomainKind.TRUSTED
    for vendor in profile.vendors:
        for domain in vendor.domains:
            table[domain] = DomainKind.VENDOR
    for domain in profile.organization.domains:
        table[domain] = DomainKind.OWN
    return table


def saas_tenant(host: str, result: SubjectResult, ctx: ScanContext) -> str:
    """The SaaS platform when the domain engine's only sign is a protected brand as the tenant
    name on it ('kitsune-ex.okta.com'), which is nearly always the organisation's own tenant;
    '' otherwise. The platforms are mail.link-lookalike's `tenant_platforms`."""
    if {f.rule for f in result.findings} != {"domain.brand-subdomain"}:
        return ""
    registrable = ctx.domains.psl.registrable(host) or host
    return registrable if registrable in ctx.rules["mail.link-lookalike"].params["tenant_platforms"] else ""


def lookalike(host_or_url: str, ctx: ScanContext) -> SubjectResult | None:
    """The domain engine's verdict on a host or URL (cached per run), or None if unparseable."""
    cache = ctx.memo.setdefault("domains.lookalike", {})
    result = cache.get(host_or_url)
    if result is None:
        result = ctx.domains.check_line(host_or_url)
        if len(cache) < _CACHE_LIMIT:
            cache[host_or_url] = result
    assert isinstance(result, SubjectResult)
    return None if result.error is not None else result
