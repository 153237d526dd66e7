from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import ROOT, shared_path

from keiho.errors import IntelFormatError, KeihoError
from keiho.intel.actor_sources import first_sentence
from keiho.intel.actors import ActorTable, Umbrella, alias_key
from keiho.intel.attack import (
    AttackCatalog,
    MalformedTechniqueId,
    TechniqueError,
    UnknownTechnique,
    describe_technique,
    parse_technique_id,
)

INTEL = ("data", "intel")
GALAXY = (*INTEL, "actors", "misp-threat-actor-dprk.json")
BUNDLE = (*INTEL, "attack-dprk.json")
LAZARUS = "lazarus-group"


def load(*parts: str) -> Any:
    return json.loads(shared_path(*parts).read_text("utf-8"))


def mitre_id(obj: dict[str, Any]) -> str:
    refs = obj.get("external_references", [])
    return next((r["external_id"] for r in refs if r.get("source_name") == "mitre-attack"), "")


def cluster(value: str) -> dict[str, Any]:
    return next(c for c in load(*GALAXY)["values"] if c["value"] == value)


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_actor_data", ROOT / "scripts" / "build_actor_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- alias resolution ------------------------------------------------------------------------


def test_every_synonym_of_the_misp_lazarus_cluster_resolves_to_the_lazarus_umbrella() -> None:
    lazarus = cluster("Lazarus Group")
    names = [lazarus["value"], *lazarus["meta"]["synonyms"]]
    table = ActorTable.default()
    hits = {name: table.resolve(name) for name in names}
    assert {name: hit.actor.id if hit else None for name, hit in hits.items() if not hit or hit.actor.id != LAZARUS} == {}


@pytest.mark.parametrize(
    ("name", "member"),
    [
        ("Lazarus Group", "G0032"),
        ("Lazarus", "G0032"),
        ("Hidden Cobra", "G0032"),
        ("APT38", "G0082"),
        ("APT 38", "G0082"),
        ("apt-38", "G0082"),
        ("Blue Noroff", "G0082"),
        ("BLUENOROFF", "G0082"),
        ("Sapphire Sleet", "G0082"),
        ("AppleJeus", "G1049"),
        ("Citrine Sleet", "G1049"),
        ("UNC4736", "G1049"),
        ("Contagious Interview", "G1052"),
        ("DEV#POPPER", "G1052"),
        ("Moonstone Sleet", "G1036"),
        ("Andariel", "G0138"),
        ("Silent Chollima", "G0138"),
        ("Operation Interception", "C0022"),
        ("g0082", "G0082"),
    ],
)
def test_issue_names_resolve_to_lazarus_and_name_their_member(name: str, member: str) -> None:
    hit = ActorTable.default().resolve(name)
    assert hit is not None and hit.actor.name == "Lazarus Group" and hit.member.id == member


@pytest.mark.parametrize("name", ["TraderTraitor", "Jade Sleet", "UNC4899", "trader traitor"])
def test_tradertraitor_names_resolve_to_its_misp_cluster_under_lazarus(name: str) -> None:
    hit = ActorTable.default().resolve(name)
    assert hit is not None and hit.actor.id == LAZARUS
    assert hit.member.kind == "cluster" and hit.member.name == "TraderTraitor"  # ATT&CK v18.1 has no such group


@pytest.mark.parametrize(("group", "misp"), [("G0067", "APT37"), ("G0094", "Kimsuky")])
def test_apt37_and_kimsuky_are_separate_actors(group: str, misp: str) -> None:
    intrusion = next(o for o in load(*BUNDLE)["objects"] if o["type"] == "intrusion-set" and mitre_id(o) == group)
    names = [intrusion["name"], *intrusion["aliases"], misp, *cluster(misp)["meta"]["synonyms"]]
    table = ActorTable.default()
    for name in names:
        hit = table.resolve(name)
        assert hit is not None, name
        assert hit.actor.id != LAZARUS, name
        assert hit.actor.name == intrusion["name"], name


@pytest.mark.parametrize("name", ["Fancy Bear", "APT28", "Lazarus Groupie", "", "  ", "!!"])
def test_unknown_names_resolve_to_none(name: str) -> None:
    assert ActorTable.default().resolve(name) is None


