"""Every byte, member, password try and decrypted byte of one message, counted against `Limits`.

Readers pull members through `Budget.read`, which reads in small chunks and checks after each
one: the per-member cap, the message's byte budget, and the expansion ratio (extracted bytes
over compressed bytes consumed so far), so a bomb is stopped while it inflates. Reaching a
hard bound raises `Bomb` or `Spent`, which end the walk of the attachment.
"""

from __future__ import annotations

import io
import lzma
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Protocol

import pyzipper  # type: ignore[import-untyped]  # no stubs

from keiho.findings import EvidenceValue
from keiho.mail.attachments.limits import Limits

# What the stdlib readers raise on damaged or hostile archives (a bad password too).
READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    pyzipper.BadZipFile,  # pyzipper's own copies of them (AES zips), a failed HMAC check among them
    pyzipper.LargeZipFile,
    tarfile.TarError,
    zlib.error,
    lzma.LZMAError,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,  # zipfile: bad password, encrypted member without one
    struct.error,
    OverflowError,
    KeyError,
    IndexError,
    TypeError,
)


class Stop(Exception):
    """Ends the walk of one attachment; never caught by the readers' error handling."""

    def __init__(self, path: tuple[str, ...], details: Mapping[str, EvidenceValue]) -> None:
        super().__init__(str(details.get("reason", "")))
        self.path = path
        self.details = details


class Bomb(Stop):
    """The content expands beyond the ratio, or archives nest beyond the depth."""


class Spent(Stop):
    """The message's byte budget is used up (no bomb: just too much to examine)."""


class Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


class CountingReader(io.BytesIO):
    """An archive's bytes, counting how many a decompressor has consumed (for the ratio)."""

    consumed = 0

    def read(self, size: int | None = -1, /) -> bytes:
        data = super().read(size)
        self.consumed += len(data)
        return data


class Budget:
    """The bounds of one message, shared by all its attachments."""

    def __init__(self, limits: Limits, passwords: Sequence[str] = ()) -> None:
        self.limits = limits
        self.passwords = tuple(passwords)
        self.extracted = 0
        self.members = 0
        self.tries = 0
        self.decrypted = 0
        self._attachment_size = 0
        self._attachment_extracted = 0

    def start_attachment(self, size: int) -> None:
        """The whole-attachment ratio is judged against this size from now on."""
        self._attachment_size = size
        self._attachment_extracted = 0

    def read(
        self,
        stream: Readable,
        path: tuple[str, ...],
        consumed: Callable[[], int] | None = None,
        input_cap: int | None = None,
    ) -> tuple[bytes, bool]:
        """A member's content, read in chunks: (content, complete). `consumed` counts the
        compressed bytes read so far (for the member's ratio); `input_cap` stops the read after
        that many of them (decryption is paid per input byte). Raises Bomb or Spent."""
        cap = self.limits.max_member_bytes
        out = bytearray()
        start = consumed() if consumed else 0
        while True:
            chunk = stream.read(min(self.limits.chunk_bytes, cap + 1 - len(out)))
            if not chunk:
                return bytes(out), True
            out += chunk
            if consumed is not None:
                self.check_ratio(len(out), consumed() - start, path, "member")
            self.spend(len(chunk), path)
            if len(out) > cap:
                del out[cap:]
                return bytes(out), False
            if input_cap is not None and consumed is not None and consumed() - start >= input_cap:
                return bytes(out), False

    def spend(self, size: int, path: tuple[str, ...]) -> None:
        self.extracted += size
        self._attachment_extracted += size
        if self.extracted > self.limits.max_total_bytes:
            reason = f"more than {self.limits.max_total_bytes} bytes extracted from this message; the rest was not examined"
            raise Spent(path, {"reason": reason})
        self.check_ratio(self._attachment_extracted, self._attachment_size, path, "attachment")

    def check_ratio(self, extracted: int, compressed: int, path: tuple[str, ...], scope: str) -> None:
        if extracted >= self.limits.ratio_min_bytes and extracted > self.limits.max_ratio * max(compressed, 1):
            raise Bomb(
                path,
                {
                    "reason": f"{scope} expands more than {self.limits.max_ratio:g} times",
                    "extracted_bytes": extracted,
                    "compressed_bytes": compressed,
                },
            )

    def bytes_left(self) -> int:
        return self.limits.max_total_bytes - self.extracted

    def take_member(self) -> bool:
        """Count one more member; False once the message has more than the bound."""
        self.members += 1
        return self.members <= self.limits.max_members

    def members_left(self) -> int:
        return self.limits.max_members - self.members

    def too_many_members(self) -> str:
        return f"more than {self.limits.max_members} archive members in this message; the rest were not examined"

    def decrypt_left(self) -> int:
        return self.limits.max_decrypt_bytes - self.decrypted

    def candidates(self) -> Iterator[str]:
        """Password candidates, each try counted; stops when the message's tries are used."""
        for candidate in self.passwords:
            if self.tries >= self.limits.max_password_tries:
                return
            self.tries += 1
            yield candidate
