"""`keiho domains check` and `keiho domains permutations`."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, BinaryIO

import typer

from keiho.cli.common import (
    FormatOption,
    NoStoreOption,
    ProfileOption,
    StoreOption,
    check_format,
    open_store,
    resolve_profile,
    settle_long_lived,
    with_progress,
)
from keiho.cli.exitcodes import WorstOutcome
from keiho.domains import LookalikeEngine
from keiho.domains.permutations import (
    Permutation,
    SystemResolver,
    permutations,
    resolve_all,
)
from keiho.findings import SubjectResult
from keiho.inputs import Line, iter_lines
from keiho.render import write_results

_CHUNK = 4096
app = typer.Typer(help="Lookalikes of the organisation's and its vendors' domains.", no_args_is_help=True)


@app.command("check")
def check(
    hosts: Annotated[list[str] | None, typer.Argument(help="Hosts or URLs to check.")] = None,
    from_file: Annotated[
        Path | None, typer.Option("--from-file", "-i", help="Read hosts or URLs, one a line ('-' for stdin).")
    ] = None,
    profile_path: ProfileOption = None,
    fmt: FormatOption = "text",
    known_bad: Annotated[list[Path] | None, typer.Option("--known-bad", help="File of known-bad hosts (repeatable).")] = None,
    show_clean: Annotated[bool, typer.Option("--show-clean", help="List clean hosts too (text format).")] = False,
    store_path: StoreOption = None,
    no_store: NoStoreOption = False,
) -> None:
    """Does each host imitate a protected domain? Which, and how.

    Examples:
      keiho domains check metmask.io https://app.safe.global.vercel.app/
      keiho domains check --from-file proxy-hosts.txt --format jsonl > findings.jsonl

    Exit code: 0 all clean, 3 some lines unreadable, 4 suspicious, 5 malicious, 2 usage error.
    """
    check_format(fmt)
    if not hosts and from_file is None:
        raise typer.BadParameter("give hosts or --from-file FILE", param_hint="HOSTS")
    profile = resolve_profile(profile_path)
    engine = LookalikeEngine.from_profile(profile, known_bad or ())
    settle_long_lived()
    outcome = WorstOutcome()
    with open_store(store_path, no_store) as store:
        results: Iterator[SubjectResult] = _results(engine, hosts or [], from_file)
        if store is not None:
            results = store.record(results)
        write_results(outcome.watch(results), fmt, sys.stdout, show_clean=show_clean)
    raise typer.Exit(outcome.code)


def _results(engine: LookalikeEngine, hosts: list[str], from_file: Path | None) -> Iterator[SubjectResult]:
    for host in hosts:
        yield engine.check_line(host)
    if from_file is None:
        return
    if str(from_file) == "-":
        yield from _check_stream(engine, sys.stdin.buffer)
        return
    try:
        handle = from_file.open("rb")
    except OSError as exc:
        raise typer.BadParameter(f"{from_file}: {exc.strerror}", param_hint="--from-file") from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        yield from with_progress(_check_stream(engine, handle), size, handle.tell)


def _check_stream(engine: LookalikeEngine, handle: BinaryIO) -> Iterator[SubjectResult]:
    """Check a stream in order, in chunks so the engine can batch; unreadable lines become errors."""
    chunk: list[Line] = []
    for line in iter_lines(handle):
        if line.error is None and line.text.lstrip().startswith("#"):
            continue  # comments are allowed in host lists
        chunk.append(line)
        if len(chunk) >= _CHUNK:
            yield from _check_chunk(engine, chunk)
            chunk = []
    yield from _check_chunk(engine, chunk)


def _check_chunk(engine: LookalikeEngine, chunk: list[Line]) -> Iterator[SubjectResult]:
    readable = [line.text for line in chunk if line.error is None and line.text.strip()]
    checked = engine.check_many(readable, batch=_CHUNK)
    for line in chunk:
        if line.error is not None:
            yield SubjectResult.failed(line.text, "input", line.error)
        elif not line.text.strip():
            yield SubjectResult.failed("", "input", f"line {line.number} is empty")
        else:
            yield next(checked)


@app.command("permutations")
def permutations_command(
    domain: Annotated[str, typer.Argument(help="Domain to generate lookalikes of, e.g. app.safe.global.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | jsonl")] = "text",
    resolve: Annotated[bool, typer.Option("--resolve", help="Look each candidate up in DNS (needs a network).")] = False,
) -> None:
    """List candidate lookalikes of DOMAIN for watch-listing (typo, homoglyph, bitsquat, combo...)."""
    try:
        candidates = permutations(domain)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="DOMAIN") from None
    rows: Iterator[tuple[Permutation, list[str] | None]]
    rows = resolve_all(candidates, SystemResolver()) if resolve else ((c, None) for c in candidates)
    for candidate, addresses in rows:
        if resolve and not addresses:
            continue
        if fmt == "jsonl":
            record: dict[str, object] = {"domain": candidate.domain, "unicode": candidate.unicode, "kind": candidate.kind}
            if addresses is not None:
                record["addresses"] = addresses
            typer.echo(json.dumps(record, ensure_ascii=False))
        else:
            shown = candidate.domain
            if candidate.unicode != candidate.domain:
                shown += f" ({candidate.unicode})"
            typer.echo(f"{candidate.kind:12} {shown}" + (f"  {' '.join(addresses)}" if addresses else ""))
