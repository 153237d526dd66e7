"""STIX 2.1 and MISP: export, import, and the round trips between them."""

from __future__ import annotations

import collections
import gzip
import json
import re
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import stix2
from conftest import shared_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keiho.errors import IntelFormatError
from keiho.intel import export
from keiho.intel.export import Sighting, to_misp_event, to_stix_bundle
from keiho.intel.importers import detect_format, misp, read
from keiho.intel.importers import stix as stix_importer
from keiho.intel.model import TLP, Indicator, IndicatorType, Role
from keiho.intel.normalize import normalize

T = IndicatorType
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
THREE_CX = ("data", "intel", "iocs", "eset", "nukesped_lazarus", "lazarus_3cx.json")


def write(tmp: Path, name: str, content: str | dict[str, Any] | list[Any]) -> Path:
    path = tmp / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def import_all(path: Path, format: str = "auto") -> tuple[list[Indicator], list[str]]:
    imported = read(path, format)
    return list(imported.indicators), imported.skipped


def stix_objects(bundle: str) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = json.loads(bundle)["objects"]
    return objects


# --- generated indicators: valid values of every type, in normal form ------------------------

_label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
_domain = st.builds(
    lambda labels, tld: ".".join([*labels, tld]),
    st.lists(_label, min_size=1, max_size=3),
    st.from_regex(r"[a-z]{2,6}", fullmatch=True),
)
_ip = st.one_of(st.ip_addresses(v=4), st.ip_addresses(v=6)).map(str)
_raw_values = st.one_of(
    st.text("0123456789abcdef", min_size=32, max_size=32).map(lambda v: (T.MD5, v)),
    st.text("0123456789abcdef", min_size=40, max_size=40).map(lambda v: (T.SHA1, v)),
    st.text("0123456789abcdef", min_size=64, max_size=64).map(lambda v: (T.SHA256, v)),
    _domain.map(lambda v: (T.DOMAIN, v)),
    st.builds(
        lambda scheme, host, path: (T.URL, f"{scheme}://{host}{path}"),
        st.sampled_from(["http", "https", "ftp"]),
        _domain,
        st.from_regex(r"(/[A-Za-z0-9._~'-]{1,8}){0,3}", fullmatch=True),
    ),
    _ip.map(lambda v: (T.IP, v)),
    st.builds(
        lambda ip, port: (T.IP_PORT, f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}"), _ip, st.integers(1, 65535)
    ),
    st.builds(
        lambda local, host: (T.EMAIL, f"{local}@{host}"), st.from_regex(r"[a-z0-9._+-]{1,10}", fullmatch=True), _domain
    ),
    st.text("0123456789abcdefABCDEF", min_size=40, max_size=40).map(lambda v: (T.ADDRESS, "0x" + v.lower())),
    st.text("abcXYZ019_.-'\\ ", min_size=1, max_size=12).map(lambda v: (T.FILENAME, "^" + re.escape(v) + "$")),
)
_text = st.text(max_size=20)
_tag = st.from_regex(r"[a-z][a-z0-9 -]{0,12}", fullmatch=True)  # not tlp:/keiho:/misp-galaxy: machine tags
_day = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))


@st.composite
def indicators(draw: st.DrawFn) -> Indicator:
    kind, raw = draw(_raw_values)
    norm = normalize(raw, kind)
    valid_from, valid_until = draw(st.none() | _day), draw(st.none() | _day)
    if valid_from and valid_until and valid_until < valid_from:
        valid_from, valid_until = valid_until, valid_from
    return Indicator(
        type=norm.type,
        value=norm.value,
        source=draw(st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)),
        role=draw(st.sampled_from(Role)),
        source_version=draw(_text),
        chain=norm.chain,
        display=draw(st.sampled_from(["", norm.display]) | _text),
        actor=draw(_text),
        label=draw(_text),
        confidence=draw(st.integers(0, 100)),
        tlp=draw(st.sampled_from(TLP)),
        tags=tuple(draw(st.lists(_tag, unique=True, max_size=3))),
        references=tuple(
            draw(
                st.lists(
                    st.one_of(st.text(min_size=1, max_size=20), _domain.map(lambda d: f"https://{d}/r")), max_size=2
                )
            )
        ),
        first_seen=draw(st.none() | _day),
        last_seen=draw(st.none() | _day),
        valid_from=valid_from,
        valid_until=valid_until,
    )


