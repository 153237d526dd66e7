"""What a file really is, judged by its bytes (never by its name or declared type).

`sniff` looks at magic numbers at fixed offsets and, for text, at the first few KB; it never
scans the whole file, so a 50 MB attachment costs the same as a 5 KB one. Zip and OLE files
are told apart by their directory (OOXML, Java, Android, MSI...), read without extracting.
"""

from __future__ import annotations

import io
import struct
import zipfile
from enum import StrEnum

from keiho.mail.attachments.budget import READ_ERRORS


class Family(StrEnum):
    ARCHIVE = "archive"  # holds named members: zip, 7z, rar, cab, tar
    COMPRESSED = "compressed"  # one compressed stream: gzip, bzip2, xz
    DISK_IMAGE = "disk-image"  # mounts as a drive on Windows: iso, vhd, vhdx, img
    MACOS = "macos"  # installs or runs on macOS: dmg, pkg, compiled AppleScript
    EXECUTABLE = "executable"
    SHORTCUT = "shortcut"
    SCRIPT = "script"  # runs when opened: chm, OneNote notebooks
    DOCUMENT = "document"
    WEB = "web"
    IMAGE = "image"
    TEXT = "text"
    UNKNOWN = "unknown"


class Kind(StrEnum):
    ZIP = "zip"
    SEVEN_ZIP = "7z"
    RAR = "rar"
    CAB = "cab"
    TAR = "tar"
    GZIP = "gzip"
    BZIP2 = "bzip2"
    XZ = "xz"
    ISO = "iso"
    VHD = "vhd"
    VHDX = "vhdx"
    IMG = "img"
    DMG = "dmg"
    XAR = "xar"  # macOS .pkg installers
    SCPT = "scpt"  # compiled AppleScript
    PE = "pe"
    MSDOS = "msdos"
    ELF = "elf"
    MACHO = "macho"
    MSI = "msi"
    JAR = "jar"
    APK = "apk"
    LNK = "lnk"
    CHM = "chm"
    ONENOTE = "onenote"
    OOXML = "ooxml"
    ODF = "odf"
    OLE = "ole"  # Word / Excel / PowerPoint 97-2003 and other compound files
    ENCRYPTED_OFFICE = "encrypted-office"  # password-protected OOXML inside an OLE wrapper
    RTF = "rtf"
    PDF = "pdf"
    HTML = "html"
    SVG = "svg"
    XML = "xml"
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    BMP = "bmp"
    WEBP = "webp"
    TIFF = "tiff"
    TEXT = "text"
    EMPTY = "empty"
    UNKNOWN = "unknown"

    @property
    def family(self) -> Family:
        return _FAMILY.get(self, Family.UNKNOWN)


_FAMILY: dict[Kind, Family] = {
    **dict.fromkeys((Kind.ZIP, Kind.SEVEN_ZIP, Kind.RAR, Kind.CAB, Kind.TAR), Family.ARCHIVE),
    **dict.fromkeys((Kind.GZIP, Kind.BZIP2, Kind.XZ), Family.COMPRESSED),
    **dict.fromkeys((Kind.ISO, Kind.VHD, Kind.VHDX, Kind.IMG), Family.DISK_IMAGE),
    **dict.fromkeys((Kind.DMG, Kind.XAR, Kind.SCPT), Family.MACOS),
    **dict.fromkeys((Kind.PE, Kind.MSDOS, Kind.ELF, Kind.MACHO, Kind.MSI, Kind.JAR, Kind.APK), Family.EXECUTABLE),
    Kind.LNK: Family.SHORTCUT,
    **dict.fromkeys((Kind.CHM, Kind.ONENOTE), Family.SCRIPT),
    **dict.fromkeys(
        (Kind.OOXML, Kind.ODF, Kind.OLE, Kind.ENCRYPTED_OFFICE, Kind.RTF, Kind.PDF), Family.DOCUMENT
    ),
    **dict.fromkeys((Kind.HTML, Kind.SVG), Family.WEB),
    **dict.fromkeys((Kind.PNG, Kind.JPEG, Kind.GIF, Kind.BMP, Kind.WEBP, Kind.TIFF), Family.IMAGE),
    **dict.fromkeys((Kind.TEXT, Kind.XML), Family.TEXT),
}

