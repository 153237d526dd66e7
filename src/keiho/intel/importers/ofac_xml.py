"""OFAC's SDN list in its advanced XML form (`sdn_advanced.xml`): every digital-currency address on it.

The file is one issue of the whole list, so the import is `complete`: addresses the store holds from
an earlier issue but this one lacks have been delisted (Tornado Cash, 2025-03-21).

The schema is relational: reference-value sets at the top give names to ids (feature types, party
types, sanctions types), `DistinctParties` carry names and features (an address is a feature of
type "Digital Currency Address - XBT"), and `SanctionsEntries`, near the end, carry each party's
programs and listing date. The file is streamed once with `iterparse`; every finished entry is
removed from the tree, and only parties that carry addresses are remembered until their sanctions
entry is read, so memory follows the number of addresses (hundreds), not the file (121 MB).

What each indicator says:
- value: the address in normal form (`make_indicator`, the ticker as chain hint); one indicator per
  address even when the list gives it under several tickers or several parties (a USDT and an ETH
  entry of one 0x address): tickers, programs, names and references are merged.
- label: the party's primary name as the XML spells it ("Lazarus Group", "TORNADO CASH",
  "KARASAVIDI Dmitrii"); actor: the same name when the party is an entity and "" for an
  individual -- OFAC names groups (Lazarus Group, Bluenoroff) as entities, and a person is not an
  actor to resolve.
- valid_from: the earliest "Created" entry event of the party's sanctions entries. That is when the
  party was listed, not when this address was added to it (OFAC gives no per-address date).
- tags: "program:DPRK3", "asset:ETH"; references: the party's page on OFAC's sanctions search.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import IO
from xml.parsers.expat import ErrorString

from keiho.errors import IntelFormatError
from keiho.intel.importers._common import SkipLog, head, make_indicator, open_binary
from keiho.intel.model import ImportedFile, Indicator, IndicatorType, Role
from keiho.intel.normalize import IndicatorError

SOURCE = "ofac-sdn"
NAMESPACES = (
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML",
    "http://www.un.org/sanctions/1.0",  # the same schema as published before the 2024 Sanctions List Service
)
ADDRESS_FEATURE = "Digital Currency Address - "  # + ticker: the feature type names OFAC uses
DETAILS_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={uid}"
HEAD_BYTES = 16_384  # DateOfIssue is the root's first child, well inside this
_CUT_SHORT = {  # what expat says at the end of a file cut short, said plainly
    "no element found": "the XML ends early (file cut short?)",
    "unclosed token": "the XML ends inside a tag (file cut short?)",
}


def sniff(path: Path, head: bytes, format: str) -> bool:
    """An SDN advanced file opens with a `<Sanctions>` root in one of OFAC's namespaces."""
    return b"<Sanctions" in head and any(ns.encode() in head for ns in NAMESPACES)


def read(path: Path, format: str) -> ImportedFile:
    """Read the issue date from the head now; the addresses stream when `indicators` is iterated."""
    issued = _date_of_issue(path)
    skipped: list[str] = []
    return ImportedFile(
        path=str(path),
        format=format,
        source=SOURCE,
        source_version=issued.isoformat(),
        indicators=_indicators(path, issued, SkipLog(skipped)),
        complete=True,
        issued=issued,
        skipped=skipped,
    )


def _date_of_issue(path: Path) -> date:
    try:
        start = head(path, HEAD_BYTES)
    except OSError as exc:
        raise IntelFormatError(str(path), "", f"cannot read: {exc}") from None
    except (EOFError, ValueError, zlib.error) as exc:  # the compressed stream breaks before any XML
        raise IntelFormatError(str(path), "line 1", f"cannot decompress: {exc}") from None
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    ns = ""
    try:
        parser.feed(start)
        for item in parser.read_events():
            event, elem = item[0], item[-1]
            if not isinstance(elem, ET.Element):
                continue  # only start and end events were asked for; this narrows the type
            if event == "start" and not ns:
                ns = _root_namespace(str(path), elem)
            elif event == "end" and elem.tag == ns + "DateOfIssue":
                return _date(str(path), elem, ns, "Sanctions/DateOfIssue")
        if len(start) < HEAD_BYTES:
            parser.close()  # the head is the whole file: if it ends early, expat says where
    except ET.ParseError as exc:
        raise _parse_error(str(path), exc, "") from None
    raise IntelFormatError(str(path), "Sanctions/DateOfIssue", "no DateOfIssue at the start of the file, where the schema puts it")