@given(_raw_values)
@settings(max_examples=300)
def test_generated_values_are_in_normal_form(pair: tuple[IndicatorType, str]) -> None:
    """The generators above only make sense if normalising their values changes nothing."""
    kind, raw = pair
    assert normalize(raw, kind).value == raw


# --- STIX export ------------------------------------------------------------------------------


@given(st.lists(indicators(), max_size=6, unique_by=lambda i: i.key))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_stix_round_trip_is_exact(originals: list[Indicator]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), "bundle.json", to_stix_bundle(originals, now=NOW))
        imported, _ = import_all(path)
    assert imported == originals


def ofac_address(ticker: str) -> str:
    """The first address of a staged OFAC list, so the test uses real addresses of each chain."""
    return shared_path("data", "intel", "iocs", "ofac", f"sanctioned_addresses_{ticker}.txt").read_text().split()[0]


def real_indicators() -> list[Indicator]:
    """Indicators as the feeds give them: the 3CX event's values, OFAC-listed addresses."""
    made = []
    for raw, ticker, fields in [
        (
            "eebb01932de0b5605dd460cc82844d8693c00ea8ab5ffdf8dbede6528c1c18fd",
            "",
            {"actor": "Lazarus Group", "label": "SimplexTea for Linux."},
        ),
        ("cedb9cdbad254f60cfb215b9bff84fb9", "", {"first_seen": date(2023, 3, 20)}),
        ("journalide.org", "", {"tlp": TLP.AMBER_STRICT, "references": ("https://www.welivesecurity.com/",)}),
        ("https://od.lk/d/NTJfMzg4MDE1NzJf/vxmedia", "", {"first_seen": date(2023, 3, 16), "tags": ("3cx", "linux")}),
        ("tcp://23.254.211.230", "", {}),
        ("23.254.211.230:443", "", {"confidence": 90}),
        ("[2001:db8::10]:8443", "", {"role": Role.VICTIM}),
        ("hr@dafom[.]dev", "", {"label": "fake recruiter"}),
        (r"\\sysnetd$", "", {"tlp": TLP.RED}),
    ]:
        kind = T.FILENAME if raw.startswith("\\") else None
        norm = normalize(raw, kind)
        made.append(Indicator(norm.type, norm.value, "eset-malware-ioc", display=norm.display, **fields))
    for ticker in ("XBT", "ETH", "TRX", "XMR"):
        norm = normalize(ofac_address(ticker), T.ADDRESS, ticker)
        made.append(
            Indicator(
                T.ADDRESS, norm.value, "ofac-sdn", Role.SANCTIONED, "2024-09-27", chain=norm.chain, display=norm.display,
                valid_from=date(2022, 8, 8), valid_until=date(2025, 3, 21) if ticker == "ETH" else None,
            )
        )  # fmt: skip
    return made


def test_stix_round_trip_of_real_indicators(tmp_path: Path) -> None:
    originals = real_indicators()
    imported, _ = import_all(write(tmp_path, "real.json", to_stix_bundle(originals, now=NOW)))
    assert imported == originals


