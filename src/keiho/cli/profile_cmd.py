"""`keiho init` and `keiho profile check`."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from keiho.cli.common import err
from keiho.cli.exitcodes import USAGE
from keiho.profile import load_profile

app = typer.Typer(help="Check the organisation profile.", no_args_is_help=True)


@app.command("check")
def check(file: Annotated[Path, typer.Argument(help="Profile to validate.")]) -> None:
    """Validate a profile; print what it protects, or one line saying what is wrong (exit 2)."""
    profile = load_profile(file)
    typer.echo(
        f"{file}: ok - {profile.organization.name}: {len(profile.executives)} executives, "
        f"{len(profile.vendors)} vendors, {len(profile.web.protected)} protected web apps, "
        f"{len(profile.wallets)} wallets"
    )


def init(
    path: Annotated[Path, typer.Argument(help="Where to write the profile.")] = Path("keiho.toml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter profile to edit."""
    if path.exists() and not force:
        err.print(f"{path} exists; use --force to overwrite it")
        raise typer.Exit(USAGE)
    text = resources.files("keiho").joinpath("data/starter-profile.toml").read_text("utf-8")
    path.write_text(text, encoding="utf-8")
    load_profile(path)  # the starter must always be valid
    typer.echo(f"wrote {path}; edit it, then run: keiho profile check {path}")
