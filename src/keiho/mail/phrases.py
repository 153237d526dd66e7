"""Find many phrases in many languages in one pass over a text.

`fold` puts text and phrases in one comparable form: NFKC, case-folded, Latin accents and
Arabic diacritics / tatweel / alef variants removed, whitespace collapsed, and no spaces next to
Chinese, Japanese or Korean characters (those scripts break lines and words anywhere).
`PhraseMatcher` is an Aho-Corasick automaton over folded phrases: Latin-script phrases match
whole words only; CJK and Arabic phrases match as substrings, because Japanese and Chinese have
no spaces and Arabic glues prefixes (و، ال، ب) and suffixes (ك، نا) to its words.

The automaton runs over the UTF-8 bytes of the text (held in a latin-1 `str`, which
pyahocorasick accepts): with a thousand CJK and Arabic phrases, an automaton over code points
fans out into hundreds of first characters and runs several times slower. Hit offsets are
therefore byte offsets into `text.encode()`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Generic, TypeVar

import ahocorasick

T = TypeVar("T")

# Scripts written without spaces between words (kana, CJK ideographs, Hangul syllables).
# Scripts written without spaces between words (kana, CJK ideographs, Hangul), as a character-class body.
CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_GAP = re.compile(f" (?:(?=[{CJK_RANGES}])|(?<=[{CJK_RANGES}] ))")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _fold_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0x00C0, 0x0250):  # Latin-1 Supplement and Latin Extended-A/B
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char and base.isascii() and base.isalpha():
            table[char] = base
    table |= {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i"}
    for char in "\u2018\u2019\u201b\u02bc\u00b4\u2032":
        table[char] = "'"
    for char in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63":
        table[char] = "-"
    # Invisible characters that split a word without showing: a lure writes "Tele\u200bgram".
    for char in "\u00ad\u200b\u200c\u200d\u2060\ufeff\u30fb":  # ... and the Japanese middle dot
        table[char] = ""
    # Arabic: tatweel and harakat carry no meaning for matching; alef, ya and ta marbuta spellings vary.
    table["\u0640"] = ""
    for code in (*range(0x064B, 0x0660), 0x0670):
        table[chr(code)] = ""
    table |= {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
    return table


_TABLE = _fold_table()
_NEEDS_TABLE = re.compile("[" + "".join(re.escape(c) for c in _TABLE) + "]")


@cache
def _compatibility() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """NFKC one character at a time, which is several times faster than `unicodedata.normalize`
    on CJK text and gives the same result unless a character can compose with the one before
    it (a combining mark, a Hangul jamo, a halfwidth dakuten): those send a text the slow way.
    Only the BMP is mapped (a regex tests a BMP class in one step); a text with characters
    beyond it (emoji, math letters) goes the slow way too.

    Returns (char -> NFKC form, pattern of chars to map, pattern of chars that need the slow way).
    """
    # Unified ideographs, Hangul syllables and surrogates are NFKC-stable and compose with nothing.
    spans = ((0x80, 0x3400), (0x4DC0, 0x4E00), (0xA000, 0xAC00), (0xD7A4, 0xD800), (0xE000, 0x10000))
    code_points = [c for lo, hi in spans for c in range(lo, hi)]
    seconds = {chr(c) for c in range(0x1160, 0x1200)}  # Hangul vowels and finals compose algorithmically
    for code in code_points:
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    mapping: dict[str, str] = {}
    slow: list[str] = []
    for code in code_points:
        char = chr(code)
        normal = unicodedata.normalize("NFKC", char)
        if unicodedata.combining(char) or char in seconds or normal[:1] in seconds or unicodedata.combining(normal[:1]):
            slow.append(char)
        elif normal != char:
            mapping[char] = normal
    return mapping, _char_class(mapping), _char_class(slow)


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    codes = sorted({ord(c) for c in chars})
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    items = (re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "") for lo, hi in ranges)
    return re.compile("[" + "".join(items) + "]")


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, faster on CJK and Arabic text, whose fullwidth
    punctuation and presentation forms make `normalize` decompose and recompose everything."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    mapping, compatible, slow = _compatibility()
    if _ASTRAL.search(text) or slow.search(text):
        return unicodedata.normalize("NFKC", text)
    return compatible.sub(lambda m: mapping[m.group()], text)


def fold(text: str) -> str:
    """The comparable form of `text` (see the module docstring). Idempotent."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = nfkc(text).casefold()
    text = _NEEDS_TABLE.sub(lambda m: _TABLE[m.group()], text)
    return _CJK_GAP.sub("", " ".join(text.split()))


def as_bytes(text: str) -> str:
    """`text`'s UTF-8 bytes, one latin-1 character each: what the automaton reads."""
    return text if text.isascii() else text.encode("utf-8").decode("latin-1")


def joins_words(char: str) -> bool:
    """Whether `char` continues a word in a spaced script (Latin, Greek, Cyrillic, digits)."""
    return char == "_" or (char.isalnum() and ord(char) < 0x0590)


def _joins_before(data: str, index: int) -> bool:
    """Whether the character ending just before byte `index` of `data` (see `as_bytes`) joins words."""
    if index <= 0:
        return False
    last = data[index - 1]
    if last < "\x80":
        return last == "_" or last.isalnum()
    start = index - 1
    while start > 0 and index - start < 4 and "\x80" <= data[start] < "\xc0":
        start -= 1
    return joins_words(data[start:index].encode("latin-1").decode("utf-8", "replace")[:1])


def _joins_at(data: str, index: int) -> bool:
    """Whether the character starting at byte `index` of `data` joins words."""
    if index >= len(data):
        return False
    first = data[index]
    if first < "\x80":
        return first == "_" or first.isalnum()
    return joins_words(data[index : index + 4].encode("latin-1").decode("utf-8", "replace")[:1])


class PhraseMatcher(Generic[T]):
    """All phrases, one automaton. Each phrase carries a payload returned with its hits.

    A phrase ending in `*` matches any word starting with it (`recruit*`: recruiter, recruiting).
    A phrase with a hyphen also matches with a space or nothing in its place (`take-home`).
    """

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        # folded key -> entries (is_prefix, payload); the key's boundaries follow from its text
        entries: dict[str, list[tuple[bool, T]]] = {}
        for phrase, payload in phrases:
            prefix = phrase.endswith("*")
            for key in _variants(fold(phrase.rstrip("*")).strip()):
                if key:
                    entries.setdefault(key, []).append((prefix, payload))
        self._automaton: ahocorasick.Automaton | None = None
        if entries:
            automaton = ahocorasick.Automaton()
            for key, found in entries.items():
                left = joins_words(key[0])
                right = joins_words(key[-1])
                data = as_bytes(key)
                automaton.add_word(data, (len(data), left, right, tuple(found)))
            automaton.make_automaton()
            self._automaton = automaton

    def scan(self, data: str) -> Iterator[tuple[int, int, T]]:
        """`(start, end, payload)` for every phrase in `data` = `as_bytes(fold(text))`, overlaps
        included; offsets count bytes."""
        if self._automaton is None:
            return
        for last, (length, left, right, found) in self._automaton.iter(data):
            start = last - length + 1
            if left and _joins_before(data, start):
                continue
            open_right = right and _joins_at(data, last + 1)
            for prefix, payload in found:
                if open_right and not prefix:
                    continue
                yield start, last + 1, payload


_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _variants(key: str) -> set[str]:
    if "-" not in key:
        return {key}
    return {key, _INNER_HYPHEN.sub(" ", key), _INNER_HYPHEN.sub("", key)}
