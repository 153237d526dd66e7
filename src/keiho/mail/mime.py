"""Split a MIME message into its parts, iteratively and without copying.

The stdlib parser recurses once per nesting level (a 1,000-deep message exhausts the
interpreter stack after seconds of work) and holds a message several times over in memory
as lines and strings (a 50 MB attachment cost 0.5 GB). Here the structure is found with
one scan per multipart over a memoryview of the original bytes; header blocks are split
into fields here (the stdlib's feed parser cost more than all our analysers together) and
stored in the stdlib's compat32 header object, whose parameter parsing (boundaries, RFC 2231
file names, charsets) we keep; bodies are decoded (base64, quoted-printable) in single C
calls when someone asks for them.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message as Headers

_HEADER_END = re.compile(rb"\n\r?\n")  # starts with a literal, so the search is fast
_LINE_END = re.compile(r"\r\n|\r|\n")
# One header field: its name as the stdlib feed parser recognises it (printable ASCII but ':'),
# the value after leading blanks, and every continuation line (starting with a blank).
_FIELD = re.compile(
    r"([\041-\071\073-\176]*):[ \t]*([^\r\n]*(?:(?:\r\n|\r|\n)[ \t][^\r\n]*)*)(?:\r\n|\r|\n|\Z)"
)
_MAX_HEADER_BYTES = 262_144  # a header block with no end is read this far


@dataclass(slots=True)
class MimePart:
    headers: Headers  # header fields only (stdlib compat32 object: get_filename, get_content_type...)
    data: bytes  # the whole message; the part's raw, still-encoded body is data[start:end]
    start: int
    end: int
    depth: int
    _content_type: str = ""

    @property
    def body(self) -> memoryview:
        return memoryview(self.data)[self.start : self.end]

    @property
    def content_type(self) -> str:
        if not self._content_type:
            self._content_type = (self.headers.get_content_type() or "text/plain").lower()
        return self._content_type

    def decoded(self) -> bytes:
        """The body with its Content-Transfer-Encoding undone; malformed encodings decode leniently."""
        encoding = str(self.headers.get("content-transfer-encoding", "")).strip().lower()
        if encoding == "base64":
            try:
                return binascii.a2b_base64(self.body)
            except binascii.Error:
                return binascii.a2b_base64(_base64_repair(bytes(self.body)))
        if encoding == "quoted-printable":
            return binascii.a2b_qp(self.body)
        return bytes(self.body)


@dataclass(frozen=True, slots=True)
class Split:
    root_fields: list[tuple[str, str]]  # every header field of the message, as stored (see header_fields)
    parts: list[MimePart]  # leaves and attached messages' leaves, in document order
    problems: list[str]


def split_message(data: bytes, max_parts: int, max_depth: int) -> Split:
    root_fields, body_start = _fields_and_body(data, 0, len(data))
    root = mime_headers(root_fields)
    parts: list[MimePart] = []
    problems: list[str] = []
    stack: list[MimePart] = [MimePart(root, data, body_start, len(data), 0)]
    seen = 0
    while stack:
        part = stack.pop()
        seen += 1
        if seen > max_parts:
            problems.append(f"more than {max_parts} MIME parts; the rest skipped")
            break
        children = _children(part, problems)
        if children is None:
            parts.append(part)
            continue
        if part.depth >= max_depth:
            problems.append(f"MIME nesting deeper than {max_depth}; deeper parts skipped")
            continue
        stack.extend(reversed(children))  # popped in document order
    return Split(root_fields, parts, problems)


def _children(part: MimePart, problems: list[str]) -> list[MimePart] | None:
    """The sub-parts of a multipart or an attached message, or None for a leaf."""
    ctype = part.content_type
    data, depth = part.data, part.depth + 1
    if ctype == "message/rfc822":
        fields, body_start = _fields_and_body(data, part.start, part.end)
        return [MimePart(mime_headers(fields), data, body_start, part.end, depth)]
    if not ctype.startswith("multipart/"):
        return None
    boundary = part.headers.get_boundary()
    if not boundary:
        problems.append("multipart without a boundary; read as text")
        return None
    children = []
    for start, end in _between_delimiters(data, part.start, part.end, boundary):
        fields, body_start = _fields_and_body(data, start, end)
        children.append(MimePart(mime_headers(fields), data, body_start, end, depth))
    return children


def _between_delimiters(data: bytes, start: int, end: int, boundary: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each part between the boundary's delimiters in data[start:end].

    RFC 2046: a delimiter is CRLF "--" boundary, optionally "--" to close, then optional
    whitespace to the end of the line. The preamble and epilogue are not parts. (A regular
    expression per boundary cost a compile for every multipart; the literal is found instead.)
    """
    marker = b"--" + boundary.encode("utf-8", "surrogateescape")
    part_start = -1
    position = data.find(marker, start, end)
    while position >= 0:
        after = position + len(marker)
        closing = data.startswith(b"--", after, end)
        cursor = after + 2 if closing else after
        while cursor < end and data[cursor] in (9, 32):  # tab, space
            cursor += 1
        at_line_start = position == start or data[position - 1] == 10  # after "\n"
        if at_line_start and (cursor == end or data[cursor] == 10 or data.startswith(b"\r\n", cursor, end)):
            if part_start >= 0:
                stop = position
                if stop > start and data[stop - 1] == 10:  # the line break belongs to the delimiter
                    stop -= 1
                    if stop > start and data[stop - 1] == 13:
                        stop -= 1
                yield part_start, max(stop, part_start)
            if closing:
                return
            if cursor < end and data[cursor] == 13:
                cursor += 1
            if cursor < end and data[cursor] == 10:
                cursor += 1
            part_start = cursor
        position = data.find(marker, after, end)
    if part_start >= 0:
        yield part_start, end  # no closing delimiter: the last part runs to the end


