"""The learned lure reader: what it reads, what it masks, how it reports, and how the policy
uses its "unlike a lure" opinion."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLE_PROFILE, ROOT, shared_path

from keiho.mail.lure_model import (
    MASK,
    LureModel,
    NameMasks,
    bundled_model,
    document,
    features,
    profile_masks,
)
from keiho.mail.message import Address, Message
from keiho.mail.parse import parse_email
from keiho.mail.policy import PolicyError, parse_policy
from keiho.mail.scanner import MailScanner
from keiho.profile import load_profile, parse_profile

# A treasury lure in a story none of the training sets tells (a "chain analytics vendor" asking
# for a signed recovery drill); written for this test.
NOVEL_LURE = """From: "Chainwise Analytics" <onboarding@chainwise-analytics.io>
To: treasury@kitsune-ex.com
Subject: Action required today: wallet recovery drill for your risk score

Dear treasury team,

Your exchange's risk score will be downgraded at 18:00 JST unless the wallet recovery drill is
completed. Please import your hot wallet's recovery phrase into the attached drill tool and sign
the verification transaction it prepares. This is mandatory for all listed exchanges this quarter.
Reply only to this address; the drill is confidential.

Chainwise Analytics, Compliance Operations
"""

BENIGN = """From: "Mika Tanaka" <m.tanaka@kitsune-ex.co.jp>
To: ops@kitsune-ex.co.jp
Subject: Meeting room change for the quarterly review

Hi all,

The quarterly review on Thursday moves from room 5A to room 7C because of the facilities work on
the fifth floor. The agenda and the time stay the same. Coffee will be served from 9:45.

Thanks,
Mika
"""


@pytest.fixture(scope="module")
def scanner() -> MailScanner:
    return MailScanner.from_profile(load_profile(EXAMPLE_PROFILE), at=date(2026, 11, 20))


def test_features_are_words_pairs_and_cjk_character_pairs() -> None:
    found = features("Please SIGN the transaction 今すぐ署名")
    assert {"please", "sign", "sign the", "the transaction"} <= found
    # Japanese has no spaces: overlapping character pairs, and pairs of those.
    assert {"今す", "すぐ", "署名", "今す すぐ"} <= found


def test_names_are_masked_as_whole_words_only() -> None:
    masks = NameMasks(["Sato", "佐藤", "kitsune-ex.co.jp"])
    found = features("Sato-san and 佐藤社長 asked about satoshi units at kitsune-ex.co.jp", masks)
    assert MASK in found and f"{MASK} san" in found and f"{MASK} 社長" in found
    assert "satoshi" in found  # a name inside a longer word is not masked
    assert "sato" not in found and "佐藤" not in found and "kitsune" not in found


def test_the_model_judges_the_request_not_whom_it_names() -> None:
    """The same lure naming each organisation's own CEO scores the same under each profile."""
    other = parse_profile("""
[organization]
name = "Hoshi Trust Co."
domains = ["hoshi-trust.example"]
[[executives]]
name = "Daniel Moreau"
aliases = ["D. Moreau"]
""")
    model = bundled_model()
    ours = NOVEL_LURE.replace("Chainwise Analytics, Compliance", "Haruto Sato, CEO of Kitsune Exchange K.K.; Compliance")
    theirs = NOVEL_LURE.replace("Chainwise Analytics, Compliance", "Daniel Moreau, CEO of Hoshi Trust Co.; Compliance")
    theirs = theirs.replace("kitsune-ex.com", "hoshi-trust.example")
    ours_p = model.probability(features(ours, profile_masks(load_profile(EXAMPLE_PROFILE))))
    theirs_p = model.probability(features(theirs, profile_masks(other)))
    assert ours_p == pytest.approx(theirs_p)


def test_name_parts_that_are_ordinary_words_stay_words() -> None:
    profile = parse_profile("""
[organization]
name = "The Crypto Desk Ltd"
domains = ["cryptodesk.example"]
[[executives]]
name = "Will Page"
""")
    model = bundled_model()
    masks = profile_masks(profile, model.weights)
    found = features("Will Page here: the desk will send the report. Regards, The Crypto Desk Ltd", masks)
    assert {"will", "the", "will send"} <= found  # "the" and "will" are words the model reads
    assert {f"{MASK} here", f"regards {MASK}"} <= found  # the full names are still masked
    # The example organisation's first word and its executives' names are masked in full.
    example = profile_masks(load_profile(EXAMPLE_PROFILE), model.weights)
    assert {"kitsune", "sato", "haruto", "carter"} <= set(example.names)


def test_a_new_lure_story_is_reported_with_its_reasons(scanner: MailScanner) -> None:
    result = scanner.scan_message(parse_email(NOVEL_LURE.encode(), "novel.eml"))
    found = {f.rule: f for f in result.findings}
    assert "mail.model-lure" in found, sorted(found)
    evidence = found["mail.model-lure"].evidence
    assert float(evidence["probability"]) >= float(evidence["threshold"])
    terms = str(evidence["terms"]).split(", ")
    assert terms and all(t in features(document(parse_email(NOVEL_LURE.encode(), "x")), scanner.ctx.memo["lure_model_masks"])
                         for t in terms)
    assert not set(terms) & bundled_model().common
    assert result.verdict.value != "clean"


def test_ordinary_mail_gets_no_model_finding(scanner: MailScanner) -> None:
    result = scanner.scan_message(parse_email(BENIGN.encode(), "benign.eml"))
    assert result.verdict.value == "clean"
    # "Unlike a lure" is kept only where it discounted a phrase rule: none fired here.
    assert not result.findings


