"""LinkedIn data export (`messages.csv` from "Get a copy of your data").

Columns: CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, RECIPIENT PROFILE
URLS, DATE ("2024-05-01 09:30:00 UTC"), SUBJECT, CONTENT, FOLDER (INBOX, ARCHIVE, ...), and in
newer exports ATTACHMENTS, IS MESSAGE DRAFT, IS CONVERSATION DRAFT. Headers are matched
tolerantly (case, underscores, a BOM, a few "Notes:" lines above them); CONTENT is plain text
or, for InMail and sponsored messages, HTML. Some exports carry UTF-8 that was decoded as
Windows-1252 once too often ("CafÃ©"); that is repaired and noted.

The file streams through the csv module; `#row=N` counts records as a spreadsheet shows
them (the header is row 1 unless "Notes:" lines come first).

Headers recorded: `x-chat-conversation-id`, `x-chat-folder`, `x-chat-draft` ("true").
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TextIO
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser

from keiho.mail.chat._common import (
    MAX_ATTACHMENTS,
    ChatBody,
    ChatFormatError,
    ProblemHandler,
)
from keiho.mail.message import Address, Attachment, Message

FIELD_SIZE_LIMIT = 16 * 2**20  # one CSV field; LinkedIn caps a message at 8,000 characters
_HEADER_SEARCH_ROWS = 5
_MAX_ERRORS = 100  # CSV errors before the rest of the file is given up as not CSV
# LinkedIn caps a message at 8,000 characters; far more is crafted. lexbor's parse time grows
# with nesting depth faster than linearly (40,000 nested <div>s take seconds), so stay small.
_MAX_HTML_CHARS = 50_000
_MAX_RECIPIENTS = 500

# Canonical column -> the spellings seen in exports, normalised (upper case, single spaces).
COLUMNS = {
    "conversation id": ("CONVERSATION ID",),
    "conversation title": ("CONVERSATION TITLE",),
    "from": ("FROM", "SENDER", "SENDER NAME"),
    "sender url": ("SENDER PROFILE URL", "SENDER PROFILE URLS", "SENDER PROFILE"),
    "to": ("TO", "RECIPIENT", "RECIPIENTS"),
    "recipient urls": ("RECIPIENT PROFILE URLS", "RECIPIENT PROFILE URL", "RECIPIENT PROFILES"),
    "date": ("DATE", "SENT AT", "SENT"),
    "subject": ("SUBJECT",),
    "content": ("CONTENT", "BODY", "MESSAGE"),
    "folder": ("FOLDER",),
    "attachments": ("ATTACHMENTS", "ATTACHMENT"),
    "draft": ("IS MESSAGE DRAFT",),
}
_REQUIRED = ("from", "content")

_LOOKS_HTML = re.compile(
    r"<\s*(?:a|p|br|div|span|b|i|u|strong|em|ul|ol|li|table|tr|td|html|body|img|font)\b[^>]*>", re.IGNORECASE
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_MOJIBAKE_HINT = re.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
_DATE_FORMATS = ("%m/%d/%Y, %I:%M %p", "%m/%d/%y, %I:%M %p", "%m/%d/%Y %H:%M", "%d/%m/%Y %H:%M")


def read_header(path: Path) -> tuple[int, dict[str, int]]:
    """Where the header is (0-based record) and the column of each known field.
    Raises ChatFormatError when the file is not a LinkedIn messages CSV."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        if b"\x00" in head:
            raise ChatFormatError(str(path), "", "binary data, not a CSV file")
        with _open(path) as handle:
            for index, row in enumerate(csv.reader(handle)):
                columns = _columns(row)
                if all(field in columns for field in _REQUIRED):
                    return index, columns
                if index + 1 >= _HEADER_SEARCH_ROWS:
                    break
    except OSError as exc:
        raise ChatFormatError(str(path), "", f"cannot read: {exc.strerror or exc}") from None
    except csv.Error as exc:
        raise ChatFormatError(str(path), "row 1", f"not CSV: {exc}") from None
    raise ChatFormatError(str(path), "row 1", "not a LinkedIn messages export: no header with FROM and CONTENT columns")