def test_stix_export_patterns_markings_and_custom_properties() -> None:
    indicators = real_indicators()
    objects = stix_objects(to_stix_bundle(indicators, now=NOW))
    stix2.parse(
        {"type": "bundle", "id": "bundle--" + "0" * 8 + "-0000-4000-8000-" + "0" * 12, "objects": objects},
        allow_custom=True,
    )
    by_id = {o["id"]: o for o in objects}
    patterns = {i.value: by_id[export.indicator_id(i)]["pattern"] for i in indicators}
    assert patterns["eebb01932de0b5605dd460cc82844d8693c00ea8ab5ffdf8dbede6528c1c18fd"] == (
        "[file:hashes.'SHA-256' = 'eebb01932de0b5605dd460cc82844d8693c00ea8ab5ffdf8dbede6528c1c18fd']"
    )
    assert patterns["cedb9cdbad254f60cfb215b9bff84fb9"] == "[file:hashes.MD5 = 'cedb9cdbad254f60cfb215b9bff84fb9']"
    assert patterns["journalide.org"] == "[domain-name:value = 'journalide.org']"
    assert (
        patterns["23.254.211.230:443"]
        == "[network-traffic:dst_ref.value = '23.254.211.230' AND network-traffic:dst_port = 443]"
    )
    assert (
        patterns["[2001:db8::10]:8443"]
        == "[network-traffic:dst_ref.value = '2001:db8::10' AND network-traffic:dst_port = 8443]"
    )
    assert patterns["hr@dafom.dev"] == "[email-addr:value = 'hr@dafom.dev']"
    assert (
        patterns[r"\\sysnetd$"] == r"[file:name MATCHES '(?i)\\\\sysnetd$']"
    )  # the regex's backslash, escaped once more
    evm = next(i for i in indicators if i.chain == "evm")
    assert patterns[evm.value] == f"[cryptocurrency-wallet:address = '{evm.value}']"

    strict = by_id[export.indicator_id(next(i for i in indicators if i.value == "journalide.org"))]
    assert strict["object_marking_refs"] == [export.TLP2_MARKING_IDS[TLP.AMBER_STRICT]]
    markings = {o["id"]: o for o in objects if o["type"] == "marking-definition"}
    assert markings[export.TLP2_MARKING_IDS[TLP.AMBER_STRICT]]["name"] == "TLP:AMBER+STRICT"
    # No valid_from: a documented placeholder, and a note that it was a placeholder.
    assert strict["valid_from"] == "1970-01-01T00:00:00Z" and strict["x_keiho_valid_from_absent"] is True
    sanctioned = by_id[export.indicator_id(evm)]
    assert sanctioned["valid_from"] == "2022-08-08T00:00:00Z" and sanctioned["valid_until"] == "2025-03-21T00:00:00Z"
    assert sanctioned["x_keiho_role"] == "sanctioned" and sanctioned["indicator_types"] == ["malicious-activity"]
    identities = {o["id"]: o["name"] for o in objects if o["type"] == "identity"}
    assert identities[sanctioned["created_by_ref"]] == "ofac-sdn"


def test_stix_ids_are_deterministic() -> None:
    indicators = real_indicators()
    first = {o["id"] for o in stix_objects(to_stix_bundle(indicators, now=NOW))}
    again = {o["id"] for o in stix_objects(to_stix_bundle(reversed(indicators), now=datetime.now(UTC)))}
    assert first == again


def test_stix_actors_and_sightings(tmp_path: Path) -> None:
    lazarus = Indicator(T.DOMAIN, "journalide.org", "eset", actor="HIDDEN COBRA")
    unknown = Indicator(T.DOMAIN, "od.lk", "eset", actor="Someone Else")
    seen = Sighting(
        T.DOMAIN, "journalide.org", "mail:<lure-1@dafom.dev>", datetime(2024, 4, 2, 9, tzinfo=UTC),
        datetime(2024, 4, 3, 17, tzinfo=UTC), count=3, rule_id="intel-domain-hit", where="Kitsune Exchange",
    )  # fmt: skip
    aliases = {"HIDDEN COBRA": "Lazarus Group"}
    bundle = to_stix_bundle([lazarus, unknown], [seen], actor_of=aliases.get, now=NOW)
    objects = stix_objects(bundle)
    by_id = {o["id"]: o for o in objects}
    (intrusion_set,) = [o for o in objects if o["type"] == "intrusion-set"]
    assert intrusion_set["name"] == "Lazarus Group"
    (relationship,) = [o for o in objects if o["type"] == "relationship"]
    assert relationship["relationship_type"] == "indicates" and relationship["target_ref"] == intrusion_set["id"]
    assert by_id[relationship["source_ref"]]["name"] == "journalide.org"
    (sighting,) = [o for o in objects if o["type"] == "sighting"]
    assert by_id[sighting["sighting_of_ref"]]["name"] == "journalide.org"
    assert (sighting["count"], sighting["first_seen"], sighting["last_seen"]) == (
        3,
        "2024-04-02T09:00:00Z",
        "2024-04-03T17:00:00Z",
    )
    assert [by_id[ref]["name"] for ref in sighting["where_sighted_refs"]] == ["Kitsune Exchange"]
    assert (
        sighting["x_keiho_subject"] == "mail:<lure-1@dafom.dev>" and sighting["x_keiho_rule_id"] == "intel-domain-hit"
    )

    # keiho's own actor name wins on import; without it, the intrusion-set it indicates names the actor.
    imported, skipped = import_all(write(tmp_path, "actors.json", bundle))
    assert [i.actor for i in imported] == ["HIDDEN COBRA", "Someone Else"]
    for obj in objects:
        obj.pop("x_keiho_actor", None)
        obj.pop("x_keiho_source", None)
    foreign, _ = import_all(
        write(tmp_path, "foreign.json", {"type": "bundle", "id": json.loads(bundle)["id"], "objects": objects})
    )
    assert [i.actor for i in foreign] == ["Lazarus Group", ""]
    assert "1 intrusion-set objects: actor data, not indicators" in skipped
    assert "1 sighting objects: not indicators" in skipped


