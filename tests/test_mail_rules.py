"""Every mail rule is well formed and fires on its own examples, through the whole scanner
(real parser, example profile, bundled intel), and stays silent on its negatives."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from conftest import EXAMPLE_PROFILE

from keiho.intel import snapshot
from keiho.intel.lookup import IntelIndex
from keiho.intel.model import Indicator, IndicatorType, Role
from keiho.mail.message import Address, Message
from keiho.mail.parse import parse_email
from keiho.mail.scanner import MailScanner
from keiho.profile import load_profile
from keiho.rules import Rule, load_pillar

ATTACK_ID = re.compile(r"^T\d{4}(\.\d{3})?$")
MAIL_RULES = list(load_pillar("mail"))
# Rules the scanner raises about itself, not about message content.
SELF_REPORTED = {"mail.incomplete-scan"}


@pytest.fixture(scope="module")
def scanner() -> MailScanner:
    return MailScanner.from_profile(load_profile(EXAMPLE_PROFILE), intel=IntelIndex(snapshot.bundled()), at=date(2026, 1, 1))


def _scanner_for(rule: Rule, scanner: MailScanner) -> MailScanner:
    """A rule whose examples need facts no public feed lists (a hash of a file made for the
    example) names them under `examples.intel`; they join the bundled snapshot for that rule."""
    extra = rule.examples.get("intel", [])
    if not extra:
        return scanner
    indicators = [
        Indicator(type=IndicatorType(i["type"]), value=i["value"], source=i["source"], role=Role(i.get("role", "hostile")),
                  actor=i.get("actor", ""))
        for i in extra
    ]
    assert scanner.ctx.intel is not None
    index = IntelIndex([*scanner.ctx.intel, *indicators])
    return MailScanner.from_profile(scanner.ctx.profile, intel=index, at=scanner.ctx.at)


def _message(example: Any, index: int) -> Message:
    if isinstance(example, dict):
        return Message(
            f"example#{index}",
            kind="chat",
            platform=example["platform"],
            sender=Address(example["display_name"], example["handle"]),
            text=example["text"],
        )
    return parse_email(example.encode("utf-8"), f"example#{index}")


@pytest.mark.parametrize("rule", MAIL_RULES, ids=lambda r: r.id)
def test_rule_metadata(rule: Rule) -> None:
    assert rule.id.startswith("mail.") and rule.title and rule.description
    assert rule.attack and all(ATTACK_ID.match(t) for t in rule.attack)
    assert rule.references and all(r.startswith("https://") for r in rule.references)
    if rule.id not in SELF_REPORTED:
        assert rule.examples.get("positive"), "every rule needs positive examples"
        assert rule.examples.get("negative"), "every rule needs negative examples"


@pytest.mark.parametrize("rule", [r for r in MAIL_RULES if r.id not in SELF_REPORTED], ids=lambda r: r.id)
def test_rule_fires_on_its_positive_examples(rule: Rule, scanner: MailScanner) -> None:
    scanner = _scanner_for(rule, scanner)
    for i, example in enumerate(rule.examples["positive"]):
        result = scanner.scan_message(_message(example, i))
        fired = {f.rule for f in result.findings}
        assert rule.id in fired, f"{rule.id} did not fire on positive example {i} (fired: {sorted(fired)})"
        assert result.verdict.value != "clean" or rule.score < 30


@pytest.mark.parametrize("rule", [r for r in MAIL_RULES if r.id not in SELF_REPORTED], ids=lambda r: r.id)
def test_rule_is_silent_on_its_negative_examples(rule: Rule, scanner: MailScanner) -> None:
    scanner = _scanner_for(rule, scanner)
    for i, example in enumerate(rule.examples["negative"]):
        fired = {f.rule for f in scanner.scan_message(_message(example, i)).findings}
        assert rule.id not in fired, f"{rule.id} fired on negative example {i}"
