"""Detection rules as data: one TOML file a rule, with metadata, parameters and examples.

Code implements a rule's matching; the file says what it means, how much it weighs, which
ATT&CK techniques it maps to, and gives examples that the test suite runs (`tests/test_rules.py`).
The profile's `[rules]` table may disable rules or change their scores.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from keiho.errors import RuleError
from keiho.findings import EvidenceValue, Finding, Severity

_REQUIRED = ("id", "title", "severity", "score", "description")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    severity: Severity
    score: int
    description: str
    attack: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)
    examples: Mapping[str, Any] = field(default_factory=dict)
    enabled: bool = True

    def finding(self, subject: str, **evidence: EvidenceValue) -> Finding:
        return Finding(
            rule=self.id,
            title=self.title,
            severity=self.severity,
            subject=subject,
            score=self.score,
            evidence=evidence,
            attack=self.attack,
            references=self.references,
        )


def parse_rule(text: str, source: str) -> Rule:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{source}: not valid TOML: {exc}") from None
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise RuleError(f"{source}: missing {', '.join(missing)}")
    try:
        severity = Severity(data["severity"])
    except ValueError:
        raise RuleError(f"{source}: severity {data['severity']!r} is not one of {[s.value for s in Severity]}") from None
    score = data["score"]
    if not isinstance(score, int) or not 0 <= score <= 100:
        raise RuleError(f"{source}: score must be an integer 0-100")
    return Rule(
        id=str(data["id"]),
        title=str(data["title"]),
        severity=severity,
        score=score,
        description=str(data["description"]).strip(),
        attack=tuple(data.get("attack", ())),
        references=tuple(data.get("references", ())),
        params=MappingProxyType(dict(data.get("params", {}))),
        examples=MappingProxyType(dict(data.get("examples", {}))),
    )


class RuleSet:
    """The rules of one pillar, after the profile's overrides."""

    def __init__(self, rules: Mapping[str, Rule]) -> None:
        self._rules = dict(rules)

    def __getitem__(self, rule_id: str) -> Rule:
        return self._rules[rule_id]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def with_overrides(self, disable: tuple[str, ...] = (), weights: Mapping[str, int] | None = None) -> RuleSet:
        weights = weights or {}
        known = all_rule_ids()
        for rule_id in (*disable, *weights):
            if rule_id not in known:
                raise RuleError(f"profile [rules]: unknown rule id {rule_id!r} (see `keiho rules list`)")
        out = {}
        for rule_id, rule in self._rules.items():
            out[rule_id] = replace(rule, enabled=rule_id not in disable, score=weights.get(rule_id, rule.score))
        return RuleSet(out)


@cache
def load_pillar(pillar: str) -> RuleSet:
    """All rule files of one pillar (`keiho/rules/<pillar>/*.toml`), keyed by id."""
    rules: dict[str, Rule] = {}
    folder = resources.files("keiho.rules").joinpath(pillar)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            rule = parse_rule(entry.read_text("utf-8"), f"rules/{pillar}/{entry.name}")
            if rule.id in rules:
                raise RuleError(f"rules/{pillar}/{entry.name}: duplicate rule id {rule.id}")
            rules[rule.id] = rule
    return RuleSet(rules)


def pillars() -> list[str]:
    root = resources.files("keiho.rules")
    return sorted(e.name for e in root.iterdir() if e.is_dir() and not e.name.startswith("_"))


def all_rule_ids() -> frozenset[str]:
    """Every rule id of every pillar: the profile's [rules] may name any of them."""
    return frozenset(rule.id for pillar in pillars() for rule in load_pillar(pillar))
