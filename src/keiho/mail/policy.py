"""The verdict policy: how a message's findings add up to a score and a verdict.

Operators tune it in a TOML file (`keiho mail policy` prints the default): thresholds, rule
weights, and groups of correlated rules that combine by maximum or up to a cap.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from keiho.errors import KeihoError
from keiho.findings import Finding, SubjectResult, Verdict, combine_scores
from keiho.rules import all_rule_ids


class PolicyError(KeihoError):
    """A policy file that cannot be used; the message names the file, the key and the problem."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        super().__init__(f"{source}: {key + ': ' if key else ''}{problem}")


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    rules: frozenset[str]
    combine: str  # max | noisy-or
    cap: int


@dataclass(frozen=True, slots=True)
class Discount:
    name: str
    when: str  # a rule id whose finding on the message triggers the discount
    rules: frozenset[str]
    factor: float  # 0..1, applied to those rules' scores
    quiet: bool = False  # the `when` finding is reported only on messages where it discounted something


@dataclass(frozen=True, slots=True)
class Policy:
    malicious_at: int = 70
    suspicious_at: int = 30
    weights: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    groups: tuple[Group, ...] = ()
    discounts: tuple[Discount, ...] = ()
    source: str = "<default>"

    def weigh(self, finding: Finding) -> Finding:
        weight = self.weights.get(finding.rule)
        return finding if weight is None or weight == finding.score else replace(finding, score=weight)

    def score(self, findings: Iterable[Finding]) -> int:
        contributions: list[int] = []
        grouped: dict[str, list[int]] = {}
        group_of = {rule: group for group in self.groups for rule in group.rules}
        for finding in findings:
            group = group_of.get(finding.rule)
            if group is None:
                contributions.append(finding.score)
            else:
                grouped.setdefault(group.name, []).append(finding.score)
        for group in self.groups:
            scores = grouped.get(group.name)
            if scores:
                total = max(scores) if group.combine == "max" else combine_scores(scores)
                contributions.append(min(total, group.cap))
        return combine_scores(contributions)

    def verdict(self, score: int) -> Verdict:
        if score >= self.malicious_at:
            return Verdict.MALICIOUS
        if score >= self.suspicious_at:
            return Verdict.SUSPICIOUS
        return Verdict.CLEAN

    def discounted(self, findings: list[Finding]) -> list[Finding]:
        present = {f.rule for f in findings}
        for discount in self.discounts:
            if discount.when in present:
                findings = [
                    replace(f, score=round(f.score * discount.factor)) if f.rule in discount.rules else f for f in findings
                ]
                if discount.quiet and not discount.rules & present:
                    findings = [f for f in findings if f.rule != discount.when]
        return findings

    def result(self, subject: str, kind: str, findings: Iterable[Finding]) -> SubjectResult:
        weighed = sorted(self.discounted([self.weigh(f) for f in findings]), key=lambda f: (-f.score, f.rule))
        score = self.score(weighed)
        return SubjectResult(subject, kind, self.verdict(score), score, tuple(weighed))


def default_policy_text() -> str:
    return resources.files("keiho.mail").joinpath("policy.toml").read_text("utf-8")


def load_policy(path: str | Path | None = None) -> Policy:
    if path is None or str(path) == "":
        return parse_policy(default_policy_text(), "<default policy>")
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise PolicyError(str(path), "", "no such file (`keiho mail policy > FILE` writes the default)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(str(path), "", f"cannot read: {exc}") from None
    return parse_policy(text, str(path))


def parse_policy(text: str, source: str) -> Policy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(source, "", f"not valid TOML: {exc}") from None
    unknown = set(data) - {"verdict", "weights", "groups", "discounts"}
    if unknown:
        raise PolicyError(source, sorted(unknown)[0], "unknown key (expected verdict, weights, groups, discounts)")
    known = all_rule_ids()
    verdict = _table(data, "verdict", source)
    malicious_at = _score(verdict.get("malicious_at", 70), "verdict.malicious_at", source)
    suspicious_at = _score(verdict.get("suspicious_at", 30), "verdict.suspicious_at", source)
    if suspicious_at > malicious_at:
        raise PolicyError(source, "verdict", "suspicious_at must not be above malicious_at")
    weights: dict[str, int] = {}
    for rule, value in _table(data, "weights", source).items():
        _known_rule(rule, known, f"weights.{rule}", source)
        weights[rule] = _score(value, f"weights.{rule}", source)
    groups = []
    seen: dict[str, str] = {}
    for name, spec in _table(data, "groups", source).items():
        key = f"groups.{name}"
        if not isinstance(spec, dict):
            raise PolicyError(source, key, "must be a table with rules, combine and cap")
        rules = spec.get("rules", [])
        if not isinstance(rules, list) or not rules:
            raise PolicyError(source, f"{key}.rules", "must be a non-empty list of rule ids")
        for rule in rules:
            _known_rule(rule, known, f"{key}.rules", source)
            if rule in seen:
                raise PolicyError(source, f"{key}.rules", f"{rule} is already in group {seen[rule]}")
            seen[rule] = name
        combine = spec.get("combine", "max")
        if combine not in ("max", "noisy-or"):
            raise PolicyError(source, f"{key}.combine", f"{combine!r} is not max or noisy-or")
        groups.append(Group(name, frozenset(rules), combine, _score(spec.get("cap", 100), f"{key}.cap", source)))
    discounts = []
    for name, spec in _table(data, "discounts", source).items():
        key = f"discounts.{name}"
        if not isinstance(spec, dict):
            raise PolicyError(source, key, "must be a table with when, rules and factor")
        _known_rule(spec.get("when"), known, f"{key}.when", source)
        rules = spec.get("rules", [])
        if not isinstance(rules, list) or not rules:
            raise PolicyError(source, f"{key}.rules", "must be a non-empty list of rule ids")
        for rule in rules:
            _known_rule(rule, known, f"{key}.rules", source)
        factor = spec.get("factor")
        if isinstance(factor, bool) or not isinstance(factor, int | float) or not 0 <= factor <= 1:
            raise PolicyError(source, f"{key}.factor", f"{factor!r} is not a number from 0 to 1")
        quiet = spec.get("quiet", False)
        if not isinstance(quiet, bool):
            raise PolicyError(source, f"{key}.quiet", f"{quiet!r} is not true or false")
        discounts.append(Discount(name, str(spec["when"]), frozenset(rules), float(factor), quiet))
    return Policy(malicious_at, suspicious_at, MappingProxyType(weights), tuple(groups), tuple(discounts), source)


def _table(data: dict[str, Any], key: str, source: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise PolicyError(source, key, "must be a table")
    return value


def _score(value: object, key: str, source: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise PolicyError(source, key, f"{value!r} is not an integer from 0 to 100")
    return value


def _known_rule(rule: object, known: frozenset[str], key: str, source: str) -> None:
    if not isinstance(rule, str) or rule not in known:
        raise PolicyError(source, key, f"unknown rule id {rule!r} (see `keiho rules list`)")
