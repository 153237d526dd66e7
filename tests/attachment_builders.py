"""Builders for real attachment files, shared by tests/test_mail_attachments.py and
scripts/make_attachment_examples.py (which writes the rule files' examples).

Each builder writes the actual format (no mocks): a Windows shortcut with link info and
string data per MS-SHLLINK, a compound file (MS-CFB) holding a VBA project per MS-OVBA that
olevba reads, ZipCrypto-encrypted zips (the stdlib reads them but cannot write them), ISO
images with pycdlib, OOXML packages, and MIME messages.
"""

from __future__ import annotations

import base64
import io
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from email.utils import encode_rfc2231
from typing import Union

# -- Windows shortcut (MS-SHLLINK) ---------------------------------------------------------------

_LNK_CLSID = bytes.fromhex("0114020000000000c000000000000046")


def build_lnk(target: str, arguments: str = "", icon: str = "", working_dir: str = "", description: str = "") -> bytes:
    """A shortcut to `target` (a local path) with the given string data."""
    flags = 0x02 | 0x80  # HasLinkInfo | IsUnicode
    strings = b""
    for flag, value in ((0x04, description), (0x10, working_dir), (0x20, arguments), (0x40, icon)):
        if value:
            flags |= flag
            strings += struct.pack("<H", len(value)) + value.encode("utf-16-le")
    header = struct.pack(
        "<I16sIIQQQIIIHHII", 0x4C, _LNK_CLSID, flags, 0x20, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0
    )  # FILE_ATTRIBUTE_ARCHIVE, SW_SHOWMINNOACTIVE
    volume = struct.pack("<IIII", 0x11, 3, 0x1234ABCD, 0x10) + b"\x00"  # fixed drive, empty label
    base = target.encode("latin-1", "replace") + b"\x00"
    volume_offset = 0x1C
    base_offset = volume_offset + len(volume)
    suffix_offset = base_offset + len(base)
    size = suffix_offset + 1
    link_info = struct.pack("<IIIIIII", size, 0x1C, 0x1, volume_offset, base_offset, 0, suffix_offset) + volume + base + b"\x00"
    return header + link_info + strings + struct.pack("<I", 0)


# -- Compound file with a VBA project (MS-CFB, MS-OVBA) -------------------------------------------

_SECTOR = 512
_FREE, _END, _FAT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
Tree = Mapping[str, Union[bytes, "Tree"]]


def build_ole(tree: Tree, root_clsid: bytes = bytes(16)) -> bytes:
    """A version 3 compound file holding `tree` (name -> bytes for a stream, name -> mapping
    for a storage). Streams shorter than 4096 bytes are zero-padded to 4096 so that all of
    them live in regular sectors (no mini stream needed); callers pad in a way their format
    tolerates."""
    entries: list[dict[str, object]] = [{"name": "Root Entry", "type": 5, "children": [], "data": b"", "clsid": root_clsid}]

    def add(node: Tree, parent: int) -> None:
        for name, value in node.items():
            index = len(entries)
            if isinstance(value, bytes):
                entries.append({"name": name, "type": 2, "children": [], "data": value.ljust(4096, b"\x00")})
            else:
                entries.append({"name": name, "type": 1, "children": [], "data": b""})
                add(value, index)
            children = entries[parent]["children"]
            assert isinstance(children, list)
            children.append(index)

    add(tree, 0)
    sectors: list[bytes] = []
    fat: list[int] = []
    starts: dict[int, int] = {}
    for index, entry in enumerate(entries):
        data = entry["data"]
        assert isinstance(data, bytes)
        if entry["type"] != 2:
            continue
        count = -(-len(data) // _SECTOR)
        starts[index] = len(sectors)
        for i in range(count):
            sectors.append(data[i * _SECTOR : (i + 1) * _SECTOR].ljust(_SECTOR, b"\x00"))
            fat.append(len(sectors) if i < count - 1 else _END)
    directory = b"".join(_directory_entry(entries, index, starts) for index in range(len(entries)))
    directory = directory.ljust(-(-len(directory) // _SECTOR) * _SECTOR, b"\x00")
    dir_start = len(sectors)
    dir_count = len(directory) // _SECTOR
    for i in range(dir_count):
        sectors.append(directory[i * _SECTOR : (i + 1) * _SECTOR])
        fat.append(dir_start + i + 1 if i < dir_count - 1 else _END)
    fat_count = 1
    while -(-(len(sectors) + fat_count) // 128) > fat_count:
        fat_count += 1
    fat_start = len(sectors)
    fat.extend([_FAT] * fat_count)
    fat.extend([_FREE] * (fat_count * 128 - len(fat)))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    difat = [fat_start + i for i in range(fat_count)] + [_FREE] * (109 - fat_count)
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, fat_count, dir_start, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<109I", *difat)
    )
    return header + b"".join(sectors) + fat_bytes


def _directory_entry(entries: list[dict[str, object]], index: int, starts: Mapping[int, int]) -> bytes:
    entry = entries[index]
    name = str(entry["name"])
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    # Siblings form a chain to the right, in the order compound files compare names
    # (length, then upper case): a valid (if unbalanced) search tree.
    right = _NOSTREAM
    for parent in entries:
        children = parent["children"]
        assert isinstance(children, list)
        if index in children:
            ordered = sorted(children, key=lambda i: (len(str(entries[i]["name"])), str(entries[i]["name"]).upper()))
            position = ordered.index(index)
            right = ordered[position + 1] if position + 1 < len(ordered) else _NOSTREAM
    children = entry["children"]
    assert isinstance(children, list)
    child = min(children, key=lambda i: (len(str(entries[i]["name"])), str(entries[i]["name"]).upper())) if children else _NOSTREAM
    data = entry["data"]
    assert isinstance(data, bytes)
    clsid = entry.get("clsid", bytes(16))
    assert isinstance(clsid, bytes)
    start = starts.get(index, _END if entry["type"] == 5 else 0)
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), int(str(entry["type"])), 1)
        + struct.pack("<III", _NOSTREAM, right, child)
        + clsid
        + bytes(4 + 16)
        + struct.pack("<II", start, len(data))
        + bytes(4)
    )


