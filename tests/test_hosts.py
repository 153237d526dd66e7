from __future__ import annotations

import pytest

from keiho.domains.hosts import InputError, parse_subject


@pytest.mark.parametrize(
    ("line", "ascii_host", "unicode_host"),
    [
        ("MetaMask.IO.", "metamask.io", "metamask.io"),
        ("  app.safe.global  ", "app.safe.global", "app.safe.global"),
        ("xn--mller-kva.de", "xn--mller-kva.de", "müller.de"),
        ("mеtamask.io", "xn--mtamask-7gg.io", "mеtamask.io"),  # Cyrillic е
        ("ｍｅｔａｍａｓｋ.io", "metamask.io", "metamask.io"),  # full-width folds like a browser
        ("_dmarc.example.com", "_dmarc.example.com", "_dmarc.example.com"),
        ("https://App.Safe.Global/welcome?x=1", "app.safe.global", "app.safe.global"),
        ("example.com/path", "example.com", "example.com"),
    ],
)
def test_hosts_and_urls_normalise(line: str, ascii_host: str, unicode_host: str) -> None:
    host = parse_subject(line)
    assert (host.ascii, host.unicode) == (ascii_host, unicode_host)


def test_url_keeps_userinfo_for_the_userinfo_rule() -> None:
    host = parse_subject("https://app.safe.global:pw@evil.example/login")
    assert host.ascii == "evil.example"
    assert host.userinfo == "app.safe.global:***"
    assert host.url == "https://app.safe.global:***@evil.example/login"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("a" * 254, "longer than 253"),
        ("x" * 64 + ".com", "invalid label"),
        ("xn--zz.com", "invalid internationalised name"),
        ("user@host.example", "user info"),
        ("host.example:8080", "port"),
        ("192.0.2.1", "IP address"),
        ("http://192.0.2.1/x", "IP address"),
        ("[2001:db8::1]", "IP address"),
        ("2001:db8::1", "IP address"),
        ("foo.123", "numeric"),
        ("exa\x00mple.com", "binary or control"),
        ("bad host", "white space"),
        ("-lead.example", "invalid label"),
        ("http://host.example:99999/", "malformed URL"),
        ("http:///nohost", "no host"),
    ],
)
def test_bad_lines_get_a_clear_reason(line: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        parse_subject(line)
