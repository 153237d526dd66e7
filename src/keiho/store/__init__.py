"""The embedded findings store (SQLite): one writer, numbered migrations, stable ids.

Only subjects that were ever non-clean are kept; a later clean rescan updates their verdict
and marks their findings inactive, so nothing is lost and nothing is duplicated.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from keiho.errors import StoreError
from keiho.findings import SubjectResult, Verdict

_BATCH = 2000


def default_store_path() -> Path:
    """`$KEIHO_STORE`, else `$XDG_DATA_HOME/keiho/keiho.db`, else `~/.local/share/keiho/keiho.db`."""
    if env := os.environ.get("KEIHO_STORE"):
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "keiho" / "keiho.db"


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("keiho.store").joinpath("migrations")
    out = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            out.append((int(entry.name.split("_", 1)[0]), entry.read_text("utf-8")))
    return sorted(out)


@dataclass(frozen=True, slots=True)
class StoredFinding:
    id: str
    rule: str
    severity: str
    title: str
    score: int
    evidence: dict[str, object]
    attack: list[str]
    first_seen: str
    last_seen: str
    active: bool


@dataclass(frozen=True, slots=True)
class StoredSubject:
    id: str
    kind: str
    subject: str
    verdict: str
    score: int
    first_seen: str
    last_seen: str
    times_seen: int
    findings: tuple[StoredFinding, ...] = ()


def connect(path: str | Path, what: str = "store") -> sqlite3.Connection:
    """Open (creating if needed) the keiho database at `path`, migrated to the current schema.

    Findings and intel share one file, one schema version and one writer discipline: every
    write happens inside an explicit `BEGIN IMMEDIATE` transaction."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=10000")
        _migrate(db, path)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{path}: cannot open the {what}: {exc}") from None
    return db


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    current = schema_version(db)
    known = _migrations()
    if known and current > known[-1][0]:
        raise StoreError(f"{path}: store schema {current} is newer than this keiho understands")
    for version, sql in known:
        if version <= current:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in sql.split(";\n"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {version}")
            db.execute("COMMIT")
        except sqlite3.Error:
            db.execute("ROLLBACK")
            raise


class FindingStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = connect(self.path, "findings store")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> FindingStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self._db)

    def record(self, results: Iterable[SubjectResult]) -> Iterator[SubjectResult]:
        """Store each result as it passes through; yields the results unchanged (a tee)."""
        pending: list[SubjectResult] = []
        for result in results:
            if result.verdict is not Verdict.ERROR:
                pending.append(result)
                if len(pending) >= _BATCH:
                    self._write(pending)
                    pending = []
            yield result
        if pending:
            self._write(pending)

    def _write(self, results: list[SubjectResult]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            for result in results:
                sid = result.subject_id
                if result.verdict is Verdict.CLEAN:
                    # Cheap no-op for subjects never seen; updates ones that were flagged before.
                    db.execute(
                        "UPDATE subjects SET verdict=?, score=?, last_seen=?, times_seen=times_seen+1 WHERE id=?",
                        (result.verdict.value, result.score, now, sid),
                    )
                    db.execute("UPDATE findings SET active=0 WHERE subject_id=?", (sid,))
                    continue
                db.execute(
                    """INSERT INTO subjects (id, kind, subject, verdict, score, first_seen, last_seen)
                       VALUES (?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (id) DO UPDATE SET verdict=excluded.verdict, score=excluded.score,
                           last_seen=excluded.last_seen, times_seen=times_seen+1""",
                    (sid, result.kind, result.subject, result.verdict.value, result.score, now, now),
                )
                db.execute("UPDATE findings SET active=0 WHERE subject_id=?", (sid,))
                for f in result.findings:
                    db.execute(
                        """INSERT INTO findings (id, subject_id, rule, severity, title, score, evidence,
                               attack, first_seen, last_seen, active)
                           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                           ON CONFLICT (id) DO UPDATE SET severity=excluded.severity, title=excluded.title,
                               score=excluded.score, evidence=excluded.evidence, attack=excluded.attack,
                               last_seen=excluded.last_seen, active=1""",
                        (
                            f.finding_id,
                            sid,
                            f.rule,
                            f.severity.value,
                            f.title,
                            f.score,
                            json.dumps(dict(f.evidence), ensure_ascii=False, sort_keys=True),
                            json.dumps(list(f.attack)),
                            now,
                            now,
                        ),
                    )
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: could not save findings: {exc}") from None

    def subjects(
        self, verdict: str | None = None, rule: str | None = None, limit: int = 100
    ) -> list[StoredSubject]:
        sql = "SELECT id, kind, subject, verdict, score, first_seen, last_seen, times_seen FROM subjects"
        where, args = [], []
        if verdict:
            where.append("verdict = ?")
            args.append(verdict)
        if rule:
            where.append("id IN (SELECT subject_id FROM findings WHERE rule = ? AND active = 1)")
            args.append(rule)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY last_seen DESC, score DESC, subject LIMIT ?"
        rows = self._db.execute(sql, (*args, limit)).fetchall()
        return [StoredSubject(*row) for row in rows]

    def subject(self, subject_id: str) -> StoredSubject | None:
        """One subject by id (or unique id prefix), with its findings."""
        rows = self._db.execute(
            "SELECT id, kind, subject, verdict, score, first_seen, last_seen, times_seen FROM subjects"
            " WHERE id LIKE ? || '%' LIMIT 2",
            (subject_id,),
        ).fetchall()
        if len(rows) != 1:
            return None
        found = self._db.execute(
            "SELECT id, rule, severity, title, score, evidence, attack, first_seen, last_seen, active"
            " FROM findings WHERE subject_id = ? ORDER BY active DESC, score DESC, rule",
            (rows[0][0],),
        ).fetchall()
        findings = tuple(
            StoredFinding(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]), r[7], r[8], bool(r[9]))
            for r in found
        )
        sid, kind, subject, verdict, score, first_seen, last_seen, times_seen = rows[0]
        return StoredSubject(sid, kind, subject, verdict, score, first_seen, last_seen, times_seen, findings)
