from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from keiho.domains import LookalikeEngine
from keiho.domains.knownbad import KnownBadHosts
from keiho.findings import Verdict
from keiho.profile import load_profile

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
FLAGGED = (Verdict.MALICIOUS, Verdict.SUSPICIOUS)


def eval_protected() -> list[str]:
    lines = (DATA / "eval_protected.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def engine() -> LookalikeEngine:
    return LookalikeEngine(eval_protected())


def rules_fired(engine: LookalikeEngine, host: str) -> set[str]:
    return {f.rule for f in engine.check_line(host).findings}


def test_recall_on_the_labelled_lookalike_set(engine: LookalikeEngine) -> None:
    with (DATA / "lookalikes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    total, caught = Counter[str](), Counter[str]()
    results = engine.check_many(r["host"] for r in rows)
    for row, result in zip(rows, results, strict=True):
        total[row["class"]] += 1
        caught[row["class"]] += result.verdict in FLAGGED
    assert sum(caught.values()) / sum(total.values()) >= 0.90
    for cls in ("combosquat", "subdomain", "tld-swap", "homoglyph-idn", "homoglyph-ascii", "hyphenation"):
        assert caught[cls] / total[cls] >= 0.90, cls


def test_official_subdomains_and_saas_hosts_are_clean(engine: LookalikeEngine) -> None:
    with (DATA / "benign_lookalike.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["note"].startswith(("official: subdomain", "saas"))]
    flagged = [r["host"] for r, res in zip(rows, engine.check_many(r["host"] for r in rows), strict=True) if res.verdict in FLAGGED]
    assert rows and flagged == []


@pytest.mark.parametrize(
    ("host", "rule"),
    [
        ("metmask.io", "domain.typosquat"),
        ("xn--mtamask-7gg.io", "domain.homoglyph"),
        ("rnetamask.io", "domain.homoglyph"),
        ("metamask-login.com", "domain.combosquat"),
        ("metamask.io.secure-login.ru", "domain.brand-subdomain"),
        ("app.safe.global.vercel.app", "domain.brand-subdomain"),
        ("kitsune-ex.net", "domain.tld-swap"),
        ("kitsuneex.com", "domain.hyphenation"),
        ("metaoask.io", "domain.bitsquat"),
        ("uniswap-claim.vercel.app", "domain.free-hosting"),
    ],
)
def test_each_lookalike_class_names_its_rule(engine: LookalikeEngine, host: str, rule: str) -> None:
    assert rule in rules_fired(engine, host)


def test_evidence_says_which_brand_and_how(engine: LookalikeEngine) -> None:
    finding = engine.check_line("metamask-wallet-connect.com").findings[0]
    assert finding.rule == "domain.combosquat"
    assert finding.evidence["brand"] == "metamask.io"
    assert finding.evidence["words"] == "wallet+connect"
    assert "T1583.001" in finding.attack


@pytest.mark.parametrize("host", ["safeway.com", "safesearch.microsoft.com", "okta.com", "lidl.de", "okx.net", "safe.com", "blurb.com", "sushi-restaurant.jp"])
def test_short_and_word_brands_do_not_flood(engine: LookalikeEngine, host: str) -> None:
    assert engine.check_line(host).verdict is Verdict.CLEAN


@pytest.mark.parametrize("host", ["okx-airdrop.com", "app.safe.xyz", "safe-wallet.app", "lido-staking.vercel.app", "claim-okx.net"])
def test_short_brands_fire_with_lure_context(engine: LookalikeEngine, host: str) -> None:
    assert engine.check_line(host).verdict in FLAGGED


def test_profile_allowlist_and_vendor_domains_are_trusted(tmp_path: Path) -> None:
    profile_path = tmp_path / "p.toml"
    profile_path.write_text(
        '[organization]\nname="X"\ndomains=["kitsune-ex.co.jp"]\n'
        '[[vendors]]\nname="Safe"\ndomains=["safe.global"]\n'
        '[web]\nprotected=["kitsune-ex.co.jp","app.safe.global"]\nallowlist=["kitsune-ex.jp"]\n',
        encoding="utf-8",
    )
    engine = LookalikeEngine.from_profile(load_profile(profile_path))
    assert engine.check_line("www.kitsune-ex.jp").verdict is Verdict.CLEAN
    assert engine.check_line("eu.safe.global").verdict is Verdict.CLEAN
    assert engine.check_line("kitsune-ex.net").verdict is Verdict.MALICIOUS


def test_known_bad_list_matches_subdomains_but_never_a_whole_suffix(tmp_path: Path) -> None:
    listing = tmp_path / "bad.txt"
    listing.write_text("# drainers\ndrainer.example\nhttps://phish.vercel.app/x\nvercel.app\nnot a host\n", encoding="utf-8")
    known = KnownBadHosts()
    known.load(listing)
    assert known.skipped == 1
    engine = LookalikeEngine(["metamask.io"], known_bad=known)
    assert "domain.known-bad" in rules_fired(engine, "cdn.drainer.example")
    assert "domain.known-bad" in rules_fired(engine, "phish.vercel.app")
    assert "domain.known-bad" not in rules_fired(engine, "innocent.vercel.app")


def test_userinfo_password_is_never_shown(engine: LookalikeEngine) -> None:
    result = engine.check_line("https://app.safe.global:hunter2@evil.example/")
    finding = next(f for f in result.findings if f.rule == "url.userinfo")
    assert finding.evidence["userinfo"] == "app.safe.global:***"
    assert "hunter2" not in str(result.to_dict())


def test_batches_keep_order_and_agree_with_single_checks(engine: LookalikeEngine) -> None:
    lines = ["metmask.io", "", "example.com", "bad host", "app.safe.global.vercel.app"] * 700
    batched = list(engine.check_many(lines, batch=97))
    assert [r.subject for r in batched[:5]] == ["metmask.io", "", "example.com", "bad host", "app.safe.global.vercel.app"]
    assert [r.verdict for r in batched[:5]] == [Verdict.MALICIOUS, Verdict.ERROR, Verdict.CLEAN, Verdict.ERROR, Verdict.MALICIOUS]
    singles = [engine.check_line(line) for line in lines[:5]]
    assert [r.to_dict() for r in batched[:5]] == [r.to_dict() for r in singles]
    assert len(batched) == len(lines)


def test_engine_without_brands_still_checks_scripts_and_known_bad() -> None:
    engine = LookalikeEngine([])
    assert "domain.mixed-script" in rules_fired(engine, "pаypal.com")
    assert engine.check_line("example.com").verdict is Verdict.CLEAN