def ovba_compress(data: bytes) -> bytes:
    """An MS-OVBA compressed container: raw chunks of 4096 bytes, the rest as literal tokens."""
    out = bytearray(b"\x01")
    whole = len(data) // 4096 * 4096
    for start in range(0, whole, 4096):
        out += struct.pack("<H", 0x3FFF) + data[start : start + 4096]
    rest = data[whole:]
    if rest:
        body = bytearray()
        for start in range(0, len(rest), 8):
            body += b"\x00" + rest[start : start + 8]
        out += struct.pack("<H", 0xB000 | (len(body) + 2 - 3)) + body
    return bytes(out)


def _record(record_id: int, payload: bytes) -> bytes:
    return struct.pack("<HI", record_id, len(payload)) + payload


def build_vba_project(code: str, module: str = "Module1") -> Tree:
    """The storages and streams of a VBA project with one procedural module."""
    name = module.encode("ascii")
    unicode_name = module.encode("utf-16-le")
    dir_stream = (
        _record(0x0001, struct.pack("<I", 1))  # PROJECTSYSKIND: 32-bit Windows
        + _record(0x0002, struct.pack("<I", 0x409))  # PROJECTLCID
        + _record(0x0014, struct.pack("<I", 0x409))  # PROJECTLCIDINVOKE
        + _record(0x0003, struct.pack("<H", 1252))  # PROJECTCODEPAGE
        + _record(0x0004, b"VBAProject")  # PROJECTNAME
        + _record(0x0005, b"") + _record(0x0040, b"")  # PROJECTDOCSTRING (+ unicode)
        + _record(0x0006, b"") + _record(0x003D, b"")  # PROJECTHELPFILEPATH (1 and 2)
        + _record(0x0007, struct.pack("<I", 0))  # PROJECTHELPCONTEXT
        + _record(0x0008, struct.pack("<I", 0))  # PROJECTLIBFLAGS
        + struct.pack("<HIIH", 0x0009, 4, 1, 0)  # PROJECTVERSION
        + _record(0x000C, b"") + _record(0x003C, b"")  # PROJECTCONSTANTS (+ unicode)
        + _record(0x000F, struct.pack("<H", 1))  # PROJECTMODULES: one module
        + _record(0x0013, struct.pack("<H", 0xFFFF))  # PROJECTCOOKIE
        + _record(0x0019, name)  # MODULENAME
        + _record(0x0047, unicode_name)  # MODULENAMEUNICODE
        + _record(0x001A, name) + _record(0x0032, unicode_name)  # MODULESTREAMNAME
        + _record(0x001C, b"") + _record(0x0048, b"")  # MODULEDOCSTRING
        + _record(0x0031, struct.pack("<I", 0))  # MODULEOFFSET: source starts the stream
        + _record(0x001E, struct.pack("<I", 0))  # MODULEHELPCONTEXT
        + _record(0x002C, struct.pack("<H", 0xFFFF))  # MODULECOOKIE
        + struct.pack("<HI", 0x0021, 0)  # MODULETYPE: procedural
        + struct.pack("<HI", 0x002B, 0)  # module TERMINATOR
        + struct.pack("<HI", 0x0010, 0)  # dir TERMINATOR
    )
    # Pad what the readers ignore (after the terminator, comment lines, blank lines) so every
    # stream reaches 4096 bytes once compressed (see build_ole).
    source = (f'Attribute VB_Name = "{module}"\r\n' + code.replace("\n", "\r\n")).encode("cp1252")
    source += b"\r\n" + b"'\r\n" * max(0, (4200 - len(source)) // 3)
    project = f'ID="{{00000000-0000-0000-0000-000000000000}}"\r\nModule={module}\r\nName="VBAProject"\r\n'.encode("ascii")
    return {
        "PROJECT": project + b"\r\n" * ((4096 - len(project)) // 2 + 1),
        "VBA": {
            "_VBA_PROJECT": b"\xcc\x61\xff\xff\x00\x00\x00",
            "dir": ovba_compress(dir_stream + bytes(4000)),
            module: ovba_compress(source),
        },
    }


def build_vba_ole(code: str) -> bytes:
    """vbaProject.bin: a compound file whose root is the VBA project (as in OOXML)."""
    return build_ole(build_vba_project(code))


def build_word97_with_macro(code: str) -> bytes:
    """A Word 97-2003 style compound file: WordDocument stream plus the project in 'Macros'."""
    return build_ole({"WordDocument": bytes(4096), "Macros": build_vba_project(code)})


# -- OOXML -----------------------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/>'
    "</Types>"
)
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def relationship(rel_id: str, rel_type: str, target: str, external: bool = False) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rel_id}" Type="{REL}{rel_type}" Target="{target}"{mode}/>'


