"""The attachment rules' `[params]`, read and checked once per scan.

Detection knowledge (extension lists, program names, smuggling patterns, password labels)
lives in the rule files; this module only turns it into typed values and says which rule file
is wrong when a value is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from keiho.errors import RuleError
from keiho.mail.attachments.limits import Limits
from keiho.mail.attachments.scripts import DISK_IMAGE, EXECUTABLE, MACOS, SCRIPT
from keiho.rules import RuleSet

LNK = "mail.attach-lnk"
EXECUTABLE_RULE = "mail.attach-executable"
SCRIPT_RULE = "mail.attach-script"
DISK_IMAGE_RULE = "mail.attach-disk-image"
MACOS_RULE = "mail.attach-macos-installer"
MACRO = "mail.attach-office-macro"
REMOTE_TEMPLATE = "mail.attach-office-remote-template"
SMUGGLING = "mail.attach-html-smuggling"
DOUBLE_EXTENSION = "mail.attach-double-extension"
BIDI_NAME = "mail.attach-bidi-name"
TYPE_MISMATCH = "mail.attach-type-mismatch"
ENCRYPTED = "mail.attach-encrypted-archive"
PASSWORD = "mail.attach-password-in-body"
NESTED = "mail.attach-nested-archive"
BOMB = "mail.attach-archive-bomb"
UNREADABLE = "mail.attach-unreadable"
INTEL_HASH = "mail.attach-intel-hash"

RUNNABLE_RULES = {EXECUTABLE: EXECUTABLE_RULE, SCRIPT: SCRIPT_RULE, DISK_IMAGE: DISK_IMAGE_RULE, MACOS: MACOS_RULE}


@dataclass(frozen=True, slots=True)
class Settings:
    limits: Limits
    launchers: tuple[str, ...]
    argument_padding: int
    runnable_extensions: Mapping[str, frozenset[str]]  # scripts.EXECUTABLE... -> extensions
    office_part_bytes: int
    relationship_types: frozenset[str]
    smuggling_builders: Mapping[str, str]
    smuggling_triggers: Mapping[str, str]
    smuggling_payload_chars: int
    markup_extensions: frozenset[str]
    decoy_extensions: frozenset[str]
    dangerous_extensions: frozenset[str]
    hidden_codepoints: frozenset[int]
    name_padding: int
    harmless_extensions: frozenset[str]
    harmless_types: tuple[str, ...]
    revealing_families: frozenset[str]
    password_labels: tuple[str, ...]

    @classmethod
    def from_rules(cls, rules: RuleSet) -> Settings:
        def params(rule_id: str) -> _Params:
            return _Params(rule_id, rules[rule_id].params)

        lnk, smuggling, names, mismatch = params(LNK), params(SMUGGLING), params(BIDI_NAME), params(TYPE_MISMATCH)
        double = params(DOUBLE_EXTENSION)
        return cls(
            limits=Limits.from_rules(rules),
            launchers=lnk.strings("launchers"),
            argument_padding=lnk.positive("argument_padding"),
            runnable_extensions={
                category: frozenset(params(rule_id).extensions("extensions")) for category, rule_id in RUNNABLE_RULES.items()
            },
            office_part_bytes=params(MACRO).positive("max_part_bytes"),
            relationship_types=frozenset(params(REMOTE_TEMPLATE).strings("relationship_types")),
            smuggling_builders=smuggling.table("builders"),
            smuggling_triggers=smuggling.table("triggers"),
            smuggling_payload_chars=smuggling.positive("min_payload_chars"),
            markup_extensions=frozenset(smuggling.extensions("extensions")),
            decoy_extensions=frozenset(double.extensions("decoy_extensions")),
            dangerous_extensions=frozenset(double.extensions("dangerous_extensions")),
            hidden_codepoints=frozenset(int(code, 16) for code in names.strings("codepoints")),
            name_padding=names.positive("min_padding"),
            harmless_extensions=frozenset(mismatch.extensions("harmless_extensions")),
            harmless_types=mismatch.strings("harmless_types"),
            revealing_families=frozenset(mismatch.strings("revealing_families")),
            password_labels=params(PASSWORD).strings("labels"),
        )


@lru_cache(maxsize=4)
def settings_for(rules: RuleSet) -> Settings:
    """The settings of a rule set, read once (a scan run keeps one rule set)."""
    return Settings.from_rules(rules)


@dataclass(frozen=True, slots=True)
class _Params:
    rule_id: str
    values: Mapping[str, Any]

    def _get(self, key: str) -> Any:
        if key not in self.values:
            raise RuleError(f"{self.rule_id}: [params] {key} is missing")
        return self.values[key]

    def strings(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RuleError(f"{self.rule_id}: [params] {key} must be a list of strings")
        return tuple(value)

    def extensions(self, key: str) -> tuple[str, ...]:
        return tuple(ext.lower().lstrip(".") for ext in self.strings(key))

    def positive(self, key: str) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise RuleError(f"{self.rule_id}: [params] {key} must be a positive integer")
        return value

    def table(self, key: str) -> Mapping[str, str]:
        value = self._get(key)
        if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
            raise RuleError(f"{self.rule_id}: [params] {key} must be a table of name = regular expression")
        for name, pattern in value.items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RuleError(f"{self.rule_id}: [params] {key}.{name}: bad regular expression: {exc}") from None
        return dict(value)
