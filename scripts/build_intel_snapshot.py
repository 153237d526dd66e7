"""Build keiho's bundled intel snapshot from the staged public data in ../shared/data.

Only sources whose licence allows redistribution go in (facts, with attribution); the rest stay
importable by users with `keiho intel import`. The table below is the whole policy: each entry
names the files, the licence and why it is in or out. Output:
  src/keiho/intel/data/snapshot.jsonl.gz   (reproducible: same inputs, same bytes)
  docs/intel-snapshot.md                   (what is bundled, from where, as of which date, counts)

Usage: python scripts/build_intel_snapshot.py [--shared ../shared/data] [--check]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from keiho.intel import snapshot
from keiho.intel.store import IntelStore, import_paths


@dataclass(frozen=True)
class Source:
    files: tuple[str, ...]  # globs under the shared data folder
    format: str
    licence: str
    upstream: str
    as_of: str
    bundled: bool
    why: str


SOURCES = (
    Source(
        ("chain/ofac/sdn_advanced_2025-11-19.xml.bz2",),
        "ofac-xml",
        "US government work (public domain)",
        "OFAC SDN advanced XML, via brave-intl/ofac-sanctioned-digital-currency-addresses",
        "2025-11-19",
        True,
        "the official sanctions list: every listed digital-currency address with entity, programs, listing date",
    ),
    Source(
        ("chain/tornado/tornado_cash_addresses.csv",),
        "address-csv",
        "facts: tornado-cli config (ISC), Etherscan tags (MIT), OFAC status (public domain)",
        "tornadocash/tornado-cli, tornadosto/tornado-cli, brianleect/etherscan-labels",
        "2025-08-27",
        True,
        "Tornado Cash contracts per chain, and their OFAC listing 2022-08-08 .. delisting 2025-03-21",
    ),
    Source(
        ("chain/labels/etherscan_labels_brianleect.csv.gz",),
        "etherscan-csv",
        "MIT",
        "brianleect/etherscan-labels",
        "2023-06-18",
        True,
        "who is who on EVM chains: exchanges, bridges, mixers, exploiters",
    ),
    Source(
        ("chain/labels/forta/*.csv",),
        "etherscan-csv",
        "MIT",
        "forta-network/labelled-datasets",
        "2023-01-26",
        True,
        "phishing, exploit and heist addresses and malicious contracts with their deployers",
    ),
    Source(
        ("chain/labels/graphsense_tagpacks/*.yaml",),
        "tagpack",
        "MIT",
        "graphsense/graphsense-tagpacks",
        "2026-05-12",
        True,
        "hacks, Tether-frozen addresses, exchange and DeFi labels (the ActorPack adds none)",
    ),
    Source(
        (
            "intel/iocs/maltrail/apt_lazarus.txt",
            "intel/iocs/maltrail/apt_bluenoroff.txt",
            "intel/iocs/maltrail/apt_38.txt",
            "intel/iocs/maltrail/apt_45.txt",
            "intel/iocs/maltrail/android_lazarus.txt",
        ),
        "maltrail",
        "MIT",
        "stamparm/maltrail",
        "2026-08-23",
        True,
        "Lazarus, BlueNoroff, APT38/45 domains, IPs and URLs (APT37 and Kimsuky trails stay importable)",
    ),
    Source(
        (
            "intel/iocs/eset/*/samples.*",
            "intel/iocs/eset/*/README.adoc",
            "intel/iocs/eset/nukesped_lazarus/lazarus_3cx.json",
        ),
        "auto",
        "BSD-2-Clause",
        "eset/malware-ioc",
        "2024-10-15",
        True,
        "NukeSped/Lazarus and Operation In(ter)ception hashes, C2 IPs and domains, the 3CX MISP event",
    ),
    Source(
        ("intel/iocs/signature-base/*-dprk.txt",),
        "list",
        "Detection Rule License 1.1 (attribution)",
        "Neo23x0/signature-base",
        "2026-04-09",
        True,
        "DPRK hashes, C2s and filename patterns",
    ),
    Source(
        ("intel/iocs/unit42/*.txt",),
        "list",
        "GPL-3.0",
        "PaloAltoNetworks/Unit42-timely-threat-intel",
        "2026-08-07",
        False,
        "GPL: not bundled; `keiho intel import` reads it",
    ),
    Source(
        ("chain/lazarus/lazarus_incident_addresses.csv",),
        "address-csv",
        "none stated",
        "tayvano/lazarus-bluenoroff-research",
        "2025",
        False,
        "no licence: not bundled; importable",
    ),
    Source(
        (
            "intel/iocs/ofac/*.txt",
            "chain/ofac/sdn_crypto_addresses_2025-11-19.csv",
            "chain/ofac/sdn_crypto_address_history.csv",
        ),
        "auto",
        "MIT tool, public-domain data",
        "0xB10C, brave-intl",
        "2025-11-19",
        False,
        "the same facts as the SDN XML: not bundled twice",
    ),
)


def build(
    shared: Path, out: Path
) -> tuple[int, list[tuple[Source, list[str], int]], Counter[str]]:
    """Import every bundled source into a scratch store (so repeats merge as they would for a
    user), write the snapshot; returns its size, (source, files, records read) rows and the
    indicators per source id."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        with IntelStore(Path(tmp) / "build.db") as store:
            for source in SOURCES:
                if not source.bundled:
                    continue
                files = sorted(
                    p for pattern in source.files for p in shared.glob(pattern)
                )
                if not files:
                    raise SystemExit(
                        f"missing staged files for {source.upstream}: {source.files}"
                    )
                read = sum(
                    r.indicators for r in import_paths(store, files, source.format)
                )
                rows.append((source, [str(p.relative_to(shared)) for p in files], read))
            indicators = sorted(store.indicators(), key=lambda i: i.key)
            count = snapshot.write(indicators, out)
            by_source = Counter(i.source for i in indicators)
    return count, rows, by_source


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument(
        "--check",
        action="store_true",
        help="fail if the committed snapshot differs from a rebuild",
    )
    args = parser.parse_args()
    target = ROOT / "src" / "keiho" / "intel" / "data" / snapshot.SNAPSHOT_FILE
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / snapshot.SNAPSHOT_FILE
        count, rows, by_source = build(args.shared, out)
        if args.check:
            same = target.exists() and target.read_bytes() == out.read_bytes()
            print("snapshot is current" if same else "snapshot differs from a rebuild")
            return 0 if same else 1
        target.write_bytes(out.read_bytes())
    write_doc(count, rows, by_source, target.stat().st_size)
    print(f"{count} indicators -> {target} ({target.stat().st_size:,} bytes)")
    return 0