def test_alias_key_ignores_case_space_and_punctuation() -> None:
    assert alias_key("APT 38") == alias_key("apt-38") == alias_key("APT38") == "apt38"
    assert alias_key("Blue Noroff") == alias_key("BLUENOROFF")
    assert alias_key("DEV#POPPER") == "devpopper"


def test_every_recorded_alias_resolves_back_to_its_own_member() -> None:
    table = ActorTable.default()
    for actor in table:
        for member in actor.members:
            for name in (member.id, *member.aliases):
                hit = table.resolve(name)
                assert hit is not None and (hit.actor, hit.member) == (actor, member), name


def test_lazarus_actor_groups_country_and_techniques_match_the_bundle() -> None:
    objects = load(*BUNDLE)["objects"]
    actor = ActorTable.default().get(LAZARUS)
    assert actor is not None and actor.country == "KP"
    groups = {m.id for m in actor.attack_groups}
    assert {"G0032", "G0082", "G1049", "G1052", "G1036", "G0138"} <= groups
    assert not groups & {"G0067", "G0094"}
    # Campaigns ATT&CK attributes to a member group join the actor.
    by_stix = {o["id"]: o for o in objects}
    rels = [o for o in objects if o["type"] == "relationship"]
    attributed = {
        mitre_id(by_stix[r["source_ref"]])
        for r in rels
        if r["relationship_type"] == "attributed-to" and mitre_id(by_stix[r["target_ref"]]) in groups
    }
    assert attributed and {c.id for c in actor.campaigns} == attributed
    used = {
        mitre_id(by_stix[r["target_ref"]])
        for r in rels
        if r["relationship_type"] == "uses"
        and mitre_id(by_stix[r["source_ref"]]) in groups | attributed
        and by_stix[r["target_ref"]]["type"] == "attack-pattern"
    }
    assert set(actor.techniques) == used


# --- ATT&CK techniques -----------------------------------------------------------------------


def test_t1566_001_is_initial_access_and_used_by_exactly_the_bundle_users() -> None:
    objects = load(*BUNDLE)["objects"]
    by_stix = {o["id"]: o for o in objects}
    pattern = next(o for o in objects if o["type"] == "attack-pattern" and mitre_id(o) == "T1566.001")
    users = {
        mitre_id(by_stix[r["source_ref"]])
        for r in objects
        if r["type"] == "relationship" and r["relationship_type"] == "uses" and r["target_ref"] == pattern["id"]
    }
    assert "G0032" in users  # the relationship the issue is about exists in the bundle

    catalog = AttackCatalog.default()
    found = catalog.technique("T1566.001")
    assert found.name == pattern["name"] and found.is_subtechnique and found.parent == "T1566"
    assert "initial-access" in found.tactics and catalog.tactic_names("T1566.001") == ("Initial Access",)
    uses = catalog.actors_using("T1566.001")
    assert {use.member.id for use in uses} == users
    lazarus = [use for use in uses if use.actor.id == LAZARUS and use.member.id == "G0032"]
    assert len(lazarus) == 1 and lazarus[0].description.startswith("Lazarus Group has targeted victims with spear")


def test_describe_technique_names_tactic_and_actors() -> None:
    text = describe_technique(" t1566.001 ")
    assert text.splitlines()[0] == "T1566.001 Spearphishing Attachment (sub-technique of T1566 Phishing)"
    assert "Initial Access (TA0001)" in text
    assert "  Lazarus Group\n    G0032 Lazarus Group: " in text
    assert "  APT37\n" in text and "  Kimsuky\n" in text
    assert "The MITRE Corporation" in text


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("T9999", UnknownTechnique),
        ("T9999.999", UnknownTechnique),
        ("foo", MalformedTechniqueId),
        ("T1566.1", MalformedTechniqueId),
        ("", MalformedTechniqueId),
    ],
)
def test_bad_technique_ids_give_a_clear_error(text: str, error: type[TechniqueError]) -> None:
    with pytest.raises(error) as caught:
        describe_technique(text)
    assert isinstance(caught.value, KeihoError) and isinstance(caught.value, ValueError)
    assert (text.strip() or repr(text)) in str(caught.value)


def test_parse_technique_id_normalises_case_and_space() -> None:
    assert parse_technique_id(" t1059.007\n") == "T1059.007"


