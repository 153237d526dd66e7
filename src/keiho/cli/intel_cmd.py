"""`keiho intel ...`: import, look up, count, export and update threat intel; ATT&CK and actors."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from keiho.cli.common import ProfileOption, StoreOption, err, resolve_profile
from keiho.cli.exitcodes import INPUT_ERRORS, MALICIOUS, OK, SUSPICIOUS, USAGE
from keiho.errors import IntelFormatError, KeihoError
from keiho.findings import Verdict
from keiho.intel import snapshot
from keiho.intel.actors import ActorTable
from keiho.intel.attack import describe_technique
from keiho.intel.export import Sighting, to_misp_event, to_stix_bundle
from keiho.intel.importers import FORMATS
from keiho.intel.lookup import IntelIndex, LookupResult, describe
from keiho.intel.model import Indicator, IndicatorType, Role
from keiho.intel.normalize import IndicatorError, normalize
from keiho.intel.store import IntelStore, import_paths
from keiho.store import FindingStore, default_store_path

app = typer.Typer(help="Threat intel: indicators, sanctions with dates, actors and ATT&CK, STIX in and out.", no_args_is_help=True)

BundledOption = Annotated[bool, typer.Option("--bundled/--no-bundled", help="Use the intel snapshot shipped with keiho too.")]
_EXIT_BY_VERDICT = {"sanctioned": MALICIOUS, "hostile": MALICIOUS, "formerly-sanctioned": SUSPICIOUS,
                    "formerly-hostile": SUSPICIOUS, "invalid": INPUT_ERRORS}  # fmt: skip


def _store(path: Path | None) -> IntelStore:
    return IntelStore(path or default_store_path())


def load_index(store_path: Path | None, bundled: bool = True) -> IntelIndex:
    """Everything keiho knows: the bundled snapshot (unless turned off) and the store's indicators."""

    def everything() -> Iterator[Indicator]:
        if bundled:
            yield from snapshot.bundled()
        with _store(store_path) as store:
            yield from store.indicators()

    return IntelIndex(everything())


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="Intel files (plain, .gz or .bz2).", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"auto | {' | '.join(FORMATS)}")] = "auto",
    store_path: StoreOption = None,
) -> None:
    """Import intel files into the store, each in one transaction.

    A file that cannot be read is reported with its line or element and changes nothing; the
    other files are still imported (exit 3). Importing the same file again changes nothing.

    Example: keiho intel import sdn_advanced.xml.bz2 apt_lazarus.txt events.json
    """
    if fmt != "auto" and fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of auto, {', '.join(FORMATS)}", param_hint="--format")
    failed = 0
    with _store(store_path) as store:
        for path in files:
            try:
                for report in import_paths(store, [path], fmt):
                    typer.echo(report.summary)
                    for note in report.skipped:
                        err.print(f"  skipped: {note}", markup=False)
            except IntelFormatError as exc:
                failed += 1
                err.print(f"keiho: {exc} (nothing imported from this file)", markup=False)
    raise typer.Exit(INPUT_ERRORS if failed else OK)