def test_sighting_checks() -> None:
    with pytest.raises(ValueError, match="timezone"):
        Sighting(T.DOMAIN, "od.lk", "hosts:12", datetime(2024, 1, 1), datetime(2024, 1, 2))
    with pytest.raises(ValueError, match="before"):
        Sighting(T.DOMAIN, "od.lk", "hosts:12", NOW, datetime(2020, 1, 1, tzinfo=UTC))
    orphan = Sighting(T.DOMAIN, "od.lk", "hosts:12", NOW, NOW)
    with pytest.raises(ValueError, match="no such indicator"):
        to_stix_bundle([Indicator(T.DOMAIN, "journalide.org", "eset")], [orphan])


def test_stix_empty_validity_interval_survives(tmp_path: Path) -> None:
    """Listed and delisted on one day: STIX needs valid_until > valid_from, keiho allows equal."""
    same_day = Indicator(
        T.IP, "1.2.3.4", "ofac-sdn", Role.SANCTIONED, valid_from=date(2024, 1, 5), valid_until=date(2024, 1, 5)
    )
    before_epoch = Indicator(T.IP, "1.2.3.5", "ofac-sdn", valid_until=date(1969, 7, 20))
    imported, _ = import_all(write(tmp_path, "b.json", to_stix_bundle([same_day, before_epoch], now=NOW)))
    assert imported == [same_day, before_epoch]


# --- STIX import of other producers' bundles --------------------------------------------------


def foreign_bundle() -> dict[str, Any]:
    """A bundle written the way other tools write them; the relationship comes after its indicator."""

    def indicator(number: int, pattern: str, **extra: Any) -> dict[str, Any]:
        return {
            "type": "indicator", "spec_version": "2.1", "id": f"indicator--00000000-0000-4000-8000-{number:012d}",
            "created": "2023-04-20T09:30:00.000Z", "modified": "2023-04-21T10:00:00.000Z", "pattern": pattern,
            "pattern_type": "stix", "valid_from": "2023-03-16T08:00:00Z", **extra,
        }  # fmt: skip

    return {
        "type": "bundle",
        "id": "bundle--00000000-0000-4000-8000-000000000000",
        "objects": [
            indicator(
                1, "[domain-name:value = 'JOURNALIDE.org']", created_by_ref="identity--00000000-0000-4000-8000-00000000000a",
                object_marking_refs=[stix2.TLP_AMBER.id], labels=["c2"], confidence=85, name="3CX Linux C2",
                valid_until="2024-01-01T06:00:00Z", external_references=[{"source_name": "ESET", "url": "https://example.org/3cx"}],
            ),
            indicator(2, "[ipv4-addr:value = '23.254.211.230'] OR [url:value = 'tcp://23.254.211.230']"),
            indicator(3, "[file:name = 'x.dll' AND file:size = 3]"),
            {**indicator(4, "rule x { condition: true }"), "pattern_type": "yara"},
            indicator(5, "[ipv4-addr:value = '38.108.185.115/32']", indicator_types=["benign"], object_marking_refs=[stix2.TLP_WHITE.id]),
            indicator(6, "[ipv4-addr:value = 'not-an-ip']"),
            indicator(7, "[file:hashes.SHA256 = 'EEBB01932DE0B5605DD460CC82844D8693C00EA8AB5FFDF8DBEDE6528C1C18FD']", revoked=True),
            {"type": "relationship", "spec_version": "2.1", "id": "relationship--00000000-0000-4000-8000-000000000001",
             "created": "2023-04-20T09:30:00.000Z", "modified": "2023-04-20T09:30:00.000Z", "relationship_type": "indicates",
             "source_ref": "indicator--00000000-0000-4000-8000-000000000001", "target_ref": "intrusion-set--00000000-0000-4000-8000-000000000001"},
            {"type": "intrusion-set", "spec_version": "2.1", "id": "intrusion-set--00000000-0000-4000-8000-000000000001",
             "created": "2023-04-20T09:30:00.000Z", "modified": "2023-04-20T09:30:00.000Z", "name": "Lazarus Group"},
            {"type": "identity", "spec_version": "2.1", "id": "identity--00000000-0000-4000-8000-00000000000a",
             "created": "2023-04-20T09:30:00.000Z", "modified": "2023-04-20T09:30:00.000Z", "name": "ESET Research", "identity_class": "organization"},
        ],
    }  # fmt: skip


