"""The bounds on looking inside attachments, read from the rule files.

The numbers live in `[params]` of `attach-archive-bomb.toml` (depth, bytes, members, ratio),
`attach-encrypted-archive.toml` (decryption) and `attach-password-in-body.toml` (password
tries); the code enforces them. A profile may disable those rules but not the bounds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from keiho.errors import RuleError
from keiho.rules import RuleSet

BOMB_RULE = "mail.attach-archive-bomb"
ENCRYPTED_RULE = "mail.attach-encrypted-archive"
PASSWORD_RULE = "mail.attach-password-in-body"


@dataclass(frozen=True, slots=True)
class Limits:
    max_depth: int  # levels of archive inside archive opened (the attachment is level 0)
    max_total_bytes: int  # bytes extracted from all attachments of one message
    max_members: int  # members listed from all archives of one message
    max_member_bytes: int  # bytes read from one member (the rest is not examined)
    max_ratio: float  # extracted / compressed, per member, per archive and per attachment
    ratio_min_bytes: int  # the ratio is judged only past this many extracted bytes
    max_decrypt_bytes: int  # encrypted zip bytes decrypted in one message (pure Python, ~1 MB/s)
    max_password_candidates: int  # candidates taken from one message
    max_password_tries: int  # archive openings with a candidate, per message
    chunk_bytes: int = 1 << 14  # small reads keep the compressed read-ahead, and so the ratio, precise

    @classmethod
    def from_rules(cls, rules: RuleSet) -> Limits:
        bomb = rules[BOMB_RULE].params
        encrypted = rules[ENCRYPTED_RULE].params
        password = rules[PASSWORD_RULE].params
        return cls(
            max_depth=_positive(bomb, "max_depth", BOMB_RULE),
            max_total_bytes=_positive(bomb, "max_total_bytes", BOMB_RULE),
            max_members=_positive(bomb, "max_members", BOMB_RULE),
            max_member_bytes=_positive(bomb, "max_member_bytes", BOMB_RULE),
            max_ratio=float(_positive(bomb, "max_ratio", BOMB_RULE)),
            ratio_min_bytes=_positive(bomb, "ratio_min_bytes", BOMB_RULE),
            max_decrypt_bytes=_positive(encrypted, "max_decrypt_bytes", ENCRYPTED_RULE),
            max_password_candidates=_positive(password, "max_candidates", PASSWORD_RULE),
            max_password_tries=_positive(password, "max_tries", PASSWORD_RULE),
        )


def _positive(params: Mapping[str, Any], key: str, rule_id: str) -> int:
    value = params.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise RuleError(f"{rule_id}: [params] {key} must be a positive number, not {value!r}")
    return int(value)
