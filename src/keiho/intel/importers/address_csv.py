"""Address tables in CSV, told apart by their header row: which columns a file has says what it is.

Each known header is a `CsvLayout`: its columns, the source id its indicators carry, and a function
turning one row into indicators. The machinery (header dispatch, streaming, line numbers, skipping
bad addresses) is shared with `etherscan_csv`, whose layouts are Etherscan and Forta label dumps.

Layouts of this format ("address-csv"), as staged under the shared chain data:
- OFAC SDN address snapshot (`sdn_crypto_addresses_<date>.csv`): SANCTIONED from the SDN entry's
  listing date; one issue of the whole list, so the import is `complete`.
- OFAC SDN address history (`sdn_crypto_address_history.csv`): SANCTIONED from the first sighting;
  a `removed` address holds until the first snapshot the file knows of after its last sighting.
  The file gives no snapshot list, so that date is an upper bound read off the other rows' dates.
- Tornado Cash contracts (`tornado_cash_addresses.csv`): LABEL "Tornado Cash", plus SANCTIONED
  rows where the OFAC columns say the address was listed.
- Lazarus incident addresses (`lazarus_incident_addresses.csv`): HOSTILE, or VICTIM for the
  victim-side rows (`victim_*` roles), which must never screen as bad actors.
- Flow tables (Tornado deposit/withdrawal batches, transfer exports): known, but not label lists.
  They import nothing and say why, so importing a whole folder does not fail on them.

One indicator per row: an address the file lists twice (on two networks, under two tickers) gives
two indicators with one key, and the store merges them.
"""

from __future__ import annotations

import csv
import re
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from keiho.errors import IntelFormatError
from keiho.intel.importers._common import SkipLog, make_indicator, open_text
from keiho.intel.model import ImportedFile, Indicator, IndicatorType, Role
from keiho.intel.normalize import IndicatorError

OFAC_DETAILS_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={uid}"  # as ofac_xml cites it
MAX_SHOWN = 80  # characters of a bad value quoted in a message


class Row:
    """One data row: its values by column, where it is, and helpers that fail or skip with that place."""

    def __init__(self, path: Path, line: int, values: dict[str, str], source: str, skips: SkipLog) -> None:
        self.path, self.line, self.values, self.source, self.skips = path, line, values, source, skips

    @property
    def where(self) -> str:
        return f"line {self.line}"

    def get(self, column: str) -> str:
        """The value, stripped; "" for an empty cell or a column this layout variant lacks."""
        return self.values.get(column, "").strip()

    def required(self, column: str) -> str:
        value = self.get(column)
        if not value:
            raise IntelFormatError(str(self.path), self.where, f"column {column!r} is empty")
        return value

    def as_date(self, column: str) -> date:
        value = self.required(column)
        try:
            return date.fromisoformat(value[:10])  # a date, or the date part of a timestamp
        except ValueError:
            raise self.bad(column, f"not a date: {value[:MAX_SHOWN]!r}") from None

    def as_optional_date(self, column: str) -> date | None:
        return self.as_date(column) if self.get(column) else None

    def bad(self, column: str, problem: str) -> IntelFormatError:
        return IntelFormatError(str(self.path), self.where, f"column {column!r}: {problem}")

    def indicator(self, raw: str, chain_hint: str = "", **fields: Any) -> Indicator | None:
        """The address indicator for `raw`, or None (and a skip entry) if `raw` is not an address."""
        try:
            return make_indicator(raw, self.source, IndicatorType.ADDRESS, chain_hint, **fields)
        except IndicatorError as exc:
            self.skips.add(self.where, f"{raw[:MAX_SHOWN]!r}: {exc}")
            return None


RowReader = Callable[[Row], Iterable[Indicator]]


@dataclass(frozen=True, slots=True)
class CsvLayout:
    """One known header: what the file is and how each row becomes indicators."""

    name: str  # what such a file is, for messages
    header: str  # the header row as the file has it; column order does not matter
    source: str
    rows: RowReader | None = None  # None: a known file that is not a label list (see `refusal`)
    prescan: Callable[[Iterator[Row]], RowReader] | None = None  # rows that need a first pass over the file
    refusal: str = ""  # why a file with `rows=None` imports nothing
    issue_column: str = ""  # a date column naming the list's issue, the same on every row
    complete: bool = False  # the file is its source's whole current list (see ImportedFile)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.header.split(","))

    def matches(self, header: list[str]) -> bool:
        return len(header) == len(self.columns) and set(header) == set(self.columns)


# --- the shared machinery -------------------------------------------------------------------------


def sniff_layouts(head: bytes, layouts: Iterable[CsvLayout]) -> bool:
    """Whether the first line of `head` is the header of one of `layouts`."""
    first = head.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")
    header = [cell.strip() for cell in next(csv.reader([first]), [])]
    return any(layout.matches(header) for layout in layouts)


