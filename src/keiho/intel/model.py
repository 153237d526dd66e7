"""The one intel record: an indicator with its provenance and the dates it holds for.

Every importer yields `Indicator`s; the store keeps them; lookups return them with a status
computed for the date asked about. Values are always in normal form (see `normalize`), so an
indicator from any source meets the same value from any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class IndicatorType(str, Enum):
    MD5 = "md5"
    SHA1 = "sha1"
    SHA256 = "sha256"
    DOMAIN = "domain"
    URL = "url"
    IP = "ip"
    IP_PORT = "ip:port"
    EMAIL = "email"
    ADDRESS = "address"  # a crypto address; `Indicator.chain` says which family
    FILENAME = "filename"  # a filename pattern (regular expression, matched case-insensitively)


class Role(str, Enum):
    """What being on a list means. Only HOSTILE and SANCTIONED make a screening hit."""

    HOSTILE = "hostile"  # attacker infrastructure, malware, stolen-fund addresses
    SANCTIONED = "sanctioned"  # on a sanctions list (OFAC SDN...) during its validity interval
    VICTIM = "victim"  # victim-side infrastructure or keys: context, never screened as hostile
    LABEL = "label"  # neutral identification: an exchange, a bridge, a mixer's contract

    @property
    def screens(self) -> bool:
        return self in (Role.HOSTILE, Role.SANCTIONED)


class TLP(str, Enum):
    CLEAR = "clear"
    GREEN = "green"
    AMBER = "amber"
    AMBER_STRICT = "amber+strict"
    RED = "red"


@dataclass(frozen=True, slots=True)
class Indicator:
    """One fact from one source: `value` of `type` is `role`, according to `source`.

    `valid_from`/`valid_until` bound when the fact holds (a sanction's listing and delisting);
    `valid_until` is exclusive and None means "still holds". `first_seen`/`last_seen` are when the
    source saw it (activity), which is not the same thing.
    """

    type: IndicatorType
    value: str  # normal form: lower-case hosts and hashes, EVM addresses lower-case hex, ...
    source: str  # short stable id of the feed: "ofac-sdn", "maltrail", "eset-malware-ioc", ...
    role: Role = Role.HOSTILE
    source_version: str = ""  # the feed's own version: an issue date or a commit
    chain: str = ""  # ADDRESS only: "evm", "bitcoin", "litecoin", "tron", "bitcoin-cash", ...
    display: str = ""  # the form to show people (EIP-55 checksummed address, URL as given)
    actor: str = ""  # actor name as the source gives it; `actors.resolve` maps aliases to one
    label: str = ""  # an entity or name tag: "TORNADO CASH", "Ronin Bridge Exploiter 1", "Binance 14"
    confidence: int = 50  # 0-100, how sure the source is
    tlp: TLP = TLP.CLEAR
    tags: tuple[str, ...] = ()
    references: tuple[str, ...] = ()  # URLs or citations behind the fact
    first_seen: date | None = None
    last_seen: date | None = None
    valid_from: date | None = None
    valid_until: date | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.confidence <= 100:
            raise ValueError(f"confidence must be 0-100, not {self.confidence}")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValueError(f"{self.value}: valid_until {self.valid_until} is before valid_from {self.valid_from}")

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Identity in the store: one row per (type, value, source, role)."""
        return (self.type.value, self.value, self.source, self.role.value)

    def holds_at(self, when: date) -> bool:
        return (self.valid_from is None or self.valid_from <= when) and (self.valid_until is None or when < self.valid_until)


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """What an importer read from one file: provenance, then the indicators, streamed.

    `indicators` is an iterator and may raise `IntelFormatError` part-way: the store imports a
    file in one transaction, so a file that fails leaves the store as it was.

    `complete=True` says the file is the whole current list of its source (an OFAC SDN issue):
    indicators of that source the store holds but this file lacks have been delisted, and the
    store closes their validity at `issued` (an upper bound on the delisting date).
    """

    path: str
    format: str
    source: str
    source_version: str
    indicators: Iterator[Indicator]
    complete: bool = False
    issued: date | None = None
    skipped: list[str] = field(default_factory=list)  # "line 12: not an indicator: ...", bounded