def build_docx(
    text: str = "Quarterly report",
    vba: bytes | None = None,
    settings_rels: Sequence[str] = (),
    document_rels: Sequence[str] = (),
    extra_parts: Mapping[str, bytes] | None = None,
) -> bytes:
    """A Word package; `vba` adds word/vbaProject.bin (a .docm), the rels add relationships."""
    main = "application/vnd.ms-word.document.macroEnabled.main+xml" if vba else (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    )
    parts: dict[str, bytes] = {
        "[Content_Types].xml": _CONTENT_TYPES.format(main=main).encode(),
        "_rels/.rels": _PACKAGE_RELS.encode(),
        "word/document.xml": _DOCUMENT.format(text=text).encode(),
    }
    doc_rels = list(document_rels)
    if vba is not None:
        parts["word/vbaProject.bin"] = vba
        doc_rels.append(relationship("rIdVba", "vbaProject", "vbaProject.bin").replace(REL + "vbaProject", "http://schemas.microsoft.com/office/2006/relationships/vbaProject"))
    if doc_rels:
        parts["word/_rels/document.xml.rels"] = _RELS.format(items="".join(doc_rels)).encode()
    if settings_rels:
        parts["word/settings.xml"] = b'<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
        parts["word/_rels/settings.xml.rels"] = _RELS.format(items="".join(settings_rels)).encode()
    parts.update(extra_parts or {})
    return build_zip(parts.items())


def build_xlsm_with_macrosheet() -> bytes:
    """An Excel package with an Excel 4 macro sheet (XLM) that runs on open."""
    sheet = (
        b'<?xml version="1.0"?><xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        b'<sheetData><row r="1"><c r="A1"><f>EXEC("cmd /c calc")</f></c></row></sheetData></xm:macrosheet>'
    )
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/></Types>',
        "_rels/.rels": _PACKAGE_RELS.replace("word/document.xml", "xl/workbook.xml").encode(),
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<definedNames><definedName name="_xlnm.Auto_Open">Macro1!$A$1</definedName></definedNames></workbook>',
        "xl/macrosheets/sheet1.xml": sheet,
    }
    return build_zip(parts.items())


# -- zip, encrypted zip, ISO ----------------------------------------------------------------------


