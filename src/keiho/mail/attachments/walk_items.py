"""What the archive walk yields (`Entry`, `Event`) and what each format's reader hands the walk
(`Child`), shared by the walker (`archives.py`) and the readers that live beside it (`rar.py`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from keiho.findings import EvidenceValue
from keiho.mail.attachments.filetype import Kind
from keiho.mail.attachments.names import printable

EventKind = Literal["bomb", "unreadable", "nested", "encrypted", "password"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One file met on the walk: the attachment itself or a member of an archive in it."""

    path: tuple[str, ...]  # ('invoice.zip', 'docs/readme.lnk')
    data: bytes  # the content, or its first bytes when `complete` is False ('' when unread)
    kind: Kind
    depth: int  # 0 for the attachment, 1 for its members...
    complete: bool = True
    encrypted: bool = False  # a member of an encrypted archive (read only if a password opened it)
    declared_type: str = ""  # the attachment's declared Content-Type ('' for members)

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def label(self) -> str:
        return label(self.path)


@dataclass(frozen=True, slots=True)
class Event:
    """Something noticed on the walk that is not a file: evidence for one of the archive rules."""

    kind: EventKind
    path: tuple[str, ...]
    details: Mapping[str, EvidenceValue] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return label(self.path)


@dataclass(frozen=True, slots=True)
class Child:
    """A member a format's reader took out of its archive, for the walker to visit."""

    name: str
    data: bytes
    complete: bool
    encrypted: bool = False


def label(path: Sequence[str]) -> str:
    """How evidence names a file: 'invoice.zip > docs/readme.lnk', printable."""
    return " > ".join(printable(part) for part in path)


def unreadable(path: tuple[str, ...], what: str, exc: BaseException) -> Event:
    detail = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
    return Event("unreadable", path, {"reason": f"{what}: {detail}"})
