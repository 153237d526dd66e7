"""Find protected brands within a small Damerau-Levenshtein distance of a name, fast.

A symmetric-deletion index (the SymSpell idea): two strings within k edits share a string
reachable from both by at most k deletions. Like SymSpell, only a prefix of each word is
indexed (edits in the tail are caught by the exact check), which keeps the probes per name
small. Candidates are then verified with rapidfuzz's exact distance.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import DamerauLevenshtein

from keiho.domains.brands import Brand

PREFIX = 7
_BLOOM_BITS = 24  # 2 MB of bits: few false alarms with 1,000 brands, and small enough to stay in cache
_REVERSED = 0x80  # marks keys built from the reversed word (host labels are at most 63 long)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
# Masks of the low i bytes of a uint64: deleting byte i keeps the bytes below it and shifts
# the ones above it down by one (the free top byte brings in a zero, the padding).
_LOW = np.array([(1 << (8 * i)) - 1 for i in range(PREFIX)], dtype=np.uint64)[:, np.newaxis]
_EIGHT = np.uint64(8)
# The positions each double deletion removes: the later one first, so the earlier is still in place.
_LATER, _EARLIER = (np.array(p, dtype=np.intp) for p in zip(*[(i, j) for i in range(PREFIX) for j in range(i)]))
_DEEP = np.array([False] * (1 + PREFIX) + [True] * len(_LATER))[:, np.newaxis]  # rows of `_variants` two deep
_NO_MATCH: list[tuple[Brand, int]] = []  # shared by every name without a match; never mutated


def _variants(words: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """The packed prefixes with no, one and two bytes deleted (as `_deletes(prefix, 2)`): one row
    for each way of deleting (the prefix itself, then the single deletions, then the double ones)."""
    once = (words & _LOW) | ((words >> _EIGHT) & ~_LOW)  # row i: byte i deleted
    later = once[_LATER]
    twice = (later & _LOW[_EARLIER]) | ((later >> _EIGHT) & ~_LOW[_EARLIER])
    return np.concatenate((words[np.newaxis, :], once, twice))


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
        # The index again, keyed by the packed uint64 form the prefilter computes anyway.
        self._packed: dict[int, list[Brand]] = {
            int.from_bytes(_pack(k[:-1], ord(k[-1])), "little"): found for k, found in self._index.items()
        }
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
        result = np.zeros(len(names), dtype=np.bool_)
        if not self._index or not names:
            return result
        clean, odd = _packable(names)
        survivors, _keys, _bits = self._survivors(clean)
        result[survivors] = True
        result[odd] = True  # never reject what was not packed
        return result

    def matches_many(self, names: Sequence[str]) -> list[list[tuple[Brand, int]]]:
        """`[self.matches(name) for name in names]`, for many names at once: the prefilter
        rejects most of them in numpy, and the rest look up only the keys the table holds.
        Names without a match all share one empty list, which callers must not mutate."""
        out = [_NO_MATCH] * len(names)
        if not self._index or not names:
            return out
        clean, odd = _packable(names)
        survivors, keys, bits = self._survivors(clean)
        if len(survivors):
            # The (name, variant) pairs the table holds, name by name; a name shorter than
            # two_edits_from - 2 probes one deletion deep only, as `matches` does.
            lengths = keys[0, survivors] >> np.uint64(56)
            probes = bits[:, survivors] & ~(_DEEP & (lengths < self.two_edits_from - 2))
            columns, rows = np.nonzero(probes.T)
            at = survivors[columns]
            packed = self._packed
            seen_by_name: dict[int, dict[str, Brand]] = {}
            for i, key in zip(at.tolist(), keys[rows, at].tolist(), strict=True):
                brands = packed.get(key)
                if brands is not None:
                    seen = seen_by_name.setdefault(i, {})
                    for brand in brands:
                        seen[brand.label] = brand
            for i, seen in seen_by_name.items():
                name = clean[i]
                if len(name) >= self._min_name:
                    out[i] = self._verified(name, seen)
        for i in odd:
            out[i] = self.matches(names[i])
        return out

    def _survivors(
        self, names: Sequence[str]
    ) -> tuple[NDArray[np.intp], NDArray[np.uint64], NDArray[np.bool_]]:
        """Indexes of the names the table does not rule out from the front, nor then from the
        back; with every name's packed forward keys and which of them the table holds, both
        one row per deletion variant."""
        words, lengths = _pack_names(names)
        keys = _variants(words) | lengths
        bits = self._in_table(keys)
        ahead = np.flatnonzero(bits.any(axis=0))
        if len(ahead):
            back_words, _ = _pack_names([names[i][::-1] for i in ahead.tolist()])
            back = self._in_table(_variants(back_words) | (lengths[ahead] | np.uint64(_REVERSED << 56)))
            ahead = ahead[back.any(axis=0)]
        return ahead, keys, bits

    def _in_table(self, keys: NDArray[np.uint64]) -> NDArray[np.bool_]:
        slots = _bloom_slot(keys)
        bits: NDArray[np.uint8] = (self._table[slots >> np.uint64(3)] >> (slots & np.uint64(7)).astype(np.uint8)) & 1
        return bits.astype(np.bool_)

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
        return self._verified(name, seen)

    def _verified(self, name: str, seen: dict[str, Brand]) -> list[tuple[Brand, int]]:
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


def _packable(names: Sequence[str]) -> tuple[Sequence[str], list[int]]:
    """`names` with "" for each that cannot be packed (non-ASCII, or too long for the length
    byte), and the indexes of those."""
    if "".join(names).isascii() and max(map(len, names)) < _REVERSED:
        return names, []
    odd = [i for i, name in enumerate(names) if not name.isascii() or len(name) >= _REVERSED]
    skip = set(odd)
    return [("" if i in skip else n) for i, n in enumerate(names)], odd


def _pack_names(names: Sequence[str]) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    """Each name's first PREFIX characters as one uint64, and its length in the top byte."""
    n = len(names)
    # numpy truncates and zero-pads ASCII strings to PREFIX bytes in one C loop; as
    # little-endian uint64 words the prefix sits in the low 7 bytes and byte 7 stays free.
    padded = np.zeros((n, 8), dtype=np.uint8)
    padded[:, :PREFIX] = np.array(names, dtype=f"S{PREFIX}").view(np.uint8).reshape(n, PREFIX)
    words = padded.view("<u8").reshape(n)
    lengths = np.fromiter(map(len, names), dtype=np.uint64, count=n) << np.uint64(56)
    return words, lengths


def _pack(variant: str, length: int) -> bytes:
    """A deletion variant padded to PREFIX bytes, then the name length: one uint64 key."""
    return variant.encode().ljust(PREFIX, b"\0") + bytes((length,))


def _bloom_slot(keys: NDArray[np.uint64]) -> NDArray[np.uint64]:
    return (keys * _GOLDEN) >> np.uint64(64 - _BLOOM_BITS)
