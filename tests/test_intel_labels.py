"""Address label files: Etherscan and Forta CSV dumps, the staged address tables (OFAC SDN snapshot and
history, Tornado Cash, Lazarus incidents) and GraphSense TagPacks.

Every staged file imports, and every address cell is accounted for: an indicator when the address is
valid, a skip entry when it is not. Validity is derived here, not taken from the importers: EVM
addresses by an EIP-55 check written below, other families by the address parser. Then the facts
SOURCES.md states, and broken files built in tmp_path."""

from __future__ import annotations

import csv
import gzip
import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SHARED, shared_path
from Crypto.Hash import keccak

from keiho.errors import IntelFormatError
from keiho.intel.addresses import parse_address
from keiho.intel.importers import FORMATS, address_csv, etherscan_csv, tagpack
from keiho.intel.importers import read as registry_read
from keiho.intel.importers._common import MAX_SKIPS_KEPT, head
from keiho.intel.model import TLP, ImportedFile, Indicator, IndicatorType, Role
from keiho.intel.normalize import IndicatorError, normalize

CHAIN = ("data", "chain")
RONIN_EXPLOITER = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"
TORNADO_100_ETH = "0xA160cdAB225685dA1d56aa342Ad8841c3b53f291"
TORNADO_DELISTED = date(2025, 3, 21)  # SOURCES.md: absent from the 2025-03-21 snapshot onward
EVM = re.compile(r"0x[0-9a-fA-F]{40}")
IMPORTERS = {"etherscan-csv": etherscan_csv, "address-csv": address_csv, "tagpack": tagpack}


def read(path: Path, format: str) -> ImportedFile:
    """The importer's own read: "address-csv" is not in the registry until it is registered."""
    return IMPORTERS[format].read(path, format)


# The address cells of each staged CSV layout (told apart by a column only it has) and the column
# that hints the chain: what the importers are specified to read, written down independently.
CSV_ADDRESS_CELLS: dict[str, tuple[tuple[str, ...], str]] = {
    "name_tag": (("address",), "chain"),
    "banned_address": (("banned_address",), ""),
    "is_contract": (("address",), ""),
    "contract_creator": (("contract_address", "contract_creator"), ""),
    "sdn_issue_date": (("address",), "asset"),
    "first_seen_sdn_xml_snapshot": (("address",), "asset"),
    "ofac_sdn_status": (("address",), "chain"),
    "incident": (("address",), "chain"),
}
FLOW_FILES = {"ronin_tornado_100eth_flows.csv", "ronin_lazarus_transfers_dune.csv"}


# --- independent derivations ----------------------------------------------------------------------


def eip55_valid(address: str) -> bool:
    """EIP-55: all-lower and all-upper hex carry no checksum; mixed case must match Keccak's nibbles."""
    digits = address[2:]
    if digits in (digits.lower(), digits.upper()):
        return True
    nibbles = keccak.new(digest_bits=256, data=digits.lower().encode()).hexdigest()
    return all(c == (c.upper() if int(n, 16) >= 8 else c.lower()) for c, n in zip(digits, nibbles[:40], strict=True))


def address_valid(text: str, hint: str) -> bool:
    text = text.strip()
    if EVM.fullmatch(text):
        return eip55_valid(text)
    try:
        normalize(text, IndicatorType.ADDRESS, hint)
    except IndicatorError:
        return False
    return True


def csv_rows(path: Path) -> list[dict[str, str]]:
    opener: Callable[..., Any] = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def skip_count(imported: ImportedFile) -> int:
    """Entries skipped: the kept reasons, or the total the importer adds when it kept only the first few."""
    last = imported.skipped[-1] if imported.skipped else ""
    total = re.match(r"in all: (\d+) entries skipped", last)
    return int(total[1]) if total else len(imported.skipped)


