"""Threat actors: many names, one actor.

MITRE ATT&CK tracks Lazarus Group, APT38, AppleJeus, Contagious Interview... as separate groups, and
the MISP galaxy lists synonyms that overlap and sometimes conflict (one alias in two clusters). An
`ActorTable` folds them into actors: an explicit membership table (kept, with the reason for every
entry, in scripts/build_actor_data.py) puts groups under an umbrella, every alias of every member
resolves to the umbrella, and `resolve` also says which member the alias names:

    >>> hit = ActorTable.default().resolve("APT 38")
    >>> hit.actor.name, hit.member.id, hit.member.name
    ('Lazarus Group', 'G0082', 'APT38')

The bundled table (data/actors.json) is what `ActorTable.from_sources` builds from the staged ATT&CK
extract and galaxy; an operator can call it on newer files. ATT&CK content is © The MITRE
Corporation (licence in data/ATTACK-LICENSE.txt); the galaxy is CC0-1.0 or BSD-2-Clause.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypedDict

DATA_FORMAT = 1
MemberKind = Literal["group", "campaign", "cluster"]

MITRE_PERMISSION = "This work is reproduced and distributed with the permission of The MITRE Corporation."
MISP_COPYRIGHT = (
    "Copyright (c) 2015-2018 Alexandre Dulaunoy, CIRCL - Computer Incident Response Center Luxembourg, "
    "Andras Iklody, Raphael Vinot, Deborah Servili and various contributors to the MISP Project"
)


class Umbrella(TypedDict):
    """One row of the membership table; every entry maps a name to the reason it belongs."""

    groups: dict[str, str]  # ATT&CK intrusion-set ids; the first is the umbrella's namesake
    clusters: dict[str, str]  # MISP cluster values that ATT&CK does not track
    aliases: dict[str, str]  # names in common use that neither source lists


def alias_key(name: str) -> str:
    """The form aliases are compared in: "APT 38", "apt-38" and "APT38" all give "apt38"."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(char for char in folded if char.isalnum())


@dataclass(frozen=True)
class Member:
    """One tracked name-holder inside an actor: an ATT&CK group or campaign, or a MISP-only cluster."""

    id: str  # "G0082", "C0022", or the MISP cluster uuid
    name: str
    kind: MemberKind
    url: str  # the ATT&CK page; "" for a MISP-only cluster
    aliases: tuple[str, ...]  # every name that resolves to this member (after conflicts were settled)
    uses: tuple[tuple[str, str], ...]  # (ATT&CK technique id, one-sentence description), sorted by id
    misp_clusters: tuple[str, ...]  # galaxy clusters folded into this member
    attributed_to: str  # a campaign's group id; "" otherwise
    reason: str  # why it sits under its umbrella; "" for a stand-alone actor

    @property
    def techniques(self) -> tuple[str, ...]:
        return tuple(tid for tid, _ in self.uses)

    @property
    def label(self) -> str:
        return self.name if self.kind == "cluster" else f"{self.id} {self.name}"


@dataclass(frozen=True)
class Actor:
    id: str  # a stable slug: "lazarus-group"
    name: str
    aliases: tuple[str, ...]
    members: tuple[Member, ...]  # the umbrella's namesake first
    country: str | None  # ISO code from the galaxy ("KP"); None when no cluster says
    techniques: tuple[str, ...]  # ATT&CK technique ids used by any member group or campaign
    references: tuple[str, ...]

    @property
    def attack_groups(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.kind == "group")

    @property
    def campaigns(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.kind == "campaign")


@dataclass(frozen=True)
class Resolution:
    actor: Actor
    member: Member  # the group, campaign or cluster the name belongs to
    alias: str  # the recorded spelling that matched


