"""Chat exports as `Message`s (kind "chat"), so the rules that score email score chat too.

    for message in iter_chat_messages("exports/slack-2024-05"):
        ...

Which export a path is, is decided from what is there:

- a folder with Slack's users.json / channels.json (or conversation folders of
  `YYYY-MM-DD.json` day files), or one such day file: Slack;
- a folder with `result.json`, or a JSON file holding one object: Telegram Desktop;
- a folder with `messages.csv`, or a `.csv` file: LinkedIn.

Anything else raises ChatFormatError, as does a file that cannot be parsed at all (naming the
position). A single bad message, or one bad day file inside a Slack export, is reported
through `on_problem(where, what)` (by default a logged warning) and skipped. Sniffing happens
when this is called; reading happens as the iterator is consumed, one message at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from keiho.mail.chat._common import ChatFormatError, ProblemHandler, log_problem
from keiho.mail.chat.linkedin import read_linkedin
from keiho.mail.chat.slack import DAY_FILE, looks_like_slack, read_slack
from keiho.mail.chat.telegram import read_telegram
from keiho.mail.message import Message

__all__ = ["ChatFormatError", "ProblemHandler", "detect_export", "iter_chat_messages"]

_SNIFF_BYTES = 4096
_TELEGRAM_FILE = "result.json"
_LINKEDIN_FILE = "messages.csv"


def iter_chat_messages(path: str | Path, *, on_problem: ProblemHandler | None = None) -> Iterator[Message]:
    """Every message a person wrote in the chat export at `path`; service messages (joins,
    topic changes, pins) are left out. Raises ChatFormatError for a path that is no known export."""
    report = on_problem or log_problem
    target = Path(path)
    kind, source = detect_export(target)
    if kind == "slack":
        return read_slack(source, report)
    if kind == "telegram":
        return read_telegram(source, report)
    return read_linkedin(source, report)


def detect_export(path: Path) -> tuple[str, Path]:
    """("slack" | "telegram" | "linkedin", the file or folder to read), or ChatFormatError."""
    if path.is_dir():
        return _detect_folder(path)
    if path.is_file():
        return _detect_file(path)
    if path.exists():
        raise ChatFormatError(str(path), "", "not a regular file or folder")
    raise ChatFormatError(str(path), "", "no such file or folder")


def _detect_folder(folder: Path) -> tuple[str, Path]:
    if looks_like_slack(folder):
        return "slack", folder
    if (folder / _TELEGRAM_FILE).is_file():
        return "telegram", folder / _TELEGRAM_FILE
    linkedin = _child_named(folder, _LINKEDIN_FILE)
    if linkedin is not None:
        return "linkedin", linkedin
    if (folder / "messages.html").is_file():
        raise ChatFormatError(
            str(folder), "", "a Telegram HTML export; export the chat again choosing JSON ('Machine-readable JSON')"
        )
    raise ChatFormatError(
        str(folder),
        "",
        "not a chat export keiho knows: expected a Slack export (users.json, channels.json, "
        "channel folders of YYYY-MM-DD.json), a Telegram result.json or a LinkedIn messages.csv",
    )


def _child_named(folder: Path, name: str) -> Path | None:
    """The file `name` in `folder`, in any letter case (LinkedIn has written both)."""
    exact = folder / name
    if exact.is_file():
        return exact
    try:
        for child in folder.iterdir():
            if child.name.lower() == name and child.is_file():
                return child
    except OSError:
        return None
    return None


def _detect_file(path: Path) -> tuple[str, Path]:
    name = path.name.lower()
    if name.endswith(".zip"):
        raise ChatFormatError(str(path), "", "a ZIP archive; unzip it and give the folder")
    if name.endswith(".csv"):
        return "linkedin", path
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as exc:
        raise ChatFormatError(str(path), "", f"cannot read: {exc.strerror or exc}") from None
    # A day file or result.json goes to its reader even when broken, to be told where.
    if DAY_FILE.fullmatch(path.name):
        return "slack", path
    if name == _TELEGRAM_FILE or (name.endswith(".json") and head.startswith(b"{")):
        return "telegram", path
    if name.endswith(".json") and head.startswith(b"["):
        raise ChatFormatError(
            str(path), "", "a JSON array but not a Slack day file (YYYY-MM-DD.json); give the export folder"
        )
    if name.endswith((".html", ".htm")) and name.startswith("messages"):
        raise ChatFormatError(
            str(path), "", "a Telegram HTML export; export the chat again choosing JSON ('Machine-readable JSON')"
        )
    raise ChatFormatError(
        str(path),
        "",
        "not a chat export keiho knows (a Slack day file, a Telegram result.json or a LinkedIn messages.csv)",
    )
