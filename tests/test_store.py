from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from keiho.errors import StoreError
from keiho.findings import Finding, Severity, SubjectResult
from keiho.inputs import iter_lines
from keiho.store import FindingStore


def flagged(subject: str, *rules: str) -> SubjectResult:
    findings = [Finding(rule=r, title=r, severity=Severity.HIGH, subject=subject, score=75, evidence={"brand": "x"}) for r in rules]
    return SubjectResult.from_findings(subject, "host", findings)


def test_migrations_run_once_and_rescans_update_in_place(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    with FindingStore(path) as store:
        assert store.schema_version >= 1
        list(store.record([flagged("a.example", "domain.tld-swap"), SubjectResult.from_findings("b.example", "host", [])]))
    with FindingStore(path) as store:  # reopening migrates nothing and keeps data
        list(store.record([flagged("a.example", "domain.tld-swap", "domain.free-hosting")]))
        subjects = store.subjects()
        assert [s.subject for s in subjects] == ["a.example"]  # clean subjects are not stored
        assert subjects[0].times_seen == 2
        shown = store.subject(subjects[0].id)
        assert shown is not None and len(shown.findings) == 2


def test_a_clean_rescan_closes_old_findings_without_losing_them(tmp_path: Path) -> None:
    with FindingStore(tmp_path / "k.db") as store:
        list(store.record([flagged("a.example", "domain.tld-swap")]))
        list(store.record([SubjectResult.from_findings("a.example", "host", [])]))
        subject = store.subjects()[0]
        assert subject.verdict == "clean"
        shown = store.subject(subject.id)
        assert shown is not None and [f.active for f in shown.findings] == [False]
        assert store.subjects(rule="domain.tld-swap") == []


def test_record_is_a_transparent_tee(tmp_path: Path) -> None:
    results = [flagged(f"h{i}.example", "domain.tld-swap") for i in range(4500)]
    with FindingStore(tmp_path / "k.db") as store:
        assert list(store.record(iter(results))) == results
        assert len(store.subjects(limit=10_000)) == 4500


def test_store_from_a_newer_keiho_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    FindingStore(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        FindingStore(path)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open the findings store"):
        FindingStore(path)


def test_iter_lines_skips_a_huge_line_in_bounded_chunks() -> None:
    data = b"ok.example\n" + b"x" * 5_000_000 + b"\nafter.example\n\xc3\x28bad\n"
    lines = list(iter_lines(io.BytesIO(data)))
    assert [line.text for line in lines[:1]] == ["ok.example"]
    assert lines[1].error is not None and "5000000 bytes" in lines[1].error
    assert lines[2].text == "after.example" and lines[2].number == 3
    assert lines[3].error is not None and "not UTF-8" in lines[3].error
