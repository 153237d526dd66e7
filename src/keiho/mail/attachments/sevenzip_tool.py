"""Disk images and containers no Python library opens (VHD, VHDX, DMG, FAT / NTFS / HFS images,
CAB), read with 7-Zip's command-line program (`7zz`, Debian package `7zip`) when it is installed.

The attachment is written to a private temporary folder; 7-Zip lists it (`l -slt`) and streams
one member at a time to standard output (`e -so`), so the walker's byte budget applies while a
member is read. Every call has a time limit; names are passed with wildcard matching off
(`-spd`) and a dummy password, so an encrypted image fails instead of asking for one.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

PROGRAM = shutil.which("7zz") or shutil.which("7z")
TIME_LIMIT_S = 20.0  # per listing or member; a hostile image must not hang the scan
_MAX_LISTING_BYTES = 4 * 2**20
_NO_PASSWORD = "-pkeiho-no-password"  # never prompt: stdin is closed and a wrong password fails


class SevenZipError(Exception):
    """7-Zip could not list or read the image (or is not installed)."""


@dataclass(frozen=True, slots=True)
class Member:
    path: str
    size: int


@contextmanager
def image_file(data: bytes, extension: str) -> Iterator[Path]:
    """The attachment as a file 7-Zip can open, removed afterwards; named with the extension of
    its detected type, so 7-Zip reads it as that type (as Windows would open it)."""
    with tempfile.TemporaryDirectory(prefix="keiho-7z-") as folder:
        path = Path(folder) / f"attachment.{extension}"
        path.write_bytes(data)
        yield path


def list_members(image: Path) -> list[Member]:
    """Files in the image (folders left out), in 7-Zip's order."""
    if PROGRAM is None:
        raise SevenZipError("7-Zip (7zz) is not installed")
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program and our own temporary file
            [PROGRAM, "l", "-slt", "-ba", _NO_PASSWORD, "--", str(image)],
            stdin=subprocess.DEVNULL, capture_output=True, timeout=TIME_LIMIT_S, check=False,
        )
    except subprocess.TimeoutExpired:
        raise SevenZipError(f"7-Zip took more than {TIME_LIMIT_S:.0f} s to list it") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SevenZipError(message[-1] if message else f"7-Zip exit status {done.returncode}")
    return _parse_listing(done.stdout[:_MAX_LISTING_BYTES].decode("utf-8", "replace"))


def _parse_listing(text: str) -> list[Member]:
    members = []
    for block in text.split("\n\n"):
        fields = dict(line.partition(" = ")[::2] for line in block.splitlines() if " = " in line)
        if not fields.get("Path") or fields.get("Folder") == "+":
            continue
        size = fields.get("Size", "")
        members.append(Member(fields["Path"], int(size) if size.isdigit() else -1))
    return members


@contextmanager
def member_stream(image: Path, member: str) -> Iterator[IO[bytes]]:
    """One member's bytes as a stream; 7-Zip is stopped when the stream is left or time runs out."""
    if PROGRAM is None:
        raise SevenZipError("7-Zip (7zz) is not installed")
    process = subprocess.Popen(  # noqa: S603 - a fixed program and our own temporary file
        [PROGRAM, "e", "-so", "-spd", _NO_PASSWORD, "--", str(image), member],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    watchdog = threading.Timer(TIME_LIMIT_S, process.kill)
    watchdog.start()
    try:
        assert process.stdout is not None
        yield process.stdout
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()  # the budget stopped reading early: the rest is not wanted
        process.wait()
        if process.stdout is not None:
            process.stdout.close()
