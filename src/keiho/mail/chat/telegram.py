"""Telegram Desktop JSON exports (`result.json`).

Two shapes: one chat (`{"name", "type", "id", "messages": [...]}`) or a full account export
(`{"about", "personal_information", ..., "chats": {"list": [chat, ...]}, "left_chats": {...}}`).
A message's `text` is a string or a list of strings and entity objects
(`{"type": "text_link", "text": "here", "href": "https://..."}`); `text_entities` is the same
as a list of objects only, and is preferred when present. Files are paths relative to the
folder of result.json (or a note like "(File not included. ...)" when the export left them
out); `file_name`, `file_size`, `mime_type`, `media_type` describe them. `type: "service"`
messages (joins, pins, calls) are not something a person wrote and are skipped.

The document is read whole (Telegram writes no streamable framing), up to MAX_JSON_BYTES;
a bigger export is reported and skipped: export it again per chat.

Headers recorded: `x-chat-user-id` (from_id), `x-chat-forwarded-from`, `x-chat-via-bot`,
`x-chat-type` (personal_chat, private_group, public_channel, ...).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from keiho.mail.chat._common import (
    MAX_ATTACHMENTS,
    MAX_JSON_BYTES,
    MB,
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

_MAX_TEXT_PARTS = 10_000
_MAX_BUTTONS = 100
# Entities whose text is the link target itself; text_link carries its target in `href`.
_BARE_LINK_TYPES = frozenset({"link", "url"})
# Media the reader cannot open as a document: not worth an attachment.
_NOT_DOCUMENTS = frozenset({"sticker"})


def read_telegram(path: Path, on_problem: ProblemHandler) -> Iterator[Message]:
    """Messages of every chat in a Telegram Desktop `result.json`."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ChatFormatError(str(path), "", f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_JSON_BYTES:
        on_problem(
            f"telegram:{path}",
            f"{size // MB} MB is over the {MAX_JSON_BYTES // MB} MB a Telegram export may have to be read whole; "
            "skipped (export the chats one by one instead)",
        )
        return
    document = read_json(path, MAX_JSON_BYTES)
    chats = _chats(document, path)
    root = path.parent
    for chat_index, chat in enumerate(chats):
        if not isinstance(chat, dict):
            on_problem(f"telegram:{path}#chat={chat_index}", f"a JSON {json_kind(chat)}, not a chat object; skipped")
            continue
        yield from _chat_messages(chat, chat_index, path, root, on_problem)


def _chats(document: Any, path: Path) -> list[Any]:
    if not isinstance(document, dict):
        raise ChatFormatError(str(path), "", f"a JSON {json_kind(document)}, not a Telegram export object")
    if isinstance(document.get("messages"), list):
        return [document]
    lists = [as_dict(document.get(key)).get("list") for key in ("chats", "left_chats")]
    if not any(isinstance(found, list) for found in lists):
        raise ChatFormatError(str(path), "", "not a Telegram export: no 'messages' list and no 'chats' list")
    return [chat for found in lists for chat in as_list(found)]


def _chat_messages(
    chat: dict[str, Any], chat_index: int, path: Path, root: Path, on_problem: ProblemHandler
) -> Iterator[Message]:
    chat_id = as_int(chat.get("id"))
    name = as_str(chat.get("name")) or ("Saved Messages" if chat.get("type") == "saved_messages" else "")
    label = name or (f"id {chat_id}" if chat_id is not None else f"#{chat_index}")
    chat_type = as_str(chat.get("type"))
    messages = chat.get("messages")
    if not isinstance(messages, list):
        on_problem(f"telegram:{path}#chat={label}", "no 'messages' list; chat skipped")
        return
    for index, raw in enumerate(messages):
        if not isinstance(raw, dict):
            on_problem(
                f"telegram:{path}#chat={label}#{index}", f"a JSON {json_kind(raw)}, not a message object; skipped"
            )
            continue
        message_id = as_int(raw.get("id"))
        location = f"telegram:{path}#chat={label}#id={message_id if message_id is not None else f'?{index}'}"
        try:
            message = _message(raw, location, label, chat_type, root)
        except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
            on_problem(location, f"unreadable message ({type(exc).__name__}: {exc}); skipped")
            continue
        if message is not None:
            yield message


