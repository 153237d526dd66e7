"""`keiho rules list`: every rule, what it means and what it weighs."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from keiho.rules import load_pillar, pillars

app = typer.Typer(help="Detection rules.", no_args_is_help=True)


@app.command("list")
def list_rules(pillar: Annotated[str | None, typer.Option(help="Only this pillar.")] = None) -> None:
    """Rule ids, severities, scores and ATT&CK techniques."""
    table = Table()
    for column in ("id", "severity", "score", "ATT&CK", "title"):
        table.add_column(column)
    for name in pillars():
        if pillar and name != pillar:
            continue
        for rule in load_pillar(name):
            table.add_row(rule.id, rule.severity.value, str(rule.score), " ".join(rule.attack), rule.title)
    Console().print(table)