def _root_namespace(path: str, root: ET.Element) -> str:
    """'{namespace}' of an SDN advanced root element; anything else is not this format."""
    ns, _, local = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
    if local == "Sanctions" and ns in NAMESPACES:
        return "{" + ns + "}"
    if local == "sdnList":
        problem = "this is OFAC's plain SDN XML (sdnList), which has no address features; import sdn_advanced.xml"
    else:
        problem = f"not an OFAC SDN advanced file: root element is <{local}>" + (f" in namespace {ns}" if ns else "")
    raise IntelFormatError(path, local, problem)


@dataclass
class _Party:
    """A listed party that carries addresses, until its sanctions entry is read."""

    uid: str
    name: str
    is_entity: bool
    addresses: list[tuple[str, str, str]]  # (ticker, address as written, where)
    programs: list[str] = field(default_factory=list)
    listed: date | None = None


@dataclass
class _References:
    """The reference-value sets this importer needs, id -> meaning."""

    tickers: dict[str, str]  # FeatureType id of an address feature -> "XBT"
    party_types: dict[str, str]  # PartySubType id -> "Individual" / "Entity" / ...
    program_types: set[str]  # SanctionsType ids meaning "Program"
    latin_names: set[str]  # DocNameStatus ids meaning "Primary Latin"
    created_events: set[str]  # EntryEventType ids meaning "Created"


class _CountingReader:
    """Passes reads through and counts the lines delivered, to say where a compressed stream broke."""

    def __init__(self, raw: IO[bytes]) -> None:
        # read1 (one read of the underlying stream) rather than read: when a compressed stream
        # breaks, read drops what it had decompressed in that call, and the line count would lag
        self.read_some: Callable[[int], bytes] = getattr(raw, "read1", raw.read)
        self.lines = 0

    def read(self, size: int = -1) -> bytes:
        data = self.read_some(size)
        self.lines += data.count(b"\n")
        return data


def _indicators(path: Path, issued: date, skips: SkipLog) -> Iterator[Indicator]:
    name = str(path)
    with open_binary(path) as raw:
        reader = _CountingReader(raw)
        stack: list[ET.Element] = []
        try:
            parties = _read_parties(name, reader, stack)
        except ET.ParseError as exc:
            raise _parse_error(name, exc, _element_path(stack)) from None
        except (EOFError, OSError, zlib.error) as exc:  # a compressed stream cut short or corrupt
            action = "cannot read" if isinstance(exc, OSError) else "cannot decompress"
            inside = _element_path(stack)
            raise IntelFormatError(name, f"line {reader.lines + 1}", f"{action}: {exc}" + (f" (inside {inside})" if inside else "")) from None
    yield from _merged(_address_indicators(parties, issued, skips))


def _read_parties(path: str, source: _CountingReader, stack: list[ET.Element]) -> list[_Party]:
    """Stream the file; return the parties with addresses, with their programs and listing dates."""
    ns = party_tag = entry_tag = refsets_tag = ""
    refs: _References | None = None
    parties: dict[str, _Party] = {}
    seen_entries = False
    push, pop = stack.append, stack.pop
    for event, elem in ET.iterparse(source, events=("start", "end")):
        if event == "start":
            if not stack:
                ns = _root_namespace(path, elem)
                party_tag, entry_tag, refsets_tag = ns + "DistinctParty", ns + "SanctionsEntry", ns + "ReferenceValueSets"
            push(elem)
            continue
        pop()
        depth = len(stack)
        if depth > 2:
            continue  # inside an entry: handled whole when the entry ends
        if depth == 2:  # one entry of a section
            if stack[-1].tag == refsets_tag:
                continue  # a reference set: kept until the whole ReferenceValueSets is read
            if elem.tag == party_tag:
                if refs is None:
                    raise IntelFormatError(path, _element_path(stack), "DistinctParties come before ReferenceValueSets")
                party = _party(elem, ns, refs)
                if party is not None:
                    parties[party.uid] = party
            elif elem.tag == entry_tag:
                if refs is None:
                    raise IntelFormatError(path, _element_path(stack), "SanctionsEntries come before ReferenceValueSets")
                _add_entry(path, elem, ns, refs, parties)
            stack[-1].remove(elem)  # keep memory flat; the section only ever holds this one entry
        elif depth == 1:  # a section of the root
            if elem.tag == refsets_tag:
                refs = _references(elem, ns)
            elif elem.tag == ns + "SanctionsEntries":
                seen_entries = True
            stack[-1].remove(elem)
    if refs is None or not seen_entries:
        missing = "ReferenceValueSets" if refs is None else "SanctionsEntries"
        raise IntelFormatError(path, "Sanctions", f"no {missing}: not a whole SDN advanced file")
    return list(parties.values())