def staged_label_files() -> list[Path]:
    """The files to import; none (an empty parameter set, so a skip) when the shared data is absent."""
    root = SHARED.joinpath(*CHAIN)
    found = [*root.glob("labels/*.csv.gz"), *root.glob("labels/*/*.csv"), *root.glob("labels/*/*.yaml")]
    found += [*root.glob("ofac/*.csv"), *root.glob("tornado/*.csv"), *root.glob("lazarus/*.csv")]
    return sorted(found)


_imports: dict[Path, tuple[ImportedFile, list[Indicator]]] = {}


def imported(*parts: str) -> tuple[ImportedFile, list[Indicator]]:
    """The file's import, read once per test session: its ImportedFile and all its indicators."""
    path = shared_path(*CHAIN, *parts)
    if path not in _imports:
        file = read(path, sniffed_format(path))
        _imports[path] = (file, list(file.indicators))
    return _imports[path]


def sniffed_format(path: Path) -> str:
    start = head(path)
    formats = [name for name, module in IMPORTERS.items() if module.sniff(path, start, name)]
    assert len(formats) == 1, f"{path.name}: sniffed as {formats}"
    return formats[0]


def by_value(indicators: list[Indicator], address: str, role: Role | None = None) -> list[Indicator]:
    return [i for i in indicators if i.value == address.lower() and (role is None or i.role is role)]


# --- every staged file ----------------------------------------------------------------------------


def expected_csv(path: Path) -> tuple[int, int]:
    """(valid address cells, invalid ones) of a staged CSV, plus the Tornado table's OFAC rows."""
    rows = csv_rows(path)
    key = next(k for k in CSV_ADDRESS_CELLS if k in rows[0])
    columns, hint = CSV_ADDRESS_CELLS[key]
    valid = invalid = 0
    for row in rows:
        for column in columns:
            if address_valid(row[column], row[hint] if hint else ""):
                valid += 1 + (key == "ofac_sdn_status" and bool(row["ofac_sdn_status"]))
            else:
                invalid += 1
    return valid, invalid


def expected_tagpack(path: Path) -> tuple[int, int]:
    with path.open("rb") as handle:
        pack = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    defaults = {k: v for k, v in pack.items() if k != "tags"}
    valid = invalid = 0
    for tag in pack.get("tags", []):
        fields = {**defaults, **tag}
        if address_valid(fields["address"], str(fields.get("network") or fields.get("currency") or "")):
            valid += 1
        else:
            invalid += 1
    return valid, invalid


def test_the_staged_files_are_all_found() -> None:
    shared_path(*CHAIN)
    names = {p.name for p in staged_label_files()}
    assert {
        "etherscan_labels_brianleect.csv.gz",
        "1_phishing_scams.csv",
        "hacks.yaml",
        "graphsense.actorpack.yaml",
    } <= names
    assert {"sdn_crypto_address_history.csv", "tornado_cash_addresses.csv", "lazarus_incident_addresses.csv"} <= names
    # SOURCES.md: the label cloud, 4 Forta files, 10 YAML packs; 2 OFAC, 1 Tornado and 3 Lazarus CSVs
    assert len(names) == 1 + 4 + 10 + 2 + 1 + 3


@pytest.mark.parametrize("path", staged_label_files(), ids=lambda p: p.name)
def test_each_staged_file_imports_and_accounts_for_every_address(path: Path) -> None:
    parts = path.relative_to(shared_path(*CHAIN)).parts
    file, indicators = imported(*parts)
    assert all(i.type is IndicatorType.ADDRESS and i.source == file.source for i in indicators)
    if path.name in FLOW_FILES:
        assert indicators == [] and len(file.skipped) == 1
        assert "flow file, not a label list" in file.skipped[0]
        return
    if path.name == "graphsense.actorpack.yaml":
        assert indicators == [] and len(file.skipped) == 1 and "an ActorPack" in file.skipped[0]
        return
    valid, invalid = expected_tagpack(path) if path.suffix == ".yaml" else expected_csv(path)
    assert len(indicators) == valid
    assert skip_count(file) == invalid
    assert len(file.skipped) <= MAX_SKIPS_KEPT + 1


