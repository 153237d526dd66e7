"""Candidate lookalikes of a domain, for watch-listing and registration monitoring.

No DNS is needed to generate them; `resolve` (behind the `Resolver` seam) checks which exist.
"""

from __future__ import annotations

import socket
import unicodedata
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import idna

from keiho.domains.confusables import confusables_table, skeleton
from keiho.domains.psl import PublicSuffixList, default_psl
from keiho.domains.typo import bitflips

_KEYBOARD = {  # QWERTY neighbours: the keys a finger slips to
    "q": "12wa", "w": "23qeas", "e": "34wrsd", "r": "45etdf", "t": "56ryfg", "y": "67tugh",
    "u": "78yihj", "i": "89uojk", "o": "90ipkl", "p": "0ol", "a": "qwsz", "s": "weadzx",
    "d": "ersfxc", "f": "rtdgcv", "g": "tyfhvb", "h": "yugjbn", "j": "uihknm", "k": "iojlm",
    "l": "opk", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm",
    "m": "njk", "1": "2q", "2": "13wq", "3": "24we", "4": "35er", "5": "46rt", "6": "57ty",
    "7": "68yu", "8": "79ui", "9": "80io", "0": "9op",
}  # fmt: skip
_ASCII_LOOKALIKES = {"m": ["rn", "nn"], "w": ["vv"], "d": ["cl"], "o": ["0"], "l": ["1", "i"], "i": ["1", "l"]}
# Scripts whose letters are mistaken for Latin ones in practice.
_IDN_SCRIPTS = ("CYRILLIC", "GREEK", "LATIN", "ARMENIAN")
TLDS = (
    "com", "net", "org", "io", "co", "app", "xyz", "online", "site", "live", "info", "finance",
    "exchange", "global", "jp", "co.jp", "us", "cc", "top", "pro", "vip", "link", "click", "dev",
)  # fmt: skip
FREE_HOSTING = ("vercel.app", "pages.dev", "netlify.app", "github.io", "web.app", "firebaseapp.com", "workers.dev")
COMBO_WORDS = (
    "login", "secure", "support", "app", "wallet", "claim", "airdrop", "connect", "verify", "official",
    "jp", "io", "help", "sync", "migrate", "bridge", "dapp", "web3", "update", "interview",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Permutation:
    domain: str  # ASCII (punycode) form
    unicode: str
    kind: str  # typo, homoglyph, bitsquat, hyphenation, tld-swap, combosquat, subdomain


def permutations(domain: str, psl: PublicSuffixList | None = None, combo_words: Iterable[str] = COMBO_WORDS) -> list[Permutation]:
    """Candidate lookalikes of `domain`, deduplicated, the domain itself excluded."""
    psl = psl or default_psl()
    sub, label, suffix = psl.split(domain.lower().rstrip("."))
    if not label:
        raise ValueError(f"{domain!r} has no registrable name")
    seen: dict[str, Permutation] = {}

    def add(candidate_label: str, kind: str, candidate_suffix: str = suffix) -> None:
        name = f"{candidate_label}.{candidate_suffix}"
        try:
            ascii_name = idna.encode(name, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            return
        if candidate_label and ascii_name != f"{label}.{suffix}" and ascii_name not in seen:
            seen[ascii_name] = Permutation(ascii_name, idna.decode(ascii_name), kind)

    for variant in _typos(label):
        add(variant, "typo")
    for variant in bitflips(label):
        add(variant, "bitsquat")
    for variant in _homoglyphs(label):
        add(variant, "homoglyph")
    for variant in _hyphenations(label):
        add(variant, "hyphenation")
    for tld in TLDS:
        if tld != suffix:
            add(label, "tld-swap", tld)
    for word in combo_words:
        for variant in (f"{label}-{word}", f"{word}-{label}", f"{label}{word}"):
            add(variant, "combosquat")
    add(f"{label}-{suffix.replace('.', '-')}", "combosquat")
    full = f"{sub}.{label}.{suffix}" if sub else f"{label}.{suffix}"
    for platform in FREE_HOSTING:
        add(full.replace(".", "-"), "subdomain", platform)
        add(label, "subdomain", platform)
    return list(seen.values())


def _typos(label: str) -> Iterator[str]:
    n = len(label)
    for i in range(n):
        yield label[:i] + label[i + 1 :]  # omission
        yield label[:i] + label[i] + label[i:]  # repetition
        if i + 1 < n:
            yield label[:i] + label[i + 1] + label[i] + label[i + 2 :]  # transposition
        for near in _KEYBOARD.get(label[i], ""):
            yield label[:i] + near + label[i + 1 :]  # replacement
            yield label[:i] + near + label[i:]  # insertion


def _homoglyphs(label: str) -> Iterator[str]:
    for i, char in enumerate(label):
        for lookalike in _ASCII_LOOKALIKES.get(char, ()):
            yield label[:i] + lookalike + label[i + 1 :]
        for lookalike in _unicode_lookalikes().get(char, ()):
            yield label[:i] + lookalike + label[i + 1 :]


def _hyphenations(label: str) -> Iterator[str]:
    if "-" in label:
        yield label.replace("-", "")
    for i in range(1, len(label)):
        if label[i - 1] != "-" and label[i] != "-":
            yield label[:i] + "-" + label[i:]


@cache
def _unicode_lookalikes() -> dict[str, list[str]]:
    """Lower-case letters from scripts confused with Latin, keyed by the ASCII letter they imitate."""
    out: dict[str, list[str]] = {}
    for code, target in confusables_table().items():
        char = chr(code)
        name = unicodedata.name(char, "")
        if len(target) == 1 and char.islower() and name.startswith(_IDN_SCRIPTS) and skeleton(char) == target:
            out.setdefault(target, []).append(char)
    return out


class Resolver(Protocol):
    def resolve(self, host: str) -> list[str]: ...


class SystemResolver:
    """The operating system's resolver; needs a network. Failures mean 'does not resolve'."""

    def __init__(self, timeout: float = 3.0) -> None:
        self.timeout = timeout

    def resolve(self, host: str) -> list[str]:
        socket.setdefaulttimeout(self.timeout)
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return []
        return sorted({str(info[4][0]) for info in infos})


def resolve_all(candidates: list[Permutation], resolver: Resolver, workers: int = 16) -> Iterator[tuple[Permutation, list[str]]]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        yield from zip(candidates, pool.map(lambda p: resolver.resolve(p.domain), candidates), strict=True)

