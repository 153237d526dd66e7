"""Benchmark peers for the mail pillar: rspamd and SpamAssassin, both offline and on loopback only.

rspamd (Debian `rspamd`) is started with ../shared/peers/rspamd-offline/start.sh (every network
check off) in a private temp copy, scored over HTTP `/checkv2` on 127.0.0.1:11333, then stopped.
Its `DATE_IN_PAST` symbol only says the test mail is older than today, so its score is taken off
(as ../shared/peers/README.md says) and the action recomputed from the controller's thresholds.

SpamAssassin (Debian `spamassassin spamd spamc`) runs as `spamd -L` (local tests only: no DNS
lists, Razor or Pyzor; untrained Bayes) on 127.0.0.1:7830 and is queried with `spamc -R`, which
returns the score and the rules that fired.

Chat exports are not email: the peers score .eml files only.

CLI:  python benchmarks/peers/mail_peers.py [--peer rspamd|spamassassin|both] [--json] PATH...
(PATH = .eml files or folders holding them; anything else is skipped and counted.)
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Self

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
RSPAMD_PORT = 11333  # fixed by the offline config (override.d/worker-normal.inc)
RSPAMD_CONTROLLER_PORT = 11334
SPAMD_PORT = 7830
SHARED_PEERS = Path(__file__).resolve().parents[2].parent / "shared" / "peers"
RSPAMD_OFFLINE = SHARED_PEERS / "rspamd-offline"
START_TIMEOUT_S = 60.0
SPAMD_START_TIMEOUT_S = 120.0  # spamd compiles the whole rule set before it listens
SCAN_TIMEOUT_S = 60.0
IGNORED_SYMBOLS = ("DATE_IN_PAST",)
SPAMASSASSIN_THRESHOLD = 5.0
RSPAMD_ADD_HEADER = 6.0


class PeerUnavailable(RuntimeError):
    """The peer's binaries or config are missing, or it would not start."""


@dataclass(frozen=True)
class PeerVerdict:
    """One peer's judgement of one message. `score` already has the ignored symbols taken off."""

    path: str
    score: float
    raw_score: float
    action: str  # rspamd: action recomputed from `score`; SpamAssassin: "spam" | "ham"
    rules: dict[str, float] = field(default_factory=dict)
    error: str | None = None


def eml_files(paths: Iterable[str | Path]) -> tuple[list[Path], int]:
    """The .eml files among `paths` (folders searched recursively) and how many other files were skipped."""
    found: list[Path] = []
    skipped = 0
    for raw in paths:
        path = Path(raw)
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.suffix.lower() == ".eml":
                found.append(candidate)
            else:
                skipped += 1
    return found, skipped


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((LOOPBACK, port)) == 0


