"""Hosts checked per second per core: keiho vs eth-phishing-detect on the same workload, same run.

Workload: protected = the first 1,000 valid names of the Majestic top list (the peer gets them as its
fuzzylist, whitelisted as its own config does); hosts = the 65,535-host top list repeated to 200,000.
Both run single-threaded on one core; the peer's figure is its check loop only (no node start-up).
keiho is measured twice: the engine's batch API, and the whole CLI (`keiho domains check --from-file
--format jsonl --no-store`, parsing, rendering and writing included) timed end to end.

Usage: python benchmarks/domains_speed.py [--hosts N] [--no-peer]
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data" / "domains"
sys.path.insert(0, str(HERE / "peers"))

from keiho.cli.common import settle_long_lived
from keiho.domains import LookalikeEngine


def majestic(n: int) -> list[str]:
    out = []
    with (SHARED / "toplists" / "majestic_million_top15000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if "." in row["Domain"] and not row["Domain"].startswith("."):
                out.append(row["Domain"].lower())
            if len(out) == n:
                return out
    return out


def workload(n: int) -> list[str]:
    with (SHARED / "toplists" / "toplist_unlabelled_2023_top65535.csv").open(encoding="utf-8") as handle:
        base = [row[1].strip().lower() for row in csv.reader(handle)]
    return (base * (n // len(base) + 1))[:n]


def keiho_engine_rate(protected: list[str], hosts: list[str], repeat: int = 3) -> float:
    engine = LookalikeEngine(protected)
    settle_long_lived()  # as the CLI does once its engine is built
    best = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        for _result in engine.check_many(hosts):
            pass
        best = max(best, len(hosts) / (time.perf_counter() - start))
    return best


def keiho_cli_rate(protected: list[str], hosts: list[str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "p.toml"
        protected_toml = ", ".join(f'"{p}"' for p in protected)
        profile.write_text(f'[organization]\nname = "bench"\n[web]\nprotected = [{protected_toml}]\n', encoding="utf-8")
        listing = Path(tmp) / "hosts.txt"
        listing.write_text("\n".join(hosts) + "\n", encoding="utf-8")
        keiho = Path(sys.executable).parent / "keiho"
        start = time.perf_counter()
        subprocess.run(
            [str(keiho), "domains", "check", "-p", str(profile), "--no-store", "-f", "jsonl", "-i", str(listing)],
            stdout=subprocess.DEVNULL, check=False,
        )  # fmt: skip
        return len(hosts) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hosts", type=int, default=200_000)
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"{SHARED} not found", file=sys.stderr)
        return 2
    hosts = workload(args.hosts)
    eval_protected = [
        x.strip() for x in (HERE / "data" / "eval_protected.txt").read_text().splitlines() if x.strip() and not x.startswith("#")
    ]
    rows = []
    for label, protected in (("1,000 Majestic names", majestic(1000)), (f"{len(eval_protected)} crypto names", eval_protected)):
        engine = keiho_engine_rate(protected, hosts)
        cli = keiho_cli_rate(protected, hosts)
        peer = None
        if not args.no_peer:
            from eth_phishing_detect import (
                ensure_installed,
                hosts_per_second,
                make_config,
            )

            if ensure_installed() is not None:
                peer = hosts_per_second(hosts, make_config(fuzzylist=protected, whitelist=protected))
        rows.append((label, engine, cli, peer))
    print(f"{len(hosts):,} hosts, one core each\n")
    print("| protected | keiho engine (hosts/s) | keiho CLI end to end | eth-phishing-detect | engine / peer | CLI / peer |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, engine, cli, peer in rows:
        ratio = f"{engine / peer:.1f}x | {cli / peer:.1f}x" if peer else "- | -"
        print(f"| {label} | {engine:,.0f} | {cli:,.0f} | {f'{peer:,.0f}' if peer else '-'} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
