"""Telegram Desktop result.json and LinkedIn messages.csv writers, shared by the chat exports of sets C
to G (as slack_writer.SlackWriter is for Slack), so that each chats_*.py holds only its own people, ids
and messages. What differs between sets (first message id, chat name and id, conversation-id seeds,
extra message fields) is passed in, so every set's files keep the bytes its own copy used to write."""

from __future__ import annotations

import base64
import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from spec import ChatFile, ChatItem

# -- Telegram Desktop (single-chat JSON export) -------------------------------------------------


def telegram_stamp(when: str) -> dict[str, str]:
    moment = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    return {"date": moment.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(moment.timestamp()))}


class TelegramWriter:
    """The messages of one chat, in order; ids count up from first_id + 1. people maps a display name
    to its from_id / actor_id."""

    def __init__(self, people: dict[str, str], first_id: int) -> None:
        self.people, self.last_id = people, first_id
        self.rows: list[tuple[dict[str, Any], ChatItem | None]] = []

    def _next_id(self) -> int:
        self.last_id += 1
        return self.last_id

    def entry(self, sender: str, when: str, parts: list[Any], label: ChatItem) -> dict[str, Any]:
        """A counted message. parts are plain strings or text-entity dicts; a single string becomes a
        plain "text". Returns the message so that callers can add fields (file, file_name, ...)."""
        msg_id = self._next_id()
        entities = [{"type": "plain", "text": p} if isinstance(p, str) else dict(p) for p in parts]
        text: Any = parts[0] if len(parts) == 1 and isinstance(parts[0], str) else parts
        msg = {"id": msg_id, "type": "message", **telegram_stamp(when), "from": sender,
               "from_id": self.people[sender], "text": text, "text_entities": entities}
        self.rows.append((msg, label))
        return msg

    def service(self, actor: str, when: str, action: str, **extra: Any) -> None:
        """An uncounted service entry (invite_members, join_group_by_link, ...)."""
        msg_id = self._next_id()
        msg = {"id": msg_id, "type": "service", **telegram_stamp(when), "actor": actor,
               "actor_id": self.people[actor], "action": action, **extra, "text": "", "text_entities": []}
        self.rows.append((msg, None))

    def export(self, name: str, chat_type: str, chat_id: int, path: str = "chat/telegram/result.json",
               indent: int = 1) -> ChatFile:
        export = {"name": name, "type": chat_type, "id": chat_id, "messages": [m for m, _ in self.rows]}
        labels = [lab for m, lab in self.rows if m["type"] != "service" and lab is not None]
        return ChatFile(path, json.dumps(export, ensure_ascii=False, indent=indent).encode(), labels)


# -- LinkedIn (Get a copy of your data -> messages.csv) ----------------------------------------

LI_HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
             "DATE", "SUBJECT", "CONTENT", "FOLDER"]


class LinkedInWriter:
    """Rows of one messages.csv. A conversation's id is derived from uuid_fn(seed_prefix + conv), so
    each set keeps its own id namespace (sets C to E seed with "li:", F and G with the bare key)."""

    def __init__(self, uuid_fn: Callable[[str], str], seed_prefix: str = "") -> None:
        self.uuid_fn, self.seed_prefix = uuid_fn, seed_prefix
        self.rows: list[list[str]] = []
        self.labels: list[ChatItem] = []

    def conversation_id(self, conv: str) -> str:
        return "2-" + base64.b64encode(f"{self.uuid_fn(self.seed_prefix + conv)}_010".encode()).decode().rstrip("=")

    def row(self, conv: str, sender: tuple[str, str], recipient: tuple[str, str], when: str, subject: str,
            content: str, label: ChatItem, folder: str = "INBOX") -> None:
        """sender and recipient are (name, profile URL); when is "YYYY-MM-DD HH:MM" UTC."""
        self.rows.append([self.conversation_id(conv), "", sender[0], sender[1], recipient[0], recipient[1],
                          f"{when}:00 UTC", subject, content, folder])
        self.labels.append(label)

    def export(self, path: str = "chat/linkedin/messages.csv") -> ChatFile:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(LI_HEADER)
        writer.writerows(self.rows)
        return ChatFile(path, buffer.getvalue().encode("utf-8"), list(self.labels))
