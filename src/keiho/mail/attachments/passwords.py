"""Archive passwords written in the message itself ('Password: 1234', 'パスワード：abcd').

Malware mail encrypts its archive so the gateway cannot look inside, and gives the password in
the same message so the victim can. The candidates found here are tried on the archive (see
`archives`); a password that opens it is evidence, shown masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

# What may stand between the label and the password: a few words ('for the zip file'), then
# a separator (':', '：', '=', 'is', 'は', 'est', 'ist', 'é', '为'...).
_GAP = r"[^\S\n]{0,3}(?:[^\n:：=]{0,24}?[^\S\n]{0,3})?"
_SEPARATOR = r"(?:[:：=]|\bis\b|\best\b|\bist\b|\bes\b|\bé\b|は|为|為|는|은)"
_OPENERS = "\"'“‘「『【《〈([（<"
_CLOSERS = "\"'”’」』】》〉)]）>"
_TRAILING = ".,;。、，．！!？?" + _CLOSERS
_TOKEN = r"[^\s\"'“”‘’「」『』【】《》〈〉()（）<>]{2,64}"


@lru_cache(maxsize=8)
def _pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = []
    for label in sorted(labels, key=len, reverse=True):
        escaped = re.escape(label).replace(r"\ ", r"\s+")
        # Latin labels must be whole words ('pass' is not 'passport'); CJK, Hangul and Arabic
        # labels are written without spaces around them.
        if label.isascii():
            escaped = rf"(?<![A-Za-z]){escaped}(?![A-Za-z])"
        alternatives.append(escaped)
    return re.compile(
        rf"(?:{'|'.join(alternatives)}){_GAP}{_SEPARATOR}\s{{0,4}}[{re.escape(_OPENERS)}]?\s?({_TOKEN})",
        re.IGNORECASE,
    )


def password_candidates(texts: Iterable[str], labels: Sequence[str], limit: int) -> list[str]:
    """Distinct strings that follow a password label in `texts`, in order, at most `limit`."""
    pattern = _pattern(tuple(labels))
    lowered_labels = [label.lower() for label in labels]
    found: dict[str, None] = {}
    for text in texts:
        lowered = text.lower()
        if not any(label in lowered for label in lowered_labels):
            continue  # most messages name no password: skip the regular expression
        for match in pattern.finditer(text):
            token = match.group(1)
            # 'Password: abc123.' ends a sentence, 'Password: inv-2024!' ends a password:
            # try the token as written and without trailing punctuation.
            for candidate in (token, token.rstrip(_TRAILING)):
                if len(candidate) >= 2:
                    found.setdefault(candidate, None)
                if len(found) >= limit:
                    return list(found)
    return list(found)


def mask(secret: str) -> str:
    """Enough of a password to recognise it, not enough to use it: 'in***'."""
    return f"{secret[:2]}***" if len(secret) > 4 else "***"
