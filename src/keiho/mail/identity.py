"""Who does the message claim to be from, and does the evidence agree?

Executive and vendor names from addresses that are not theirs, look-alike sender domains,
Reply-To / Return-Path that lead elsewhere, SPF / DKIM / DMARC failures, and replies to a
conversation that never happened.
"""

from __future__ import annotations

import re
from dataclasses import replace

from keiho.findings import Finding, Verdict
from keiho.mail.auth import AuthResults, trusted_auth_results
from keiho.mail.context import ScanContext
from keiho.mail.domains import DomainKind, classify_domain, lookalike, saas_tenant
from keiho.mail.message import Message
from keiho.mail.names import ExecutiveNames, NameMatch
from keiho.mail.threads import REPLY_PREFIX, thread_lookalike


def analyze_identity(message: Message, ctx: ScanContext) -> list[Finding]:
    out: list[Finding] = []
    subject = message.location
    sender = message.sender
    sender_kind = classify_domain(sender.domain, ctx) if sender.domain else DomainKind.NONE
    _executive_name(message, ctx, sender_kind, out)
    _vendor_name(message, ctx, sender_kind, out)
    _organisation_name(message, ctx, sender_kind, out)
    _address_in_display_name(message, ctx, out)
    if message.kind != "email":
        if _internal_chat_account(message, sender_kind):
            ctx.emit(out, "mail.internal-sender", subject, sender=sender.address, how=f"{message.platform} member")
        return out
    _lookalike_senders(message, ctx, out)
    _diverging_replies(message, ctx, sender_kind, out)
    auth = trusted_auth_results(message, ctx.profile.mail.authserv_ids)
    if auth is not None and sender.domain:
        if _authentication(message, ctx, auth, sender_kind, out) and sender_kind is DomainKind.OWN:
            ctx.emit(out, "mail.internal-sender", subject, sender=sender.address, how=f"authenticated by {auth.authserv_id}")
    out.extend(thread_lookalike(message, ctx, sender_kind))
    claimed = [f.rule for f in out if f.rule in _CLAIMS]
    if claimed and REPLY_PREFIX.match(message.subject) and not (message.in_reply_to or message.references):
        quoted = _quoted_thread(message.text, ctx)
        if quoted:
            ctx.emit(out, "mail.fake-reply", subject, subject_line=message.subject[:120], quoted=quoted,
                     sender_claims=", ".join(claimed))
    return out


# A pasted thread matters when the sender pretends to be someone (mailing lists and old
# clients reply without thread headers all the time).
_CLAIMS = frozenset({"mail.lookalike-sender", "mail.exec-name-external", "mail.exec-local-part", "mail.vendor-name-external",
                     "mail.display-name-address", "mail.thread-lookalike"})


def _names(ctx: ScanContext) -> ExecutiveNames:
    names = ctx.memo.get("identity.names")
    if names is None:
        params = ctx.rules["mail.exec-name-external"].params
        names = ExecutiveNames(ctx.profile.executives, params["honorifics"], params["titles"])
        ctx.memo["identity.names"] = names
    assert isinstance(names, ExecutiveNames)
    return names


_NAME_CACHE_LIMIT = 50_000


def _executive_for(display_name: str, ctx: ScanContext) -> NameMatch | None:
    """The executive a display name claims to be, cached per run (the same senders recur)."""
    cache: dict[str, NameMatch | None] = ctx.memo.setdefault("identity.display-names", {})
    if display_name in cache:
        return cache[display_name]
    match = _names(ctx).match(display_name)
    if len(cache) < _NAME_CACHE_LIMIT:
        cache[display_name] = match
    return match


def _executive_name(message: Message, ctx: ScanContext, sender_kind: DomainKind, out: list[Finding]) -> None:
    sender, subject = message.sender, message.location
    match = _executive_for(sender.display_name, ctx)
    if match is not None:
        executive = match.executive
        evidence = {
            "executive": executive.name,
            "display_name": sender.display_name[:120],
            "sender": sender.address[:120],
            "matched": match.written_as,
            "how": match.how,
        }
        if message.kind == "chat" and not _internal_chat_account(message, sender_kind):
            known = {h.lower() for h in executive.handles}
            if sender.address.lower() not in known:
                ctx.emit(out, "mail.exec-name-chat", subject, platform=message.platform, **evidence)
        elif message.kind == "chat" and executive.emails and sender.address not in executive.emails:
            ctx.emit(out, "mail.exec-name-unlisted", subject, **evidence)
        elif message.kind == "chat" or sender.address in executive.emails:
            pass  # their own address; whether it was really them is the authentication rules' call
        elif sender_kind is DomainKind.OWN:
            if executive.emails:
                ctx.emit(out, "mail.exec-name-unlisted", subject, **evidence)
        else:
            ctx.emit(out, "mail.exec-name-external", subject, freemail=sender_kind is DomainKind.FREEMAIL, **evidence)
    if message.kind == "email" and sender.local_part and sender_kind not in (DomainKind.OWN, DomainKind.NONE):
        local = sender.local_part.lower()
        for executive in ctx.profile.executives:
            for address in executive.emails:
                if address.rpartition("@")[0] == local:
                    ctx.emit(out, "mail.exec-local-part", subject, executive=executive.name, sender=sender.address, theirs=address)
                    return


