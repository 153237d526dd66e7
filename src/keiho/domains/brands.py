"""Protected brands derived from protected domains, and the indexes that find them fast."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from keiho.domains.confusables import skeleton
from keiho.domains.psl import PublicSuffixList


@dataclass(frozen=True, slots=True)
class Brand:
    """One brand label ('metamask', 'kitsune-ex', 'safe') and the official domains it appears in."""

    label: str
    domains: tuple[str, ...]  # protected domains with this label: ("app.safe.global",)
    registrables: frozenset[str]  # ("safe.global",)
    suffixes: frozenset[str]  # ("global",)
    context: frozenset[str]  # the other words of its domains: app, global, console, co, jp...
    compact: str = ""  # the label without hyphens; filled in from `label`

    def __post_init__(self) -> None:
        object.__setattr__(self, "compact", self.label.replace("-", ""))

    @property
    def skeleton(self) -> str:
        return skeleton(self.compact)

    @property
    def display(self) -> str:
        return self.domains[0]


@dataclass(frozen=True, slots=True)
class Pattern:
    """Something the Aho-Corasick automaton looks for in a host's skeleton."""

    brand: Brand
    kind: str  # "label": the bare brand; "compound": brand joined to its own words; "domain": dotted
    text: str  # the skeleton form searched for
    source: str  # what it stands for, for evidence: "safe", "safe.global", "app.safe.global"


def build_brands(protected: Iterable[str], psl: PublicSuffixList) -> list[Brand]:
    by_label: dict[str, list[tuple[str, str, str, str]]] = {}
    for domain in protected:
        sub, label, suffix = psl.split(domain)
        if not label:
            continue  # a bare public suffix cannot be a brand
        by_label.setdefault(label, []).append((domain, sub, label, suffix))
    brands = []
    for label, rows in by_label.items():
        context: set[str] = set()
        for _domain, sub, _label, suffix in rows:
            context.update(w for part in (sub, suffix) for w in part.replace("-", ".").split(".") if w)
        brands.append(
            Brand(
                label=label,
                domains=tuple(r[0] for r in rows),
                registrables=frozenset(f"{r[2]}.{r[3]}" for r in rows),
                suffixes=frozenset(r[3] for r in rows),
                context=frozenset(context),
            )
        )
    return brands


# Shorter brands (x.com, t.co) would hit inside almost every name; they are matched only
# through their dotted domain patterns and the typo index.
MIN_LABEL_PATTERN = 3


def patterns_for(brand: Brand) -> list[Pattern]:
    out = []
    if len(brand.compact) >= MIN_LABEL_PATTERN:
        out.append(Pattern(brand, "label", brand.skeleton, brand.label))
    for domain in brand.domains:
        registrable = next(r for r in brand.registrables if domain == r or domain.endswith("." + r))
        for dotted in {domain, registrable}:
            compact = dotted.replace("-", "")
            out.append(Pattern(brand, "domain", skeleton(compact), dotted))
            out.append(Pattern(brand, "compound", skeleton(compact.replace(".", "")), dotted))
    return out


def build_automaton(brands: Iterable[Brand]) -> tuple[ahocorasick.Automaton | None, dict[str, tuple[Pattern, ...]]]:
    """An automaton over the undotted patterns, and a dict of the dotted ones (brand domains),
    which only ever match whole runs of labels and so need no substring search.
    Each key maps to all patterns that share its text."""
    grouped: dict[str, list[Pattern]] = {}
    for brand in brands:
        for pattern in patterns_for(brand):
            bucket = grouped.setdefault(pattern.text, [])
            if not any(p.brand is pattern.brand and p.kind == pattern.kind for p in bucket):
                bucket.append(pattern)
    dotted = {text: tuple(patterns) for text, patterns in grouped.items() if "." in text}
    undotted = {text: tuple(patterns) for text, patterns in grouped.items() if "." not in text}
    if not undotted:
        return None, dotted
    automaton = ahocorasick.Automaton()
    for text, patterns in undotted.items():
        automaton.add_word(text, (text, patterns))
    automaton.make_automaton()
    return automaton, dotted
