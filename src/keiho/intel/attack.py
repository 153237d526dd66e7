"""MITRE ATT&CK techniques used by the tracked actors: look one up, see its tactics and who uses it.

The catalog holds the techniques that some tracked group or campaign uses (and their parent
techniques), from the same data as the actor table; `describe_technique` is the text behind
`keiho intel attack T1566.001`. ATT&CK® content is © The MITRE Corporation, reproduced with its
permission (licence in data/ATTACK-LICENSE.txt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from keiho.errors import KeihoError
from keiho.intel.actors import Actor, ActorTable, Member

_TECHNIQUE_ID = re.compile(r"T\d{4}(?:\.\d{3})?")


class TechniqueError(KeihoError, ValueError):
    """A technique id keiho cannot answer for; the message says whether it is malformed or unknown."""


class MalformedTechniqueId(TechniqueError):
    pass


class UnknownTechnique(TechniqueError):
    pass


@dataclass(frozen=True)
class Tactic:
    id: str  # "TA0001"
    shortname: str  # "initial-access", as techniques name it
    name: str  # "Initial Access"


@dataclass(frozen=True)
class Technique:
    id: str  # "T1566.001"
    name: str
    tactics: tuple[str, ...]  # tactic shortnames
    url: str
    is_subtechnique: bool
    parent: str | None  # "T1566" for a sub-technique


@dataclass(frozen=True)
class TechniqueUse:
    """One actor member using a technique, with ATT&CK's description cut to one sentence."""

    actor: Actor
    member: Member
    description: str


def parse_technique_id(text: str) -> str:
    """`text` as a technique id ("t1566.001 " -> "T1566.001"); MalformedTechniqueId if it is not one."""
    tid = text.strip().upper()
    if not _TECHNIQUE_ID.fullmatch(tid):
        raise MalformedTechniqueId(f"{text!r} is not an ATT&CK technique id (expected T1234 or T1234.001)")
    return tid


class AttackCatalog:
    def __init__(self, table: ActorTable) -> None:
        attack = table.document["attack"]
        self.version = table.sources["attack"]["version"]
        self.notice = table.notices["attack"]
        self._tactics = {t["shortname"]: Tactic(t["id"], t["shortname"], t["name"]) for t in attack["tactics"]}
        self._techniques = {
            tid: Technique(tid, t["name"], tuple(t["tactics"]), t["url"], "." in tid, t.get("parent"))
            for tid, t in attack["techniques"].items()
        }
        self._uses: dict[str, list[TechniqueUse]] = {}
        for actor in table:
            for member in actor.members:
                for tid, description in member.uses:
                    self._uses.setdefault(tid, []).append(TechniqueUse(actor, member, description))

    @classmethod
    def default(cls) -> AttackCatalog:
        return _default_catalog()

    def technique(self, text: str) -> Technique:
        """The technique with id `text`; MalformedTechniqueId or UnknownTechnique otherwise."""
        tid = parse_technique_id(text)
        if tid not in self._techniques:
            raise UnknownTechnique(
                f"{tid} is not in keiho's ATT&CK v{self.version} data, which holds only the "
                f"{len(self._techniques)} techniques used by tracked actors (and their parents)"
            )
        return self._techniques[tid]

    def __contains__(self, tid: object) -> bool:
        return tid in self._techniques

    def techniques(self) -> tuple[Technique, ...]:
        return tuple(self._techniques.values())

    def tactic(self, shortname: str) -> Tactic:
        """The tactic a technique lists as `shortname` (a placeholder if the data lacks it)."""
        return self._tactics.get(shortname) or Tactic("", shortname, shortname)

    def tactic_names(self, text: str) -> tuple[str, ...]:
        """The display names of a technique's tactics: ("Initial Access",)."""
        return tuple(self.tactic(s).name for s in self.technique(text).tactics)

    def subtechniques(self, text: str) -> tuple[Technique, ...]:
        parent = self.technique(text).id
        return tuple(t for t in self._techniques.values() if t.parent == parent)

    def actors_using(self, text: str) -> tuple[TechniqueUse, ...]:
        """Who uses the technique itself (not its sub-techniques), grouped by actor in table order."""
        return tuple(self._uses.get(self.technique(text).id, ()))


@cache
def _default_catalog() -> AttackCatalog:
    return AttackCatalog(ActorTable.default())


def technique(text: str) -> Technique:
    return AttackCatalog.default().technique(text)


def actors_using(text: str) -> tuple[TechniqueUse, ...]:
    return AttackCatalog.default().actors_using(text)


def describe_technique(text: str, catalog: AttackCatalog | None = None) -> str:
    """The answer to `keiho intel attack T1566.001`: the technique, its tactics and who uses it."""
    catalog = catalog or AttackCatalog.default()
    found = catalog.technique(text)
    title = f"{found.id} {found.name}"
    if found.parent:
        parent = catalog.technique(found.parent).name if found.parent in catalog else ""
        title += f" (sub-technique of {found.parent} {parent})".replace(" )", ")")
    tactics = ", ".join(f"{t.name} ({t.id})" if t.id else t.name for t in map(catalog.tactic, found.tactics))
    lines = [title, f"Tactic{'s' if len(found.tactics) > 1 else ''}: {tactics}", found.url]
    uses = catalog.actors_using(found.id)
    actors = list(dict.fromkeys(use.actor for use in uses))
    if actors:
        lines.append(f"Used by {len(actors)} tracked actor{'s' if len(actors) > 1 else ''}:")
        for actor in actors:
            lines.append(f"  {actor.name}")
            lines.extend(f"    {use.member.label}: {use.description}" for use in uses if use.actor == actor)
    else:
        lines.append("No tracked actor uses this technique directly.")
    subs = [sub for sub in catalog.subtechniques(found.id) if catalog.actors_using(sub.id)]
    if subs:
        lines.append("Sub-techniques used by tracked actors: " + ", ".join(f"{s.id} {s.name}" for s in subs))
    lines.append(f"Source: {catalog.notice}")
    return "\n".join(lines)
