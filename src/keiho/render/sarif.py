"""SARIF 2.1.0, for code-scanning dashboards. Rules come from the findings' rule ids."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from keiho import __version__
from keiho.findings import Finding, Severity, SubjectResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {
    Severity.INFO: "note",
    Severity.LOW: "note",
    Severity.MEDIUM: "warning",
    Severity.HIGH: "error",
    Severity.CRITICAL: "error",
}


def sarif_document(results: Iterable[SubjectResult]) -> dict[str, object]:
    rules: dict[str, dict[str, object]] = {}
    sarif_results: list[dict[str, object]] = []
    notifications: list[dict[str, object]] = []
    for result in results:
        if result.error is not None:
            notifications.append({"level": "error", "message": {"text": f"{result.subject}: {result.error}"}})
            continue
        for finding in result.findings:
            rules.setdefault(finding.rule, _rule(finding))
            sarif_results.append(_result(result, finding))
    run: dict[str, object] = {
        "tool": {
            "driver": {
                "name": "keiho",
                "version": __version__,
                "rules": list(rules.values()),
            }
        },
        "results": sarif_results,
    }
    if notifications:
        run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": notifications}]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def write_sarif(results: Iterable[SubjectResult], out: TextIO) -> None:
    json.dump(sarif_document(results), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _rule(finding: Finding) -> dict[str, object]:
    rule: dict[str, object] = {
        "id": finding.rule,
        "shortDescription": {"text": finding.title},
        "defaultConfiguration": {"level": _LEVEL[finding.severity]},
        "properties": {"tags": list(finding.attack), "security-severity": f"{finding.score / 10:.1f}"},
    }
    if finding.references:
        rule["helpUri"] = finding.references[0]
    return rule


def _result(result: SubjectResult, finding: Finding) -> dict[str, object]:
    evidence = ", ".join(f"{k}={v}" for k, v in finding.evidence.items())
    return {
        "ruleId": finding.rule,
        "level": _LEVEL[finding.severity],
        "message": {"text": f"{finding.title}: {result.subject}" + (f" ({evidence})" if evidence else "")},
        "locations": [
            {
                "logicalLocations": [{"name": result.subject, "kind": result.kind}],
            }
        ],
        "partialFingerprints": {"keihoFindingId": finding.finding_id},
        "properties": {
            "verdict": result.verdict.value,
            "score": result.score,
            "evidence": dict(finding.evidence),
            "attack": list(finding.attack),
        },
    }
