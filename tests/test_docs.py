"""The README documents every command, and the example profile documents every profile section."""

from __future__ import annotations

import tomllib
from pathlib import Path

import typer.main

from keiho.cli.main import app
from keiho.profile import Profile

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(command, "commands", None)
        names.extend(f"keiho {name} {s}" for s in sub) if sub else names.append(f"keiho {name}")
    return names


def test_readme_shows_every_command_and_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands() if c not in readme]
    assert missing == []
    assert "make demo" in readme and "make test" in readme


def test_starter_profile_covers_every_profile_section() -> None:
    starter = tomllib.loads((ROOT / "src/keiho/data/starter-profile.toml").read_text(encoding="utf-8"))
    sections = set(Profile.model_fields) - {"source"}
    assert sections <= set(starter)
    assert set(starter["web"]) == set(Profile.model_fields["web"].annotation.model_fields)  # type: ignore[union-attr]
