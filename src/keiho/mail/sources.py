"""Mail input sources: turn files, folders and IMAP URLs into raw messages, one at a time.

A target is an .eml file, an mbox, a Maildir, a directory tree holding any of these, or an
`imap://` / `imaps://` URL. Each message comes out as its raw RFC 5322 bytes plus a location
precise enough to find it again; parsing is someone else's job. Memory stays bounded by the
largest message allowed, whatever the size of the mbox or mailbox, and a bad file is reported
and skipped, never fatal.

    for raw in iter_raw_messages(["inbox.mbox", "exports/"], on_problem=print):
        handle(raw.location, raw.data)
"""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO, Literal

from keiho.errors import KeihoError

log = logging.getLogger(__name__)

DEFAULT_MAX_MESSAGE_BYTES = 64 * 2**20
MAX_DIRECTORY_DEPTH = 32  # deeper trees are reported, not walked (and symlinked dirs never are)
SNIFF_BYTES = 4096
_READ_CHUNK = 1 << 16  # mbox lines are read in pieces of at most this, so no line is ever loaded whole

ProblemHandler = Callable[[str, str], None]
"""Called with (location, reason) for every skipped file or message."""

_MAIL_FILE_SUFFIXES = frozenset({".eml", ".mbox"})
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")  # RFC 5322 field name, then a colon
# A From_ separator inside an mbox: sender token, then a date with a time of day. Demanding the
# time (and a blank line before) keeps an unescaped "From my desk..." body line from splitting.
_FROM_SEPARATOR = re.compile(rb"From \S+[ \t].*\d{1,2}:\d{2}")
_ESCAPED_FROM = re.compile(rb">+From ")
_BLANK_LINES = (b"\n", b"\r\n")


class MailSourceError(KeihoError):
    """A mail target cannot be read at all (missing path, bad IMAP URL, login refused...)."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One message's raw bytes and where it came from: a file path, `PATH#N` (1-based) for the
    N-th message of an mbox, or `imap://user@host:port/FOLDER;UID=123`."""

    location: str
    data: bytes


def is_imap_url(target: str) -> bool:
    return target[:8].lower().startswith(("imap://", "imaps://"))


def iter_raw_messages(
    targets: Iterable[str],
    *,
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
    on_problem: ProblemHandler | None = None,
) -> Iterator[RawMessage]:
    """Yield every message of every target, in order (directories sorted by name).

    Missing paths and unusable IMAP URLs raise `MailSourceError` here, before anything is read;
    an IMAP password is asked for (or taken from $KEIHO_IMAP_PASSWORD) at this point too.
    Unreadable, empty, oversized or non-mail files are reported to `on_problem` and logged.
    """
    if max_message_bytes < 1:
        raise ValueError("max_message_bytes must be positive")
    reader = _Reader(max_message_bytes, on_problem)
    sources: list[Iterator[RawMessage]] = []
    for target in targets:
        if is_imap_url(target):
            from keiho.mail.imap import (
                iter_imap,  # imaplib and ssl only when IMAP is used
            )

            sources.append(iter_imap(target, max_message_bytes=max_message_bytes, on_problem=on_problem))
            continue
        try:
            os.stat(target)
        except FileNotFoundError:
            raise MailSourceError(f"{target}: no such file or directory") from None
        except OSError as exc:
            raise MailSourceError(f"{target}: cannot be read ({exc.strerror or exc})") from None
        sources.append(_iter_path(Path(target), reader))
    return chain.from_iterable(sources)


class _Reader:
    """The limits and the problem report shared by every file of one run."""

    def __init__(self, max_message_bytes: int, on_problem: ProblemHandler | None) -> None:
        self.max_message_bytes = max_message_bytes
        self._on_problem = on_problem

    def problem(self, location: str, reason: str) -> None:
        log.warning("%s: %s", location, reason)
        if self._on_problem is not None:
            self._on_problem(location, reason)


def _iter_path(path: Path, reader: _Reader) -> Iterator[RawMessage]:
    if path.is_dir():
        if _is_maildir(path):
            yield from _iter_maildir(path, reader)
        else:
            yield from _walk(path, reader, depth=0)
    else:
        yield from _iter_file(path, reader, allow_mbox=True)


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _walk(directory: Path, reader: _Reader, depth: int) -> Iterator[RawMessage]:
    if depth > MAX_DIRECTORY_DEPTH:
        reader.problem(str(directory), f"nested more than {MAX_DIRECTORY_DEPTH} directories deep; not read")
        return
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        reader.problem(str(directory), f"cannot list directory ({exc.strerror or exc})")
        return
    for entry in entries:
        path = directory / entry.name
        try:
            is_real_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_real_dir = False
        if is_real_dir:
            if _is_maildir(path):
                yield from _iter_maildir(path, reader)
            else:
                yield from _walk(path, reader, depth + 1)
        elif _is_mail_file_name(entry.name) and not entry.is_dir():  # a symlink to a dir is not followed
            yield from _iter_file(path, reader, allow_mbox=True)


