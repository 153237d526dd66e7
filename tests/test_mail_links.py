"""Links: where they lead, and what they claim."""

from __future__ import annotations

import pytest
from conftest import EXAMPLE_PROFILE

from keiho.mail.context import ScanContext
from keiho.mail.links import analyze_links
from keiho.mail.message import Link, Message
from keiho.mail.urls import text_links
from keiho.profile import load_profile


@pytest.fixture(scope="module")
def ctx() -> ScanContext:
    return ScanContext.from_profile(load_profile(EXAMPLE_PROFILE))


def _fired(ctx: ScanContext, *links: Link) -> dict[str, dict[str, object]]:
    return {f.rule: dict(f.evidence) for f in analyze_links(Message("m", links=links), ctx)}


def test_text_links_are_trimmed_like_mail_clients_do() -> None:
    text = "See (https://example.org/a), https://en.wikipedia.org/wiki/Tor_(network). Or www.example.net! 詳細は https://example.jp/x。"
    assert [link.url for link in text_links(text)] == [
        "https://example.org/a",
        "https://en.wikipedia.org/wiki/Tor_(network)",
        "http://www.example.net",
        "https://example.jp/x",
    ]


def test_lookalike_link_names_the_domain_rules(ctx: ScanContext) -> None:
    fired = _fired(ctx, Link("https://app-safe-global.vercel.app/tx"))
    assert "domain." in str(fired["mail.link-lookalike"]["domain_rules"])
    assert "mail.link-free-hosting" in fired


def test_links_to_our_own_and_vendor_domains_are_clean(ctx: ScanContext) -> None:
    assert _fired(ctx, Link("https://app.safe.global/home"), Link("https://www.kitsune-ex.co.jp/news")) == {}


def test_one_finding_per_rule_counts_every_link(ctx: ScanContext) -> None:
    fired = _fired(ctx, Link("http://10.0.0.1/a"), Link("http://[2001:db8::1]/b"), Link("http://3232235777/c"))
    assert fired["mail.link-ip"]["links"] == 3 and fired["mail.link-ip"]["host"] == "10.0.0.1"


def test_download_links_except_from_trusted_sources(ctx: ScanContext) -> None:
    assert "mail.link-download" in _fired(ctx, Link("https://cdn.example.net/files/Setup%20Wallet.exe"))
    assert "mail.link-download" in _fired(ctx, Link("https://github.com/evil-org/tool/releases/download/v1/app.dmg"))
    assert "mail.link-download" not in _fired(ctx, Link("https://github.com/kitsune-ex/cli/releases/download/v1/cli.zip"))
    assert "mail.link-download" not in _fired(ctx, Link("https://example.net/docs/exe-guide.html"))


def test_shown_text_of_another_site(ctx: ScanContext) -> None:
    ours = _fired(ctx, Link("https://collect.example.net/x", "https://kitsune-ex.co.jp/login", "html"))
    theirs = _fired(ctx, Link("https://click.mailer.example/x", "www.partner.example", "html"))
    same = _fired(ctx, Link("https://mail.partner.example/x", "partner.example", "html"))
    prose = _fired(ctx, Link("https://click.mailer.example/x", "Read more", "html"))
    assert ours["mail.link-text-mismatch"]["shown_is_ours"] is True
    assert "shown_is_ours" not in theirs["mail.link-text-mismatch"]
    assert "mail.link-text-mismatch" not in same and "mail.link-text-mismatch" not in prose


def test_script_uris_shorteners_and_idn(ctx: ScanContext) -> None:
    fired = _fired(ctx, Link("javascript:alert(1)", "", "html"), Link("https://bit.ly/abc"), Link("https://xn--e1awd7f.com/"))
    assert {"mail.link-script-uri", "mail.link-shortener", "mail.link-idn"} <= set(fired)


def test_garbage_urls_do_not_raise(ctx: ScanContext) -> None:
    assert _fired(ctx, Link("http://[::1"), Link("https://"), Link("ht!tp://x y"), Link("http://" + "a" * 3000)) is not None


def test_urls_glued_to_japanese_text_are_found_and_end_at_the_prose() -> None:
    links = text_links("詳しくはこちらhttps://x.example/setupから実行してください。xhttps://not.a.link")
    assert [link.url for link in links] == ["https://x.example/setup"]


def test_the_organisations_name_as_a_saas_tenant_is_no_verdict_alone(ctx: ScanContext) -> None:
    tenant = _fired(ctx, Link("https://kitsune-ex.okta.com/app/sso", "", "html"))["mail.link-lookalike"]
    assert tenant["tenant_platform"] == "okta.com"
    score = next(f.score for f in analyze_links(Message("m", links=(Link("https://kitsune-ex.okta.com/", "", "text"),)), ctx))
    assert score < 30
    # the same brand in a subdomain of a free host anyone can take keeps its full weight
    hosted = analyze_links(Message("m", links=(Link("https://kitsune-ex.vercel.app/login", "", "text"),)), ctx)
    assert max(f.score for f in hosted if f.rule == "mail.link-lookalike") >= 70


def test_a_cjk_file_name_in_a_path_stays_in_the_url_and_prose_after_a_url_does_not() -> None:
    text = "职位说明请下载：https://jd-files.top/JD_架构师_2026.pdf.exe 下载后双击打开。詳細は https://example.jp/x。次は"
    assert [link.url for link in text_links(text)] == ["https://jd-files.top/JD_架构师_2026.pdf.exe", "https://example.jp/x"]
    assert [link.url for link in text_links("こちらhttps://example.jp/aを参照してください。")] == ["https://example.jp/a"]


def test_a_chat_link_whose_text_names_another_site_is_a_mismatch(ctx: ScanContext) -> None:
    # Slack's <https://larkspur-dmk.com/recon|docs.google.com/spreadsheets/recon> shows the second part
    fired = _fired(ctx, Link("https://larkspur-dmk.com/recon/nov", "docs.google.com/spreadsheets/recon", "chat"))
    assert fired["mail.link-text-mismatch"]["goes_to"] == "larkspur-dmk.com"
    assert "mail.link-text-mismatch" not in _fired(ctx, Link("https://docs.google.com/spreadsheets/x", "docs.google.com/spreadsheets/x", "chat"))
