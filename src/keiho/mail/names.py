"""Does a display name claim to be one of the organisation's executives?

Attackers write the name as colleagues would see it: either order ("Sato Haruto"), any
script (佐藤 陽翔), with a title or honorific (CEO, 社長, 様, さん, 님), odd spacing, or look-alike
letters (Cyrillic а for Latin a). Both the profile's names and the display name are reduced
to the same key: NFKC, case-folded, confusable skeleton, titles and honorifics removed,
punctuation dropped, tokens sorted; CJK names also compared without spaces. A name written in
another script than the profile lists ('사토 하루토', 'Харуто Сато', 'هاروتو ساتو', 佐藤阳翔 for
佐藤 陽翔) is romanised (anyascii) and compared by sound, by consonants for Arabic and Hebrew,
and by reading for CJK.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz.distance import DamerauLevenshtein

from keiho.domains.confusables import confusables_table
from keiho.mail.phrases import CJK_RANGES
from keiho.profile import Executive

_SEPARATORS = re.compile(r"[\s\.\,\-_·・･/|()\[\]{}<>\"'“”‘’「」『』【】:;]+")
_CJK = re.compile(f"[{CJK_RANGES}]")


@dataclass(frozen=True, slots=True)
class NameMatch:
    executive: Executive
    written_as: str  # the profile spelling that matched
    how: str  # exact | reordered | skeleton | near | surname+title | contains | transliterated


class ExecutiveNames:
    """Index of every executive name and alias, under the normalised keys a display name is compared with."""

    def __init__(self, executives: Sequence[Executive], honorifics: Iterable[str], titles: Mapping[str, Sequence[str]]) -> None:
        self._honorifics = sorted({_fold(h) for h in honorifics if h.strip()}, key=len, reverse=True)
        # title word -> every way of writing it ("ceo" -> ["ceo", "社長", "代表取締役", ...])
        self._titles = {_fold(k): tuple(_fold(v) for v in values) for k, values in titles.items()}
        self._all_titles = sorted({t for values in self._titles.values() for t in values} | set(self._titles), key=len, reverse=True)
        self._exact: dict[str, tuple[Executive, str]] = {}
        self._sorted: dict[str, tuple[Executive, str]] = {}
        self._skeleton: dict[str, tuple[Executive, str]] = {}
        self._surnames: list[tuple[str, Executive, tuple[str, ...]]] = []
        self._multi_part: list[tuple[list[str], Executive, str]] = []
        for executive in executives:
            written = (executive.name, *executive.aliases)
            for spelling in written:
                tokens = self._tokens(spelling)
                if not tokens:
                    continue
                self._exact.setdefault(" ".join(tokens), (executive, spelling))
                if len(tokens) >= 2 and all(len(t) >= 2 for t in tokens) and len("".join(tokens)) >= 6:
                    self._multi_part.append((tokens, executive, spelling))
                self._sorted.setdefault(_sorted_key(tokens), (executive, spelling))
                self._skeleton.setdefault(_sorted_key(self._tokens(spelling, confusable=True)), (executive, spelling))
            title_words = self._title_words(executive.title)
            for surname in _surnames(executive):
                self._surnames.append((surname, executive, title_words))
        # Latin names by sound, for the same name written in another script ('사토 하루토',
        # 'ハルト・サトウ', 'Харуто Сато'): given and family name both needed.
        self._sounds: list[tuple[list[str], Executive, str]] = []
        # CJK names by reading: 佐藤阳翔 (simplified) reads as 佐藤 陽翔 does ('zuotengyangxiang')
        self._readings: dict[str, tuple[Executive, str]] = {}
        for executive in executives:
            for spelling in (executive.name, *executive.aliases):
                if _CJK.search(spelling):
                    reading = _reading(self._tokens(spelling))
                    if len(reading) >= _MIN_READING:
                        self._readings.setdefault(reading, (executive, spelling))
                if spelling.isascii():
                    sounds = [_sound(t) for t in self._tokens(spelling) if len(t) >= 2]
                    if len(sounds) >= 2:
                        self._sounds.append((sounds, executive, spelling))

    def match(self, display_name: str) -> NameMatch | None:
        if not display_name.strip():
            return None
        tokens = self._tokens(display_name)
        if not tokens:
            return None
        if hit := self._exact.get(" ".join(tokens)):
            return NameMatch(hit[0], hit[1], "exact")
        if hit := self._sorted.get(_sorted_key(tokens)):
            return NameMatch(hit[0], hit[1], "reordered")
        if hit := self._skeleton.get(_sorted_key(self._tokens(display_name, confusable=True))):
            return NameMatch(hit[0], hit[1], "skeleton")
        key = _sorted_key(tokens)
        if len(key) >= 8:
            for known, (executive, spelling) in self._sorted.items():
                # one slip in a long name ("Haruto Satoh"), never in a short one
                if len(known) >= 8 and DamerauLevenshtein.distance(key, known, score_cutoff=1) <= 1:
                    return NameMatch(executive, spelling, "near")
        return self._surname_and_title(display_name) or self._contained(tokens) or self._transliterated(display_name, tokens)

    def _transliterated(self, display_name: str, tokens: list[str]) -> NameMatch | None:
        """An executive's Latin name written in another script, compared by sound."""
        if display_name.isascii() or len(tokens) > 4:
            return None
        if _CJK.search(display_name) and (hit := self._readings.get(_reading(tokens))):
            return NameMatch(hit[0], hit[1], "transliterated")
        sounds = [_sound(anyascii(t)) for t in tokens]
        sounds = [x for x in sounds if len(x) >= 2]
        # Arabic and Hebrew write few vowels ('هاروتو ساتو' romanises to 'hrwtw stw'): compare consonants
        abjad = _ABJAD.search(display_name) is not None
        if abjad:
            sounds = [_consonants(x) for x in sounds]
        for parts, executive, spelling in self._sounds:
            if len(sounds) > len(parts) + 1:
                continue
            unused = list(sounds)
            for part in parts:
                if abjad:
                    part = _consonants(part)
                allowed = 1 if len(part) >= 5 else 0
                found = next((x for x in unused if DamerauLevenshtein.distance(x, part, score_cutoff=allowed) <= allowed), None)
                if found is None or (abjad and len(part) < 2):
                    break
                unused.remove(found)
            else:
                return NameMatch(executive, spelling, "transliterated")
        return None

    def _contained(self, tokens: list[str]) -> NameMatch | None:
        """'Haruto Sato | Kitsune CEO', 'Haruto Sato via DocuSign': a full name of two or more
        parts, in either order, with other words around it."""
        if len(tokens) < 3:
            return None
        for parts, executive, spelling in self._multi_part:
            n = len(parts)
            for i in range(len(tokens) - n + 1):
                window = tokens[i : i + n]
                if window == parts or window == parts[::-1]:
                    return NameMatch(executive, spelling, "contains")
        return None

    def _surname_and_title(self, display_name: str) -> NameMatch | None:
        """'佐藤社長', 'CEO Sato': the surname with the executive's own title, as staff address them."""
        folded = _fold(display_name)
        for surname, executive, title_words in self._surnames:
            if surname not in folded:
                continue
            rest = folded.replace(surname, " ")
            for title in title_words:
                if title in rest and not _SEPARATORS.sub("", rest.replace(title, " ", 1)):
                    return NameMatch(executive, f"{surname} + {title}", "surname+title")
        return None

    def _title_words(self, title: str) -> tuple[str, ...]:
        words: list[str] = []
        folded = _fold(title)
        for key, values in self._titles.items():
            if re.search(rf"(?<![a-z]){re.escape(key)}(?![a-z])", folded):
                words.extend(values)
                words.append(key)
        return tuple(sorted(set(words), key=len, reverse=True))

    def _tokens(self, text: str, confusable: bool = False) -> list[str]:
        # The skeleton is taken before case folding: TR39 maps capital Greek eta to 'H', its
        # lower case to 'n'.
        folded = _name_skeleton(text) if confusable else _fold(text)
        for word in (*self._honorifics, *self._all_titles):
            if word in folded:
                folded = _strip_word(folded, word)
        tokens = [t for t in _SEPARATORS.split(folded) if t]
        # 'Sato, CEO' leaves only the name; initials keep their letter ('h. sato' -> 'h', 'sato')
        return tokens


