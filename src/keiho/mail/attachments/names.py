"""File names that lie: double extensions, bidi and invisible characters, whitespace padding,
and a name or declared type that claims a harmless document while the bytes say otherwise.

Every function here is pure: a name (and lists from the rule files) in, a verdict out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

_SHOWN_MAX = 160


def printable(name: str, limit: int = _SHOWN_MAX) -> str:
    """A name safe to print: format and control characters (bidi overrides, zero-width
    characters, newlines) and unusual spaces become <U+XXXX>, so evidence never reorders or
    hides itself on the analyst's screen; long names are shortened in the middle."""
    out = []
    for ch in name:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Zl", "Zp", "Co", "Cn") or (category == "Zs" and ch != " ") or ch in _INVISIBLE:
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    text = "".join(out)
    if len(text) > limit:
        keep = limit // 2 - 2
        text = f"{text[:keep]} … {text[-keep:]}"
    return text


# Letters that render as nothing (Hangul fillers, Braille blank): used to pad names like spaces.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Everything else that prints as nothing: the combining grapheme joiner, Khmer and Mongolian
# invisible signs, variation selectors.
_PADDING = re.compile(f"[\\s{''.join(sorted(_FILLERS))}]")
_PADDING_RUN = re.compile(f"[\\s{''.join(sorted(_FILLERS))}]{{2,}}")
_INVISIBLE = _FILLERS | frozenset("\u034f\u17b4\u17b5\u180b\u180c\u180d\u180f") | frozenset(map(chr, range(0xFE00, 0xFE10)))


def extension(name: str) -> str:
    """The extension Windows would act on: lower-case, without the dot, after dropping the
    trailing dots and spaces that Windows ignores ('' when there is none)."""
    base = basename(name).rstrip(". ")
    stem, dot, ext = base.rpartition(".")
    return ext.strip().lower() if dot and stem else ""


def basename(name: str) -> str:
    """The last component of an archive member path ('docs/readme.lnk' -> 'readme.lnk')."""
    return name.replace("\\", "/").rstrip("/").rpartition("/")[2]


def hidden_characters(name: str, codepoints: Collection[int]) -> list[str]:
    """The listed characters (bidi controls, zero-width characters) and any control character
    found in `name`, as 'U+202E' strings, in order of first appearance."""
    # One pattern, not a loop per character: a hostile name may be megabytes long.
    found = dict.fromkeys(f"U+{ord(m.group()):04X}" for m in _hidden_pattern(frozenset(codepoints)).finditer(name))
    return list(found)


@lru_cache(maxsize=8)
def _hidden_pattern(codepoints: frozenset[int]) -> re.Pattern[str]:
    listed = "".join(re.escape(chr(c)) for c in sorted(codepoints))
    return re.compile(f"[\x00-\x1f\x7f-\x9f{listed}]")  # category Cc, and the listed ones


def appears_as(name: str) -> str:
    """How a name with one right-to-left override (U+202E) is shown: the part after the
    override reversed ('invoice\u202efdp.exe' shows as 'invoiceexe.pdf'). '' when the name has
    no override or uses other controls too (then the display is not worth guessing)."""
    base = basename(name)
    if base.count("\u202e") != 1 or any(ch in base for ch in "\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069"):
        return ""
    before, _, after = base.partition("\u202e")
    return before + after[::-1]


def padding_run(name: str) -> int:
    """The longest run of whitespace or blank filler characters inside the name (leading and
    trailing runs count too: both push the real extension out of view)."""
    # \s is str.isspace(), which every space separator (Zs) also passes. Runs of two or more
    # first: a long name has a single space between most of its words.
    base = basename(name)
    longest = max((len(m.group()) for m in _PADDING_RUN.finditer(base)), default=0)
    return longest or (1 if _PADDING.search(base) else 0)


@dataclass(frozen=True, slots=True)
class DoubleExtension:
    decoy: str  # the extension the reader sees ('pdf')
    real: str  # the one Windows acts on ('exe')


def double_extension(name: str, decoys: Collection[str], dangerous: Collection[str]) -> DoubleExtension | None:
    """A harmless-looking extension followed by one that runs code: 'invoice.pdf.exe',
    'scan.jpg  .scr'. Names that end in a harmless extension ('report.v2.pdf') and archives
    of documents ('invoice.pdf.zip') are not double extensions in this sense."""
    real = extension(name)
    if real not in dangerous:
        return None
    stem = basename(name).rstrip(". ")
    stem = stem[: stem.rfind(".")].rstrip()
    _, dot, decoy = stem.rpartition(".")
    decoy = decoy.strip().lower()
    if dot and decoy in decoys:
        return DoubleExtension(decoy, real)
    return None


def claims_harmless(
    name: str, declared_type: str, content: str, extensions: Collection[str], type_prefixes: Sequence[str]
) -> str:
    """What makes a file whose bytes are `content` (a kind such as 'zip') look harmless: '.pdf'
    (its extension) or 'application/pdf' (its declared type); '' when neither claims a
    harmless kind. A declared type that names the content ('image/svg+xml' for an SVG) is
    honest, not a claim."""
    ext = extension(name)
    if ext in extensions:
        return f".{ext}"
    declared = declared_type.strip().lower()
    subtype = declared.rpartition("/")[2]
    if subtype == content or subtype.startswith(content + "+"):
        return ""
    if declared and any(declared.startswith(prefix) for prefix in type_prefixes):
        return declared
    return ""
