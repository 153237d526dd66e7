"""The intel store: atomic, idempotent imports; delisting from complete lists; merging; lookups by date."""

from __future__ import annotations

import bz2
import json
from datetime import date
from pathlib import Path

import pytest
from conftest import shared_path

from keiho.errors import IntelFormatError
from keiho.intel import snapshot
from keiho.intel.actors import ActorTable
from keiho.intel.lookup import IntelIndex, Status
from keiho.intel.model import ImportedFile, Indicator, IndicatorType, Role
from keiho.intel.store import IntelStore, import_paths

TORNADO_100_ETH = "0xA160cdAB225685dA1d56aa342Ad8841c3b53f291"
RONIN_EXPLOITER = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"


def _addr(value: str, **fields: object) -> Indicator:
    return Indicator(type=IndicatorType.ADDRESS, value=value, source=str(fields.pop("source", "test")), **fields)  # type: ignore[arg-type]


def _file(indicators: list[Indicator], *, source: str = "test", complete: bool = False, issued: date | None = None) -> ImportedFile:
    return ImportedFile("mem", "test", source, issued.isoformat() if issued else "", iter(indicators), complete, issued)


def _rows(store: IntelStore) -> dict[tuple[str, str, str, str], Indicator]:
    return {i.key: i for i in store.indicators()}


A, B, C = ("0x" + c * 40 for c in "abc")


def test_a_complete_list_delists_what_a_newer_issue_lacks_whatever_the_import_order(tmp_path: Path) -> None:
    old = [_addr(A, role=Role.SANCTIONED), _addr(B, role=Role.SANCTIONED)]
    new = [_addr(A, role=Role.SANCTIONED), _addr(C, role=Role.SANCTIONED)]
    results = []
    for order in ((old, date(2025, 3, 4)), (new, date(2025, 11, 19))), ((new, date(2025, 11, 19)), (old, date(2025, 3, 4))):
        with IntelStore(tmp_path / f"{len(results)}.db") as store:
            reports = [store.import_file(_file(items, complete=True, issued=issued)) for items, issued in order]
            results.append(({k[1]: v.valid_until for k, v in _rows(store).items()}, reports))
    (forward, reports), (backward, _) = results
    assert forward == backward == {A: None, B: date(2025, 11, 19), C: None}
    assert reports[1].delisted == 1


def test_reimporting_changes_nothing_and_repeats_within_a_file_merge(tmp_path: Path) -> None:
    items = [_addr(A, tags=("x",), label="one"), _addr(A, tags=("y",), label="two"), _addr(B)]
    with IntelStore(tmp_path / "k.db") as store:
        first = store.import_file(_file(list(items)))
        second = store.import_file(_file(list(items)))
        rows = _rows(store)
    assert (first.indicators, first.added) == (3, 2)
    assert (second.added, second.changed, second.unchanged) == (0, 0, 2)
    assert rows[("address", A, "test", "hostile")].tags == ("x", "y")
    assert rows[("address", A, "test", "hostile")].label == "one; two"


def test_statements_of_one_source_merge_in_any_order(tmp_path: Path) -> None:
    one = [_addr(A, tags=("a",), actor="BlueNoroff", first_seen=date(2020, 1, 1))]
    two = [_addr(A, tags=("b",), actor="Lazarus Group", first_seen=date(2019, 1, 1), last_seen=date(2023, 1, 1))]
    finals = []
    for order in ((one, two), (two, one)):
        with IntelStore(tmp_path / f"{len(finals)}.db") as store:
            for items in order:
                store.import_file(_file(list(items)))
            finals.append(_rows(store))
    assert finals[0] == finals[1]
    merged = finals[0][("address", A, "test", "hostile")]
    assert merged.tags == ("a", "b") and merged.first_seen == date(2019, 1, 1) and merged.last_seen == date(2023, 1, 1)


def test_a_file_that_fails_part_way_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    def failing() -> object:
        yield _addr(C)
        raise IntelFormatError("bad.txt", "line 2", "broken")

    with IntelStore(tmp_path / "k.db") as store:
        store.import_file(_file([_addr(A)]))
        before = _rows(store)
        with pytest.raises(IntelFormatError, match="line 2"):
            store.import_file(ImportedFile("bad.txt", "list", "test", "", failing()))  # type: ignore[arg-type]
        assert _rows(store) == before
        assert len(store.imports()) == 1


def test_a_truncated_ofac_xml_names_its_position_and_imports_nothing(tmp_path: Path) -> None:
    source = shared_path("data", "chain", "ofac", "sdn_advanced_2025-11-19.xml.bz2")
    with bz2.open(source) as handle:
        head = handle.read(40_000_000)  # stops inside the distinct parties, after many addresses
    cut = tmp_path / "sdn_advanced_cut.xml"
    cut.write_bytes(head)
    with IntelStore(tmp_path / "k.db") as store:
        with pytest.raises(IntelFormatError) as caught:
            list(import_paths(store, [cut]))
        assert "line" in str(caught.value)
        assert store.counts() == [] and store.imports() == []


