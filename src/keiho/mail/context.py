"""What every mail analyser needs besides the message: the profile, the rules, the domain
engine and the intel index, built once per scan run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from keiho.domains import LookalikeEngine
from keiho.findings import EvidenceValue, Finding
from keiho.intel.lookup import IntelIndex
from keiho.profile import Profile
from keiho.rules import RuleSet, load_pillar


@dataclass(slots=True)
class ScanContext:
    profile: Profile
    rules: RuleSet  # the `mail` pillar, after the profile's [rules] overrides
    domains: LookalikeEngine
    intel: IntelIndex | None = None  # None: no intel lookups (e.g. `--no-intel`)
    at: date = field(default_factory=date.today)  # the date intel facts are judged on
    # What analysers build once per run from the profile and rules (name indexes, automata).
    memo: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_profile(cls, profile: Profile, intel: IntelIndex | None = None, at: date | None = None) -> ScanContext:
        rules = load_pillar("mail").with_overrides(profile.rules.disable, profile.rules.weights)
        return cls(profile, rules, LookalikeEngine.from_profile(profile), intel, at or date.today())

    def finding(self, rule_id: str, subject: str, **evidence: EvidenceValue) -> Finding | None:
        """The rule's finding, or None when the profile disabled it."""
        rule = self.rules[rule_id]
        return rule.finding(subject, **evidence) if rule.enabled else None

    def emit(self, out: list[Finding], rule_id: str, subject: str, **evidence: EvidenceValue) -> None:
        found = self.finding(rule_id, subject, **evidence)
        if found is not None:
            out.append(found)
