from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from keiho.cli.main import main


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "keiho.db"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_jsonl_is_one_object_per_subject_with_the_documented_shape(
    capsys: pytest.CaptureFixture[str], example_profile_path: Path, store: Path
) -> None:
    code, out, _ = run(
        capsys, "domains", "check", "-p", str(example_profile_path), "--store", str(store), "--format", "jsonl",
        "kitsune-ex.net", "www.kitsune-ex.com", "bad host",
    )  # fmt: skip
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["subject"] for r in rows] == ["kitsune-ex.net", "www.kitsune-ex.com", "bad host"]
    assert set(rows[0]) == {"subject", "kind", "verdict", "score", "findings"}
    assert set(rows[0]["findings"][0]) == {"rule", "severity", "title", "score", "evidence", "attack"}
    assert rows[0]["verdict"] == "malicious" and rows[1]["verdict"] == "clean"
    assert rows[2]["verdict"] == "error" and "white space" in rows[2]["error"]
    assert code == 5


@pytest.mark.parametrize(
    ("hosts", "code"),
    [(["www.kitsune-ex.com"], 0), (["bad host"], 3), (["https://app.safe.global@evil.example/"], 4), (["kitsune-ex.net", "bad host"], 5)],
)
def test_exit_code_is_the_worst_outcome(
    capsys: pytest.CaptureFixture[str], example_profile_path: Path, hosts: list[str], code: int
) -> None:
    assert run(capsys, "domains", "check", "-p", str(example_profile_path), "--no-store", *hosts)[0] == code


def test_sarif_output(capsys: pytest.CaptureFixture[str], example_profile_path: Path) -> None:
    code, out, _ = run(
        capsys, "domains", "check", "-p", str(example_profile_path), "--no-store", "-f", "sarif", "kitsune-ex.net", "bad host"
    )
    doc = json.loads(out)
    assert doc["version"] == "2.1.0"
    run_ = doc["runs"][0]
    assert run_["tool"]["driver"]["rules"][0]["id"] == "domain.tld-swap"
    result = run_["results"][0]
    assert result["ruleId"] == "domain.tld-swap" and result["level"] == "error"
    assert result["locations"][0]["logicalLocations"][0]["name"] == "kitsune-ex.net"
    assert result["partialFingerprints"]["keihoFindingId"]
    assert "bad host" in run_["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
    assert code == 5


def test_text_output_explains_each_verdict(capsys: pytest.CaptureFixture[str], example_profile_path: Path) -> None:
    code, out, _ = run(capsys, "domains", "check", "-p", str(example_profile_path), "--no-store", "kitsune-ex.net", "github.com")
    assert "domain.tld-swap" in out and "kitsune-ex.co.jp" in out
    assert "checked 2: 1 clean, 1 malicious" in out
    assert code == 5


def test_from_file_survives_every_kind_of_bad_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], example_profile_path: Path
) -> None:
    hosts = tmp_path / "hosts.txt"
    hosts.write_bytes(
        b"# comment\nkitsune-ex.net\n\n\xff\xfe\x00garbage\n" + b"a" * 100_000 + b"\n192.0.2.1\nuser@x.example\n"
        b"x.example:8080\nxn--zz.com\n" + b"b" * 300 + b".com\nconsole-fireblocks.net"
    )
    code, out, _ = run(capsys, "domains", "check", "-p", str(example_profile_path), "--no-store", "-f", "jsonl", "-i", str(hosts))
    rows = [json.loads(line) for line in out.splitlines()]
    verdicts = [r["verdict"] for r in rows]
    assert verdicts[0] == "malicious" and verdicts[-1] == "malicious"
    errors = [r["error"] for r in rows if r["verdict"] == "error"]
    assert len(errors) == 8
    for fragment in ("empty", "not UTF-8", "longer than 8192 bytes", "IP address", "user info", "port", "internationalised", "longer than 253"):
        assert any(fragment in e for e in errors), fragment
    assert code == 5


