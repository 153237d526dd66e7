"""Turn one line of input (a host name or a URL) into a normalised host, or say clearly why not."""

from __future__ import annotations

import ipaddress
import re
from typing import NamedTuple
from urllib.parse import urlsplit

import idna

MAX_HOST_LENGTH = 253
MAX_LINE_LENGTH = 8192  # a URL may be long; anything longer is not a line we can trust
_ASCII_HOST = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
# The common case: an already-lower-case ASCII host name with valid labels, the last not all digits.
# `parse_subject` returns such a name (at most MAX_HOST_LENGTH long, no "xn--") as it is, and
# the engine's batch path relies on exactly that.
PLAIN_HOST = re.compile(r"(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+(?![0-9]+\Z)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_SPACE = re.compile(r"\s")
_CONTROL = re.compile("[\x00-\x1f\x7f\ufffd]")
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")


class InputError(ValueError):
    """This line is not a host or URL keiho can check; the message says why."""


class Host(NamedTuple):  # a tuple: made once per input line, and cheaper than a frozen dataclass
    """A checked host: `ascii` is the IDNA (punycode) form, `unicode` what a browser shows."""

    ascii: str
    unicode: str
    url: str | None = None  # the URL it came from, if any
    userinfo: str | None = None  # "user:pass@" part of a URL, a classic deception trick

    @property
    def is_idn(self) -> bool:
        return self.ascii != self.unicode


def parse_subject(line: str) -> Host:
    """Parse a host name or URL. Raises `InputError` with a one-line reason."""
    text = line.strip()
    if len(text) <= MAX_HOST_LENGTH and PLAIN_HOST.fullmatch(text) and "xn--" not in text:
        return Host(text, text)
    if not text:
        raise InputError("empty line")
    if len(text) > MAX_LINE_LENGTH:
        raise InputError(f"line too long ({len(text)} characters)")
    if _CONTROL.search(text):
        raise InputError("binary or control characters, not a host name")
    if _SPACE.search(text):
        raise InputError("white space inside a host name")
    if _SCHEME.match(text):
        return _parse_url(text)
    if "/" in text:
        # "example.com/path" without scheme: treat as a URL, as people paste them.
        return _parse_url("http://" + text)
    if "@" in text:
        raise InputError("user info ('…@') in a host name; give the whole URL with its scheme to check it")
    if text.startswith("[") or text.count(":") > 1:
        _reject_ip(text.strip("[]"))
    if ":" in text:
        raise InputError("port in a host name; give the host alone or the whole URL")
    return Host(*_normalise(text))


def _parse_url(text: str) -> Host:
    try:
        parts = urlsplit(text)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError as exc:
        raise InputError(f"malformed URL: {exc}") from None
    if not hostname:
        raise InputError("URL has no host")
    userinfo = parts.netloc.rpartition("@")[0] or None
    ascii_host, unicode_host = _normalise(hostname)
    if userinfo is not None and ":" in userinfo:
        # Never keep a password: the URL is shown, stored and exported as the subject.
        userinfo = userinfo.partition(":")[0] + ":***"
        text = parts._replace(netloc=userinfo + "@" + parts.netloc.rpartition("@")[2]).geturl()
    return Host(ascii_host, unicode_host, url=text, userinfo=userinfo)


def _reject_ip(text: str) -> None:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return
    raise InputError("IP address literal, not a host name")


def _normalise(raw: str) -> tuple[str, str]:
    host = raw.lower().rstrip(".")
    if not host:
        raise InputError("empty host name")
    if len(host) > MAX_HOST_LENGTH:
        raise InputError(f"host name longer than {MAX_HOST_LENGTH} characters ({len(host)})")
    if host.isascii() and _ASCII_HOST.fullmatch(host):
        if host.rpartition(".")[2].isdigit():
            _reject_ip(host)
            raise InputError("numeric top-level label (not a domain name)")
        if "xn--" not in host:
            for label in host.split("."):
                if not _LABEL.match(label):
                    raise InputError(f"invalid label {label!r} (labels are 1-63 letters, digits, hyphens)")
            return host, host
    _reject_ip(host)
    try:
        # UTS #46 maps full-width and other compatibility forms the way browsers do.
        ascii_host = idna.encode(host, uts46=True, transitional=False).decode("ascii")
        unicode_host = idna.decode(ascii_host)
    except (idna.IDNAError, UnicodeError) as exc:
        raise InputError(f"invalid internationalised name: {exc}") from None
    if len(ascii_host) > MAX_HOST_LENGTH:
        raise InputError(f"host name longer than {MAX_HOST_LENGTH} characters in IDNA form")
    return ascii_host, unicode_host
