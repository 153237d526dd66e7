"""Every rule file is well formed and fires on its own examples (and not on its negatives)."""

from __future__ import annotations

import re

import pytest

from keiho.domains import LookalikeEngine
from keiho.domains.knownbad import KnownBadHosts
from keiho.errors import RuleError
from keiho.rules import Rule, all_rule_ids, load_pillar, parse_rule, pillars

ATTACK_ID = re.compile(r"^T\d{4}(\.\d{3})?$")
DOMAIN_RULES = list(load_pillar("domains"))


def test_pillars_and_ids_are_unique_and_namespaced() -> None:
    assert "domains" in pillars()
    ids = [rule.id for name in pillars() for rule in load_pillar(name)]
    assert len(ids) == len(set(ids)) == len(all_rule_ids())
    assert all(re.fullmatch(r"[a-z]+\.[a-z0-9-]+", i) for i in ids)


@pytest.mark.parametrize("rule", DOMAIN_RULES, ids=lambda r: r.id)
def test_rule_metadata(rule: Rule) -> None:
    assert rule.title and rule.description
    assert rule.attack and all(ATTACK_ID.match(t) for t in rule.attack)
    assert rule.references and all(r.startswith("https://") for r in rule.references)
    assert rule.examples.get("positive"), "every rule needs positive examples"
    assert rule.examples.get("negative"), "every rule needs negative examples"


def _engine_for(rule: Rule) -> LookalikeEngine:
    known_bad = KnownBadHosts()
    known_bad.add(rule.examples.get("known_bad", []), "examples")
    return LookalikeEngine(rule.examples["protected"], known_bad=known_bad)


@pytest.mark.parametrize("rule", DOMAIN_RULES, ids=lambda r: r.id)
def test_rule_fires_on_its_positive_examples(rule: Rule) -> None:
    engine = _engine_for(rule)
    for example in rule.examples["positive"]:
        fired = {f.rule for f in engine.check_line(example).findings}
        assert rule.id in fired, f"{rule.id} did not fire on {example!r} (fired: {sorted(fired)})"


@pytest.mark.parametrize("rule", DOMAIN_RULES, ids=lambda r: r.id)
def test_rule_is_silent_on_its_negative_examples(rule: Rule) -> None:
    engine = _engine_for(rule)
    for example in rule.examples["negative"]:
        fired = {f.rule for f in engine.check_line(example).findings}
        assert rule.id not in fired, f"{rule.id} fired on negative example {example!r}"


def test_profile_overrides_disable_and_reweight() -> None:
    rules = load_pillar("domains").with_overrides(("domain.tld-swap",), {"domain.typosquat": 40})
    engine = LookalikeEngine(["metamask.io"], rules=rules)
    assert engine.check_line("metamask.co").findings == ()
    typo = engine.check_line("metmask.io")
    assert typo.score == 40 and typo.verdict.value == "suspicious"


def test_unknown_rule_id_in_overrides_is_an_error() -> None:
    with pytest.raises(RuleError, match="unknown rule id 'domain.typosqat'"):
        load_pillar("domains").with_overrides(("domain.typosqat",))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id = 'x.y'", "missing"),
        ("id='x.y'\ntitle='t'\nseverity='dire'\nscore=1\ndescription='d'", "severity"),
        ("id='x.y'\ntitle='t'\nseverity='low'\nscore=101\ndescription='d'", "score"),
        ("id = ", "not valid TOML"),
    ],
)
def test_malformed_rule_files_are_reported(text: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rule(text, "rules/x.toml")
