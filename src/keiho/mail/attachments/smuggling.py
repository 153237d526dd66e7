"""HTML smuggling: an HTML or SVG attachment whose script assembles a file in the browser.

The payload travels as base64 or bytes inside the page, so the gateway sees only HTML; the
script turns it into a Blob or data: URL and saves it (an auto-clicked `<a download>`,
`msSaveOrOpenBlob`). A page fires when it both builds a file and triggers a download, or
when it carries an encoded executable, archive, shortcut or disk image.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from keiho.mail.attachments.filetype import Family, sniff

_PAYLOAD_FAMILIES = (
    Family.EXECUTABLE, Family.ARCHIVE, Family.COMPRESSED, Family.DISK_IMAGE, Family.SHORTCUT, Family.SCRIPT, Family.MACOS
)
_MAX_PAYLOADS_DECODED = 64  # base64 runs decoded (their first bytes only) per page
_PREFIX_CHARS = 1368  # 1026 bytes: the magic numbers and a PE header at its usual offset


@dataclass(frozen=True, slots=True)
class Smuggling:
    builders: tuple[str, ...]  # what assembles the file: 'new Blob(', 'atob(', 'data:...;base64'
    triggers: tuple[str, ...]  # what saves it: '.click()', 'msSaveOrOpenBlob', 'download attribute'
    payload: str  # the kind of an embedded base64 payload ('pe', 'zip'...) or ''

    def evidence(self) -> dict[str, str]:
        out = {}
        if self.builders:
            out["builds"] = ", ".join(self.builders)
        if self.triggers:
            out["triggers"] = ", ".join(self.triggers)
        if self.payload:
            out["payload"] = self.payload
        return out


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[tuple[str, str], ...]) -> tuple[tuple[str, re.Pattern[bytes]], ...]:
    return tuple((name, re.compile(regex.encode("utf-8"), re.IGNORECASE)) for name, regex in patterns)


def inspect_markup(
    data: bytes, builders: Mapping[str, str], triggers: Mapping[str, str], min_payload_chars: int
) -> Smuggling | None:
    """Smuggling signals in a page; `builders` and `triggers` map a name to a regular
    expression (the rule's params). None when the page neither builds-and-saves a file nor
    carries an encoded payload."""
    built = _matches(data, builders)
    fired = _matches(data, triggers)
    payload = _embedded_payload(data, min_payload_chars)
    if (built and fired) or payload:
        return Smuggling(built, fired, payload)
    return None


def _matches(data: bytes, patterns: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(name for name, pattern in _compiled(tuple(patterns.items())) if pattern.search(data))


def _embedded_payload(data: bytes, min_chars: int) -> str:
    run = re.compile(rb"[A-Za-z0-9+/]{%d,}" % min_chars)
    for count, match in enumerate(run.finditer(data)):
        if count >= _MAX_PAYLOADS_DECODED:
            break
        try:
            prefix = match.group(0)[:_PREFIX_CHARS]
            head = base64.b64decode(prefix[: len(prefix) // 4 * 4])
        except (binascii.Error, ValueError):
            continue
        kind = sniff(head)
        if kind.family in _PAYLOAD_FAMILIES:
            return kind.value
    return ""
