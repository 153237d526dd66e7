"""Attachment hashes against the intel index: a file some feed names as malware.

Every attachment and every member read in full is hashed (SHA-256, SHA-1, MD5: feeds publish
all three) and looked up by exact value. Only a hostile or sanctioned fact that holds on the
scan date is a hit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from keiho.intel.actors import ActorTable
from keiho.intel.lookup import IntelIndex, Status, status_at


@dataclass(frozen=True, slots=True)
class HashHit:
    algorithm: str  # 'sha256', 'sha1' or 'md5': which digest matched
    digest: str
    sha256: str  # always given, to find the file again
    sources: tuple[str, ...]
    actors: tuple[str, ...]
    labels: tuple[str, ...]
    roles: tuple[str, ...]

    def evidence(self) -> dict[str, str]:
        out = {
            "sha256": self.sha256,
            "matched": f"{self.algorithm} {self.digest}",
            "sources": ", ".join(self.sources),
            "role": ", ".join(self.roles),
        }
        if self.actors:
            out["actors"] = ", ".join(self.actors)
        if self.labels:
            out["labels"] = ", ".join(self.labels)[:200]
        return out


def digests(data: bytes) -> dict[str, str]:
    """SHA-256, SHA-1 and MD5 of `data`, lower-case hex (the intel normal form)."""
    return {
        "sha256": hashlib.sha256(data).hexdigest(),
        "sha1": hashlib.sha1(data, usedforsecurity=False).hexdigest(),
        "md5": hashlib.md5(data, usedforsecurity=False).hexdigest(),
    }


def hash_hit(data: bytes, intel: IntelIndex, at: date) -> HashHit | None:
    """The screening hit for `data`, or None (labels, victims and ended facts are not hits)."""
    hexes = digests(data)
    for algorithm, digest in hexes.items():
        screening = [i for i in intel.get(digest) if i.role.screens and status_at(i, at) is Status.ACTIVE]
        if screening:
            return HashHit(
                algorithm=algorithm,
                digest=digest,
                sha256=hexes["sha256"],
                sources=tuple(dict.fromkeys(i.source for i in screening)),
                actors=tuple(dict.fromkeys(_actor_name(i.actor) for i in screening if i.actor)),
                labels=tuple(dict.fromkeys(i.label for i in screening if i.label)),
                roles=tuple(dict.fromkeys(i.role.value for i in screening)),
            )
    return None


def _actor_name(name: str) -> str:
    """The actor as keiho's actor table names it ('APT38' -> 'Lazarus Group'), else as given."""
    resolution = ActorTable.default().resolve(name)
    return resolution.actor.name if resolution else name
