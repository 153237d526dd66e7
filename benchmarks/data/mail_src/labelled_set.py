"""Writing a labelled mail & chat set to disk, the same way for every set (A in mail/, B in mail-b/).

Each set's script names its messages and minimums in a `SetSource`; this module orders the
messages under neutral file names, writes them and their chat exports, the labels file, checks
coverage, and compares a fresh build with the committed one (`--check`).
"""

from __future__ import annotations

import argparse
import csv
import email
import filecmp
import hashlib
import io
import json
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email import policy
from pathlib import Path
from typing import Any

from spec import CATEGORIES, LANGUAGES, Mail, build_email

GENERATED = ("eml", "chat", "labels.csv")  # everything else in a set's folder (README.md) is hand-written


@dataclass(frozen=True)
class SetSource:
    out: Path
    lures: Sequence[Mail]
    benign: Sequence[Mail]
    chats: Callable[[], Iterable[Any]]
    slack_service_subtypes: frozenset[str] | set[str] | tuple[str, ...]
    min_per_language: Mapping[str, int] = field(default_factory=dict)
    min_eml: int = 0
    min_messages: int = 0


def ordered_mail(source: SetSource) -> list[tuple[str, Mail]]:
    """File names that say nothing about the label: m001.eml ... in sha256 order of a stable key."""
    mails = [*source.lures, *source.benign]
    keys = [m.key() for m in mails]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    if dupes:
        raise SystemExit(f"duplicate message keys: {dupes}")
    ranked = sorted(mails, key=lambda m: hashlib.sha256(m.key().encode()).hexdigest())
    return [(f"eml/m{i:03d}.eml", m) for i, m in enumerate(ranked, start=1)]


def count_chat_messages(source: SetSource, root: Path, rel: str) -> int:
    """Counted messages in one chat file, read back from disk (independent of how it was built)."""
    path = root / rel
    if rel.endswith("messages.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.DictReader(handle))
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):  # Telegram
        return sum(1 for m in data["messages"] if m.get("type") != "service")
    return sum(1 for m in data if m.get("subtype") not in source.slack_service_subtypes)  # Slack day file


def build(source: SetSource, root: Path) -> list[dict[str, str]]:
    for name in GENERATED:
        target = root / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    rows: list[dict[str, str]] = []
    for rel, mail in ordered_mail(source):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        raw = build_email(mail)
        parsed = email.message_from_bytes(raw, policy=policy.default)
        assert parsed["From"] and parsed["Date"] and parsed["Message-ID"], rel
        path.write_bytes(raw)
        rows.append({"file": rel, "label": mail.label, "category": mail.category, "language": mail.language,
                     "note": mail.note})
    for chat in source.chats():
        path = root / chat.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(chat.data)
        if not chat.labels:
            continue
        counted = count_chat_messages(source, root, chat.path)
        if counted != len(chat.labels):
            raise SystemExit(f"{chat.path}: {counted} messages on disk but {len(chat.labels)} labels")
        for n, item in enumerate(chat.labels, start=1):
            item.validate()
            rows.append({"file": f"{chat.path}#{n}", "label": item.label, "category": item.category,
                         "language": item.language, "note": item.note})
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["file", "label", "category", "language", "note"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (root / "labels.csv").write_text(buffer.getvalue(), encoding="utf-8")
    return rows


def summary(rows: list[dict[str, str]]) -> str:
    lines = []
    for part, keep in (("eml", lambda r: not r["file"].startswith("chat/")),
                       ("chat", lambda r: r["file"].startswith("chat/")), ("all", lambda r: True)):
        sub = [r for r in rows if keep(r)]
        labels = Counter(r["label"] for r in sub)
        lines.append(f"{part}: {len(sub)} messages ({labels['lure']} lure, {labels['benign']} benign)")
    lines.append("\ncategory                   lure  benign")
    for cat in CATEGORIES:
        n_l = sum(1 for r in rows if r["category"] == cat and r["label"] == "lure")
        n_b = sum(1 for r in rows if r["category"] == cat and r["label"] == "benign")
        lines.append(f"{cat:<26} {n_l:>4}  {n_b:>6}")
    lines.append("\nlanguage  lure  benign")
    for lang in LANGUAGES:
        n_l = sum(1 for r in rows if r["language"] == lang and r["label"] == "lure")
        n_b = sum(1 for r in rows if r["language"] == lang and r["label"] == "benign")
        lines.append(f"{lang:<8} {n_l:>5}  {n_b:>6}")
    return "\n".join(lines)


def check_coverage(source: SetSource, rows: list[dict[str, str]]) -> None:
    eml = [r for r in rows if not r["file"].startswith("chat/")]
    if len(eml) < source.min_eml or len(rows) < source.min_messages:
        raise SystemExit(f"only {len(eml)} .eml and {len(rows)} messages; the set promises at least "
                         f"{source.min_eml} and {source.min_messages}")
    for cat in CATEGORIES:
        if not any(r["category"] == cat and r["label"] == "lure" for r in rows):
            raise SystemExit(f"no lure in category {cat}")
    for lang, minimum in source.min_per_language.items():
        n = sum(1 for r in rows if r["language"] == lang)
        if n < minimum:
            raise SystemExit(f"only {n} messages in {lang}; want {minimum}")


def same_tree(a: Path, b: Path) -> list[str]:
    def files(root: Path) -> set[str]:
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != "README.md"}

    fa, fb = files(a), files(b)
    diffs = sorted(fa ^ fb)
    diffs += [f for f in sorted(fa & fb) if not filecmp.cmp(a / f, b / f, shallow=False)]
    return diffs


def main(source: SetSource, doc: str) -> int:
    name = source.out.name + "/"
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help=f"rebuild in a temp dir and compare with {name}")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            rows = build(source, Path(tmp))
            check_coverage(source, rows)
            diffs = same_tree(source.out, Path(tmp))
        if diffs:
            print(f"{name} differs from a fresh build in {len(diffs)} file(s), e.g. {diffs[:5]}", file=sys.stderr)
            return 1
        print(f"{name} matches a fresh build ({len(rows)} labelled messages)")
        return 0
    source.out.mkdir(exist_ok=True)
    rows = build(source, source.out)
    check_coverage(source, rows)
    print(summary(rows))
    return 0
