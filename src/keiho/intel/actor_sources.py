"""Building an actor table from the sources: an ATT&CK STIX extract and a MISP threat-actor galaxy.

`build_document` reads both, places every group, campaign and cluster under its umbrella by the
membership table, settles aliases claimed by several members (ATT&CK id, then name, then alias,
then MISP cluster name, then the synonym of the smallest cluster) and returns the document that
`ActorTable` loads and `scripts/build_actor_data.py` writes to data/actors.json.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keiho.errors import IntelFormatError
from keiho.intel.actors import (
    DATA_FORMAT,
    MISP_COPYRIGHT,
    MITRE_PERMISSION,
    AliasConflict,
    MemberKind,
    Umbrella,
    alias_key,
)
from keiho.intel.importers._common import open_text

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


def build_document(
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