def _references(sets: ET.Element, ns: str) -> _References:
    def ids(group: str, item: str) -> dict[str, str]:
        return {e.get("ID", ""): (e.text or "").strip() for e in sets.iterfind(f"{ns}{group}/{ns}{item}")}

    sub_to_type = {e.get("ID", ""): e.get("PartyTypeID", "") for e in sets.iterfind(f"{ns}PartySubTypeValues/{ns}PartySubType")}
    type_names = ids("PartyTypeValues", "PartyType")
    return _References(
        tickers={i: n[len(ADDRESS_FEATURE) :].strip() for i, n in ids("FeatureTypeValues", "FeatureType").items() if n.startswith(ADDRESS_FEATURE)},
        party_types={sub: type_names.get(typ, "") for sub, typ in sub_to_type.items()},
        program_types={i for i, n in ids("SanctionsTypeValues", "SanctionsType").items() if n == "Program"},
        latin_names={i for i, n in ids("DocNameStatusValues", "DocNameStatus").items() if n == "Primary Latin"},
        created_events={i for i, n in ids("EntryEventTypeValues", "EntryEventType").items() if n == "Created"},
    )


def _party(elem: ET.Element, ns: str, refs: _References) -> _Party | None:
    """The DistinctParty's addresses and name, or None when it has no address (most parties)."""
    uid = elem.get("FixedRef", "")
    addresses = []
    profile: ET.Element | None = None
    for profile in elem.iterfind(ns + "Profile"):
        for feature in profile.iterfind(ns + "Feature"):
            ticker = refs.tickers.get(feature.get("FeatureTypeID", ""))
            if ticker is None:
                continue
            where = f"DistinctParty[@FixedRef={uid}]/Feature[@ID={feature.get('ID', '')}]"
            for detail in feature.iterfind(f"{ns}FeatureVersion/{ns}VersionDetail"):
                addresses.append((ticker, (detail.text or "").strip(), where))
    if not addresses or profile is None:
        return None
    uid = profile.get("ID", uid)  # the SDN uid: what SanctionsEntry/@ProfileID and OFAC's search use
    is_entity = refs.party_types.get(profile.get("PartySubTypeID", "")) == "Entity"
    return _Party(uid, _primary_name(profile, ns, refs) or f"SDN {uid}", is_entity, addresses)


def _primary_name(profile: ET.Element, ns: str, refs: _References) -> str:
    """The primary identity's primary alias, in its Latin-script form, parts joined as written."""
    identities = profile.findall(ns + "Identity")
    identity = next((i for i in identities if i.get("Primary") == "true"), identities[0] if identities else None)
    if identity is None:
        return ""
    aliases = identity.findall(ns + "Alias")
    alias = next((a for a in aliases if a.get("Primary") == "true"), aliases[0] if aliases else None)
    if alias is None:
        return ""
    names = alias.findall(ns + "DocumentedName")
    name = next((n for n in names if n.get("DocNameStatusID") in refs.latin_names), names[0] if names else None)
    if name is None:
        return ""
    parts = ((p.text or "").strip() for p in name.iterfind(f"{ns}DocumentedNamePart/{ns}NamePartValue"))
    return " ".join(p for p in parts if p)


