"""Slack workspace exports: a folder with users.json, channels.json (groups.json, dms.json,
mpims.json on plans that export them) and one folder per conversation holding a
`YYYY-MM-DD.json` array of messages for each day with activity.

Day files are read one at a time, so an export of any size streams. Text is Slack "mrkdwn":
`<https://x|label>` links, `<mailto:a@b|a@b>`, `<@U123>` mentions, `&amp;` `&lt;` `&gt;`
escapes; bot messages often carry their real content in `blocks` and legacy `attachments`.
Files are named with their metadata; the official export does not include their bytes, but
exports made with slackdump or slack-advanced-exporter do (`<channel>/attachments/<id>-<name>`,
`__uploads/<id>/<name>`), and those are read.

A message's location is `slack:<day file>#<index>`, the 0-based position in the day's array
(`jq '.[3]' general/2024-05-01.json` shows `#3`).

Headers recorded on each message (platform metadata the analysers may use):
`x-chat-user-id`, `x-chat-display-name`, `x-chat-real-name`, and "true" for `x-chat-bot`,
`x-chat-guest` (a single- or multi-channel guest), `x-chat-external` (the sender's workspace
is not the channel's: Slack Connect).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from keiho.mail.chat._common import (
    MAX_ATTACHMENTS,
    MAX_DAY_FILE_BYTES,
    MAX_JSON_BYTES,
    ChatBody,
    ChatFormatError,
    ProblemHandler,
    as_dict,
    as_int,
    as_list,
    as_str,
    json_kind,
    mime_type,
    read_inside,
    read_json,
)
from keiho.mail.message import Address, Attachment, Message

DAY_FILE = re.compile(r"\d{4}-\d{2}-\d{2}\.json")
METADATA_FILES = ("users.json", "org_users.json", "channels.json", "groups.json", "dms.json", "mpims.json")
_NOT_CONVERSATIONS = frozenset({"__uploads", "attachments"})

# Subtypes that record what happened to a channel, not something a person wrote.
SERVICE_SUBTYPES = frozenset(
    {
        "channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
        "channel_archive", "channel_unarchive", "channel_convert_to_private", "channel_convert_to_public",
        "channel_posting_permissions", "group_join", "group_leave", "group_topic", "group_purpose",
        "group_name", "group_archive", "group_unarchive", "pinned_item", "unpinned_item",
        "bot_add", "bot_remove", "bot_enable", "bot_disable", "reminder_add", "reminder_delete",
        "tombstone", "joiner_notification", "sh_room_created", "sh_room_shared", "huddle_thread",
        "channel_canvas_updated", "app_conversation_join",
    }
)  # fmt: skip

_ANGLE = re.compile(r"<([^<>\n]{1,5000})>")
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]{0,31}:")
_MAX_BLOCK_NODES = 2000
_MAX_BLOCK_DEPTH = 12
_MAX_LEGACY_ATTACHMENTS = 50


@dataclass(frozen=True, slots=True)
class _User:
    display_name: str
    real_name: str
    handle: str
    email: str
    is_bot: bool
    is_guest: bool

    @property
    def shown(self) -> str:
        return self.display_name or self.real_name or self.handle


@dataclass(slots=True)
class _Workspace:
    users: dict[str, _User]
    labels: dict[str, str]  # conversation folder name -> what to call it (DM folders are ids)
    channel_names: dict[str, str]  # conversation id -> what to call it, for <#C123> mentions


def looks_like_slack(folder: Path) -> bool:
    """A folder with Slack's metadata files, or with a conversation folder of day files."""
    if any((folder / name).is_file() for name in METADATA_FILES):
        return True
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= 200:
                    break
                if entry.is_dir() and _has_day_file(Path(entry.path)):
                    return True
    except OSError:
        return False
    return False


