"""GraphSense TagPacks: YAML files of address tags with provenance (github.com/graphsense/graphsense-tagpacks).

A TagPack is a header (title, creator, and defaults such as currency, network, confidence,
category, abuse, label, source, actor, is_public, lastmod) and a list `tags`; each tag inherits
every header default it does not set itself. What an indicator says:
- role: from the tag's abuse, category and concepts (`CONCEPT_ROLES`, GraphSense's taxonomies):
  abuses are HOSTILE, "sanction" is SANCTIONED, "victim" is VICTIM, everything else (exchanges,
  DeFi, miners, mixers, black lists) is LABEL.
- confidence: GraphSense's confidence levels (`CONFIDENCE`); TLP AMBER for a tag that is not public.
- source: "tagpack:<file name>", one feed per pack; source_version: the pack's lastmod.

The file is read whole (packs are a few MB), but never one over `MAX_BYTES`. An ActorPack (actors,
no tags) is known and imports nothing, with a note, so a folder of packs imports without error.
Addresses in currencies the address parser does not know (ZEC shielded, EOS accounts) are skipped.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from keiho.errors import IntelFormatError
from keiho.intel.importers._common import SkipLog, make_indicator, open_binary
from keiho.intel.model import TLP, ImportedFile, Indicator, IndicatorType, Role
from keiho.intel.normalize import IndicatorError

MAX_BYTES = 200 * 1024 * 1024  # the public packs are at most a few MB
SOURCE_PREFIX = "tagpack:"
REQUIRED_HEADER = ("title", "creator", "tags")  # mandatory in GraphSense's TagPack schema
NOT_INHERITED = frozenset({"title", "creator", "description", "owner", "tags"})  # about the pack, not its tags
MAX_SHOWN = 80

# GraphSense's confidence levels (graphsense-tagpack-tool, confidence.csv) on keiho's 0-100 scale.
CONFIDENCE: dict[str, int] = {
    "override": 100,
    "ownership": 100,
    "ledger_immanent": 100,
    "manual_transaction": 90,
    "service_api": 70,
    "forensic_investigation": 70,
    "authority_data": 60,
    "trusted_provider": 50,
    "service_data": 50,
    "forensic": 50,
    "untrusted_transaction": 40,
    "web_crawl": 20,
    "heuristic": 10,
    "unknown": 5,
}

# Abuse and concept ids (GraphSense's abuse and concept taxonomies) that are not neutral. An id
# not here is LABEL: exchange, defi*, wallet_service, miner, gambling, market, mixing_service,
# black_list (a stablecoin issuer's freezes, which include the null address), user, ...
CONCEPT_ROLES: dict[str, Role] = {
    "sanction": Role.SANCTIONED,  # "an entry appears on a sanction list"
    "victim": Role.VICTIM,
    **dict.fromkeys(
        (
            "abuse",
            "scam",
            "phishing",
            "service_hack",
            "ransomware",
            "extortion",
            "sextortion",
            "investment_fraud",
            "ponzi_scheme",
            "pyramid_scheme",
            "financial_crime",
            "money_laundering",
            "payment_card_fraud",
            "terrorism",
            "extremism",
            "sexual_abuse",
            "child_sexual_abuse",
            "violence",
            "torture",
            "perpetrator",
        ),
        Role.HOSTILE,
    ),
}
_PRECEDENCE = (Role.SANCTIONED, Role.HOSTILE, Role.VICTIM, Role.LABEL)  # a tag with several concepts takes the first
_TOP_KEY = re.compile(rb"^(?:title|creator|tags|actors)\s*:", re.MULTILINE)
_SUFFIXES = (".yaml", ".yml")
# libyaml's loader when PyYAML is built with it: several times faster on the larger packs
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def sniff(path: Path, head: bytes, format: str) -> bool:
    """A .yaml/.yml file (compressed or not) with a TagPack's or ActorPack's top-level keys."""
    name = path.name.lower().removesuffix(".gz").removesuffix(".bz2")
    return name.endswith(_SUFFIXES) and _TOP_KEY.search(head) is not None


def read(path: Path, format: str) -> ImportedFile:
    """Load and check the pack now (YAML is not streamed); the tags become indicators when iterated."""
    pack = _load(path)
    source = SOURCE_PREFIX + _stem(path)
    skipped: list[str] = []
    if "tags" not in pack and "actors" in pack:
        skipped.append("actors: an ActorPack (actors, not address tags); nothing imported")
        return ImportedFile(
            path=str(path),
            format=format,
            source=source,
            source_version=_version(pack.get("lastmod")),
            indicators=iter(()),
            skipped=skipped,
        )
    missing = [key for key in REQUIRED_HEADER if key not in pack]
    if missing:
        raise IntelFormatError(
            str(path),
            "top level",
            f"not a TagPack: missing key {', '.join(map(repr, missing))} (a TagPack has {', '.join(REQUIRED_HEADER)})",
        )
    if not isinstance(pack["tags"], list):
        raise IntelFormatError(str(path), "tags", f"not a list but {type(pack['tags']).__name__}")
    defaults = {key: value for key, value in pack.items() if key not in NOT_INHERITED}
    version = _version(pack.get("lastmod"))
    indicators = _indicators(path, source, version, defaults, pack["tags"], SkipLog(skipped))
    return ImportedFile(
        path=str(path), format=format, source=source, source_version=version, indicators=indicators, skipped=skipped
    )


def _stem(path: Path) -> str:
    name = path.name.removesuffix(".gz").removesuffix(".bz2")
    return next((name[: -len(s)] for s in _SUFFIXES if name.lower().endswith(s)), name)


def _load(path: Path) -> dict[str, Any]:
    name = str(path)
    try:
        with open_binary(path) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise IntelFormatError(name, "", f"cannot read: {exc}") from None
    except (EOFError, ValueError, zlib.error) as exc:  # a cut-short gzip stream is an EOFError
        raise IntelFormatError(name, "", f"cannot decompress: {exc} (file cut short?)") from None
    if len(data) > MAX_BYTES:
        raise IntelFormatError(name, "", f"larger than {MAX_BYTES // 2**20} MB; not loaded (TagPacks are a few MB)")
    try:
        pack = yaml.load(data, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise IntelFormatError(name, where, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:  # e.g. bytes that are not UTF-8
        raise IntelFormatError(name, "", f"not valid YAML: {exc}") from None
    if not isinstance(pack, dict):
        raise IntelFormatError(
            name,
            "top level",
            f"not a TagPack: a {type(pack).__name__}, not a mapping with {', '.join(REQUIRED_HEADER)}",
        )
    return pack


def _version(lastmod: object) -> str:
    if isinstance(lastmod, datetime):
        return lastmod.date().isoformat()
    if isinstance(lastmod, date):
        return lastmod.isoformat()
    return str(lastmod) if lastmod is not None else ""


def _indicators(
    path: Path, source: str, version: str, defaults: dict[str, Any], tags: list[Any], skips: SkipLog
) -> Iterator[Indicator]:
    for index, tag in enumerate(tags):
        where = f"tags[{index}]"
        if not isinstance(tag, dict):
            skips.add(where, f"not a mapping but {type(tag).__name__}")
            continue
        fields = {**defaults, **tag}
        address = fields.get("address")
        if not isinstance(address, str):
            # no address: a transaction or entity tag; a number: an unquoted 0x... that YAML read as an integer
            skips.add(
                where,
                "no address" if address is None else f"address is a {type(address).__name__}, not text (quote it)",
            )
            continue
        currency, network = _text(fields.get("currency")), _text(fields.get("network"))
        concepts = _concepts(fields)
        try:
            indicator = make_indicator(
                address,
                source,
                IndicatorType.ADDRESS,
                chain_hint=network or currency,
                source_version=version,
                role=_role(concepts),
                label=_text(fields.get("label")),
                actor=_text(fields.get("actor")),
                confidence=_confidence(
                    path, f"{where}.confidence" if "confidence" in tag else "confidence", fields.get("confidence")
                ),
                tlp=TLP.AMBER if fields.get("is_public") is False else TLP.CLEAR,
                tags=tuple(concepts)
                + ((f"currency:{currency}",) if currency else ())
                + ((f"network:{network.lower()}",) if network else ()),
                references=(_text(fields.get("source")),) if fields.get("source") else (),
            )
        except IndicatorError as exc:
            skips.add(where, f"{currency or network or 'address'} {address[:MAX_SHOWN]!r}: {exc}")
            continue
        yield indicator
    skips.close()


def _text(value: object) -> str:
    return str(value).strip() if value is not None else ""


def _concepts(fields: dict[str, Any]) -> list[str]:
    """The tag's abuse, category and concepts as "abuse:scam", "category:exchange", "<concept>"."""
    found = [f"{key}:{_text(fields[key])}" for key in ("abuse", "category") if _text(fields.get(key))]
    named = {f.partition(":")[2] for f in found}
    listed = fields.get("concepts")
    if isinstance(listed, list):
        found += [c for c in map(_text, listed) if c and c not in named]  # "exchange" once, as category:exchange
    return found


def _role(concepts: list[str]) -> Role:
    roles = {CONCEPT_ROLES.get(c.rpartition(":")[2], Role.LABEL) for c in concepts}
    return next((role for role in _PRECEDENCE if role in roles), Role.LABEL)


def _confidence(path: Path, where: str, value: object) -> int:
    """GraphSense's level for a confidence id; a number 0-100 as given (older packs)."""
    if value is None:
        return 50  # the model's default: the pack does not say
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100:
        return value
    level = CONFIDENCE.get(_text(value))
    if level is None:
        raise IntelFormatError(
            str(path), where, f"unknown confidence {value!r}; expected one of {', '.join(CONFIDENCE)}"
        )
    return level