def _fields_and_body(data: bytes, start: int, end: int) -> tuple[list[tuple[str, str]], int]:
    """The header fields at data[start:end] and where the body begins."""
    if start < end and data[start] in (10, 13):  # no header fields at all
        return [], start + (2 if data.startswith(b"\r\n", start, end) else 1)
    match = _HEADER_END.search(data, start, end)
    if match is None:
        return header_fields(data[start : min(end, start + _MAX_HEADER_BYTES)]), end
    blank = match.start()
    if blank > start and data[blank - 1] == 13:  # the blank line began with "\r\n"
        blank -= 1
    return header_fields(data[start:blank]), match.end()


def header_fields(block: bytes) -> list[tuple[str, str]]:
    """A header block's fields as the stdlib's compat32 parser would store them, without its
    feed parser.

    Same reading: bytes as ASCII with surrogate escapes (8-bit values come back as
    'unknown-8bit' headers), mbox 'From ' lines dropped, continuation lines kept with their
    field, and the block ends at the first line that is neither a field nor a continuation
    (the stdlib reads the rest as body).
    """
    fields: list[tuple[str, str]] = []
    text = block.decode("ascii", "surrogateescape")
    position, end = 0, len(text)
    field = _FIELD.match
    while position < end:
        found = field(text, position)
        if found is not None:
            fields.append((found.group(1), found.group(2)))
            position = found.end()
            continue
        if text.startswith(("From ", " ", "\t"), position):
            # an mbox envelope line, or a continuation with no field before it: skipped
            line_end = _LINE_END.search(text, position)
            position = end if line_end is None else line_end.end()
            continue
        break
    return fields


def mime_headers(fields: list[tuple[str, str]]) -> Headers:
    """The MIME fields (Content-*, MIME-Version) in the stdlib's compat32 object, whose
    parameter parsing (boundaries, RFC 2231 file names, charsets) we use. Only these: every
    lookup in that object scans all its fields, and a message's root carries dozens."""
    headers = Headers()
    for name, value in fields:
        lowered = name.lower()
        if lowered.startswith("content-") or lowered == "mime-version":
            headers.set_raw(name, value)
    return headers


def _base64_repair(body: bytes) -> bytes:
    """Drop what is not base64 and pad, as mail clients do with damaged attachments."""
    cleaned = re.sub(rb"[^A-Za-z0-9+/]", b"", body)
    return cleaned[: len(cleaned) - len(cleaned) % 4]