def _has_day_file(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= 200:
                    break
                if DAY_FILE.fullmatch(entry.name) and entry.is_file():
                    return True
    except OSError:
        return False
    return False


def read_slack(path: Path, on_problem: ProblemHandler) -> Iterator[Message]:
    """Messages of a Slack export folder, or of one day file (then its folder's folder is the
    export, for user names). A day file that is not JSON ends a single-file read with
    ChatFormatError; inside a folder it is reported and skipped."""
    if path.is_file():
        workspace = _load_workspace(path.parent.parent, on_problem)
        yield from _read_day(path, path.parent.parent, workspace, on_problem, strict=True)
        return
    workspace = _load_workspace(path, on_problem)
    for folder in _conversation_folders(path, on_problem):
        for day in _day_files(folder, on_problem):
            yield from _read_day(day, path, workspace, on_problem, strict=False)


def _conversation_folders(root: Path, on_problem: ProblemHandler) -> list[Path]:
    try:
        with os.scandir(root) as entries:
            folders = [Path(e.path) for e in entries if e.is_dir() and e.name not in _NOT_CONVERSATIONS]
    except OSError as exc:
        on_problem(f"slack:{root}", f"cannot list the folder: {exc.strerror or exc}")
        return []
    return sorted(folders, key=lambda p: p.name)


def _day_files(folder: Path, on_problem: ProblemHandler) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            days = [Path(e.path) for e in entries if DAY_FILE.fullmatch(e.name) and e.is_file()]
    except OSError as exc:
        on_problem(f"slack:{folder}", f"cannot list the folder: {exc.strerror or exc}")
        return []
    return sorted(days, key=lambda p: p.name)


# --- workspace metadata ------------------------------------------------------------------


def _load_workspace(root: Path, on_problem: ProblemHandler) -> _Workspace:
    users: dict[str, _User] = {}
    for name in ("users.json", "org_users.json"):
        for raw in _metadata_list(root / name, on_problem):
            user_id = as_str(raw.get("id"))
            if user_id:
                users[user_id] = _user(raw)
    labels: dict[str, str] = {}
    channel_names: dict[str, str] = {}
    for name in ("channels.json", "groups.json", "mpims.json"):
        for raw in _metadata_list(root / name, on_problem):
            if folder := as_str(raw.get("name")):
                labels[folder] = folder
                channel_names[as_str(raw.get("id")) or folder] = folder
    for raw in _metadata_list(root / "dms.json", on_problem):
        if dm_id := as_str(raw.get("id")):
            members = [users[m].shown if m in users else m for m in as_list(raw.get("members")) if isinstance(m, str)]
            labels[dm_id] = channel_names[dm_id] = "dm: " + ", ".join(members) if members else dm_id
    return _Workspace(users, labels, channel_names)


def _metadata_list(path: Path, on_problem: ProblemHandler) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    try:
        data = read_json(path, MAX_JSON_BYTES)
    except ChatFormatError as exc:
        on_problem(f"slack:{path}", f"{exc.where + ': ' if exc.where else ''}{exc.problem}; names from it are unknown")
        return []
    if not isinstance(data, list):
        on_problem(f"slack:{path}", f"a JSON {json_kind(data)}, not the array Slack writes; ignored")
        return []
    return [item for item in data if isinstance(item, dict)]


def _user(raw: dict[str, Any]) -> _User:
    profile = as_dict(raw.get("profile"))
    return _User(
        display_name=as_str(profile.get("display_name")).strip(),
        real_name=(as_str(profile.get("real_name")) or as_str(raw.get("real_name"))).strip(),
        handle=as_str(raw.get("name")).strip(),
        email=as_str(profile.get("email")).strip().lower(),
        is_bot=raw.get("is_bot") is True,
        is_guest=raw.get("is_restricted") is True or raw.get("is_ultra_restricted") is True,
    )


# --- day files -----------------------------------------------------------------------------


def _read_day(
    day: Path, root: Path, workspace: _Workspace, on_problem: ProblemHandler, *, strict: bool
) -> Iterator[Message]:
    try:
        data = read_json(day, MAX_DAY_FILE_BYTES)
    except ChatFormatError as exc:
        if strict:
            raise
        on_problem(
            f"slack:{day}", f"{exc.where + ': ' if exc.where else ''}{exc.problem}; the day's messages are skipped"
        )
        return
    if not isinstance(data, list):
        problem = f"a JSON {json_kind(data)}, not an array of messages"
        if strict:
            raise ChatFormatError(str(day), "", problem)
        on_problem(f"slack:{day}", problem + "; skipped")
        return
    folder = day.parent
    channel = workspace.labels.get(folder.name, folder.name)
    for index, raw in enumerate(data):
        location = f"slack:{day}#{index}"
        if not isinstance(raw, dict):
            on_problem(location, f"a JSON {json_kind(raw)}, not a message object; skipped")
            continue
        try:
            message = _message(raw, location, channel, folder, root, workspace)
        except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
            on_problem(location, f"unreadable message ({type(exc).__name__}: {exc}); skipped")
            continue
        if message is not None:
            yield message


def _message(
    raw: dict[str, Any], location: str, channel: str, folder: Path, root: Path, workspace: _Workspace
) -> Message | None:
    kind = raw.get("type", "message")
    if kind != "message" or as_str(raw.get("subtype")) in SERVICE_SUBTYPES:
        return None
    problems: list[str] = []
    body = ChatBody()
    text = as_str(raw.get("text"))
    blocks = as_list(raw.get("blocks"))
    if text:
        _add_mrkdwn(body, text, workspace)
    elif blocks:
        _add_rich_text(body, blocks, workspace)
    body.line()
    _add_layout_blocks(body, blocks, workspace)
    _add_legacy_attachments(body, as_list(raw.get("attachments")), workspace)
    if isinstance(raw.get("file"), dict):  # older exports put a shared file here
        files = [raw["file"], *as_list(raw.get("files"))]
    else:
        files = as_list(raw.get("files"))
    attachments = _files(files, folder, root, body, problems)
    text, links = body.finish()
    problems.extend(body.problems)
    if not text and not links and not attachments:
        return None
    sender, headers = _sender(raw, workspace)
    ts = as_str(raw.get("ts"))
    thread = as_str(raw.get("thread_ts"))
    return Message(
        location=location,
        kind="chat",
        platform="slack",
        sender=sender,
        text=text,
        links=links,
        attachments=tuple(attachments),
        headers=headers,
        message_id=ts,
        in_reply_to=thread if thread and thread != ts else "",
        date=_date(ts, problems),
        channel=channel,
        problems=tuple(problems),
    )


def _sender(raw: dict[str, Any], workspace: _Workspace) -> tuple[Address, dict[str, tuple[str, ...]]]:
    headers: dict[str, tuple[str, ...]] = {}
    user_id = as_str(raw.get("user"))
    bot_id = as_str(raw.get("bot_id"))
    profile = as_dict(raw.get("user_profile"))
    known = workspace.users.get(user_id)
    display = as_str(profile.get("display_name")).strip() or (known.display_name if known else "")
    real = as_str(profile.get("real_name")).strip() or (known.real_name if known else "")
    bot_name = as_str(raw.get("username")).strip() or as_str(as_dict(raw.get("bot_profile")).get("name")).strip()
    handle = as_str(profile.get("name")).strip() or (known.handle if known else "")
    # Slack shows the display name when one is set, else the full name: show what colleagues saw.
    shown = display or real or bot_name or handle
    address = (known.email if known else "") or user_id or bot_id
    if user_id or bot_id:
        headers["x-chat-user-id"] = (user_id or bot_id,)
    if display:
        headers["x-chat-display-name"] = (display,)
    if real:
        headers["x-chat-real-name"] = (real,)
    if bot_id or raw.get("subtype") == "bot_message" or (known is not None and known.is_bot):
        headers["x-chat-bot"] = ("true",)
    guest_flags = (profile.get("is_restricted"), profile.get("is_ultra_restricted"))
    if (known is not None and known.is_guest) or True in guest_flags:
        headers["x-chat-guest"] = ("true",)
    team, user_team = as_str(raw.get("team")), as_str(raw.get("user_team"))
    if team and user_team and team != user_team:
        headers["x-chat-external"] = ("true",)
    return Address(shown, address), headers


def _date(ts: str, problems: list[str]) -> datetime | None:
    if not ts:
        return None
    try:
        return datetime.fromtimestamp(float(ts), UTC)
    except (ValueError, OverflowError, OSError):
        problems.append(f"timestamp {ts[:40]!r} is not a Slack ts")
        return None


# --- mrkdwn ------------------------------------------------------------------------------


def _unescape(text: str) -> str:
    # Slack escapes exactly these three; html.unescape would also turn "&copy" into "©".
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _add_mrkdwn(body: ChatBody, text: str, workspace: _Workspace) -> None:
    position = 0
    for match in _ANGLE.finditer(text):
        body.text(_unescape(text[position : match.start()]))
        _add_token(body, match.group(1), workspace)
        position = match.end()
    body.text(_unescape(text[position:]))


def _add_token(body: ChatBody, token: str, workspace: _Workspace) -> None:
    head, _, label = token.partition("|")
    label = _unescape(label)
    if head.startswith("@"):  # <@U123> or <@U123|name>
        known = workspace.users.get(head[1:])
        body.text("@" + (label or (known.shown if known else head[1:])))
    elif head.startswith("#"):  # <#C123|general>
        body.text("#" + (label or workspace.channel_names.get(head[1:], head[1:])))
    elif head.startswith("!"):  # <!here>, <!subteam^S1|@team>, <!date^...|fallback>
        body.text(label or "@" + head[1:].split("^", 1)[0])
    elif _SCHEME.match(head):
        body.link(_unescape(head), label)
    else:
        body.text("<" + _unescape(token) + ">")


# --- blocks ------------------------------------------------------------------------------


class _Budget:
    """How many more JSON nodes a message's blocks may make us visit."""

    def __init__(self, nodes: int) -> None:
        self.nodes = nodes

    def spend(self) -> bool:
        self.nodes -= 1
        return self.nodes >= 0


def _add_rich_text(body: ChatBody, blocks: list[Any], workspace: _Workspace) -> None:
    """The text of `rich_text` blocks: what Slack shows when a message has no `text`."""
    budget = _Budget(_MAX_BLOCK_NODES)
    for block in blocks:
        if isinstance(block, dict) and block.get("type") == "rich_text":
            _rich_elements(body, as_list(block.get("elements")), workspace, budget, 0)


def _rich_elements(body: ChatBody, elements: list[Any], workspace: _Workspace, budget: _Budget, depth: int) -> None:
    if depth > _MAX_BLOCK_DEPTH:
        return
    for element in elements:
        if not isinstance(element, dict) or not budget.spend():
            continue
        kind = as_str(element.get("type"))
        if kind in ("rich_text_section", "rich_text_list", "rich_text_quote", "rich_text_preformatted"):
            _rich_elements(body, as_list(element.get("elements")), workspace, budget, depth + 1)
            body.line()
        elif kind == "text":
            body.text(as_str(element.get("text")))
        elif kind == "link":
            body.link(as_str(element.get("url")), as_str(element.get("text")))
        elif kind == "user":
            known = workspace.users.get(as_str(element.get("user_id")))
            body.text("@" + (known.shown if known else as_str(element.get("user_id"))))
        elif kind == "channel":
            channel_id = as_str(element.get("channel_id"))
            body.text("#" + workspace.channel_names.get(channel_id, channel_id))
        elif kind == "emoji":
            body.text(_emoji(element) or f":{as_str(element.get('name'))}:")
        elif kind == "broadcast":
            body.text("@" + as_str(element.get("range")))
        elif kind == "date":
            body.text(as_str(element.get("fallback")))


def _emoji(element: dict[str, Any]) -> str:
    try:
        return "".join(chr(int(code, 16)) for code in as_str(element.get("unicode")).split("-"))
    except (ValueError, OverflowError):
        return ""


def _add_layout_blocks(body: ChatBody, blocks: list[Any], workspace: _Workspace) -> None:
    """Section, header and context text, and every button's URL: where apps and webhooks put
    their content (the message `text` is only the notification fallback)."""
    budget = _Budget(_MAX_BLOCK_NODES)
    for block in blocks:
        if not isinstance(block, dict) or block.get("type") == "rich_text":
            continue
        for text_object in (block.get("text"), *as_list(block.get("fields")), *as_list(block.get("elements"))):
            _add_text_object(body, text_object, workspace)
        _add_buttons(body, block, budget, 0)


def _add_text_object(body: ChatBody, value: object, workspace: _Workspace) -> None:
    obj = as_dict(value)
    kind = obj.get("type")
    if kind == "mrkdwn":
        _add_mrkdwn(body, as_str(obj.get("text")), workspace)
        body.line()
    elif kind == "plain_text":
        body.text(as_str(obj.get("text")))
        body.line()


def _add_buttons(body: ChatBody, node: object, budget: _Budget, depth: int) -> None:
    if depth > _MAX_BLOCK_DEPTH or not budget.spend():
        return
    if isinstance(node, dict):
        if node.get("type") == "button":
            label = as_str(as_dict(node.get("text")).get("text"))
            body.line()
            body.text(label)  # "Install update": the button's words are part of the lure
            body.add_link(as_str(node.get("url")), label)
        for child in node.values():
            if isinstance(child, (dict, list)):
                _add_buttons(body, child, budget, depth + 1)
    elif isinstance(node, list):
        for child in node:
            _add_buttons(body, child, budget, depth + 1)


def _add_legacy_attachments(body: ChatBody, attachments: list[Any], workspace: _Workspace) -> None:
    """Legacy `attachments`: link previews (unfurls) and the cards bots and webhooks post."""
    for raw in attachments[:_MAX_LEGACY_ATTACHMENTS]:
        att = as_dict(raw)
        if not att:
            continue
        _add_mrkdwn(body, as_str(att.get("pretext")), workspace)
        body.line()
        title, title_link = as_str(att.get("title")), as_str(att.get("title_link"))
        if title_link:
            body.link(title_link, title)
        else:
            body.text(title)
        body.line()
        _add_mrkdwn(body, as_str(att.get("text")), workspace)
        body.line()
        for field in as_list(att.get("fields")):
            body.text(
                " ".join(filter(None, (as_str(as_dict(field).get("title")), as_str(as_dict(field).get("value")))))
            )
            body.line()
        for action in as_list(att.get("actions")):
            action = as_dict(action)
            if url := as_str(action.get("url")):
                body.add_link(url, as_str(action.get("text")))
        for key in ("from_url", "original_url"):
            body.add_link(as_str(att.get(key)))


# --- files -------------------------------------------------------------------------------


def _files(files: list[Any], folder: Path, root: Path, body: ChatBody, problems: list[str]) -> list[Attachment]:
    out: list[Attachment] = []
    for raw in files[:MAX_ATTACHMENTS]:
        info = as_dict(raw)
        # Deleted files and files past a free plan's limit keep only an id.
        if info.get("mode") in ("tombstone", "hidden_by_limit"):
            continue
        name = (as_str(info.get("name")) or as_str(info.get("title"))).replace("\x00", "")[:512]
        if not name:
            continue
        file_id = as_str(info.get("id"))
        size = as_int(info.get("size"))
        declared = -1 if size is None else size
        if info.get("is_external") is True and (url := as_str(info.get("url_private"))):
            body.add_link(url, name)  # a Google Drive or Dropbox share: the link is the lure
        data = None
        if file_id and "/" not in name and "\\" not in name:
            for relative in (f"{folder.name}/attachments/{file_id}-{name}", f"__uploads/{file_id}/{name}"):
                if (data := read_inside(root, relative, name, problems)) is not None:
                    break
        declared_type = mime_type(as_str(info.get("mimetype")))
        if data is None:
            out.append(Attachment(name, declared_type, b"", declared))
        else:
            out.append(Attachment(name, declared_type, data, len(data)))
    return out
