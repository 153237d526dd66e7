"""A readable table for people at a terminal (rich), written as results stream in."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from keiho.findings import SubjectResult, Verdict

_STYLE = {
    Verdict.MALICIOUS: "bold red",
    Verdict.SUSPICIOUS: "yellow",
    Verdict.CLEAN: "green",
    Verdict.ERROR: "magenta",
}
_BATCH = 200  # rows per table, so a long stream prints as it goes


class TextRenderer:
    def __init__(self, out: TextIO, *, show_clean: bool = False) -> None:
        self.console = Console(file=out, soft_wrap=False, highlight=False)
        self.show_clean = show_clean

    def write(self, results: Iterable[SubjectResult]) -> None:
        counts = {v: 0 for v in Verdict}
        batch: list[SubjectResult] = []
        for result in results:
            counts[result.verdict] += 1
            if result.verdict is Verdict.CLEAN and not self.show_clean:
                continue
            batch.append(result)
            if len(batch) >= _BATCH:
                self._table(batch)
                batch = []
        if batch:
            self._table(batch)
        summary = ", ".join(f"{n} {v.value}" for v, n in counts.items() if n)
        self.console.print(f"[bold]checked {sum(counts.values())}[/]: {summary or 'nothing'}")

    def _table(self, rows: list[SubjectResult]) -> None:
        table = Table(show_lines=False, expand=False)
        table.add_column("verdict")
        table.add_column("score", justify="right")
        table.add_column("subject", overflow="fold")
        table.add_column("why", overflow="fold")
        for result in rows:
            why = Text()
            if result.error:
                why.append(result.error)
            for i, finding in enumerate(result.findings):
                if i:
                    why.append("\n")
                why.append(finding.rule, style="bold")
                evidence = ", ".join(f"{k}={v}" for k, v in finding.evidence.items())
                why.append(f"  {finding.title}" + (f" ({evidence})" if evidence else ""))
            table.add_row(
                Text(result.verdict.value, style=_STYLE[result.verdict]),
                str(result.score),
                Text(result.subject),
                why,
            )
        self.console.print(table)