def test_stix_import_of_a_foreign_bundle(tmp_path: Path) -> None:
    path = write(tmp_path, "eset-3cx.json", foreign_bundle())
    imported, skipped = import_all(path)
    assert imported == [
        Indicator(
            T.DOMAIN, "journalide.org", "stix:eset-research", source_version="2023-04-21T10:00:00.000Z", display="journalide.org",
            actor="Lazarus Group", label="3CX Linux C2", confidence=85, tlp=TLP.AMBER, tags=("c2",), references=("https://example.org/3cx",),
            valid_from=date(2023, 3, 16), valid_until=date(2024, 1, 2),  # a time of day rounds the end up
        ),
        Indicator(
            T.IP, "38.108.185.115", "stix:eset-3cx", Role.LABEL, source_version="2023-04-21T10:00:00.000Z", valid_from=date(2023, 3, 16)
        ),
    ]  # fmt: skip
    ids = [f"indicator--00000000-0000-4000-8000-{n:012d}" for n in range(8)]
    reasons = {line.split(": ", 1)[0].split()[-1].strip("()"): line for line in skipped}
    assert "one plain observation" in reasons[ids[2]]
    assert "AND of network-traffic" in reasons[ids[3]]
    assert "yara" in reasons[ids[4]]
    assert "not an IP address" in reasons[ids[6]]
    assert "revoked" in reasons[ids[7]]
    assert "1 intrusion-set objects: actor data, not indicators" in skipped
    assert "1 relationship objects: not indicators" in skipped


def test_attack_bundle_is_actor_data_not_indicators() -> None:
    path = shared_path("data", "intel", "attack-dprk.json")
    assert detect_format(path) == "stix"
    imported, skipped = import_all(path)
    assert imported == []
    counts = collections.Counter(obj["type"] for obj in json.loads(path.read_text())["objects"])
    actor_types = {"intrusion-set", "threat-actor", "campaign"}
    expected = [
        f"{n} {kind} objects: {'actor data, not indicators' if kind in actor_types else 'not indicators'}"
        for kind, n in counts.items()
    ]
    assert sorted(skipped) == sorted(expected)
    assert counts["intrusion-set"] == 8  # SOURCES.md: 8 intrusion-sets


def test_stix_reads_gzip(tmp_path: Path) -> None:
    originals = real_indicators()[:3]
    path = tmp_path / "b.json.gz"
    path.write_bytes(gzip.compress(to_stix_bundle(originals, now=NOW).encode()))
    assert detect_format(path) == "stix"
    imported = read(path)
    assert imported.source == "stix:b"
    assert list(imported.indicators) == originals


@pytest.mark.parametrize(
    ("document", "where", "problem"),
    [
        (
            {"type": "bundle", "id": "bundle--1", "objects": [{"id": "indicator--1"}]},
            "$.objects[0].type",
            "needs a string 'type'",
        ),
        (
            {"type": "bundle", "id": "bundle--1", "objects": [{"type": "indicator", "id": "indicator--1"}, "x"]},
            "$.objects[1]",
            "found a JSON string",
        ),
        ({"type": "bundle", "id": "bundle--1", "objects": {"type": "indicator"}}, "$.objects", "expected an array"),
        ({"Event": {"info": "3CX", "Attribute": []}}, "$.type", "looks like a MISP event"),
        ([{"type": "bundle"}], "$", "found a JSON array"),
    ],
)
def test_stix_wrong_schema_names_the_json_path(tmp_path: Path, document: Any, where: str, problem: str) -> None:
    path = write(tmp_path, "bad.json", document)
    with pytest.raises(IntelFormatError) as error:
        import_all(path, "stix")
    assert error.value.where == where and problem in error.value.problem


def test_invalid_json_gives_line_and_column(tmp_path: Path) -> None:
    bad_line = '   {"type": "indicator",, }]}'
    path = write(tmp_path, "bad.json", '{"type": "bundle",\n "objects": [\n' + bad_line)
    for format in ("stix", "misp"):
        with pytest.raises(IntelFormatError) as error:
            import_all(path, format)
        assert error.value.where == f"line 3, column {bad_line.index(',,') + 2}"  # at the second comma