def read_linkedin(path: Path, on_problem: ProblemHandler) -> Iterator[Message]:
    """Messages of a LinkedIn `messages.csv`, one row at a time."""
    header_index, columns = read_header(path)
    width = max(columns.values()) + 1
    previous_limit = csv.field_size_limit(FIELD_SIZE_LIMIT)
    errors = 0
    try:
        with _open(path) as handle:
            reader = csv.reader(handle)
            record = 0
            while True:
                record += 1
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    errors += 1
                    on_problem(f"linkedin:{path}#row={record}", f"not CSV ({exc}); skipped")
                    if errors >= _MAX_ERRORS:
                        on_problem(f"linkedin:{path}", f"{errors} CSV errors; the rest of the file is skipped")
                        return
                    continue
                if record <= header_index + 1 or not any(cell.strip() for cell in row):
                    continue
                location = f"linkedin:{path}#row={record}"
                if len(row) < width:
                    on_problem(location, f"{len(row)} fields where the header has {width}; skipped")
                    continue
                message = _message(row, columns, location)
                if message is not None:
                    yield message
    except OSError as exc:
        raise ChatFormatError(str(path), "", f"cannot read: {exc.strerror or exc}") from None
    finally:
        csv.field_size_limit(previous_limit)


def _open(path: Path) -> TextIO:
    # Undecodable bytes become U+FFFD (noted per row) rather than ending the whole file.
    return path.open("r", encoding="utf-8-sig", errors="replace", newline="")


def _columns(row: list[str]) -> dict[str, int]:
    normalised = [" ".join(cell.replace("\ufeff", "").replace("_", " ").split()).upper() for cell in row]
    found: dict[str, int] = {}
    for field, spellings in COLUMNS.items():
        for spelling in spellings:
            if spelling in normalised:
                found[field] = normalised.index(spelling)
                break
    return found


def _message(row: list[str], columns: dict[str, int], location: str) -> Message | None:
    problems: list[str] = []

    def cell(field: str) -> str:
        index = columns.get(field)
        value = row[index].strip() if index is not None else ""
        if "\ufffd" in value:
            problems.append(f"{field}: bytes that are not UTF-8 replaced")
        return _repair(value, field, problems)

    content = cell("content")
    body = ChatBody()
    html_source = ""
    if _LOOKS_HTML.search(content):
        html_source = content[:_MAX_HTML_CHARS]
        if len(content) > _MAX_HTML_CHARS:
            problems.append(f"HTML content of {len(content)} characters cut to {_MAX_HTML_CHARS}")
        _add_html(body, html_source)
    else:
        body.text(html.unescape(content) if _ENTITY.search(content) else content)
    attachments = _attachments(cell("attachments"))
    text, links = body.finish()
    problems.extend(body.problems)
    if not text and not links and not attachments:
        return None
    headers: dict[str, tuple[str, ...]] = {}
    for field, header in (("conversation id", "x-chat-conversation-id"), ("folder", "x-chat-folder")):
        if value := cell(field):
            headers[header] = (value,)
    if cell("draft").lower() in ("yes", "true", "1"):
        headers["x-chat-draft"] = ("true",)
    return Message(
        location=location,
        kind="chat",
        platform="linkedin",
        sender=Address(cell("from"), cell("sender url")),
        to=_recipients(cell("to"), cell("recipient urls")),
        subject=cell("subject"),
        text=text,
        html=html_source,
        links=links,
        attachments=attachments,
        headers=headers,
        date=_date(cell("date"), problems),
        channel=cell("conversation title") or cell("conversation id"),
        problems=tuple(problems),
    )


def _repair(value: str, field: str, problems: list[str]) -> str:
    """Undo one round of UTF-8 read as Windows-1252 or Latin-1 ("CafÃ©" -> "Café")."""
    if value.isascii() or not _MOJIBAKE_HINT.search(value):
        return value
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = value.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        problems.append(f"{field}: double-encoded UTF-8 repaired")
        return repaired
    return value


