"""Files that run when opened: executables, scripts, disk images and macOS installers.

Content decides first (a PE named 'photo.jpg' is a PE); the extension decides when there is
no content to judge (a chat that only names the file, a member of an encrypted archive) or
when the content is plain text that the extension turns into a program ('.js', '.vbs').
The extension lists are the rules' `[params]`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from keiho.mail.attachments.filetype import Kind
from keiho.mail.attachments.names import extension

EXECUTABLE = "executable"
SCRIPT = "script"
DISK_IMAGE = "disk-image"
MACOS = "macos"

_BY_CONTENT: dict[Kind, tuple[str, str]] = {
    Kind.PE: (EXECUTABLE, "Windows PE executable"),
    Kind.MSDOS: (EXECUTABLE, "DOS executable"),
    Kind.ELF: (EXECUTABLE, "Linux ELF executable"),
    Kind.MACHO: (EXECUTABLE, "macOS Mach-O executable"),
    Kind.MSI: (EXECUTABLE, "Windows Installer package (MSI)"),
    Kind.JAR: (EXECUTABLE, "Java archive"),
    Kind.APK: (EXECUTABLE, "Android package"),
    Kind.CHM: (SCRIPT, "compiled HTML help (CHM)"),
    Kind.ONENOTE: (SCRIPT, "OneNote notebook (can embed and launch files)"),
    Kind.ISO: (DISK_IMAGE, "ISO / UDF disk image"),
    Kind.VHD: (DISK_IMAGE, "VHD virtual disk"),
    Kind.VHDX: (DISK_IMAGE, "VHDX virtual disk"),
    Kind.IMG: (DISK_IMAGE, "raw disk image"),
    Kind.DMG: (MACOS, "Apple disk image (DMG)"),
    Kind.XAR: (MACOS, "macOS installer package"),
    Kind.SCPT: (MACOS, "compiled AppleScript"),
}
_MARKUP_SCAN = 1 << 20
_HTA = re.compile(rb"<hta:application", re.IGNORECASE)
_SVG_ACTIVE = re.compile(rb"<script|javascript:|\bon(?:load|click|mouseover|begin|end)\s*=|<foreignObject", re.IGNORECASE)
_APP_BUNDLE = re.compile(r"^(.*?[^/]\.app)/Contents/", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Runnable:
    category: str  # EXECUTABLE, SCRIPT, DISK_IMAGE or MACOS
    what: str  # 'Windows PE executable', '.js file', 'HTML application (HTA)'
    by: str  # 'content' or 'name'
    member: str = ""  # set when the finding is about a part of the member path (an .app bundle)


def classify(kind: Kind, name: str, data: bytes, extensions: Mapping[str, Collection[str]]) -> list[Runnable]:
    """What in this file would run: at most one answer a category, content before name.
    `extensions` maps each category to the extensions that make a file of it."""
    found: dict[str, Runnable] = {}
    by_content = _BY_CONTENT.get(kind)
    if by_content is not None:
        found[by_content[0]] = Runnable(by_content[0], by_content[1], "content")
    elif kind is Kind.HTML and _HTA.search(data[:_MARKUP_SCAN]):
        found[SCRIPT] = Runnable(SCRIPT, "HTML application (HTA)", "content")
    elif kind is Kind.SVG and _SVG_ACTIVE.search(data[:_MARKUP_SCAN]):
        found[SCRIPT] = Runnable(SCRIPT, "SVG image with script", "content")
    ext = extension(name)
    if ext:
        for category, listed in extensions.items():
            if ext in listed and category not in found and _name_counts(kind, category, ext):
                found[category] = Runnable(category, f".{ext} file", "name")
    bundle = _APP_BUNDLE.match(name.replace("\\", "/"))
    if bundle and MACOS not in found:
        found[MACOS] = Runnable(MACOS, "macOS application bundle", "name", member=bundle.group(1))
    return list(found.values())


# Installer packages stored in a compound (OLE) file: Windows hands a .msi to msiexec by its name,
# whatever its root CLSID says, so an OLE file with one of these names is an installer.
_OLE_INSTALLERS = frozenset({"msi", "msp", "mst", "msm"})


def _name_counts(kind: Kind, category: str, ext: str) -> bool:
    """Whether the extension alone is evidence: yes when the content is unknown, absent or
    text; not when the content is a known harmless kind that the extension merely mislabels
    (that is the type-mismatch rule's business)."""
    if kind in (Kind.EMPTY, Kind.UNKNOWN, Kind.TEXT, Kind.XML, Kind.HTML, Kind.SVG):
        return True
    if kind is Kind.OLE and ext in _OLE_INSTALLERS:
        return True
    # Binary programs whose magic we do not know (.com, .scr variants) still count by name
    # unless the content is plainly a document or an image.
    return category == EXECUTABLE and kind.family.value not in ("document", "image")

