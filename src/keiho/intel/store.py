"""Indicators in the embedded store: atomic, idempotent imports that remember who said what, when.

One file is one transaction: a file that fails part-way (truncated XML, a malformed row deep in a
CSV) leaves the store exactly as it was. Importing the same data again changes nothing.

Two kinds of source behave differently:
- a *complete* list (an OFAC SDN issue) is its source's whole truth on its issue date: an
  indicator that an earlier issue had and this one lacks has been delisted, and its validity is
  closed at this issue's date (an upper bound: it went some time after the last issue that had it);
- any other file adds to what its source said before: tags, references and labels are merged,
  nothing is dropped, so the order of imports does not matter.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from keiho.errors import IntelFormatError, StoreError
from keiho.intel.importers import read
from keiho.intel.model import TLP, ImportedFile, Indicator, IndicatorType, Role
from keiho.store import connect

_FIELDS = (
    "type, value, source, role, source_version, chain, display, actor, label, confidence, tlp, tags, refs,"
    " first_seen, last_seen, valid_from, valid_until"
)
_KEY = "type=? AND value=? AND source=? AND role=?"


@dataclass(slots=True)
class ImportReport:
    """What one file did to the store."""

    path: str
    format: str
    source: str
    source_version: str
    indicators: int = 0  # records read (a value repeated in the file counts each time)
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    delisted: int = 0
    skipped: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        text = (
            f"{self.path}: {self.format}, source {self.source}"
            f"{' ' + self.source_version if self.source_version else ''}: {self.indicators} indicators read,"
            f" {self.added} added, {self.changed} changed, {self.unchanged} unchanged"
        )
        if self.delisted:
            text += f", {self.delisted} delisted"
        if self.skipped:
            text += f", {len(self.skipped)} skip notes"
        return text


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class IntelStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = connect(self.path, "intel store")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> IntelStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- import ---------------------------------------------------------------------------------

    def import_file(self, imported: ImportedFile, sha256: str = "") -> ImportReport:
        """Write every indicator of `imported` in one transaction; on any error nothing is kept."""
        report = ImportReport(imported.path, imported.format, imported.source, imported.source_version)
        db = self._db
        issued = imported.issued.isoformat() if imported.issued else None
        now = datetime.now(UTC).isoformat(timespec="seconds")
        db.execute("BEGIN IMMEDIATE")
        try:
            import_id = db.execute(
                "INSERT INTO intel_imports (path, sha256, format, source, source_version, complete, issued,"
                " imported_at, indicators, added, changed, unchanged, delisted, skipped)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, '[]')",
                (imported.path, sha256, imported.format, imported.source, imported.source_version,
                 int(imported.complete), issued, now),
            ).lastrowid  # fmt: skip
            assert import_id is not None
            latest = self._latest_issue(imported.source, import_id) if imported.complete else None
            newest = imported.complete and issued is not None and (latest is None or issued >= latest)
            # Rows this file changed, as they were before it: a value repeated later in the file may
            # merge back to what was stored, and then the file did not change it after all.
            before: dict[tuple[str, str, str, str], Indicator] = {}
            for indicator in imported.indicators:
                report.indicators += 1
                self._upsert(indicator, import_id, imported.complete, issued, latest, report, before)
            if newest and issued is not None:
                # Whatever this source listed before and this issue lacks has been delisted.
                report.delisted = db.execute(
                    "UPDATE indicators SET valid_until=? WHERE source=? AND import_id!=? AND valid_until IS NULL"
                    " AND (valid_from IS NULL OR valid_from < ?)",
                    (issued, imported.source, import_id, issued),
                ).rowcount
            report.skipped = list(imported.skipped)
            db.execute(
                "UPDATE intel_imports SET indicators=?, added=?, changed=?, unchanged=?, delisted=?, skipped=? WHERE id=?",
                (report.indicators, report.added, report.changed, report.unchanged, report.delisted,
                 json.dumps(report.skipped), import_id),
            )  # fmt: skip
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return report

    def _latest_issue(self, source: str, import_id: int) -> str | None:
        row = self._db.execute(
            "SELECT max(issued) FROM intel_imports WHERE source=? AND complete=1 AND id!=?", (source, import_id)
        ).fetchone()
        return None if row is None else row[0]

    def _upsert(
        self,
        indicator: Indicator,
        import_id: int,
        complete: bool,
        issued: str | None,
        latest: str | None,
        report: ImportReport,
        before: dict[tuple[str, str, str, str], Indicator],
    ) -> None:
        db = self._db
        indicator = _canonical(indicator)
        key = indicator.key
        row = db.execute(f"SELECT {_FIELDS}, listed_in, import_id, added_by FROM indicators WHERE {_KEY}", key).fetchone()
        if complete and issued is not None and latest is not None and issued < latest:
            # An older issue than one already imported: what it lists that the newer issue
            # lacks was delisted by then at the latest.
            listed_later = row is not None and row[17] is not None and row[17] >= latest
            if not listed_later and indicator.valid_until is None:
                indicator = replace(indicator, valid_until=date.fromisoformat(latest))
        if row is None:
            db.execute(
                f"INSERT INTO indicators ({_FIELDS}, listed_in, import_id, added_by) VALUES ({', '.join('?' * 20)})",
                (*_to_row(indicator), issued, import_id, import_id),
            )
            report.added += 1
            return
        stored = _from_row(row)
        same_file = row[18] == import_id
        if complete and not same_file and row[17] is not None and issued is not None and row[17] > issued:
            report.unchanged += 1  # a newer issue already said what holds for this one
            return
        merged = _merge(stored, indicator) if (same_file or not complete) else _refresh(stored, indicator)
        listed_in = max(filter(None, (row[17], issued)), default=None)
        db.execute(
            f"UPDATE indicators SET ({_FIELDS}, listed_in, import_id) = ({', '.join('?' * 19)}) WHERE {_KEY}",
            (*_to_row(merged), listed_in, import_id, *key),
        )
        if same_file:
            # A repeat within one file was counted when first seen; it may undo or make a change.
            if row[19] == import_id:
                return  # added by this very file
            if key in before:
                if merged == before[key]:
                    del before[key]
                    report.changed -= 1
                    report.unchanged += 1
            elif merged != stored:
                before[key] = stored  # unchanged so far, so `stored` is still the pre-import row
                report.unchanged -= 1
                report.changed += 1
            return
        if merged == stored:
            report.unchanged += 1
        else:
            report.changed += 1
            before[key] = stored

    # -- read -----------------------------------------------------------------------------------

    def indicators(self, source: str | None = None) -> Iterator[Indicator]:
        sql = f"SELECT {_FIELDS} FROM indicators"
        args: tuple[str, ...] = ()
        if source is not None:
            sql += " WHERE source=?"
            args = (source,)
        for row in self._db.execute(sql, args):
            yield _from_row(row)

    def find(self, value: str) -> list[Indicator]:
        return [_from_row(r) for r in self._db.execute(f"SELECT {_FIELDS} FROM indicators WHERE value=?", (value,))]

    def counts(self) -> list[tuple[str, str, str, int]]:
        """(source, role, type, count) for every combination held."""
        rows = self._db.execute(
            "SELECT source, role, type, count(*) FROM indicators GROUP BY source, role, type ORDER BY source, role, type"
        )
        return [(str(a), str(b), str(c), int(d)) for a, b, c, d in rows]

    def imports(self, limit: int = 50) -> list[dict[str, object]]:
        rows = self._db.execute(
            "SELECT path, format, source, source_version, imported_at, indicators, added, changed, unchanged, delisted"
            " FROM intel_imports ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        names = ("path", "format", "source", "source_version", "imported_at", "indicators", "added", "changed",
                 "unchanged", "delisted")  # fmt: skip
        return [dict(zip(names, row, strict=True)) for row in rows]


def import_paths(store: IntelStore, paths: Iterable[Path], format: str = "auto") -> Iterator[ImportReport]:
    """Import each file in turn (each atomically); raises IntelFormatError for the first bad file."""
    for path in paths:
        if not path.is_file():
            raise IntelFormatError(str(path), "", "no such file")
        sha = file_sha256(path)
        imported = read(path, format)
        try:
            yield store.import_file(imported, sha)
        except (EOFError, OSError) as exc:  # truncated compression, unreadable mid-way
            raise IntelFormatError(str(path), "", f"cannot read: {exc}") from None
        except UnicodeDecodeError as exc:
            raise IntelFormatError(str(path), "", f"not UTF-8 text: {exc.reason}") from None
        except sqlite3.Error as exc:
            raise StoreError(f"{store.path}: {exc}") from None


# -- rows -------------------------------------------------------------------------------------------


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _to_row(i: Indicator) -> tuple[object, ...]:
    return (
        i.type.value, i.value, i.source, i.role.value, i.source_version, i.chain, i.display, i.actor, i.label,
        i.confidence, i.tlp.value, json.dumps(list(i.tags)), json.dumps(list(i.references)),
        _iso(i.first_seen), _iso(i.last_seen), _iso(i.valid_from), _iso(i.valid_until),
    )  # fmt: skip


def _from_row(row: tuple[object, ...] | sqlite3.Row) -> Indicator:
    r = tuple(row)
    return Indicator(
        type=IndicatorType(r[0]), value=str(r[1]), source=str(r[2]), role=Role(r[3]), source_version=str(r[4]),
        chain=str(r[5]), display=str(r[6]), actor=str(r[7]), label=str(r[8]), confidence=int(str(r[9])),
        tlp=TLP(r[10]), tags=tuple(json.loads(str(r[11]))), references=tuple(json.loads(str(r[12]))),
        first_seen=_day(_opt(r[13])), last_seen=_day(_opt(r[14])), valid_from=_day(_opt(r[15])),
        valid_until=_day(_opt(r[16])),
    )  # fmt: skip


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*a, *b)))


def _earliest(a: date | None, b: date | None) -> date | None:
    return min(a, b) if a and b else (a or b)


def _latest(a: date | None, b: date | None) -> date | None:
    return max(a, b) if a and b else (a or b)


def _merge(old: Indicator, new: Indicator) -> Indicator:
    """What two statements of one source about one value add up to; the order does not matter."""
    labels = _union(tuple(x for x in old.label.split("; ") if x), tuple(x for x in new.label.split("; ") if x))
    return replace(
        old,
        source_version=max(old.source_version, new.source_version),
        chain=old.chain or new.chain,
        display=old.display or new.display,
        actor=min(filter(None, (old.actor, new.actor)), default=""),
        label="; ".join(sorted(labels)),
        confidence=max(old.confidence, new.confidence),
        tlp=max(old.tlp, new.tlp, key=_TLP_ORDER.index),
        tags=tuple(sorted(_union(old.tags, new.tags))),
        references=tuple(sorted(_union(old.references, new.references))),
        first_seen=_earliest(old.first_seen, new.first_seen),
        last_seen=_latest(old.last_seen, new.last_seen),
        valid_from=_earliest(old.valid_from, new.valid_from),
        valid_until=None if old.valid_until is None or new.valid_until is None else max(old.valid_until, new.valid_until),
    )


def _canonical(i: Indicator) -> Indicator:
    """Sets kept in one order, so that equal statements compare equal."""
    labels = sorted(dict.fromkeys(x for x in i.label.split("; ") if x))
    return replace(i, label="; ".join(labels), tags=tuple(sorted(set(i.tags))), references=tuple(sorted(set(i.references))))


def _refresh(old: Indicator, new: Indicator) -> Indicator:
    """A newer issue of a complete list restates the fact; only the activity window widens."""
    return replace(new, first_seen=_earliest(old.first_seen, new.first_seen), last_seen=_latest(old.last_seen, new.last_seen))


_TLP_ORDER = list(TLP)