def test_unlike_discount_halves_phrase_rules_and_is_reported(scanner: MailScanner) -> None:
    # The rule's own example: a security team's drill report quoting the drill's lure wording.
    drill = str(scanner.ctx.rules["mail.model-unlike"].examples["positive"][0])
    result = scanner.scan_message(parse_email(drill.encode(), "drill.eml"))
    scores = {f.rule: f.score for f in result.findings}
    assert "mail.model-unlike" in scores
    phrase_rules = [rule for rule in scores if rule.startswith("mail.lure-")]
    assert phrase_rules, "the drill should quote enough lure wording for a phrase rule"
    undiscounted = scanner.ctx.rules[phrase_rules[0]].score
    assert scores[phrase_rules[0]] < undiscounted


def test_chat_lure_split_over_messages_is_read_together(scanner: MailScanner) -> None:
    parts = [
        "Hello, I handle onboarding for Chainwise Analytics, we rate exchanges for institutional desks.",
        "Your risk score drops tonight unless your treasury finishes our recovery drill.",
        "Import the hot wallet recovery phrase into the drill tool and sign the verification transaction, urgently please.",
        "Please send me the seed phrase of the hot wallet here within the hour, it is urgent and confidential.",
    ]
    sender = Address("Chainwise Onboarding", "@chainwise_onboard")
    messages = [Message(f"telegram:x#{i}", kind="chat", platform="telegram", sender=sender, text=t) for i, t in enumerate(parts)]
    from keiho.mail.chat.conversation import ConversationMemory

    memory = ConversationMemory()
    results = [scanner.scan_message(m, memory.add(m)) for m in messages]
    last = {f.rule: f for f in results[-1].findings}
    assert "mail.model-lure" in last

    # A harmless follow-up alone reads "unlike a lure". Read with the conversation, the phrase
    # rule and the model both see the lure, and the model's opinion of the one message must not
    # halve the phrase rule.
    follow_up = Message("telegram:x#4", kind="chat", platform="telegram", sender=sender,
                        text="Sure, no problem. I am travelling this week, back on Monday.")
    assert bundled_model().probability(features(follow_up.text)) < bundled_model().unlike_below
    together = {f.rule: f for f in scanner.scan_message(follow_up, memory.add(follow_up)).findings}
    assert "mail.model-lure" in together and "mail.model-unlike" not in together
    wallet = together["mail.lure-wallet-request"]
    assert wallet.evidence["messages"] >= 2 and wallet.score == scanner.ctx.rules["mail.lure-wallet-request"].score


def test_bundled_model_is_well_formed() -> None:
    model = bundled_model()
    assert 0 < model.unlike_below < model.threshold < 1
    assert "sets A,B,C,D,E,F,G,H,I" in model.trained_on
    assert len(model.weights) > 1000
    # The example organisation's own names were masked out of the training text.
    assert not any(name in model.weights for name in ("sato", "haruto", "kitsune", "carter", "佐藤", "kitsune exchange"))


def test_strongest_lists_present_features_that_push_up() -> None:
    model = LureModel({"seed": 2.0, "phrase": 1.0, "lunch": -3.0, "absent": 5.0}, 0.0, 0.5, 0.1, "test")
    assert model.strongest({"seed", "phrase", "lunch"}) == ["seed", "phrase"]
    assert model.probability({"lunch"}) < 0.1 < 0.5 < model.probability({"seed", "phrase"})


def test_common_words_count_in_the_score_but_are_not_shown() -> None:
    model = LureModel({"the": 3.0, "seed": 2.0}, 0.0, 0.5, 0.1, "test", frozenset({"the"}))
    assert model.strongest({"the", "seed"}) == ["seed"]
    assert model.probability({"the", "seed"}) > model.probability({"seed"})
    shipped = bundled_model()
    assert {"the", "https", "and"} <= shipped.common


def test_policy_quiet_must_be_a_boolean() -> None:
    text = """
[discounts.x]
when = "mail.model-unlike"
rules = ["mail.lure-wallet-request"]
factor = 0.5
quiet = "yes"
"""
    with pytest.raises(PolicyError, match="quiet"):
        parse_policy(text, "p.toml")


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="scikit-learn (the `train` extra) not installed")
def test_the_shipped_model_is_reproduced_by_its_training_script(tmp_path: Path) -> None:
    """The weights are data made by a script from committed sets and a public corpus: the script,
    run again, writes the same file."""
    shared_path("data", "email", "ham")
    out = tmp_path / "model.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "train_lure_model.py"), "--out", str(out)], check=True,
                   capture_output=True, timeout=900)
    shipped = json.loads((ROOT / "src" / "keiho" / "mail" / "data" / "lure_model.json").read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8")) == shipped


def test_a_huge_message_is_read_only_up_to_fixed_bounds(scanner: MailScanner) -> None:
    from keiho.mail.message import Attachment, Link

    huge = "please sign the attached transaction today " * 120_000  # 5 MB
    long = huge[:100_000]
    message = Message("huge", subject=huge, sender=Address(long, "x@example.org"), text=huge,
                      links=tuple(Link(url=f"https://example.org/{i}", text=long) for i in range(200)),
                      attachments=tuple(Attachment(filename=long + f"{i}.pdf") for i in range(100)))
    read = document(message)
    assert len(read) < 250_000  # every part is capped: the text, names, link texts and file names
    assert read.startswith(huge[:1_000])
    result = scanner.scan_message(message)
    assert result.error is None and not any(f.rule == "mail.incomplete-scan" for f in result.findings)
