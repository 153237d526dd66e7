"""Confusable skeletons (after Unicode TR39) and script mixing, for homoglyph detection.

`skeleton("mеtamask")` (Cyrillic е) == `skeleton("metamask")`. keiho's skeleton differs
from TR39's in two deliberate ways: it folds case and strips combining marks (so "metamásk"
matches), and it adds a few ASCII look-alike pairs TR39 omits (vv/w, cl/d) that typosquatters use.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

# Sequences that render like a single letter; TR39 already maps m -> rn.
_ASCII_EXTRA = {"w": "vv", "d": "cl"}


@cache
def confusables_table() -> dict[int, str]:
    """`str.translate` table: code point -> the ASCII it looks like."""
    table: dict[int, str] = {}
    text = resources.files("keiho.domains").joinpath("data/confusables.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, target = line.split("\t")
            table[int(code, 16)] = target
    for char, target in _ASCII_EXTRA.items():
        table[ord(char)] = target
    return table


def skeleton(text: str) -> str:
    """Fold `text` to the ASCII-ish form it looks like; equal skeletons look alike."""
    if text.isascii():
        return text.lower().translate(confusables_table())
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(confusables_table()).lower()


def script_of(char: str) -> str | None:
    """The script of one character by its Unicode name; None for common characters
    (digits, hyphen, marks) that go with any script."""
    if char.isascii():
        return "Latin" if char.isalpha() else None
    if unicodedata.combining(char):
        return None
    name = unicodedata.name(char, "")
    if not name:
        return "Unknown"
    if name.startswith("KATAKANA-HIRAGANA"):
        return None  # the prolonged-sound mark and friends belong to both kana scripts
    first = name.split(" ", 1)[0]
    if first in ("CJK", "IDEOGRAPHIC"):
        return "Han"
    if first in ("DIGIT", "FULLWIDTH", "HALFWIDTH"):
        return None if not char.isalpha() else _script_of_width_variant(char)
    return first.title()


def _script_of_width_variant(char: str) -> str | None:
    base = unicodedata.normalize("NFKC", char)
    return script_of(base) if base != char and len(base) == 1 else None


# Script sets a single label may legitimately combine (TR39 "highly restrictive" level).
_ALLOWED_MIXES = (
    frozenset({"Latin", "Han", "Hiragana", "Katakana"}),
    frozenset({"Latin", "Han", "Bopomofo"}),
    frozenset({"Latin", "Han", "Hangul"}),
)


def scripts(label: str) -> frozenset[str]:
    return frozenset(s for s in map(script_of, label) if s is not None)


def is_mixed_script(label: str) -> bool:
    """True when one label mixes scripts no single writing system combines (e.g. Latin + Cyrillic)."""
    found = scripts(label)
    if len(found) <= 1:
        return False
    return not any(found <= allowed for allowed in _ALLOWED_MIXES)


def fold_non_ascii(label: str) -> str:
    """Replace non-ASCII letters by the ASCII they imitate, leaving ASCII as typed.

    Unlike `skeleton`, 'm' stays 'm': the result can be compared by edit distance."""
    table = confusables_table()
    out = []
    for char in label:
        if char.isascii():
            out.append(char)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(base.translate(table).lower())
    return "".join(out)
