"""Sender identity: executive and vendor names, look-alike senders, replies, authentication."""

from __future__ import annotations

import pytest
from conftest import EXAMPLE_PROFILE

from keiho.mail.auth import parse_authentication_results
from keiho.mail.context import ScanContext
from keiho.mail.identity import analyze_identity
from keiho.mail.message import Address, Message
from keiho.mail.names import ExecutiveNames
from keiho.mail.parse import parse_email
from keiho.profile import load_profile, parse_profile


@pytest.fixture(scope="module")
def ctx() -> ScanContext:
    return ScanContext.from_profile(load_profile(EXAMPLE_PROFILE))


def _names(ctx: ScanContext) -> ExecutiveNames:
    params = ctx.rules["mail.exec-name-external"].params
    return ExecutiveNames(ctx.profile.executives, params["honorifics"], params["titles"])


@pytest.mark.parametrize(
    ("display", "how"),
    [
        ("Haruto Sato", "exact"),
        ("CARTER  Emily", "reordered"),
        ("佐藤陽翔", "reordered"),  # the alias is written with a space
        ("佐藤 陽翔 様", "exact"),
        ("Mr. Haruto Sato, CEO", "exact"),
        ("Ηaruto Sato", "skeleton"),  # Greek capital eta
        ("Haruto Satoh", "near"),
        ("佐藤社長", "surname+title"),
        ("CEO Sato", "surname+title"),
        ("エミリー・カーター", "exact"),
        ("emily carter (CFO)", "exact"),
        ("사토 하루토 대표이사", "transliterated"),  # Hangul, not in the profile
        ("サトウ ハルト", "transliterated"),  # katakana with the long vowel written out
        ("Эмили Картер", "transliterated"),
    ],
)
def test_executive_names_match_in_every_writing(ctx: ScanContext, display: str, how: str) -> None:
    match = _names(ctx).match(display)
    assert match is not None and match.how == how


@pytest.mark.parametrize("display", ["Haruki Saito", "Sato Logistics", "佐藤 花子", "Emily", "CFO Sato", "Carter Emilyson", "",
                                     "사토 유키", "하루토", "サトウ", "Эмили"])
def test_other_names_do_not_match(ctx: ScanContext, display: str) -> None:
    assert _names(ctx).match(display) is None


def _rules(message: Message, ctx: ScanContext) -> set[str]:
    return {f.rule for f in analyze_identity(message, ctx)}


def test_executive_from_freemail_is_flagged_with_evidence(ctx: ScanContext) -> None:
    raw = b'From: "Carter, Emily" <emily.carter.cfo@gmail.com>\nSubject: x\n\nhi\n'
    [finding] = [f for f in analyze_identity(parse_email(raw, "m.eml"), ctx) if f.rule == "mail.exec-name-external"]
    assert finding.evidence["executive"] == "Emily Carter" and finding.evidence["freemail"] is True
    assert finding.evidence["how"] == "reordered" and finding.subject == "m.eml"


def test_executive_from_own_listed_address_is_not_flagged(ctx: ScanContext) -> None:
    raw = b'From: "Haruto Sato" <h.sato@kitsune-ex.co.jp>\nSubject: x\n\nhi\n'
    assert _rules(parse_email(raw, "m"), ctx) == set()


def test_chat_account_of_a_listed_handle_is_trusted() -> None:
    text = EXAMPLE_PROFILE.read_text("utf-8").replace(
        'emails = ["h.sato@kitsune-ex.co.jp"]', 'emails = ["h.sato@kitsune-ex.co.jp"]\nhandles = ["U024BE7LH"]'
    )
    ctx = ScanContext.from_profile(parse_profile(text, "p.toml"))
    own = Message("slack:x#1", kind="chat", platform="slack", sender=Address("Haruto Sato", "U024BE7LH"))
    fake = Message("slack:x#2", kind="chat", platform="slack", sender=Address("Haruto Sato", "U0FAKE"))
    assert _rules(own, ctx) == set()
    assert _rules(fake, ctx) == {"mail.exec-name-chat"}


