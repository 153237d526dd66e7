"""Known-bad host lists loaded from files: one host or URL a line, '#' comments."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from keiho.domains.hosts import InputError, parse_subject
from keiho.errors import KeihoError

log = logging.getLogger(__name__)


class KnownBadHosts:
    def __init__(self) -> None:
        self._entries: dict[str, str] = {}  # host -> list it came from
        self.skipped = 0

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, hosts: Iterable[str], source: str) -> None:
        for line in hosts:
            text = line.split("#", 1)[0].strip()
            if not text:
                continue
            try:
                host = parse_subject(text)
            except InputError:
                self.skipped += 1
                continue
            self._entries.setdefault(host.ascii, source)

    def load(self, path: Path) -> None:
        try:
            with path.open(encoding="utf-8", errors="replace") as handle:
                before = self.skipped
                self.add(handle, path.name)
        except OSError as exc:
            raise KeihoError(f"{path}: cannot read known-bad list: {exc.strerror}") from None
        if self.skipped > before:
            log.warning("%s: skipped %d lines that are not hosts", path, self.skipped - before)

    def match(self, host: str, registrable: str = "") -> tuple[str, str] | None:
        """`(entry, source)` if the host or a parent domain down to `registrable` is listed.

        The walk stops at the registrable domain so that a list entry that is a public suffix
        (vercel.app) cannot condemn every site under it."""
        entries = self._entries
        if not entries:
            return None
        rest = host
        floor = len(registrable) if registrable else 0
        while len(rest) >= floor:
            source = entries.get(rest)
            if source is not None:
                return rest, source
            dot = rest.find(".")
            if dot < 0:
                return None
            rest = rest[dot + 1 :]
        return None