def _recipients(names: str, urls: str) -> tuple[Address, ...]:
    url_list = [u for u in re.split(r"[;,\s]+", urls) if u][:_MAX_RECIPIENTS]
    separator = ";" if ";" in names else ","
    name_list = [n.strip() for n in names.split(separator) if n.strip()][:_MAX_RECIPIENTS]
    if len(name_list) == len(url_list):
        return tuple(Address(name, url) for name, url in zip(name_list, url_list, strict=True))
    if len(url_list) == 1 and name_list:
        return (Address(names.strip(), url_list[0]),)  # one person whose name has a comma
    return tuple(Address(name, "") for name in name_list) + tuple(Address("", url) for url in url_list)


def _attachments(cell: str) -> tuple[Attachment, ...]:
    """ATTACHMENTS lists where LinkedIn keeps each file; the export holds no bytes."""
    out: list[Attachment] = []
    for token in re.split(r"[;\s]+", cell):
        if not token:
            continue
        name = token
        if "://" in token:
            name = unquote(PurePosixPath(urlsplit(token).path).name) or token
        out.append(Attachment(name[:512], "", b"", -1))
        if len(out) >= MAX_ATTACHMENTS:
            break
    return tuple(out)


def _date(text: str, problems: list[str]) -> datetime | None:
    if not text:
        return None
    cleaned = text.strip()
    if cleaned.upper().endswith((" UTC", " GMT")):
        cleaned = cleaned[:-4]
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        for pattern in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(cleaned, pattern)
                break
            except ValueError:
                continue
        else:
            problems.append(f"date {text[:40]!r} not understood")
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


_ANCHOR_OPEN, _ANCHOR_CLOSE, _BREAK = "\ue000", "\ue001", "\ue002"  # private-use marks, removed from the input first
_MARKS = re.compile(f"[{_ANCHOR_OPEN}{_ANCHOR_CLOSE}{_BREAK}]")
_ANCHOR = re.compile(f"{_ANCHOR_OPEN}(\\d+){_ANCHOR_CLOSE}")
_BLOCK_TAGS = "p, div, br, li, tr, h1, h2, h3, h4, h5, h6, blockquote, ul, ol, table"
_MAX_ANCHORS = 500


def _add_html(body: ChatBody, source: str) -> None:
    """HTML content as chat text: anchors become links written "label (url)", block
    elements end lines, script and style say nothing. lexbor parses in linear time and never
    raises on tag soup (the standard library's html.parser is quadratic on some inputs)."""
    tree = LexborHTMLParser(_MARKS.sub("", source))
    tree.strip_tags(["script", "style", "noscript", "template", "head", "title"])
    anchors: list[tuple[str, str]] = []
    for node in tree.css("a"):
        if len(anchors) >= _MAX_ANCHORS:
            break
        href = (node.attributes.get("href") or "").strip()
        label = " ".join((node.text(deep=True) or "").split())
        node.replace_with(f"{_ANCHOR_OPEN}{len(anchors)}{_ANCHOR_CLOSE}")
        anchors.append((href, label))
    for node in tree.css(_BLOCK_TAGS):
        node.insert_before(_BREAK)
    root = tree.body or tree.root
    rendered = root.text(deep=True) if root is not None else ""
    # Source line breaks are only spaces in HTML; the block marks are the real ones.
    rendered = re.sub(r"[ \t\r\n\u00a0]+", " ", rendered)
    rendered = re.sub(f" *{_BREAK}[ {_BREAK}]*", "\n", rendered)
    position = 0
    for match in _ANCHOR.finditer(rendered):
        body.text(rendered[position : match.start()])
        href, label = anchors[int(match.group(1))]
        if href and not href.startswith("#"):
            body.link(href, label)
        else:
            body.text(label)
        position = match.end()
    body.text(rendered[position:])
