"""Importers: one module per format, each `FORMAT`, `sniff(path, head) -> bool`, `read(path) -> ImportedFile`.

`detect_format` asks each importer in turn whether a file looks like its format; the most
specific formats are asked first, plain lists last (almost anything looks like a list).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, cast

from keiho.errors import IntelFormatError
from keiho.intel.importers._common import head
from keiho.intel.model import ImportedFile

# format name -> module, in sniffing order (most specific first)
FORMATS: dict[str, str] = {
    "ofac-xml": "keiho.intel.importers.ofac_xml",
    "stix": "keiho.intel.importers.stix",
    "misp": "keiho.intel.importers.misp",
    "tagpack": "keiho.intel.importers.tagpack",
    "etherscan-csv": "keiho.intel.importers.etherscan_csv",
    "address-csv": "keiho.intel.importers.address_csv",
    "yara": "keiho.intel.importers.yara_rules",
    "maltrail": "keiho.intel.importers.lists",
    "list": "keiho.intel.importers.lists",
}


class Importer(Protocol):
    def sniff(self, path: Path, head: bytes, format: str) -> bool: ...
    def read(self, path: Path, format: str) -> ImportedFile: ...


def _module(format: str) -> Importer:
    return cast(Importer, importlib.import_module(FORMATS[format]))


def detect_format(path: Path) -> str:
    """The format of `path`, sniffed from its name and first bytes; raises IntelFormatError if none fits."""
    try:
        start = head(path)
    except OSError as exc:
        raise IntelFormatError(str(path), "", f"cannot read: {exc}") from None
    except (EOFError, ValueError) as exc:  # truncated or corrupt compression
        raise IntelFormatError(str(path), "", f"cannot decompress: {exc}") from None
    for format in FORMATS:
        if _module(format).sniff(path, start, format):
            return format
    raise IntelFormatError(str(path), "", f"unrecognised format; give one of: {', '.join(FORMATS)}")


def read(path: Path, format: str = "auto") -> ImportedFile:
    """Open `path` with the importer for `format` (or the detected one)."""
    if format == "auto":
        format = detect_format(path)
    if format not in FORMATS:
        raise IntelFormatError(str(path), "", f"unknown format {format!r}; give one of: auto, {', '.join(FORMATS)}")
    reader: Callable[[Path, str], ImportedFile] = _module(format).read
    return reader(path, format)
