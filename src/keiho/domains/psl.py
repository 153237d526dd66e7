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
        in_private = False
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("// ===BEGIN PRIVATE"):
                in_private = True
            if not line or line.startswith("//"):
                continue
            rule = line.split()[0].lower()
            rule = rule.encode("idna").decode("ascii") if not rule.isascii() else rule
            if rule.startswith("!"):
                self._exceptions.add(rule[1:])
            elif rule.startswith("*."):
                self._wildcards.add(rule[2:])
            else:
                self._rules.add(rule)
                if in_private:
                    self.private.add(rule)

    def suffix_length(self, labels: list[str]) -> int:
        """Number of trailing labels that form the public suffix (at least 1: unknown TLDs count)."""
        n = len(labels)
        for i in range(n):  # longest candidate first, so the first rule that applies wins
            candidate = ".".join(labels[i:])
            if candidate in self._exceptions:
                return n - i - 1
            if candidate in self._rules or (i + 1 < n and ".".join(labels[i + 1 :]) in self._wildcards):
                return n - i
        return 1

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