def test_first_sentence_drops_citations_and_links() -> None:
    text = "[Kimsuky](https://attack.mitre.org/groups/G0094) signed files as EGIS CO,. Ltd. and more.(Citation: X) Then."
    assert first_sentence(text) == "Kimsuky signed files as EGIS CO,. Ltd. and more."


# --- the bundled data file -------------------------------------------------------------------


def test_bundled_data_is_what_the_build_script_produces() -> None:
    galaxy, bundle = shared_path(*GALAXY), shared_path(*BUNDLE)
    script = build_script()
    bundled = resources.files("keiho.intel").joinpath("data/actors.json").read_text("utf-8")
    assert script.build(bundle, galaxy).to_json() == bundled
    # The run-time loader with the bundled membership table gives the same table.
    assert ActorTable.from_sources(galaxy, bundle, galaxy_commit=script.GALAXY_COMMIT).to_json() == bundled
    licence = resources.files("keiho.intel").joinpath("data/ATTACK-LICENSE.txt").read_text("utf-8")
    assert licence == shared_path(*INTEL, "attack-LICENSE.txt").read_text("utf-8")
    misp_licence = resources.files("keiho.intel").joinpath("data/MISP-GALAXY-LICENSE.md").read_text("utf-8")
    assert misp_licence == shared_path(*INTEL, "actors", "LICENSE.md").read_text("utf-8")


def test_bundled_data_carries_versions_and_notices() -> None:
    table = ActorTable.default()
    # Versions and commits as stated in shared/data/intel/SOURCES.md.
    assert table.sources["attack"]["version"] == "18.1"
    assert table.sources["attack"]["commit"] == "421deacb77191b38bdd1bf63268954e93da91365"
    assert table.sources["misp_galaxy"]["version"] == "349"
    assert table.sources["misp_galaxy"]["commit"] == "9434ace4eb925c9a1c9b3bccf014a25f9d14f0b0"
    assert "The MITRE Corporation" in table.notices["attack"] and "ATTACK-LICENSE.txt" in table.notices["attack"]
    assert "CC0-1.0 or BSD-2-Clause" in table.notices["misp_galaxy"]
    assert table.membership["Lazarus Group"]["groups"]["G0138"]  # every membership entry carries its reason
    assert table.notes == ()


# --- building from user-supplied sources -----------------------------------------------------


def attack_object(kind: str, attack_id: str, name: str, **extra: Any) -> dict[str, Any]:
    ref = {"source_name": "mitre-attack", "external_id": attack_id, "url": f"https://attack.mitre.org/x/{attack_id}"}
    return {"type": kind, "id": f"{kind}--{attack_id}", "name": name, "external_references": [ref], **extra}


def relation(kind: str, source: str, target: str, description: str = "") -> dict[str, Any]:
    return {
        "type": "relationship",
        "id": f"relationship--{source}-{target}",
        "relationship_type": kind,
        "source_ref": source,
        "target_ref": target,
        "description": description,
    }


@pytest.fixture
def sources(tmp_path: Path) -> tuple[Path, Path]:
    phase = [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}]
    objects = [
        attack_object("x-mitre-tactic", "TA0002", "Execution", x_mitre_shortname="execution"),
        attack_object("intrusion-set", "G9001", "Gamma", aliases=["Gamma", "Shared Name"]),
        attack_object("intrusion-set", "G9002", "Old", aliases=["Old"], revoked=True),
        attack_object("campaign", "C9001", "Operation Gamma", aliases=["Operation Gamma"]),
        attack_object("attack-pattern", "T1000", "Parent", kill_chain_phases=phase),
        attack_object("attack-pattern", "T1000.001", "Child", kill_chain_phases=phase),
        relation("subtechnique-of", "attack-pattern--T1000.001", "attack-pattern--T1000"),
        relation("attributed-to", "campaign--C9001", "intrusion-set--G9001"),
        relation("uses", "intrusion-set--G9001", "attack-pattern--T1000.001", "[Gamma](https://x) ran it. More.(Citation: A)"),
        relation("uses", "campaign--C9001", "attack-pattern--T1000", "During it, Gamma ran the parent."),
        relation("uses", "intrusion-set--G9002", "attack-pattern--T1000", "Revoked groups are left out."),
        {"type": "x-mitre-collection", "id": "x-mitre-collection--1", "x_mitre_version": "99.1"},
    ]
    clusters = [
        {"value": "Gamma", "uuid": "u-gamma", "meta": {"synonyms": ["Gamma Team"], "country": "ZZ", "refs": ["https://g.example"]}},
        {"value": "Delta", "uuid": "u-delta", "meta": {"synonyms": ["Shared Name", "Delta Crew", "D"]}},
        {"value": "Epsilon", "uuid": "u-epsilon", "meta": {"synonyms": ["Delta Crew"]}},
    ]
    bundle, galaxy = tmp_path / "bundle.json", tmp_path / "galaxy.json"
    bundle.write_text(json.dumps({"type": "bundle", "objects": objects}), "utf-8")
    galaxy.write_text(json.dumps({"values": clusters, "version": 7}), "utf-8")
    return galaxy, bundle


