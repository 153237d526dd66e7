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
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypedDict

from keiho.errors import IntelFormatError
from keiho.intel.importers._common import open_text

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
        return cls(_build_document(galaxy_path, attack_bundle_path, membership, galaxy_commit))

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


# --- building a document from the sources -----------------------------------------------------

_CITATION = re.compile(r"\s*\(Citation:[^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(]|\s*$)")
_ABBREVIATIONS = {"e.g", "i.e", "etc", "vs", "U.S", "Inc", "Ltd", "LLC", "Co", "CO,", "No", "approx"}


def first_sentence(text: str) -> str:
    """ATT&CK prose cut to its first sentence, without citations or markdown links."""
    plain = " ".join(_LINK.sub(r"\1", _CITATION.sub("", text)).split())
    for end in _SENTENCE_END.finditer(plain):
        before = plain[: end.start()].rsplit(" ", 1)[-1]
        after = plain[end.end() :].split(" ", 2)[1:2] or [""]
        if before in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", before) or after[0].rstrip(".") in _ABBREVIATIONS:
            continue  # "e.g. Foo", "U.S. Treasury", "EGIS CO,. Ltd." do not end a sentence
        return plain[: end.end()]
    return plain


@dataclass(frozen=True, order=True)
class _Claim:
    """One source saying "this name belongs to this member"; the smallest claim on a name wins."""

    rank: int  # index into _RANK_LABELS: ATT&CK before MISP, a source's own name before its synonyms
    specificity: int  # for MISP synonyms, the cluster's synonym count: a narrow cluster beats a catch-all
    member: str
    spelling: str
    via: str = field(compare=False)


_RANK_LABELS = ("ATT&CK id", "ATT&CK name", "ATT&CK alias", "MISP cluster", "MISP synonym", "membership table")


@dataclass
class _Draft:
    """A member while the document is being built."""

    id: str
    name: str
    kind: MemberKind
    url: str = ""
    attributed_to: str = ""
    uses: dict[str, str] = field(default_factory=dict)
    clusters: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    reason: str = ""


def _read_json(path: Path) -> Any:
    try:
        with open_text(path) as handle:
            return json.load(handle)
    except json.JSONDecodeError as exc:
        raise IntelFormatError(str(path), f"line {exc.lineno}", f"not JSON: {exc.msg}") from None
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise IntelFormatError(str(path), "", f"cannot read: {exc}") from None


def _attack_id(obj: Mapping[str, Any]) -> str:
    for ref in obj.get("external_references", ()):
        if ref.get("source_name") == "mitre-attack" and ref.get("external_id"):
            return str(ref["external_id"])
    return ""


def _attack_url(obj: Mapping[str, Any]) -> str:
    for ref in obj.get("external_references", ()):
        if ref.get("source_name") == "mitre-attack":
            return str(ref.get("url", ""))
    return ""


def _live(obj: Mapping[str, Any]) -> bool:
    return not obj.get("revoked") and not obj.get("x_mitre_deprecated")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "actor"


