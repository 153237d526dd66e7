"""Find protected brands within a small Damerau-Levenshtein distance of a name, fast.

A symmetric-deletion index (the SymSpell idea): two strings within k edits share a string
reachable from both by at most k deletions. Like SymSpell, only a prefix of each word is
indexed (edits in the tail are caught by the exact check), which keeps the probes per name
small. Candidates are then verified with rapidfuzz's exact distance.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import DamerauLevenshtein

from keiho.domains.brands import Brand

PREFIX = 7
_BLOOM_BITS = 24  # 2 MB of bits: few false alarms with 1,000 brands, and small enough to stay in cache
_REVERSED = 0x80  # marks keys built from the reversed word (host labels are at most 63 long)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
# Which prefix positions each deletion variant keeps: all of them, all but one, all but two.
# Masks of the low i bytes of a uint64: deleting byte i keeps the bytes below it and shifts
# the ones above it down by one (the free top byte brings in a zero, the padding).
_LOW = [np.uint64((1 << (8 * i)) - 1) for i in range(8)]
_EIGHT = np.uint64(8)


def _delete_byte(words: NDArray[np.uint64], i: int) -> NDArray[np.uint64]:
    return (words & _LOW[i]) | ((words >> _EIGHT) & ~_LOW[i])


def _variants(words: NDArray[np.uint64]) -> Iterator[NDArray[np.uint64]]:
    """The packed prefixes with no, one or two bytes deleted (as `_deletes(prefix, 2)`)."""
    yield words
    for i in range(PREFIX):
        once = _delete_byte(words, i)
        yield once
        for j in range(i):  # delete the later byte first, so position j is still in place
            yield _delete_byte(once, j)


def _deletes(word: str, depth: int) -> set[str]:
    """`word` and every string `depth` or fewer deletions away from it."""
    n = len(word)
    out = {word}
    out.update(word[:i] + word[i + 1 :] for i in range(n))
    if depth >= 2:
        out.update(word[:i] + word[i + 1 : j] + word[j + 1 :] for i in range(n) for j in range(i + 1, n))
    return out


def bitflips(word: str) -> set[str]:
    """Every string one flipped bit away from `word` that is still a valid host label."""
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789-")
    out = set()
    for i, char in enumerate(word):
        for bit in range(8):
            flipped = chr(ord(char) ^ (1 << bit)).lower()
            if flipped in allowed and flipped != char:
                out.add(word[:i] + flipped + word[i + 1 :])
    return out


class TypoIndex:
    def __init__(self, brands: Iterable[Brand], min_length: int = 5, two_edits_from: int = 8) -> None:
        self.min_length = min_length
        self.two_edits_from = two_edits_from
        # Keys are a deletion variant of a prefix plus the length of the *name* it may match:
        # a brand within k edits of a name differs from it in length by at most k, so a brand is
        # filed under each name length it can reach and a name probes its own length only.
        self._index: dict[str, list[Brand]] = {}
        self._bitsquats: dict[str, list[Brand]] = {}
        brands_indexed = []
        for brand in brands:
            word = brand.compact
            if len(word) < min_length or not word.isascii():
                continue
            brands_indexed.append(brand)
            budget = self.budget(brand)
            lengths = [chr(n) for n in range(len(word) - budget, len(word) + budget + 1)]
            for variant in _deletes(word[:PREFIX], budget):
                for length in lengths:
                    self._index.setdefault(variant + length, []).append(brand)
            for squat in bitflips(word):
                self._bitsquats.setdefault(squat, []).append(brand)
        # A name this short cannot be within budget of any indexed brand.
        self._min_name = min_length - 1
        # A Bloom-style bit table over the packed index keys lets `may_match` reject most names
        # for a batch at once in numpy; the exact dict lookups then run only for the few left.
        # The table also holds the same keys for each brand reversed (the index idea works from
        # either end), marked by the length byte's high bit: a name must hit at both ends.
        self._table = np.zeros(1 << (_BLOOM_BITS - 3), dtype=np.uint8)
        if self._index:
            keys = [_pack(k[:-1], ord(k[-1])) for k in self._index]
            for brand in brands_indexed:
                budget = self.budget(brand)
                word = brand.compact[::-1]
                for variant in _deletes(word[:PREFIX], budget):
                    keys.extend(_pack(variant, n | _REVERSED) for n in range(len(word) - budget, len(word) + budget + 1))
            packed = np.frombuffer(b"".join(keys), dtype=np.uint64)
            slots = _bloom_slot(packed)
            np.bitwise_or.at(self._table, slots >> np.uint64(3), np.left_shift(1, slots & np.uint64(7)).astype(np.uint8))

    def may_match(self, names: Sequence[str]) -> NDArray[np.bool_]:
        """For each name, False if no brand can be within budget of it (True may be a false alarm)."""
        if not self._index or not names:
            return np.zeros(len(names), dtype=np.bool_)
        odd = [i for i, name in enumerate(names) if not name.isascii() or len(name) >= _REVERSED]
        clean = [("" if i in odd else n) for i, n in enumerate(names)] if odd else names
        result = self._hits(clean, 0) & self._hits([n[::-1] for n in clean], _REVERSED)
        result[odd] = True  # never reject what was not packed
        return result

    def _hits(self, names: Sequence[str], marker: int) -> NDArray[np.bool_]:
        """Whether any deletion variant of each name's first PREFIX characters is in the table."""
        n = len(names)
        # numpy truncates and zero-pads ASCII strings to PREFIX bytes in one C loop; as
        # little-endian uint64 words the prefix sits in the low 7 bytes and byte 7 stays free.
        padded = np.zeros((n, 8), dtype=np.uint8)
        padded[:, :PREFIX] = np.array(names, dtype=f"S{PREFIX}").view(np.uint8).reshape(n, PREFIX)
        words = padded.view("<u8").reshape(n)
        lengths = (np.fromiter(map(len, names), dtype=np.uint64, count=n) | np.uint64(marker)) << np.uint64(56)
        found = np.zeros(n, dtype=np.bool_)
        for variant in _variants(words):
            slots = _bloom_slot(variant | lengths)
            found |= ((self._table[slots >> np.uint64(3)] >> (slots & np.uint64(7)).astype(np.uint8)) & 1).astype(np.bool_)
        return found

    def budget(self, brand: Brand) -> int:
        n = len(brand.compact)
        return 0 if n < self.min_length else (1 if n < self.two_edits_from else 2)

    def matches(self, name: str) -> list[tuple[Brand, int]]:
        """Brands within their edit budget of `name` (distance > 0), nearest first."""
        if len(name) < self._min_name or not name.isascii():
            return []
        index = self._index
        depth = 2 if len(name) >= self.two_edits_from - 2 else 1
        length = chr(len(name))
        seen: dict[str, Brand] = {}
        for probe in _deletes(name[:PREFIX], depth):
            for brand in index.get(probe + length, ()):
                seen[brand.label] = brand
        out = []
        for brand in seen.values():
            budget = self.budget(brand)
            distance = DamerauLevenshtein.distance(name, brand.compact, score_cutoff=budget)
            if 0 < distance <= budget:
                out.append((brand, distance))
        out.sort(key=lambda pair: (pair[1], pair[0].label))
        return out

    def bitsquat_of(self, name: str) -> list[Brand]:
        return self._bitsquats.get(name, [])


def _pack(variant: str, length: int) -> bytes:
    """A deletion variant padded to PREFIX bytes, then the name length: one uint64 key."""
    return variant.encode().ljust(PREFIX, b"\0") + bytes((length,))


def _bloom_slot(keys: NDArray[np.uint64]) -> NDArray[np.uint64]:
    return (keys * _GOLDEN) >> np.uint64(64 - _BLOOM_BITS)