def _message(raw: dict[str, Any], location: str, channel: str, chat_type: str, root: Path) -> Message | None:
    if raw.get("type", "message") != "message":  # service, unsupported
        return None
    problems: list[str] = []
    body = ChatBody()
    parts = raw["text_entities"] if isinstance(raw.get("text_entities"), list) else raw.get("text")
    _add_text(body, parts)
    _add_poll(body, as_dict(raw.get("poll")))
    _add_buttons(body, as_list(raw.get("inline_bot_buttons")))
    attachments = _attachments(raw, root, problems)
    text, links = body.finish()
    problems.extend(body.problems)
    if not text and not links and not attachments:
        return None
    headers: dict[str, tuple[str, ...]] = {}
    from_id = as_str(raw.get("from_id")) or _id_text(raw.get("from_id"))
    if from_id:
        headers["x-chat-user-id"] = (from_id,)
    for key in ("forwarded_from", "via_bot"):
        if value := as_str(raw.get(key)).strip():
            headers[f"x-chat-{key.replace('_', '-')}"] = (value,)
    if chat_type:
        headers["x-chat-type"] = (chat_type,)
    reply_to = as_int(raw.get("reply_to_message_id"))
    message_id = as_int(raw.get("id"))
    return Message(
        location=location,
        kind="chat",
        platform="telegram",
        # A channel post has no sender of its own; its signature (`author`) stands in.
        sender=Address(as_str(raw.get("from")).strip() or as_str(raw.get("author")).strip(), from_id),
        text=text,
        links=links,
        attachments=tuple(attachments),
        headers=headers,
        message_id="" if message_id is None else str(message_id),
        in_reply_to="" if reply_to is None else str(reply_to),
        date=_date(raw, problems),
        channel=channel,
        problems=tuple(problems),
    )


def _id_text(value: object) -> str:
    number = as_int(value)  # exports before 2020 wrote from_id as a bare number
    return "" if number is None else f"user{number}"


def _add_text(body: ChatBody, parts: object) -> None:
    if isinstance(parts, str):
        body.text(parts)
        return
    for part in as_list(parts)[:_MAX_TEXT_PARTS]:
        if isinstance(part, str):
            body.text(part)
            continue
        entity = as_dict(part)
        kind, text = as_str(entity.get("type")), as_str(entity.get("text"))
        if kind in _BARE_LINK_TYPES:
            # Telegram links "example.com/x" without a scheme; the app opens it over http(s).
            url = text if "://" in text else "http://" + text.lstrip("/")
            body.link(url, "", shown=text)
        elif kind == "text_link":
            body.link(as_str(entity.get("href")), text)
        elif kind == "email":
            body.link("mailto:" + text, "", shown=text)
        else:
            body.text(text)


def _add_poll(body: ChatBody, poll: dict[str, Any]) -> None:
    if not poll:
        return
    body.line()
    _add_text(body, poll.get("question"))
    for answer in as_list(poll.get("answers"))[:_MAX_BUTTONS]:
        body.line()
        _add_text(body, as_dict(answer).get("text"))


def _add_buttons(body: ChatBody, rows: list[Any]) -> None:
    """Inline keyboard buttons under a bot's message: "Claim" buttons that open a URL."""
    buttons = [button for row in rows[:_MAX_BUTTONS] for button in as_list(row)[:_MAX_BUTTONS]]
    for button in buttons[:_MAX_BUTTONS]:
        info = as_dict(button)
        label = as_str(info.get("text"))
        body.line()
        body.text(label)
        target = as_str(info.get("data"))
        if info.get("type") in ("url", "auth", "login_url", "web_view", "simple_web_view") and "://" in target:
            body.add_link(target, label)


def _attachments(raw: dict[str, Any], root: Path, problems: list[str]) -> list[Attachment]:
    out: list[Attachment] = []
    file_path = as_str(raw.get("file"))
    if file_path and as_str(raw.get("media_type")) not in _NOT_DOCUMENTS:
        name = as_str(raw.get("file_name")) or _file_name(file_path) or as_str(raw.get("media_type")) or "file"
        out.append(
            _attachment(root, file_path, name, mime_type(as_str(raw.get("mime_type"))), raw.get("file_size"), problems)
        )
    photo = as_str(raw.get("photo"))
    if photo:
        name = _file_name(photo) or "photo.jpg"
        out.append(_attachment(root, photo, name, "image/jpeg", raw.get("photo_file_size"), problems))
    return out[:MAX_ATTACHMENTS]


def _file_name(relative: str) -> str:
    if _left_out(relative):
        return ""
    return PurePosixPath(relative.replace("\\", "/")).name


def _left_out(relative: str) -> bool:
    # "(File not included. Change data exporting settings to download.)", "(File unavailable, ...)"
    return relative.startswith("(") or " (File " in relative


def _attachment(
    root: Path, relative: str, name: str, declared_type: str, declared_size: object, problems: list[str]
) -> Attachment:
    size = as_int(declared_size)
    data = None if _left_out(relative) else read_inside(root, relative, name, problems)
    if data is None:
        return Attachment(name[:512], declared_type, b"", -1 if size is None else size)
    return Attachment(name[:512], declared_type, data, len(data))


def _date(raw: dict[str, Any], problems: list[str]) -> datetime | None:
    unix = as_int(raw.get("date_unixtime"))
    if unix is not None:
        try:
            return datetime.fromtimestamp(unix, UTC)
        except (OverflowError, OSError, ValueError):
            problems.append(f"date_unixtime {unix} is out of range")
    text = as_str(raw.get("date"))
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        problems.append(f"date {text[:40]!r} is not ISO 8601")
        return None
    # Exports before date_unixtime wrote the exporting computer's local time without an
    # offset; UTC is the least wrong reading and keeps dates comparable.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
