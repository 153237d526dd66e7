"""Line-oriented intel files: maltrail trails, signature-base IOC lists, plain lists, prose IOC reports.

Two formats share this module:

- "maltrail": stamparm/maltrail trail files. Entries are domains, IPs, ip:port, URLs; the
  `# Reference:` lines above a run of entries are its references, until the next run of reference
  lines. The actor comes from the file name (`apt_lazarus.txt` -> "Lazarus Group").
  Entries that are bare URL paths (`/include/arc.search.class.php`) are skipped with a reason:
  maltrail matches them against any host, and keiho has no path indicator type -- a URL needs a host.
- "list": one indicator per line, `#` comments, defanged forms allowed. Three line shapes of
  Neo23x0/signature-base are recognised too: `hash;comment`, `regex;score[;false-positive-regex]`
  (filename patterns, score -> confidence) and a C2 per line under `# comment` block headers. A
  comment block gives the entries below it a label (its text), references (its URLs) and an actor
  (only when it names one: `ACTOR_WORDS`). A line that is not an indicator as a whole may still hold
  some: hashes, defanged or schemed URLs, defanged domains and public IPv4 (see `_tokens`).

  A file whose first line is prose, or an .adoc/.md file, is read as a prose IOC report: every line
  is scanned for tokens; plain (not defanged) URLs there are the report's references, not
  indicators, and plain dotted words (file names, "e.g.", decoy sites in headings) never count.

Provenance: the source id comes from recognisable path parts (`SOURCE_BY_FOLDER`), else the file
stem; OFAC lists by ticker (`sanctioned_addresses_XBT.txt`) are SANCTIONED addresses with the ticker
as chain hint. Files are streamed line by line in bounded reads: memory stays constant whatever the
size, lines over `MAX_LINE_BYTES` are skipped, and a NUL byte or non-UTF-8 line stops the import.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keiho.errors import IntelFormatError
from keiho.intel.importers._common import SkipLog, make_indicator, open_binary
from keiho.intel.model import ImportedFile, Indicator, IndicatorType, Role
from keiho.intel.normalize import MAX_INDICATOR_LENGTH, IndicatorError, refang

MAX_LINE_BYTES = MAX_INDICATOR_LENGTH  # no list entry is longer than the longest indicator
MAX_LABEL_LENGTH = 200
MAX_REFERENCES = 20  # a block citing more is a link dump, not references for its entries
PROSE_SUFFIXES = (".adoc", ".asciidoc", ".md", ".markdown", ".rst")

# maltrail file stem -> actor; other stems fall back to ACTOR_WORDS
MALTRAIL_ACTORS = {
    "apt_lazarus": "Lazarus Group",
    "android_lazarus": "Lazarus Group",
    "apt_bluenoroff": "BlueNoroff",
    "apt_38": "APT38",
    "apt_37": "APT37",
    "apt_45": "APT45",
    "apt_kimsuky": "Kimsuky",
}

# Names that make a comment (or a file name) say who the actor is, as sources write them;
# `actors.resolve` later maps aliases (Hidden Cobra, UNC4736) to one actor.
ACTOR_WORDS = {
    "lazarus": "Lazarus Group",
    "hidden cobra": "Hidden Cobra",
    "bluenoroff": "BlueNoroff",
    "apt38": "APT38",
    "andariel": "Andariel",
    "apt37": "APT37",
    "kimsuky": "Kimsuky",
    "apt43": "APT43",
    "apt45": "APT45",
    "unc4736": "UNC4736",
    "applejeus": "AppleJeus",
    "tradertraitor": "TraderTraitor",
    "moonstone sleet": "Moonstone Sleet",
    "contagious interview": "Contagious Interview",
}

# Folder names (nearest first) or file-name patterns -> source id.
SOURCE_BY_FOLDER = {
    "maltrail": "maltrail",
    "signature-base": "signature-base",
    "eset": "eset-malware-ioc",
    "malware-ioc": "eset-malware-ioc",
    "unit42": "unit42-timely-threat-intel",
    "unit42-timely-threat-intel": "unit42-timely-threat-intel",
    "ofac": "ofac-list",
}
SIGNATURE_BASE_NAME = re.compile(r"^(?:hash|c2|filename)-iocs\b", re.IGNORECASE)
OFAC_LIST_NAME = re.compile(r"^sanctioned_addresses_([A-Za-z0-9]+)\.txt$")

_ACTOR_PATTERN = re.compile(
    r"\b(" + "|".join(word.replace(" ", r"[\s_-]+") for word in ACTOR_WORDS) + r")\b", re.IGNORECASE
)
_URL_IN_TEXT = re.compile(r"(?:https?|ftp)://[^\s<>\"'`()\[\]]+", re.IGNORECASE)
_REFERENCE_LINE = re.compile(r"#\s*Ref\w*\s*:", re.IGNORECASE)  # also the typos: "Referemce:", "Referene:"
_REFERENCE_LINE_BYTES = re.compile(rb"^#\s*Reference:", re.MULTILINE)
_HASH_WITH_COMMENT = re.compile(r"([0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32});(.*)")
_PATTERN_WITH_SCORE = re.compile(r"([^;]+);(\d{1,3})(?:;([^;]*))?")
_ENTRY_WITH_COMMENT = re.compile(r"(\S+)\s+#\s*(.*)")
_HEADING = re.compile(r"^(?:=+|#+)\s+\S|^[A-Z0-9][A-Z0-9 ,()/&.-]*:$")
_HEX_TOKEN = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}")
_IPV4_TOKEN = re.compile(r"(\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?")
_SCHEMED = re.compile(r"(?:https?|ftp)://", re.IGNORECASE)
_SPACE = re.compile(r"\s")
_TOKEN_SPLIT = re.compile(r"[\s|,]+")
# "[" that does not open a defang marker ends a token: asciidoc link text, `url[blog post]`
_LINK_TEXT = re.compile(r"\[(?!(?:\.|:|://|dot|at|@)\])", re.IGNORECASE)
_LEADING_WRAP = "`+*\"'(<{"
_TRAILING_WRAP = "`+*\"')>}.,;:!?"
_NOT_HASH_HEADINGS = ("serial",)  # hex under these headings is a certificate serial, not a file hash


@dataclass(frozen=True, slots=True)
class Origin:
    """What the file's path says about its entries."""

    source: str
    actor: str = ""
    role: Role = Role.HOSTILE
    chain_hint: str = ""
    type: IndicatorType | None = None  # every entry is of this type (a list of addresses)
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Context:
    """What a comment says about the entries it heads: a label, references, an actor."""

    label: str = ""
    references: tuple[str, ...] = ()
    actor: str = ""