@dataclass(frozen=True)
class AliasConflict:
    """An alias claimed by several members, and how the build settled it."""

    alias: str
    kept: str  # "G0138 Andariel (ATT&CK alias)"
    dropped: tuple[str, ...]
    cross_actor: bool  # the claimants sit in different actors: resolution changes the actor, not just the member

    def __str__(self) -> str:
        scope = "ACROSS ACTORS" if self.cross_actor else "within one actor"
        return f"{self.alias!r} ({scope}): kept {self.kept}; dropped {', '.join(self.dropped)}"


class ActorTable:
    """Actors and their aliases, loaded from an actor-data document (the format of data/actors.json)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        if document.get("format") != DATA_FORMAT:
            raise ValueError(f"actor data format {document.get('format')!r} is not {DATA_FORMAT}")
        self.document = document
        self.sources: Mapping[str, Mapping[str, str]] = document["sources"]
        self.notices: Mapping[str, str] = document["notices"]
        self.membership: Mapping[str, Umbrella] = document["membership"]
        self.notes: tuple[str, ...] = tuple(document["notes"])
        self.conflicts = tuple(
            AliasConflict(c["alias"], c["kept"], tuple(c["dropped"]), c["cross_actor"])
            for c in document["alias_conflicts"]
        )
        self.actors = tuple(_actor_from_data(entry) for entry in document["actors"])
        self._by_id = {actor.id: actor for actor in self.actors}
        self._by_key: dict[str, Resolution] = {}
        for actor in self.actors:
            for member in actor.members:
                for name in (member.id, *member.aliases):
                    key = alias_key(name)
                    if key in self._by_key and self._by_key[key].member != member:
                        other = self._by_key[key].member.label
                        raise ValueError(f"actor data: {name!r} names both {other} and {member.label}")
                    self._by_key[key] = Resolution(actor, member, name)

    @classmethod
    def default(cls) -> ActorTable:
        """The table bundled with keiho (ATT&CK and MISP galaxy versions in `sources`)."""
        return _default_table()

    @classmethod
    def from_sources(
        cls,
        galaxy_path: Path,
        attack_bundle_path: Path,
        *,
        membership: Mapping[str, Umbrella] | None = None,
        galaxy_commit: str = "",
    ) -> ActorTable:
        """Build a table from a MISP threat-actor galaxy and an ATT&CK STIX bundle (plain or .gz).

        `membership` defaults to the umbrella table bundled with keiho. The ATT&CK version comes
        from the bundle's x-mitre-collection or from a `<name>.meta.json` beside it.
        """
        if membership is None:
            membership = cls.default().membership
        from keiho.intel.actor_sources import (
            build_document,  # only operators rebuilding need the builder
        )

        return cls(build_document(galaxy_path, attack_bundle_path, membership, galaxy_commit))

    def resolve(self, name: str) -> Resolution | None:
        """The actor and member that `name` (any alias or ATT&CK id, any case/spacing) names; None if unknown."""
        return self._by_key.get(alias_key(name)) if name else None

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors)

    def __len__(self) -> int:
        return len(self.actors)

    def to_json(self) -> str:
        """The document as keiho stores it: stable order, one trailing newline."""
        return json.dumps(self.document, ensure_ascii=False, indent=1) + "\n"


@cache
def _default_table() -> ActorTable:
    text = resources.files("keiho.intel").joinpath("data/actors.json").read_text("utf-8")
    return ActorTable(json.loads(text))


def _actor_from_data(entry: Mapping[str, Any]) -> Actor:
    members = tuple(
        Member(
            id=m["id"],
            name=m["name"],
            kind=m["kind"],
            url=m["url"],
            aliases=tuple(m["aliases"]),
            uses=tuple(sorted(m["uses"].items())),
            misp_clusters=tuple(m["misp_clusters"]),
            attributed_to=m["attributed_to"],
            reason=m["reason"],
        )
        for m in entry["members"]
    )
    return Actor(
        id=entry["id"],
        name=entry["name"],
        aliases=tuple(dict.fromkeys(alias for m in members for alias in m.aliases)),
        members=members,
        country=entry["country"],
        techniques=tuple(sorted({tid for m in members for tid in m.techniques})),
        references=tuple(entry["references"]),
    )
