"""Slack export records (messages, joins, user profiles, rich-text blocks, users.json and one
channel-day file), shared by the chat writers of every set; each set has its own users and its
own id namespace."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from collections.abc import Collection
from typing import Any

from spec import ChatFile, ChatItem


def slack_json(data: Any) -> bytes:
    """JSON as Slack writes its export files."""
    return json.dumps(data, ensure_ascii=False, indent=4).encode()


def slack_ts(when: str, seq: int) -> str:
    moment = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    return f"{int(moment.timestamp())}.{seq:06d}"


class SlackWriter:
    def __init__(self, users: dict[str, dict[str, Any]], team: str, id_prefix: str = "") -> None:
        self.users, self.team, self.id_prefix = users, team, id_prefix

    def uuid(self, seed: str) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, self.id_prefix + seed))

    def profile(self, uid: str) -> dict[str, Any]:
        u = self.users[uid]
        return {"avatar_hash": self.uuid(uid)[:12], "image_72": f"https://avatars.slack-edge.com/2026-01-01/{uid}_72.png",
                "first_name": u["real"].split()[0], "real_name": u["real"], "display_name": u["real"],
                "team": u["team"], "name": u["name"], "is_restricted": u["team"] != self.team,
                "is_ultra_restricted": False}

    def blocks(self, text: str, seed: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        for part in text.replace(">", "<").split("<"):
            if not part:
                continue
            if part.startswith(("http://", "https://")):
                url, _, label = part.partition("|")
                link: dict[str, Any] = {"type": "link", "url": url}
                if label:
                    link["text"] = label
                elements.append(link)
            else:
                elements.append({"type": "text", "text": part})
        return [{"type": "rich_text", "block_id": self.uuid(seed)[:5],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def message(self, uid: str, text: str, when: str, seq: int, files: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        team = self.users[uid]["team"]
        msg: dict[str, Any] = {
            "client_msg_id": self.uuid(f"{uid}{when}{seq}"), "type": "message", "text": text, "user": uid,
            "ts": slack_ts(when, seq), "blocks": self.blocks(text, f"{uid}{seq}"), "team": team,
            "user_team": team, "source_team": team, "user_profile": self.profile(uid),
        }
        if files:
            msg["files"] = files
            msg["upload"] = False
            msg["display_as_bot"] = False
        return msg

    def join(self, uid: str, when: str, seq: int) -> dict[str, Any]:
        return {"type": "message", "subtype": "channel_join", "ts": slack_ts(when, seq), "user": uid,
                "text": f"<@{uid}> has joined the channel"}

    def users_file(self, base: str, admin: str | None = "U01HSATO", bots: Collection[str] = (),
                   tz_outside: str = "Asia/Tokyo") -> ChatFile:
        """users.json: every user of the set; members of other workspaces get `tz_outside`."""
        users = [{"id": uid, "team_id": u["team"], "name": u["name"], "deleted": False, "real_name": u["real"],
                  "tz": "Asia/Tokyo" if u["team"] == self.team else tz_outside, "is_admin": uid == admin,
                  "is_bot": uid in bots,
                  "profile": {"title": u["title"], "real_name": u["real"], "display_name": u["real"],
                              "email": u["email"], "team": u["team"]}}
                 for uid, u in self.users.items()]
        return ChatFile(f"{base}/users.json", slack_json(users))

    @staticmethod
    def day_file(base: str, channel: str, date: str, items: list[tuple[dict[str, Any], ChatItem | None]],
                 service_subtypes: Collection[str]) -> ChatFile:
        """One channel-day file; every message but service ones carries a label."""
        labels = [lab for m, lab in items if m.get("subtype") not in service_subtypes]
        assert all(lab is not None for lab in labels)
        return ChatFile(f"{base}/{channel}/{date}.json", slack_json([m for m, _ in items]),
                        [lab for lab in labels if lab is not None])