def _is_mail_file_name(name: str) -> bool:
    lower = name.lower()
    return lower == "mbox" or os.path.splitext(lower)[1] in _MAIL_FILE_SUFFIXES


def _iter_maildir(root: Path, reader: _Reader) -> Iterator[RawMessage]:
    """cur/ and new/ of the Maildir, then of each Maildir++ subfolder (`.Sent`, `.Archive.2024`).
    tmp/ holds deliveries in progress and is left alone."""
    folders = [root]
    try:
        with os.scandir(root) as scan:
            subfolders = [root / entry.name for entry in scan
                          if entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)]
        folders += sorted((sub for sub in subfolders if _is_maildir(sub)), key=lambda sub: sub.name)
    except OSError as exc:
        reader.problem(str(root), f"cannot list Maildir ({exc.strerror or exc})")
    for folder in folders:
        for sub in ("cur", "new"):
            directory = folder / sub
            try:
                with os.scandir(directory) as scan:
                    names = sorted(entry.name for entry in scan
                                   if not entry.name.startswith(".") and not entry.is_dir(follow_symlinks=False))
            except OSError as exc:
                reader.problem(str(directory), f"cannot list Maildir folder ({exc.strerror or exc})")
                continue
            for name in names:
                yield from _iter_file(directory / name, reader, allow_mbox=False)


Kind = Literal["mbox", "message", "binary", "not-mail"]


def _sniff(head: bytes) -> Kind:
    if b"\0" in head:
        return "binary"
    if head.startswith(b"From "):
        return "mbox"
    first_line = head.lstrip(b"\r\n").split(b"\n", 1)[0]
    return "message" if _HEADER_LINE.match(first_line) else "not-mail"


def _iter_file(path: Path, reader: _Reader, *, allow_mbox: bool) -> Iterator[RawMessage]:
    location = str(path)
    try:
        # O_NONBLOCK: opening a FIFO named *.eml must not hang; it is refused just below.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        reader.problem(location, f"cannot read ({exc.strerror or exc})")
        return
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            reader.problem(location, "not a regular file; not read")
            return
        if info.st_size == 0:
            reader.problem(location, "empty file")
            return
        try:
            head = handle.read(SNIFF_BYTES)
            kind = _sniff(head)
            if kind == "mbox" and allow_mbox:
                handle.seek(0)
                yield from _split_mbox(handle, location, reader)
            elif kind in ("message", "mbox"):
                if info.st_size > reader.max_message_bytes:
                    reader.problem(location, f"{info.st_size:,} bytes, over the limit of "
                                             f"{reader.max_message_bytes:,} bytes per message; not read")
                    return
                data = head + handle.read(reader.max_message_bytes + 1 - len(head))
                if len(data) > reader.max_message_bytes:  # the file grew while we read it
                    reader.problem(location, f"over the limit of {reader.max_message_bytes:,} bytes per message; not read")
                    return
                yield RawMessage(location, data)
            elif kind == "binary":
                reader.problem(location, "binary file (NUL bytes), not a mail message")
            else:
                reader.problem(location, "does not start with a mail header or an mbox 'From ' line; not a mail message")
        except OSError as exc:
            reader.problem(location, f"read failed ({exc.strerror or exc})")


def _split_mbox(handle: BinaryIO, path: str, reader: _Reader) -> Iterator[RawMessage]:
    """Stream an mbox (mboxo or mboxrd), un-escaping `>From ` lines, holding one message at most.

    A separator is a `From ` line at the start of the file, or one that follows a blank line and
    carries a time of day; the blank line before it belongs to the mbox, not to the message.
    """
    limit = reader.max_message_bytes
    number = 0
    parts: list[bytes] = []
    size = 0
    oversize = False
    at_line_start = True
    after_blank = True  # the start of the file counts as after a blank line

    def finish() -> Iterator[RawMessage]:
        if number == 0 or oversize:
            return
        if parts and parts[-1] in _BLANK_LINES:
            parts.pop()
        data = b"".join(parts)
        if data.strip():
            yield RawMessage(f"{path}#{number}", data)
        else:
            reader.problem(f"{path}#{number}", "empty message")

    while True:
        piece = handle.readline(_READ_CHUNK)
        if not piece:
            break
        line_start, at_line_start = at_line_start, piece.endswith(b"\n")
        if line_start and piece.startswith(b"From ") and (
            number == 0 or (after_blank and _FROM_SEPARATOR.match(piece))
        ):
            yield from finish()
            number += 1
            parts, size, oversize, after_blank = [], 0, False, False
            while not at_line_start:  # the rest of an absurdly long separator line
                piece = handle.readline(_READ_CHUNK)
                at_line_start = not piece or piece.endswith(b"\n")
            continue
        if line_start and _ESCAPED_FROM.match(piece):
            piece = piece[1:]
        after_blank = line_start and piece in _BLANK_LINES
        if oversize:
            continue
        size += len(piece)
        if size > limit:
            oversize, parts = True, []
            reader.problem(f"{path}#{number}", f"message over the limit of {limit:,} bytes; skipped")
            continue
        parts.append(piece)
    yield from finish()
