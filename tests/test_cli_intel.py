"""`keiho intel ...` end to end through `main(argv)`: exit codes, clear errors, export that imports back."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from keiho.cli.exitcodes import INPUT_ERRORS, MALICIOUS, OK, SUSPICIOUS, USAGE
from keiho.cli.main import main
from keiho.intel.store import IntelStore

LIST = "# test feed\nevil-wallet[.]top\nhxxps://drainer.example/claim\n0x" + "ab" * 20 + "\n"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "keiho.db"


def test_import_lookup_and_exit_codes(tmp_path: Path, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text(LIST, encoding="utf-8")
    assert main(["intel", "import", str(feed), "--store", str(store)]) == OK
    assert "3 indicators read, 3 added" in capsys.readouterr().out
    code = main(["intel", "lookup", "www.evil-wallet.top", "--store", str(store), "--no-bundled", "--format", "json"])
    answer = json.loads(capsys.readouterr().out)
    assert code == MALICIOUS and answer["verdict"] == "hostile" and answer["matches"][0]["via"] == "evil-wallet.top"
    assert main(["intel", "lookup", "example.org", "--store", str(store), "--no-bundled"]) == OK
    assert main(["intel", "lookup", "not a thing", "--store", str(store), "--no-bundled"]) == INPUT_ERRORS


def test_tornado_by_date_through_the_cli(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pool = "0xA160cdAB225685dA1d56aa342Ad8841c3b53f291"
    assert main(["intel", "lookup", pool, "--at", "2024-06-01", "--store", str(store)]) == MALICIOUS
    assert "sanctioned on 2024-06-01" in capsys.readouterr().out
    assert main(["intel", "lookup", pool, "--at", "2025-06-01", "--store", str(store)]) == SUSPICIOUS
    out = capsys.readouterr().out
    assert "formerly-sanctioned on 2025-06-01" in out and "removed 2025-03-21" in out
    assert main(["intel", "lookup", pool, "--at", "June", "--store", str(store)]) == USAGE


def test_a_bad_file_is_reported_and_the_others_still_import(tmp_path: Path, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(LIST, encoding="utf-8")
    bad = tmp_path / "bundle.json"
    bad.write_text('{"type": "bundle", "objects": [{"id": "x"}]}', encoding="utf-8")
    code = main(["intel", "import", str(bad), str(good), "--store", str(store)])
    captured = capsys.readouterr()
    assert code == INPUT_ERRORS
    assert "bundle.json" in captured.err and "nothing imported from this file" in captured.err
    assert "Traceback" not in captured.err
    assert "3 added" in captured.out


def test_export_stix_imports_back_unchanged(tmp_path: Path, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text(LIST, encoding="utf-8")
    main(["intel", "import", str(feed), "--store", str(store)])
    out = tmp_path / "out.json"
    assert main(["intel", "export", "--format", "stix", "-o", str(out), "--store", str(store)]) == OK
    other = tmp_path / "other.db"
    assert main(["intel", "import", str(out), "--store", str(other)]) == OK
    capsys.readouterr()
    with IntelStore(store) as a, IntelStore(other) as b:
        assert sorted(a.indicators(), key=lambda i: i.key) == sorted(b.indicators(), key=lambda i: i.key)
    assert main(["intel", "export", "--format", "misp", "--store", str(store)]) == OK
    event = json.loads(capsys.readouterr().out)
    assert len(event["Event"]["Attribute"]) == 3


def test_stats_attack_and_actor(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["intel", "stats", "--store", str(store)]) == OK
    assert "ofac-sdn" in capsys.readouterr().out
    assert main(["intel", "attack", "T1566.001"]) == OK
    out = capsys.readouterr().out
    assert "Initial Access" in out and "Lazarus Group" in out
    assert main(["intel", "attack", "T99"]) == USAGE
    assert main(["intel", "actor", "Sapphire Sleet"]) == OK
    assert "Lazarus Group" in capsys.readouterr().out


@pytest.fixture
def feed_server(tmp_path: Path) -> Iterator[str]:
    served = tmp_path / "served"
    served.mkdir()
    (served / "apt_test.txt").write_text(LIST, encoding="utf-8")
    handler = partial(SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_update_fetches_feeds_and_reports_the_ones_that_fail(
    tmp_path: Path, store: Path, feed_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    local = tmp_path / "local.txt"
    local.write_text("1.2.3[.]4\n", encoding="utf-8")
    profile = tmp_path / "keiho.toml"
    profile.write_text(
        '[organization]\nname = "t"\n[intel]\nfeeds = [\n'
        f'  {{ url = "{feed_server}/apt_test.txt" }},\n'
        f'  {{ url = "{feed_server}/missing.txt" }},\n'
        '  { path = "local.txt", format = "list" },\n]\n',
        encoding="utf-8",
    )
    code = main(["intel", "update", "-p", str(profile), "--store", str(store)])
    captured = capsys.readouterr()
    assert code == INPUT_ERRORS
    assert "HTTP 404" in captured.err
    assert f"{feed_server}/apt_test.txt" in captured.out and "3 added" in captured.out
    assert "local.txt" in captured.out
    assert main(["intel", "update", "-p", str(profile), "--store", str(store)]) == INPUT_ERRORS
    assert "0 added, 0 changed, 3 unchanged" in capsys.readouterr().out