def sniff(path: Path, head: bytes, format: str) -> bool:
    """maltrail: its copyright header or `# Reference:` lines. list: any text that is not structured data."""
    if not _is_text(head):
        return False
    if format == "maltrail":
        return b"Maltrail developers" in head or _REFERENCE_LINE_BYTES.search(head) is not None
    return head.lstrip()[:1] not in (b"{", b"[", b"<")  # JSON, XML: their own importers, never a list


def read(path: Path, format: str, source_version: str = "") -> ImportedFile:
    """Provenance now, from the path; the indicators stream when `indicators` is iterated."""
    if not path.is_file():
        raise IntelFormatError(str(path), "", "cannot read: not a file")
    skipped: list[str] = []
    skip = SkipLog(skipped)
    if format == "maltrail":
        stem = _stem(path)
        origin = Origin("maltrail", actor=MALTRAIL_ACTORS.get(stem, "") or _actor_in(_words_of(stem)))
        indicators = _maltrail(_lines(path), origin, source_version, skip)
    else:
        origin = origin_of(path)
        prose = path.name.lower().endswith(PROSE_SUFFIXES)
        indicators = _ListReader(origin, source_version, skip, prose=prose).read(_lines(path))
    return ImportedFile(
        path=str(path),
        format=format,
        source=origin.source,
        source_version=source_version,
        indicators=_summarised(indicators, skip),
        skipped=skipped,
    )


