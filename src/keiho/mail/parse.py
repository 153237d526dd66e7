"""Raw RFC 5322 bytes -> `Message`, for any input however broken.

`mime.py` splits the structure (iteratively, over the original bytes, never raising on
malformed input); header fields are decoded here (RFC 2047) when first read, each step
guarded, so one bad header costs that header, not the message.
Everything is bounded: part count, nesting depth, decoded bytes and HTML size.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.utils
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import Message as Headers

from keiho.mail.html import HtmlView, render_html
from keiho.mail.message import Address, Attachment, Link, Message
from keiho.mail.mime import MimePart, split_message
from keiho.mail.urls import text_links

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ParseLimits:
    max_parts: int = 500  # MIME parts walked; the rest are recorded as a problem
    max_depth: int = 40  # nesting of multiparts and attached messages
    max_decoded_bytes: int = 96 * 2**20  # all decoded attachment bytes together
    max_text_chars: int = 2_000_000  # readable text kept for analysis
    max_html_chars: int = 4_000_000  # HTML rendered per message (beyond: cut, recorded)
    # Tags per HTML part: the HTML parser's cost grows with the square of nesting depth
    # (40,000 nested divs take seconds), so a part is cut after this many tags.
    max_html_tags: int = 20_000
    max_headers: int = 2_000


DEFAULT_LIMITS = ParseLimits()
_KEPT_HEADERS = 200  # header values kept per name; more is itself odd but not worth keeping


def parse_email(data: bytes, location: str, limits: ParseLimits = DEFAULT_LIMITS) -> Message:
    """Parse one message. Never raises for bad input: what had to be skipped is in `problems`."""
    split = split_message(data, limits.max_parts, limits.max_depth)
    problems = split.problems
    headers = _headers(split.root_fields, limits, problems)
    sender = _first_address(_first(headers, "from"))
    body = _Body(limits, problems)
    for part in split.parts:
        body.add(part)
    links = _dedupe([*body.html_links, *text_links(body.plain_text(), origin="text")])
    return Message(
        location=location,
        kind="email",
        platform="email",
        sender=sender,
        reply_to=tuple(_addresses(_first(headers, "reply-to"))),
        return_path=_first_address(_first(headers, "return-path")).address,
        to=tuple(_addresses(_first(headers, "to")))[:200],
        subject=_first(headers, "subject")[:2000],
        text=body.all_text(),
        html="\n".join(body.html_parts),
        links=tuple(links),
        attachments=tuple(body.attachments),
        headers=headers,
        message_id=_first(headers, "message-id").strip(),
        in_reply_to=_first(headers, "in-reply-to").strip(),
        references=_first(headers, "references").strip()[:4000],
        date=_date(_first(headers, "date")),
        problems=tuple(problems[:50]),
    )


def _headers(items: list[tuple[str, str]], limits: ParseLimits, problems: list[str]) -> LazyHeaders:
    raw: dict[str, list[str]] = {}
    if len(items) > limits.max_headers:
        problems.append(f"{len(items)} header fields; the first {limits.max_headers} kept")
    for name, value in items[: limits.max_headers]:
        values = raw.setdefault(name.lower(), [])
        if len(values) < _KEPT_HEADERS:
            values.append(value)
    return LazyHeaders(raw)


class LazyHeaders(Mapping[str, tuple[str, ...]]):
    """Lower-case header name -> its values as text, decoded when first read.

    A message carries dozens of header fields and the analysers read a handful; RFC 2047
    decoding every one of them cost more than some analysers.
    """

    __slots__ = ("_decoded", "_raw")

    def __init__(self, raw: dict[str, list[str]]) -> None:
        self._raw = raw
        self._decoded: dict[str, tuple[str, ...]] = {}

    def __getitem__(self, name: str) -> tuple[str, ...]:
        values = self._decoded.get(name)
        if values is None:
            values = tuple(_raw_header_text(v) for v in self._raw[name])
            self._decoded[name] = values
        return values

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, name: object) -> bool:
        return name in self._raw

    def get(self, name: str, default: tuple[str, ...] | None = None) -> tuple[str, ...] | None:  # type: ignore[override]
        return self[name] if name in self._raw else default


def _raw_header_text(value: str) -> str:
    """A stored header value (ASCII with surrogate escapes for 8-bit bytes) as text."""
    if not value.isascii():
        # 8-bit header bytes: nearly all of them are UTF-8
        value = value.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    return _decode_words(_unfold(value))


def _header_text(value: object) -> str:
    """A header value as text: RFC 2047 words decoded, undecodable bytes replaced."""
    if isinstance(value, email.header.Header):
        # compat32 wraps raw 8-bit header bytes as 'unknown-8bit'; nearly all of them are UTF-8
        return _decode_words(_unfold(_eight_bit_header(value)))
    return _decode_words(_unfold(value if isinstance(value, str) else str(value)))


def _decode_words(raw: str) -> str:
    if "=?" not in raw:
        return raw
    try:
        chunks = email.header.decode_header(raw)
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        return raw
    return _join_chunks(chunks).strip()


def _eight_bit_header(value: email.header.Header) -> str:
    try:
        return _join_chunks(email.header.decode_header(value))
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        return str(value)


def _join_chunks(chunks: list[tuple[bytes | str, str | None]]) -> str:
    # Joined as they are: make_header() puts a space between chunks of different charsets,
    # which splits words that senders encode half-way through ('cr édit').
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        codec = "utf-8" if charset in (None, "unknown-8bit") else charset
        try:
            out.append(chunk.decode(codec, "replace"))
        except LookupError:
            out.append(chunk.decode("utf-8", "replace"))
    return "".join(out)


_FOLD = re.compile(r"\r?\n[ \t]+")


def _unfold(text: str) -> str:
    if "\n" in text:
        text = _FOLD.sub(" ", text)
    return text.strip()


def _first(headers: Mapping[str, tuple[str, ...]], name: str) -> str:
    values = headers.get(name)
    return values[0] if values else ""


_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_ADDR_SPEC = rf"{_ATEXT}(?:\.{_ATEXT})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
# One mailbox in the forms nearly every header uses: 'a@b', '<a@b>', 'Name <a@b>' and
# '"Name" <a@b>'. The stdlib's address parser reads these the same way, at many times the cost;
# anything else (groups, comments, lists, escapes, odd spacing) goes to it.
_SIMPLE_MAILBOX = re.compile(
    rf'[ \t]*(?:"([^"\\\r\n]*)"|([^()<>@,;:\\"\[\]\r\n]*?))[ \t]*<({_ADDR_SPEC})>[ \t]*|[ \t]*({_ADDR_SPEC})[ \t]*'
)


_BLANKS = re.compile(r"[ \t]+")  # what the stdlib parser separates words of a name on


def _addresses(header: str) -> Iterator[Address]:
    if not header:
        return
    simple = _SIMPLE_MAILBOX.fullmatch(header)
    if simple is not None:
        quoted, plain, bracketed, bare = simple.groups()
        name = quoted if quoted is not None else " ".join(_BLANKS.split((plain or "").strip(" \t")))
        yield Address(name.strip().strip('"').strip(), (bracketed or bare).lower())
        return
    try:
        pairs = email.utils.getaddresses([header])
    except (ValueError, IndexError):
        return
    for name, addr in pairs:
        if name or addr:
            yield Address(name.strip().strip('"').strip(), addr.strip().strip("<>").lower())


def _first_address(header: str) -> Address:
    return next(_addresses(header), Address(header.strip()[:200]))


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class _Body:
    """Walks the MIME tree once, iteratively (no recursion limit), within the limits."""

    def __init__(self, limits: ParseLimits, problems: list[str]) -> None:
        self.limits = limits
        self.problems = problems
        self.plain_parts: list[str] = []
        self.html_parts: list[str] = []
        self.html_views: list[HtmlView] = []
        self.html_links: list[Link] = []
        self.attachments: list[Attachment] = []
        self._decoded_bytes = 0
        self._text_chars = 0

    def add(self, part: MimePart) -> None:
        headers = part.headers
        ctype = part.content_type
        filename = _filename(headers)
        disposition = str(headers.get("content-disposition") or "").split(";", 1)[0].strip().lower()
        is_text = ctype in ("text/plain", "text/html") and not filename and disposition != "attachment"
        payload = self._payload(part)
        if payload is None:
            return
        if is_text:
            text = _decode_text(payload, _charset(headers))
            if ctype == "text/html":
                self._add_html(text)
            else:
                self._add_text(text)
            return
        self.attachments.append(Attachment(filename or _unnamed(ctype), ctype, payload, len(payload)))

    def _payload(self, part: MimePart) -> bytes | None:
        if self._decoded_bytes + (part.end - part.start) > self.limits.max_decoded_bytes * 4 // 3 + 4096:
            self.problems.append(f"decoded parts exceed {self.limits.max_decoded_bytes} bytes; the rest skipped")
            self._decoded_bytes = self.limits.max_decoded_bytes + 1
            return None
        payload = part.decoded()
        self._decoded_bytes += len(payload)
        if self._decoded_bytes > self.limits.max_decoded_bytes:
            self.problems.append(f"decoded parts exceed {self.limits.max_decoded_bytes} bytes; the rest skipped")
            return None
        return payload

    def _add_text(self, text: str) -> None:
        room = self.limits.max_text_chars - self._text_chars
        if room <= 0:
            return
        if len(text) > room:
            self.problems.append("text cut to the size limit")
            text = text[:room]
        self._text_chars += len(text)
        self.plain_parts.append(text)

    def _add_html(self, html: str) -> None:
        if len(html) > self.limits.max_html_chars:
            self.problems.append(f"HTML part of {len(html)} characters cut to {self.limits.max_html_chars}")
            html = html[: self.limits.max_html_chars]
        cut = _nth_tag(html, self.limits.max_html_tags)
        if cut >= 0:
            self.problems.append(f"HTML part with more than {self.limits.max_html_tags} tags cut there")
            html = html[:cut]
        self.html_parts.append(html)
        view = render_html(html)
        self.html_views.append(view)
        self.html_links.extend(view.links)

    def plain_text(self) -> str:
        return "\n".join(self.plain_parts)

    def all_text(self) -> str:
        rendered = [v.text for v in self.html_views]
        # A text/plain alternative usually repeats the HTML; keep both (the lure engine
        # counts concepts, not occurrences), but never beyond the text budget.
        text = "\n".join([*self.plain_parts, *rendered])
        return text[: self.limits.max_text_chars]


def _nth_tag(html: str, n: int) -> int:
    """Where the n-th '<' is, or -1 if there are fewer."""
    if html.count("<") <= n:
        return -1
    position = -1
    for _ in range(n + 1):
        position = html.find("<", position + 1)
    return position


def _charset(headers: Headers) -> str | None:
    if "charset" not in str(headers.get("content-type", "")).lower():
        return None  # the common case, without the stdlib's parameter parsing
    try:
        return headers.get_content_charset()
    except (LookupError, UnicodeError, ValueError):
        return None


def _filename(headers: Headers) -> str:
    # 'filename' (Content-Disposition) or 'name' (Content-Type), possibly as RFC 2231 'name*0*'
    if "name" not in str(headers.get("content-disposition", "")).lower() and "name" not in str(headers.get("content-type", "")).lower():
        return ""
    try:
        name = headers.get_filename()
    except (LookupError, UnicodeError, ValueError, TypeError):
        return ""
    if not name:
        return ""
    return _header_text(name).replace("\x00", "")[:512]


def _unnamed(ctype: str) -> str:
    return f"(unnamed {ctype})"


def _decode_text(payload: bytes, charset: str | None) -> str:
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return payload.decode(candidate, "replace")
        except LookupError:
            continue
    return payload.decode("latin-1")


def _dedupe(links: list[Link]) -> list[Link]:
    seen: set[tuple[str, str]] = set()
    out = []
    for link in links:
        key = (link.url, link.text)
        if key not in seen:
            seen.add(key)
            out.append(link)
        if len(out) >= 500:
            break
    return out
