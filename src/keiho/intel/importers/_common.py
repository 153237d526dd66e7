"""What every importer shares: opening (plain, .gz, .bz2), building indicators, bounded skip logs."""

from __future__ import annotations

import bz2
import gzip
import io
from pathlib import Path
from typing import IO, Any, cast

from keiho.intel.model import Indicator, IndicatorType
from keiho.intel.normalize import normalize

MAX_SKIPS_KEPT = 20  # a file of garbage must not make a garbage-sized report


def open_binary(path: Path) -> IO[bytes]:
    """Open `path` for reading, decompressing .gz and .bz2 transparently."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    if name.endswith(".bz2"):
        return bz2.open(path, "rb")
    return path.open("rb")


def open_text(path: Path) -> IO[str]:
    """Text view of `open_binary`: UTF-8 (BOM tolerated), undecodable bytes raise on read."""
    return io.TextIOWrapper(open_binary(path), encoding="utf-8-sig", errors="strict", newline="")


def head(path: Path, size: int = 4096) -> bytes:
    """The first `size` bytes after decompression, for format sniffing."""
    with open_binary(path) as handle:
        return handle.read(size)


def make_indicator(raw: str, source: str, type: IndicatorType | None = None, chain_hint: str = "", **fields: Any) -> Indicator:
    """Normalise `raw` and build an Indicator; raises `IndicatorError` if `raw` is not one."""
    norm = normalize(raw, type, chain_hint)
    return Indicator(
        type=norm.type,
        value=norm.value,
        source=source,
        chain=norm.chain or fields.pop("chain", ""),
        display=fields.pop("display", "") or norm.display,
        **fields,
    )


class SkipLog:
    """Counts skipped entries and keeps the first few reasons, so a bad file gives a bounded report."""

    def __init__(self, into: list[str]) -> None:
        self.kept = into
        self.count = 0

    def add(self, where: str, reason: str) -> None:
        self.count += 1
        if len(self.kept) < MAX_SKIPS_KEPT:
            self.kept.append(f"{where}: {reason}")