def origin_of(path: Path) -> Origin:
    """Source id, role and chain hint from recognisable path parts; the file stem when none is known."""
    ofac = OFAC_LIST_NAME.match(path.name)
    if ofac:
        ticker = ofac.group(1).upper()
        # Every sanctioned entity, not only DPRK, and no names: screen with it, never attribute.
        return Origin(
            "ofac-list", role=Role.SANCTIONED, chain_hint=ticker, type=IndicatorType.ADDRESS, tags=(f"asset:{ticker}",)
        )
    actor = _actor_in(_words_of(f"{path.parent.name} {_stem(path)}"))
    if SIGNATURE_BASE_NAME.match(path.name):
        return Origin("signature-base", actor=actor)
    for folder in reversed(path.parent.parts):
        source = SOURCE_BY_FOLDER.get(folder.lower())
        if source:
            return Origin(source, actor=actor)
    return Origin(_stem(path), actor=actor)


# --- reading lines -----------------------------------------------------------------------------


def _lines(path: Path) -> Iterator[tuple[int, str | None]]:
    """(line number, text without line end), or None for a line over MAX_LINE_BYTES; bounded reads."""
    where = str(path)
    number = 0
    try:
        with open_binary(path) as handle:
            while raw := handle.readline(MAX_LINE_BYTES + 1):
                number += 1
                if b"\x00" in raw:
                    raise IntelFormatError(where, f"line {number}", "NUL byte: not a text file")
                if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                    _check_utf8(where, number, raw, final=False)  # garbage must not pass as a long line
                    while raw and not raw.endswith(b"\n"):
                        raw = handle.readline(65536)
                        if b"\x00" in raw:
                            raise IntelFormatError(where, f"line {number}", "NUL byte: not a text file")
                    yield number, None
                    continue
                text = _check_utf8(where, number, raw, final=True)
                if number == 1 and text.startswith("\ufeff"):
                    text = text[1:]
                yield number, text.rstrip("\r\n")
    except OSError as exc:
        raise IntelFormatError(where, f"line {number + 1}" if number else "", f"cannot read: {exc}") from None
    except (EOFError, zlib.error) as exc:
        raise IntelFormatError(where, f"line {number + 1}", f"cannot decompress: {exc}") from None


def _check_utf8(where: str, number: int, raw: bytes, final: bool) -> str:
    try:
        if final:
            return raw.decode("utf-8")
        return codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)  # may end mid-character
    except UnicodeDecodeError:
        raise IntelFormatError(where, f"line {number}", "not UTF-8 text") from None


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # head may end mid-character
    except UnicodeDecodeError:
        return False
    return True


def _summarised(indicators: Iterator[Indicator], skip: SkipLog) -> Iterator[Indicator]:
    """Pass the indicators through, then note how many were skipped beyond the reasons kept."""
    yield from indicators
    skip.close("lines or tokens")


# --- maltrail ----------------------------------------------------------------------------------


def _maltrail(
    lines: Iterable[tuple[int, str | None]], origin: Origin, version: str, skip: SkipLog
) -> Iterator[Indicator]:
    references: tuple[str, ...] = ()
    in_reference_run = False  # consecutive reference lines add up; the first of a new run replaces
    for number, text in lines:
        where = f"line {number}"
        if text is None:
            skip.add(where, f"longer than {MAX_LINE_BYTES} bytes")
            continue
        line = text.strip()
        if not line:
            continue
        if line.startswith("#"):
            if _REFERENCE_LINE.match(line):
                urls = _urls_in(line)
                references = _merged(references, urls) if in_reference_run else urls
                in_reference_run = True
            else:
                in_reference_run = False
            continue
        in_reference_run = False
        if line.startswith("/"):
            skip.add(where, f"{_short(line)}: a URL path without a host (no path indicator type)")
            continue
        try:
            yield make_indicator(
                line, origin.source, role=origin.role, actor=origin.actor, references=references, source_version=version
            )
        except IndicatorError as exc:
            skip.add(where, f"{_short(line)}: {exc}")


