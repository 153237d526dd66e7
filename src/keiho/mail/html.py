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
    out: list[Link] = []
    for selector in _LINK_SELECTORS:
        for node in tree.css(selector):
            attrs = node.attributes
            if node.tag == "meta":
                # <meta http-equiv="refresh" content="0; url=https://...">
                if (attrs.get("http-equiv") or "").lower() != "refresh":
                    continue
                _, _, target = (attrs.get("content") or "").partition("=")
                url = target.strip().strip("'\"")
            else:
                url = (attrs.get("href") or attrs.get("action") or attrs.get("src") or "").strip()
            if not url or url.startswith(("#", "cid:", "mailto:", "tel:")):
                continue
            shown = _SPACES.sub(" ", node.text(deep=True) or "").strip() if node.tag == "a" else ""
            out.append(Link(url[:4096], shown[:300], "html"))
            if len(out) >= _MAX_LINKS:
                return out
    return out