def test_vendor_names_need_a_role_when_short(ctx: ScanContext) -> None:
    def fired(display: str, address: str) -> bool:
        message = Message("m", sender=Address(display, address))
        return "mail.vendor-name-external" in _rules(message, ctx)

    assert fired("Safe{Wallet} Team", "team@safewallet-notify.com")
    assert fired("Fireblocks", "noreply@fireblocks-mail.net")
    assert fired("Fireblocks Treasury Desk", "desk@treasury.example")
    assert not fired("Safe Harbor Storage", "info@safeharbor.example")
    assert not fired("Safe", "news@safe.global")  # the vendor's own domain
    assert not fired("Unsafe Pizza", "pizza@example.org")


def test_lookalike_sender_domain_names_the_domain_rules(ctx: ScanContext) -> None:
    raw = b"From: support@fireblocks-console.net\nSubject: x\n\nhi\n"
    [finding] = [f for f in analyze_identity(parse_email(raw, "m"), ctx) if f.rule == "mail.lookalike-sender"]
    assert finding.evidence["header"] == "From" and "domain.combosquat" in str(finding.evidence["domain_rules"])


def test_reply_to_divergence_is_weak_alone_and_strong_when_claiming_to_be_us(ctx: ScanContext) -> None:
    newsletter = parse_email(b"From: news@shop.example\nReply-To: help@helpdesk.example\nSubject: x\n\nhi\n", "a")
    ours = parse_email(b"From: it@kitsune-ex.co.jp\nReply-To: it-desk@helpdesk.example\nSubject: x\n\nhi\n", "b")
    same_site = parse_email(b"From: news@shop.example\nReply-To: help@mail.shop.example\nSubject: x\n\nhi\n", "c")
    [weak] = [f for f in analyze_identity(newsletter, ctx) if f.rule == "mail.reply-to-diverges"]
    [strong] = [f for f in analyze_identity(ours, ctx) if f.rule == "mail.reply-to-diverges"]
    assert weak.score < 30 <= strong.score
    assert "mail.reply-to-diverges" not in _rules(same_site, ctx)


def test_authentication_results_are_parsed_with_comments_and_properties() -> None:
    parsed = parse_authentication_results(
        "mx.google.com; dkim=pass (test mode) header.i=@mail.example.com header.s=s1 header.b=abc;"
        " spf=softfail (google.com: domain of x@y.example does not designate 1.2.3.4) smtp.mailfrom=x@y.example;"
        ' dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from="kitsune-ex.co.jp"'
    )
    assert parsed.authserv_id == "mx.google.com"
    assert parsed.outcome("dkim") == "pass" and parsed.of("dkim")[0].domain == "mail.example.com"
    assert parsed.outcome("spf") == "softfail" and parsed.of("spf")[0].domain == "y.example"
    assert parsed.outcome("dmarc") == "fail" and parsed.of("dmarc")[0].domain == "kitsune-ex.co.jp"


def test_only_the_trusted_authserv_counts() -> None:
    text = EXAMPLE_PROFILE.read_text("utf-8") + '\n[mail]\nauthserv_ids = ["mx.kitsune-ex.co.jp"]\n'
    ctx = ScanContext.from_profile(parse_profile(text, "p.toml"))
    forged = (
        b"Authentication-Results: mx.kitsune-ex.co.jp; spf=fail smtp.mailfrom=kitsune-ex.co.jp; dmarc=fail header.from=kitsune-ex.co.jp\n"
    )
    planted = b"Authentication-Results: evil.example; spf=pass; dkim=pass header.d=kitsune-ex.co.jp; dmarc=pass\n"
    body = b"From: h.sato@kitsune-ex.co.jp\nSubject: x\n\nhi\n"
    # The attacker's planted header comes first (topmost); the trusted server's result is found anyway.
    assert "mail.own-domain-unauthenticated" in _rules(parse_email(planted + forged + body, "m"), ctx)
    assert "mail.own-domain-unauthenticated" not in _rules(parse_email(planted + body, "m"), ctx)


