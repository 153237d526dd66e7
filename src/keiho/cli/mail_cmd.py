"""`keiho mail scan`, `keiho mail policy` and `keiho chat scan`."""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from keiho.cli.common import (
    FormatOption,
    NoStoreOption,
    ProfileOption,
    StoreOption,
    check_format,
    err,
    open_store,
    resolve_profile,
    settle_long_lived,
)
from keiho.cli.exitcodes import WorstOutcome
from keiho.cli.intel_cmd import load_index
from keiho.findings import SubjectResult
from keiho.mail.policy import default_policy_text
from keiho.mail.scanner import MailScanner
from keiho.render import write_results

mail_app = typer.Typer(help="Executive and vendor impersonation, lures, attachments and links in email.", no_args_is_help=True)
chat_app = typer.Typer(help="The same rules on chat exports (Slack, Telegram Desktop, LinkedIn).", no_args_is_help=True)

PolicyOption = Annotated[Path | None, typer.Option("--policy", help="Verdict policy (TOML). Default: the profile's [mail].policy, else keiho's.")]
NoIntelOption = Annotated[bool, typer.Option("--no-intel", help="Do not look senders, links and hashes up in threat intel.")]
AtOption = Annotated[str | None, typer.Option("--at", help="Judge intel as of this date (YYYY-MM-DD). Default: today.")]
ShowCleanOption = Annotated[bool, typer.Option("--show-clean", help="List clean messages too (text format).")]


@mail_app.command("scan")
def scan(
    targets: Annotated[list[str], typer.Argument(help=".eml files, folders, mbox files, Maildirs, or imaps://user@host/FOLDER.")],
    profile_path: ProfileOption = None,
    fmt: FormatOption = "text",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    policy: PolicyOption = None,
    no_intel: NoIntelOption = False,
    at: AtOption = None,
    show_clean: ShowCleanOption = False,
    store_path: StoreOption = None,
    no_store: NoStoreOption = False,
) -> None:
    """Score each message for impersonation, lures, dangerous attachments and links.

    Examples:
      keiho mail scan suspicious.eml
      keiho mail scan ~/Maildir --format jsonl --jobs 2
      KEIHO_IMAP_PASSWORD=... keiho mail scan imaps://soc@mail.example.co.jp/INBOX

    IMAP is read-only (nothing is marked read); the password comes from $KEIHO_IMAP_PASSWORD
    or a prompt. Exit code: 0 all clean, 3 some input unreadable, 4 suspicious, 5 malicious.
    """
    check_format(fmt)
    scanner = _scanner(profile_path, policy, no_intel, at, store_path)
    problems: deque[tuple[str, str]] = deque()
    results = _with_problems(scanner.scan_paths(targets, jobs=jobs, on_problem=lambda where, why: problems.append((where, why))), problems, "email")
    _emit(results, fmt, show_clean, store_path, no_store)


@chat_app.command("scan")
def chat_scan(
    exports: Annotated[list[Path], typer.Argument(help="Slack export folders, Telegram result.json, LinkedIn messages.csv.")],
    profile_path: ProfileOption = None,
    fmt: FormatOption = "text",
    policy: PolicyOption = None,
    no_intel: NoIntelOption = False,
    at: AtOption = None,
    show_clean: ShowCleanOption = False,
    store_path: StoreOption = None,
    no_store: NoStoreOption = False,
) -> None:
    """Score each chat message with the mail rules (fake executives, recruiter and investor lures, links, files).

    Exit code: 0 all clean, 3 some input unreadable, 4 suspicious, 5 malicious.
    """
    check_format(fmt)
    scanner = _scanner(profile_path, policy, no_intel, at, store_path)
    problems: deque[tuple[str, str]] = deque()

    def every_export() -> Iterator[SubjectResult]:
        for export in exports:
            yield from scanner.scan_chat(export, on_problem=lambda where, why: problems.append((where, why)))

    _emit(_with_problems(every_export(), problems, "chat"), fmt, show_clean, store_path, no_store)


@mail_app.command("policy")
def show_policy() -> None:
    """Print the default verdict policy (thresholds, weights, groups) to copy and tune."""
    typer.echo(default_policy_text(), nl=False)


def _scanner(profile_path: Path | None, policy: Path | None, no_intel: bool, at: str | None, store_path: Path | None) -> MailScanner:
    profile = resolve_profile(profile_path)
    when = _parse_date(at) if at else None
    intel = None if no_intel else load_index(store_path, profile.intel.bundled)
    scanner = MailScanner.from_profile(profile, intel=intel, at=when, policy_path=policy)
    settle_long_lived()
    return scanner


def _with_problems(results: Iterator[SubjectResult], problems: deque[tuple[str, str]], kind: str) -> Iterator[SubjectResult]:
    """Inputs that were skipped become error results in the output, in place, so nothing is lost silently."""
    for result in results:
        while problems:
            where, why = problems.popleft()
            yield SubjectResult.failed(where, kind, why)
        yield result
    while problems:
        where, why = problems.popleft()
        yield SubjectResult.failed(where, kind, why)


def _emit(results: Iterator[SubjectResult], fmt: str, show_clean: bool, store_path: Path | None, no_store: bool) -> None:
    outcome = WorstOutcome()
    with open_store(store_path, no_store) as store:
        if store is not None:
            results = store.record(results)
        write_results(outcome.watch(results), fmt, sys.stdout, show_clean=show_clean)
    if outcome.code == 3:
        err.print("keiho: some input could not be read; see the error lines above", markup=False)
    raise typer.Exit(outcome.code)


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date (YYYY-MM-DD)", param_hint="--at") from None