def build_zip(members: Iterable[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of (name, bytes) members with a fixed timestamp, so rebuilt examples do not change."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 3, 9, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)
    return out.getvalue()


def _crc_table() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC = _crc_table()


class _ZipCrypto:
    """Traditional PKWARE encryption (APPNOTE 6.1), which `zipfile` can decrypt but not write."""

    def __init__(self, password: bytes) -> None:
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._update(byte)

    def _update(self, byte: int) -> None:
        k0, k1, k2 = self.keys
        k0 = (k0 >> 8) ^ _CRC[(k0 ^ byte) & 0xFF]
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = (k2 >> 8) ^ _CRC[(k2 ^ (k1 >> 24)) & 0xFF]
        self.keys = [k0, k1, k2]

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for byte in data:
            temp = (self.keys[2] | 2) & 0xFFFF
            out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            self._update(byte)
        return bytes(out)


def build_encrypted_zip(members: Iterable[tuple[str, bytes]], password: str) -> bytes:
    """A zip whose members are deflated, then ZipCrypto-encrypted with `password`."""
    local = bytearray()
    central = bytearray()
    count = 0
    for name, data in members:
        count += 1
        crc = zlib.crc32(data)
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        compressed = compressor.compress(data) + compressor.flush()
        cipher = _ZipCrypto(password.encode("utf-8"))
        payload = cipher.encrypt(bytes(range(11)) + bytes([crc >> 24])) + cipher.encrypt(compressed)
        encoded = name.encode("utf-8")
        offset = len(local)
        fields = struct.pack("<HHHHHIII", 20, 0x1 | 0x800, 8, 0, 0x21, crc, len(payload), len(data))
        local += b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded + payload
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, count, count, len(central), len(local), 0)
    return bytes(local + central + end)


def build_iso(files: Mapping[str, bytes]) -> bytes:
    """An ISO 9660 image with Joliet names (as Windows shows them), files in the root."""
    import pycdlib

    iso = pycdlib.PyCdlib()
    iso.new(joliet=3)
    for index, (name, data) in enumerate(files.items()):
        iso.add_fp(io.BytesIO(data), len(data), f"/FILE{index}.;1", joliet_path=f"/{name}")
    out = io.BytesIO()
    iso.write_fp(out)
    iso.close()
    return out.getvalue()


def build_pe() -> bytes:
    """The headers of a small PE executable (enough for any content check)."""
    dos = b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(44) + struct.pack("<I", 0x80)
    dos = dos.ljust(0x80, b"\x00")
    return dos + b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14C, 1, 0, 0, 0, 0xE0, 0x102) + bytes(0xE0 + 40)


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
MACHO = b"\xcf\xfa\xed\xfe\x07\x00\x00\x01\x03\x00\x00\x00\x02\x00\x00\x00" + bytes(48)
ELF = b"\x7fELF\x02\x01\x01" + bytes(57)

# -- MIME ------------------------------------------------------------------------------------------


def mime_message(
    subject: str,
    body: str,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    sender: str = "Alex Kim <alex.kim@partner-example.com>",
    to: str = "Haruto Sato <h.sato@kitsune-ex.co.jp>",
) -> str:
    """A small multipart/mixed message: the body, then each (filename, content type, bytes)
    as a base64 attachment. Non-ASCII file names use RFC 2231; a non-ASCII body is 8bit UTF-8."""
    boundary = "=_keiho_example_boundary"
    lines = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {subject}",
        "Date: Mon, 03 Jun 2024 09:00:00 +0900",
        "Message-ID: <example@partner-example.com>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="utf-8"',
    ]
    lines += [f"Content-Transfer-Encoding: {'7bit' if body.isascii() else '8bit'}", "", body.rstrip("\n")]
    for filename, content_type, data in attachments:
        if filename.isascii() and '"' not in filename:
            disposition = f'attachment; filename="{filename}"'
        else:
            disposition = "attachment; filename*=" + encode_rfc2231(filename, "utf-8")
        lines += [
            f"--{boundary}",
            f"Content-Type: {content_type}",
            f"Content-Disposition: {disposition}",
            "Content-Transfer-Encoding: base64",
            "",
            *_wrap(base64.b64encode(data).decode()),
        ]
    lines += [f"--{boundary}--", ""]
    return "\n".join(lines)


def _wrap(text: str, width: int = 76) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def build_zero_bomb(total: int, name: str = "zeros.bin") -> bytes:
    """A zip with one deflated member of `total` zero bytes (< 4 GiB), built in well under a
    second: deflate blocks ended by a full flush are byte-aligned and independent, so the
    block for 1 MiB of zeros is repeated instead of compressing `total` bytes."""
    chunk = 1 << 20
    assert total % chunk == 0 and total < 1 << 32
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressor.compress(bytes(chunk))
    compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = block * (total // chunk) + b"\x03\x00"  # an empty final block ends the stream
    crc = 0
    zeros = bytes(chunk)
    for _ in range(total // chunk):
        crc = zlib.crc32(zeros, crc)
    encoded = name.encode()
    fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(stream), total)
    local = b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded
    central = b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, 0) + encoded
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), len(local) + len(stream), 0)
    return local + stream + central + end


