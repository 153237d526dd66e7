"""Share keiho's intel: indicators (and keiho's own sightings of them) as STIX 2.1 or a MISP event.

STIX is the lossless format: every `Indicator` field has a home, either a STIX property or an
`x_keiho_*` custom property, so `importers.stix` reads an export back to equal Indicators.
MISP has fewer slots; `to_misp_event` documents what does not survive.

Ids are deterministic (uuid5 of the indicator key), so exporting the same indicators twice gives
the same ids and a consumer updates its copy instead of duplicating it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import stix2

from keiho.intel.model import TLP, Indicator, IndicatorType, Role

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "stix.keiho")  # seeds every deterministic id we write

# TLP 2.0 as OASIS publishes it for STIX 2.1 (cti-stix-common-objects, extension-definition-
# specifications/tlp-2.0): fixed marking-definition ids carried by a property extension.
# stix2 itself only ships TLP 1.0 (WHITE/GREEN/AMBER/RED), which has no AMBER+STRICT.
TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP2_MARKING_IDS: dict[TLP, str] = {
    TLP.CLEAR: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    TLP.GREEN: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    TLP.AMBER: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    TLP.AMBER_STRICT: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    TLP.RED: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
_TLP2_CREATED = "2022-10-01T00:00:00.000Z"  # as in the OASIS definitions

# Crypto addresses: STIX 2.1 has no address object. The community convention is the
# `cryptocurrency-wallet` SCO with an `address` property (muchdogesec/stix2extensions,
# extension-definition--be78509e-6958-51b1-8b26-d17ee0eba2d7, used by txt2stix and the
# ransomwhere2stix feeds); we write that, and read the other spellings seen in the wild.
CRYPTO_OBJECT = "cryptocurrency-wallet"
CRYPTO_PROPERTY = "address"

# Placeholder for an Indicator without valid_from (STIX requires one): the epoch, i.e. "since
# always", which is what keiho's None means. `x_keiho_valid_from_absent` records the substitution.
VALID_FROM_PLACEHOLDER = date(1970, 1, 1)

# Custom properties for what STIX has no slot for. Their presence (x_keiho_source is always
# written) marks a bundle as keiho's own, whose missing x_keiho_* properties mean "default".
X_SOURCE = "x_keiho_source"
X_SOURCE_VERSION = "x_keiho_source_version"
X_ROLE = "x_keiho_role"
X_CHAIN = "x_keiho_chain"
X_DISPLAY = "x_keiho_display"
X_LABEL = "x_keiho_label"
X_ACTOR = "x_keiho_actor"
X_FIRST_SEEN = "x_keiho_first_seen"
X_LAST_SEEN = "x_keiho_last_seen"
X_VALID_FROM_ABSENT = "x_keiho_valid_from_absent"
X_VALID_UNTIL = "x_keiho_valid_until"  # only when STIX's valid_until cannot say it (empty interval)

HASH_KEYS: dict[IndicatorType, str] = {
    IndicatorType.MD5: "MD5",
    IndicatorType.SHA1: "SHA-1",
    IndicatorType.SHA256: "SHA-256",
}

# STIX indicator-type-ov per role. Hostile and sanctioned both read as malicious activity to
# other tools; x_keiho_role keeps the difference.
INDICATOR_TYPES: dict[Role, str] = {
    Role.HOSTILE: "malicious-activity",
    Role.SANCTIONED: "malicious-activity",
    Role.VICTIM: "compromised",
    Role.LABEL: "benign",
}

# The keiho key of a filename pattern is a regular expression matched case-insensitively; STIX
# MATCHES is case-sensitive PCRE, so the exported pattern carries the flag and import strips it.
CASE_INSENSITIVE = "(?i)"


@dataclass(frozen=True, slots=True)
class Sighting:
    """keiho's own observation of a known indicator: `type`/`value` seen in `subject`.

    `subject` names where keiho saw it ("mail:<message-id>", "hosts:/etc/hosts:12",
    "wallet:0x..."); `where` is the organisation that saw it, if it should be named.
    """

    type: IndicatorType
    value: str
    subject: str
    first_seen: datetime
    last_seen: datetime
    count: int = 1
    rule_id: str = ""
    where: str = ""

    def __post_init__(self) -> None:
        if self.first_seen.tzinfo is None or self.last_seen.tzinfo is None:
            raise ValueError("sighting times must be timezone-aware")
        if self.last_seen < self.first_seen:
            raise ValueError(f"{self.value}: last_seen {self.last_seen} is before first_seen {self.first_seen}")
        if not 0 <= self.count <= 999_999_999:  # STIX's bound
            raise ValueError(f"count must be 0-999999999, not {self.count}")

    @property
    def key(self) -> tuple[str, str]:
        return (self.type.value, self.value)


def _no_actor(name: str) -> str | None:
    return None


def stix_id(kind: str, *parts: str) -> str:
    """A deterministic STIX id: the same parts always give the same id."""
    return f"{kind}--{uuid.uuid5(NAMESPACE, '|'.join((kind, *parts)))}"


def indicator_id(indicator: Indicator) -> str:
    return stix_id("indicator", *indicator.key)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def stix_pattern(indicator: Indicator) -> str:
    """The STIX 2.1 pattern that matches `indicator`, built (and escaped) by stix2."""
    kind, value = indicator.type, indicator.value
    if kind in HASH_KEYS:
        return _equals("file", ["hashes", HASH_KEYS[kind]], value)
    if kind is IndicatorType.DOMAIN:
        return _equals("domain-name", ["value"], value)
    if kind is IndicatorType.URL:
        return _equals("url", ["value"], value)
    if kind is IndicatorType.IP:
        return _equals("ipv6-addr" if ":" in value else "ipv4-addr", ["value"], value)
    if kind is IndicatorType.EMAIL:
        return _equals("email-addr", ["value"], value)
    if kind is IndicatorType.ADDRESS:
        return _equals(CRYPTO_OBJECT, [CRYPTO_PROPERTY], value)
    if kind is IndicatorType.FILENAME:
        matches = stix2.MatchesComparisonExpression(
            stix2.ObjectPath("file", ["name"]), stix2.StringConstant(CASE_INSENSITIVE + value)
        )
        return str(stix2.ObservationExpression(matches))
    if kind is IndicatorType.IP_PORT:
        host, _, port = value.rpartition(":")
        both = stix2.AndBooleanExpression(
            [
                stix2.EqualityComparisonExpression(
                    stix2.ObjectPath("network-traffic", ["dst_ref", "value"]), stix2.StringConstant(host.strip("[]"))
                ),
                stix2.EqualityComparisonExpression(
                    stix2.ObjectPath("network-traffic", ["dst_port"]), stix2.IntegerConstant(int(port))
                ),
            ]
        )
        return str(stix2.ObservationExpression(both))
    raise ValueError(f"no STIX pattern for indicator type {kind}")  # pragma: no cover - enum is closed


def _equals(object_type: str, path: list[str], value: str) -> str:
    comparison = stix2.EqualityComparisonExpression(stix2.ObjectPath(object_type, path), stix2.StringConstant(value))
    return str(stix2.ObservationExpression(comparison))


def tlp_marking(tlp: TLP) -> Any:
    """The OASIS TLP 2.0 marking-definition object for `tlp`."""
    return stix2.v21.MarkingDefinition(
        id=TLP2_MARKING_IDS[tlp],
        created=_TLP2_CREATED,
        name=f"TLP:{tlp.value.upper()}",
        extensions={TLP2_EXTENSION: {"extension_type": "property-extension", "tlp_2_0": tlp.value}},
        allow_custom=True,
    )


def _identity(name: str, created: datetime) -> Any:
    return stix2.v21.Identity(
        id=stix_id("identity", name), name=name, identity_class="organization", created=created, modified=created
    )


def _stix_indicator(indicator: Indicator, created_by: str, created: datetime) -> Any:
    valid_from = indicator.valid_from or VALID_FROM_PLACEHOLDER
    if indicator.valid_from is None and indicator.valid_until is not None and indicator.valid_until <= valid_from:
        valid_from = indicator.valid_until - timedelta(days=1)  # the placeholder must still come first
    custom: dict[str, Any] = {X_SOURCE: indicator.source, X_ROLE: indicator.role.value}
    optional = {
        X_SOURCE_VERSION: indicator.source_version,
        X_CHAIN: indicator.chain,
        X_DISPLAY: indicator.display,
        X_LABEL: indicator.label,
        X_ACTOR: indicator.actor,
        X_FIRST_SEEN: indicator.first_seen.isoformat() if indicator.first_seen else "",
        X_LAST_SEEN: indicator.last_seen.isoformat() if indicator.last_seen else "",
    }
    custom.update({name: text for name, text in optional.items() if text})
    if indicator.valid_from is None:
        custom[X_VALID_FROM_ABSENT] = True
    fields: dict[str, Any] = {}
    if indicator.valid_until is not None:
        until = _midnight(indicator.valid_until)
        if indicator.valid_until <= valid_from:
            # keiho allows an empty interval (listed and delisted the same day); STIX needs
            # valid_until after valid_from, so nudge it and keep the true date aside.
            until = _midnight(valid_from) + timedelta(milliseconds=1)
            custom[X_VALID_UNTIL] = indicator.valid_until.isoformat()
        fields["valid_until"] = until
    if indicator.tags:
        fields["labels"] = list(indicator.tags)
    if indicator.references:
        fields["external_references"] = [_reference(indicator.source, ref) for ref in indicator.references]
    return stix2.v21.Indicator(
        id=indicator_id(indicator),
        created=created,
        modified=created,
        created_by_ref=created_by,
        name=indicator.label or indicator.display or indicator.value,
        indicator_types=[INDICATOR_TYPES[indicator.role]],
        pattern=stix_pattern(indicator),
        pattern_type="stix",
        pattern_version="2.1",
        valid_from=_midnight(valid_from),
        confidence=indicator.confidence,
        object_marking_refs=[TLP2_MARKING_IDS[indicator.tlp]],
        allow_custom=True,
        **fields,
        **custom,
    )


def _reference(source: str, ref: str) -> dict[str, str]:
    if ref.startswith(("http://", "https://")):
        return {"source_name": source, "url": ref}
    return {"source_name": source, "description": ref}


def to_stix_bundle(
    indicators: Iterable[Indicator],
    sightings: Iterable[Sighting] = (),
    actor_of: Callable[[str], str | None] = _no_actor,
    *,
    now: datetime | None = None,
) -> str:
    """A STIX 2.1 bundle (JSON text) of `indicators` and keiho's `sightings` of them.

    `actor_of` maps an indicator's actor name to the actor's canonical name, or None when it
    is not known; each known actor becomes one intrusion-set that its indicators `indicate`.
    `now` stamps created/modified (default: the current time). A sighting must match an
    exported indicator by (type, value), else ValueError.
    """
    created = now or datetime.now(UTC)
    markings: dict[str, Any] = {}
    identities: dict[str, Any] = {}
    stix_indicators: dict[str, Any] = {}
    actors: dict[str, Any] = {}
    relationships: dict[str, Any] = {}
    by_value: dict[tuple[str, str], list[str]] = {}
    for indicator in indicators:
        if indicator.source not in identities:
            identities[indicator.source] = _identity(indicator.source, created)
        markings.setdefault(indicator.tlp.value, tlp_marking(indicator.tlp))
        obj = _stix_indicator(indicator, identities[indicator.source].id, created)
        stix_indicators[obj.id] = obj
        by_value.setdefault((indicator.type.value, indicator.value), []).append(obj.id)
        canonical = actor_of(indicator.actor) if indicator.actor else None
        if canonical:
            if canonical not in actors:
                actors[canonical] = stix2.v21.IntrusionSet(
                    id=stix_id("intrusion-set", canonical), name=canonical, created=created, modified=created
                )
            relation = stix_id("relationship", "indicates", obj.id, actors[canonical].id)
            relationships[relation] = stix2.v21.Relationship(
                id=relation,
                relationship_type="indicates",
                source_ref=obj.id,
                target_ref=actors[canonical].id,
                created=created,
                modified=created,
            )
    stix_sightings: dict[str, Any] = {}
    for sighting in sightings:
        targets = by_value.get(sighting.key)
        if not targets:
            raise ValueError(f"sighting of {sighting.type.value} {sighting.value}: no such indicator in this export")
        where: list[str] = []
        if sighting.where:
            if sighting.where not in identities:
                identities[sighting.where] = _identity(sighting.where, created)
            where = [identities[sighting.where].id]
        for target in targets:
            obj = _stix_sighting(sighting, target, where, created)
            stix_sightings[obj.id] = obj
    objects = [
        *markings.values(),
        *identities.values(),
        *stix_indicators.values(),
        *actors.values(),
        *relationships.values(),
        *stix_sightings.values(),
    ]
    bundle = stix2.v21.Bundle(objects=objects, id=stix_id("bundle", *sorted(o.id for o in objects)), allow_custom=True)
    return str(bundle.serialize())


def _stix_sighting(sighting: Sighting, target: str, where: list[str], created: datetime) -> Any:
    custom: dict[str, Any] = {"x_keiho_subject": sighting.subject}
    if sighting.rule_id:
        custom["x_keiho_rule_id"] = sighting.rule_id
    optional: dict[str, Any] = {"where_sighted_refs": where} if where else {}
    return stix2.v21.Sighting(
        id=stix_id("sighting", target, sighting.subject, sighting.rule_id),
        created=created,
        modified=created,
        sighting_of_ref=target,
        count=sighting.count,
        first_seen=sighting.first_seen,
        last_seen=sighting.last_seen,
        description=f"keiho saw {sighting.value} in {sighting.subject}",
        allow_custom=True,
        **optional,
        **custom,
    )


# --- MISP -------------------------------------------------------------------------------------

# keiho type -> (MISP attribute type, category). Categories are MISP's defaults for the type.
MISP_TYPES: dict[IndicatorType, tuple[str, str]] = {
    IndicatorType.MD5: ("md5", "Payload delivery"),
    IndicatorType.SHA1: ("sha1", "Payload delivery"),
    IndicatorType.SHA256: ("sha256", "Payload delivery"),
    IndicatorType.DOMAIN: ("domain", "Network activity"),
    IndicatorType.URL: ("url", "Network activity"),
    IndicatorType.IP: ("ip-dst", "Network activity"),
    IndicatorType.IP_PORT: ("ip-dst|port", "Network activity"),
    IndicatorType.EMAIL: ("email-src", "Payload delivery"),
    IndicatorType.FILENAME: ("filename-pattern", "Payload installation"),
    IndicatorType.ADDRESS: ("text", "Financial fraud"),  # see MISP_CRYPTO_TYPES
}
# MISP has address types for three chains only; the rest go as `text` with a keiho:chain tag
# (MISP's own coin-address object likewise puts "other" addresses in a text attribute).
MISP_CRYPTO_TYPES: dict[str, str] = {"bitcoin": "btc", "monero": "xmr", "dash": "dash"}

MISP_GALAXY = "misp-galaxy"
KEIHO_TAG = "keiho"  # machine-tag namespace for the few fields MISP has no slot for
TLP_ORDER = (TLP.CLEAR, TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.RED)  # least to most restricted


def machine_tag(namespace: str, predicate: str, value: str) -> str:
    return f'{namespace}:{predicate}="{value}"'


def _misp_time(day: date) -> str:
    return _midnight(day).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def to_misp_event(
    indicators: Iterable[Indicator],
    info: str,
    *,
    org: str = "keiho",
    now: datetime | None = None,
    event_uuid: str | None = None,
) -> dict[str, Any]:
    """A MISP event (`{"Event": {...}}`) with one attribute per indicator.

    Kept: type, value, tlp (`tlp:*` tag), actor (`misp-galaxy:threat-actor` tag), first/last
    seen, tags, label (as the comment), role and confidence (`keiho:` machine tags, written
    only when not the default), chain (implied by btc/xmr/dash, else a `keiho:chain` tag).
    Lost, as MISP has no slot: source and source_version (an import names the event's org and
    version instead), display, references, valid_from/valid_until.
    The event itself is marked with the most restricted TLP of its attributes.
    """
    stamp = now or datetime.now(UTC)
    event_id = event_uuid or str(uuid.uuid5(NAMESPACE, f"misp-event|{org}|{info}"))
    attributes: list[dict[str, Any]] = []
    strictest = TLP.CLEAR
    for indicator in indicators:
        attributes.append(_misp_attribute(indicator, event_id, stamp))
        strictest = max(strictest, indicator.tlp, key=TLP_ORDER.index)
    return {
        "Event": {
            "uuid": event_id,
            "info": info,
            "date": stamp.date().isoformat(),
            "timestamp": str(int(stamp.timestamp())),
            "published": False,
            "analysis": "2",  # complete
            "threat_level_id": "4",  # undefined: keiho does not grade events
            "distribution": "0",  # your organisation only, until someone decides otherwise
            "Orgc": {"name": org, "uuid": str(uuid.uuid5(NAMESPACE, f"misp-org|{org}"))},
            "Tag": [{"name": f"tlp:{strictest.value}"}],
            "Attribute": attributes,
        }
    }


def _misp_attribute(indicator: Indicator, event_id: str, stamp: datetime) -> dict[str, Any]:
    misp_type, category = MISP_TYPES[indicator.type]
    value = indicator.value
    tags = [f"tlp:{indicator.tlp.value}"]
    if indicator.type is IndicatorType.ADDRESS:
        misp_type = MISP_CRYPTO_TYPES.get(indicator.chain, "text")
        if misp_type == "text":
            tags.append(machine_tag(KEIHO_TAG, "chain", indicator.chain))
    elif indicator.type is IndicatorType.IP_PORT:
        host, _, port = value.rpartition(":")
        value = f"{host.strip('[]')}|{port}"
    if indicator.actor:
        tags.append(machine_tag(MISP_GALAXY, "threat-actor", indicator.actor))
    if indicator.role is not Role.HOSTILE:
        tags.append(machine_tag(KEIHO_TAG, "role", indicator.role.value))
    if indicator.confidence != 50:
        tags.append(machine_tag(KEIHO_TAG, "confidence", str(indicator.confidence)))
    tags.extend(indicator.tags)
    attribute: dict[str, Any] = {
        "uuid": str(uuid.uuid5(NAMESPACE, "|".join(("misp-attribute", event_id, *indicator.key)))),
        "type": misp_type,
        "category": category,
        "value": value,
        "to_ids": indicator.role.screens,
        "comment": indicator.label,
        "timestamp": str(int(stamp.timestamp())),
        "distribution": "5",  # inherit the event's
        "Tag": [{"name": tag} for tag in tags],
    }
    if indicator.first_seen:
        attribute["first_seen"] = _misp_time(indicator.first_seen)
    if indicator.last_seen:
        attribute["last_seen"] = _misp_time(indicator.last_seen)
    return attribute
