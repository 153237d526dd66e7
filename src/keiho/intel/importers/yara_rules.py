"""YARA rule files are detection logic for the files pillar, not indicators: recognised, and
imported as nothing with a note saying so (rather than scraping hashes out of their metadata)."""

from __future__ import annotations

import re
from pathlib import Path

from keiho.intel.model import ImportedFile

_RULE = re.compile(rb"^\s*(?:(?:private|global)\s+)*rule\s+\w+", re.MULTILINE)


def sniff(path: Path, head: bytes, format: str) -> bool:
    return path.suffix.lower() in (".yar", ".yara") or _RULE.search(head) is not None and b"{" in head


def read(path: Path, format: str) -> ImportedFile:
    note = "YARA rules: detection logic for scanning files, not indicators; nothing imported"
    return ImportedFile(str(path), format, f"yara:{path.stem}", "", iter(()), skipped=[note])