def test_oversized_json_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from keiho.intel.importers import _common

    monkeypatch.setattr(_common, "MAX_JSON_BYTES", 100)
    path = write(tmp_path, "big.json", to_stix_bundle(real_indicators()[:1], now=NOW))
    with pytest.raises(IntelFormatError, match="larger than"):
        import_all(path)


# --- MISP -------------------------------------------------------------------------------------


def three_cx_attributes(event: dict[str, Any]) -> list[dict[str, Any]]:
    return [*event.get("Attribute", []), *(a for obj in event.get("Object", []) for a in obj["Attribute"])]


def test_misp_3cx_event_imports() -> None:
    path = shared_path(*THREE_CX)
    assert detect_format(path) == "misp"
    event = json.loads(path.read_text())["response"][0]["Event"]
    attributes = three_cx_attributes(event)
    by_type = collections.Counter(a["type"] for a in attributes)
    # SOURCES.md: 50 attributes (4 ip-dst, 2 domain, 3 url, 4 each md5/sha1/sha256).
    assert len(attributes) == int(event["attribute_count"]) == 50
    assert [by_type[t] for t in ("ip-dst", "domain", "url", "md5", "sha1", "sha256")] == [4, 2, 3, 4, 4, 4]

    imported, skipped = import_all(path)
    mapped = {"ip-dst": T.IP, "domain": T.DOMAIN, "url": T.URL, "md5": T.MD5, "sha1": T.SHA1, "sha256": T.SHA256}
    kept = [
        (mapped[a["type"]], a["value"]) for a in attributes if a["type"] in mapped
    ]  # values are in normal form already
    expected = list(dict.fromkeys(kept))
    assert [(i.type, i.value) for i in imported] == expected
    duplicates = len(kept) - len(expected)  # one IP is listed twice in its object

    (actor,) = [t["name"] for t in event["Tag"] if t["name"].startswith("misp-galaxy:threat-actor=")]
    assert {i.actor for i in imported} == {actor.split("=", 1)[1].strip('"')}
    assert {i.source for i in imported} == {"misp:" + event["Orgc"]["name"].lower()}
    assert {i.source_version for i in imported} == {f"{event['uuid']}@2023-04-20T09:30:00Z"}
    assert all(i.tags[0] == "ESET" and len(i.tags) == len(event["Tag"]) - 1 for i in imported)  # all but the actor tag
    simplex = next(i for i in imported if i.value == "eebb01932de0b5605dd460cc82844d8693c00ea8ab5ffdf8dbede6528c1c18fd")
    assert (simplex.label, simplex.first_seen) == ("SimplexTea for Linux.", date(2023, 3, 20))

    for misp_type in ("text", "filename", "port"):
        assert any(line.startswith(f"{by_type[misp_type]} {misp_type} attributes: ") for line in skipped)
    assert f"{duplicates} duplicate attributes: the same indicator again in one event" in skipped


def test_misp_galaxy_file_is_actor_data() -> None:
    path = shared_path("data", "intel", "actors", "misp-threat-actor-dprk.json")
    assert detect_format(path) == "misp"
    assert import_all(path) == ([], ["galaxy cluster file: actor data, imported by the actor table"])


def misp_attribute(type: str, value: str, *tags: str, **extra: Any) -> dict[str, Any]:
    return {"type": type, "value": value, "Tag": [{"name": t} for t in tags], **extra}


