"""`keiho findings list|show`: what the store holds."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from keiho.cli.common import StoreOption, err
from keiho.cli.exitcodes import USAGE
from keiho.store import FindingStore, default_store_path

app = typer.Typer(help="Findings kept in the store.", no_args_is_help=True)


@app.command("list")
def list_findings(
    verdict: Annotated[str | None, typer.Option(help="malicious | suspicious | clean")] = None,
    rule: Annotated[str | None, typer.Option(help="Only subjects where this rule fired.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | jsonl")] = "text",
    store_path: StoreOption = None,
) -> None:
    """Subjects with findings, newest first."""
    with FindingStore(store_path or default_store_path()) as store:
        subjects = store.subjects(verdict=verdict, rule=rule, limit=limit)
    if fmt == "jsonl":
        for s in subjects:
            typer.echo(json.dumps(asdict(s), ensure_ascii=False))
        return
    table = Table()
    for column in ("id", "verdict", "score", "kind", "subject", "last seen", "seen"):
        table.add_column(column)
    for s in subjects:
        table.add_row(s.id[:12], s.verdict, str(s.score), s.kind, s.subject, s.last_seen, str(s.times_seen))
    Console().print(table)


@app.command("show")
def show(
    subject_id: Annotated[str, typer.Argument(help="Subject id (or its first characters) from `findings list`.")],
    store_path: StoreOption = None,
) -> None:
    """One subject with every finding and its evidence, as JSON."""
    if not re.fullmatch(r"[0-9a-f]{4,64}", subject_id):
        err.print(f"{subject_id!r} is not a subject id (hex, at least 4 characters)")
        raise typer.Exit(USAGE)
    with FindingStore(store_path or default_store_path()) as store:
        subject = store.subject(subject_id)
    if subject is None:
        err.print(f"no single subject with id {subject_id!r}")
        raise typer.Exit(USAGE)
    typer.echo(json.dumps(asdict(subject), ensure_ascii=False, indent=2))