# --- lists, signature-base and prose -----------------------------------------------------------


@dataclass
class _ListReader:
    origin: Origin
    version: str
    skip: SkipLog
    prose: bool  # a report in prose: every line scanned, plain URLs are references
    mode_known: bool = False  # list or prose is decided by the first line that is not a comment
    block: _Context = field(default_factory=_Context)
    block_open: bool = False  # the previous line was a comment: a further one extends the block
    prose_references: tuple[str, ...] = ()
    emitted_since_references: bool = False
    heading: str = ""

    def read(self, lines: Iterable[tuple[int, str | None]]) -> Iterator[Indicator]:
        self.mode_known = self.prose
        for number, text in lines:
            where = f"line {number}"
            if text is None:
                self.skip.add(where, f"longer than {MAX_LINE_BYTES} bytes")
                continue
            line = text.strip()
            if not line:
                self.block_open = False
                continue
            if not self.mode_known and not line.startswith("#"):
                self.mode_known = True
                self.prose = _is_prose(line)
            if self.prose:
                yield from self._prose_line(where, line)
            elif line.startswith("#"):
                self._comment(line.lstrip("#").strip())
            else:
                self.block_open = False
                yield from self._list_line(where, line)

    def _comment(self, text: str) -> None:
        if not self.block_open:
            self.block = _Context()
            self.block_open = True
        said = _context_in(text)
        self.block = _Context(
            label=self.block.label or said.label,
            references=_merged(self.block.references, said.references),
            actor=self.block.actor or said.actor,
        )

    def _list_line(self, where: str, line: str) -> Iterator[Indicator]:
        has_space = _SPACE.search(line) is not None
        if self.origin.type is None and (has_space or ";" in line):
            if match := _HASH_WITH_COMMENT.fullmatch(line):
                yield from self._make(where, match.group(1), _context_in(match.group(2)))
                return
            if match := _PATTERN_WITH_SCORE.fullmatch(line):
                pattern, score, false_positive = match.groups()
                tags = (f"false-positive-pattern:{false_positive}",) if false_positive else ()
                yield from self._make(
                    where, pattern, _Context(), type=IndicatorType.FILENAME, confidence=min(int(score), 100), tags=tags
                )
                return
            if match := _ENTRY_WITH_COMMENT.fullmatch(line):
                yield from self._make(where, match.group(1), _context_in(match.group(2)))
                return
        if not has_space:
            yield from self._make(where, line, _Context(), type=self.origin.type)
            return
        if self.origin.type is not None:
            self.skip.add(where, f"{_short(line)}: not one {self.origin.type.value}")
            return
        found = False
        for _kind, token in _tokens(line):  # in a list, a plain URL is an indicator too
            found = True
            yield from self._make(where, token, _Context())
        if not found:
            self.skip.add(where, f"{_short(line)}: no indicator in this line")

    def _prose_line(self, where: str, line: str) -> Iterator[Indicator]:
        if _HEADING.match(line):
            self.heading = line.lower()
        for kind, token in _tokens(line):
            if kind == "reference":
                if self.emitted_since_references:
                    self.prose_references, self.emitted_since_references = (), False
                self.prose_references = _merged(self.prose_references, (token,))
            elif kind == "hash" and any(word in self.heading for word in _NOT_HASH_HEADINGS):
                self.skip.add(where, f"{token}: under {self.heading!r}, not a file hash")
            else:
                self.emitted_since_references = True
                yield from self._make(where, token, _Context(references=self.prose_references))

    def _make(self, where: str, raw: str, said: _Context, **fields: Any) -> Iterator[Indicator]:
        """One indicator from `raw`; what the line says wins over its block, the block over the file."""
        origin = self.origin
        if raw.startswith("/") and fields.get("type") is None:
            self.skip.add(where, f"{_short(raw)}: a URL path without a host (no path indicator type)")
            return
        try:
            yield make_indicator(
                raw,
                origin.source,
                chain_hint=origin.chain_hint,
                role=origin.role,
                source_version=self.version,
                actor=said.actor or self.block.actor or origin.actor,
                label=said.label or self.block.label,
                references=said.references or self.block.references,
                **({"tags": origin.tags} | fields),
            )
        except IndicatorError as exc:
            self.skip.add(where, f"{_short(raw)}: {exc}")


