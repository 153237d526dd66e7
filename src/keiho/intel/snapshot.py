"""The intel snapshot bundled with keiho: indicators as JSON lines, gzip-compressed.

Built by `scripts/build_intel_snapshot.py` from public sources whose licences allow
redistribution (docs/intel-snapshot.md lists them); read at run time with no network.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from keiho.intel.model import TLP, Indicator, IndicatorType, Role

SNAPSHOT_FILE = "snapshot.jsonl.gz"


def to_json(i: Indicator) -> dict[str, Any]:
    """A compact dict: empty and default fields are left out."""
    out: dict[str, Any] = {"type": i.type.value, "value": i.value, "source": i.source, "role": i.role.value}
    for name in ("source_version", "chain", "display", "actor", "label"):
        if text := getattr(i, name):
            out[name] = text
    if i.confidence != 50:
        out["confidence"] = i.confidence
    if i.tlp is not TLP.CLEAR:
        out["tlp"] = i.tlp.value
    if i.tags:
        out["tags"] = list(i.tags)
    if i.references:
        out["references"] = list(i.references)
    for name in ("first_seen", "last_seen", "valid_from", "valid_until"):
        if day := getattr(i, name):
            out[name] = day.isoformat()
    return out


def from_json(data: dict[str, Any]) -> Indicator:
    def day(name: str) -> date | None:
        return date.fromisoformat(data[name]) if data.get(name) else None

    return Indicator(
        type=IndicatorType(data["type"]), value=data["value"], source=data["source"], role=Role(data["role"]),
        source_version=data.get("source_version", ""), chain=data.get("chain", ""), display=data.get("display", ""),
        actor=data.get("actor", ""), label=data.get("label", ""), confidence=int(data.get("confidence", 50)),
        tlp=TLP(data.get("tlp", "clear")), tags=tuple(data.get("tags", ())), references=tuple(data.get("references", ())),
        first_seen=day("first_seen"), last_seen=day("last_seen"), valid_from=day("valid_from"),
        valid_until=day("valid_until"),
    )  # fmt: skip


def write(indicators: Iterable[Indicator], path: Path) -> int:
    """Write a snapshot; returns the number of indicators. Output is byte-for-byte reproducible."""
    count = 0
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        for indicator in indicators:
            handle.write(json.dumps(to_json(indicator), ensure_ascii=False, sort_keys=True).encode() + b"\n")
            count += 1
    return count


def read(path: Path) -> Iterator[Indicator]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield from_json(json.loads(line))


def bundled() -> Iterator[Indicator]:
    """The indicators shipped with keiho (none if the package was built without a snapshot)."""
    entry = resources.files("keiho.intel").joinpath("data", SNAPSHOT_FILE)
    if not entry.is_file():
        return
    with resources.as_file(entry) as path:
        yield from read(path)