def test_the_importers_are_registered(tmp_path: Path) -> None:
    assert FORMATS["etherscan-csv"] == etherscan_csv.__name__
    assert FORMATS["tagpack"] == tagpack.__name__
    path = write(tmp_path, "x.csv", LABEL_CLOUD_HEADER + f"ethereum,{GOOD},x,y\n")
    assert [i.value for i in registry_read(path, "etherscan-csv").indicators] == [GOOD]


# --- Etherscan label cloud and Forta --------------------------------------------------------------


def test_label_cloud_roles_follow_the_labels() -> None:
    _, indicators = imported("labels", "etherscan_labels_brianleect.csv.gz")
    tagged = Counter(tag for i in indicators if "network:ethereum" in i.tags for tag in i.tags)
    assert tagged["ofac-sanctions-lists"] == 72 and tagged["blocked"] == 462  # SOURCES.md counts for ethereum
    # a dateless copy of the OFAC list and issuer freezes identify; they are not screening hits
    assert all(
        i.role is Role.LABEL
        for i in indicators
        if {"ofac-sanctions-lists", "blocked"} & set(i.tags) and not {"phish-hack", "exploit", "heist"} & set(i.tags)
    )
    hostile_rows = [
        row
        for row in csv_rows(shared_path(*CHAIN, "labels", "etherscan_labels_brianleect.csv.gz"))
        if {"phish-hack", "exploit", "heist", "scam"} & set(row["labels"].split(";"))
        and address_valid(row["address"], "")
    ]
    assert sum(i.role is Role.HOSTILE for i in indicators) == len(hostile_rows)
    bsc = next(i for i in indicators if "network:bsc" in i.tags)
    assert bsc.chain == "evm"


def test_the_ronin_exploiter_in_the_label_cloud_is_a_label() -> None:
    _, indicators = imported("labels", "etherscan_labels_brianleect.csv.gz")
    (ronin,) = by_value(indicators, RONIN_EXPLOITER)
    assert ronin.role is Role.LABEL and ronin.label == "Ronin Bridge Exploiter"
    assert "ofac-sanctions-lists" in ronin.tags and ronin.display == RONIN_EXPLOITER


def test_forta_ronin_exploiters_are_hostile_and_lazarus_in_the_incident_list() -> None:
    _, forta = imported("labels", "forta", "1_etherscan_malicious_labels.csv")
    exploiters = [i for i in forta if re.fullmatch(r"Ronin Bridge Exploiter \d+", i.label)]
    assert len(exploiters) == 7  # SOURCES.md
    assert all(i.role is Role.HOSTILE and "exploit" in i.tags and "network:ethereum" in i.tags for i in exploiters)
    _, incidents = imported("lazarus", "lazarus_incident_addresses.csv")
    for exploiter in exploiters:
        (listed,) = by_value(incidents, exploiter.value)
        assert (listed.role, listed.actor) == (Role.HOSTILE, "Lazarus Group")
        assert listed.label.startswith("Ronin Bridge")


def test_forta_contracts_and_their_deployers_are_hostile() -> None:
    for name, network in (
        ("1_malicious_smart_contracts.csv", "ethereum"),
        ("10_malicious_smart_contracts.csv", "optimism"),
    ):
        rows = csv_rows(shared_path(*CHAIN, "labels", "forta", name))
        _, indicators = imported("labels", "forta", name)
        assert all(i.role is Role.HOSTILE and f"network:{network}" in i.tags for i in indicators)
        deployers = [i for i in indicators if "deployer" in i.tags]
        assert len(deployers) == len(rows) and len(indicators) == 2 * len(rows)
        assert [d.value for d in deployers] == [r["contract_creator"].lower() for r in rows]
    _, with_tx = imported("labels", "forta", "1_malicious_smart_contracts.csv")
    assert any(ref.startswith("creation tx 0x") for ref in with_tx[0].references)


