"""Lookalike recall per class and false-positive rates: keiho vs eth-phishing-detect, same run.

Data (read ../shared/data/domains/SOURCES.md first):
  - benchmarks/data/lookalikes.csv: our hand-labelled lookalikes of eval_protected.txt (classes).
  - benchmarks/data/benign_lookalike.csv: hard benign hosts (official subdomains, look-alike legit sites).
  - ../shared eth-phishing-detect blacklist.txt (a ~2022 snapshot): hosts that imitate a protected brand,
    as judged by the brute-force oracle below (independent of keiho's index and rules).
  - ../shared toplists (Majestic top 15k, a 2022-ish top 65k) and eth-phishing-detect's test-dapps /
    test-alexa50: false-positive rates.

Peer: eth-phishing-detect 1.2.0 under node with fuzzylist = the same protected domains (whitelisted, as
its own config does), and its shipped default config for reference.

Usage: python benchmarks/domains_eval.py [--no-peer] [--json OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import idna
import tldextract
from rapidfuzz.distance import DamerauLevenshtein

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "data" / "domains"
sys.path.insert(0, str(HERE / "peers"))

from keiho.domains import LookalikeEngine
from keiho.findings import Verdict

FLAGGED = (Verdict.MALICIOUS, Verdict.SUSPICIOUS)
SHORT = 5  # the oracle treats brands of up to 5 letters (chain, curve, sushi) as whole words only


def protected() -> list[str]:
    lines = (HERE / "data" / "eval_protected.txt").read_text(encoding="utf-8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def toplist_hosts() -> list[str]:
    hosts: dict[str, None] = {}
    with (SHARED / "toplists" / "majestic_million_top15000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            domain = row["Domain"]
            if "." in domain and not domain.startswith("."):  # SOURCES.md: one malformed row
                hosts[domain.lower()] = None
    with (SHARED / "toplists" / "toplist_unlabelled_2023_top65535.csv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            hosts[row[1].strip().lower()] = None
    return list(hosts)


# -- the oracle: a deliberately naive, brute-force judgement of "imitates a brand" ---------------

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), include_psl_private_domains=True)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def oracle_class(host: str, brands: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(class, brand) if `host` imitates one of `brands` [(label, registrable)], else None."""
    try:
        shown = idna.decode(host) if "xn--" in host else host
    except idna.IDNAError:
        return None
    parts = _EXTRACT(shown)
    label, sub = parts.domain, parts.subdomain
    registrable = f"{parts.domain}.{parts.suffix}"
    for brand, official in brands:
        compact = brand.replace("-", "")
        if registrable == official:
            return None
        folded_label = _fold(label).replace("-", "")
        if shown != _fold(shown) and compact in _fold(shown).replace("-", ""):
            return "homoglyph", official
        tokens = set(shown.replace("-", ".").split("."))
        in_sub = compact in sub.replace("-", "").replace(".", " ") if len(compact) > SHORT else brand in tokens - {label}
        if sub and in_sub:
            return "subdomain", official
        if label.replace("-", "") == compact:
            return ("tld-swap" if label == brand else "hyphenation"), official
        in_label = compact in folded_label if len(compact) > SHORT else brand in label.split("-")
        if in_label:
            return "combosquat", official
        budget = 0 if len(compact) <= SHORT else (1 if len(compact) < 8 else 2)
        if budget and 0 < DamerauLevenshtein.distance(folded_label, compact) <= budget:
            return "typo", official
    return None


# -- runs -----------------------------------------------------------------------------------------


def keiho_flags(engine: LookalikeEngine, hosts: Iterable[str]) -> list[bool]:
    return [r.verdict in FLAGGED for r in engine.check_many(hosts)]