def read_layouts(path: Path, format: str, layouts: Iterable[CsvLayout]) -> ImportedFile:
    """Identify the layout from the header now (and the issue, if the layout has one); rows stream later."""
    layout, issue = _identify(path, tuple(layouts))
    skipped: list[str] = []
    if layout.rows is None and layout.prescan is None:
        skipped.append(f"line 1: {layout.refusal}")
        indicators: Iterator[Indicator] = iter(())
    else:
        indicators = _indicators(path, layout, issue, SkipLog(skipped))
    return ImportedFile(
        path=str(path),
        format=format,
        source=layout.source,
        source_version=issue,
        indicators=indicators,
        complete=layout.complete,
        issued=date.fromisoformat(issue) if issue and layout.complete else None,
        skipped=skipped,
    )


def _identify(path: Path, layouts: tuple[CsvLayout, ...]) -> tuple[CsvLayout, str]:
    rows = _raw_rows(path)
    try:
        first = next(rows, None)
        if first is None:
            raise IntelFormatError(str(path), "line 1", "empty file: " + _expected(layouts))
        header = [cell.strip() for cell in first[1]]
        layout = next((candidate for candidate in layouts if candidate.matches(header)), None)
        if layout is None:
            raise IntelFormatError(
                str(path), "line 1", f"unrecognised header ({', '.join(header)}): " + _expected(layouts)
            )
        issue = ""
        if layout.issue_column:
            row = next(rows, None)
            if row is None:
                raise IntelFormatError(str(path), "line 2", f"no rows: a {layout.name} names its issue on every row")
            issue = _row(path, row[0], header, row[1], layout, SkipLog([])).as_date(layout.issue_column).isoformat()
        return layout, issue
    finally:
        rows.close()


def _expected(layouts: tuple[CsvLayout, ...]) -> str:
    return "expected the columns of " + "; or ".join(
        f"a {layout.name} ({', '.join(layout.columns)})" for layout in layouts
    )


