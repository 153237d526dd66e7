"""The one message model: what every reader produces and every analyser reads.

Readers (email MIME, mbox, Maildir, IMAP, chat exports) normalise to `Message`; nothing
downstream looks at the original format again. Attachments keep their bytes because the
attachment analyser needs content, not names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Literal

Kind = Literal["email", "chat"]


@dataclass(frozen=True, slots=True)
class Address:
    """A mailbox as shown to the reader: a display name and an address (either may be empty)."""

    display_name: str = ""
    address: str = ""  # lower-cased addr-spec; a chat handle when there is no address

    @property
    def domain(self) -> str:
        """The part after the last '@', lower-case, or '' (chat handles have none)."""
        _, at, domain = self.address.rpartition("@")
        return domain.rstrip(".").lower() if at else ""

    @property
    def local_part(self) -> str:
        local, at, _ = self.address.rpartition("@")
        return local if at else ""

    def __str__(self) -> str:
        if self.display_name and self.address:
            return f"{self.display_name} <{self.address}>"
        return self.display_name or self.address


@dataclass(frozen=True, slots=True)
class Link:
    """A link the reader can follow, where it was found and what it claimed to be."""

    url: str
    text: str = ""  # the displayed text of an HTML anchor ('' for a bare URL in text)
    origin: Literal["text", "html", "attachment", "chat"] = "text"


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file carried by the message; `data` is the decoded content (may be empty for chats
    that only name a file)."""

    filename: str
    declared_type: str = ""  # the Content-Type the sender declared, lower-case, no parameters
    data: bytes = b""
    size: int = -1  # the size as declared by a chat export when the bytes are absent


@dataclass(frozen=True, slots=True)
class Message:
    """One email or chat message, normalised.

    `location` names where it came from precisely enough to find it again
    (`mail/x.eml`, `box.mbox#12`, `imap://user@host/INBOX;UID=5`, `slack:export/general/2024-05-01.json#3`);
    it is the subject of every finding about the message.
    """

    location: str
    kind: Kind = "email"
    platform: str = "email"  # email | slack | telegram | linkedin
    sender: Address = Address()
    reply_to: tuple[Address, ...] = ()
    return_path: str = ""  # lower-cased addr-spec of Return-Path, '' when absent
    to: tuple[Address, ...] = ()
    subject: str = ""
    text: str = ""  # all readable text: text/plain parts, HTML rendered to text, chat text
    html: str = ""  # the raw HTML parts, joined (for smuggling and href checks)
    links: tuple[Link, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    headers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # lower-case name -> values
    message_id: str = ""
    in_reply_to: str = ""
    references: str = ""
    date: datetime | None = None
    channel: str = ""  # chat: channel or conversation title
    problems: tuple[str, ...] = ()  # what the reader had to repair or skip, for the record

    def __post_init__(self) -> None:
        # A plain dict is copied behind a read-only view; other mappings (the parser's lazily
        # decoded headers) are read-only already and are kept as they are.
        if isinstance(self.headers, dict):
            object.__setattr__(self, "headers", MappingProxyType(dict(self.headers)))

    def header(self, name: str) -> str:
        """The first value of a header ('' when absent)."""
        values = self.headers.get(name.lower(), ())
        return values[0] if values else ""

    def header_all(self, name: str) -> tuple[str, ...]:
        return self.headers.get(name.lower(), ())