def test_forta_phishing_contracts_are_tagged() -> None:
    rows = csv_rows(shared_path(*CHAIN, "labels", "forta", "1_phishing_scams.csv"))
    _, indicators = imported("labels", "forta", "1_phishing_scams.csv")
    contracts = {r["address"].lower() for r in rows if r["is_contract"] == "True" and address_valid(r["address"], "")}
    assert {i.value for i in indicators if "contract" in i.tags} == contracts
    assert all(i.role is Role.HOSTILE for i in indicators)


# --- OFAC SDN tables ------------------------------------------------------------------------------


def test_sdn_snapshot_is_a_complete_issue() -> None:
    file, indicators = imported("ofac", "sdn_crypto_addresses_2025-11-19.csv")
    assert file.complete and file.issued == date(2025, 11, 19) and file.source_version == "2025-11-19"
    assert all(i.role is Role.SANCTIONED and i.source_version == "2025-11-19" for i in indicators)
    lazarus_eth = [i for i in indicators if i.label == "Lazarus Group" and "asset:ETH" in i.tags]
    assert len(lazarus_eth) == 8  # SOURCES.md: the Ronin exploiter and 7 first-hop intermediaries
    (ronin,) = by_value(indicators, RONIN_EXPLOITER)
    assert ronin.valid_from == date(2019, 9, 13) and ronin.actor == "Lazarus Group"  # the entry's creation (SOURCES.md)
    assert "program:DPRK3" in ronin.tags


def test_sdn_history_closes_tornado_cash_at_the_first_later_snapshot_it_shows() -> None:
    rows = csv_rows(shared_path(*CHAIN, "ofac", "sdn_crypto_address_history.csv"))
    snapshots = sorted(
        {date.fromisoformat(r[c]) for r in rows for c in ("first_seen_sdn_xml_snapshot", "last_seen_sdn_xml_snapshot")}
    )
    _, indicators = imported("ofac", "sdn_crypto_address_history.csv")
    (pool,) = by_value(indicators, TORNADO_100_ETH)
    (row,) = [r for r in rows if r["address"].lower() == TORNADO_100_ETH.lower()]
    last_seen = date.fromisoformat(row["last_seen_sdn_xml_snapshot"])
    assert pool.role is Role.SANCTIONED and pool.label == "TORNADO CASH"
    assert pool.valid_until == next(d for d in snapshots if d > last_seen)
    # the file cannot show the 2025-03-21 snapshot (no address changed in it): its bound is no earlier
    assert pool.valid_until is not None and pool.valid_until >= TORNADO_DELISTED
    assert pool.valid_from == min(
        date.fromisoformat(row["first_seen_in_daily_lists"]), date.fromisoformat(row["first_seen_sdn_xml_snapshot"])
    )
    assert pool.holds_at(last_seen) and not pool.holds_at(pool.valid_until)
    removed = [i for i in indicators if i.valid_until is not None]
    assert len(removed) == 90 and {i.label for i in removed} == {"TORNADO CASH"}  # SOURCES.md


# --- Tornado Cash and Lazarus tables --------------------------------------------------------------


def test_tornado_pool_is_a_label_and_sanctioned_until_2025_03_21() -> None:
    _, indicators = imported("tornado", "tornado_cash_addresses.csv")
    labels = by_value(indicators, TORNADO_100_ETH, Role.LABEL)
    (sanctioned,) = by_value(indicators, TORNADO_100_ETH, Role.SANCTIONED)
    assert [i.label for i in labels] == ["Tornado Cash"]
    assert {"pool", "network:ethereum", "asset:ETH", "denomination:100"} <= set(labels[0].tags)
    assert sanctioned.valid_until == TORNADO_DELISTED
    assert sanctioned.holds_at(date(2025, 3, 20)) and not sanctioned.holds_at(TORNADO_DELISTED)
    assert sum(i.role is Role.SANCTIONED for i in indicators) == 90  # SOURCES.md: the 90 OFAC-listed ETH addresses