def _add_entry(path: str, elem: ET.Element, ns: str, refs: _References, parties: dict[str, _Party]) -> None:
    party = parties.get(elem.get("ProfileID", ""))
    if party is None:
        return
    where = f"Sanctions/SanctionsEntries/SanctionsEntry[@ID={elem.get('ID', '')}]"
    for event in elem.iterfind(ns + "EntryEvent"):
        when = event.find(ns + "Date")
        if event.get("EntryEventTypeID") in refs.created_events and when is not None:
            listed = _date(path, when, ns, f"{where}/EntryEvent/Date")
            party.listed = listed if party.listed is None else min(party.listed, listed)
    for measure in elem.iterfind(ns + "SanctionsMeasure"):
        program = (measure.findtext(ns + "Comment") or "").strip()
        if measure.get("SanctionsTypeID") in refs.program_types and program and program not in party.programs:
            party.programs.append(program)


def _date(path: str, elem: ET.Element, ns: str, where: str) -> date:
    parts = [(elem.findtext(ns + part) or "").strip() for part in ("Year", "Month", "Day")]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise IntelFormatError(path, where, f"not a date: year {parts[0]!r}, month {parts[1]!r}, day {parts[2]!r}") from None


def _address_indicators(parties: list[_Party], issued: date, skips: SkipLog) -> Iterator[Indicator]:
    for party in parties:
        for ticker, text, where in party.addresses:
            try:
                yield make_indicator(
                    text,
                    SOURCE,
                    IndicatorType.ADDRESS,
                    chain_hint=ticker,
                    role=Role.SANCTIONED,
                    source_version=issued.isoformat(),
                    label=party.name,
                    actor=party.name if party.is_entity else "",
                    confidence=100,
                    tags=tuple(f"program:{p}" for p in party.programs) + (f"asset:{ticker}",),
                    references=(DETAILS_URL.format(uid=party.uid),),
                    valid_from=party.listed,
                )
            except IndicatorError as exc:
                # official data should not hold a bad address; one that does is reported, not fatal
                skips.add(where, f"{ticker} address {text!r}: {exc}")


def _merged(indicators: Iterator[Indicator]) -> Iterator[Indicator]:
    """One indicator per address: the store keeps one row per value, and OFAC repeats addresses
    across tickers (an ETH and a USDT entry of one 0x address) and occasionally across parties."""
    by_value: dict[str, Indicator] = {}
    for ind in indicators:
        old = by_value.get(ind.value)
        by_value[ind.value] = ind if old is None else _merge(old, ind)
    yield from by_value.values()


def _merge(a: Indicator, b: Indicator) -> Indicator:
    def union(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...]:
        return x + tuple(v for v in y if v not in x)

    def joined(x: str, y: str) -> str:
        return x if not y or y in x.split("; ") else (f"{x}; {y}" if x else y)

    starts = [d for d in (a.valid_from, b.valid_from) if d is not None]
    return replace(
        a,
        label=joined(a.label, b.label),
        actor=joined(a.actor, b.actor),
        tags=union(a.tags, b.tags),
        references=union(a.references, b.references),
        valid_from=min(starts) if starts else None,
    )


def _element_path(stack: list[ET.Element]) -> str:
    """'Sanctions/DistinctParties/DistinctParty[@FixedRef=27307]/Profile': the elements still open."""
    steps: list[str] = []
    for elem in stack:
        local = elem.tag.rpartition("}")[2]
        key = next((k for k in ("FixedRef", "ID") if k in elem.attrib), None)
        steps.append(f"{local}[@{key}={elem.attrib[key]}]" if key and len(steps) == 2 else local)
    return "/".join(steps)


def _parse_error(path: str, exc: ET.ParseError, inside: str) -> IntelFormatError:
    line, column = exc.position
    reason = ErrorString(exc.code)
    if reason.startswith("not well-formed ("):  # expat's "not well-formed (invalid token)"
        reason = reason.removeprefix("not well-formed (").removesuffix(")")
    reason = _CUT_SHORT.get(reason, reason)
    return IntelFormatError(path, f"line {line}, column {column}", f"not well-formed XML: {reason}" + (f" (inside {inside})" if inside else ""))