# Spelling differences between romanisations of one sound: Korean and Japanese do not tell
# l from r, Japanese long vowels are written ou/uu/oo or not at all, Cyrillic х is 'kh'.
_SOUND_RULES = (("kh", "h"), ("ph", "f"), ("l", "r"), ("c", "k"), ("ou", "o"), ("uu", "u"), ("oo", "o"),
                ("eo", "o"), ("ee", "i"), ("y", "i"), ("v", "b"))
_NOT_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")


_ABJAD = re.compile(r"[\u0590-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic


_MIN_READING = 8  # a shorter romanised reading (two characters) is too easily someone else's


def _reading(tokens: list[str]) -> str:
    """How CJK name tokens read, romanised and joined: variant forms of a character read alike."""
    return _NOT_LETTER.sub("", anyascii("".join(tokens)).lower())


def _consonants(sound: str) -> str:
    """A sound without its vowels (and w/y, which Arabic uses for long vowels)."""
    return re.sub(r"[aeiouwy']", "", sound)


def _sound(word: str) -> str:
    """A romanised word reduced to how it sounds, so that romanisations of one name meet."""
    word = _NOT_LETTER.sub("", word.lower())
    for written, sound in _SOUND_RULES:
        word = word.replace(written, sound)
    word = _DOUBLED.sub(r"\1", word)
    return word[:-1] if word.endswith("h") and len(word) > 4 else word  # 'Satoh'


def _name_skeleton(text: str) -> str:
    """The TR39 skeleton of a name, taken on its letters as written (the domain skeleton lower-cases first)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _fold(stripped.translate(confusables_table()))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _strip_word(text: str, word: str) -> str:
    if _CJK.search(word):
        return text.replace(word, " ")  # CJK titles attach without a space: 佐藤社長, 김대표님
    return re.sub(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", " ", text)


def _sorted_key(tokens: list[str]) -> str:
    joined = "".join(sorted(tokens))
    # CJK names are written with or without a space between family and given name
    return joined if _CJK.search(joined) is None else "".join(sorted("".join(tokens)))


def _surnames(executive: Executive) -> list[str]:
    """Names staff put next to a title: the family name of a CJK alias (佐藤 in 佐藤 陽翔, written
    family name first) and every Latin name part of four letters or more ('CEO Sato')."""
    found: list[str] = []
    for spelling in (executive.name, *executive.aliases):
        parts = [p for p in _SEPARATORS.split(_fold(spelling)) if p]
        if _CJK.search(spelling):
            if len(parts) >= 2 and len(parts[0]) >= 2:
                found.append(parts[0])
        else:
            found.extend(p for p in parts if len(p) >= 4)
    return list(dict.fromkeys(found))
