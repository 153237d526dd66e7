"""A chat lure is rarely one message: the "recruiter" sends the repository, then, a minute
later, "run npm install and tell me what you see". Each sender's recent messages in one
conversation are read together by the lure rules, so concepts split across messages meet.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace
from datetime import timedelta

from keiho.mail.message import Attachment, Link, Message

MAX_MESSAGES = 6  # the sender's messages read together, this one included
MAX_GAP = timedelta(hours=24)  # older messages of the same sender start a new exchange
MAX_CONVERSATIONS = 10_000  # conversations remembered per export; the oldest are forgotten
_MAX_TEXT = 200_000


@dataclass(frozen=True, slots=True)
class Recent:
    """One sender's recent messages in one conversation, the newest last."""

    combined: Message  # the messages as one: texts, links and attachment names joined
    count: int


class ConversationMemory:
    """Remembers, per conversation and sender, the messages of the current exchange."""

    def __init__(self, max_messages: int = MAX_MESSAGES, max_gap: timedelta = MAX_GAP) -> None:
        self._max_messages = max_messages
        self._max_gap = max_gap
        self._recent: dict[tuple[str, str, str], deque[Message]] = {}

    def add(self, message: Message) -> Recent | None:
        """Record `message`; its sender's recent messages with it, or None when it is the only one."""
        key = (message.platform, message.channel, message.sender.address or message.sender.display_name)
        queue = self._recent.get(key)
        if queue is None:
            if len(self._recent) >= MAX_CONVERSATIONS:
                self._recent.pop(next(iter(self._recent)))
            queue = self._recent[key] = deque(maxlen=self._max_messages)
        elif queue and _gap(queue[-1], message) > self._max_gap:
            queue.clear()
        queue.append(message)
        if len(queue) < 2:
            return None
        return Recent(_combined(list(queue)), len(queue))


def _gap(earlier: Message, later: Message) -> timedelta:
    if earlier.date is None or later.date is None:
        return timedelta(0)  # no dates: order alone tells the exchange
    try:
        return abs(later.date - earlier.date)
    except TypeError:  # one naive, one aware timestamp
        return timedelta(0)


def _combined(messages: list[Message]) -> Message:
    latest = messages[-1]
    text = "\n".join(m.text for m in messages if m.text)[-_MAX_TEXT:]
    links: dict[tuple[str, str], Link] = {}
    attachments: list[Attachment] = []
    for m in messages:
        for link in m.links:
            links.setdefault((link.url, link.text), link)
        attachments.extend(Attachment(a.filename, a.declared_type, b"", a.size) for a in m.attachments)
    return replace(latest, text=text, links=tuple(links.values()), attachments=tuple(attachments))
