"""STIX 2.1 bundles: indicator objects whose pattern is one simple comparison become Indicators.

A pattern keiho can hold is one equality (`[domain-name:value = 'x']`, `[file:hashes.MD5 = 'x']`,
`[file:name MATCHES 'x']`...) or the ip-and-port AND that `export.stix_pattern` writes; anything
else (OR, FOLLOWEDBY, qualifiers, other objects) is skipped with a reason naming the object.
Intrusion sets, attack patterns, malware, relationships... are not indicators: they are counted,
one skip line per type, and an `indicates` relationship gives its indicator the actor's name.

A bundle is one JSON document whose relationships may come after the indicators they name, so
it is read whole; files over `MAX_JSON_BYTES` are refused. keiho's own exports carry `x_keiho_*`
properties (see `keiho.intel.export`) and read back to equal Indicators.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import stix2
from stix2.pattern_visitor import create_pattern_object
from stix2patterns.exceptions import ParseException  # type: ignore[import-untyped]  # stix2's pattern parser, untyped

from keiho.errors import IntelFormatError
from keiho.intel import export
from keiho.intel.importers._common import (
    SkipLog,
    file_stem,
    json_type,
    read_json_document,
    slug,
)
from keiho.intel.importers._common import head as head_of
from keiho.intel.model import TLP, ImportedFile, Indicator, IndicatorType, Role
from keiho.intel.normalize import IndicatorError, normalize

_BUNDLE_TYPE = re.compile(rb'"type"\s*:\s*"bundle"')
_ACTOR_TYPES = ("intrusion-set", "threat-actor")  # what an `indicates` relationship may name as the actor
_ACTOR_DATA = {*_ACTOR_TYPES, "campaign"}

# (object type, property path) of an equality keiho can hold -> indicator type
_EQUALITIES: dict[tuple[str, tuple[str, ...]], IndicatorType] = {
    ("domain-name", ("value",)): IndicatorType.DOMAIN,
    ("url", ("value",)): IndicatorType.URL,
    ("ipv4-addr", ("value",)): IndicatorType.IP,
    ("ipv6-addr", ("value",)): IndicatorType.IP,
    ("network-traffic", ("dst_ref", "value")): IndicatorType.IP,
    ("email-addr", ("value",)): IndicatorType.EMAIL,
    ("email-message", ("from_ref", "value")): IndicatorType.EMAIL,
    (export.CRYPTO_OBJECT, (export.CRYPTO_PROPERTY,)): IndicatorType.ADDRESS,
    # other spellings of a crypto address seen in the wild (OpenCTI, pre-2.1 custom objects)
    ("cryptocurrency-wallet", ("value",)): IndicatorType.ADDRESS,
    ("x-cryptocurrency-wallet", ("address",)): IndicatorType.ADDRESS,
    ("x-crypto-address", ("value",)): IndicatorType.ADDRESS,
}
# STIX's indicator-type vocabulary: in 2.0 it filled `labels`, so it is no tag of ours.
_INDICATOR_TYPE_WORDS = {
    "anomalous-activity",
    "anonymization",
    "benign",
    "compromised",
    "malicious-activity",
    "attribution",
    "unknown",
}
_HASHES = {"MD5": IndicatorType.MD5, "SHA1": IndicatorType.SHA1, "SHA256": IndicatorType.SHA256}

# TLP marking-definition ids: OASIS TLP 2.0 and stix2's TLP 1.0 (WHITE is 2.0's CLEAR)
_TLP_BY_MARKING: dict[str, TLP] = {
    **{marking: tlp for tlp, marking in export.TLP2_MARKING_IDS.items()},
    stix2.TLP_WHITE.id: TLP.CLEAR,
    stix2.TLP_GREEN.id: TLP.GREEN,
    stix2.TLP_AMBER.id: TLP.AMBER,
    stix2.TLP_RED.id: TLP.RED,
}
_TLP_NAMES = {"white": TLP.CLEAR, **{tlp.value: tlp for tlp in TLP}}


class _Skip(Exception):
    """This indicator object cannot become an Indicator; the message says why."""


def sniff(path: Path, head: bytes, format: str) -> bool:
    """A JSON object that says `"type": "bundle"` near its start, or the metadata file that the
    ATT&CK extracts carry beside their bundle."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"{") and (_BUNDLE_TYPE.search(head) is not None or _is_attack_meta(head))


def _is_attack_meta(head: bytes) -> bool:
    return b'"attack_version"' in head and b'"domain"' in head


def read(path: Path, format: str) -> ImportedFile:
    skipped: list[str] = []
    source = f"stix:{slug(file_stem(path))}"
    if _is_attack_meta(head_of(path)):
        skipped.append("ATT&CK extract metadata (version, selection rules): describes a bundle, holds no indicators")
        return ImportedFile(str(path), format, source, "", iter(()), skipped=skipped)
    return ImportedFile(
        path=str(path),
        format=format,
        source=source,
        source_version="",
        indicators=_indicators(path, source, SkipLog(skipped)),
        skipped=skipped,
    )



def _indicators(path: Path, file_source: str, skips: SkipLog) -> Iterator[Indicator]:
    objects = _bundle_objects(path, read_json_document(path))
    context = _read_context(objects)
    for kind, count in context.other_types.items():
        what = "actor data, not indicators" if kind in _ACTOR_DATA else "not indicators"
        skips.add(f"{count} {kind} objects", what)
    for index, obj in enumerate(objects):
        if obj["type"] != "indicator":
            continue
        try:
            yield _indicator(obj, context, file_source)
        except _Skip as exc:
            skips.add(f"$.objects[{index}] ({obj['id']})", str(exc))


def _bundle_objects(path: Path, document: Any) -> list[dict[str, Any]]:
    """The bundle's objects, each checked to be a JSON object with a string type and id."""
    if not isinstance(document, dict):
        raise IntelFormatError(
            str(path), "$", f"expected a STIX bundle (a JSON object), found a JSON {json_type(document)}"
        )
    if document.get("type") != "bundle":
        hint = (
            "; this looks like a MISP event, import it as format misp"
            if {"Event", "response"} & document.keys()
            else ""
        )
        raise IntelFormatError(str(path), "$.type", f"expected 'bundle', found {document.get('type')!r}{hint}")
    objects = document.get("objects", [])
    if not isinstance(objects, list):
        raise IntelFormatError(
            str(path), "$.objects", f"expected an array of STIX objects, found a JSON {json_type(objects)}"
        )
    for index, obj in enumerate(objects):
        where = f"$.objects[{index}]"
        if not isinstance(obj, dict):
            raise IntelFormatError(str(path), where, f"expected a STIX object, found a JSON {json_type(obj)}")
        for key in ("type", "id"):
            if not isinstance(obj.get(key), str):
                raise IntelFormatError(str(path), f"{where}.{key}", f"a STIX object needs a string {key!r}")
    return objects


@dataclass
class _Context:
    """What the non-indicator objects of a bundle tell about its indicators."""

    names: dict[str, str] = field(default_factory=dict)  # identity / actor id -> name
    tlp_by_marking: dict[str, TLP] = field(default_factory=lambda: dict(_TLP_BY_MARKING))
    actor_of: dict[str, str] = field(default_factory=dict)  # indicator id -> actor id it indicates
    other_types: Counter[str] = field(default_factory=Counter)


def _read_context(objects: list[dict[str, Any]]) -> _Context:
    context = _Context()
    for obj in objects:
        kind = obj["type"]
        if kind == "indicator":
            continue
        context.other_types[kind] += 1
        if kind == "identity" or kind in _ACTOR_TYPES:
            if isinstance(obj.get("name"), str):
                context.names[obj["id"]] = obj["name"]
        elif kind == "marking-definition":
            tlp = _marking_tlp(obj)
            if tlp is not None:
                context.tlp_by_marking[obj["id"]] = tlp
        elif kind == "relationship" and obj.get("relationship_type") == "indicates":
            source, target = obj.get("source_ref"), obj.get("target_ref")
            if isinstance(source, str) and isinstance(target, str) and target.split("--")[0] in _ACTOR_TYPES:
                context.actor_of.setdefault(source, target)
    return context


def _marking_tlp(obj: dict[str, Any]) -> TLP | None:
    """The TLP a marking-definition object states (TLP 1.0 definition or TLP 2.0 extension), if any."""
    definition = obj.get("definition")
    if obj.get("definition_type") == "tlp" and isinstance(definition, dict):
        return _TLP_NAMES.get(str(definition.get("tlp", "")).lower())
    extensions = obj.get("extensions")
    if isinstance(extensions, dict) and isinstance(extensions.get(export.TLP2_EXTENSION), dict):
        return _TLP_NAMES.get(str(extensions[export.TLP2_EXTENSION].get("tlp_2_0", "")).lower())
    return None


def _indicator(obj: dict[str, Any], context: _Context, file_source: str) -> Indicator:
    try:
        stix2.parse(obj, allow_custom=True)
    except stix2.exceptions.STIXError as exc:
        raise _Skip(f"not a valid STIX indicator: {exc}") from None
    if obj.get("revoked") is True:
        raise _Skip("revoked by its producer")
    if obj.get("pattern_type", "stix") != "stix":
        raise _Skip(f"pattern type {obj['pattern_type']!r}, keiho reads STIX patterns only")
    kind, raw = pattern_indicator(obj["pattern"], "2.1" if obj.get("spec_version") == "2.1" else "2.0")
    own = export.X_SOURCE in obj  # written by keiho: missing x_keiho_* mean the defaults
    try:
        norm = normalize(raw, kind, str(obj.get(export.X_CHAIN, "")))
        return Indicator(
            type=norm.type,
            value=norm.value,
            source=str(obj[export.X_SOURCE]) if own else _source(obj, context, file_source),
            role=_role(obj),
            source_version=str(obj.get(export.X_SOURCE_VERSION, "")) if own else str(obj.get("modified", "")),
            chain=norm.chain or str(obj.get(export.X_CHAIN, "")),
            display=str(obj.get(export.X_DISPLAY, "")) if own else norm.display,
            actor=str(obj.get(export.X_ACTOR, ""))
            if own
            else context.names.get(context.actor_of.get(obj["id"], ""), ""),
            label=str(obj.get(export.X_LABEL, "")) if own else _foreign_label(obj, raw),
            confidence=int(obj.get("confidence", 50)),
            tlp=_tlp(obj, context),
            tags=tuple(str(label) for label in obj.get("labels", ()) if own or label not in _INDICATOR_TYPE_WORDS),
            references=tuple(_reference(ref) for ref in obj.get("external_references", ()) if _reference(ref)),
            first_seen=_day(obj.get(export.X_FIRST_SEEN)),
            last_seen=_day(obj.get(export.X_LAST_SEEN)),
            valid_from=None if obj.get(export.X_VALID_FROM_ABSENT) is True else _floor_day(obj["valid_from"]),
            valid_until=_day(obj[export.X_VALID_UNTIL])
            if export.X_VALID_UNTIL in obj
            else _ceil_day(obj.get("valid_until")),
        )
    except IndicatorError as exc:
        raise _Skip(f"{raw!r}: {exc}") from None
    except ValueError as exc:  # a bad x_keiho_* value, or dates the model refuses
        raise _Skip(str(exc)) from None


def pattern_indicator(pattern: str, version: str = "2.1") -> tuple[IndicatorType, str]:
    """The indicator type and raw value a simple STIX pattern compares with; `_Skip` if it is not simple."""
    try:
        tree = create_pattern_object(pattern, version=version)
    except ParseException as exc:
        raise _Skip(f"pattern does not parse: {exc}") from None
    if not isinstance(tree, stix2.ObservationExpression):
        raise _Skip(f"pattern {pattern!r} is not one plain observation")
    expression = _unwrap(tree.operand)
    comparisons = (
        [_unwrap(e) for e in expression.operands]
        if isinstance(expression, stix2.AndBooleanExpression)
        else [expression]
    )
    terms: dict[tuple[str, tuple[str, ...]], Any] = {}
    operators: set[str] = set()
    for comparison in comparisons:
        terms[_path(comparison, pattern)] = comparison.rhs.value
        operators.add(comparison.operator)
    if len(comparisons) == 1:
        ((path, value),) = terms.items()
        return _single(path, value, operators.pop(), pattern)
    return _ip_port(terms, operators, pattern)


def _unwrap(expression: Any) -> Any:
    while isinstance(expression, stix2.ParentheticalExpression):
        expression = expression.expression
    return expression


def _path(comparison: Any, pattern: str) -> tuple[str, tuple[str, ...]]:
    if (
        not isinstance(comparison, (stix2.EqualityComparisonExpression, stix2.MatchesComparisonExpression))
        or comparison.negated
    ):
        raise _Skip(f"pattern {pattern!r} is not a plain equality")
    components = comparison.lhs.property_path
    if not all(type(c) is stix2.BasicObjectPathComponent for c in components):
        raise _Skip(f"pattern {pattern!r} uses a list index or reference path")
    return (str(comparison.lhs.object_type_name), tuple(str(c.property_name) for c in components))


def _constant(value: Any) -> str:
    # stix2 keeps a parsed string literal in its escaped form ('it\'s'); undo the escapes.
    return re.sub(r"\\(.)", r"\1", value) if isinstance(value, str) else str(value)


def _single(path: tuple[str, tuple[str, ...]], value: Any, operator: str, pattern: str) -> tuple[IndicatorType, str]:
    object_type, properties = path
    if operator == "MATCHES":
        if path != ("file", ("name",)):
            raise _Skip(f"pattern {pattern!r}: keiho reads MATCHES on file:name only")
        regex = _constant(value)
        return IndicatorType.FILENAME, regex.removeprefix(export.CASE_INSENSITIVE)
    if object_type == "file" and len(properties) == 2 and properties[0] == "hashes":
        kind = _HASHES.get(properties[1].upper().replace("-", ""))
        if kind is None:
            raise _Skip(f"pattern {pattern!r}: hash {properties[1]} is not one keiho holds")
        return kind, _constant(value)
    kind = _EQUALITIES.get(path)
    if kind is None:
        raise _Skip(f"pattern {pattern!r}: {object_type}:{'.'.join(properties)} is not an indicator keiho holds")
    text = _constant(value)
    if kind is IndicatorType.IP and text.endswith(("/32", "/128")):  # a one-address network
        text = text.rpartition("/")[0]
    return kind, text


def _ip_port(
    terms: dict[tuple[str, tuple[str, ...]], Any], operators: set[str], pattern: str
) -> tuple[IndicatorType, str]:
    address = terms.pop(("network-traffic", ("dst_ref", "value")), None)
    port = terms.pop(("network-traffic", ("dst_port",)), None)
    terms.pop(("network-traffic", ("dst_ref", "type")), None)  # says ipv4-addr or ipv6-addr: implied by the value
    if address is None or port is None or terms or operators != {"="}:
        raise _Skip(f"pattern {pattern!r}: keiho reads only an AND of network-traffic dst_ref.value and dst_port")
    host = _constant(address)
    return IndicatorType.IP_PORT, f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _role(obj: dict[str, Any]) -> Role:
    if export.X_ROLE in obj:
        return Role(obj[export.X_ROLE])
    # Another producer's "benign" (an exchange, a sinkhole) is a label, never a screening hit.
    if (obj.get("indicator_types") or obj.get("labels")) == ["benign"]:
        return Role.LABEL
    return Role.HOSTILE


def _tlp(obj: dict[str, Any], context: _Context) -> TLP:
    found = [context.tlp_by_marking[ref] for ref in obj.get("object_marking_refs", ()) if ref in context.tlp_by_marking]
    return max(found, key=export.TLP_ORDER.index) if found else TLP.CLEAR


def _source(obj: dict[str, Any], context: _Context, file_source: str) -> str:
    creator = context.names.get(str(obj.get("created_by_ref", "")))
    return f"stix:{slug(creator)}" if creator else file_source


def _foreign_label(obj: dict[str, Any], raw: str) -> str:
    # A producer's name for the indicator, unless it only repeats the value.
    name = str(obj.get("name", ""))
    return "" if raw in name else name


def _reference(ref: Any) -> str:
    if not isinstance(ref, dict):
        return ""
    return str(ref.get("url") or ref.get("description") or ref.get("external_id") or "")


def _day(text: Any) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) else None


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _floor_day(text: str) -> date:
    return _utc(text).date()


def _ceil_day(text: Any) -> date | None:
    # keiho's valid_until is a date, exclusive; round a later time of day up so the fact holds
    # at least as long as the producer said.
    if not isinstance(text, str):
        return None
    moment = _utc(text)
    return moment.date() + timedelta(days=1) if moment.time() != time() else moment.date()