def test_lazarus_incident_roles() -> None:
    rows = csv_rows(shared_path(*CHAIN, "lazarus", "lazarus_incident_addresses.csv"))
    _, indicators = imported("lazarus", "lazarus_incident_addresses.csv")
    (ronin,) = by_value(indicators, RONIN_EXPLOITER)
    assert ronin.role is Role.HOSTILE and ronin.actor == "Lazarus Group"
    assert ronin.label == "Ronin Bridge (Axie Infinity)" and ronin.first_seen == date(2022, 3, 23)
    assert "theft_receiver" in ronin.tags
    assert ronin.references[0].startswith("https://github.com/tayvano/lazarus-bluenoroff-research/blob/")
    victims = {
        r["address"].lower() if EVM.fullmatch(r["address"]) else r["address"]
        for r in rows
        if r["role"].startswith("victim_")
    }
    assert victims and {i.value for i in indicators if i.role is Role.VICTIM} == victims
    assert all(i.actor == "" for i in indicators if i.role is Role.VICTIM)  # the victim is not the actor
    hostile = [i for i in indicators if i.role is Role.HOSTILE]
    assert len(hostile) == sum(
        not r["role"].startswith("victim_") and address_valid(r["address"], r["chain"]) for r in rows
    )
    bybit = next(i for i in hostile if i.label == "Bybit")
    assert bybit.actor == "TraderTraitor"  # named by the FBI PSA the attribution column cites


# --- TagPacks -------------------------------------------------------------------------------------


def test_tagpack_roles_follow_abuse_and_category() -> None:
    _, scams = imported("labels", "graphsense_tagpacks", "etherscamdb_tagpack.yaml")
    assert scams and all(i.role is Role.HOSTILE for i in scams)
    _, hacks = imported("labels", "graphsense_tagpacks", "hacks.yaml")
    pack = yaml.safe_load(
        shared_path(*CHAIN, "labels", "graphsense_tagpacks", "hacks.yaml").read_text(encoding="utf-8")
    )
    hackers = {
        t["address"] for t in pack["tags"] if t.get("abuse") == "service_hack" and address_valid(t["address"], "BTC")
    }
    assert {i.value for i in hacks if i.role is Role.HOSTILE} == hackers
    assert all(
        i.role is Role.LABEL for i in hacks if "category:exchange" in i.tags and "abuse:service_hack" not in i.tags
    )
    _, frozen = imported("labels", "graphsense_tagpacks", "usdt_blacklist.yaml")
    assert len(frozen) == 774  # SOURCES.md
    # label and confidence (ledger_immanent) are the header's
    assert all(i.role is Role.LABEL and i.label == "USDT_blacklisted" and i.confidence == 100 for i in frozen)
    _, exchanges = imported("labels", "graphsense_tagpacks", "etherscan-wordcloud-exchange.yaml")
    assert len(exchanges) == 646 and all("category:exchange" in i.tags and i.confidence == 20 for i in exchanges)
    _, ofac = imported("labels", "graphsense_tagpacks", "ofac.yaml")
    assert all(i.role is Role.LABEL for i in ofac)  # category "user": a dateless copy, not the sanction itself


# --- broken and small files -----------------------------------------------------------------------

LABEL_CLOUD_HEADER = "chain,address,name_tag,labels\n"
GOOD = "0x098b716b8aaf21512996dc57eb0615e2383e2f96"
OTHER = "0x5d84a732b355ada31a36b33c446e3dee28f51555"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def all_of(path: Path, format: str) -> tuple[ImportedFile, list[Indicator]]:
    file = read(path, format)
    return file, list(file.indicators)


def test_unknown_header_names_line_1_and_the_expected_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", "addr,tag\n" + GOOD + ",x\n")
    with pytest.raises(IntelFormatError) as caught:
        read(path, "etherscan-csv")
    assert caught.value.where == "line 1"
    assert "addr, tag" in caught.value.problem and "chain, address, name_tag, labels" in caught.value.problem
    with pytest.raises(IntelFormatError, match="incident, incident_date"):
        read(path, "address-csv")


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IntelFormatError, match="empty file") as caught:
        read(write(tmp_path, "x.csv", ""), "etherscan-csv")
    assert caught.value.where == "line 1"


