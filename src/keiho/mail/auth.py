"""SPF, DKIM and DMARC results from `Authentication-Results` (RFC 8601).

Only a header added by the organisation's own receiving server means anything: anyone can
write one into a message. The profile names those servers (`[mail].authserv_ids`); without
that, the topmost header is used, since the last server to receive the message adds it first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from keiho.mail.message import Message

_COMMENT = re.compile(r"\([^()]*\)")
_METHOD = re.compile(r"^\s*([a-z0-9_-]+)\s*=\s*([a-z0-9_-]+)(.*)$", re.IGNORECASE | re.DOTALL)
_PROPERTY = re.compile(r"([a-z0-9_-]+\.[a-z0-9_-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MethodResult:
    method: str  # spf | dkim | dmarc | arc | ...
    result: str  # pass | fail | softfail | none | neutral | temperror | permerror | policy
    properties: tuple[tuple[str, str], ...] = ()

    def prop(self, name: str) -> str:
        for key, value in self.properties:
            if key == name:
                return value
        return ""

    @property
    def domain(self) -> str:
        """The domain the result is about: DKIM's signing domain, SPF's MAIL FROM domain, DMARC's From."""
        for name in ("header.d", "header.i", "header.from", "smtp.mailfrom", "smtp.helo"):
            value = self.prop(name)
            if value:
                return value.rpartition("@")[2].lower().strip(".")
        return ""


@dataclass(frozen=True, slots=True)
class AuthResults:
    authserv_id: str
    results: tuple[MethodResult, ...]

    def of(self, method: str) -> tuple[MethodResult, ...]:
        return tuple(r for r in self.results if r.method == method)

    def outcome(self, method: str) -> str:
        """The best result of a method ('pass' if any pass), or '' when the method is absent."""
        results = [r.result for r in self.of(method)]
        if not results:
            return ""
        return "pass" if "pass" in results else results[0]


def parse_authentication_results(value: str) -> AuthResults:
    text = value
    for _ in range(5):  # comments nest; a few passes remove any sane nesting
        text = _COMMENT.sub(" ", text)
    head, _, rest = text.partition(";")
    authserv_id = head.strip().split()[0].lower() if head.strip() else ""
    results = []
    for clause in rest.split(";")[:50]:
        match = _METHOD.match(clause)
        if not match:
            continue
        method, result, tail = match.group(1).lower(), match.group(2).lower(), match.group(3)
        props = tuple((k.lower(), v.strip('"').lower()) for k, v in _PROPERTY.findall(tail))
        results.append(MethodResult(method, result, props))
    return AuthResults(authserv_id, tuple(results))


def trusted_auth_results(message: Message, authserv_ids: Sequence[str]) -> AuthResults | None:
    headers = message.header_all("authentication-results")
    if not headers:
        return None
    if not authserv_ids:
        return parse_authentication_results(headers[0])
    wanted = {a.lower() for a in authserv_ids}
    for header in headers:
        parsed = parse_authentication_results(header)
        if parsed.authserv_id in wanted:
            return parsed
    return None
