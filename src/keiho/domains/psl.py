"""Registrable domains from the Public Suffix List, offline, private section included.

The list is the snapshot bundled with `tldextract` (so it updates with that package);
lookups are a few dict probes, which is what a million-host stream needs.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


class PublicSuffixList:
    def __init__(self, text: str) -> None:
        self._rules: set[str] = set()
        self._wildcards: set[str] = set()  # "*.ck" stored as "ck"
        self._exceptions: set[str] = set()  # "!www.ck" stored as "www.ck"
        self.private: set[str] = set()  # suffixes from the PRIVATE section (vercel.app, github.io...)
        self._tails: set[str] = set()  # every dotted tail of a rule: a walk from the right stops outside it
        in_private = False
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("// ===BEGIN PRIVATE"):
                in_private = True
            if not line or line.startswith("//"):
                continue
            rule = line.split()[0].lower()
            rule = rule.encode("idna").decode("ascii") if not rule.isascii() else rule
            bare = rule.lstrip("!").removeprefix("*.")
            parts = bare.split(".")
            self._tails.update(".".join(parts[i:]) for i in range(len(parts)))
            if rule.startswith("!"):
                self._exceptions.add(rule[1:])
            elif rule.startswith("*."):
                self._wildcards.add(rule[2:])
            else:
                self._rules.add(rule)
                if in_private:
                    self.private.add(rule)
        # For callers' fast path: "label.tld" has a one-label suffix when tld is in `plain_tlds`
        # and the name itself is not in `tails` (then no rule, wildcard or exception reaches it).
        self.plain_tlds = frozenset(r for r in self._rules if "." not in r) - self._wildcards - self._exceptions
        self.tails = frozenset(self._tails)

    def suffix_length(self, labels: list[str]) -> int:
        """Number of trailing labels that form the public suffix (at least 1: unknown TLDs count)."""
        n = len(labels)
        best = 1
        candidate = labels[-1]
        i = n - 1
        # Walk leftwards only while the tail is part of some rule; the longest rule that applies wins.
        while True:
            if candidate in self._exceptions:
                return n - i - 1
            if candidate in self._rules:
                best = n - i
            if i > 0 and candidate in self._wildcards:
                if labels[i - 1] + "." + candidate not in self._exceptions:
                    best = n - i + 1
                else:
                    return n - i
            if i == 0 or candidate not in self._tails:
                return min(best, n)
            i -= 1
            candidate = labels[i] + "." + candidate

    def split(self, host: str) -> tuple[str, str, str]:
        """`(subdomain, registrable label, suffix)`; the label is "" when the host is a suffix."""
        labels = host.split(".")
        k = self.suffix_length(labels)
        if k >= len(labels):
            return "", "", host
        return ".".join(labels[: -k - 1]), labels[-k - 1], ".".join(labels[-k:])

    def registrable(self, host: str) -> str:
        sub, label, suffix = self.split(host)
        return f"{label}.{suffix}" if label else ""


@cache
def default_psl() -> PublicSuffixList:
    text = resources.files("tldextract").joinpath(".tld_set_snapshot").read_text(encoding="utf-8")
    return PublicSuffixList(text)