# -- FAT12 floppy image and a fixed VHD around it (Microsoft FAT spec, VHD format spec 1.0) --------


def build_fat12(files: list[tuple[str, bytes]]) -> bytes:
    """A 1.44 MB FAT12 image holding `files` (8.3 names) in its root directory."""
    bps, total, spf, root_entries = 512, 2880, 9, 224
    boot = bytearray(bps)
    boot[0:3], boot[3:11] = b"\xeb\x3c\x90", b"MSDOS5.0"
    struct.pack_into("<HBHBHHBHHHII", boot, 11, bps, 1, 1, 2, root_entries, total, 0xF0, spf, 18, 2, 0, 0)
    struct.pack_into("<BBBI11s8s", boot, 36, 0, 0, 0x29, 0x1234ABCD, b"NO NAME    ", b"FAT12   ")
    boot[510:512] = b"\x55\xaa"
    fat = bytearray(spf * bps)

    def set_entry(cluster: int, value: int) -> None:  # 12-bit entries, two in three bytes
        offset = cluster * 3 // 2
        if cluster % 2 == 0:
            fat[offset] = value & 0xFF
            fat[offset + 1] = (fat[offset + 1] & 0xF0) | (value >> 8 & 0x0F)
        else:
            fat[offset] = (fat[offset] & 0x0F) | (value << 4 & 0xF0)
            fat[offset + 1] = value >> 4 & 0xFF

    set_entry(0, 0xFF0)
    set_entry(1, 0xFFF)
    root = bytearray(root_entries * 32)
    body = bytearray()
    cluster = 2
    for index, (name, content) in enumerate(files):
        stem, _, ext = name.upper().partition(".")
        count = max(1, -(-len(content) // bps))
        for k in range(count):
            set_entry(cluster + k, cluster + k + 1 if k < count - 1 else 0xFFF)
        struct.pack_into("<8s3sB10sHHHI", root, index * 32, stem.ljust(8).encode(), ext.ljust(3).encode(), 0x20,
                         bytes(10), 0, 0x5821, cluster, len(content))
        body += content.ljust(count * bps, b"\0")
        cluster += count
    return (bytes(boot) + bytes(fat) * 2 + bytes(root) + bytes(body)).ljust(total * bps, b"\0")


def build_fixed_vhd(disk: bytes) -> bytes:
    """`disk` followed by a fixed-disk VHD footer (big-endian, one's-complement checksum)."""
    footer = bytearray(512)
    struct.pack_into(">8sIIQI4sI4sQQHBBII16sB", footer, 0, b"conectix", 2, 0x00010000, 0xFFFFFFFFFFFFFFFF, 0, b"kh  ",
                     0x000A0000, b"Wi2k", len(disk), len(disk), 80, 2, 18, 2, 0, bytes(range(16)), 0)
    struct.pack_into(">I", footer, 64, ~sum(footer) & 0xFFFFFFFF)
    return disk + bytes(footer)


def build_rar4(members: Iterable[tuple[str, bytes]], method: int = 0x30, encrypt_headers: bool = False) -> bytes:
    """A RAR 4 archive written from the published format (RAR 4.x technote): a marker, the main
    header, one file header per member followed by its bytes, and the end block. No RAR encoder
    is free software, so members are stored as given (method 0x30 "store"); another `method`
    only labels the bytes as compressed, which is how a damaged or tool-only member looks."""

    def block(head_type: int, flags: int, body: bytes) -> bytes:
        head = struct.pack("<BHH", head_type, flags, 7 + len(body)) + body
        return struct.pack("<H", zlib.crc32(head) & 0xFFFF) + head

    out = b"Rar!\x1a\x07\x00" + block(0x73, 0x0080 if encrypt_headers else 0, bytes(6))
    for name, data in members:
        encoded = name.encode("utf-8")
        body = struct.pack("<IIBIIBBHI", len(data), len(data), 2, zlib.crc32(data), 0x5A210000, 20, method, len(encoded), 0x20)
        out += block(0x74, 0x8000, body + encoded) + data  # 0x8000: the data size field is present
    return out + block(0x7B, 0x4000, b"")