def _wait(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise PeerUnavailable(f"timed out after {timeout:.0f}s waiting for {what}")


def _pinned(command: list[str], cpu: int | None) -> list[str]:
    if cpu is None:
        return command
    taskset = shutil.which("taskset")
    if taskset is None:
        raise PeerUnavailable("taskset not found; cannot pin the peer to a core")
    return [taskset, "-c", str(cpu), *command]


def _stop_pid(pid_file: Path, what: str) -> None:
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        log.warning("%s: no pid file at %s; nothing to stop", what, pid_file)
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    log.warning("%s (pid %d) ignored SIGTERM; sending SIGKILL", what, pid)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _read_pid(pid_file: Path | None) -> int | None:
    try:
        return int(pid_file.read_text().strip()) if pid_file is not None else None
    except (OSError, ValueError):
        return None


def process_tree_cpu_seconds(root_pid: int) -> float:
    """User+system CPU seconds of `root_pid` and its live descendants, plus children it has reaped."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}  # pid -> (ppid, cpu seconds)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # after the ")" : state ppid ... utime(12) stime(13) cutime(14) cstime(15), 0-based
        ppid = int(fields[1])
        cpu = sum(int(fields[i]) for i in (11, 12, 13, 14)) / tick
        stats[int(entry.name)] = (ppid, cpu)
    total, todo, seen = 0.0, [root_pid], set()
    while todo:
        pid = todo.pop()
        if pid in seen or pid not in stats:
            continue
        seen.add(pid)
        total += stats[pid][1]
        todo += [child for child, (ppid, _) in stats.items() if ppid == pid]
    return total


# -- rspamd -----------------------------------------------------------------------------------------


class Rspamd:
    """rspamd on loopback, offline. Use as a context manager; `workers`/`cpu` pin it for speed runs."""

    name = "rspamd"

    def __init__(self, workers: int | None = None, cpu: int | None = None) -> None:
        self.workers = workers
        self.cpu = cpu
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._runtime: Path | None = None
        self.thresholds: dict[str, float] = {}
        self.version = ""

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        if shutil.which("rspamd") is None or shutil.which("rspamadm") is None:
            raise PeerUnavailable("rspamd is not installed (Debian package `rspamd`)")
        if not (RSPAMD_OFFLINE / "start.sh").is_file():
            raise PeerUnavailable(f"{RSPAMD_OFFLINE}/start.sh not found (../shared/peers is needed)")
        if _port_open(RSPAMD_PORT):
            raise PeerUnavailable(f"{LOOPBACK}:{RSPAMD_PORT} is already in use; is another rspamd running?")
        self._tmp = tempfile.TemporaryDirectory(prefix="rspamd-peer-")
        root = Path(self._tmp.name)
        root.chmod(0o755)  # rspamd drops to _rspamd and must still read its config here
        conf = root / "offline"
        shutil.copytree(RSPAMD_OFFLINE, conf)
        if self.workers is not None:
            inc = conf / "override.d" / "worker-normal.inc"
            text = re.sub(r"(?m)^count\s*=\s*\d+;", f"count = {self.workers};", inc.read_text())
            inc.write_text(text)
        self._runtime = root / "rt"
        command = _pinned(["bash", str(conf / "start.sh"), str(self._runtime)], self.cpu)
        proc = subprocess.run(command, check=False, capture_output=True, text=True, timeout=START_TIMEOUT_S)
        if proc.returncode != 0:
            log_file = self._runtime / "log" / "stdout.log"
            detail = log_file.read_text(errors="replace")[-2000:] if log_file.exists() else ""
            self._cleanup()
            raise PeerUnavailable(f"rspamd start.sh failed: {proc.stderr.strip()} {detail}")
        self.thresholds = self._fetch_thresholds()
        self.version = self._fetch_version()

    @property
    def pid(self) -> int | None:
        return _read_pid(self._runtime / "run" / "rspamd.pid" if self._runtime else None)

    def _fetch_thresholds(self) -> dict[str, float]:
        conn = http.client.HTTPConnection(LOOPBACK, RSPAMD_CONTROLLER_PORT, timeout=10)
        try:
            conn.request("GET", "/actions")
            rows = json.loads(conn.getresponse().read())
        except (OSError, ValueError) as exc:
            log.warning("rspamd: could not read action thresholds (%s); using defaults", exc)
            return {"greylist": 4.0, "add header": RSPAMD_ADD_HEADER, "reject": 15.0}
        finally:
            conn.close()
        return {r["action"]: float(r["value"]) for r in rows if r.get("value") is not None}

    def _fetch_version(self) -> str:
        conn = http.client.HTTPConnection(LOOPBACK, RSPAMD_CONTROLLER_PORT, timeout=10)
        try:
            conn.request("GET", "/stat")
            return str(json.loads(conn.getresponse().read()).get("version", ""))
        except (OSError, ValueError):
            return ""
        finally:
            conn.close()

    def _cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def stop(self) -> None:
        if self._runtime is not None:
            _stop_pid(self._runtime / "run" / "rspamd.pid", "rspamd")
            try:
                _wait(lambda: not _port_open(RSPAMD_PORT), 15, "rspamd to release its port")
            except PeerUnavailable as exc:
                log.warning("%s", exc)
            self._runtime = None
        self._cleanup()

    def action_for(self, score: float) -> str:
        """The action rspamd would take at `score` (highest threshold reached)."""
        reached = [(v, a) for a, v in self.thresholds.items() if score >= v]
        return max(reached)[1] if reached else "no action"

    def _verdict(self, path: Path, reply: dict[str, object]) -> PeerVerdict:
        symbols = reply.get("symbols") or {}
        assert isinstance(symbols, dict)
        rules = {str(k): float(v.get("score", 0.0)) for k, v in symbols.items() if isinstance(v, dict)}
        raw = float(reply.get("score", 0.0))  # type: ignore[arg-type]
        score = round(raw - sum(rules.get(s, 0.0) for s in IGNORED_SYMBOLS), 3)
        return PeerVerdict(str(path), score, raw, self.action_for(score), rules)

    def check_many(self, paths: Sequence[Path], threads: int = 1) -> list[PeerVerdict]:
        """Score `paths` in order; `threads` concurrent keep-alive connections (for throughput runs)."""
        if self._runtime is None:
            raise RuntimeError("rspamd is not running")

        def worker(chunk: list[tuple[int, Path]]) -> list[tuple[int, PeerVerdict]]:
            out: list[tuple[int, PeerVerdict]] = []
            conn = http.client.HTTPConnection(LOOPBACK, RSPAMD_PORT, timeout=SCAN_TIMEOUT_S)
            try:
                for index, path in chunk:
                    try:
                        conn.request("POST", "/checkv2", body=path.read_bytes(),
                                     headers={"Content-Type": "message/rfc822"})
                        reply = json.loads(conn.getresponse().read())
                        out.append((index, self._verdict(path, reply)))
                    except (OSError, ValueError, http.client.HTTPException) as exc:
                        conn.close()
                        conn = http.client.HTTPConnection(LOOPBACK, RSPAMD_PORT, timeout=SCAN_TIMEOUT_S)
                        out.append((index, PeerVerdict(str(path), 0.0, 0.0, "error", {}, str(exc))))
            finally:
                conn.close()
            return out

        return _run_chunks(list(enumerate(paths)), threads, worker)


# -- SpamAssassin ---------------------------------------------------------------------------------

_SA_RULE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s+([A-Z0-9_]+)\s")


def parse_spamc_report(text: str) -> tuple[float, float, dict[str, float]]:
    """(score, threshold, {rule: points}) from `spamc -R` output."""
    lines = text.splitlines()
    if not lines or "/" not in lines[0]:
        raise ValueError(f"unexpected spamc output: {text[:200]!r}")
    score_s, threshold_s = lines[0].strip().split("/", 1)
    rules: dict[str, float] = {}
    in_table = False
    for line in lines[1:]:
        if line.startswith("----"):
            in_table = True
            continue
        if in_table:
            match = _SA_RULE.match(line)
            if match:
                rules[match.group(2)] = float(match.group(1))
    return float(score_s), float(threshold_s), rules


class SpamAssassin:
    """spamd -L on loopback. Use as a context manager; `children`/`cpu` pin it for speed runs."""

    name = "spamassassin"

    def __init__(self, children: int = 2, cpu: int | None = None) -> None:
        self.children = children
        self.cpu = cpu
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._pid_file: Path | None = None
        self.version = ""

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        spamd = shutil.which("spamd") or ("/usr/sbin/spamd" if Path("/usr/sbin/spamd").exists() else None)
        if spamd is None or shutil.which("spamc") is None:
            raise PeerUnavailable("spamd/spamc not installed (Debian packages `spamd` and `spamc`)")
        if _port_open(SPAMD_PORT):
            raise PeerUnavailable(f"{LOOPBACK}:{SPAMD_PORT} is already in use; is another spamd running?")
        self._tmp = tempfile.TemporaryDirectory(prefix="spamd-peer-")
        root = Path(self._tmp.name)
        root.chmod(0o755)
        home = root / "home"
        home.mkdir()
        self._pid_file = root / "spamd.pid"
        command = [spamd, "-L", f"--listen={LOOPBACK}:{SPAMD_PORT}", "-m", str(self.children), "-d", "-x",
                   "-r", str(self._pid_file), "-s", str(root / "spamd.log"), f"--helper-home-dir={home}"]
        if os.geteuid() == 0:  # spamd refuses to keep root; give it the package's own user
            command += ["-u", "debian-spamd"]
            shutil.chown(root, user="debian-spamd")
            shutil.chown(home, user="debian-spamd")
        proc = subprocess.run(_pinned(command, self.cpu), check=False, capture_output=True, text=True,
                              timeout=SPAMD_START_TIMEOUT_S)
        if proc.returncode != 0:
            self._cleanup()
            raise PeerUnavailable(f"spamd failed to start: {proc.stderr.strip()[-2000:]}")
        _wait(lambda: _port_open(SPAMD_PORT), SPAMD_START_TIMEOUT_S, "spamd to listen")
        version = subprocess.run(["spamassassin", "--version"], check=False, capture_output=True, text=True)
        self.version = version.stdout.splitlines()[0] if version.stdout else ""

    def _cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def stop(self) -> None:
        if self._pid_file is not None:
            _stop_pid(self._pid_file, "spamd")
            try:
                _wait(lambda: not _port_open(SPAMD_PORT), 15, "spamd to release its port")
            except PeerUnavailable as exc:
                log.warning("%s", exc)
            self._pid_file = None
        self._cleanup()

    @property
    def pid(self) -> int | None:
        return _read_pid(self._pid_file)

    def check_one(self, path: Path) -> PeerVerdict:
        try:
            with path.open("rb") as handle:
                proc = subprocess.run(["spamc", "-d", LOOPBACK, "-p", str(SPAMD_PORT), "-R", "-x"],
                                      stdin=handle, check=False, capture_output=True,
                                      timeout=SCAN_TIMEOUT_S)
            score, threshold, rules = parse_spamc_report(proc.stdout.decode("utf-8", "replace"))
        except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
            return PeerVerdict(str(path), 0.0, 0.0, "error", {}, str(exc))
        return PeerVerdict(str(path), score, score, "spam" if score >= threshold else "ham", rules)

    def check_many(self, paths: Sequence[Path], threads: int = 1) -> list[PeerVerdict]:
        if self._pid_file is None:
            raise RuntimeError("spamd is not running")

        def worker(chunk: list[tuple[int, Path]]) -> list[tuple[int, PeerVerdict]]:
            return [(i, self.check_one(p)) for i, p in chunk]

        return _run_chunks(list(enumerate(paths)), threads, worker)


def _run_chunks(items: list[tuple[int, Path]], threads: int,
                worker: Callable[[list[tuple[int, Path]]], list[tuple[int, PeerVerdict]]]) -> list[PeerVerdict]:
    threads = max(1, min(threads, len(items) or 1))
    chunks = [items[i::threads] for i in range(threads)]
    results: dict[int, PeerVerdict] = {}
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for part in pool.map(worker, chunks):
            results.update(part)
    return [results[i] for i in range(len(items))]


def rspamd_flagged(v: PeerVerdict, threshold: float | None = None) -> bool:
    """rspamd flagged: any action but "no action" (greylist included), or score >= `threshold`."""
    if v.error:
        return False
    return v.score >= threshold if threshold is not None else v.action != "no action"


def spamassassin_flagged(v: PeerVerdict, threshold: float = SPAMASSASSIN_THRESHOLD) -> bool:
    return not v.error and v.score >= threshold


def score_all(paths: Sequence[Path], peers: Sequence[str] = ("rspamd", "spamassassin")) -> Iterator[tuple[str, str, list[PeerVerdict] | None]]:
    """(peer, version, verdicts | None when unavailable) for each peer in turn, starting and stopping it."""
    for peer in peers:
        try:
            server: Rspamd | SpamAssassin = Rspamd() if peer == "rspamd" else SpamAssassin()
            with server:
                verdicts = server.check_many(paths, threads=2)
                yield peer, server.version, verdicts
        except PeerUnavailable as exc:
            log.warning("%s unavailable: %s", peer, exc)
            yield peer, "", None


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--peer", choices=("rspamd", "spamassassin", "both"), default="both")
    parser.add_argument("--json", action="store_true", help="one JSON object per message")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    files, skipped = eml_files(args.paths)
    if skipped:
        print(f"# {skipped} non-.eml file(s) skipped: chat exports are not email; peers score .eml only",
              file=sys.stderr)
    if not files:
        print("no .eml files given", file=sys.stderr)
        return 2
    peers = ("rspamd", "spamassassin") if args.peer == "both" else (args.peer,)
    status = 0
    for peer, version, verdicts in score_all(files, peers):
        if verdicts is None:
            status = 1
            continue
        print(f"# {peer} {version}", file=sys.stderr)
        for v in verdicts:
            if args.json:
                print(json.dumps({"peer": peer, **asdict(v)}, ensure_ascii=False))
            else:
                top = sorted(v.rules.items(), key=lambda kv: -abs(kv[1]))[:6]
                rules = " ".join(f"{k}({s:g})" for k, s in top if s)
                print(f"{peer}\t{v.path}\t{v.score:.2f}\t{v.action}\t{v.error or rules}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
