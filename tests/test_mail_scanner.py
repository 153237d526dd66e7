"""The scanner end to end: every staged message, parallel runs, failures that lose nothing, and the CLI."""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import EXAMPLE_PROFILE, shared_path

from keiho.cli.main import main
from keiho.findings import Finding, Verdict
from keiho.mail.context import ScanContext
from keiho.mail.message import Message
from keiho.mail.scanner import ANALYZERS, MailScanner
from keiho.profile import load_profile


@pytest.fixture(scope="module")
def scanner() -> MailScanner:
    return MailScanner.from_profile(load_profile(EXAMPLE_PROFILE))


def _lure_eml(path: Path) -> Path:
    msg = EmailMessage()
    msg["From"] = '"佐藤 陽翔" <sato.ceo.kitsune@gmail.com>'
    msg["To"] = "finance@kitsune-ex.co.jp"
    msg["Subject"] = "至急"
    msg.set_content("至急、以下のサイトで承認してください: https://app-safe-global.vercel.app/tx\n")
    path.write_bytes(msg.as_bytes())
    return path


def test_every_staged_message_scans_without_error(scanner: MailScanner) -> None:
    folder = shared_path("data", "email")
    results = list(scanner.scan_paths([str(folder)]))
    assert len(results) == 2998  # SOURCES.md: 1,500 phish + 1,498 ham
    assert not [r.subject for r in results if r.verdict is Verdict.ERROR]
    assert not [r.subject for r in results if any(f.rule == "mail.incomplete-scan" for f in r.findings)]
    assert all(f.evidence for r in results if r.verdict is not Verdict.CLEAN for f in r.findings if f.score)


def test_parallel_scan_gives_the_same_results_in_the_same_order(scanner: MailScanner, tmp_path: Path) -> None:
    folder = shared_path("data", "email", "phish")
    files = [str(p) for p in sorted(folder.glob("*.eml"))[:120]]
    assert list(scanner.scan_paths(files, jobs=2)) == list(scanner.scan_paths(files, jobs=1))


def test_a_failing_analyser_costs_only_its_own_findings() -> None:
    def broken(message: Message, ctx: ScanContext) -> list[Finding]:
        raise ValueError("boom")

    base = MailScanner.from_profile(load_profile(EXAMPLE_PROFILE))
    scanner = MailScanner(base.ctx, base.policy, [*ANALYZERS, ("broken", broken)])
    raw = b'From: "Haruto Sato" <haruto@gmail.com>\nSubject: x\n\nhi\n'
    from keiho.mail.sources import RawMessage

    result = scanner.scan_raw(RawMessage("m.eml", raw))
    rules = {f.rule: f for f in result.findings}
    assert "mail.exec-name-external" in rules and result.verdict is Verdict.MALICIOUS
    assert rules["mail.incomplete-scan"].evidence["error"] == "ValueError: boom"


def test_zip_bomb_in_a_message_is_a_finding(scanner: MailScanner) -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.bin", b"\0" * (300 * 2**20))
    msg = EmailMessage()
    msg["From"] = "a@partner.example"
    msg["Subject"] = "files"
    msg.set_content("see attached")
    msg.add_attachment(bomb.getvalue(), maintype="application", subtype="zip", filename="files.zip")
    from keiho.mail.sources import RawMessage

    result = scanner.scan_raw(RawMessage("bomb.eml", msg.as_bytes()))
    assert "mail.attach-archive-bomb" in {f.rule for f in result.findings}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_scan_explains_a_malicious_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lure = _lure_eml(tmp_path / "lure.eml")
    code, out, _ = _run(capsys, "mail", "scan", str(lure), "--profile", str(EXAMPLE_PROFILE), "--no-store", "--no-intel",
                        "--format", "jsonl")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert code == 5 and record["verdict"] == "malicious" and record["kind"] == "email"
    rules = {f["rule"]: f for f in record["findings"]}
    assert rules["mail.exec-name-external"]["evidence"]["executive"] == "Haruto Sato"
    assert "mail.link-lookalike" in rules


