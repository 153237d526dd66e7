from __future__ import annotations

import csv

import pytest
import tldextract
from conftest import shared_path

from keiho.domains.confusables import fold_non_ascii, is_mixed_script, skeleton
from keiho.domains.psl import default_psl


@pytest.mark.parametrize(
    ("host", "parts"),
    [
        ("app.safe.global", ("app", "safe", "global")),
        ("app.safe.global.vercel.app", ("app.safe", "global", "vercel.app")),  # private section
        ("metamask.github.io", ("", "metamask", "github.io")),
        ("www.kitsune-ex.co.jp", ("www", "kitsune-ex", "co.jp")),
        ("a.b.c.foo.ck", ("a.b", "c", "foo.ck")),  # wildcard rule *.ck
        ("www.ck", ("", "www", "ck")),  # exception rule !www.ck
        ("github.io", ("", "", "github.io")),
        ("host.unknowntld", ("", "host", "unknowntld")),
    ],
)
def test_public_suffix_split(host: str, parts: tuple[str, str, str]) -> None:
    assert default_psl().split(host) == parts


def test_public_suffix_agrees_with_tldextract_on_popular_hosts() -> None:
    path = shared_path("data", "domains", "toplists", "toplist_unlabelled_2023_top65535.csv")
    extract = tldextract.TLDExtract(suffix_list_urls=(), include_psl_private_domains=True)
    psl = default_psl()
    with path.open(encoding="utf-8") as handle:
        hosts = [row[1] for row in csv.reader(handle)][:20000]
    disagreements = []
    for host in hosts:
        theirs = extract(host)
        _, label, suffix = psl.split(host)
        if theirs.suffix and (theirs.domain, theirs.suffix) != (label, suffix):
            disagreements.append(host)
    assert disagreements == []


@pytest.mark.parametrize(
    ("a", "b"),
    [("metamask", "mеtamask"), ("metamask", "rnetamask"), ("opensea", "0pensea"), ("safe", "ѕafe"), ("metamask", "metamásk"), ("wallet", "vvallet")],
)
def test_lookalikes_share_a_skeleton(a: str, b: str) -> None:
    assert a != b and skeleton(a) == skeleton(b)


def test_different_names_keep_different_skeletons() -> None:
    assert skeleton("metamask") != skeleton("metamast")
    assert fold_non_ascii("mеtamask") == "metamask"  # m stays m, only the Cyrillic е changes


@pytest.mark.parametrize(
    ("label", "mixed"),
    [("pаypal", True), ("ѕafe", True), ("東京タワー", False), ("日本abc", False), ("müller", False), ("пример", False), ("한국abc", False)],
)
def test_mixed_script(label: str, mixed: bool) -> None:
    assert is_mixed_script(label) is mixed
