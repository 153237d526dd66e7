"""The verdict policy: thresholds, weights and groups, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from keiho.findings import Finding, Severity, Verdict
from keiho.mail.policy import PolicyError, load_policy, parse_policy


def _finding(rule: str, score: int) -> Finding:
    return Finding(rule, rule, Severity.MEDIUM, "m", score)


def test_default_policy_caps_header_hygiene_below_malicious() -> None:
    policy = load_policy()
    hygiene = [_finding("mail.reply-to-diverges", 60), _finding("mail.return-path-diverges", 40), _finding("mail.auth-fail", 35)]
    result = policy.result("m", "email", hygiene)
    assert result.score == 60 and result.verdict is Verdict.SUSPICIOUS


def test_impersonation_group_counts_its_strongest_claim_once() -> None:
    policy = load_policy()
    claims = [_finding("mail.exec-name-external", 70), _finding("mail.exec-local-part", 50)]
    assert policy.result("m", "email", claims).score == 70
    assert policy.result("m", "email", [*claims, _finding("mail.lookalike-sender", 80)]).score == 94


def test_weights_and_thresholds_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('[verdict]\nmalicious_at = 90\nsuspicious_at = 10\n[weights]\n"mail.link-shortener" = 50\n')
    policy = load_policy(path)
    result = policy.result("m", "email", [_finding("mail.link-shortener", 15)])
    assert result.score == 50 and result.verdict is Verdict.SUSPICIOUS and result.findings[0].score == 50
    assert policy.result("m", "email", [_finding("mail.lookalike-sender", 80)]).verdict is Verdict.SUSPICIOUS


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[weights]\n\"mail.no-such-rule\" = 5\n", "weights.mail.no-such-rule: unknown rule id"),
        ("[verdict]\nmalicious_at = 200\n", "verdict.malicious_at: 200 is not an integer"),
        ("[verdict]\nmalicious_at = 20\nsuspicious_at = 40\n", "suspicious_at must not be above"),
        ("[groups.x]\nrules = []\n", "groups.x.rules: must be a non-empty list"),
        ("[groups.x]\nrules = [\"mail.auth-fail\"]\ncombine = \"sum\"\n", "groups.x.combine"),
        ("[groups.a]\nrules = [\"mail.auth-fail\"]\n[groups.b]\nrules = [\"mail.auth-fail\"]\n", "already in group a"),
        ("[thresholds]\n", "thresholds: unknown key"),
        ("[verdict\n", "not valid TOML"),
    ],
)
def test_bad_policies_name_the_key_and_problem(text: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        parse_policy(text, "p.toml")


def test_missing_policy_file_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="keiho mail policy"):
        load_policy(tmp_path / "nope.toml")


def test_internal_sender_discounts_lures_but_not_impersonation() -> None:
    policy = load_policy()
    lure = [_finding("mail.lure-wallet-request", 80), _finding("mail.internal-sender", 0)]
    assert policy.result("m", "email", lure).verdict is Verdict.SUSPICIOUS  # 80 * 0.4 = 32
    assert policy.result("m", "email", lure[:1]).verdict is Verdict.MALICIOUS
    claim = [_finding("mail.exec-name-unlisted", 35), _finding("mail.internal-sender", 0)]
    assert policy.result("m", "email", claim).score == 35


def test_bad_discount_factor_is_reported() -> None:
    with pytest.raises(PolicyError, match="discounts.x.factor"):
        parse_policy('[discounts.x]\nwhen = "mail.internal-sender"\nrules = ["mail.auth-fail"]\nfactor = 2\n', "p.toml")
