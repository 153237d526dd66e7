"""URLs written in plain text: found with one regular expression, trimmed the way mail
clients trim them (trailing punctuation and unbalanced closing brackets are not part of it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from keiho.mail.message import Link

# Scheme URLs, and bare www. hosts that clients turn into links. Defanged forms (hxxp,
# [.]) are intel notation, not something a reader can click, so they are not links here.
# A URL may start right after CJK text ('こちらhttps://...'), so no \b; it ends at the first
# CJK character, since hosts in plain text are ASCII in practice and prose follows directly.
_URL = re.compile(
    r"""(?:(?<![a-z0-9.+-])(?:https?|ftp)://|(?<![a-z0-9.-])www\.)"""
    r"""[^\s<>"'`{}|\\^\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff5e]{2,2048}""",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}>'\"、。"
_MAX_LINKS = 500


def text_links(text: str, origin: Literal["text", "html", "attachment", "chat"] = "text") -> list[Link]:
    return list(_iter_links(text, origin))


def _iter_links(text: str, origin: Literal["text", "html", "attachment", "chat"]) -> Iterator[Link]:
    if "://" not in text and "www." not in text.lower():
        return  # most text has no link at all; the full pattern is slow to rule that out
    for count, match in enumerate(_URL.finditer(text)):
        if count >= _MAX_LINKS:
            return
        url = _trim(match.group(0) + _cjk_path_rest(text, match))
        if url.lower().startswith("www."):
            url = "http://" + url
        yield Link(url, "", origin)


# A file name in CJK inside a URL's path ('https://x.top/JD_架构师_2026.pdf.exe'): the URL goes on
# through the CJK letters when what follows them, up to the next space or CJK punctuation, still
# looks like a path and ends in a file extension. Prose after a URL does not.
_CJK_PATH_REST = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][\w\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af.~%/-]*\.[A-Za-z0-9]{1,8}(?=$|[\s<>\"'`、。，：！？（）])"
)


def _cjk_path_rest(text: str, match: re.Match[str]) -> str:
    url = match.group(0)
    if match.end() >= len(text) or url.count("/") < 3:  # only within a path, never in the host
        return ""
    rest = _CJK_PATH_REST.match(text, match.end())
    return rest.group(0) if rest else ""


def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break  # a balanced parenthesis belongs to the URL (Wikipedia-style)
        url = url[:-1]
    return url
