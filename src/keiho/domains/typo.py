"""Find protected brands within a small Damerau-Levenshtein distance of a name, fast.

A symmetric-deletion index (the SymSpell idea): two strings within k edits share a string
reachable from both by at most k deletions. Like SymSpell, only a prefix of each word is
indexed (edits in the tail are caught by the exact check), which keeps the probes per name
small. Candidates are then verified with rapidfuzz's exact distance.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import DamerauLevenshtein

from keiho.domains.brands import Brand

PREFIX = 7
_BLOOM_BITS = 22
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
# Which prefix positions each deletion variant keeps: all of them, all but one, all but two.
# Column PREFIX of a packed name is always zero, so a kept position >= len(name) pads with zeros.
_KEEP = np.full((1 + PREFIX + PREFIX * (PREFIX - 1) // 2, 8), PREFIX, dtype=np.intp)
for _row, _kept in enumerate(k for r in (PREFIX, PREFIX - 1, PREFIX - 2) for k in itertools.combinations(range(PREFIX), r)):
    _KEEP[_row, : len(_kept)] = _kept


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
        self._index: dict[str, list[Brand]] = {}
        self._bitsquats: dict[str, list[Brand]] = {}
        for brand in brands:
            word = brand.compact
            if len(word) < min_length or not word.isascii():
                continue
            for variant in _deletes(word[:PREFIX], self.budget(brand)):
                self._index.setdefault(variant, []).append(brand)
            for squat in bitflips(word):
                self._bitsquats.setdefault(squat, []).append(brand)
        # A name this short cannot be within budget of any indexed brand.
        self._min_name = min_length - 1
        # A Bloom-style bit table over the packed index keys lets `may_match` reject most names
        # for a batch at once in numpy; the exact dict lookups then run only for the few left.
        self._table = np.zeros(1 << _BLOOM_BITS, dtype=np.bool_)
        if self._index:
            packed = np.frombuffer(b"".join(k.encode().ljust(8, b"\0") for k in self._index), dtype=np.uint64)
            self._table[_bloom_slot(packed)] = True

    def may_match(self, names: Sequence[str]) -> NDArray[np.bool_]:
        """For each name, False if no brand can be within budget of it (True may be a false alarm)."""
        if not self._index or not names:
            return np.zeros(len(names), dtype=np.bool_)
        packed_names = []
        odd = []
        for i, name in enumerate(names):
            if name.isascii():
                packed_names.append(name[:PREFIX].encode().ljust(PREFIX + 1, b"\0"))
            else:
                odd.append(i)
                packed_names.append(bytes(PREFIX + 1))
        grid = np.frombuffer(b"".join(packed_names), dtype=np.uint8).reshape(-1, PREFIX + 1)
        variants = np.ascontiguousarray(grid[:, _KEEP]).view(np.uint64).reshape(len(names), -1)
        result: NDArray[np.bool_] = np.asarray(self._table[_bloom_slot(variants)].any(axis=1))
        result[odd] = True  # never reject what was not packed
        return result

    def budget(self, brand: Brand) -> int:
        n = len(brand.compact)
        return 0 if n < self.min_length else (1 if n < self.two_edits_from else 2)

    def matches(self, name: str) -> list[tuple[Brand, int]]:
        """Brands within their edit budget of `name` (distance > 0), nearest first."""
        if len(name) < self._min_name or not name.isascii():
            return []
        index = self._index
        depth = 2 if len(name) >= self.two_edits_from - 2 else 1
        seen: dict[str, Brand] = {}
        for probe in _deletes(name[:PREFIX], depth):
            for brand in index.get(probe, ()):
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


def _bloom_slot(keys: NDArray[np.uint64]) -> NDArray[np.uint64]:
    return (keys * _GOLDEN) >> np.uint64(64 - _BLOOM_BITS)
