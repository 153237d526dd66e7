"""Read line-oriented input of any size in constant memory, one bad line never stopping a file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

MAX_LINE_BYTES = 8192


class Line(NamedTuple):
    number: int
    text: str
    error: str | None = None  # why the line could not be read as text


def iter_lines(handle: BinaryIO, max_bytes: int = MAX_LINE_BYTES) -> Iterator[Line]:
    """Yield decoded lines without their newline; undecodable or over-long ones carry an error.

    Lines are read with a size limit, so a gigabyte without a newline is skipped in chunks
    rather than loaded whole.
    """
    number = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            skipped = len(raw)
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1 << 20)
                skipped += len(raw)
            skipped -= 1 if raw.endswith(b"\n") else 0
            yield Line(number, "", f"line {number} longer than {max_bytes} bytes ({skipped} bytes), skipped")
            continue
        raw = raw.rstrip(b"\r\n")
        try:
            yield Line(number, raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            preview = raw[:60].decode("utf-8", errors="replace")
            yield Line(number, preview, f"line {number} is not UTF-8 text (byte {exc.start})")