def test_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], example_profile_path: Path) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"kitsuneex.com\ngithub.com\n")))
    code, out, _ = run(capsys, "domains", "check", "-p", str(example_profile_path), "--no-store", "-f", "jsonl", "-i", "-")
    assert [json.loads(line)["verdict"] for line in out.splitlines()] == ["malicious", "clean"]
    assert code == 5


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], example_profile_path: Path, tmp_path: Path) -> None:
    assert run(capsys, "domains", "check", "-p", str(example_profile_path), "--no-store")[0] == 2
    assert run(capsys, "domains", "check", "-p", str(example_profile_path), "--no-store", "-f", "xml", "a.com")[0] == 2
    code, _, err = run(capsys, "domains", "check", "-p", str(tmp_path / "none.toml"), "a.com")
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, "domains", "check", "-p", str(example_profile_path), "--no-store", "-i", str(tmp_path / "none.txt"))
    assert code == 2 and "none.txt" in err


def test_rescan_does_not_duplicate_and_findings_commands_show_it(
    capsys: pytest.CaptureFixture[str], example_profile_path: Path, store: Path
) -> None:
    for _ in range(2):
        run(capsys, "domains", "check", "-p", str(example_profile_path), "--store", str(store), "kitsune-ex.net", "github.com")
    code, out, _ = run(capsys, "findings", "list", "--store", str(store), "-f", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["subject"] for r in rows] == ["kitsune-ex.net"]
    assert rows[0]["times_seen"] == 2
    code, out, _ = run(capsys, "findings", "show", rows[0]["id"][:10], "--store", str(store))
    shown = json.loads(out)
    assert shown["findings"][0]["rule"] == "domain.tld-swap"
    assert shown["findings"][0]["evidence"]["brand"] == "kitsune-ex.co.jp"
    assert run(capsys, "findings", "show", "zz", "--store", str(store))[0] == 2


def test_permutations_are_all_caught_by_the_checker(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "domains", "permutations", "kitsune-ex.com", "-f", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    kinds = {r["kind"] for r in rows}
    assert code == 0 and kinds >= {"typo", "bitsquat", "homoglyph", "hyphenation", "tld-swap", "combosquat", "subdomain"}
    assert "kitsune-ex.com" not in {r["domain"] for r in rows}
    listing = tmp_path / "candidates.txt"
    listing.write_text("\n".join(r["domain"] for r in rows), encoding="utf-8")
    profile = tmp_path / "p.toml"
    profile.write_text('[organization]\nname="K"\n[web]\nprotected=["kitsune-ex.com"]\n', encoding="utf-8")
    _, out, _ = run(capsys, "domains", "check", "-p", str(profile), "--no-store", "-f", "jsonl", "-i", str(listing))
    verdicts = [json.loads(line)["verdict"] for line in out.splitlines()]
    assert verdicts and all(v in ("malicious", "suspicious") for v in verdicts)


def test_rules_list_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "list")
    assert code == 0 and "domain.typosquat" in out
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("keiho ")


def test_jsonl_clean_fast_path_is_the_same_json(capsys: pytest.CaptureFixture[str], example_profile_path: Path) -> None:
    from keiho.findings import SubjectResult
    from keiho.render.jsonl import write_jsonl

    buffer = io.StringIO()
    result = SubjectResult.from_findings('we"ird.example', "host", [])
    write_jsonl([result], buffer)
    assert json.loads(buffer.getvalue()) == result.to_dict()


def test_resolve_keeps_only_candidates_that_resolve() -> None:
    from keiho.domains.permutations import permutations, resolve_all

    class FakeResolver:
        def resolve(self, host: str) -> list[str]:
            return ["192.0.2.7"] if host == "kitsune-ex.net" else []

    candidates = permutations("kitsune-ex.com")
    resolved = [(c.domain, addrs) for c, addrs in resolve_all(candidates, FakeResolver(), workers=4) if addrs]
    assert resolved == [("kitsune-ex.net", ["192.0.2.7"])]
