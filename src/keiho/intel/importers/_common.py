"""What every importer shares: opening (plain, .gz, .bz2), building indicators, bounded skip logs."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import re
from pathlib import Path
from typing import IO, Any, cast

from keiho.errors import IntelFormatError
from keiho.intel.model import Indicator, IndicatorType
from keiho.intel.normalize import normalize

MAX_SKIPS_KEPT = 20
MAX_JSON_BYTES = 500 * 1024 * 1024  # a JSON document is read whole  # a file of garbage must not make a garbage-sized report


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

    def close(self, what: str = "entries") -> None:
        """When only the first few reasons were kept, end with the total, so nothing goes unaccounted."""
        if self.count > len(self.kept):
            self.kept.append(f"in all: {self.count} {what} skipped, the first {len(self.kept)} listed")


def read_json_document(path: Path) -> Any:
    """The JSON document in `path` (plain, .gz or .bz2), read whole; IntelFormatError if it is not one."""
    try:
        with open_binary(path) as handle:
            data = handle.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise IntelFormatError(str(path), "", f"cannot read: {exc}") from None
    except (EOFError, ValueError) as exc:  # truncated or corrupt compression
        raise IntelFormatError(str(path), "", f"cannot decompress: {exc}") from None
    if len(data) > MAX_JSON_BYTES:
        raise IntelFormatError(
            str(path), "", f"larger than {MAX_JSON_BYTES // 2**20} MB; a JSON document is read whole, so split it first"
        )
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise IntelFormatError(
            str(path), f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}"
        ) from None
    except UnicodeDecodeError as exc:
        raise IntelFormatError(str(path), f"byte {exc.start}", "not UTF-8 text") from None
    except RecursionError:
        raise IntelFormatError(str(path), "", "JSON nested too deeply") from None


def json_type(value: Any) -> str:
    """How JSON would name the type of `value`, for error messages."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def file_stem(path: Path) -> str:
    """The file name without compression and format suffixes: `aa22-108a.stix.json.gz` -> `aa22-108a`."""
    name = path.name
    for suffix in (".gz", ".bz2", ".json", ".stix"):
        name = name.removesuffix(suffix)
    return name


def slug(text: str) -> str:
    """A source id from a name: `The MITRE Corporation` -> `the-mitre-corporation`."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unnamed"
