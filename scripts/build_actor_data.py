"""Build keiho's actor table, src/keiho/intel/data/actors.json, from MITRE ATT&CK and the MISP galaxy.

Usage: python scripts/build_actor_data.py [--attack BUNDLE] [--galaxy CLUSTERS] [--galaxy-commit SHA] [--check]

Defaults are the staged extracts in ../shared/data/intel (see its SOURCES.md): ATT&CK v18.1 and
MISP galaxy threat-actor.json version 349. The script prints every alias that two members claim
and how it was settled, copies both licences next to the data file (MITRE asks that its copyright
designation and licence travel with every copy), and with --check only reports whether the
committed files are up to date.

The umbrella membership below is the one editorial decision; everything else comes from the data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from keiho.intel.actors import ActorTable, Umbrella

ROOT = Path(__file__).resolve().parents[1]
INTEL = ROOT.parent / "shared" / "data" / "intel"
OUT = ROOT / "src" / "keiho" / "intel" / "data"
# The staged galaxy extract does not carry its upstream commit; SOURCES.md records it.
GALAXY_COMMIT = "9434ace4eb925c9a1c9b3bccf014a25f9d14f0b0"

# Which groups sit under an umbrella actor, each with the reason (kept in the data file too).
# ATT&CK groups are listed by id; MISP clusters only when ATT&CK does not track them (a cluster
# whose name ATT&CK knows, e.g. STARDUST CHOLLIMA -> G0082 or Silent Chollima -> G0138, follows
# its group automatically). A group or cluster not listed is an actor of its own: APT37 (G0067),
# Kimsuky (G0094) and the DPRK espionage clusters stay separate, as ATT&CK and the galaxy keep them.
MEMBERSHIP: dict[str, Umbrella] = {
    "Lazarus Group": {
        "groups": {
            "G0032": "the umbrella's namesake; ATT&CK notes public reporting uses the name for many DPRK operators",
            "G0082": "APT38/BlueNoroff: ATT&CK says some researchers report it as Lazarus; the galaxy lists APT38 "
            "and Bluenoroff as Lazarus synonyms; Treasury's 2019 sanctions name it a Lazarus sub-group",
            "G1049": "AppleJeus/Citrine Sleet: ATT&CK calls it part of the broader Lazarus Group umbrella",
            "G1052": "Contagious Interview: the fake-recruiter developer lures keiho protects against; "
            "reported as a Lazarus operation (the galaxy's and maltrail's Lazarus alias lists)",
            "G1036": "Moonstone Sleet: ATT&CK says it overlapped significantly with Lazarus until 2023; "
            "the galaxy lists it as a Lazarus synonym",
            "G0138": "Andariel: ATT&CK calls it a sub-set of Lazarus Group, Treasury's 2019 sanctions name it a "
            "Lazarus sub-group and the galaxy lists Andariel as a Lazarus synonym (Mandiant tracks the same "
            "activity as APT45)",
        },
        "clusters": {
            "TraderTraitor": "Jade Sleet/UNC4899: CISA AA22-108A attributes TraderTraitor to Lazarus Group/APT38; "
            "ATT&CK v18.1 has no group for it",
            "TA444": "Proofpoint's name for BlueNoroff/APT38-overlapping crypto theft",
            "UNC1069": "CryptoCore/Dangerous Password: the galaxy ties it to SnatchCrypto (BlueNoroff) crypto theft",
            "TEMP.Hermit": "ATT&CK (G1049) places TEMP.Hermit under the same Lazarus umbrella as AppleJeus",
            "UNC2970": "Mandiant reports overlaps with TEMP.Hermit; the job-recruitment lures of Operation Dream Job",
            "FASTCash": "ATM cash-out campaign that US-CERT attributes to HIDDEN COBRA (and CISA AA20-239A to APT38)",
            "UNC5342": "Mandiant's EtherHiding cluster; maltrail's Lazarus list names it as Contagious Interview",
            "WageMole": "fake IT workers; shares PurpleBravo and Famous Chollima with Contagious Interview "
            "and reuses its stolen identities (the galaxy's description)",
            "Nickel Alley": "fake-recruiter GitHub lures with PyLangGhost RAT: the Contagious Interview playbook",
            "Storm-0530": "H0lyGh0st ransomware; Microsoft reports links to PLUTONIUM (Andariel)",
            "APT45": "Mandiant's name for the activity also reported as Andariel, Silent Chollima and Onyx Sleet",
        },
        "aliases": {
            "Lazarus": "the short name everyone uses; neither source lists it",
        },
    },
    "Kimsuky": {
        "groups": {"G0094": "the umbrella's namesake (ATT&CK already folds APT43 into it)"},
        "clusters": {"TA406": "the galaxy relates TA406 to Kimsuky as part-of"},
        "aliases": {},
    },
}


def build(attack: Path, galaxy: Path, galaxy_commit: str = GALAXY_COMMIT) -> ActorTable:
    return ActorTable.from_sources(galaxy, attack, membership=MEMBERSHIP, galaxy_commit=galaxy_commit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attack", type=Path, default=INTEL / "attack-dprk.json")
    parser.add_argument("--galaxy", type=Path, default=INTEL / "actors" / "misp-threat-actor-dprk.json")
    parser.add_argument("--attack-license", type=Path, default=INTEL / "attack-LICENSE.txt")
    parser.add_argument("--galaxy-license", type=Path, default=INTEL / "actors" / "LICENSE.md")
    parser.add_argument("--galaxy-commit", default=GALAXY_COMMIT)
    parser.add_argument("--check", action="store_true", help="only report whether the committed files are current")
    args = parser.parse_args(argv)

    table = build(args.attack, args.galaxy, args.galaxy_commit)
    outputs = {
        OUT / "actors.json": table.to_json(),
        OUT / "ATTACK-LICENSE.txt": args.attack_license.read_text("utf-8"),
        OUT / "MISP-GALAXY-LICENSE.md": args.galaxy_license.read_text("utf-8"),
    }
    for conflict in table.conflicts:
        print(f"alias conflict: {conflict}")
    for note in table.notes:
        print(f"note: {note}")
    stale = [path for path, text in outputs.items() if not path.is_file() or path.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for path in stale:
        path.write_text(outputs[path], encoding="utf-8")
    data = OUT / "actors.json"
    print(f"{len(table)} actors, {len(table.conflicts)} alias conflicts -> {data.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
