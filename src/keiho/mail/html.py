"""HTML bodies as a reader sees them: the visible text and every link with its shown text.

selectolax (lexbor) parses HTML the way browsers do, quickly, and never raises on tag soup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from keiho.mail.message import Link

_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_MAX_LINKS = 500
# Elements whose attributes carry a place the reader is sent to.
_LINK_SELECTORS = ("a[href]", "area[href]", "form[action]", "iframe[src]", "meta[http-equiv]")
_ALL_LINK_ELEMENTS = ", ".join(_LINK_SELECTORS)
_KIND_ORDER = {selector.split("[", 1)[0]: i for i, selector in enumerate(_LINK_SELECTORS)}


@dataclass(frozen=True, slots=True)
class HtmlView:
    text: str
    links: tuple[Link, ...]


def render_html(html: str) -> HtmlView:
    tree = LexborHTMLParser(html)
    links = _links(tree)
    tree.strip_tags(["script", "style", "noscript", "template"])
    root = tree.body or tree.root
    text = root.text(separator="\n") if root is not None else ""
    text = _BLANK_LINES.sub("\n", _SPACES.sub(" ", text)).strip()
    return HtmlView(text, tuple(links))


def _links(tree: LexborHTMLParser) -> list[Link]:
    # One query for all kinds (each query walks the whole tree), then grouped by kind in
    # document order: anchors first, as a reader meets them.
    found: list[tuple[int, int, Link]] = []
    for position, node in enumerate(tree.css(_ALL_LINK_ELEMENTS)):
        attrs = node.attributes
        tag = node.tag
        if tag == "meta":
            # <meta http-equiv="refresh" content="0; url=https://...">
            if (attrs.get("http-equiv") or "").lower() != "refresh":
                continue
            _, _, target = (attrs.get("content") or "").partition("=")
            url = target.strip().strip("'\"")
        else:
            url = (attrs.get("href") or attrs.get("action") or attrs.get("src") or "").strip()
        if not url or url.startswith(("#", "cid:", "mailto:", "tel:")):
            continue
        shown = _SPACES.sub(" ", node.text(deep=True) or "").strip() if tag == "a" else ""
        found.append((_KIND_ORDER.get(tag or "", len(_KIND_ORDER)), position, Link(url[:4096], shown[:300], "html")))
    found.sort(key=lambda item: (item[0], item[1]))
    return [link for _, _, link in found[:_MAX_LINKS]]