def peer_flags(hosts: list[str], config: dict[str, object]) -> list[bool] | None:
    from eth_phishing_detect import check_hosts, ensure_installed

    if ensure_installed() is None:
        return None
    return [bool(r["result"]) for r in check_hosts(hosts, config)]


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-peer", action="store_true", help="skip eth-phishing-detect")
    parser.add_argument("--json", type=Path, help="write all figures as JSON here")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"{SHARED} not found: the evaluation needs ../shared beside the checkout", file=sys.stderr)
        return 2

    prot = protected()
    benign = read_csv(HERE / "data" / "benign_lookalike.csv")
    official_alt = [r["host"] for r in benign if r["note"].startswith("official-alt")]
    engines = {
        "keiho": LookalikeEngine(prot),
        "keiho+allowlist": LookalikeEngine(prot, trusted=official_alt),
    }
    peer_configs: dict[str, dict[str, object]] = {}
    if not args.no_peer:
        from eth_phishing_detect import default_config, make_config

        peer_configs["epd fuzzy"] = make_config(fuzzylist=prot, whitelist=prot)
        peer_configs["epd default"] = default_config()
    report: dict[str, object] = {"protected": len(prot), "date": time.strftime("%Y-%m-%d")}

    def run_all(hosts: list[str]) -> dict[str, list[bool]]:
        out = {name: keiho_flags(engine, hosts) for name, engine in engines.items()}
        for name, config in peer_configs.items():
            flags = peer_flags([h.lower().rstrip(".") for h in hosts], config)
            if flags is not None:
                out[name] = flags
        return out

    # 1. our labelled lookalikes, per class
    rows = read_csv(HERE / "data" / "lookalikes.csv")
    flags = run_all([r["host"] for r in rows])
    classes = sorted({r["class"] for r in rows})
    table = {}
    print(f"## Labelled lookalikes ({len(rows)} hosts, {len(prot)} protected)\n")
    print("| class | n | " + " | ".join(flags) + " |")
    print("|---|---:|" + "---:|" * len(flags))
    for cls in [*classes, "all"]:
        idx = [i for i, r in enumerate(rows) if cls in ("all", r["class"])]
        cells = {name: sum(f[i] for i in idx) for name, f in flags.items()}
        table[cls] = {"n": len(idx), **{k: v / len(idx) for k, v in cells.items()}}
        print(f"| {cls} | {len(idx)} | " + " | ".join(pct(v, len(idx)) for v in cells.values()) + " |")
    report["labelled"] = table
    missed = [r["host"] for i, r in enumerate(rows) if not flags["keiho"][i]]
    report["labelled_missed_by_keiho"] = missed

    # 2. the staged blacklist: hosts the oracle says imitate a protected brand
    brands = []
    for domain in prot:
        parts = _EXTRACT(domain)
        brands.append((parts.domain, f"{parts.domain}.{parts.suffix}"))
    blacklist = [h.strip() for h in (SHARED / "eth-phishing-detect" / "blacklist.txt").read_text().splitlines() if h.strip()]
    labelled = [(h, oracle_class(h, brands)) for h in blacklist]
    imitating = [(h, c) for h, c in labelled if c is not None]
    flags = run_all([h for h, _ in imitating])
    flags.pop("epd default", None)  # it ships this very list; its recall here says nothing
    print(f"\n## eth-phishing-detect blacklist: {len(imitating)} of {len(blacklist)} hosts imitate a protected brand (oracle)\n")
    print("| class | n | " + " | ".join(flags) + " |")
    print("|---|---:|" + "---:|" * len(flags))
    bl_table = {}
    for cls in [*sorted({c[0] for _, c in imitating}), "all"]:
        idx = [i for i, (_, c) in enumerate(imitating) if cls in ("all", c[0])]
        cells = {name: sum(f[i] for i in idx) for name, f in flags.items()}
        bl_table[cls] = {"n": len(idx), **{k: v / len(idx) for k, v in cells.items()}}
        print(f"| {cls} | {len(idx)} | " + " | ".join(pct(v, len(idx)) for v in cells.values()) + " |")
    report["blacklist"] = bl_table
    report["blacklist_missed_by_keiho"] = [h for i, (h, _) in enumerate(imitating) if not flags["keiho"][i]]

    # 3. false positives
    fp_sets = {
        "popular (Majestic 15k + top 65k)": toplist_hosts(),
        "test-dapps": json.loads((SHARED / "eth-phishing-detect" / "test-dapps.json").read_text()),
        "test-alexa50": json.loads((SHARED / "eth-phishing-detect" / "test-alexa50.json").read_text()),
        "benign look-alikes (ours)": [r["host"] for r in benign if not r["note"].startswith("official-alt")],
    }
    known_bad = set(blacklist)
    print("\n## False positives (flagged = suspicious or malicious; hosts on the staged blacklist are not counted)\n")
    fp_table: dict[str, dict[str, object]] = {}
    header_done = False
    for name, hosts in fp_sets.items():
        on_blacklist = [h for h in hosts if h in known_bad]
        hosts = [h for h in hosts if h not in known_bad]
        if on_blacklist:
            print(f"({name}: {len(on_blacklist)} hosts on the staged blacklist left out: {', '.join(on_blacklist)})\n")
        flags = run_all(hosts)
        if not header_done:
            print("| host set | n | " + " | ".join(flags) + " |")
            print("|---|---:|" + "---:|" * len(flags))
            header_done = True
        counts = {k: sum(v) for k, v in flags.items()}
        print(f"| {name} | {len(hosts)} | " + " | ".join(f"{c} ({100 * c / len(hosts):.3f}%)" for c in counts.values()) + " |")
        fp_table[name] = {
            "n": len(hosts),
            **{k: v for k, v in counts.items()},
            "keiho_flagged": [h for h, f in zip(hosts, flags["keiho"], strict=True) if f],
        }
    report["false_positives"] = fp_table
    for name, entry in fp_table.items():
        flagged = entry["keiho_flagged"]
        assert isinstance(flagged, list)
        if flagged:
            print(f"\nkeiho flagged in {name}: {', '.join(flagged[:60])}{' ...' if len(flagged) > 60 else ''}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
