"""The attachment analyser: every attachment, and every member of every archive in it, against
the `mail.attach-*` rules.

One finding per rule per message: the first file that fired gives the evidence, and the
others are counted and named in `also`, so a zip of ten shortcuts is one LNK finding, not ten.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from keiho.findings import EvidenceValue, Finding
from keiho.mail.attachments import settings as rules
from keiho.mail.attachments.archives import ArchiveWalker, Entry, Event, label
from keiho.mail.attachments.filetype import Kind
from keiho.mail.attachments.hashes import hash_hit
from keiho.mail.attachments.lnk import inspect_lnk
from keiho.mail.attachments.names import (
    appears_as,
    claims_harmless,
    double_extension,
    extension,
    hidden_characters,
    padding_run,
    printable,
)
from keiho.mail.attachments.office import inspect_office
from keiho.mail.attachments.passwords import password_candidates
from keiho.mail.attachments.scripts import classify
from keiho.mail.attachments.settings import Settings, settings_for
from keiho.mail.attachments.smuggling import inspect_markup
from keiho.mail.context import ScanContext
from keiho.mail.message import Message

log = logging.getLogger(__name__)

_EVENT_RULES = {
    "bomb": rules.BOMB,
    "unreadable": rules.UNREADABLE,
    "nested": rules.NESTED,
    "encrypted": rules.ENCRYPTED,
    "password": rules.PASSWORD,
}
_ALSO_SHOWN = 5
_REFERENCES_SHOWN = 3
_NAME_ONLY_KINDS = (Kind.EMPTY, Kind.UNKNOWN, Kind.TEXT)


def analyze_attachments(message: Message, ctx: ScanContext) -> list[Finding]:
    """Findings about the attachments of `message` (subject: `message.location`)."""
    if not message.attachments:
        return []
    settings = settings_for(ctx.rules)
    candidates = password_candidates(
        (message.subject, message.text), settings.password_labels, settings.limits.max_password_candidates
    )
    walker = ArchiveWalker(settings.limits, candidates)
    hits = _Hits()
    for attachment in message.attachments:
        for item in walker.walk(attachment.filename, attachment.data, attachment.declared_type):
            if isinstance(item, Event):
                hits.add(_EVENT_RULES[item.kind], item.label, item.details)
                if item.kind in ("bomb", "unreadable"):
                    log.info("%s: %s: %s", message.location, item.label, item.details.get("reason", item.kind))
            else:
                _examine(item, settings, ctx, hits)
    return hits.findings(ctx, message.location)


def _examine(entry: Entry, settings: Settings, ctx: ScanContext, hits: _Hits) -> None:
    _examine_name(entry, settings, hits)
    name_only = entry.kind in _NAME_ONLY_KINDS
    by = "content" if not name_only else "name"
    if entry.kind is Kind.LNK or (name_only and extension(entry.name) == "lnk"):
        evidence: dict[str, EvidenceValue] = {"by": by}
        if entry.kind is Kind.LNK:
            evidence.update(inspect_lnk(entry.data, settings.launchers, settings.argument_padding).evidence())
        hits.add(rules.LNK, entry.label, evidence)
    for runnable in classify(entry.kind, entry.name, entry.data, settings.runnable_extensions):
        where = entry.label if not runnable.member else _member_label(entry, runnable.member)
        hits.add(rules.RUNNABLE_RULES[runnable.category], where, {"type": runnable.what, "by": runnable.by})
    if entry.complete and entry.kind in (Kind.OLE, Kind.OOXML):
        report = inspect_office(entry.kind, entry.data, settings.office_part_bytes, settings.relationship_types)
        if report.macros:
            hits.add(rules.MACRO, entry.label, report.macro_evidence())
        if report.remote:
            shown = report.remote[:_REFERENCES_SHOWN]
            hits.add(
                rules.REMOTE_TEMPLATE,
                entry.label,
                {
                    "relationship": "; ".join(r.relationship for r in shown),
                    "target": "; ".join(printable(r.target, 200) for r in shown),
                    "part": "; ".join(dict.fromkeys(r.part for r in shown)),
                },
            )
    if entry.kind in (Kind.HTML, Kind.SVG) or (
        entry.kind in (Kind.TEXT, Kind.XML) and extension(entry.name) in settings.markup_extensions
    ):
        smuggling = inspect_markup(
            entry.data, settings.smuggling_builders, settings.smuggling_triggers, settings.smuggling_payload_chars
        )
        if smuggling is not None:
            hits.add(rules.SMUGGLING, entry.label, smuggling.evidence())
    if ctx.intel is not None and entry.complete and entry.data:
        hit = hash_hit(entry.data, ctx.intel, ctx.at)
        if hit is not None:
            hits.add(rules.INTEL_HASH, entry.label, hit.evidence())


def _examine_name(entry: Entry, settings: Settings, hits: _Hits) -> None:
    name = entry.name
    hidden = hidden_characters(name, settings.hidden_codepoints)
    padding = padding_run(name)
    if hidden or padding >= settings.name_padding:
        evidence: dict[str, EvidenceValue] = {}
        if extension(name):
            evidence["real_extension"] = f".{extension(name)}"
        if hidden:
            evidence["characters"] = ", ".join(hidden)
        if padding >= settings.name_padding:
            evidence["padding"] = padding
        shown = appears_as(name)
        if shown:
            evidence["appears_as"] = printable(shown)
        hits.add(rules.BIDI_NAME, entry.label, evidence)
    double = double_extension(name, settings.decoy_extensions, settings.dangerous_extensions)
    if double is not None:
        extensions = {"shown_extension": f".{double.decoy}", "real_extension": f".{double.real}"}
        hits.add(rules.DOUBLE_EXTENSION, entry.label, extensions)
    if entry.kind.family.value in settings.revealing_families:
        claim = claims_harmless(
            name, entry.declared_type, entry.kind.value, settings.harmless_extensions, settings.harmless_types
        )
        if claim:
            hits.add(rules.TYPE_MISMATCH, entry.label, {"claims": claim, "content": entry.kind.value})


def _member_label(entry: Entry, member: str) -> str:
    return label((*entry.path[:-1], member))


class _Hits:
    """Evidence gathered per rule, in the order found; one finding per rule at the end."""

    def __init__(self) -> None:
        self._by_rule: dict[str, dict[str, Mapping[str, EvidenceValue]]] = {}

    def add(self, rule_id: str, where: str, evidence: Mapping[str, EvidenceValue]) -> None:
        self._by_rule.setdefault(rule_id, {}).setdefault(where, evidence)

    def findings(self, ctx: ScanContext, subject: str) -> list[Finding]:
        out: list[Finding] = []
        for rule_id, by_file in self._by_rule.items():
            files = list(by_file)
            evidence: dict[str, EvidenceValue] = {"attachment": files[0], **by_file[files[0]]}
            if len(files) > 1:
                evidence["count"] = len(files)
                hidden = len(files) - 1 - _ALSO_SHOWN
                evidence["also"] = "; ".join(files[1 : 1 + _ALSO_SHOWN]) + (f"; and {hidden} more" if hidden > 0 else "")
            ctx.emit(out, rule_id, subject, **evidence)
        return out
