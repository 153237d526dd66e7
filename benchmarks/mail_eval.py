"""Mail & chat lure detection: keiho vs rspamd and SpamAssassin on the labelled set, same run.

1. benchmarks/data/mail/ (read its README.md): hand-written lures and look-alike benign messages for
   the example profile, as .eml files and chat exports (Slack, Telegram, LinkedIn). Recall and
   precision per category, false-positive rate on the benign messages, per language. keiho is scored
   at two thresholds: flagged = verdict not clean (suspicious or malicious), and flagged = malicious.
   Peers score the .eml part only (chat exports are not email): rspamd flagged = action other than
   "no action" (DATE_IN_PAST taken off first) and, stricter, score >= 6 (add header); SpamAssassin
   flagged = score >= 5. A benign row's category names the lure category it resembles, so a
   category's precision counts the false positives among its own look-alikes.
2. ../shared/data/email (read its SOURCES.md): how often each keiho rule fires on real phish vs
   real ham. Rates per rule only: the two halves differ in era and anonymisation, so no single
   accuracy number is computed from them. Skipped cleanly when the folder is absent.

Usage: python benchmarks/mail_eval.py [--set PATH] [--json OUT] [--no-peers] [--peers-only] [--no-corpus]
                                      [--corpus-limit N] [--intel bundled|none]

--set picks the labelled set (default benchmarks/data/mail, "set A"). Sets B to M (mail-b ... mail-m)
were each written by someone who never read the detector, measured once as held out, and (all but the
newest) then used for development; each set's README says which. Chat exports a set does not ship
are skipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data" / "mail"
PROFILE = ROOT / "examples" / "profile.toml"
SHARED_EMAIL = ROOT.parent / "shared" / "data" / "email"
sys.path.insert(0, str(HERE / "peers"))

from mail_peers import PeerVerdict, rspamd_flagged, score_all, spamassassin_flagged

CHAT_ROOTS = ("chat/slack", "chat/telegram/result.json", "chat/linkedin/messages.csv")
SCANNER_MISSING = (
    "keiho.mail.scanner is not importable yet ({error}).\n"
    "This benchmark is written against the planned API:\n"
    "  MailScanner.from_profile(load_profile(...), intel=...).scan_paths([...]) / .scan_chat(path)\n"
    "Run with --peers-only to get the peers' figures alone."
)


@dataclass(frozen=True)
class Row:
    location: str  # "eml/m001.eml" or "chat/telegram/result.json#3"
    label: str
    category: str
    language: str
    note: str

    @property
    def part(self) -> str:
        return "chat" if self.location.startswith("chat/") else "eml"


@dataclass
class Outcome:
    """keiho's result for one labelled message (absent when keiho returned nothing for it)."""

    verdict: str
    score: int
    rules: tuple[str, ...]
    error: str | None = None


@dataclass
class Detector:
    name: str
    flagged: dict[str, bool] = field(default_factory=dict)  # location -> flagged
    scope: str = "all"  # "all" or "eml"


def load_rows() -> list[Row]:
    with (DATA / "labels.csv").open(encoding="utf-8", newline="") as handle:
        return [Row(r["file"], r["label"], r["category"], r["language"], r["note"]) for r in csv.DictReader(handle)]


# -- keiho ----------------------------------------------------------------------------------------


def make_scanner(intel_choice: str) -> Any:
    from keiho.mail.scanner import MailScanner
    from keiho.profile import load_profile

    intel = None
    if intel_choice == "bundled":
        from keiho.intel.lookup import IntelIndex
        from keiho.intel.snapshot import bundled

        intel = IntelIndex(bundled())
    return MailScanner.from_profile(load_profile(PROFILE), intel=intel)


SLACK_SERVICE_SUBTYPES = ("channel_join", "channel_leave", "channel_purpose", "channel_topic")  # data/mail/README.md
_PLATFORM_PREFIX = re.compile(r"^[a-z][a-z0-9+.-]+:(?!//)")  # "slack:/path", not "C:\" or "https://"