def test_misp_type_mapping_and_tags(tmp_path: Path) -> None:
    event = {
        "Event": {
            "uuid": "11111111-1111-4111-8111-111111111111", "timestamp": "1700000000", "info": "t",
            "Orgc": {"name": "CIRCL Luxembourg"}, "Tag": [{"name": "tlp:amber"}, {"name": "osint"}],
            "Galaxy": [{"type": "threat-actor", "GalaxyCluster": [{"value": "APT38"}]}],
            "Attribute": [
                misp_attribute("domain|ip", "dorusio.com|104.168.174.80"),
                misp_attribute("ip-dst|port", "2001:db8::1|8443", "tlp:green"),
                misp_attribute("ip-src|port", "45.61.160.3|80", 'misp-galaxy:threat-actor="TraderTraitor"'),
                misp_attribute("filename|sha256", "x.dll|EEBB01932DE0B5605DD460CC82844D8693C00EA8AB5FFDF8DBEDE6528C1C18FD"),
                misp_attribute("hostname|port", "celasllc.com|443"),
                misp_attribute("text", "0x52908400098527886E0F7030069857D2E4169EE7", 'keiho:chain="evm"', 'keiho:role="sanctioned"'),
                misp_attribute("email-src", "hr@dafom.dev", 'keiho:confidence="90"', comment="fake recruiter"),
                misp_attribute("link", "https://example.org/report"),
                misp_attribute("yara", "rule x { condition: true }"),
                misp_attribute("yara", "rule y { condition: true }"),
                misp_attribute("ip-dst", "not-an-ip"),
                misp_attribute("domain", "deleted.example", deleted=True),
            ],
            "Object": [
                {"name": "coin-address", "comment": "ransom wallet", "Attribute": [
                    misp_attribute("text", "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre", object_relation="address-crypto"),
                    misp_attribute("text", "TRX", object_relation="symbol"),
                ]},
            ],
        }
    }  # fmt: skip
    imported, skipped = import_all(write(tmp_path, "circl.json", event))
    assert [(i.type, i.value) for i in imported] == [
        (T.DOMAIN, "dorusio.com"),
        (T.IP, "104.168.174.80"),
        (T.IP_PORT, "[2001:db8::1]:8443"),
        (T.IP_PORT, "45.61.160.3:80"),
        (T.SHA256, "eebb01932de0b5605dd460cc82844d8693c00ea8ab5ffdf8dbede6528c1c18fd"),
        (T.DOMAIN, "celasllc.com"),
        (T.ADDRESS, "0x52908400098527886e0f7030069857d2e4169ee7"),
        (T.EMAIL, "hr@dafom.dev"),
        (T.ADDRESS, "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre"),
    ]
    by_value = {i.value: i for i in imported}
    assert {i.source for i in imported} == {"misp:circl-luxembourg"}
    assert (
        by_value["dorusio.com"].tlp is TLP.AMBER and by_value["[2001:db8::1]:8443"].tlp is TLP.GREEN
    )  # the attribute's tag wins
    assert by_value["dorusio.com"].actor == "APT38" and by_value["45.61.160.3:80"].actor == "TraderTraitor"
    assert by_value["dorusio.com"].tags == ("osint",) and by_value["dorusio.com"].references == (
        "https://example.org/report",
    )
    evm = by_value["0x52908400098527886e0f7030069857d2e4169ee7"]
    assert (evm.chain, evm.role) == ("evm", Role.SANCTIONED)
    assert (by_value["hr@dafom.dev"].confidence, by_value["hr@dafom.dev"].label) == (90, "fake recruiter")
    tron = by_value["TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre"]
    assert (tron.chain, tron.label) == ("tron", "ransom wallet")
    assert "2 yara attributes: no keiho indicator type for it" in skipped
    assert "1 deleted attributes: deleted in MISP" in skipped
    assert any(line.startswith("$.Event.Attribute[10]: ip-dst 'not-an-ip'") for line in skipped)


def test_misp_odd_tags_and_dates(tmp_path: Path) -> None:
    """keiho tags that say nothing valid stay plain tags; an unreadable date skips only its attribute."""
    event = {"Event": {"Attribute": [
        misp_attribute("domain", "dorusio.com", 'keiho:role="boss"', 'keiho:confidence="150"', "tlp:ex:chr"),
        misp_attribute("domain", "celasllc.com", first_seen="yesterday"),
    ]}}  # fmt: skip
    imported, skipped = import_all(write(tmp_path, "odd.json", event))
    assert [(i.value, i.role, i.confidence, i.tlp, i.tags) for i in imported] == [
        ("dorusio.com", Role.HOSTILE, 50, TLP.CLEAR, ('keiho:role="boss"', 'keiho:confidence="150"', "tlp:ex:chr"))
    ]
    assert [line.split(": ")[0] for line in skipped] == ["$.Event.Attribute[1]"]