def _raw_rows(path: Path) -> Generator[tuple[int, list[str]], None, None]:
    """(line number, cells) of every non-blank record; read and decoding errors as IntelFormatError."""
    name, line = str(path), 0
    try:
        with open_text(path) as handle:
            reader = csv.reader(handle, strict=True)
            for cells in reader:
                line = reader.line_num
                if cells:
                    yield line, cells
    except csv.Error as exc:
        raise IntelFormatError(name, f"line {line + 1}", f"not valid CSV: {exc}") from None
    except UnicodeDecodeError as exc:
        raise IntelFormatError(name, f"line {line + 1}", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from None
    except (EOFError, zlib.error) as exc:
        raise IntelFormatError(name, f"line {line + 1}", f"cannot decompress: {exc} (file cut short?)") from None
    except OSError as exc:  # also gzip.BadGzipFile and bz2's "Invalid data stream"
        raise IntelFormatError(name, f"line {line + 1}", f"cannot read: {exc}") from None


def _row(path: Path, line: int, header: list[str], cells: list[str], layout: CsvLayout, skips: SkipLog) -> Row:
    if len(cells) != len(header):
        raise IntelFormatError(str(path), f"line {line}", f"{len(cells)} columns where the header has {len(header)}")
    return Row(path, line, dict(zip(header, cells, strict=True)), layout.source, skips)


def _rows(path: Path, layout: CsvLayout, skips: SkipLog) -> Iterator[Row]:
    raw = _raw_rows(path)
    try:
        first = next(raw, None)
        header = [cell.strip() for cell in first[1]] if first else []
        for line, cells in raw:
            yield _row(path, line, header, cells, layout, skips)
    finally:
        raw.close()


def _indicators(path: Path, layout: CsvLayout, issue: str, skips: SkipLog) -> Iterator[Indicator]:
    read_row = layout.prescan(_rows(path, layout, skips)) if layout.prescan else layout.rows
    assert read_row is not None  # read_layouts only streams layouts that have rows
    for row in _rows(path, layout, skips):
        if layout.issue_column and row.as_date(layout.issue_column) != date.fromisoformat(issue):
            raise row.bad(
                layout.issue_column,
                f"{row.get(layout.issue_column)!r} differs from the first row's {issue}: one file, one issue",
            )
        yield from read_row(row)
    skips.close()


# --- OFAC SDN address tables ----------------------------------------------------------------------


def _ofac_fields(row: Row) -> dict[str, Any]:
    """What the SDN snapshot and history share: the party, its programs, the ticker (as ofac_xml gives them)."""
    name = row.required("sdn_name")
    uid = row.required("sdn_uid")
    return {
        "role": Role.SANCTIONED,
        "label": name,
        "actor": name if row.get("party_type") == "Entity" else "",  # a person is not an actor to resolve
        "confidence": 100,  # the list is the legal fact being screened against
        "tags": tuple(f"program:{p.strip()}" for p in row.required("programs").split(";") if p.strip())
        + (f"asset:{row.required('asset')}",),
        "references": (OFAC_DETAILS_URL.format(uid=uid),),
    }


def _sdn_snapshot_row(row: Row) -> Iterator[Indicator]:
    # entity_listed_date is when the SDN entry was created, not when this address joined it
    indicator = row.indicator(
        row.get("address"),
        row.get("asset"),
        source_version=row.required("sdn_issue_date"),
        valid_from=row.as_date("entity_listed_date"),
        **_ofac_fields(row),
    )
    if indicator:
        yield indicator


def _sdn_history(rows: Iterator[Row]) -> RowReader:
    """First pass: the snapshot dates the file shows. A removed address was absent from the first
    of them after its last sighting; the file lists no snapshot by itself, so a snapshot where no
    address changed is invisible and the bound can be late (Tornado Cash: 2025-04-02 for 2025-03-21)."""
    snapshots = sorted(
        {
            row.as_date(column)
            for row in rows
            for column in ("first_seen_sdn_xml_snapshot", "last_seen_sdn_xml_snapshot")
        }
    )

    latest = snapshots[-1].isoformat() if snapshots else ""

    def history_row(row: Row) -> Iterator[Indicator]:
        status = row.required("status")
        if status not in ("listed", "removed"):
            raise row.bad("status", f"{status[:MAX_SHOWN]!r}; expected listed or removed")
        first_snapshot = row.as_date("first_seen_sdn_xml_snapshot")
        last_snapshot = row.as_date("last_seen_sdn_xml_snapshot")
        daily = row.as_optional_date("first_seen_in_daily_lists")
        first = min(first_snapshot, daily) if daily else first_snapshot
        until = None
        if status == "removed":
            until = next((d for d in snapshots if d > last_snapshot), None)
            if until is None:
                row.skips.add(
                    row.where, f"removed, but the file shows no snapshot after its last sighting {last_snapshot}"
                )
                return
        indicator = row.indicator(
            row.get("address"),
            row.get("asset"),
            source_version=latest,  # the newest snapshot the history covers
            first_seen=first,
            last_seen=last_snapshot,
            valid_from=first,
            valid_until=until,
            **_ofac_fields(row),
        )
        if indicator:
            yield indicator

    return history_row


# --- Tornado Cash contracts -----------------------------------------------------------------------

TORNADO_LABEL = "Tornado Cash"
TORNADO_ROLE_TAGS = {"pool_instance": "pool"}  # the file's role column -> tag; other roles are tags as written
# "removed (last seen 2025-03-04; absent from 2025-03-21 snapshot)", or "listed ..."
_TORNADO_STATUS = re.compile(r"(?P<status>listed|removed)\b(?:.*?\babsent from (?P<absent>\d{4}-\d{2}-\d{2}))?")


def _tornado_row(row: Row) -> Iterator[Indicator]:
    network = row.required("chain").lower()
    role = row.required("role")
    tags: tuple[str, ...] = (f"network:{network}", TORNADO_ROLE_TAGS.get(role, role))
    tags += tuple(f"{column}:{row.get(column)}" for column in ("asset", "denomination") if row.get(column))
    references = tuple(s.strip() for s in row.get("sources").split("|") if s.strip())
    label = row.indicator(
        row.get("address"), network, role=Role.LABEL, label=TORNADO_LABEL, tags=tags, references=references
    )
    if label is None:
        return
    yield label
    status = row.get("ofac_sdn_status")
    if not status:
        return
    match = _TORNADO_STATUS.match(status)
    if match is None or (match["status"] == "removed" and not match["absent"]):
        raise row.bad(
            "ofac_sdn_status",
            f"{status[:MAX_SHOWN]!r}; expected 'listed' or 'removed (... absent from YYYY-MM-DD snapshot)'",
        )
    uid = row.get("ofac_sdn_uid")
    sanctioned = row.indicator(
        row.get("address"),
        network,
        role=Role.SANCTIONED,
        label=TORNADO_LABEL,
        confidence=100,
        tags=tags,
        references=((OFAC_DETAILS_URL.format(uid=uid),) if uid else ()) + references,
        valid_from=row.as_optional_date("ofac_first_seen_daily_lists"),  # an upper bound on the listing
        valid_until=date.fromisoformat(match["absent"]) if match["absent"] else None,
    )
    if sanctioned:
        yield sanctioned


# --- Lazarus incident addresses -------------------------------------------------------------------

# Group names the attribution column may give, preferred first when it names several.
LAZARUS_ACTORS = ("Lazarus Group", "TraderTraitor", "APT38", "BlueNoroff", "Andariel")
# The file is the Lazarus incident list (SOURCES.md); a row whose attribution names no group
# (CoinEx: "industry attribution (SlowMist/Elliptic ...)") is attributed to Lazarus by that industry.
LAZARUS_DEFAULT_ACTOR = "Lazarus Group"
LAZARUS_CONFIDENCE = 80  # researcher-compiled lists resting on FBI or industry attribution
# The chain column's tickers -> network names for the tag; others are tagged lower-cased as written.
LAZARUS_NETWORKS = {
    "ETH": "ethereum",
    "BSC": "bsc",
    "MATIC": "polygon",
    "FTM": "fantom",
    "OPETH": "optimism",
    "ARBETH": "arbitrum",
    "AVAX": "avalanche",
    "ETC": "ethereum-classic",
    "ETHPOW": "ethereum-pow",
    "BTC": "bitcoin",
    "TRX": "tron",
}


def _lazarus_actor(attribution: str) -> str:
    lowered = attribution.lower()
    return next((name for name in LAZARUS_ACTORS if name.lower() in lowered), LAZARUS_DEFAULT_ACTOR)


def _lazarus_row(row: Row) -> Iterator[Indicator]:
    ticker = row.required("chain")
    role = row.required("role")
    victim = role.startswith("victim")  # victim_infrastructure, victim_signer, victim_compromised_key
    attribution = row.get("attribution")
    tags: tuple[str, ...] = (role, f"network:{LAZARUS_NETWORKS.get(ticker.upper(), ticker.lower())}")
    tags += ("fbi-list",) if row.get("in_fbi_list") else ()
    tags += ("ofac-sdn",) if row.get("in_ofac_sdn") else ()
    repo, path, commit = row.get("source_repo"), row.get("source_path"), row.get("source_commit")
    cited = f"https://github.com/{repo}/blob/{commit}/{path}" if repo and path and commit else ""
    indicator = row.indicator(
        row.get("address"),
        ticker,
        role=Role.VICTIM if victim else Role.HOSTILE,
        actor="" if victim else _lazarus_actor(attribution),
        label=row.required("incident"),
        confidence=LAZARUS_CONFIDENCE,
        tags=tags,
        references=tuple(r for r in (cited, attribution, row.get("source_note")) if r),
        first_seen=row.as_date("incident_date"),
    )
    if indicator:
        yield indicator


# --- the layouts ----------------------------------------------------------------------------------

FLOW_REFUSAL = "flow file, not a label list: {what}; nothing imported"

LAYOUTS = (
    CsvLayout(
        "OFAC SDN address snapshot",
        "address,asset,sdn_uid,sdn_name,party_type,programs,list,entity_listed_date,aka,sdn_issue_date",
        "ofac-sdn-csv",
        rows=_sdn_snapshot_row,
        issue_column="sdn_issue_date",
        complete=True,
    ),
    CsvLayout(
        "OFAC SDN address history",
        "address,asset,sdn_uid,sdn_name,party_type,"
        "programs,entity_listed_date,first_seen_sdn_xml_snapshot,last_seen_sdn_xml_snapshot,status,first_seen_in_daily_lists",
        "ofac-sdn-history",
        prescan=_sdn_history,
    ),
    CsvLayout(
        "Tornado Cash address table",
        "chain,chain_id,address,role,asset,"
        "denomination,etherscan_name_tag,ofac_sdn_status,ofac_sdn_uid,ofac_first_seen_daily_lists,sources",
        "tornado-cash-addresses",
        rows=_tornado_row,
    ),
    CsvLayout(
        "Lazarus incident address list",
        "incident,incident_date,attribution,chain,address,role,"
        "source_note,in_fbi_list,in_ofac_sdn,format_check,source_repo,source_path,source_commit",
        "lazarus-incidents",
        rows=_lazarus_row,
    ),
    CsvLayout(
        "Tornado deposit/withdrawal flow table",
        "batch_depositor,row_type,address,notes_100eth,eth,first_txn,last_txn",
        "lazarus-flows",
        # every address here is also in the incident list, with its incident and attribution
        refusal=FLOW_REFUSAL.format(
            what="deposit batches and withdrawals with no incident or attribution (import the incident list)"
        ),
    ),
    CsvLayout(
        "transfer export",
        "block_time,from,to,total_eth",
        "lazarus-flows",
        # the counterparties include the victim bridge, exchanges and dust senders: no role to give
        refusal=FLOW_REFUSAL.format(what="transfers between addresses, whose counterparties have no role"),
    ),
)


def sniff(path: Path, head: bytes, format: str) -> bool:
    return sniff_layouts(head, LAYOUTS)


def read(path: Path, format: str) -> ImportedFile:
    return read_layouts(path, format, LAYOUTS)