def test_a_ragged_row_fails_when_reached(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", LABEL_CLOUD_HEADER + f"ethereum,{GOOD},a,b\nethereum,{OTHER},a\n")
    file = read(path, "etherscan-csv")  # the header is fine: reading starts
    with pytest.raises(IntelFormatError, match="3 columns where the header has 4") as caught:
        list(file.indicators)
    assert caught.value.where == "line 3"


def test_bad_addresses_are_skipped_with_their_line(tmp_path: Path) -> None:
    bad_checksum = "0x098B716B8Aaf21512996dC57EB0615e2383E2f97"
    text = (
        LABEL_CLOUD_HEADER
        + f"bsc,{GOOD},Exploiter,exploit;heist\nethereum,not-an-address,x,y\npolygon,{bad_checksum},x,y\nethereum,,,\n"
    )
    file, indicators = all_of(write(tmp_path, "x.csv", text), "etherscan-csv")
    (exploiter,) = indicators
    assert (exploiter.value, exploiter.role) == (GOOD, Role.HOSTILE)
    assert exploiter.tags == ("network:bsc", "exploit", "heist")
    assert [entry.split(":")[0] for entry in file.skipped] == ["line 3", "line 4", "line 5"]


def test_many_skips_end_with_the_total(tmp_path: Path) -> None:
    text = (
        LABEL_CLOUD_HEADER
        + "".join(f"ethereum,bad{n},x,y\n" for n in range(MAX_SKIPS_KEPT + 5))
        + f"ethereum,{GOOD},x,y\n"
    )
    file, indicators = all_of(write(tmp_path, "x.csv", text), "etherscan-csv")
    assert len(indicators) == 1 and len(file.skipped) == MAX_SKIPS_KEPT + 1
    assert skip_count(file) == MAX_SKIPS_KEPT + 5


def test_truncated_gzip_is_a_format_error(tmp_path: Path) -> None:
    rows = "".join(f"ethereum,0x{n:040x},tag {n},exchange\n" for n in range(20000))
    whole = gzip.compress((LABEL_CLOUD_HEADER + rows).encode())
    path = tmp_path / "x.csv.gz"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(IntelFormatError, match="cannot decompress"):
        list(read(path, "etherscan-csv").indicators)


def test_text_that_is_not_utf8_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(LABEL_CLOUD_HEADER.encode() + b"ethereum," + GOOD.encode() + b",caf\xe9,x\n")
    with pytest.raises(IntelFormatError, match="not UTF-8"):
        list(read(path, "etherscan-csv").indicators)


LAZARUS_HEADER = (
    "incident,incident_date,attribution,chain,address,role,source_note,"
    "in_fbi_list,in_ofac_sdn,format_check,source_repo,source_path,source_commit\n"
)


def test_missing_role_or_bad_date_fails_with_the_column(tmp_path: Path) -> None:
    empty_role = write(tmp_path, "a.csv", LAZARUS_HEADER + f"Ronin,2022-03-23,FBI (Lazarus Group),ETH,{GOOD},,,,,,,,\n")
    with pytest.raises(IntelFormatError, match="column 'role' is empty") as caught:
        list(read(empty_role, "address-csv").indicators)
    assert caught.value.where == "line 2"
    bad_date = write(tmp_path, "b.csv", LAZARUS_HEADER + f"Ronin,March 2022,FBI,ETH,{GOOD},exploiter,,,,,,,\n")
    with pytest.raises(IntelFormatError, match="column 'incident_date': not a date"):
        list(read(bad_date, "address-csv").indicators)


def test_lazarus_victims_and_the_default_actor(tmp_path: Path) -> None:
    text = LAZARUS_HEADER + f"CoinEx,2023-09-12,industry attribution (SlowMist),ETH,{GOOD},theft,,,,,,,\n"
    text += f"CoinEx,2023-09-12,industry attribution (SlowMist),ETH,{OTHER},victim_infrastructure,hot wallet,,,,,,\n"
    _, (thief, victim) = all_of(write(tmp_path, "x.csv", text), "address-csv")
    assert (thief.role, thief.actor) == (Role.HOSTILE, "Lazarus Group")
    assert (victim.role, victim.actor) == (Role.VICTIM, "")
    assert victim.references == ("industry attribution (SlowMist)", "hot wallet")


SDN_HEADER = "address,asset,sdn_uid,sdn_name,party_type,programs,list,entity_listed_date,aka,sdn_issue_date\n"


def test_sdn_snapshot_holds_one_issue(tmp_path: Path) -> None:
    text = SDN_HEADER + f"{GOOD},ETH,27307,Lazarus Group,Entity,DPRK3,SDN List,2019-09-13,,2025-11-19\n"
    text += f"{OTHER},ETH,27307,Lazarus Group,Entity,DPRK3,SDN List,2019-09-13,,2025-11-04\n"
    file = read(write(tmp_path, "x.csv", text), "address-csv")
    assert file.issued == date(2025, 11, 19)
    with pytest.raises(IntelFormatError, match="one file, one issue") as caught:
        list(file.indicators)
    assert caught.value.where == "line 3"


HISTORY_HEADER = (
    "address,asset,sdn_uid,sdn_name,party_type,programs,entity_listed_date,"
    "first_seen_sdn_xml_snapshot,last_seen_sdn_xml_snapshot,status,first_seen_in_daily_lists\n"
)


def test_history_needs_a_later_snapshot_to_close_a_removal(tmp_path: Path) -> None:
    text = HISTORY_HEADER + f"{GOOD},ETH,1,A,Entity,CYBER2,2022-11-08,2024-05-28,2025-03-04,removed,2022-09-03\n"
    text += f"{OTHER},ETH,2,B,Individual,CYBER2,2020-01-01,2024-05-28,2025-03-04,listed,\n"
    file, indicators = all_of(write(tmp_path, "x.csv", text), "address-csv")
    assert [(i.value, i.valid_from, i.actor) for i in indicators] == [(OTHER, date(2024, 5, 28), "")]
    assert file.skipped == ["line 2: removed, but the file shows no snapshot after its last sighting 2025-03-04"]
    bad = write(
        tmp_path, "y.csv", HISTORY_HEADER + f"{GOOD},ETH,1,A,Entity,CYBER2,2022-11-08,2024-05-28,2025-03-04,delisted,\n"
    )
    with pytest.raises(IntelFormatError, match="expected listed or removed"):
        list(read(bad, "address-csv").indicators)


def test_flow_files_import_nothing_and_say_why(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", f"block_time,from,to,total_eth\n2022-03-29T21:41:18+00:00,{GOOD},{OTHER},1.0\n")
    file = read(path, "address-csv")
    assert list(file.indicators) == [] and "flow file, not a label list" in file.skipped[0]


def test_sniffers_tell_the_headers_apart(tmp_path: Path) -> None:
    cloud = write(tmp_path, "a.csv", LABEL_CLOUD_HEADER + f"ethereum,{GOOD},x,y\n")
    lazarus = write(tmp_path, "b.csv", LAZARUS_HEADER)
    pack = write(tmp_path, "c.yaml", "title: t\ncreator: c\ntags: []\n")
    claims = {
        path.name: [name for name, module in IMPORTERS.items() if module.sniff(path, head(path), name)]
        for path in (cloud, lazarus, pack)
    }
    assert claims == {"a.csv": ["etherscan-csv"], "b.csv": ["address-csv"], "c.yaml": ["tagpack"]}


TAGPACK = """\
title: Test pack
creator: keiho tests
lastmod: 2024-01-02
currency: ETH
category: exchange
confidence: web_crawl
source: https://example.org/pack
tags:
- address: '{good}'
  label: Some exchange
- address: '{other}'
  label: Drainer
  abuse: phishing
  confidence: ownership
  is_public: false
- address: zs1z7rejlpsa98s2rrrfkwmaxu53e4ue0ulcrw0h4x5g8jl04tak0d3mm47vdtahatqrlkngh9sly
  currency: ZEC
  label: shielded
- label: a tag without an address
- address: 0x5d84a732b355ada31a36b33c446e3dee28f51555
"""


def test_tagpack_tags_inherit_and_override_the_header(tmp_path: Path) -> None:
    path = write(tmp_path, "pack.yaml", TAGPACK.format(good=GOOD, other=OTHER))
    file, (exchange, drainer) = all_of(path, "tagpack")
    assert (file.source, file.source_version) == ("tagpack:pack", "2024-01-02")
    assert (exchange.role, exchange.confidence, exchange.tlp) == (Role.LABEL, 20, TLP.CLEAR)
    assert exchange.label == "Some exchange" and exchange.tags == ("category:exchange", "currency:ETH")
    assert exchange.references == ("https://example.org/pack",)
    assert (drainer.role, drainer.confidence, drainer.tlp) == (Role.HOSTILE, 100, TLP.AMBER)
    assert drainer.tags[:2] == ("abuse:phishing", "category:exchange")
    assert [entry.split(":")[0] for entry in file.skipped] == ["tags[2]", "tags[3]", "tags[4]"]
    assert "not text (quote it)" in file.skipped[2]  # YAML reads an unquoted 0x... as a number


def test_tagpack_sanction_concept_is_sanctioned(tmp_path: Path) -> None:
    path = write(
        tmp_path, "s.yaml", f"title: t\ncreator: c\ncurrency: ETH\nabuse: sanction\ntags:\n- address: '{GOOD}'\n"
    )
    _, (listed,) = all_of(path, "tagpack")
    assert listed.role is Role.SANCTIONED


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("title: t\ncreator: c\n", "top level", "not a TagPack: missing key 'tags'"),
        ("- address: x\n", "top level", "not a TagPack: a list"),
        ("title: t\ncreator: c\ntags: {a: 1}\n", "tags", "not a list"),
        ("title: t\ncreator: c\ntags:\n- address: 'x'\n  label: [unclosed\n", "line 6, column 1", "not valid YAML"),
        (
            f"title: t\ncreator: c\nconfidence: sure\ntags:\n- address: '{GOOD}'\n",
            "confidence",
            "unknown confidence 'sure'",
        ),
    ],
)
def test_yaml_that_is_not_a_tagpack_fails(tmp_path: Path, text: str, where: str, message: str) -> None:
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(IntelFormatError) as caught:
        list(read(path, "tagpack").indicators)
    assert caught.value.where == where and message in caught.value.problem


def test_actorpack_imports_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "a.actorpack.yaml", "title: Actors\ncreator: c\nactors:\n- id: lazarus\n  label: Lazarus\n")
    file, indicators = all_of(path, "tagpack")
    assert indicators == [] and "an ActorPack" in file.skipped[0]


def test_oversized_tagpack_is_refused_before_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tagpack, "MAX_BYTES", 100)
    path = write(
        tmp_path, "big.yaml", "title: t\ncreator: c\ntags:\n" + "".join(f"- address: '{GOOD}'\n" for _ in range(10))
    )
    with pytest.raises(IntelFormatError, match="larger than"):
        read(path, "tagpack")


def test_truncated_gzip_tagpack_is_a_format_error(tmp_path: Path) -> None:
    whole = gzip.compress(
        ("title: t\ncreator: c\ntags:\n" + "".join(f"- address: '0x{n:040x}'\n" for n in range(5000))).encode()
    )
    path = tmp_path / "pack.yaml.gz"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(IntelFormatError, match="cannot decompress"):
        read(path, "tagpack")


def test_parse_address_is_the_full_parser() -> None:
    """The counts above include bitcoin, tron and monero addresses: they need the checksum-verifying parser."""
    assert parse_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "XBT") is not None