def test_from_sources_folds_clusters_and_settles_conflicts_deterministically(sources: tuple[Path, Path]) -> None:
    table = ActorTable.from_sources(*sources, membership={})
    assert [actor.name for actor in table] == ["Delta", "Epsilon", "Gamma"]
    gamma = table.resolve("gamma team")
    assert gamma is not None and gamma.member.id == "G9001" and gamma.actor.country == "ZZ"
    assert [m.id for m in gamma.actor.members] == ["G9001", "C9001"]
    assert gamma.actor.techniques == ("T1000", "T1000.001")
    assert dict(gamma.actor.members[0].uses) == {"T1000.001": "Gamma ran it."}
    assert table.resolve("Old") is None  # revoked in the bundle
    # An ATT&CK alias beats a MISP synonym; a narrow cluster's synonym beats a broad one's.
    assert (hit := table.resolve("Shared Name")) is not None and hit.actor.name == "Gamma"
    assert (hit := table.resolve("DELTA-CREW")) is not None and hit.actor.name == "Epsilon"
    conflicts = {c.alias: c for c in table.conflicts}
    assert set(conflicts) == {"Shared Name", "Delta Crew"} and all(c.cross_actor for c in conflicts.values())
    assert "Delta" in conflicts["Delta Crew"].dropped[0]
    assert table.sources["attack"]["version"] == "99.1" and table.sources["misp_galaxy"]["version"] == "7"
    catalog = AttackCatalog(table)
    assert catalog.technique("T1000.001").parent == "T1000" and catalog.tactic_names("T1000") == ("Execution",)
    assert [use.member.id for use in catalog.actors_using("T1000")] == ["C9001"]
    assert ActorTable(json.loads(table.to_json())).to_json() == table.to_json()


def test_from_sources_places_members_under_an_umbrella(sources: tuple[Path, Path]) -> None:
    membership: dict[str, Umbrella] = {
        "Gamma": {
            "groups": {"G9001": "head", "G0000": "absent"},
            "clusters": {"Epsilon": "why", "Nope": "absent"},
            "aliases": {"Gee": "short name"},
        },
    }
    table = ActorTable.from_sources(*sources, membership=membership)
    assert [actor.name for actor in table] == ["Gamma", "Delta"]
    expected = {"Epsilon": "u-epsilon", "Delta Crew": "u-epsilon", "Gee": "G9001", "Operation Gamma": "C9001"}
    for name, member in expected.items():
        hit = table.resolve(name)
        assert hit is not None and hit.actor.name == "Gamma" and hit.member.id == member
        assert hit.member.reason == {"u-epsilon": "why", "G9001": "head", "C9001": "ATT&CK attributes it to G9001"}[member]
    assert len(table.notes) == 2 and "G0000" in table.notes[0] and "'Nope'" in table.notes[1]
    assert next(c for c in table.conflicts if c.alias == "Delta Crew").cross_actor  # Delta stands alone


@pytest.mark.parametrize(
    ("which", "content", "problem"),
    [("galaxy", "{not json", "line 1: not JSON"), ("galaxy", "[]", "no 'values'"), ("bundle", '{"type": "bundle"}', "no 'objects'")],
)
def test_malformed_sources_raise_intel_format_error(
    sources: tuple[Path, Path], which: str, content: str, problem: str
) -> None:
    galaxy, bundle = sources
    (galaxy if which == "galaxy" else bundle).write_text(content, "utf-8")
    with pytest.raises(IntelFormatError, match=problem):
        ActorTable.from_sources(galaxy, bundle, membership={})
