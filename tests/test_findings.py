from __future__ import annotations

import pytest

from keiho.findings import (
    Finding,
    Severity,
    SubjectResult,
    Verdict,
    combine_scores,
    verdict_for,
)


def _finding(rule: str, score: int) -> Finding:
    return Finding(rule=rule, title=rule, severity=Severity.HIGH, subject="x.example", score=score)


def test_scores_combine_like_independent_evidence() -> None:
    assert combine_scores([]) == 0
    assert combine_scores([50, 50]) == 75
    assert combine_scores([100, 10]) == 100
    assert combine_scores([20]) == 20


@pytest.mark.parametrize(("score", "verdict"), [(0, Verdict.CLEAN), (29, Verdict.CLEAN), (30, Verdict.SUSPICIOUS), (69, Verdict.SUSPICIOUS), (70, Verdict.MALICIOUS)])
def test_verdict_thresholds(score: int, verdict: Verdict) -> None:
    assert verdict_for(score) is verdict


def test_result_orders_findings_strongest_first_and_ids_are_stable() -> None:
    result = SubjectResult.from_findings("x.example", "host", [_finding("b", 20), _finding("a", 75)])
    assert [f.rule for f in result.findings] == ["a", "b"]
    assert result.verdict is Verdict.MALICIOUS
    again = SubjectResult.from_findings("x.example", "host", [_finding("a", 75)])
    assert result.subject_id == again.subject_id
    assert result.findings[0].finding_id == again.findings[0].finding_id
    assert result.findings[0].finding_id != result.findings[1].finding_id


def test_finding_evidence_cannot_change_after_creation() -> None:
    evidence = {"brand": "metamask.io"}
    finding = Finding(rule="r", title="t", severity=Severity.LOW, subject="s", score=1, evidence=evidence)
    evidence["brand"] = "changed"
    assert finding.evidence["brand"] == "metamask.io"
    with pytest.raises(TypeError):
        finding.evidence["brand"] = "x"  # type: ignore[index]