class _Attack:
    """The parts of an ATT&CK STIX bundle the actor table needs (revoked and deprecated objects left out)."""

    def __init__(self, path: Path) -> None:
        bundle = _read_json(path)
        if not isinstance(bundle, dict) or not isinstance(bundle.get("objects"), list):
            raise IntelFormatError(str(path), "", "not a STIX bundle (no 'objects' list)")
        objects = [o for o in bundle["objects"] if isinstance(o, dict) and _live(o) and "type" in o]
        by_stix = {o["id"]: o for o in objects if "id" in o}
        by_type: dict[str, dict[str, dict[str, Any]]] = {}  # STIX type -> ATT&CK id -> object
        for obj in objects:
            if _attack_id(obj):
                by_type.setdefault(obj["type"], {})[_attack_id(obj)] = obj
        self.groups = by_type.get("intrusion-set", {})
        self.campaigns = by_type.get("campaign", {})
        self.techniques = by_type.get("attack-pattern", {})
        self.tactics = list(by_type.get("x-mitre-tactic", {}).values())
        self.attributed: dict[str, str] = {}  # campaign id -> group id
        self.parents: dict[str, str] = {}  # sub-technique id -> technique id
        self.uses: list[tuple[str, str, str]] = []  # (group or campaign id, technique id, one sentence)
        for rel in (o for o in objects if o["type"] == "relationship"):
            source, target = by_stix.get(rel.get("source_ref", "")), by_stix.get(rel.get("target_ref", ""))
            if source is None or target is None:
                continue
            kind, pair = rel.get("relationship_type"), (source["type"], target["type"])
            if kind == "attributed-to" and pair == ("campaign", "intrusion-set"):
                self.attributed[_attack_id(source)] = _attack_id(target)
            elif kind == "subtechnique-of" and pair == ("attack-pattern", "attack-pattern"):
                self.parents[_attack_id(source)] = _attack_id(target)
            elif kind == "uses" and pair in (("intrusion-set", "attack-pattern"), ("campaign", "attack-pattern")):
                self.uses.append((_attack_id(source), _attack_id(target), first_sentence(rel.get("description", ""))))
        self.version, self.commit = self._version(path, objects)
        statements = [
            str(o["definition"]["statement"])
            for o in objects
            if o["type"] == "marking-definition" and "statement" in (o.get("definition") or {})
        ]
        copyright_line = next((s for s in statements if "MITRE" in s), "Copyright The MITRE Corporation.")
        self.notice = (
            f"MITRE ATT&CK® v{self.version}: {copyright_line} {MITRE_PERMISSION} "
            "Licence: ATTACK-LICENSE.txt beside this file."
        )

    @staticmethod
    def _version(path: Path, objects: list[dict[str, Any]]) -> tuple[str, str]:
        """ATT&CK version and upstream commit: from the bundle's collection, or from the staged meta file."""
        version = next((str(o.get("x_mitre_version")) for o in objects if o["type"] == "x-mitre-collection"), "")
        commit = ""
        meta = path.with_name(path.name.removesuffix(".gz").removesuffix(".json") + ".meta.json")
        if meta.is_file():
            info = _read_json(meta)
            version = version or str(info.get("attack_version", ""))
            commit = str((info.get("source") or {}).get("commit", ""))
        return version or "unknown", commit

    def parent(self, tid: str) -> str:
        return self.parents.get(tid) or (tid.split(".")[0] if "." in tid else "")

    def technique_record(self, tid: str) -> dict[str, Any]:
        obj = self.techniques[tid]
        phases = [
            p["phase_name"] for p in obj.get("kill_chain_phases", ()) if p.get("kill_chain_name") == "mitre-attack"
        ]
        record: dict[str, Any] = {"name": obj["name"], "tactics": phases, "url": _attack_url(obj)}
        if self.parent(tid):
            record["parent"] = self.parent(tid)
        return record


class _Galaxy:
    def __init__(self, path: Path) -> None:
        galaxy = _read_json(path)
        if not isinstance(galaxy, dict) or not isinstance(galaxy.get("values"), list):
            raise IntelFormatError(str(path), "", "not a MISP galaxy cluster file (no 'values' list)")
        self.clusters: list[dict[str, Any]] = []
        for index, cluster in enumerate(galaxy["values"]):
            if not isinstance(cluster, dict) or not isinstance(cluster.get("value"), str):
                raise IntelFormatError(str(path), f"values[{index}]", "cluster without a 'value' name")
            self.clusters.append(cluster)
        self.version = str(galaxy.get("version", "unknown"))
        self.source = str(galaxy.get("source") or galaxy.get("name") or "MISP galaxy")
        self.uuid = str(galaxy.get("uuid", ""))