def test_misp_export_shape() -> None:
    indicators = real_indicators()
    event = to_misp_event(indicators, "keiho export", org="Kitsune Exchange", now=NOW)["Event"]
    attributes = {a["value"]: a for a in event["Attribute"]}
    assert event["Tag"] == [{"name": "tlp:red"}]  # the most restricted of its attributes
    assert attributes["23.254.211.230|443"]["type"] == "ip-dst|port"
    assert attributes["2001:db8::10|8443"]["type"] == "ip-dst|port"
    assert attributes["hr@dafom.dev"]["type"] == "email-src"
    assert attributes[r"\\sysnetd$"]["type"] == "filename-pattern"
    by_chain = {i.chain: attributes[i.value]["type"] for i in indicators if i.type is T.ADDRESS}
    assert by_chain == {"bitcoin": "btc", "monero": "xmr", "evm": "text", "tron": "text"}
    simplex = attributes["eebb01932de0b5605dd460cc82844d8693c00ea8ab5ffdf8dbede6528c1c18fd"]
    assert [t["name"] for t in simplex["Tag"]] == ["tlp:clear", 'misp-galaxy:threat-actor="Lazarus Group"']
    assert simplex["comment"] == "SimplexTea for Linux." and simplex["to_ids"] is True
    od = attributes["https://od.lk/d/NTJfMzg4MDE1NzJf/vxmedia"]
    assert od["first_seen"] == "2023-03-16T00:00:00.000000+00:00" and "last_seen" not in od
    assert len({a["uuid"] for a in event["Attribute"]}) == len(indicators)


def misp_kept(indicator: Indicator) -> tuple[Any, ...]:
    """What a MISP round trip keeps (see `to_misp_event`)."""
    i = indicator
    return (i.type, i.value, i.chain, i.role, i.actor, i.label, i.confidence, i.tlp, i.tags, i.first_seen, i.last_seen)


@given(st.lists(indicators(), max_size=6, unique_by=lambda i: (i.type, i.value)))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_misp_round_trip_keeps_what_misp_can_hold(originals: list[Indicator]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), "event.json", to_misp_event(originals, "round trip", now=NOW))
        imported, skipped = import_all(path)
    assert skipped == []
    assert [misp_kept(i) for i in imported] == [misp_kept(i) for i in originals]
    assert {i.source for i in imported} <= {"misp:keiho"}


def test_misp_round_trip_of_real_indicators(tmp_path: Path) -> None:
    originals = real_indicators()
    imported, _ = import_all(write(tmp_path, "event.json", to_misp_event(originals, "real", now=NOW)))
    assert [misp_kept(i) for i in imported] == [misp_kept(i) for i in originals]


def test_misp_accepts_lists_and_search_answers(tmp_path: Path) -> None:
    event = to_misp_event(real_indicators()[:2], "one", now=NOW)
    for document in ([event, event], {"response": [event]}):
        path = write(tmp_path, "events.json", document)
        assert detect_format(path) == "misp"
        imported, _ = import_all(path)
        assert [i.value for i in imported] == [a["value"] for a in event["Event"]["Attribute"]] * (
            2 if isinstance(document, list) else 1
        )


@pytest.mark.parametrize(
    ("document", "where", "problem"),
    [
        ({"Event": {"Attribute": "x"}}, "$.Event.Attribute", "expected an array"),
        ({"Event": {"Attribute": [{"type": "ip-dst"}]}}, "$.Event.Attribute[0].value", "needs a string 'value'"),
        (
            {"Event": {"Object": [{"Attribute": [{"value": "1.2.3.4"}]}]}},
            "$.Event.Object[0].Attribute[0].type",
            "needs a string 'type'",
        ),
        ({"Event": {"Tag": [{"colour": "#fff"}]}}, "$.Event.Tag[0]", 'needs a string "name"'),
        ({"response": [{"Event": []}]}, "$.response[0].Event", "found a JSON array"),
        ({"type": "bundle", "id": "bundle--1", "objects": []}, "$", "looks like a STIX bundle"),
    ],
)
def test_misp_wrong_schema_names_the_json_path(tmp_path: Path, document: Any, where: str, problem: str) -> None:
    path = write(tmp_path, "bad.json", document)
    with pytest.raises(IntelFormatError) as error:
        import_all(path, "misp")
    assert error.value.where == where and problem in error.value.problem


def test_sniffing_tells_the_formats_apart(tmp_path: Path) -> None:
    bundle = to_stix_bundle(real_indicators()[:1], now=NOW).encode()
    event = json.dumps(to_misp_event(real_indicators()[:1], "x", now=NOW)).encode()
    assert stix_importer.sniff(Path("b.json"), bundle, "stix") and not misp.sniff(Path("b.json"), bundle, "misp")
    assert misp.sniff(Path("e.json"), event, "misp") and not stix_importer.sniff(Path("e.json"), event, "stix")
    assert not misp.sniff(Path("l.txt"), b"evil.example\n", "misp") and not stix_importer.sniff(
        Path("l.txt"), b"evil.example\n", "stix"
    )
