"""Messages built to exhaust or dodge scanners: nesting, part counts and sizes beyond any
mail client's need. The parser stops at its limits and says so; this turns that into a finding."""

from __future__ import annotations

from keiho.findings import Finding
from keiho.mail.context import ScanContext
from keiho.mail.message import Message

# Problems the parser records when a message goes past a limit (see keiho.mail.parse).
_EVASIVE = ("MIME nesting deeper than", "more than", "decoded parts exceed")


def analyze_structure(message: Message, ctx: ScanContext) -> list[Finding]:
    evasive = [p for p in message.problems if p.startswith(_EVASIVE)]
    if not evasive:
        return []
    out: list[Finding] = []
    ctx.emit(out, "mail.mime-anomaly", message.location, problem=evasive[0], problems=len(evasive))
    return out
