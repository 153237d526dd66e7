"""MISP event JSON: attributes, top-level and inside MISP objects, become Indicators.

Accepts `{"Event": {...}}`, a list of those, or `{"response": [...]}` (a MISP search answer).
Attribute types map to keiho types (`ip-dst|port` -> ip:port, `domain|ip` -> a domain and an IP,
`filename|sha256` -> the hash...); types keiho has no slot for (`text`, `port`, `filename`...)
are skipped with one line per type. Tags give the TLP (`tlp:*`), the actor
(`misp-galaxy:threat-actor="..."`, else a threat-actor galaxy cluster on the event) and the
`keiho:` machine tags `export.to_misp_event` writes; other tags are kept as tags. An attribute's
tags win over its event's.

Each indicator's source is `misp:<creator org>`, its version `<event uuid>@<event timestamp>`.
A MISP galaxy cluster file (actor names and synonyms) sniffs as this format too, but holds no
indicators: the actor table imports it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from keiho.errors import IntelFormatError
from keiho.intel import export
from keiho.intel.importers._common import (
    SkipLog,
    file_stem,
    json_type,
    make_indicator,
    read_json_document,
    slug,
)
from keiho.intel.model import TLP, ImportedFile, Indicator, IndicatorType, Role
from keiho.intel.normalize import IndicatorError

_EVENT = re.compile(rb'"Event"\s*:\s*\{|"response"\s*:\s*\[')
_GALAXY_VALUES = re.compile(rb'"values"\s*:\s*\[')
_MACHINE_TAG = re.compile(r'^([^:="]+):([^:="]+)="(.*)"$', re.DOTALL)
_TLP_TAG = re.compile(r"^tlp:(.+)$", re.IGNORECASE)
_TLP_NAMES = {"white": TLP.CLEAR, **{tlp.value: tlp for tlp in TLP}}

# MISP attribute type -> keiho type, for single-valued types
_SINGLE: dict[str, IndicatorType] = {
    "md5": IndicatorType.MD5,
    "sha1": IndicatorType.SHA1,
    "sha256": IndicatorType.SHA256,
    "domain": IndicatorType.DOMAIN,
    "hostname": IndicatorType.DOMAIN,
    "url": IndicatorType.URL,
    "ip-dst": IndicatorType.IP,
    "ip-src": IndicatorType.IP,
    "email": IndicatorType.EMAIL,
    "email-src": IndicatorType.EMAIL,
    "email-dst": IndicatorType.EMAIL,
    "email-reply-to": IndicatorType.EMAIL,
    "filename-pattern": IndicatorType.FILENAME,
    **{misp_type: IndicatorType.ADDRESS for misp_type in export.MISP_CRYPTO_TYPES.values()},
}
_CHAIN_OF_TYPE = {misp_type: chain for chain, misp_type in export.MISP_CRYPTO_TYPES.items()}
# composite "a|b" types -> keiho type of each part (None: that part is not kept)
_COMPOSITE: dict[str, tuple[IndicatorType | None, IndicatorType | None]] = {
    "domain|ip": (IndicatorType.DOMAIN, IndicatorType.IP),
    "hostname|port": (IndicatorType.DOMAIN, None),
    "filename|md5": (None, IndicatorType.MD5),
    "filename|sha1": (None, IndicatorType.SHA1),
    "filename|sha256": (None, IndicatorType.SHA256),
}
_IP_PORT_TYPES = {"ip-dst|port", "ip-src|port"}
_SKIP_REASONS = {
    "filename": "a literal file name (context for its hashes), not a keiho filename pattern",
    "link": "links are kept as the references of the event's indicators",
}


def sniff(path: Path, head: bytes, format: str) -> bool:
    """A MISP event (or list or search answer of them), or a MISP galaxy cluster file."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start.startswith((b"{", b"[")):
        return False
    return _EVENT.search(head) is not None or _looks_like_galaxy(head)


def _looks_like_galaxy(head: bytes) -> bool:
    lowered = head.lower()
    return (
        _GALAXY_VALUES.search(head) is not None
        and b'"uuid"' in head
        and (b"misp" in lowered or b'"synonyms"' in head or b'"meta"' in head)
    )


def read(path: Path, format: str) -> ImportedFile:
    skipped: list[str] = []
    source = f"misp:{slug(file_stem(path))}"
    return ImportedFile(
        path=str(path),
        format=format,
        source=source,
        source_version="",
        indicators=_indicators(path, source, SkipLog(skipped)),
        skipped=skipped,
    )


def _indicators(path: Path, file_source: str, skips: SkipLog) -> Iterator[Indicator]:
    document = read_json_document(path)
    if _is_galaxy(document):
        skips.add("galaxy cluster file", "actor data, imported by the actor table")
        return
    for where, event in _events(path, document):
        yield from _EventReader(path, where, event, file_source, skips).indicators()


def _is_galaxy(document: Any) -> bool:
    return (
        isinstance(document, dict)
        and isinstance(document.get("values"), list)
        and "uuid" in document
        and "Event" not in document
    )


def _events(path: Path, document: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON path, event) for each event in the document."""
    if isinstance(document, dict) and "Event" in document:
        yield "$.Event", _object(path, "$.Event", document["Event"])
        return
    if isinstance(document, dict) and "response" in document:
        items, prefix = _array(path, "$.response", document["response"]), "$.response"
    elif isinstance(document, list):
        items, prefix = document, "$"
    else:
        hint = (
            "; this looks like a STIX bundle, import it as format stix"
            if isinstance(document, dict) and document.get("type") == "bundle"
            else ""
        )
        raise IntelFormatError(
            str(path),
            "$",
            f'expected a MISP event {{"Event": ...}}, a list of them or {{"response": [...]}}, found a JSON {json_type(document)}{hint}',
        )
    for index, item in enumerate(items):
        where = f"{prefix}[{index}]"
        if not isinstance(item, dict) or "Event" not in item:
            raise IntelFormatError(str(path), where, f'expected {{"Event": ...}}, found a JSON {json_type(item)}')
        yield f"{where}.Event", _object(path, f"{where}.Event", item["Event"])


def _object(path: Path, where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise IntelFormatError(str(path), where, f"expected a JSON object, found a JSON {json_type(value)}")
    return value


def _array(path: Path, where: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise IntelFormatError(str(path), where, f"expected an array, found a JSON {json_type(value)}")
    return value


@dataclass
class _Tags:
    """What a tag list says: TLP, actor, keiho machine tags, and the rest kept as tags."""

    tlp: TLP | None = None
    actor: str = ""
    role: Role | None = None
    confidence: int | None = None
    chain: str = ""
    other: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, names: list[str]) -> _Tags:
        tags = cls()
        for name in names:
            if (
                not (tags._take_tlp(name) or tags._take_actor(name) or tags._take_keiho(name))
                and name not in tags.other
            ):
                tags.other.append(name)
        return tags

    def _take_tlp(self, name: str) -> bool:
        match = _TLP_TAG.match(name)
        found = _TLP_NAMES.get(match.group(1).lower()) if match else None
        if found is None:
            return False
        self.tlp = found if self.tlp is None else max(self.tlp, found, key=export.TLP_ORDER.index)
        return True

    def _take_actor(self, name: str) -> bool:
        match = _MACHINE_TAG.match(name)
        if not match or match.group(1, 2) != (export.MISP_GALAXY, "threat-actor"):
            return False
        self.actor = self.actor or match.group(3)
        return True

    def _take_keiho(self, name: str) -> bool:
        """A keiho machine tag; False if it says nothing keiho understands (then it stays a plain tag)."""
        match = _MACHINE_TAG.match(name)
        if not match or match.group(1) != export.KEIHO_TAG:
            return False
        predicate, value = match.group(2, 3)
        if predicate == "role" and value in {role.value for role in Role}:
            self.role = Role(value)
        elif predicate == "confidence" and value.isdigit() and 0 <= int(value) <= 100:
            self.confidence = int(value)
        elif predicate == "chain" and value:
            self.chain = value
        else:
            return False
        return True


@dataclass
class _Attribute:
    where: str
    data: dict[str, Any]
    parent: dict[str, Any] | None  # the MISP object holding it, if any


class _EventReader:
    """Turns one event's attributes into Indicators, with the event's tags, org and links."""

    def __init__(self, path: Path, where: str, event: dict[str, Any], file_source: str, skips: SkipLog) -> None:
        self.path, self.where, self.event, self.skips = path, where, event, skips
        org = event.get("Orgc") or event.get("Org")
        org_name = org.get("name") if isinstance(org, dict) else None
        self.source = f"misp:{slug(org_name)}" if isinstance(org_name, str) and org_name.strip() else file_source
        self.source_version = _event_version(event)
        self.tags = _Tags.parse(self._tag_names(f"{where}.Tag", event.get("Tag", [])))
        self.galaxy_actor = _galaxy_actor(event.get("Galaxy"))
        self.attributes = list(self._attributes())
        self.references = tuple(
            str(a.data["value"])
            for a in self.attributes
            if a.parent is None and a.data["type"] == "link" and not a.data.get("deleted")
        )

    def _tag_names(self, where: str, tags: Any) -> list[str]:
        names = []
        for index, tag in enumerate(_array(self.path, where, tags)):
            if not isinstance(tag, dict) or not isinstance(tag.get("name"), str):
                raise IntelFormatError(str(self.path), f"{where}[{index}]", 'a tag needs a string "name"')
            names.append(tag["name"])
        return names

    def _attributes(self) -> Iterator[_Attribute]:
        for index, attribute in enumerate(
            _array(self.path, f"{self.where}.Attribute", self.event.get("Attribute", []))
        ):
            yield self._checked(f"{self.where}.Attribute[{index}]", attribute, None)
        for number, obj in enumerate(_array(self.path, f"{self.where}.Object", self.event.get("Object", []))):
            obj_where = f"{self.where}.Object[{number}]"
            parent = _object(self.path, obj_where, obj)
            if parent.get("deleted") is True:
                continue
            for index, attribute in enumerate(_array(self.path, f"{obj_where}.Attribute", parent.get("Attribute", []))):
                yield self._checked(f"{obj_where}.Attribute[{index}]", attribute, parent)

    def _checked(self, where: str, attribute: Any, parent: dict[str, Any] | None) -> _Attribute:
        data = _object(self.path, where, attribute)
        for key in ("type", "value"):
            if not isinstance(data.get(key), str):
                raise IntelFormatError(str(self.path), f"{where}.{key}", f"a MISP attribute needs a string {key!r}")
        return _Attribute(where, data, parent)

    def indicators(self) -> Iterator[Indicator]:
        unmapped: Counter[str] = Counter()
        deleted = 0
        for attribute in self.attributes:
            if attribute.data.get("deleted") is True:
                deleted += 1
            elif self._kinds(attribute) is None:
                unmapped[attribute.data["type"]] += 1
        for misp_type, count in unmapped.most_common():
            self.skips.add(
                f"{count} {misp_type} attributes", _SKIP_REASONS.get(misp_type, "no keiho indicator type for it")
            )
        if deleted:
            self.skips.add(f"{deleted} deleted attributes", "deleted in MISP")
        seen: set[Indicator] = set()
        duplicates = 0
        for attribute in self.attributes:
            kinds = self._kinds(attribute)
            if attribute.data.get("deleted") is True or kinds is None:
                continue
            for indicator in self._indicators_of(attribute, kinds):
                if indicator in seen:
                    duplicates += 1
                    continue
                seen.add(indicator)
                yield indicator
        if duplicates:
            self.skips.add(f"{duplicates} duplicate attributes", "the same indicator again in one event")

    def _kinds(self, attribute: _Attribute) -> list[tuple[IndicatorType, str, str]] | None:
        """(keiho type, raw value, chain hint) for each indicator in the attribute; None if none can be."""
        misp_type, value = attribute.data["type"], attribute.data["value"]
        if misp_type in _SINGLE:
            return [(_SINGLE[misp_type], value, _CHAIN_OF_TYPE.get(misp_type, ""))]
        if misp_type in _IP_PORT_TYPES:
            host, _, port = value.rpartition("|")
            return [(IndicatorType.IP_PORT, f"[{host}]:{port}" if ":" in host else f"{host}:{port}", "")]
        if misp_type in _COMPOSITE:
            parts = value.split("|", 1)
            return [(kind, part, "") for kind, part in zip(_COMPOSITE[misp_type], parts) if kind is not None]
        if misp_type == "text":
            chain = self._text_chain(attribute)
            return [(IndicatorType.ADDRESS, value, chain)] if chain is not None else None
        return None

    def _text_chain(self, attribute: _Attribute) -> str | None:
        # A crypto address MISP has no type for: keiho's export tags it keiho:chain="...", MISP's
        # coin-address object names it address-crypto next to a `symbol`.
        tags = attribute.data.get("Tag")
        names = [tag.get("name") for tag in tags if isinstance(tag, dict)] if isinstance(tags, list) else []
        chain = _Tags.parse([name for name in names if isinstance(name, str)]).chain
        if chain:
            return chain
        if attribute.parent is not None and attribute.data.get("object_relation") == "address-crypto":
            symbols = [
                a.get("value")
                for a in attribute.parent.get("Attribute", [])
                if isinstance(a, dict) and a.get("object_relation") == "symbol"
            ]
            return str(symbols[0]) if symbols else ""
        return None

    def _indicators_of(self, attribute: _Attribute, kinds: list[tuple[IndicatorType, str, str]]) -> Iterator[Indicator]:
        data, parent = attribute.data, attribute.parent or {}
        try:
            tags = _Tags.parse(self._tag_names(f"{attribute.where}.Tag", data.get("Tag", [])))
            fields: dict[str, Any] = {
                "role": tags.role or self.tags.role or Role.HOSTILE,
                "source_version": self.source_version,
                "actor": tags.actor or _galaxy_actor(data.get("Galaxy")) or self.tags.actor or self.galaxy_actor,
                "label": str(data.get("comment") or parent.get("comment") or ""),
                "confidence": tags.confidence
                if tags.confidence is not None
                else self.tags.confidence
                if self.tags.confidence is not None
                else 50,
                "tlp": tags.tlp or self.tags.tlp or TLP.CLEAR,
                "tags": tuple(dict.fromkeys([*self.tags.other, *tags.other])),
                "references": self.references,
                "first_seen": _day(data.get("first_seen") or parent.get("first_seen")),
                "last_seen": _day(data.get("last_seen") or parent.get("last_seen")),
            }
        except ValueError as exc:
            self.skips.add(attribute.where, f"bad first_seen or last_seen: {exc}")
            return
        for kind, raw, chain in kinds:
            try:
                yield make_indicator(raw, self.source, kind, chain, **dict(fields))
            except (IndicatorError, ValueError) as exc:
                self.skips.add(attribute.where, f"{data['type']} {raw!r}: {exc}")


def _galaxy_actor(galaxies: Any) -> str:
    """The first threat-actor cluster attached to the event, if any."""
    for galaxy in galaxies if isinstance(galaxies, list) else ():
        if isinstance(galaxy, dict) and galaxy.get("type") == "threat-actor":
            for cluster in galaxy.get("GalaxyCluster") or ():
                if isinstance(cluster, dict) and isinstance(cluster.get("value"), str):
                    return str(cluster["value"])
    return ""


def _event_version(event: dict[str, Any]) -> str:
    stamp = event.get("timestamp")
    try:
        when = (
            datetime.fromtimestamp(int(stamp), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            if stamp
            else str(event.get("date", ""))
        )
    except (TypeError, ValueError, OverflowError):
        when = str(stamp)
    return f"{event.get('uuid', '')}@{when}"


def _day(text: Any) -> date | None:
    """The UTC day of a MISP first_seen/last_seen ("2023-03-16T00:00:00.000000+00:00")."""
    if not text:
        return None
    moment = datetime.fromisoformat(str(text))
    return (moment.astimezone(UTC) if moment.tzinfo else moment).date()
