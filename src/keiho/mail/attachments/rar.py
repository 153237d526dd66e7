"""RAR attachments, read with `rarfile`.

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
from typing import Any

import rarfile  # type: ignore[import-untyped]  # no stubs

UNAR = shutil.which("unar")
TIME_LIMIT_S = 20.0  # per member read through unar

_configured = False
_configure_lock = threading.Lock()


class RarError(Exception):
    """The archive, or one of its members, could not be read."""


class HiddenNames(RarError):
    """The archive encrypts its headers: even the member names need the password."""


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


def _configure() -> None:
    global _configured
    with _configure_lock:
        if not _configured:
            rarfile.tool_setup(unrar=False, unar=True, bsdtar=False, sevenzip=False, sevenzip2=False, force=True)
            _configured = True