def _build_document(
    galaxy_path: Path, attack_path: Path, membership: Mapping[str, Umbrella], galaxy_commit: str
) -> dict[str, Any]:
    attack, galaxy = _Attack(attack_path), _Galaxy(galaxy_path)
    builder = _Builder(attack)
    builder.add_galaxy(galaxy)
    builder.place(membership)
    winners, conflicts = _settle(builder.claims, builder.drafts, builder.actor_of)
    used = {tid for draft in builder.drafts.values() for tid in draft.uses}
    used |= {attack.parent(tid) for tid in used if attack.parent(tid)}
    return {
        "format": DATA_FORMAT,
        "notices": {
            "attack": attack.notice,
            "misp_galaxy": f"{galaxy.source} (version {galaxy.version}), dual-licensed CC0-1.0 or BSD-2-Clause; "
            f"{MISP_COPYRIGHT}. Licence: MISP-GALAXY-LICENSE.md beside this file.",
        },
        "sources": {
            "attack": {"version": attack.version, "commit": attack.commit, "file": attack_path.name},
            "misp_galaxy": {
                "version": galaxy.version,
                "commit": galaxy_commit,
                "uuid": galaxy.uuid,
                "file": galaxy_path.name,
            },
        },
        "membership": {name: dict(row) for name, row in membership.items()},
        "notes": builder.notes,
        "alias_conflicts": [
            {"alias": c.alias, "kept": c.kept, "dropped": list(c.dropped), "cross_actor": c.cross_actor}
            for c in conflicts
        ],
        "actors": builder.actor_entries(membership, winners),
        "attack": {
            "tactics": [
                {"id": _attack_id(t), "shortname": t.get("x_mitre_shortname", ""), "name": t["name"]}
                for t in attack.tactics
            ],
            "techniques": {tid: attack.technique_record(tid) for tid in sorted(used & attack.techniques.keys())},
        },
    }


class _Builder:
    """Members and name claims from both sources, then their placement into actors."""

    def __init__(self, attack: _Attack) -> None:
        self.drafts: dict[str, _Draft] = {}
        self.claims: list[_Claim] = []
        self.actor_of: dict[str, str] = {}  # member id -> actor name
        self.notes: list[str] = []
        self._clusters: dict[str, str] = {}  # alias_key(cluster value) -> member id
        self._attack = attack
        # ATT&CK groups and campaigns are members; their ids, names and aliases are the strongest claims.
        for aid, obj in sorted(attack.groups.items()) + sorted(attack.campaigns.items()):
            kind: MemberKind = "group" if obj["type"] == "intrusion-set" else "campaign"
            self.drafts[aid] = _Draft(aid, obj["name"], kind, _attack_url(obj), attack.attributed.get(aid, ""))
            self.claims.append(_Claim(0, 0, aid, aid, _RANK_LABELS[0]))
            self.claims.append(_Claim(1, 0, aid, obj["name"], _RANK_LABELS[1]))
            self.claims.extend(_Claim(2, 0, aid, alias, _RANK_LABELS[2]) for alias in obj.get("aliases", ()))
        for source, tid, description in attack.uses:
            if source in self.drafts:
                self.drafts[source].uses[tid] = description

    def add_galaxy(self, galaxy: _Galaxy) -> None:
        """A cluster whose name ATT&CK knows folds into that member; any other becomes a member of its own."""
        attack_names, _ = _settle(self.claims, self.drafts, {})
        for cluster in galaxy.clusters:
            value, meta = cluster["value"], cluster.get("meta") or {}
            member = attack_names.get(alias_key(value)) or str(cluster.get("uuid") or value)
            draft = self.drafts.setdefault(member, _Draft(member, value, "cluster"))
            draft.clusters.append(value)
            draft.references.extend(ref for ref in meta.get("refs", ()) if isinstance(ref, str))
            if isinstance(meta.get("country"), str):
                draft.countries.append(meta["country"])
            self._clusters.setdefault(alias_key(value), member)
            synonyms = [s for s in meta.get("synonyms", ()) if isinstance(s, str)]
            self.claims.append(_Claim(3, 0, member, value, f"{_RANK_LABELS[3]} {value!r}"))
            self.claims.extend(
                _Claim(4, len(synonyms), member, s, f"{_RANK_LABELS[4]} in {value!r}") for s in synonyms
            )

    def place(self, membership: Mapping[str, Umbrella]) -> None:
        """Members listed in the membership table go under their umbrella; the others stand alone."""
        for umbrella, row in membership.items():
            for gid, reason in row["groups"].items():
                if gid not in self._attack.groups:
                    self.notes.append(f"membership: {umbrella}: group {gid} is not in the ATT&CK bundle")
                else:
                    self.actor_of[gid], self.drafts[gid].reason = umbrella, reason
            for value, reason in row["clusters"].items():
                member = self._clusters.get(alias_key(value), "")
                if not member:
                    self.notes.append(f"membership: {umbrella}: cluster {value!r} is not in the galaxy")
                elif self.drafts[member].kind != "cluster":
                    self.notes.append(f"membership: {umbrella}: cluster {value!r} already folds into {member}")
                else:
                    self.actor_of[member], self.drafts[member].reason = umbrella, reason
            head = next(iter(row["groups"]), "")
            if head in self.actor_of:
                self.claims.extend(_Claim(5, 0, head, alias, _RANK_LABELS[5]) for alias in row["aliases"])
        campaigns = [d for d in self.drafts.values() if d.kind == "campaign" and d.id not in self.actor_of]
        for draft in campaigns:
            if draft.attributed_to in self.actor_of:
                self.actor_of[draft.id] = self.actor_of[draft.attributed_to]
                draft.reason = f"ATT&CK attributes it to {draft.attributed_to}"
        # Campaigns last, so that one attributed to a stand-alone group joins that group's actor.
        for draft in sorted(self.drafts.values(), key=lambda d: d.kind == "campaign"):
            if draft.id not in self.actor_of:
                self.actor_of[draft.id] = self.actor_of.get(draft.attributed_to, draft.name)

    def actor_entries(self, membership: Mapping[str, Umbrella], winners: Mapping[str, str]) -> list[dict[str, Any]]:
        aliases: dict[str, dict[str, str]] = {}  # member id -> alias key -> spelling of its strongest claim
        for claim in sorted(self.claims):
            if claim.rank > 0 and winners.get(alias_key(claim.spelling)) == claim.member:
                aliases.setdefault(claim.member, {}).setdefault(alias_key(claim.spelling), claim.spelling)
        standalone = sorted({name for name in self.actor_of.values() if name not in membership}, key=str.casefold)
        entries: list[dict[str, Any]] = []
        for name in [*membership, *standalone]:
            order = list(membership[name]["groups"]) if name in membership else []
            members = sorted(
                (d for d in self.drafts.values() if self.actor_of[d.id] == name),
                key=lambda d: (
                    ["group", "campaign", "cluster"].index(d.kind),
                    order.index(d.id) if d.id in order else len(order),
                    d.name.casefold() if d.kind == "cluster" else d.id,
                ),
            )
            if not members:
                continue
            slug = _slug(name)
            while slug in {entry["id"] for entry in entries}:
                slug += "-x"
            countries = Counter(c for d in members for c in d.countries).most_common()
            urls = [d.url for d in members if d.url] + [ref for d in members for ref in d.references]
            entries.append(
                {
                    "id": slug,
                    "name": name,
                    "country": min(c for c, n in countries if n == countries[0][1]) if countries else None,
                    "members": [
                        {
                            "id": d.id,
                            "name": d.name,
                            "kind": d.kind,
                            "url": d.url,
                            "aliases": list(aliases.get(d.id, {}).values()),
                            "misp_clusters": d.clusters,
                            "attributed_to": d.attributed_to,
                            "reason": d.reason,
                            "uses": dict(sorted(d.uses.items())),
                        }
                        for d in members
                    ],
                    "references": list(dict.fromkeys(urls)),
                }
            )
        return entries