_LNK_HEADER = b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ONENOTE_GUID = bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3")
_MSI_CLSIDS = {"000C1084-0000-0000-C000-000000000046", "000C1086-0000-0000-C000-000000000046"}
_MACHO_MAGICS = {b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe"}
# Prefix magics, checked in order: (offset, bytes, kind).
_MAGICS: tuple[tuple[int, bytes, Kind], ...] = (
    (0, _LNK_HEADER, Kind.LNK),
    (0, b"7z\xbc\xaf\x27\x1c", Kind.SEVEN_ZIP),
    (0, b"Rar!\x1a\x07", Kind.RAR),
    (0, b"MSCF\x00\x00\x00\x00", Kind.CAB),
    (0, b"\x1f\x8b", Kind.GZIP),
    (0, b"\xfd7zXZ\x00", Kind.XZ),
    (0, b"vhdxfile", Kind.VHDX),
    (0, b"conectix", Kind.VHD),
    (0, b"xar!", Kind.XAR),
    (0, b"FasdUAS", Kind.SCPT),
    (0, b"\x7fELF", Kind.ELF),
    (0, b"ITSF\x03\x00\x00\x00", Kind.CHM),
    (0, _ONENOTE_GUID, Kind.ONENOTE),
    (0, b"{\\rt", Kind.RTF),
    (0, b"\x89PNG\r\n\x1a\n", Kind.PNG),
    (0, b"\xff\xd8\xff", Kind.JPEG),
    (0, b"GIF87a", Kind.GIF),
    (0, b"GIF89a", Kind.GIF),
    (0, b"II*\x00", Kind.TIFF),
    (0, b"MM\x00*", Kind.TIFF),
    (257, b"ustar", Kind.TAR),
)
_ISO_DESCRIPTOR_IDS = (b"CD001", b"BEA01", b"NSR02", b"NSR03", b"TEA01")
_TEXT_HEAD = 4096
_ZIP_NAMES_LOOKED_AT = 2000  # enough to find the marker members; a huge directory is the walker's problem


def sniff(data: bytes) -> Kind:
    """The kind of file `data` is, from its content alone."""
    if not data:
        return Kind.EMPTY
    for offset, magic, kind in _MAGICS:
        if data.startswith(magic, offset):
            return kind
    if data.startswith(b"BZh") and data[3:4].isdigit():
        return Kind.BZIP2
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_flavour(data)
    if data.startswith(_OLE_MAGIC):
        return _ole_flavour(data)
    if data.startswith(b"MZ"):
        return _mz_flavour(data)
    if data[:4] in _MACHO_MAGICS:
        return Kind.MACHO
    if data.startswith((b"\xca\xfe\xba\xbe", b"\xbe\xba\xfe\xca")):
        return _fat_or_java(data)
    if _is_iso(data):
        return Kind.ISO
    if len(data) >= 512 and data[-512:-504] == b"conectix":  # fixed VHD: the footer is the only header
        return Kind.VHD
    if len(data) >= 512 and data[-512:-508] == b"koly":
        return Kind.DMG
    if _is_disk_boot_sector(data):
        return Kind.IMG
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return Kind.WEBP
    if data.startswith(b"BM") and len(data) >= 26 and struct.unpack_from("<I", data, 2)[0] == len(data):
        return Kind.BMP
    if b"%PDF-" in data[:1024]:
        return Kind.PDF
    return _text_flavour(data[:_TEXT_HEAD])


def zip_directory(data: bytes) -> tuple[int, int] | None:
    """(entries, directory bytes) from a zip's end record, or None when there is none.

    `zipfile` builds an object for every directory entry before anything can be checked, so
    callers read this first and refuse a directory too large for their bounds.
    """
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if at < 0 or at + 22 > len(data):
        return None
    entries, size = struct.unpack_from("<HI", data, at + 10)
    if entries != 0xFFFF and size != 0xFFFFFFFF:
        return entries, size
    # Zip64: the counts are in a record the locator just before the end record points to.
    locator = at - 20
    if locator >= 0 and data.startswith(b"PK\x06\x07", locator):
        record = struct.unpack_from("<Q", data, locator + 8)[0]
        if record + 56 <= len(data) and data.startswith(b"PK\x06\x06", record):
            entries64, size64 = struct.unpack_from("<QQ", data, record + 32)
            return entries64, size64
    return len(data) // 46, len(data)  # no readable Zip64 record: assume the worst


def _zip_flavour(data: bytes) -> Kind:
    directory = zip_directory(data)
    if directory is None or directory[0] > _ZIP_NAMES_LOOKED_AT or directory[1] > _ZIP_NAMES_LOOKED_AT * 1024:
        return Kind.ZIP
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except READ_ERRORS:
        return Kind.ZIP
    if "[Content_Types].xml" in names:
        return Kind.OOXML
    if "AndroidManifest.xml" in names and "classes.dex" in names:
        return Kind.APK
    if "META-INF/MANIFEST.MF" in names and any(n.endswith(".class") for n in names):
        return Kind.JAR
    if "mimetype" in names and (data[30:38] == b"mimetype"):
        return Kind.ODF
    return Kind.ZIP


def _ole_flavour(data: bytes) -> Kind:
    import olefile  # type: ignore[import-untyped]  # no stubs; only its root entry and stream names are used

    try:
        ole = olefile.OleFileIO(data)
    except Exception:  # noqa: BLE001 - olefile raises assorted errors on damaged files; a damaged OLE is still OLE
        return Kind.OLE
    try:
        clsid = str(getattr(ole.root, "clsid", "") or "").upper()
        if clsid in _MSI_CLSIDS:
            return Kind.MSI
        if ole.exists("EncryptedPackage") and ole.exists("EncryptionInfo"):
            return Kind.ENCRYPTED_OFFICE
    except Exception:  # noqa: BLE001 - hostile input makes the library raise anything
        return Kind.OLE
    finally:
        ole.close()
    return Kind.OLE


def _mz_flavour(data: bytes) -> Kind:
    if len(data) >= 64:
        pe_offset = struct.unpack_from("<I", data, 0x3C)[0]
        if pe_offset + 4 <= len(data) and data[pe_offset : pe_offset + 4] == b"PE\x00\x00":
            return Kind.PE
        # A DOS program has a relocation table offset and page counts that fit the file.
        pages = struct.unpack_from("<H", data, 4)[0]
        if 0 < pages and (pages - 1) * 512 < len(data):
            return Kind.MSDOS
    return _text_flavour(data[:_TEXT_HEAD])


def _fat_or_java(data: bytes) -> Kind:
    # 0xCAFEBABE starts both fat Mach-O binaries and Java classes: a fat header counts its
    # architectures (a handful), a class file has its version there (45 and up).
    count = struct.unpack_from(">I", data, 4)[0] if len(data) >= 8 else 0
    return Kind.MACHO if 0 < count < 32 else Kind.UNKNOWN


def _is_iso(data: bytes) -> bool:
    # Volume descriptors start at sector 16 (byte 32768); the identifier is at byte 1.
    for sector in range(16, 20):
        start = sector * 2048 + 1
        if data[start : start + 5] in _ISO_DESCRIPTOR_IDS:
            return True
    return False


def _is_disk_boot_sector(data: bytes) -> bool:
    if len(data) < 4096 or data[510:512] != b"\x55\xaa":
        return False
    return (
        data[3:11] in (b"NTFS    ", b"EXFAT   ", b"MSDOS5.0", b"MSWIN4.1", b"mkfs.fat")
        or data[54:59] in (b"FAT12", b"FAT16")
        or data[82:87] == b"FAT32"
    )


def _text_flavour(head: bytes) -> Kind:
    if b"\x00" in head:
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text
            return _markup_kind(head.decode("utf-16", "ignore"))
        return Kind.UNKNOWN
    text = head.decode("utf-8", "ignore")
    if not text:
        return Kind.UNKNOWN
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f\x1b")
    if controls > len(text) // 20:
        return Kind.UNKNOWN
    return _markup_kind(text)


def _markup_kind(text: str) -> Kind:
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if "<svg" in lowered and (lowered.startswith(("<svg", "<?xml", "<!doctype svg", "<!--"))):
        return Kind.SVG
    if lowered.startswith(("<!doctype html", "<html", "<head", "<body", "<script", "<meta", "<hta:")):
        return Kind.HTML
    head = lowered[:1024]
    if any(tag in head for tag in ("<html", "<script", "<body", "<iframe", "<hta:application")):
        return Kind.HTML
    if lowered.startswith("<?xml"):
        return Kind.XML
    return Kind.TEXT


# Kinds no Python library opens; the walker reads them with 7-Zip's program when it is installed.
OPENED_BY_7ZIP = frozenset({Kind.VHD, Kind.VHDX, Kind.DMG, Kind.IMG, Kind.CAB})


def is_container(kind: Kind) -> bool:
    """Kinds the walker opens to look at their members."""
    return kind in (Kind.ZIP, Kind.SEVEN_ZIP, Kind.RAR, Kind.TAR, Kind.GZIP, Kind.BZIP2, Kind.XZ, Kind.ISO, Kind.ENCRYPTED_OFFICE) or (
        kind in OPENED_BY_7ZIP
    )


def is_archive_like(kind: Kind) -> bool:
    """Kinds that make 'an archive inside an archive' when nested (compression wrappers do not)."""
    return kind.family in (Family.ARCHIVE, Family.DISK_IMAGE) or kind is Kind.DMG
