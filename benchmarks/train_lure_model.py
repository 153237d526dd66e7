"""Train keiho's learned lure reader (`mail.model-lure`) and measure it leave-one-set-out.

Training data (read each set's README first):
- the labelled sets A to I under benchmarks/data/ (lures and look-alike benign mail and chat,
  each set written by a different author); sets J and later are held out and never read here;
- the ham half of ../shared/data/email (Apache SpamAssassin public corpus, CC0 / PDDL; see its
  SOURCES.md) as extra benign text, at a tenth of the weight: the look-alike sets are short
  hand-written messages, and a model that never saw long real mail flags a third of it. The
  phish half is not used (non-commercial licence, and generic phish is not the target).

Every message is read through keiho's own parser and `keiho.mail.lure_model.features`, with the
example organisation's names and its invented staff masked, so the weights carry no name.

Recipe: binary words and word pairs seen in at least 2 messages; logistic regression (C=1,
balanced classes); the threshold is the 98th percentile of the look-alike benign probabilities
out of fold, each set scored by a model trained without it; weights under 0.005 in size are
dropped. Words and pairs in at least a tenth of the training messages are marked common: they
count in the score but are not shown as evidence.

Usage: python benchmarks/train_lure_model.py [--out FILE] [--loso] [--no-ham]
  --loso   also train once per set without it and score that set (and a ninth of the ham) with
           the product's scoring code: an estimate for authors the model never read.
Needs scikit-learn (`pip install -e .[train]`); the product itself only reads the JSON it writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "data" / "mail_src"))

import mail_eval
import people

from keiho.mail.chat import iter_chat_messages
from keiho.mail.lure_model import (
    LureModel,
    NameMasks,
    document,
    features,
    organisation_names,
    person_names,
)
from keiho.mail.parse import parse_email
from keiho.profile import load_profile

TRAINING_SETS = {"A": "mail", "B": "mail-b", "C": "mail-c", "D": "mail-d", "E": "mail-e", "F": "mail-f", "G": "mail-g",
                 "H": "mail-h", "I": "mail-i"}
HAM = ROOT.parent / "shared" / "data" / "email" / "ham"
HAM_WEIGHT = 0.1
THRESHOLD_QUANTILE = 0.98
UNLIKE_BELOW = 0.1  # below: the policy halves phrase-rule scores (no lure in sets A-I scored below it out of fold)
MIN_WEIGHT = 0.005
COMMON_SHARE = 0.10  # words in at least this share of the training messages are not shown as evidence ("the", "https")
OUT = ROOT / "src" / "keiho" / "mail" / "data" / "lure_model.json"


@dataclass(frozen=True)
class Example:
    group: str  # the set's letter, or "ham"
    where: str  # the labels.csv location, or the ham file's name
    text: str
    lure: bool


def set_examples(letter: str, folder: str) -> list[Example]:
    mail_eval.DATA = HERE / "data" / folder
    rows = {r.location: r for r in mail_eval.load_rows()}
    messages = [parse_email((mail_eval.DATA / loc).read_bytes(), str(mail_eval.DATA / loc)) for loc, r in rows.items()
                if r.part == "eml"]
    for chat in mail_eval.CHAT_ROOTS:
        if (mail_eval.DATA / chat).exists():
            messages += list(iter_chat_messages(mail_eval.DATA / chat))
    mapping, _ = mail_eval.map_subjects([m.location for m in messages], list(rows.values()))
    out = [Example(letter, mapping[m.location], document(m), rows[mapping[m.location]].label == "lure") for m in messages
           if m.location in mapping]
    missing = len(rows) - len(out)
    if missing:
        raise SystemExit(f"set {letter}: {missing} labelled messages were not found")
    return out


def ham_examples() -> list[Example]:
    return [Example("ham", p.name, document(parse_email(p.read_bytes(), str(p))), False) for p in sorted(HAM.glob("*.eml"))]


def masks() -> NameMasks:
    """The example profile's names and the invented staff the sets' mail is addressed to."""
    staff = [part for name, value in vars(people).items() if name.isupper() and isinstance(value, tuple)
             for part in person_names(value[0])]
    return NameMasks([*organisation_names(load_profile(ROOT / "examples" / "profile.toml")), *staff])


def train(examples: list[Example], pattern, quantile: float = THRESHOLD_QUANTILE) -> LureModel:  # type: ignore[no-untyped-def]
    model, benign_out_of_fold = fit_model(examples, pattern)
    return replace(model, threshold=round(float(np.quantile(benign_out_of_fold, quantile)), 4))


def fit_model(examples: list[Example], pattern) -> tuple[LureModel, np.ndarray]:  # type: ignore[no-untyped-def]
    """The model (threshold not yet set) and the out-of-fold probabilities of the look-alike benign."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    vectorizer = CountVectorizer(analyzer=lambda text: features(text, pattern), binary=True, min_df=2)
    matrix = vectorizer.fit_transform([e.text for e in examples])
    labels = np.array([e.lure for e in examples])
    weights = np.array([HAM_WEIGHT if e.group == "ham" else 1.0 for e in examples])
    lookalike_benign = np.array([e.group != "ham" and not e.lure for e in examples])

    def fit(rows: np.ndarray):  # type: ignore[no-untyped-def]
        model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000)
        return model.fit(matrix[rows], labels[rows], sample_weight=weights[rows])

    # Out-of-fold by author: each set is scored by a model that never read it (the ham is dealt
    # round the folds), so the threshold holds for authors the model has not seen.
    sets = sorted({e.group for e in examples if e.group != "ham"})
    groups = [sets.index(e.group) if e.group != "ham" else i % len(sets) for i, e in enumerate(examples)]
    out_of_fold = np.zeros(len(examples))
    for train_rows, test_rows in GroupKFold(len(sets)).split(matrix, labels, groups):
        out_of_fold[test_rows] = fit(train_rows).predict_proba(matrix[test_rows])[:, 1]
    final = fit(np.arange(len(examples)))
    names = vectorizer.get_feature_names_out()
    kept = {str(names[i]): round(float(w), 4) for i, w in enumerate(final.coef_[0]) if abs(w) >= MIN_WEIGHT}
    share = np.asarray(matrix.sum(axis=0)).ravel() / len(examples)
    common = frozenset(str(names[i]) for i in np.flatnonzero(share >= COMMON_SHARE) if str(names[i]) in kept)
    lures = sum(e.lure for e in examples)
    hams = sum(e.group == "ham" for e in examples)
    trained_on = (f"sets {','.join(sets)}: {lures} lures, {len(examples) - lures - hams} look-alike benign"
                  + (f"; {hams} SpamAssassin ham at weight {HAM_WEIGHT}" if hams else ""))
    return LureModel(kept, round(float(final.intercept_[0]), 4), float("nan"), UNLIKE_BELOW, trained_on, common), out_of_fold[lookalike_benign]