def write_doc(
    count: int,
    rows: list[tuple[Source, list[str], int]],
    by_source: Counter[str],
    size: int,
) -> None:
    lines = [
        "# The bundled intel snapshot",
        "",
        "keiho ships a default intel set so that `keiho intel lookup` and every pillar's screening work",
        "offline from the first run. It holds facts only (addresses, hashes, domains, IPs and who says",
        "they are what), with attribution, from sources whose licences allow redistribution. Built by",
        "`python scripts/build_intel_snapshot.py` from the staged copies in `../shared/data` (their",
        "SOURCES.md give commits and checksums); `--check` verifies the committed file is a rebuild.",
        "",
        f"{count:,} indicators, {size:,} bytes (`src/keiho/intel/data/snapshot.jsonl.gz`).",
        "",
        "| upstream | licence | as of | files | records read | bundled | why |",
        "|---|---|---|---|---:|---|---|",
    ]
    for source, files, read in rows:
        lines.append(
            f"| {source.upstream} | {source.licence} | {source.as_of} | {len(files)} | {read:,} | yes | {source.why} |"
        )
    for source in SOURCES:
        if not source.bundled:
            lines.append(
                f"| {source.upstream} | {source.licence} | {source.as_of} | - | - | no | {source.why} |"
            )
    lines += [
        "",
        "Indicators per source id after merging repeats:",
        "",
        "| source | indicators |",
        "|---|---:|",
    ]
    lines += [f"| {source_id} | {n:,} |" for source_id, n in sorted(by_source.items())]
    lines += [
        "",
        "Actors and ATT&CK data (`actors.json`) come from MITRE ATT&CK v18.1 and the MISP galaxy; see",
        "`scripts/build_actor_data.py` and the licence files beside the data.",
        "",
    ]
    (ROOT / "docs" / "intel-snapshot.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