_SHOWN_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _address_in_display_name(message: Message, ctx: ScanContext, out: list[Finding]) -> None:
    """'"h.sato@kitsune-ex.co.jp" <x@relay.example>': clients that show only the name show a lie."""
    shown = _SHOWN_ADDRESS.search(message.sender.display_name)
    if not shown or not message.sender.address or "@" not in message.sender.address:
        return
    shown_address = shown.group(0).lower()
    if shown_address == message.sender.address:
        return
    rule = ctx.rules["mail.display-name-address"]
    found = ctx.finding(rule.id, message.location, shown=shown_address, sender=message.sender.address)
    if found is None:
        return
    if classify_domain(shown_address.rpartition("@")[2], ctx) in (DomainKind.OWN, DomainKind.VENDOR):
        found = replace(found, score=int(rule.params["shown_ours_score"]))
    out.append(found)


def _vendor_name(message: Message, ctx: ScanContext, sender_kind: DomainKind, out: list[Finding]) -> None:
    display = message.sender.display_name
    if not display or sender_kind in (DomainKind.OWN, DomainKind.VENDOR):
        return
    rule = ctx.rules["mail.vendor-name-external"]
    role_words: frozenset[str] | None = ctx.memo.get("identity.role-words")
    if role_words is None:
        role_words = frozenset(w.casefold() for w in rule.params["role_words"])
        ctx.memo["identity.role-words"] = role_words
    short = int(rule.params["short_name_length"])
    words = [w for w in re.split(r"[^\w]+", display.casefold()) if w]
    for vendor in ctx.profile.vendors:
        name = vendor.name.casefold()
        name_words = [w for w in re.split(r"[^\w]+", name) if w]
        if not name_words or not _contains_run(words, name_words):
            continue
        rest = [w for w in words if w not in name_words]
        # A short or common vendor name ('Safe') counts only when the display name is the
        # vendor plus words of a sender role ('Safe Support', 'Safe{Wallet} Team').
        if len(name) <= short and any(w not in role_words for w in rest):
            continue
        ctx.emit(
            out,
            "mail.vendor-name-external",
            message.location,
            vendor=vendor.name,
            display_name=display[:120],
            sender=message.sender.address[:120],
            vendor_domains=", ".join(vendor.domains),
        )
        return


def _organisation_name(message: Message, ctx: ScanContext, sender_kind: DomainKind, out: list[Finding]) -> None:
    """'Kitsune Exchange | Admin' on a Telegram account, 'Kitsune Exchange Support' from free mail:
    the organisation's own name on a sender that is not the organisation's."""
    display = message.sender.display_name
    if not display or sender_kind in (DomainKind.OWN, DomainKind.VENDOR) or _internal_chat_account(message, sender_kind):
        return
    name_words: list[str] | None = ctx.memo.get("identity.org-words")
    if name_words is None:
        suffixes = {w.casefold() for w in ctx.rules["mail.org-name-external"].params["legal_suffixes"]}
        # "K.K." and "Co., Ltd." lose their dots first, so they read as the words listed
        words = [w for w in re.split(r"[^\w]+", ctx.profile.organization.name.casefold().replace(".", "")) if w]
        while words and words[-1] in suffixes:
            words.pop()
        while words and words[0] in suffixes:
            words.pop(0)
        name_words = words if len("".join(words)) >= 5 else []  # too short a name is a common word
        ctx.memo["identity.org-words"] = name_words
    if not name_words:
        return
    words = [w for w in re.split(r"[^\w]+", display.casefold()) if w]
    if "via" in words[len(name_words):]:
        return  # 'Kitsune Exchange Careers via HackerRank': a platform sending on the organisation's behalf
    if _contains_run(words, name_words):
        ctx.emit(out, "mail.org-name-external", message.location, organisation=ctx.profile.organization.name,
                 display_name=display[:120], sender=message.sender.address[:120], platform=message.platform)


def _contains_run(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))


def _lookalike_senders(message: Message, ctx: ScanContext, out: list[Finding]) -> None:
    rule = ctx.rules["mail.lookalike-sender"]
    places = [("From", message.sender.domain), *(("Reply-To", a.domain) for a in message.reply_to)]
    if message.return_path:
        places.append(("Return-Path", message.return_path.rpartition("@")[2]))
    for header, domain in places:
        if not domain:
            continue
        result = lookalike(domain, ctx)
        if result is None or result.verdict not in (Verdict.MALICIOUS, Verdict.SUSPICIOUS):
            continue
        found = ctx.finding(
            rule.id,
            message.location,
            header=header,
            domain=domain,
            domain_rules=", ".join(f.rule for f in result.findings),
            imitates=_imitated(result.findings),
        )
        if found is not None:
            if result.verdict is Verdict.SUSPICIOUS:
                found = replace(found, score=min(found.score, int(rule.params["suspicious_domain_score"])))
            tenant = saas_tenant(domain, result, ctx)
            if tenant:
                # 'confluence@kitsune-ex.atlassian.net': the platform writing for the organisation's tenant
                found = replace(found, score=int(ctx.rules["mail.link-lookalike"].params["tenant_score"]),
                                evidence={**found.evidence, "tenant_platform": tenant})
            out.append(found)
        return


