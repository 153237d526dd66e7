"""Recognise what kind of indicator a string is and bring it to normal form.

Feeds write the same fact many ways: defanged (`evil[.]com`, `hxxps://`), upper-case hashes,
checksummed or lower-case addresses, URLs with or without a scheme. Everything is normalised
here once so that a lookup from any pillar meets an indicator from any feed.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from keiho.domains.hosts import InputError, parse_subject
from keiho.intel.addresses import InvalidAddress, parse_address
from keiho.intel.model import IndicatorType

MAX_INDICATOR_LENGTH = 4096

_DEFANG = (
    (re.compile(r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)", re.IGNORECASE), "."),
    (re.compile(r"\[:\]"), ":"),
    (re.compile(r"\[@\]|\[at\]|\(at\)", re.IGNORECASE), "@"),
    (re.compile(r"^hxxp", re.IGNORECASE), "http"),
    (re.compile(r"^fxp", re.IGNORECASE), "ftp"),
    (re.compile(r"\[://\]"), "://"),
)
_HEX = re.compile(r"[0-9a-fA-F]+")
_HASH_TYPES = {32: IndicatorType.MD5, 40: IndicatorType.SHA1, 64: IndicatorType.SHA256}
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_IPV4_PORT = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$")
_IPV6_PORT = re.compile(r"^\[([0-9a-fA-F:.]+)\]:(\d{1,5})$")


class IndicatorError(ValueError):
    """The text is not an indicator of the type asked for (or of any type); the message says why."""


@dataclass(frozen=True, slots=True)
class Normalized:
    type: IndicatorType
    value: str
    chain: str = ""
    display: str = ""


def refang(text: str) -> str:
    """Undo the usual defanging: `evil[.]com` -> `evil.com`, `hxxps://` -> `https://`."""
    text = text.strip()
    for pattern, replacement in _DEFANG:
        text = pattern.sub(replacement, text)
    return text


def normalize(text: str, type: IndicatorType | None = None, chain_hint: str = "") -> Normalized:
    """Normal form of `text`, of `type` if given, else of the type it evidently is.

    Raises `IndicatorError` when the text is not a valid indicator (of that type).
    """
    # A filename pattern is a regular expression: '[.]' there means a literal dot, not defanging.
    raw = text if type is IndicatorType.FILENAME else refang(text)
    if not raw:
        raise IndicatorError("empty")
    if len(raw) > MAX_INDICATOR_LENGTH:
        raise IndicatorError(f"longer than {MAX_INDICATOR_LENGTH} characters")
    if type is None:
        return _detect(raw, chain_hint)
    return _as_type(raw, type, chain_hint)


def _detect(raw: str, chain_hint: str) -> Normalized:
    if len(raw) in _HASH_TYPES and _HEX.fullmatch(raw):
        return Normalized(_HASH_TYPES[len(raw)], raw.lower())
    try:
        address = parse_address(raw, chain_hint)
    except InvalidAddress as exc:
        raise IndicatorError(str(exc)) from None
    if address is not None:
        return Normalized(IndicatorType.ADDRESS, address.value, address.chain, address.display)
    if _SCHEME.match(raw) or ("/" in raw and "." in raw.split("/", 1)[0]):
        return _url(raw)
    if _IPV4_PORT.match(raw) or _IPV6_PORT.match(raw):
        return _ip_port(raw)
    if "@" in raw and _EMAIL.match(raw):
        return _email(raw)
    if raw[-1].isdigit() or ":" in raw:  # only these can be IP literals; skip the cost for names
        try:
            return Normalized(IndicatorType.IP, str(ipaddress.ip_address(raw)))
        except ValueError:
            pass
    return _domain(raw)


def _as_type(raw: str, type: IndicatorType, chain_hint: str) -> Normalized:
    if type in _HASH_TYPES.values():
        expected = {v: k for k, v in _HASH_TYPES.items()}[type]
        if len(raw) != expected or not _HEX.fullmatch(raw):
            raise IndicatorError(f"not a {type.value} hash ({expected} hex digits)")
        return Normalized(type, raw.lower())
    if type is IndicatorType.ADDRESS:
        try:
            address = parse_address(raw, chain_hint)
        except InvalidAddress as exc:
            raise IndicatorError(str(exc)) from None
        if address is None:
            raise IndicatorError("not a recognised crypto address")
        return Normalized(type, address.value, address.chain, address.display)
    if type is IndicatorType.URL:
        return _url(raw if _SCHEME.match(raw) else "http://" + raw)
    if type is IndicatorType.IP:
        try:
            return Normalized(type, str(ipaddress.ip_address(raw)))
        except ValueError:
            raise IndicatorError("not an IP address") from None
    if type is IndicatorType.IP_PORT:
        return _ip_port(raw)
    if type is IndicatorType.EMAIL:
        return _email(raw)
    if type is IndicatorType.DOMAIN:
        return _domain(raw)
    if type is IndicatorType.FILENAME:
        try:
            re.compile(raw)
        except re.error as exc:
            raise IndicatorError(f"not a valid filename pattern: {exc}") from None
        return Normalized(type, raw)
    raise IndicatorError(f"unknown indicator type {type}")  # pragma: no cover - enum is closed


def _domain(raw: str) -> Normalized:
    try:
        host = parse_subject(raw)
    except InputError as exc:
        raise IndicatorError(f"not a domain: {exc}") from None
    if host.url is not None or "." not in host.ascii:
        raise IndicatorError("not a domain name")
    return Normalized(IndicatorType.DOMAIN, host.ascii, display=host.unicode)


def _url(raw: str) -> Normalized:
    if not _SCHEME.match(raw):
        raw = "http://" + raw
    scheme, _, rest = raw.partition("://")
    netloc, sep, tail = rest.partition("/")
    if "#" in tail:
        tail = tail.split("#", 1)[0]
    hostport = netloc.rpartition("@")[2]
    host, colon, port = hostport.rpartition(":") if hostport.count(":") == 1 else (hostport, "", "")
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
        host_norm = str(ip) if ip.version == 4 else f"[{ip}]"
    except ValueError:
        try:
            host_norm = parse_subject(host).ascii
        except InputError as exc:
            raise IndicatorError(f"not a URL: {exc}") from None
    userinfo = netloc.rpartition("@")[0]
    value = f"{scheme.lower()}://{userinfo + '@' if userinfo else ''}{host_norm}{colon}{port}{sep}{tail}"
    if value.endswith("://" + host_norm + "/"):
        value = value[:-1]
    return Normalized(IndicatorType.URL, value, display=raw)


def _ip_port(raw: str) -> Normalized:
    match = _IPV4_PORT.match(raw) or _IPV6_PORT.match(raw)
    if not match:
        raise IndicatorError("not an ip:port")
    try:
        ip = ipaddress.ip_address(match.group(1))
    except ValueError:
        raise IndicatorError("not an ip:port (bad address)") from None
    port = int(match.group(2))
    if not 0 < port < 65536:
        raise IndicatorError(f"port {port} out of range")
    value = f"{ip}:{port}" if ip.version == 4 else f"[{ip}]:{port}"
    return Normalized(IndicatorType.IP_PORT, value)


def _email(raw: str) -> Normalized:
    local, _, domain = raw.rpartition("@")
    if not local or not _EMAIL.match(raw):
        raise IndicatorError("not an e-mail address")
    return Normalized(IndicatorType.EMAIL, f"{local.lower()}@{_domain(domain).value}")