def write(model: LureModel, path: Path) -> None:
    data = {"trained_on": model.trained_on, "recipe": __doc__.split("Recipe: ")[1].split("\n\n")[0].replace("\n", " "),
            "threshold": model.threshold, "unlike_below": model.unlike_below, "common": sorted(model.common), "intercept": model.intercept, "weights": dict(sorted(model.weights.items()))}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")


def leave_one_set_out(by_set: dict[str, list[Example]], ham: list[Example], pattern, quantiles: list[float]) -> None:  # type: ignore[no-untyped-def]
    print("| threshold quantile | held-out set | threshold | lures caught | look-alike benign flagged | ham flagged |")
    print("|---|---|---:|---:|---:|---:|")
    totals = {q: np.zeros(6, dtype=int) for q in quantiles}
    for index, letter in enumerate(by_set):
        rest = [e for other, examples in by_set.items() if other != letter for e in examples]
        ham_train = [e for i, e in enumerate(ham) if i % len(by_set) != index]
        ham_test = [e for i, e in enumerate(ham) if i % len(by_set) == index]
        model, benign_out_of_fold = fit_model(rest + ham_train, pattern)
        lures = [model.probability(features(e.text, pattern)) for e in by_set[letter] if e.lure]
        benign = [model.probability(features(e.text, pattern)) for e in by_set[letter] if not e.lure]
        hams = [model.probability(features(e.text, pattern)) for e in ham_test]
        for q in quantiles:
            t = float(np.quantile(benign_out_of_fold, q))
            row = np.array([sum(p >= t for p in lures), len(lures), sum(p >= t for p in benign), len(benign),
                            sum(p >= t for p in hams), len(hams)])
            totals[q] += row
            print(f"| {q} | {letter} | {t:.2f} | {_ratio(row[0], row[1])} | {_ratio(row[2], row[3])} | "
                  f"{_ratio(row[4], row[5])} |", flush=True)
    for q, row in totals.items():
        print(f"| {q} | all | | {_ratio(row[0], row[1])} | {_ratio(row[2], row[3])} | {_ratio(row[4], row[5])} |")


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.1%}" if whole else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--loso", action="store_true", help="also measure leave-one-set-out")
    parser.add_argument("--quantiles", type=float, nargs="*", default=[], help="more thresholds to try with --loso")
    parser.add_argument("--no-ham", action="store_true", help="train without the SpamAssassin ham")
    args = parser.parse_args()
    ham: list[Example] = []
    if not args.no_ham:
        if not HAM.is_dir():
            raise SystemExit(f"{HAM} is missing: it is part of the training data (or pass --no-ham)")
        ham = ham_examples()
    pattern = masks()
    by_set = {letter: set_examples(letter, folder) for letter, folder in TRAINING_SETS.items()}
    if args.loso:
        leave_one_set_out(by_set, ham, pattern, sorted({*args.quantiles, THRESHOLD_QUANTILE}))
    model = train([e for examples in by_set.values() for e in examples] + ham, pattern)
    write(model, args.out)
    print(f"wrote {args.out}: {len(model.weights)} weights, threshold {model.threshold:.3f}, {model.trained_on}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
