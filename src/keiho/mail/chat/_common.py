"""What the chat readers share: the error, the problem callback, bounded reads, JSON access,
and `ChatBody`, which builds a message's text and links piece by piece."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from keiho.errors import KeihoError
from keiho.mail.message import Link
from keiho.mail.urls import text_links

log = logging.getLogger("keiho.mail.chat")

ProblemHandler = Callable[[str, str], None]
"""Called as `on_problem(where, what)` for each message or file a reader had to skip."""

MB = 2**20
MAX_JSON_BYTES = 512 * MB  # a JSON document is read whole; beyond this it is reported and skipped
MAX_DAY_FILE_BYTES = 64 * MB  # one Slack day file; real ones are kilobytes
MAX_ATTACHMENT_BYTES = 50 * MB  # a lure archive or ISO is rarely larger; bigger files keep their name only
MAX_TEXT_CHARS = 200_000  # per message; Slack caps at 40k, Telegram at 4k, LinkedIn at 8k
MAX_LINKS = 500
MAX_ATTACHMENTS = 100
MAX_URL_CHARS = 4096
MAX_LABEL_CHARS = 300


class ChatFormatError(KeihoError):
    """A path that is no chat export keiho knows, or a file of one that cannot be parsed at all.
    `where` is a position ("line 3, column 7", "row 12") or ''."""

    exit_code = 2

    def __init__(self, path: str, where: str, problem: str) -> None:
        self.path, self.where, self.problem = path, where, problem
        super().__init__(f"{path}: {where}: {problem}" if where else f"{path}: {problem}")


def log_problem(where: str, what: str) -> None:
    """The default `on_problem`: one warning line per skip."""
    log.warning("%s: %s", where, what)


# --- JSON ------------------------------------------------------------------------------


def read_json(path: Path, limit: int) -> Any:
    """The JSON document in `path`, read whole (UTF-8/16/32, BOM tolerated).
    Raises ChatFormatError naming the position when it is not JSON, or when it exceeds `limit`."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ChatFormatError(
                str(path), "", f"{size // MB} MB is over the {limit // MB} MB limit for a JSON file read whole"
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ChatFormatError(str(path), "", f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:  # grew while we looked
        raise ChatFormatError(str(path), "", f"over the {limit // MB} MB limit for a JSON file read whole")
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise ChatFormatError(str(path), f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}") from None
    except UnicodeDecodeError as exc:
        raise ChatFormatError(str(path), f"byte {exc.start}", "not UTF-8 text") from None
    except RecursionError:
        raise ChatFormatError(str(path), "", "JSON nested too deeply") from None


def as_str(value: object) -> str:
    return value if isinstance(value, str) else ""


def as_dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def as_int(value: object) -> int | None:
    """A JSON number or a string of digits as int (exports write both), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def json_kind(value: object) -> str:
    """How JSON names the type of `value`, for problem messages."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


# --- attachments -----------------------------------------------------------------------


def mime_type(value: str) -> str:
    """A declared type, lower-case, without parameters."""
    return value.split(";", 1)[0].strip().lower()


def read_inside(root: Path, relative: str, filename: str, problems: list[str]) -> bytes | None:
    """The bytes of the file the export holds at `relative` (inside `root`, a regular file, at
    most MAX_ATTACHMENT_BYTES), or None; a file found but too big is noted in `problems`."""
    if not relative or "\x00" in relative or os.path.isabs(relative) or relative.startswith(("/", "\\")):
        return None
    try:
        base = root.resolve()
        target = (base / relative).resolve()
        # A crafted export must not make us read outside it ("../../etc/passwd", a symlink out).
        if not target.is_relative_to(base) or not target.is_file():
            return None
        size = target.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            problems.append(
                f"attachment {filename!r} not read: {size // MB} MB is over the {MAX_ATTACHMENT_BYTES // MB} MB limit"
            )
            return None
        with target.open("rb") as handle:
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except (OSError, ValueError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        problems.append(f"attachment {filename!r} not read: {exc}")
        return None
    if len(data) > MAX_ATTACHMENT_BYTES:
        problems.append(f"attachment {filename!r} not read: grew past the limit while read")
        return None
    return data


# --- text and links --------------------------------------------------------------------

_SCHEMELESS = re.compile(r"^(?:https?://)?(.*?)/?$", re.IGNORECASE)


def shown_link(url: str, label: str) -> str:
    """How a labelled link reads as plain text: the label and, when it says something
    else, the target in brackets ("Test task (https://x.example/t)")."""
    if not label or label == url:
        return url
    if url.lower().startswith("mailto:") and label == url[7:]:
        return label
    if _SCHEMELESS.sub(r"\1", url) == _SCHEMELESS.sub(r"\1", label):
        return label  # Slack writes auto-linked "x.example" as <http://x.example|x.example>
    return f"{label} ({url})"


class ChatBody:
    """Text and links of one chat message.

    Pieces of plain text are scanned for bare URLs when the body is finished; text that
    belongs to an explicit link (its label, its target) is not, so a label that looks like a
    URL is not mistaken for a second link.
    """

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._plain: list[str] = []
        self._links: list[Link] = []
        self._seen: set[tuple[str, str]] = set()
        self._urls: set[str] = set()
        self._chars = 0
        self.problems: list[str] = []

    def text(self, piece: str) -> None:
        if piece and self._room(piece):
            self._pieces.append(piece)
            self._plain.append(piece)

    def line(self) -> None:
        """End the current line (between blocks, attachments, list items)."""
        if self._pieces and not self._pieces[-1].endswith("\n"):
            self._pieces.append("\n")
            self._plain.append("\n")

    def link(self, url: str, label: str = "", shown: str | None = None) -> None:
        """A link the reader sees in the text: `shown` (default: label and target) goes in the text."""
        url, label = url.strip(), " ".join(label.split())
        if not url:
            self.text(label)
            return
        rendered = shown if shown is not None else shown_link(url, label)
        if self._room(rendered):
            self._pieces.append(rendered)
        self.add_link(url, label)

    def add_link(self, url: str, label: str = "") -> None:
        """A link that is not part of the text (a button, a preview card)."""
        url, label = url.strip()[:MAX_URL_CHARS], " ".join(label.split())[:MAX_LABEL_CHARS]
        if not url or len(self._links) >= MAX_LINKS:
            return
        if not label and url in self._urls:
            return  # a bare repeat of a URL already known adds nothing
        if (url, label) not in self._seen:
            self._seen.add((url, label))
            self._urls.add(url)
            self._links.append(Link(url, label, "chat"))

    def finish(self) -> tuple[str, tuple[Link, ...]]:
        for link in text_links("\n".join(self._plain), "chat"):
            self.add_link(link.url)
        text = "".join(self._pieces).strip()
        return text, tuple(self._links)

    def _room(self, piece: str) -> bool:
        if self._chars + len(piece) > MAX_TEXT_CHARS:
            if not self.problems:
                self.problems.append(f"text cut at {MAX_TEXT_CHARS} characters")
            return False
        self._chars += len(piece)
        return True
