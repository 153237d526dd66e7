"""Mail scanning throughput per core: keiho vs rspamd and SpamAssassin on ../shared/data/email, same run.

Every tool gets all the .eml files of ../shared/data/email (phish + ham, 2,998; read its SOURCES.md)
after a short warm-up on the first few, and is held to one core:
  - keiho: in this process, pinned to core 0 (os.sched_setaffinity), one scanner, one thread.
  - rspamd: one normal worker (the offline config's count set to 1), every rspamd process pinned to
    core 0 with taskset; fed by its own C client, `rspamc -n 64` (64 requests in flight, enough to hide the
    offline DNS timeouts and keep the worker busy), on core 1.
  - SpamAssassin: spamd -L -m 1 pinned to core 0; fed by spamc processes pinned to core 1.
Reported: wall-clock messages per second (= per core, since each tool has one core) and messages per
CPU-second of the tool's own processes (less sensitive to other load on a shared machine), and
keiho's ratio to each peer. Start-up (rule compilation, profile load) is timed separately.

Usage: python benchmarks/mail_speed.py [--limit N] [--no-peers] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROFILE = ROOT / "examples" / "profile.toml"
SHARED_EMAIL = ROOT.parent / "shared" / "data" / "email"
sys.path.insert(0, str(HERE / "peers"))

from mail_peers import (
    LOOPBACK,
    RSPAMD_PORT,
    PeerUnavailable,
    Rspamd,
    SpamAssassin,
    process_tree_cpu_seconds,
)

TOOL_CPU = 0
CLIENT_CPU = 1
WARMUP = 20


def corpus(limit: int | None) -> list[Path]:
    files = sorted((SHARED_EMAIL / "phish").glob("*.eml")) + sorted((SHARED_EMAIL / "ham").glob("*.eml"))
    if limit is not None and limit < len(files):
        step = len(files) / limit  # an even spread over both halves, deterministic
        files = [files[int(i * step)] for i in range(limit)]
    return files


@contextmanager
def affinity(cpus: set[int]) -> Iterator[None]:
    before = os.sched_getaffinity(0)
    usable = cpus & before or before
    os.sched_setaffinity(0, usable)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def figures(name: str, n: int, wall: float, cpu: float | None, startup: float, errors: int) -> dict[str, Any]:
    return {"tool": name, "messages": n, "wall_s": round(wall, 2), "cpu_s": None if cpu is None else round(cpu, 2),
            "msg_per_s_per_core": round(n / wall, 1) if wall else None,
            "msg_per_cpu_s": round(n / cpu, 1) if cpu else None, "startup_s": round(startup, 2), "errors": errors}


def run_keiho(files: Sequence[Path], cpu: int) -> dict[str, Any]:
    try:
        from keiho.mail.scanner import MailScanner
    except ImportError as exc:
        raise PeerUnavailable(f"keiho.mail.scanner is not importable yet ({exc})") from exc
    from keiho.intel.lookup import IntelIndex
    from keiho.intel.snapshot import bundled
    from keiho.profile import load_profile

    with affinity({cpu}):
        started = time.perf_counter()
        scanner = MailScanner.from_profile(load_profile(PROFILE), intel=IntelIndex(bundled()))
        for _ in scanner.scan_paths([str(p) for p in files[:WARMUP]]):
            pass
        startup = time.perf_counter() - started
        cpu0, wall0 = time.process_time(), time.perf_counter()
        errors = sum(1 for r in scanner.scan_paths([str(p) for p in files]) if r.error)
        wall_s, cpu_s = time.perf_counter() - wall0, time.process_time() - cpu0
    return figures("keiho", len(files), wall_s, cpu_s, startup, errors)


def rspamc_feed(files: Sequence[Path], parallel: int = 64) -> int:
    """Send `files` with rspamc (C client, `parallel` requests in flight); return how many failed."""
    rspamc = shutil.which("rspamc")
    if rspamc is None:
        raise PeerUnavailable("rspamc not found (it ships with the rspamd package)")
    proc = subprocess.run([rspamc, "-h", f"{LOOPBACK}:{RSPAMD_PORT}", "-n", str(parallel), "-j", "--compact",
                           *map(str, files)], check=False, capture_output=True, text=True)
    replies = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    ok = sum(1 for line in replies if '"score"' in line and '"error"' not in line)
    return len(files) - ok


def run_peer(server: Rspamd | SpamAssassin, files: Sequence[Path], threads: int, client_cpu: int) -> dict[str, Any]:
    def feed(batch: Sequence[Path]) -> int:
        if isinstance(server, Rspamd):
            return rspamc_feed(batch)
        return sum(1 for v in server.check_many(list(batch), threads=threads) if v.error)

    started = time.perf_counter()
    with server, affinity({client_cpu}):
        feed(files[:WARMUP])
        startup = time.perf_counter() - started
        pid = server.pid
        cpu0 = process_tree_cpu_seconds(pid) if pid else None
        wall0 = time.perf_counter()
        errors = feed(files)
        wall = time.perf_counter() - wall0
        cpu = process_tree_cpu_seconds(pid) - cpu0 if pid and cpu0 is not None else None
    result = figures(server.name, len(files), wall, cpu, startup, errors)
    result["version"] = server.version
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="use N files spread evenly over the corpus (default: all)")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--cpu", type=int, default=TOOL_CPU, help="core the tools run on (default 0)")
    parser.add_argument("--client-cpu", type=int, default=CLIENT_CPU, help="core the peers' clients run on (default 1)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not (SHARED_EMAIL / "phish").is_dir():
        print(f"{SHARED_EMAIL} not found: the speed run needs ../shared beside the checkout", file=sys.stderr)
        return 2
    if len(os.sched_getaffinity(0)) < 2:
        print("warning: fewer than 2 usable cores; tool and client share a core", file=sys.stderr)
    files = corpus(args.limit)
    rows: list[dict[str, Any]] = []
    try:
        rows.append(run_keiho(files, args.cpu))
    except PeerUnavailable as exc:
        print(f"keiho skipped: {exc}", file=sys.stderr)
    if not args.no_peers:
        for server, threads in ((Rspamd(workers=1, cpu=args.cpu), 4), (SpamAssassin(children=1, cpu=args.cpu), 2)):
            try:
                rows.append(run_peer(server, files, threads, args.client_cpu))
            except PeerUnavailable as exc:
                print(f"{server.name} skipped: {exc}", file=sys.stderr)
    if not rows:
        return 2
    print(f"## Mail throughput on ../shared/data/email ({len(files)} messages, one core each)\n")
    print("| tool | wall s | msg/s per core | tool CPU s | msg per CPU-s | start-up s | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['tool']} | {r['wall_s']} | {r['msg_per_s_per_core']} | {r['cpu_s']} | {r['msg_per_cpu_s']} "
              f"| {r['startup_s']} | {r['errors']} |")
    keiho = next((r for r in rows if r["tool"] == "keiho"), None)
    if keiho:
        for r in rows:
            if r is keiho:
                continue
            wall_ratio = keiho["msg_per_s_per_core"] / r["msg_per_s_per_core"] if r["msg_per_s_per_core"] else None
            cpu_ratio = (keiho["msg_per_cpu_s"] / r["msg_per_cpu_s"]) if keiho["msg_per_cpu_s"] and r["msg_per_cpu_s"] else None
            r["keiho_ratio_wall"] = None if wall_ratio is None else round(wall_ratio, 2)
            r["keiho_ratio_cpu"] = None if cpu_ratio is None else round(cpu_ratio, 2)
            print(f"\nkeiho / {r['tool']}: {r['keiho_ratio_wall']}x (wall, per core), {r['keiho_ratio_cpu']}x (per CPU-second)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"date": time.strftime("%Y-%m-%d"), "rows": rows}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