def _settle(
    claims: list[_Claim], drafts: Mapping[str, _Draft], actor_of: Mapping[str, str]
) -> tuple[dict[str, str], list[AliasConflict]]:
    """Give every alias to its strongest claim; report the aliases that had claimants in other members."""
    by_key: dict[str, list[_Claim]] = {}
    for claim in claims:
        key = alias_key(claim.spelling)
        if key:
            by_key.setdefault(key, []).append(claim)
    winners: dict[str, str] = {}
    conflicts: list[AliasConflict] = []
    for key, group in sorted(by_key.items()):
        best = min(group)
        winners[key] = best.member
        losers: dict[str, _Claim] = {}  # each other member's strongest claim
        for claim in sorted(group):
            if claim.member != best.member:
                losers.setdefault(claim.member, claim)
        if losers:
            conflicts.append(
                AliasConflict(
                    alias=best.spelling,
                    kept=_describe(best, drafts),
                    dropped=tuple(_describe(c, drafts) for c in losers.values()),
                    cross_actor=any(actor_of.get(m) != actor_of.get(best.member) for m in losers),
                )
            )
    return winners, conflicts


def _describe(claim: _Claim, drafts: Mapping[str, _Draft]) -> str:
    draft = drafts[claim.member]
    who = f"MISP cluster {draft.name!r}" if draft.kind == "cluster" else f"{draft.id} {draft.name}"
    return f"{who} ({claim.via})"