def test_fake_reply_needs_the_quote_and_no_thread_headers(ctx: ScanContext) -> None:
    fake = b"From: a@kitsune-ex-billing.com\nSubject: RE: invoice\n\nNew bank details.\n\n-----Original Message-----\nFrom: you\n"
    real = b"From: a@kitsune-ex-billing.com\nSubject: RE: invoice\nIn-Reply-To: <1@x>\n\nok\n\n> earlier\n"
    bare = b"From: a@kitsune-ex-billing.com\nSubject: RE: invoice\n\nNew bank details.\n"
    japanese = "From: \"Haruto Sato\" <a@partner.example>\nSubject: 返信: 請求書\n\n口座が変わりました。\n\n差出人: 経理部\n".encode()
    mailing_list = b"From: a@partner.example\nSubject: Re: patch\n\nworks for me\n\n> earlier\n"
    assert "mail.fake-reply" not in _rules(parse_email(mailing_list, "m"), ctx)
    assert "mail.fake-reply" in _rules(parse_email(fake, "m"), ctx)
    assert "mail.fake-reply" in _rules(parse_email(japanese, "m"), ctx)
    assert "mail.fake-reply" not in _rules(parse_email(real, "m"), ctx)
    assert "mail.fake-reply" not in _rules(parse_email(bare, "m"), ctx)


def test_disabled_rules_stay_silent() -> None:
    text = EXAMPLE_PROFILE.read_text("utf-8") + '\n[rules]\ndisable = ["mail.exec-name-external"]\n'
    ctx = ScanContext.from_profile(parse_profile(text, "p.toml"))
    raw = b'From: "Haruto Sato" <haruto@gmail.com>\nSubject: x\n\nhi\n'
    assert "mail.exec-name-external" not in _rules(parse_email(raw, "m"), ctx)


@pytest.mark.parametrize(
    ("candidate", "genuine", "how"),
    [
        ("minato-systerns.co.jp", "minato-systems.co.jp", "look-alike letters"),
        ("aoba-so1.co.jp", "aoba-so.co.jp", "misspelling"),
        ("sakura-peak-venture.com", "sakura-peak-ventures.com", "misspelling"),
        ("falcongate-ae.com", "falcongate.ae", "name with an added word"),
        ("harbor-otc.com", "harbor-otc.co.jp", "other suffix"),
        ("partner-a.com", "partner-b.com", None),  # a family of names, not a slip
        ("acme-jp.com", "acme-us.com", None),
        ("github.com", "gitlab.com", None),
        ("abc.com", "abd.com", None),  # too short to be near by chance
    ],
)
def test_thread_partner_imitations(ctx: ScanContext, candidate: str, genuine: str, how: str | None) -> None:
    from keiho.mail.threads import imitation

    assert imitation(candidate, genuine, ctx) == how


def test_reply_from_a_partners_twin_in_its_thread_is_a_claim(ctx: ScanContext) -> None:
    raw = (b"From: Accounts <billing@minato-systerns.co.jp>\nTo: keiri@kitsune-ex.co.jp\n"
           b"Subject: RE: invoice\nMessage-ID: <x@minato-systerns.co.jp>\n\nSee below.\n\n"
           b"-----Original Message-----\nFrom: Billing <billing@minato-systems.co.jp>\nPlease find the invoice.\n")
    fired = {f.rule: f for f in analyze_identity(parse_email(raw, "m"), ctx)}
    assert fired["mail.thread-lookalike"].evidence["imitates"] == "minato-systems.co.jp"
    assert fired["mail.thread-lookalike"].evidence["seen_in"] == "quoted text"
    assert "mail.thread-lookalike" in str(fired["mail.fake-reply"].evidence["sender_claims"])


@pytest.mark.parametrize("display", ["هاروتو ساتو", "إميلي كارتر"])
def test_executive_names_in_arabic_script_match_by_consonants(ctx: ScanContext, display: str) -> None:
    match = _names(ctx).match(display)
    assert match is not None and match.how == "transliterated"


@pytest.mark.parametrize("display", ["حارث ساطي", "عمر حداد", "ساتو"])
def test_other_arabic_names_do_not_match(ctx: ScanContext, display: str) -> None:
    assert _names(ctx).match(display) is None