def test_cli_reports_unreadable_input_in_place_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    _lure_eml(folder / "a.eml")
    (folder / "b.eml").write_bytes(b"")
    (folder / "c.eml").write_bytes(b"\x00\x01binary\x00" * 10)
    code, out, err = _run(capsys, "mail", "scan", str(folder), "--profile", str(EXAMPLE_PROFILE), "--no-store", "--no-intel",
                          "--format", "jsonl")
    verdicts = Counter(json.loads(line)["verdict"] for line in out.splitlines())
    assert verdicts == {"malicious": 1, "error": 2}
    assert code == 5


def test_cli_missing_input_and_bad_policy_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "mail", "scan", str(tmp_path / "nope.eml"), "--profile", str(EXAMPLE_PROFILE), "--no-store")
    assert code == 2 and "nope.eml" in err and "Traceback" not in err
    bad = tmp_path / "policy.toml"
    bad.write_text('[weights]\n"mail.nope" = 3\n')
    code, _, err = _run(capsys, "mail", "scan", str(_lure_eml(tmp_path / "l.eml")), "--profile", str(EXAMPLE_PROFILE),
                        "--policy", str(bad), "--no-store")
    assert code == 2 and "unknown rule id 'mail.nope'" in err


def test_cli_policy_prints_a_policy_that_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "mail", "policy")
    path = tmp_path / "p.toml"
    path.write_text(out)
    code2, _, _ = _run(capsys, "mail", "scan", str(_lure_eml(tmp_path / "l.eml")), "--profile", str(EXAMPLE_PROFILE),
                       "--policy", str(path), "--no-store", "--no-intel")
    assert code == 0 and code2 == 5


def test_cli_chat_scan_reads_an_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = Path(__file__).parent / "data" / "chat" / "telegram_chat" / "result.json"
    code, out, _ = _run(capsys, "chat", "scan", str(export), "--profile", str(EXAMPLE_PROFILE), "--no-store", "--no-intel",
                        "--format", "jsonl", )
    records = {r["subject"].rsplit("#", 1)[1]: r for r in map(json.loads, out.splitlines())}
    assert all(r["kind"] == "chat" for r in records.values())
    # The fixture's "Emily Carter" is a Telegram account the profile does not list; message 106 sends a .dmg.
    assert {f["rule"] for f in records["id=104"]["findings"]} == {"mail.exec-name-chat"}
    assert records["id=106"]["verdict"] == "malicious" and code == 5


def _telegram_export(path: Path, messages: list[tuple[int, str, str, str]]) -> Path:
    """A single-chat Telegram Desktop export: (id, sender id, sender name, text) per message."""
    export = {
        "name": "Hiring chat", "type": "personal_chat", "id": 42,
        "messages": [
            {"id": i, "type": "message", "date": f"2026-11-02T10:{i:02d}:00", "from": name, "from_id": sender, "text": text}
            for i, sender, name, text in messages
        ],
    }
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_lure_split_over_a_senders_chat_messages_is_read_whole(scanner: MailScanner, tmp_path: Path) -> None:
    split = [
        (1, "user777", "Alex Morgan", "Hi Kenta, we are hiring a senior blockchain engineer, remote, great salary."),
        (2, "user100", "Kenta Suzuki", "Sounds interesting, what is the process?"),
        (3, "user777", "Alex Morgan", "First a short technical assessment: https://github.com/defi-hire/wallet-task"),
        (4, "user777", "Alex Morgan", "Just clone it, run npm install and npm start, and tell me what you see."),
    ]
    results = list(scanner.scan_chat(_telegram_export(tmp_path / "result.json", split)))
    alone = {r.subject[-4:]: {f.rule for f in scanner.scan_message(m).findings}
             for r, m in zip(results, _read_chat(tmp_path / "result.json"), strict=True)}
    assert "mail.lure-coding-test" not in alone["id=4"]  # no message says enough by itself
    last = {f.rule: f for f in results[-1].findings}
    assert last["mail.lure-coding-test"].evidence["messages"] == 3
    assert results[-1].verdict is not Verdict.CLEAN
    # the candidate's own message is not read together with the recruiter's
    assert "mail.lure-coding-test" not in {f.rule for f in results[1].findings}


def _read_chat(path: Path) -> list[Message]:
    from keiho.mail.chat import iter_chat_messages

    return list(iter_chat_messages(path))
