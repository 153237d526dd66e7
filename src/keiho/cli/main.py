"""The `keiho` command."""

from __future__ import annotations

import logging
import sys

import typer

from keiho import __version__
from keiho.cli import (
    domains_cmd,
    findings_cmd,
    intel_cmd,
    mail_cmd,
    profile_cmd,
    rules_cmd,
)
from keiho.cli.common import err
from keiho.cli.exitcodes import INTERNAL_ERROR
from keiho.errors import KeihoError

app = typer.Typer(
    name="keiho",
    help="keiho (警報): alarms against Lazarus-style intrusion and theft at crypto-asset businesses.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("init")(profile_cmd.init)
app.add_typer(profile_cmd.app, name="profile")
app.add_typer(domains_cmd.app, name="domains")
app.add_typer(intel_cmd.app, name="intel")
app.add_typer(mail_cmd.mail_app, name="mail")
app.add_typer(mail_cmd.chat_app, name="chat")
app.add_typer(findings_cmd.app, name="findings")
app.add_typer(rules_cmd.app, name="rules")


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log what is skipped and why."),
) -> None:
    if version:
        typer.echo(f"keiho {__version__}")
        raise typer.Exit()
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="keiho: %(message)s")
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(2)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (see `keiho.cli.exitcodes`)."""
    try:
        # Standalone mode: typer reports usage errors itself (exit 2) and ends with SystemExit.
        app(args=argv, prog_name="keiho")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KeihoError as exc:
        err.print(f"keiho: {exc}", markup=False)
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); that is not an error of ours.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception:
        logging.getLogger("keiho").exception("internal error; please report it with the traceback above")
        return INTERNAL_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
