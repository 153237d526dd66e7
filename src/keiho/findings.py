"""The one result model every pillar emits and every renderer reads.

A `Finding` is one rule firing on one subject, with the evidence that made it fire.
A `SubjectResult` gathers a subject's findings into a verdict and a 0-100 score.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

EvidenceValue = str | int | float | bool


class Severity(str, Enum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}


class Verdict(str, Enum):
    CLEAN = "clean"
    SUSPICIOUS = "suspicious"
    MALICIOUS = "malicious"
    ERROR = "error"  # the subject could not be examined (bad input); the reason is in `error`


# Score thresholds for verdicts. A single high-confidence rule (score >= 70) is enough for
# "malicious"; weaker signals add up through `combine_scores`.
MALICIOUS_AT = 70
SUSPICIOUS_AT = 30


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule that fired on one subject, and why."""

    rule: str
    title: str
    severity: Severity
    subject: str
    score: int
    evidence: Mapping[str, EvidenceValue] = field(default_factory=dict)
    attack: tuple[str, ...] = ()
    references: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Frozen means frozen: a caller's dict must not change a finding after the fact.
        object.__setattr__(self, "evidence", MappingProxyType(dict(self.evidence)))

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        # The evidence proxy cannot be pickled; results cross process boundaries with --jobs.
        return (Finding, (self.rule, self.title, self.severity, self.subject, self.score, dict(self.evidence),
                          self.attack, self.references))

    @property
    def finding_id(self) -> str:
        """Stable identity: the same rule on the same subject is the same finding on every rescan."""
        return stable_id(self.rule, self.subject)

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "title": self.title,
            "score": self.score,
            "evidence": dict(self.evidence),
            "attack": list(self.attack),
        }


@dataclass(frozen=True, slots=True)
class SubjectResult:
    """Everything keiho concluded about one subject (a host, a URL, a message, a file...)."""

    subject: str
    kind: str
    verdict: Verdict
    score: int
    findings: tuple[Finding, ...] = ()
    error: str | None = None

    @classmethod
    def from_findings(cls, subject: str, kind: str, findings: Iterable[Finding]) -> SubjectResult:
        ordered = tuple(sorted(findings, key=lambda f: (-f.score, f.rule)))
        score = combine_scores(f.score for f in ordered)
        return cls(subject, kind, verdict_for(score), score, ordered)

    @classmethod
    def failed(cls, subject: str, kind: str, error: str) -> SubjectResult:
        return cls(subject, kind, Verdict.ERROR, 0, (), error)

    @property
    def subject_id(self) -> str:
        return stable_id(self.kind, self.subject)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "subject": self.subject,
            "kind": self.kind,
            "verdict": self.verdict.value,
            "score": self.score,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.error is not None:
            out["error"] = self.error
        return out


def combine_scores(scores: Iterable[int]) -> int:
    """Noisy-OR of independent signals: two 50s make 75, never more than 100."""
    remaining = 1.0
    for s in scores:
        remaining *= 1.0 - max(0, min(100, s)) / 100.0
    return round(100 * (1.0 - remaining))


def verdict_for(score: int) -> Verdict:
    if score >= MALICIOUS_AT:
        return Verdict.MALICIOUS
    if score >= SUSPICIOUS_AT:
        return Verdict.SUSPICIOUS
    return Verdict.CLEAN


def stable_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