def test_staged_intel_and_chain_files_import_and_a_second_import_changes_nothing(tmp_path: Path) -> None:
    data = shared_path("data")
    files = sorted(p for folder in ("intel", "chain/ofac", "chain/labels", "chain/tornado", "chain/lazarus")
                   for p in (data / folder).rglob("*") if p.is_file())  # fmt: skip
    with IntelStore(tmp_path / "k.db") as store:
        first = list(import_paths(store, files))
        second = list(import_paths(store, files))
        counts = store.counts()
    assert len(first) == len(files)
    assert sum(r.added for r in first) == sum(n for *_, n in counts) > 100_000
    assert [(r.path, r.added, r.changed, r.delisted) for r in second if r.added or r.changed or r.delisted] == []
    ofac = {Path(r.path).name: r for r in first if r.format == "ofac-xml"}
    # the 2025-11-19 issue no longer lists Tornado Cash: its 90 ETH addresses are delisted
    assert ofac["sdn_advanced_2025-11-19.xml.bz2"].delisted == 90


def test_bundled_snapshot_answers_by_date_with_sources() -> None:
    index = IntelIndex(snapshot.bundled())
    assert len(index) > 50_000
    during = index.lookup(TORNADO_100_ETH, date(2024, 6, 1))
    after = index.lookup(TORNADO_100_ETH.lower(), date(2025, 6, 1))
    assert during.verdict == "sanctioned"
    assert after.verdict == "formerly-sanctioned"
    ended = [m for m in after.matches if m.indicator.role is Role.SANCTIONED]
    assert ended and all(m.status is Status.ENDED and m.indicator.valid_until == date(2025, 3, 21) for m in ended)
    ronin = index.lookup(RONIN_EXPLOITER)
    assert ronin.verdict == "sanctioned"
    actors = {ActorTable.default().resolve(a).actor.name for a in ronin.actors}  # type: ignore[union-attr]
    assert actors == {"Lazarus Group"}
    assert any(m.indicator.source == "ofac-sdn" and m.indicator.references for m in ronin.matches)


def test_subdomains_urls_and_defanged_forms_meet_a_listed_domain() -> None:
    index = IntelIndex([Indicator(IndicatorType.DOMAIN, "dafom.dev", "t", actor="Lazarus Group")])
    for query in ("dafom.dev", "www.dafom[.]dev", "hxxps://cdn.dafom.dev/a.js?x=1", "someone@dafom.dev"):
        result = index.lookup(query)
        assert result.verdict == "hostile", query
        assert result.matches[0].via == "dafom.dev"
    assert index.lookup("notdafom.dev").verdict == "unknown"


def test_victims_are_never_screened_as_hostile() -> None:
    index = IntelIndex([_addr(A, role=Role.VICTIM, source="incident"), _addr(B, role=Role.HOSTILE)])
    assert index.lookup(A).verdict == "victim"
    assert A not in index.hostile_values() and B in index.hostile_values()


def test_pending_and_ended_validity() -> None:
    fact = _addr(A, role=Role.SANCTIONED, valid_from=date(2022, 8, 8), valid_until=date(2025, 3, 21))
    index = IntelIndex([fact])
    assert index.lookup(A, date(2022, 8, 7)).matches[0].status is Status.PENDING
    assert index.lookup(A, date(2022, 8, 8)).verdict == "sanctioned"
    assert index.lookup(A, date(2025, 3, 21)).verdict == "formerly-sanctioned"
    assert A in index.hostile_values(date(2024, 1, 1)) and A not in index.hostile_values(date(2025, 6, 1))


def test_snapshot_json_round_trip() -> None:
    items = list(snapshot.bundled())[:2000]
    assert [snapshot.from_json(json.loads(json.dumps(snapshot.to_json(i)))) for i in items] == items


def test_the_bundled_snapshot_is_what_the_build_script_makes_from_the_staged_data() -> None:
    import subprocess
    import sys

    shared_path("data", "chain", "ofac")
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_intel_snapshot.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_host_prefilter_never_hides_a_match() -> None:
    index = IntelIndex([
        Indicator(IndicatorType.DOMAIN, "dafom.dev", "t"),
        Indicator(IndicatorType.URL, "https://files.example.org/payload.zip", "t"),
        Indicator(IndicatorType.EMAIL, "recruiter@hire-desk.io", "t"),
    ])
    for host in ("dafom.dev", "cdn.dafom.dev", "files.example.org", "hire-desk.io", "mail.hire-desk.io"):
        assert index.may_know_host(host), host
    for host in ("example.org", "notdafom.dev", "github.com"):
        assert not index.may_know_host(host), host
        assert index.lookup(f"https://{host}/x").verdict == "unknown"
    # forms the prefilter cannot read cheaply are always looked up
    for host in ("dafom[.]dev", "10.0.0.1", "ДАФОМ.рф", "DAFOM.dev"):
        assert index.may_know_host(host), host