@dataclass(frozen=True)
class ChatEntry:
    raw_index: int  # 0-based position among all entries of the file (service entries included)
    counted: int | None  # the N of labels.csv (1-based, service entries skipped); None for service
    ident: str | None  # Telegram message id / Slack ts


def chat_entries(rel: str) -> list[ChatEntry]:
    path = DATA / rel
    if rel.endswith(".csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            return [ChatEntry(i, i + 1, None) for i, _ in enumerate(csv.DictReader(handle))]
    data = json.loads(path.read_text(encoding="utf-8"))
    raw = data["messages"] if isinstance(data, dict) else data
    entries, n = [], 0
    for i, m in enumerate(raw):
        service = m.get("type") == "service" or m.get("subtype") in SLACK_SERVICE_SUBTYPES
        n += 0 if service else 1
        ident = m.get("id", m.get("ts"))
        entries.append(ChatEntry(i, None if service else n, None if ident is None else str(ident)))
    return entries


def split_subject(subject: str) -> tuple[str, list[str]]:
    """(path, '#'-separated fragments) of a subject such as "slack:/x/general/2026-11-02.json#0"."""
    body = _PLATFORM_PREFIX.sub("", subject, count=1)
    path, *fragments = body.split("#")
    return path, fragments


def relative_to_data(path_text: str) -> str | None:
    path = Path(path_text)
    for candidate in ([path] if path.is_absolute() else [DATA / path, Path.cwd() / path]):
        try:
            return candidate.resolve().relative_to(DATA.resolve()).as_posix()
        except (ValueError, OSError):
            continue
    return None


def integer_scheme(entries: list[ChatEntry], observed: set[int]) -> tuple[str, dict[int, int]]:
    """Which numbering a set of integer message positions uses: counted or raw, 0- or 1-based, or
    1-based after a header row (CSV). Picks the scheme whose expected set matches `observed` best."""
    counted = [(e.counted, e.raw_index) for e in entries if e.counted is not None]
    schemes: dict[str, dict[int, int]] = {}
    for offset, offset_name in ((0, "0-based"), (1, "1-based"), (2, "1-based after a header row")):
        schemes[f"counted {offset_name}"] = {n - 1 + offset: n for n, _ in counted}
        schemes[f"raw {offset_name}"] = {raw + offset: n for n, raw in counted}

    def overlap(mapping: dict[int, int]) -> float:
        keys = set(mapping)
        return len(keys & observed) / len(keys | observed) if keys | observed else 0.0

    best = max(overlap(m) for m in schemes.values())
    tied = [k for k, m in schemes.items() if overlap(m) == best]
    chosen = "counted 1-based" if "counted 1-based" in tied else tied[0]  # labels.csv's own numbering first
    same = [k for k in tied if schemes[k] == schemes[chosen]]
    name = " = ".join(same) + ("" if best == 1.0 else f" (best guess, overlap {best:.0%})")
    if len(same) < len(tied):
        name += " (AMBIGUOUS: other numberings fit as well)"
    return name, schemes[chosen]


def map_subjects(subjects: list[str], rows: Sequence[Row]) -> tuple[dict[str, str], dict[str, str]]:
    """labels.csv location for each keiho subject it can be tied to, and the numbering scheme seen per chat file."""
    known = {r.location for r in rows}
    chat_files = {r.location.split("#")[0] for r in rows if r.part == "chat"}
    mapping: dict[str, str] = {}
    by_file: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for subject in subjects:
        path, fragments = split_subject(subject)
        rel = relative_to_data(path)
        if rel is None:
            continue
        if not fragments and rel in known:
            mapping[subject] = rel
        elif rel in chat_files:
            by_file[rel].append((subject, fragments))
    schemes: dict[str, str] = {}
    for rel, items in by_file.items():
        entries = chat_entries(rel)
        by_ident = {e.ident: e.counted for e in entries if e.ident is not None and e.counted is not None}
        numbered: dict[str, int] = {}
        for subject, fragments in items:
            pairs = dict(f.split("=", 1) for f in fragments if "=" in f)
            ident = pairs.get("id") or pairs.get("ts")
            if ident is not None:
                if ident in by_ident:
                    mapping[subject] = f"{rel}#{by_ident[ident]}"
                    schemes[rel] = "message id" if "id" in pairs else "message ts"
                continue
            number = pairs.get("row") or pairs.get("n") or next((f for f in fragments if f.isdigit()), None)
            if number is not None and number.isdigit():
                numbered[subject] = int(number)
        if numbered:
            name, positions = integer_scheme(entries, set(numbered.values()))
            schemes[rel] = name
            for subject, position in numbered.items():
                if position in positions:
                    mapping[subject] = f"{rel}#{positions[position]}"
    return mapping, schemes


def run_keiho(scanner: Any, rows: Sequence[Row]) -> tuple[dict[str, Outcome], list[str], dict[str, str], float]:
    """Outcomes by location, the subjects tied to no label, the chat numbering schemes, the wall time."""
    started = time.perf_counter()
    results: list[Any] = list(scanner.scan_paths([str(DATA / r.location) for r in rows if r.part == "eml"]))
    for chat in CHAT_ROOTS:
        if (DATA / chat).exists():  # a set may ship only some of the chat exports
            results += list(scanner.scan_chat(DATA / chat))
    elapsed = time.perf_counter() - started
    mapping, schemes = map_subjects([str(r.subject) for r in results], rows)
    outcomes: dict[str, Outcome] = {}
    unmatched: list[str] = []
    for result in results:
        where = mapping.get(str(result.subject))
        if where is None:
            unmatched.append(str(result.subject))
            continue
        rules = tuple(sorted({f.rule for f in result.findings}))
        outcome = Outcome(str(getattr(result.verdict, "value", result.verdict)), int(result.score), rules, result.error)
        previous = outcomes.get(where)
        if previous is None or outcome.score > previous.score:
            outcomes[where] = outcome
    return outcomes, unmatched, schemes, elapsed


# -- metrics ----------------------------------------------------------------------------------------


def rates(rows: Sequence[Row], flagged: dict[str, bool]) -> dict[str, Any]:
    lures = [r for r in rows if r.label == "lure"]
    benign = [r for r in rows if r.label == "benign"]
    tp = sum(flagged.get(r.location, False) for r in lures)
    fp = sum(flagged.get(r.location, False) for r in benign)
    return {
        "lures": len(lures), "benign": len(benign), "tp": tp, "fp": fp,
        "recall": tp / len(lures) if lures else None,
        "precision": tp / (tp + fp) if tp + fp else None,
        "fp_rate": fp / len(benign) if benign else None,
    }


def breakdown(rows: Sequence[Row], detectors: Sequence[Detector], key: Callable[[Row], str]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    out: dict[str, dict[str, Any]] = {}
    for group in [*sorted(groups), "all"]:
        members = rows if group == "all" else groups[group]
        out[group] = {}
        for det in detectors:
            scoped = [r for r in members if det.scope == "all" or r.part == det.scope]
            out[group][det.name] = rates(scoped, det.flagged)
    return out


def pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def print_table(title: str, table: dict[str, dict[str, Any]], detectors: Sequence[Detector]) -> None:
    print(f"\n### {title}\n")
    print("| group | lures/benign | " + " | ".join(f"{d.name} R / P / FPR" for d in detectors) + " |")
    print("|---|---:|" + "---:|" * len(detectors))
    for group, cells in table.items():
        first = cells[detectors[0].name]
        counts = f"{first['lures']}/{first['benign']}"
        parts = []
        for det in detectors:
            c = cells[det.name]
            if c["lures"] + c["benign"] == 0:
                parts.append("n/a")
            else:
                scoped = "" if (c["lures"], c["benign"]) == (first["lures"], first["benign"]) else f" (of {c['lures']}/{c['benign']})"
                parts.append(f"{pct(c['recall'])} / {pct(c['precision'])} / {pct(c['fp_rate'])}{scoped}")
        print(f"| {group} | {counts} | " + " | ".join(parts) + " |")


# -- per-rule rates on the shared corpus ---------------------------------------------------------


def corpus_rule_rates(scanner: Any, limit: int | None) -> dict[str, Any] | None:
    if not (SHARED_EMAIL / "phish").is_dir() or not (SHARED_EMAIL / "ham").is_dir():
        print(f"\n({SHARED_EMAIL} not present: per-rule rates skipped)")
        return None
    result: dict[str, Any] = {"folders": {}, "rules": {}}
    fired: dict[str, Counter[str]] = {}
    for folder in ("phish", "ham"):
        files = sorted(str(p) for p in (SHARED_EMAIL / folder).glob("*.eml"))[:limit]
        counts: Counter[str] = Counter()
        verdicts: Counter[str] = Counter()
        started = time.perf_counter()
        for res in scanner.scan_paths(files):
            verdicts[str(getattr(res.verdict, "value", res.verdict))] += 1
            for rule in {f.rule for f in res.findings}:
                counts[rule] += 1
        elapsed = time.perf_counter() - started
        fired[folder] = counts
        result["folders"][folder] = {"messages": len(files), "seconds": round(elapsed, 2),
                                     "verdicts": dict(verdicts)}
    n_phish = result["folders"]["phish"]["messages"]
    n_ham = result["folders"]["ham"]["messages"]
    rules = sorted(set(fired["phish"]) | set(fired["ham"]),
                   key=lambda r: (-(fired["phish"][r] / max(n_phish, 1) - fired["ham"][r] / max(n_ham, 1)), r))
    print(f"\n## Per-rule firing rates on ../shared/data/email ({n_phish} phish, {n_ham} ham)\n")
    print("Rates per rule only (see SOURCES.md: era and anonymisation differ between the halves).\n")
    print("| rule | phish | ham |")
    print("|---|---:|---:|")
    for rule in rules:
        p = fired["phish"][rule] / max(n_phish, 1)
        h = fired["ham"][rule] / max(n_ham, 1)
        result["rules"][rule] = {"phish": round(p, 4), "ham": round(h, 4),
                                 "phish_n": fired["phish"][rule], "ham_n": fired["ham"][rule]}
        print(f"| {rule} | {100 * p:.1f}% | {100 * h:.1f}% |")
    return result


# -- main ----------------------------------------------------------------------------------------


def peer_detectors(rows: Sequence[Row]) -> tuple[list[Detector], dict[str, Any]]:
    eml_rows = [r for r in rows if r.part == "eml"]
    paths = [DATA / r.location for r in eml_rows]
    detectors: list[Detector] = []
    info: dict[str, Any] = {}
    for peer, version, verdicts in score_all(paths):
        if verdicts is None:
            info[peer] = {"available": False}
            continue
        by_loc: dict[str, PeerVerdict] = {r.location: v for r, v in zip(eml_rows, verdicts)}
        errors = [loc for loc, v in by_loc.items() if v.error]
        info[peer] = {"available": True, "version": version, "errors": errors,
                      "per_message": {loc: {"score": v.score, "action": v.action,
                                            "rules": {k: s for k, s in v.rules.items() if s}}
                                      for loc, v in by_loc.items()}}
        if peer == "rspamd":
            detectors.append(Detector("rspamd action", {k: rspamd_flagged(v) for k, v in by_loc.items()}, "eml"))
            detectors.append(Detector("rspamd >=6", {k: rspamd_flagged(v, 6.0) for k, v in by_loc.items()}, "eml"))
        else:
            detectors.append(Detector("SpamAssassin >=5", {k: spamassassin_flagged(v) for k, v in by_loc.items()},
                                      "eml"))
    return detectors, info


def main() -> int:
    global DATA  # --set rebinds the folder every helper reads
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=DATA, metavar="PATH",
                        help="labelled set to score: a folder holding labels.csv (default: benchmarks/data/mail)")
    parser.add_argument("--json", type=Path, help="write every figure and per-message result as JSON here")
    parser.add_argument("--no-peers", action="store_true", help="skip rspamd and SpamAssassin")
    parser.add_argument("--peers-only", action="store_true", help="skip keiho (e.g. before its scanner exists)")
    parser.add_argument("--no-corpus", action="store_true", help="skip the per-rule rates on ../shared/data/email")
    parser.add_argument("--corpus-limit", type=int, help="scan at most N files of each corpus half")
    parser.add_argument("--intel", choices=("bundled", "none"), default="bundled",
                        help="intel index handed to the scanner (default: the bundled snapshot)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    DATA = args.set.resolve()
    if not (DATA / "labels.csv").is_file():
        print(f"{DATA} holds no labels.csv", file=sys.stderr)
        return 2

    rows = load_rows()
    report: dict[str, Any] = {"date": time.strftime("%Y-%m-%d"), "set": str(DATA), "messages": len(rows),
                              "eml": sum(r.part == "eml" for r in rows), "chat": sum(r.part == "chat" for r in rows)}
    detectors: list[Detector] = []
    scanner: Any = None
    if not args.peers_only:
        try:
            scanner = make_scanner(args.intel)
        except ImportError as exc:
            print(SCANNER_MISSING.format(error=exc), file=sys.stderr)
            return 2
        outcomes, unmatched, schemes, seconds = run_keiho(scanner, rows)
        missing = [r.location for r in rows if r.location not in outcomes]
        detectors.append(Detector("keiho non-clean", {k: o.verdict in ("suspicious", "malicious") for k, o in outcomes.items()}))
        detectors.append(Detector("keiho malicious", {k: o.verdict == "malicious" for k, o in outcomes.items()}))
        report["keiho"] = {
            "seconds": round(seconds, 2), "unmatched_subjects": unmatched, "missing_locations": missing,
            "chat_location_schemes": schemes,
            "errors": {k: o.error for k, o in outcomes.items() if o.error},
            "per_message": {k: {"verdict": o.verdict, "score": o.score, "rules": list(o.rules)} for k, o in outcomes.items()},
        }
        for rel, scheme in sorted(schemes.items()):
            print(f"keiho chat subjects in {rel}: numbered by {scheme}", file=sys.stderr)
        if unmatched or missing:
            print(f"WARNING: {len(unmatched)} keiho subject(s) matched no label (e.g. {unmatched[:3]}); "
                  f"{len(missing)} labelled message(s) got no result (e.g. {missing[:3]}) and count as not flagged",
                  file=sys.stderr)
    if not args.no_peers:
        peer_dets, peer_info = peer_detectors(rows)
        detectors += peer_dets
        report["peers"] = peer_info
    if not detectors:
        print("nothing to measure (no keiho and no peers)", file=sys.stderr)
        return 2

    eml_n = report["eml"]
    set_name = "" if DATA == (HERE / "data" / "mail").resolve() else f" {DATA.name}"
    print(f"## Labelled mail set{set_name}: {len(rows)} messages ({eml_n} .eml, {report['chat']} chat); "
          f"R = recall, P = precision, FPR = false-positive rate on benign look-alikes")
    if any(d.scope == "eml" for d in detectors):
        print("Peers score the .eml part only: chat exports are not email.")
    tables = {
        "by category": breakdown(rows, detectors, lambda r: r.category),
        "by language": breakdown(rows, detectors, lambda r: r.language),
        "by part": breakdown(rows, detectors, lambda r: r.part),
    }
    for title, table in tables.items():
        print_table(title, table, detectors)
    report["tables"] = tables
    for det in detectors:
        misses = [r.location for r in rows if r.label == "lure" and (det.scope == "all" or r.part == det.scope)
                  and not det.flagged.get(r.location, False)]
        false_pos = [r.location for r in rows if r.label == "benign" and det.flagged.get(r.location, False)]
        report.setdefault("lists", {})[det.name] = {"missed_lures": misses, "false_positives": false_pos}
    if scanner is not None:
        print("\n### keiho misses and false positives (non-clean threshold)\n")
        lists = report["lists"]["keiho non-clean"]
        by_loc = {r.location: r for r in rows}
        for kind in ("missed_lures", "false_positives"):
            for loc in lists[kind]:
                r = by_loc[loc]
                print(f"- {kind[:-1].replace('_', ' ')}: {loc} [{r.category}, {r.language}] {r.note}")
        if not args.no_corpus:
            report["corpus_rule_rates"] = corpus_rule_rates(scanner, args.corpus_limit)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nJSON written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
