"""RAR attachments, read with `rarfile`, for the archive walk (`archives.py`).

rarfile parses RAR 1.5 to 5 headers in Python (member names, sizes, encryption) and reads
stored members itself. Compressed members need an external decompressor: keiho lets rarfile use
only `unar` (Debian package `unar`, LGPL): RARLAB's `unrar` is not free software and Debian's
7-Zip leaves the RAR codec out. The walker reads every member in chunks against its byte
budget; each member stream also has a time limit, after which the decompressor is killed, so a
hostile archive cannot hang the scan.
"""

from __future__ import annotations

import io
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import rarfile  # type: ignore[import-untyped]  # no stubs

from keiho.mail.attachments.budget import Budget
from keiho.mail.attachments.passwords import mask
from keiho.mail.attachments.walk_items import Child, Event, unreadable

UNAR = shutil.which("unar")
TIME_LIMIT_S = 20.0  # per member read through unar
_PASSWORD_CHECK_BYTES = 1 << 20  # RAR checks a password by the member's CRC, at its end: read small members whole


class RarError(Exception):
    """The archive, or one of its members, could not be read."""


class HiddenNames(RarError):
    """The archive encrypts its headers: even the member names need the password."""


def walk_members(budget: Budget, path: tuple[str, ...], data: bytes) -> Iterator[Child | Event]:
    """Every file member of the RAR attachment at `path`, read under the message's budget, and
    what was noticed: encryption, a password that opened it, members that could not be read."""
    try:
        archive = open_archive(data)
    except HiddenNames:
        yield Event("encrypted", path, {"format": "rar", "encrypted_members": "all, names hidden"})
        return
    except RarError as exc:
        yield unreadable(path, "not a readable RAR archive", exc)
        return
    with archive:
        listed = members(archive)
        locked = [info for info in listed if info.needs_password()]
        password = None
        if locked:
            yield Event("encrypted", path, {"format": "rar", "encrypted_members": len(locked)})
            password = _password(budget, archive, locked)
            if password is not None:
                yield Event("password", path, {"password": mask(password), "format": "rar"})
        for info in listed:
            name = str(info.filename)
            if not budget.take_member():
                yield Event("unreadable", path, {"reason": budget.too_many_members()})
                return
            encrypted = bool(info.needs_password())
            if encrypted and password is None:
                yield Child(name, b"", False, True)
                continue
            if needs_decompressor(info) and UNAR is None:
                yield Event("unreadable", path + (name,), {"reason": "compressed RAR member not read: unar is not installed"})
                yield Child(name, b"", False, encrypted)
                continue
            try:
                with member_stream(archive, info, password if encrypted else None) as stream:
                    content, complete = budget.read(stream, path + (name,))
            except RarError as exc:
                yield unreadable(path + (name,), "member could not be read", exc)
                yield Child(name, b"", False, encrypted)
                continue
            yield Child(name, content, complete, encrypted)


def _password(budget: Budget, archive: Any, locked: list[Any]) -> str | None:
    """The first candidate that reads the smallest encrypted member with a good checksum."""
    sized = [info for info in locked if info.file_size > 0]  # any password "opens" an empty file
    if UNAR is None or not sized:
        return None
    target = min(sized, key=lambda info: info.compress_size)
    for candidate in budget.candidates():
        try:
            with member_stream(archive, target, candidate) as stream:
                left = _PASSWORD_CHECK_BYTES
                while left > 0 and (chunk := stream.read(min(left, budget.limits.chunk_bytes))):
                    left -= len(chunk)
        except RarError:
            continue
        return candidate
    return None


def open_archive(data: bytes) -> Any:
    """A `rarfile.RarFile` over the attachment's bytes; RarError when it is not readable."""
    _configure()
    try:
        archive = rarfile.RarFile(io.BytesIO(data))
        listed = archive.infolist()
        hidden = not listed and archive.needs_password()
    except rarfile.PasswordRequired:
        hidden = True
    except Exception as exc:  # noqa: BLE001 - hostile headers make the parser raise anything (IndexError, struct.error...)
        raise RarError(f"{type(exc).__name__}: {exc}") from None
    if hidden:
        raise HiddenNames("the headers are encrypted")
    if not listed:
        raise RarError("no members could be read from its headers")
    return archive


def members(archive: Any) -> list[Any]:
    return [info for info in archive.infolist() if info.is_file()]


def needs_decompressor(info: Any) -> bool:
    """Compressed or encrypted members go through unar; stored plain ones rarfile reads itself."""
    return bool(info.compress_type != rarfile.RAR_M0 or info.needs_password())


@contextmanager
def member_stream(archive: Any, info: Any, password: str | None = None) -> Iterator[io.RawIOBase]:
    """The member's content as a stream; RarError when it cannot be opened or read."""
    try:
        stream = archive.open(info, pwd=password)
    except Exception as exc:  # noqa: BLE001 - a missing tool, a bad password or bad data: all one to the walker
        raise RarError(f"{type(exc).__name__}: {exc}") from None
    timer = threading.Timer(TIME_LIMIT_S, _kill, (stream,))
    timer.daemon = True
    timer.start()
    try:
        yield _Checked(stream)
    finally:
        timer.cancel()
        stream.close()


class _Checked(io.RawIOBase):
    """rarfile's stream with its errors (a CRC mismatch, a killed or missing tool) as RarError."""

    def __init__(self, stream: Any) -> None:
        super().__init__()
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1, /) -> bytes:
        try:
            data: bytes = self._stream.read(size)
        except Exception as exc:  # noqa: BLE001
            raise RarError(f"{type(exc).__name__}: {exc}") from None
        return data


def _kill(stream: Any) -> None:
    process = getattr(stream, "_proc", None)  # rarfile's PipeReader keeps its decompressor here
    if process is not None:
        process.kill()


@cache
def _configure() -> None:
    # Once, on first use: rarfile's tool choice is process-wide.
    rarfile.tool_setup(unrar=False, unar=True, bsdtar=False, sevenzip=False, sevenzip2=False, force=True)
