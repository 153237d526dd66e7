"""Lookups for every pillar: is this value known, since when, says who, and does it hold on a date?

`IntelIndex` holds every indicator in memory, keyed by normal form. `lookup` explains one value
(all matches with provenance and their status on the date asked about); `hostile_values` gives
the set of values that screen as hostile on a date, for bulk membership tests in a hot loop.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum

from keiho.domains.psl import default_psl
from keiho.intel.actors import ActorTable, Resolution
from keiho.intel.model import Indicator, IndicatorType, Role
from keiho.intel.normalize import IndicatorError, Normalized, normalize


class Status(str, Enum):
    ACTIVE = "active"  # holds on the date asked about
    ENDED = "ended"  # held once: validity ended before the date (a delisted sanction)
    PENDING = "pending"  # starts after the date (not yet listed then)


@dataclass(frozen=True, slots=True)
class Match:
    indicator: Indicator
    status: Status
    via: str  # the value that matched: the query itself, or its parent domain / host

    @property
    def screens(self) -> bool:
        """A hit for screening: a hostile or sanctioned fact that holds on the date asked about."""
        return self.indicator.role.screens and self.status is Status.ACTIVE


@dataclass(frozen=True, slots=True)
class LookupResult:
    query: str
    at: date
    normalized: Normalized | None
    error: str
    matches: tuple[Match, ...]

    @property
    def verdict(self) -> str:
        """One word for the answer: sanctioned, hostile, formerly-sanctioned, formerly-hostile, victim,
        known (labels only), unknown or invalid."""
        if self.normalized is None:
            return "invalid"
        roles = {m.indicator.role for m in self.matches if m.status is Status.ACTIVE}
        for role, word in ((Role.SANCTIONED, "sanctioned"), (Role.HOSTILE, "hostile")):
            if role in roles:
                return word
        ended = {m.indicator.role for m in self.matches if m.status is Status.ENDED}
        for role, word in ((Role.SANCTIONED, "formerly-sanctioned"), (Role.HOSTILE, "formerly-hostile")):
            if role in ended:
                return word
        if Role.VICTIM in roles:
            return "victim"
        return "known" if self.matches else "unknown"

    @property
    def actors(self) -> list[str]:
        return sorted({m.indicator.actor for m in self.matches if m.indicator.actor and m.indicator.role.screens})


def status_at(indicator: Indicator, when: date) -> Status:
    if indicator.valid_from is not None and when < indicator.valid_from:
        return Status.PENDING
    if indicator.valid_until is not None and when >= indicator.valid_until:
        return Status.ENDED
    return Status.ACTIVE


def today() -> date:
    return datetime.now(UTC).date()


class IntelIndex:
    """Every indicator in memory, by normal form. Build once, look up many times."""

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        by_value: dict[str, list[Indicator]] = {}
        for indicator in indicators:
            by_value.setdefault(indicator.value, []).append(indicator)
        self._by_value = {value: tuple(items) for value, items in by_value.items()}
        self._psl = default_psl()
        self._hosts = frozenset(filter(None, map(_host_of_value, self._by_value)))

    def __len__(self) -> int:
        return sum(map(len, self._by_value.values()))

    @property
    def values(self) -> int:
        return len(self._by_value)

    def __iter__(self) -> Iterator[Indicator]:
        for items in self._by_value.values():
            yield from items

    def get(self, value: str) -> tuple[Indicator, ...]:
        """Indicators for a value already in normal form (exact match only)."""
        return self._by_value.get(value, ())

    def lookup(self, text: str, at: date | None = None, type: IndicatorType | None = None) -> LookupResult:
        """Everything known about `text` (any form: defanged, checksummed, a URL...) on date `at`."""
        when = at or today()
        try:
            norm = normalize(text, type)
        except IndicatorError as exc:
            return LookupResult(text, when, None, str(exc), ())
        matches = []
        for via in self._candidates(norm):
            for indicator in self._by_value.get(via, ()):
                matches.append(Match(indicator, status_at(indicator, when), via))
        return LookupResult(text, when, norm, "", tuple(matches))

    def may_know_host(self, host: str) -> bool:
        """False only when nothing in the index is about this host name or a parent domain of it
        (no URL on it, no domain, no e-mail address), so a lookup of anything on it would come
        back unknown. A cheap test for hot loops (every link of every message); hosts that are
        not plain lower-case names (IDN, IPs, defanged text) answer True: look them up."""
        if not _PLAIN_NAME.fullmatch(host):
            return True
        hosts = self._hosts
        labels = host.split(".")
        return any(".".join(labels[i:]) in hosts for i in range(len(labels)))

    def hostile_values(self, at: date | None = None) -> frozenset[str]:
        """Values with a hostile or sanctioned fact that holds on `at`: `value in s` is the bulk path."""
        when = at or today()
        return frozenset(
            value
            for value, items in self._by_value.items()
            if any(i.role.screens and status_at(i, when) is Status.ACTIVE for i in items)
        )

    def _candidates(self, norm: Normalized) -> list[str]:
        """The value, then what contains it: a URL's host, a host's parent domains, an ip:port's IP."""
        out = [norm.value]
        host = ""
        if norm.type is IndicatorType.URL:
            host = url_host(norm.value)
            if "?" in norm.value:
                out.append(norm.value.split("?", 1)[0])
            out.append(host)
        elif norm.type is IndicatorType.DOMAIN:
            host = norm.value
        elif norm.type is IndicatorType.EMAIL:
            host = norm.value.rpartition("@")[2]
            out.append(host)
        elif norm.type is IndicatorType.IP_PORT:
            out.append(norm.value.rsplit(":", 1)[0].strip("[]"))
        if host and not host[-1].isdigit():
            registrable = self._psl.registrable(host)
            labels = host.split(".")
            for i in range(1, len(labels)):
                parent = ".".join(labels[i:])
                if len(parent) < len(registrable):
                    break
                out.append(parent)
        return list(dict.fromkeys(out))


_PLAIN_NAME = re.compile(r"(?:[a-z0-9_-]+\.)+[a-z][a-z0-9-]*")


def url_host(url: str) -> str:
    """The host part of a URL, with or without its scheme, as written: no user info, no port."""
    rest = url.split("://", 1)[1] if "://" in url else url
    netloc = rest.split("/", 1)[0].rpartition("@")[2]
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def _host_of_value(value: str) -> str:
    """The host name an indicator value is about ('' for addresses, hashes and the like)."""
    if "://" in value:
        return url_host(value)
    if "@" in value:
        return value.rpartition("@")[2]
    return value if "." in value else ""


def describe(match: Match, query_value: str = "", actors: ActorTable | None = None) -> str:
    """One line of provenance: role, source and version, label, actor, validity and its status."""
    i = match.indicator
    parts = [i.role.value, f"source {i.source}" + (f" ({i.source_version})" if i.source_version else "")]
    if i.label:
        parts.append(i.label)
    if i.actor:
        resolution: Resolution | None = (actors or ActorTable.default()).resolve(i.actor)
        parts.append(f"actor {resolution.actor.name}" if resolution else f"actor {i.actor}")
    if i.valid_from or i.valid_until:
        parts.append(f"valid {i.valid_from or '…'} to {i.valid_until or 'now'}")
    if match.status is Status.ENDED:
        parts.append(f"removed {i.valid_until}" if i.role is Role.SANCTIONED else f"ended {i.valid_until}")
    elif match.status is Status.PENDING:
        parts.append(f"not yet in force (from {i.valid_from})")
    if query_value and match.via != query_value:
        parts.append(f"via {match.via}")
    return "; ".join(parts)
