"""Intel import times per staged source, OFAC XML against a bare iterparse pass, and bulk lookups.

1. Every staged file under ../shared/data/intel and the sanctions/label files under
   ../shared/data/chain, each imported into a fresh store: seconds and indicators per second.
2. The OFAC SDN advanced XML (2025-11-19, decompressed once to a temp file): keiho's whole import
   (parse, normalise, checksum, write to SQLite) against `xml.etree.ElementTree.iterparse` that
   only clears elements, same file, same run (ratio).
3. Lookups in memory over the bundled snapshot: the bulk path (`value in hostile_values(at)`, on
   normalised values as the pillars hold them), `IntelIndex.get`, and the full `lookup()` of raw
   text (normalisation, parent domains, status by date).
4. With --big-mb N: an N MB generated list file imported end to end (time, peak RSS).

Usage: python benchmarks/intel_bench.py [--big-mb 1024] [--skip-sources]
"""

from __future__ import annotations

import argparse
import bz2
import random
import resource
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"

from keiho.intel import snapshot  # noqa: E402
from keiho.intel.lookup import IntelIndex  # noqa: E402
from keiho.intel.store import IntelStore, import_paths  # noqa: E402


def import_seconds(files: list[Path], tmp: Path) -> tuple[float, int, str]:
    db = tmp / f"bench-{time.monotonic_ns()}.db"
    start = time.perf_counter()
    with IntelStore(db) as store:
        reports = list(import_paths(store, files))
    elapsed = time.perf_counter() - start
    return elapsed, sum(r.indicators for r in reports), reports[0].format if reports else "-"


def sources(tmp: Path) -> None:
    groups: dict[str, list[Path]] = {}
    for folder in ("intel", "chain/ofac", "chain/labels", "chain/tornado", "chain/lazarus"):
        for path in sorted((SHARED / folder).rglob("*")):
            if path.is_file() and "LICENSE" not in path.name and path.suffix != ".md":
                groups.setdefault(f"{path.parent.relative_to(SHARED)}/{_group(path)}", []).append(path)
    print("| staged source | files | format | indicators | seconds | indicators/s |")
    print("|---|---:|---|---:|---:|---:|")
    for name, files in sorted(groups.items()):
        seconds, count, fmt = import_seconds(files, tmp)
        print(f"| {name} | {len(files)} | {fmt} | {count:,} | {seconds:.2f} | {count / seconds:,.0f} |")


def _group(path: Path) -> str:
    """One row per file, except YARA folders (dozens of small files): one row per folder."""
    return "*.yar" if "yara" in path.parts else path.name


def ofac_vs_iterparse(tmp: Path, repeat: int = 3) -> None:
    source = SHARED / "chain" / "ofac" / "sdn_advanced_2025-11-19.xml.bz2"
    plain = tmp / "sdn_advanced_2025-11-19.xml"
    with bz2.open(source) as src, plain.open("wb") as out:
        shutil.copyfileobj(src, out)
    size_mb = plain.stat().st_size / 1e6
    bare = min(_bare_iterparse(plain) for _ in range(repeat))
    ours = min(import_seconds([plain], tmp)[0] for _ in range(repeat))
    print(f"\nOFAC SDN advanced XML, {size_mb:.1f} MB, best of {repeat}\n")
    print("| pass | seconds | MB/s | ratio to bare |")
    print("|---|---:|---:|---:|")
    print(f"| bare ElementTree.iterparse, clear every element | {bare:.2f} | {size_mb / bare:.1f} | 1.00 |")
    print(f"| keiho intel import (parse, checksum, SQLite) | {ours:.2f} | {size_mb / ours:.1f} | {ours / bare:.2f} |")


def _bare_iterparse(path: Path) -> float:
    start = time.perf_counter()
    for _event, element in ET.iterparse(path, events=("end",)):
        element.clear()
    return time.perf_counter() - start


def lookups() -> None:
    index = IntelIndex(snapshot.bundled())
    values = [i.value for i in index]
    rng = random.Random(7)
    unknown = ["0x" + "%040x" % rng.getrandbits(160) for _ in range(len(values))]
    queries = values + unknown
    rng.shuffle(queries)
    queries = (queries * (2_000_000 // len(queries) + 1))[:2_000_000]
    hostile = index.hostile_values()
    start = time.perf_counter()
    hits = sum(1 for q in queries if q in hostile)
    bulk = len(queries) / (time.perf_counter() - start)
    get = index.get
    start = time.perf_counter()
    found = sum(1 for q in queries if get(q))
    exact = len(queries) / (time.perf_counter() - start)
    sample = queries[:100_000]
    start = time.perf_counter()
    for q in sample:
        index.lookup(q)
    full = len(sample) / (time.perf_counter() - start)
    print(f"\nLookups over the bundled snapshot ({len(index):,} indicators, {index.values:,} values); half the queries known\n")
    print("| path | lookups/s |")
    print("|---|---:|")
    print(f"| bulk: `value in hostile_values(at)` ({hits:,} hits of {len(queries):,}) | {bulk:,.0f} |")
    print(f"| `IntelIndex.get(value)` with provenance ({found:,} found) | {exact:,.0f} |")
    print(f"| `IntelIndex.lookup(text)`: normalise, parents, status by date | {full:,.0f} |")


def big_list(tmp: Path, megabytes: int) -> None:
    path = tmp / "big-list.txt"
    rng = random.Random(1)
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written < megabytes * 1_000_000:
            line = f"host-{rng.getrandbits(48):012x}[.]example-{rng.randrange(1000)}.com\n"
            out.write(line)
            written += len(line)
    start = time.perf_counter()
    seconds, count, _ = import_seconds([path], tmp)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{megabytes:,} MB generated list: {count:,} indicators imported in {seconds:.0f} s "
          f"({count / seconds:,.0f}/s); peak RSS of the whole benchmark process {peak_mb:,.0f} MB "
          f"(wall {time.perf_counter() - start:.0f} s)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--big-mb", type=int, default=0)
    parser.add_argument("--skip-sources", action="store_true")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"{SHARED} not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if args.big_mb:
            big_list(tmp, args.big_mb)
            return 0
        if not args.skip_sources:
            sources(tmp)
        ofac_vs_iterparse(tmp)
        lookups()
    return 0


if __name__ == "__main__":
    sys.exit(main())
