"""Office documents: VBA and Excel 4 (XLM) macros, and remote templates or objects.

olevba reads VBA projects. For OOXML (docx, docm, xlsm...) only the parts that matter are
read, each with a size cap, so a document cannot become a zip bomb for olevba: the
`vbaProject.bin` parts, the `xl/macrosheets/` names, and the relationship files, where a
remote `attachedTemplate` or external `oleObject` makes Word fetch code from the attacker
(template injection, CVE-2022-30190 'Follina').
"""

from __future__ import annotations

import html
import io
import re
import warnings
import zipfile
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from keiho.mail.attachments.budget import READ_ERRORS
from keiho.mail.attachments.filetype import Kind, zip_directory

_MAX_PARTS = 5000  # a document with a larger directory is not a document anyone wrote by hand
_MAX_RELATIONSHIP_FILES = 200
_MAX_RELATIONSHIP_BYTES = 1 << 20  # relationship parts are a few KB; larger ones are not read
_MAX_VBA_PROJECTS = 4
_SHOWN_KEYWORDS = 8
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LOCAL_TARGET = re.compile(r"^(?:file:/{2,3})?[a-z]:[\\/]", re.IGNORECASE)
_REMOTE_TARGET = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|\\\\|//)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RemoteReference:
    relationship: str  # 'attachedTemplate', 'oleObject'...
    target: str
    part: str  # the relationship file that holds it


@dataclass(slots=True)
class OfficeReport:
    vba: bool = False
    xlm: bool = False
    modules: list[str] = field(default_factory=list)
    autoexec: list[str] = field(default_factory=list)
    suspicious: list[str] = field(default_factory=list)
    remote: list[RemoteReference] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what could not be analysed

    @property
    def macros(self) -> bool:
        return self.vba or self.xlm

    def macro_evidence(self) -> dict[str, str | int | bool]:
        out: dict[str, str | int | bool] = {"vba": self.vba, "xlm": self.xlm}
        if self.modules:
            out["modules"] = ", ".join(dict.fromkeys(self.modules))[:200]
        if self.autoexec:
            out["autoexec"] = ", ".join(list(dict.fromkeys(self.autoexec))[:_SHOWN_KEYWORDS])
        if self.suspicious:
            out["suspicious"] = ", ".join(list(dict.fromkeys(self.suspicious))[:_SHOWN_KEYWORDS])
        if self.problems:
            out["analysis"] = "; ".join(self.problems)[:200]
        return out


def inspect_office(kind: Kind, data: bytes, max_part_bytes: int, relationship_types: Collection[str]) -> OfficeReport:
    """Macros and remote references in an OLE (doc, xls, ppt) or OOXML document; never raises."""
    report = OfficeReport()
    if kind is Kind.OLE:
        _scan_vba(data, "document", report, excel_4=True)
    elif kind is Kind.OOXML:
        _scan_ooxml(data, max_part_bytes, relationship_types, report)
    return report


def _scan_ooxml(data: bytes, cap: int, relationship_types: Collection[str], report: OfficeReport) -> None:
    directory = zip_directory(data)
    if directory is None or directory[0] > _MAX_PARTS or directory[1] > _MAX_PARTS * 1024:
        report.problems.append("document directory too large or missing")
        return
    wanted = {t.lower() for t in relationship_types}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
            lowered = [name.lower() for name in names]
            # Excel 4 macro sheets live in their own parts (xlsm, xlsb); their presence is the signal.
            report.xlm = any(name.startswith("xl/macrosheets/") for name in lowered)
            relationship_files = [n for n, low in zip(names, lowered) if low.endswith(".rels")]
            for part in relationship_files[:_MAX_RELATIONSHIP_FILES]:
                text = _read_part(package, part, min(cap, _MAX_RELATIONSHIP_BYTES), report)
                if text is not None:
                    report.remote.extend(_remote_references(text, part, wanted))
            projects = [n for n, low in zip(names, lowered) if low.endswith("vbaproject.bin")]
            # The project part is the macro storage: its presence is enough; olevba adds detail.
            report.vba = bool(projects)
            for part in projects[:_MAX_VBA_PROJECTS]:
                blob = _read_part(package, part, cap, report)
                if blob is not None:
                    _scan_vba(blob, part, report, excel_4=False)
    except READ_ERRORS as exc:
        report.problems.append(f"document package unreadable: {type(exc).__name__}")


def _read_part(package: zipfile.ZipFile, name: str, cap: int, report: OfficeReport) -> bytes | None:
    """A part's bytes; None (and a problem noted) when it is damaged or larger than `cap`
    (the read stops there: a part cannot be a bomb)."""
    try:
        with package.open(name) as stream:
            data = stream.read(cap + 1)
    except READ_ERRORS as exc:
        report.problems.append(f"{name} unreadable ({type(exc).__name__})")
        return None
    if len(data) > cap:
        report.problems.append(f"{name} larger than {cap} bytes, not analysed")
        return None
    return data


def _remote_references(text: bytes, part: str, wanted: set[str]) -> list[RemoteReference]:
    found = []
    for match in _RELATIONSHIP.finditer(text):
        attributes = {
            key.decode("ascii", "replace").rpartition(":")[2].lower(): html.unescape((dq or sq).decode("utf-8", "replace"))
            for key, dq, sq in _ATTRIBUTE.findall(match.group(1))
        }
        relationship = attributes.get("type", "").rstrip("/").rpartition("/")[2]
        target = attributes.get("target", "").strip()
        if attributes.get("targetmode", "").lower() != "external" or relationship.lower() not in wanted:
            continue
        if _REMOTE_TARGET.match(target) and not _LOCAL_TARGET.match(target):
            found.append(RemoteReference(relationship, target, part))
    return found


def _scan_vba(data: bytes, where: str, report: OfficeReport, excel_4: bool) -> None:
    try:
        with warnings.catch_warnings():
            # olevba's pyparsing import and its parsers raise deprecation warnings; a document
            # must not turn them into errors.
            warnings.simplefilter("ignore")
            from oletools.olevba import VBA_Parser  # type: ignore[import-untyped]  # no stubs

            parser: Any = VBA_Parser(where, data=data)
            try:
                if parser.detect_vba_macros():
                    report.vba = True
                    for _, _, module, _ in parser.extract_all_macros():
                        report.modules.append(str(module))
                    for kind, keyword, _ in parser.analyze_macros():
                        if kind == "AutoExec":
                            report.autoexec.append(str(keyword))
                        elif kind == "Suspicious":
                            report.suspicious.append(str(keyword))
                if excel_4 and parser.detect_xlm_macros():
                    report.xlm = True
            finally:
                parser.close()
    except Exception as exc:  # noqa: BLE001 - olevba raises many types on damaged projects; what it found stays
        report.problems.append(f"{where}: macro analysis failed ({type(exc).__name__})")