def _imitated(findings: tuple[Finding, ...]) -> str:
    for finding in findings:
        for key in ("brand", "protected", "imitates"):
            value = finding.evidence.get(key)
            if value:
                return str(value)
    return ""


def _diverging_replies(message: Message, ctx: ScanContext, sender_kind: DomainKind, out: list[Finding]) -> None:
    sender_site = _registrable(message.sender.domain, ctx)
    claims_us = sender_kind in (DomainKind.OWN, DomainKind.VENDOR)
    rule = ctx.rules["mail.reply-to-diverges"]
    for reply in message.reply_to:
        if not reply.domain or _registrable(reply.domain, ctx) == sender_site:
            continue
        reply_kind = classify_domain(reply.domain, ctx)
        if reply_kind in (DomainKind.OWN, DomainKind.VENDOR, DomainKind.TRUSTED):
            continue
        found = ctx.finding(rule.id, message.location, sender=message.sender.address, reply_to=reply.address,
                            reply_to_freemail=reply_kind is DomainKind.FREEMAIL, sender_is_ours=claims_us)
        # A business-looking sender asking for replies at a free-mail account is the classic
        # business-email-compromise move; free-mail to free-mail is just someone's habit.
        to_freemail = reply_kind is DomainKind.FREEMAIL and sender_kind is not DomainKind.FREEMAIL
        if found is not None:
            if claims_us or to_freemail:
                found = replace(found, score=max(found.score, int(rule.params["claimed_identity_score"])))
            out.append(found)
        break
    if claims_us and message.return_path:
        bounce = message.return_path.rpartition("@")[2]
        if bounce and classify_domain(bounce, ctx) not in (DomainKind.OWN, DomainKind.VENDOR, DomainKind.TRUSTED):
            ctx.emit(out, "mail.return-path-diverges", message.location, sender=message.sender.address,
                     return_path=message.return_path)


def _internal_chat_account(message: Message, sender_kind: DomainKind) -> bool:
    """A member of the organisation's own workspace: an account whose e-mail is on our domain
    and that is not a guest or a Slack Connect member of another workspace."""
    return (
        message.kind == "chat"
        and sender_kind is DomainKind.OWN
        and message.header("x-chat-external") != "true"
        and message.header("x-chat-guest") != "true"
    )


def _authentication(message: Message, ctx: ScanContext, auth: AuthResults, sender_kind: DomainKind,
                    out: list[Finding]) -> bool:
    """Emit what the authentication results say; True when the From domain was authenticated."""
    from_site = _registrable(message.sender.domain, ctx)
    dmarc, spf = auth.outcome("dmarc"), auth.outcome("spf")
    aligned_dkim = any(r.result == "pass" and _registrable(r.domain, ctx) == from_site for r in auth.of("dkim"))
    aligned_spf = any(r.result == "pass" and _registrable(r.domain, ctx) == from_site for r in auth.of("spf"))
    evidence = {"authserv_id": auth.authserv_id, "dmarc": dmarc or "absent", "spf": spf or "absent",
                "dkim": auth.outcome("dkim") or "absent", "from_domain": message.sender.domain}
    authenticated = dmarc == "pass" or aligned_dkim or aligned_spf
    if sender_kind in (DomainKind.OWN, DomainKind.VENDOR):
        if not authenticated:
            ctx.emit(out, "mail.own-domain-unauthenticated", message.location, **evidence)
        return authenticated
    if dmarc == "fail" or (not dmarc and spf in ("fail", "softfail") and auth.outcome("dkim") != "pass"):
        ctx.emit(out, "mail.auth-fail", message.location, **evidence)
    elif auth.outcome("dkim") == "pass" and not aligned_dkim and dmarc != "pass":
        signers = ", ".join(sorted({r.domain for r in auth.of("dkim") if r.result == "pass"}))
        ctx.emit(out, "mail.dkim-unaligned", message.location, dkim_domains=signers, **evidence)
    return authenticated


def _quoted_thread(text: str, ctx: ScanContext) -> str:
    """The first marker of a quoted earlier message in the body, or ''."""
    markers = ctx.memo.get("identity.quote_markers")
    if markers is None:
        phrases = ctx.rules["mail.fake-reply"].params["quote_markers"]
        markers = re.compile("|".join(re.escape(p) for p in phrases) + r"|^\s*>", re.IGNORECASE | re.MULTILINE)
        ctx.memo["identity.quote_markers"] = markers
    assert isinstance(markers, re.Pattern)
    match = markers.search(text[:200_000])
    return match.group(0).strip()[:60] if match else ""


def _registrable(domain: str, ctx: ScanContext) -> str:
    return ctx.domains.psl.registrable(domain) or domain
