"""Seconds to import OFAC's sdn_advanced.xml: keiho's importer vs a bare ElementTree pass, same run.

The staged .bz2 issue is decompressed once into a temporary file, so both sides read the same plain
XML from the page cache and decompression is not timed. The bare pass is `iterparse` with end events
that clears every element: the least any ElementTree-based reader can do. keiho's figure is
`read()` plus draining `indicators` (reference sets, names, programs, dates, address normalisation).
Best of N runs each, interleaved.

Usage: python benchmarks/ofac_xml_speed.py [--issue PATH.xml.bz2] [--repeat N]
"""

from __future__ import annotations

import argparse
import bz2
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from keiho.intel.importers import read

HERE = Path(__file__).resolve().parent
DEFAULT_ISSUE = HERE.parent.parent / "shared" / "data" / "chain" / "ofac" / "sdn_advanced_2025-11-19.xml.bz2"


def keiho_import(path: Path) -> int:
    return sum(1 for _ in read(path, "ofac-xml").indicators)


def bare_iterparse(path: Path) -> int:
    count = 0
    for _event, elem in ET.iterparse(path, events=("end",)):
        elem.clear()
        count += 1
    return count


def best_of(repeat: int, runs: dict[str, Callable[[Path], int]], path: Path) -> dict[str, tuple[float, int]]:
    best: dict[str, tuple[float, int]] = {}
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            items = run(path)
            seconds = time.perf_counter() - start
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, items)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the OFAC SDN advanced XML importer against a bare iterparse pass.")
    parser.add_argument("--issue", type=Path, default=DEFAULT_ISSUE, help="an sdn_advanced .xml.bz2 (default: the staged 2025-11-19 issue)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.issue.exists():
        print(f"{args.issue} not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sdn_advanced.xml"
        with bz2.open(args.issue) as source, path.open("wb") as target:
            shutil.copyfileobj(source, target, 1 << 20)
        megabytes = path.stat().st_size / 1e6
        best = best_of(args.repeat, {"bare iterparse, clear every element": bare_iterparse, "keiho ofac-xml import": keiho_import}, path)
    baseline = best["bare iterparse, clear every element"][0]
    print(f"`python benchmarks/ofac_xml_speed.py --issue {args.issue.name} --repeat {args.repeat}` "
          f"({megabytes:.1f} MB of XML, Python {sys.version.split()[0]}, best of {args.repeat})\n")
    print("| pass | items | seconds | MB/s | ratio to bare |")
    print("|---|---:|---:|---:|---:|")
    for name, (seconds, items) in best.items():
        unit = "indicators" if name.startswith("keiho") else "elements"
        print(f"| {name} | {items:,} {unit} | {seconds:.2f} | {megabytes / seconds:.1f} | {seconds / baseline:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