@app.command("lookup")
def lookup(
    values: Annotated[list[str], typer.Argument(help="Hashes, domains, URLs, IPs, e-mail or crypto addresses.", show_default=False)],
    at: Annotated[str | None, typer.Option("--at", help="Answer for this date (YYYY-MM-DD). Default: today.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
    bundled: BundledOption = True,
    store_path: StoreOption = None,
) -> None:
    """What is known about each value on a date, with every source.

    Exit 5 if any value is sanctioned or hostile on that date, 4 if formerly, 3 if a value is
    not a recognisable indicator, else 0.

    Example: keiho intel lookup 0xA160cdAB225685dA1d56aa342Ad8841c3b53f291 --at 2025-06-01
    """
    when = _parse_date(at) if at else None
    index = load_index(store_path, bundled)
    actors = ActorTable.default()
    code = OK
    for value in values:
        result = index.lookup(value, when)
        code = max(code, _EXIT_BY_VERDICT.get(result.verdict, OK))
        if fmt == "json":
            typer.echo(json.dumps(_lookup_json(result, actors), ensure_ascii=False))
        else:
            _print_lookup(result, actors)
    raise typer.Exit(code)


def _print_lookup(result: LookupResult, actors: ActorTable) -> None:
    shown = result.normalized.display or result.normalized.value if result.normalized else result.query
    kind = result.normalized.type.value if result.normalized else "?"
    line = f"{shown} ({kind}): {result.verdict} on {result.at}"
    if result.error:
        line += f": {result.error}"
    names = []
    for name in result.actors:
        resolution = actors.resolve(name)
        names.append(f"{resolution.actor.name} (as {name})" if resolution and resolution.actor.name != name else name)
    if names:
        line += " - actor " + ", ".join(dict.fromkeys(names))
    typer.echo(line)
    for match in sorted(result.matches, key=lambda m: (not m.screens, m.indicator.role.value, m.indicator.source)):
        typer.echo("  " + describe(match, result.normalized.value if result.normalized else "", actors))
        for ref in match.indicator.references[:3]:
            typer.echo(f"      {ref}")


def _lookup_json(result: LookupResult, actors: ActorTable) -> dict[str, object]:
    return {
        "query": result.query,
        "at": result.at.isoformat(),
        "type": result.normalized.type.value if result.normalized else None,
        "value": result.normalized.value if result.normalized else None,
        "verdict": result.verdict,
        "error": result.error or None,
        "actors": sorted({(r.actor.name if (r := actors.resolve(a)) else a) for a in result.actors}),
        "matches": [
            {
                "status": m.status.value,
                "via": m.via,
                **snapshot.to_json(m.indicator),
            }
            for m in result.matches
        ],
    }


@app.command("stats")
def stats(bundled: BundledOption = True, store_path: StoreOption = None) -> None:
    """Indicators per source, role and type (bundled snapshot and store), and the latest imports."""
    table = Table(title="indicators")
    for column in ("where", "source", "role", "type", "count"):
        table.add_column(column, justify="right" if column == "count" else "left")
    total = 0
    if bundled:
        counts = Counter((i.source, i.role.value, i.type.value) for i in snapshot.bundled())
        for (source, role, type_), n in sorted(counts.items()):
            table.add_row("bundled", source, role, type_, f"{n:,}")
            total += n
    with _store(store_path) as store:
        for source, role, type_, n in store.counts():
            table.add_row("store", source, role, type_, f"{n:,}")
            total += n
        imports = store.imports(limit=10)
    console = Console()
    console.print(table)
    typer.echo(f"{total:,} indicators in all")
    if imports:
        recent = Table(title="latest imports")
        for column in ("imported at", "path", "format", "source", "read", "added", "changed", "delisted"):
            recent.add_column(column)
        for row in imports:
            recent.add_row(*(str(row[k]) for k in ("imported_at", "path", "format", "source", "indicators", "added",
                                                   "changed", "delisted")))  # fmt: skip
        console.print(recent)


@app.command("export")
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="stix | misp")] = "stix",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    source: Annotated[str | None, typer.Option(help="Only indicators of this source id.")] = None,
    findings: Annotated[bool, typer.Option("--findings/--no-findings", help="Add keiho's own flagged hosts and URLs, with sightings.")] = True,
    store_path: StoreOption = None,
) -> None:
    """Export the store's indicators (and keiho's own findings, with sightings) as STIX 2.1 or MISP JSON."""
    if fmt not in ("stix", "misp"):
        raise typer.BadParameter(f"{fmt!r} is not one of stix, misp", param_hint="--format")
    with _store(store_path) as store:
        indicators = list(store.indicators(source))
    sightings: list[Sighting] = []
    if findings:
        own, sightings = _findings_as_intel(store_path)
        indicators += own
    actors = ActorTable.default()

    def actor_of(name: str) -> str | None:
        resolution = actors.resolve(name)
        return resolution.actor.name if resolution else None

    if fmt == "stix":
        text = to_stix_bundle(indicators, sightings, actor_of)
    else:
        text = json.dumps(to_misp_event(indicators, "keiho intel export"), ensure_ascii=False, indent=1)
    if output is None:
        typer.echo(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        err.print(f"{len(indicators)} indicators, {len(sightings)} sightings -> {output}", markup=False)


def _findings_as_intel(store_path: Path | None) -> tuple[list[Indicator], list[Sighting]]:
    """keiho's flagged hosts and URLs as indicators (source "keiho"), each with its sighting."""
    indicators: list[Indicator] = []
    sightings: list[Sighting] = []
    with FindingStore(store_path or default_store_path()) as store:
        subjects = [s for v in (Verdict.MALICIOUS, Verdict.SUSPICIOUS) for s in store.subjects(verdict=v.value, limit=100_000)]
    for subject in subjects:
        type_ = IndicatorType.URL if subject.kind == "url" else IndicatorType.DOMAIN if subject.kind == "host" else None
        if type_ is None:
            continue
        try:
            norm = normalize(subject.subject, type_)
        except IndicatorError:
            continue
        first, last = datetime.fromisoformat(subject.first_seen), datetime.fromisoformat(subject.last_seen)
        indicators.append(
            Indicator(
                type=norm.type,
                value=norm.value,
                source="keiho",
                role=Role.HOSTILE,
                label=f"keiho verdict {subject.verdict}",
                confidence=subject.score,
                first_seen=first.date(),
                last_seen=last.date(),
                display=norm.display,
            )
        )
        sightings.append(Sighting(norm.type, norm.value, f"keiho:{subject.kind}:{subject.subject}", first, last, subject.times_seen))
    return indicators, sightings


@app.command("update")
def update(profile_path: ProfileOption = None, store_path: StoreOption = None) -> None:
    """Re-import the feeds listed under [intel].feeds in the profile (files, or URLs where a network exists)."""
    from keiho.intel.feeds import update as run_update

    profile = resolve_profile(profile_path)
    if not profile.intel.feeds:
        err.print(f"{profile.source}: no [intel].feeds to update")
        raise typer.Exit(USAGE)
    failed = 0
    with _store(store_path) as store:
        for outcome in run_update(store, profile):
            if outcome.report is not None:
                typer.echo(outcome.report.summary)
            else:
                failed += 1
                err.print(f"keiho: {outcome.error}", markup=False)
    raise typer.Exit(INPUT_ERRORS if failed else OK)


@app.command("attack")
def attack(technique: Annotated[str, typer.Argument(help="An ATT&CK technique id, e.g. T1566.001.")]) -> None:
    """A technique, its tactics and which actors use it (MITRE ATT&CK, bundled)."""
    typer.echo(describe_technique(technique))


@app.command("actor")
def actor(name: Annotated[str, typer.Argument(help="Any alias: APT38, BlueNoroff, TraderTraitor, G0032...")]) -> None:
    """Which actor a name refers to, its member groups and aliases."""
    resolution = ActorTable.default().resolve(name)
    if resolution is None:
        raise KeihoError(f"{name!r}: no actor by that name in the bundled MISP galaxy / ATT&CK data")
    found = resolution.actor
    typer.echo(f"{name} -> {found.name} (member: {resolution.member.name})")
    typer.echo(f"  country: {found.country or '?'}; techniques: {len(found.techniques)}")
    typer.echo("  members: " + ", ".join(m.name for m in found.members))
    typer.echo("  aliases: " + ", ".join(found.aliases))


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date (YYYY-MM-DD)", param_hint="--at") from None
