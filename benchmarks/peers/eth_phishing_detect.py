"""Benchmark peer: MetaMask ``eth-phishing-detect`` 1.2.0 (npm), driven through node.

The detector runs in a node subprocess (``epd_check.js``); this module only installs it,
builds configs and parses the output. Hosts must be bare lowercase hostnames: the detector
does no URL parsing, case folding or IDNA handling of its own.

CLI: ``python eth_phishing_detect.py HOST...`` prints results for the shipped default config.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PEERS_DIR = Path(__file__).resolve().parent
PACKAGE_DIR = PEERS_DIR / "node_modules" / "eth-phishing-detect"
SCRIPT = PEERS_DIR / "epd_check.js"
PINNED_VERSION = "1.2.0"
INSTALL_TIMEOUT_S = 300


def _installed_version() -> str | None:
    try:
        meta = json.loads((PACKAGE_DIR / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = meta.get("version")
    return version if isinstance(version, str) else None


def ensure_installed() -> Path | None:
    """Install the pinned package if needed; return the peers dir, or None (reason logged)."""
    if shutil.which("node") is None:
        log.warning("eth-phishing-detect peer unavailable: `node` not found on PATH")
        return None
    if _installed_version() == PINNED_VERSION:
        return PEERS_DIR
    npm = shutil.which("npm")
    if npm is None:
        log.warning("eth-phishing-detect peer unavailable: `npm` not found on PATH")
        return None
    try:
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund"],
            cwd=PEERS_DIR, check=True, capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S,
        )
    except subprocess.CalledProcessError as exc:
        log.warning("eth-phishing-detect peer unavailable: npm install failed: %s", exc.stderr.strip())
        return None
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("eth-phishing-detect peer unavailable: npm install failed: %s", exc)
        return None
    found = _installed_version()
    if found != PINNED_VERSION:
        log.warning("eth-phishing-detect peer unavailable: installed version %r, want %s", found, PINNED_VERSION)
        return None
    return PEERS_DIR


def _require_installed() -> Path:
    peers = ensure_installed()
    if peers is None:
        raise RuntimeError("eth-phishing-detect is not installed (see log for the reason)")
    return peers


def make_config(
    fuzzylist: Iterable[str],
    whitelist: Iterable[str] = (),
    blacklist: Iterable[str] = (),
    tolerance: int = 2,
) -> dict[str, Any]:
    """Config in the shape of the shipped config.json (a plain object, i.e. the detector's legacy path)."""
    return {
        "version": 2,
        "tolerance": tolerance,
        "fuzzylist": list(fuzzylist),
        "whitelist": list(whitelist),
        "blacklist": list(blacklist),
    }


def default_config() -> dict[str, Any]:
    """The config shipped inside the npm package (src/config.json)."""
    _require_installed()
    config: dict[str, Any] = json.loads((PACKAGE_DIR / "src" / "config.json").read_text(encoding="utf-8"))
    return config


def _clean_hosts(hosts: Iterable[str]) -> list[str]:
    # The node side skips blank lines and splits on newlines, so reject both to keep
    # output rows aligned one-to-one with the input.
    cleaned = [h.strip() for h in hosts]
    bad = next((h for h in cleaned if not h or any(c.isspace() for c in h)), None)
    if bad is not None:
        raise ValueError(f"host must be non-empty and contain no whitespace: {bad!r}")
    return cleaned


def _run(mode: str, hosts: Sequence[str], config: dict[str, Any], repeat: int = 1) -> str:
    peers = _require_installed()
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as fh:
        json.dump(config, fh)
        config_path = Path(fh.name)
    try:
        # subprocess.run(input=...) uses communicate(), so large inputs/outputs cannot deadlock.
        proc = subprocess.run(
            ["node", str(SCRIPT), str(config_path), "--mode", mode, "--repeat", str(repeat)],
            cwd=peers, input="".join(h + "\n" for h in hosts),
            capture_output=True, text=True, encoding="utf-8",
        )
    finally:
        config_path.unlink(missing_ok=True)
    if proc.returncode != 0:
        raise RuntimeError(f"epd_check.js failed ({proc.returncode}): {proc.stderr.strip()}")
    return proc.stdout


def check_hosts(hosts: Iterable[str], config: dict[str, Any]) -> list[dict[str, Any]]:
    """One ``{"host", "result", "type"[, "match"]}`` dict per host, in input order."""
    cleaned = _clean_hosts(hosts)
    if not cleaned:
        return []
    rows = [json.loads(line) for line in _run("results", cleaned, config).splitlines()]
    if len(rows) != len(cleaned):
        raise RuntimeError(f"expected {len(cleaned)} results, got {len(rows)}")
    return rows


def hosts_per_second(hosts: Iterable[str], config: dict[str, Any], repeat: int = 1) -> float:
    """Throughput of the check loop only (node startup and list preprocessing excluded)."""
    cleaned = _clean_hosts(hosts)
    if not cleaned:
        raise ValueError("no hosts given")
    stats = json.loads(_run("speed", cleaned, config, repeat))
    return float(stats["hosts_per_second"])


def main(argv: Sequence[str]) -> int:
    logging.basicConfig(level=logging.INFO)
    if not argv:
        print("usage: python eth_phishing_detect.py HOST...", file=sys.stderr)
        return 2
    for row in check_hosts(argv, default_config()):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