def _is_prose(line: str) -> bool:
    """A first line with spaces that no list shape explains: the file is a report, not a list."""
    if not _SPACE.search(line):
        return False
    shapes = (_HASH_WITH_COMMENT, _PATTERN_WITH_SCORE, _ENTRY_WITH_COMMENT)
    return not any(shape.fullmatch(line) for shape in shapes)


def _tokens(line: str) -> Iterator[tuple[str, str]]:
    """("hash" | "indicator" | "reference", text) for each token of a prose line worth a look.

    Conservative on purpose: prose is full of dotted words (result.json, e.g., v1.2.3, decoy sites
    named in headings) that would parse as domains. Taken: hex of hash length with both letters and
    digits; anything defanged (the writer marked it as an indicator); public IPv4, with a port or
    not (`_is_public_ipv4`). A plain schemed URL is a "reference": the caller decides whether it
    is one (in prose) or an indicator (in a list).
    """
    for piece in _TOKEN_SPLIT.split(line):
        token = piece.lstrip(_LEADING_WRAP).rstrip(_TRAILING_WRAP)
        if link := _LINK_TEXT.search(token):
            token = token[: link.start()].rstrip(_TRAILING_WRAP)
        if not token:
            continue
        if _HEX_TOKEN.fullmatch(token):
            if not token.isdigit() and not token.isalpha():
                yield "hash", token
        elif refang(token) != token:
            yield "indicator", token
        elif _SCHEMED.match(token):
            yield "reference", token
        elif (ip := _IPV4_TOKEN.fullmatch(token)) and _is_public_ipv4(ip.group(1)):
            yield "indicator", token


def _is_public_ipv4(text: str) -> bool:
    """Global, and not four single digits: in prose "1.2.0.4" is a version, and 8.8.8.8 a resolver."""
    if all(len(octet) == 1 for octet in text.split(".")):
        return False
    try:
        return ipaddress.IPv4Address(text).is_global
    except ValueError:
        return False


# --- comments ----------------------------------------------------------------------------------


def _context_in(comment: str) -> _Context:
    """Label (the words), references (the URLs) and actor (if named) of one comment."""
    references = _urls_in(comment)
    words = _URL_IN_TEXT.sub(" ", comment)  # a URL slug ("/lazarus-threatneedle/") does not name the actor
    label = " ".join(words.split()).strip(" -:;,")
    return _Context(label=label[:MAX_LABEL_LENGTH], references=references, actor=_actor_in(words))


def _words_of(name: str) -> str:
    """File and folder names as words: "nukesped_lazarus" -> "nukesped lazarus"."""
    return re.sub(r"[_.-]+", " ", name)


def _actor_in(text: str) -> str:
    match = _ACTOR_PATTERN.search(text)
    if not match:
        return ""
    return ACTOR_WORDS[" ".join(re.split(r"[\s_-]+", match.group(1).lower()))]


def _urls_in(text: str) -> tuple[str, ...]:
    return _merged((), tuple(url.rstrip(".,;:") for url in _URL_IN_TEXT.findall(text)))


def _merged(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    merged = old + tuple(item for item in dict.fromkeys(new) if item not in old)
    return merged[:MAX_REFERENCES]


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".bz2"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return Path(name).stem


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."
