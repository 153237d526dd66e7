"""Windows shortcuts (.lnk): what they run, with which arguments, and under which icon.

A shortcut in mail is the classic first stage: the icon says PDF, the target is
`powershell.exe -w hidden -enc ...` or `mshta https://...`. LnkParse3 reads the structure;
a raw scan of the bytes backs it up, because a shortcut built to break parsers still has to
name the program it starts.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from keiho.mail.attachments.names import printable

_SHOWN = 200
_RAW_SCAN_BYTES = 1 << 20  # shortcuts are a few KB; anything past this is padding


@dataclass(frozen=True, slots=True)
class Shortcut:
    target: str = ""
    arguments: str = ""
    working_dir: str = ""
    icon: str = ""
    description: str = ""
    launches: tuple[str, ...] = ()  # programs from the rule's list that the shortcut starts
    padded_arguments: bool = False  # arguments pushed out of the Properties box by leading blanks
    parsed: bool = True  # False: LnkParse3 could not read it; only the raw scan found anything

    def evidence(self) -> dict[str, str | bool]:
        out: dict[str, str | bool] = {}
        for key, value in (
            ("target", self.target),
            ("arguments", self.arguments.strip()),
            ("working_dir", self.working_dir),
            ("icon", self.icon),
        ):
            if value:
                out[key] = _shorten(value)
        if self.launches:
            out["launches"] = ", ".join(self.launches)
        if self.padded_arguments:
            out["padded_arguments"] = True
        if not self.parsed:
            out["parsed"] = False
        return out


def inspect_lnk(data: bytes, launchers: Sequence[str], padding: int) -> Shortcut:
    """Read a shortcut; never raises (a damaged one still yields what the raw scan finds)."""
    fields = _parse(data)
    parsed = fields is not None
    fields = fields or {}
    target = fields.get("target", "")
    arguments = fields.get("arguments", "")
    command = f"{target} {arguments}"
    launches = _programs(command, launchers)
    if not parsed or not launches:
        launches = launches or _programs(_raw_strings(data[:_RAW_SCAN_BYTES]), launchers)
    return Shortcut(
        target=target,
        arguments=arguments,
        working_dir=fields.get("working_dir", ""),
        icon=fields.get("icon", ""),
        description=fields.get("description", ""),
        launches=launches,
        padded_arguments=len(arguments) - len(arguments.lstrip()) >= padding,
        parsed=parsed,
    )


def _parse(data: bytes) -> dict[str, str] | None:
    try:
        with warnings.catch_warnings():
            # LnkParse3 reports damaged blocks through `warnings`; a hostile shortcut must not
            # turn them into errors (pytest runs with warnings as errors).
            warnings.simplefilter("ignore")
            import LnkParse3  # type: ignore[import-untyped]  # no stubs

            parsed: Mapping[str, Any] = LnkParse3.lnk_file(indata=data).get_json()
    except Exception:  # noqa: BLE001 - LnkParse3 raises whatever its struct reads hit on damaged input
        return None
    strings = _mapping(parsed.get("data"))
    info = _mapping(parsed.get("link_info"))
    extra = _mapping(parsed.get("extra"))
    environment = _mapping(extra.get("ENVIRONMENTAL_VARIABLES_LOCATION_BLOCK"))
    icon_environment = _mapping(extra.get("ICON_LOCATION_BLOCK"))
    base = _text(info.get("local_base_path_unicode")) or _text(info.get("local_base_path"))
    suffix = _text(info.get("common_path_suffix_unicode")) or _text(info.get("common_path_suffix"))
    network = _mapping(info.get("location_info"))
    target = (
        (base + suffix if base else "")
        or _text(environment.get("target_unicode"))
        or _text(environment.get("target_ansi"))
        or (_text(network.get("net_name")) + "\\" + suffix if network.get("net_name") else "")
        or _text(strings.get("relative_path"))
        or _id_list_path(parsed.get("target"))
    )
    return {
        "target": target,
        "arguments": _text(strings.get("command_line_arguments"), strip=False),
        "working_dir": _text(strings.get("working_directory")),
        "icon": _text(strings.get("icon_location")) or _text(icon_environment.get("target_unicode")),
        "description": _text(strings.get("description")),
    }


def _id_list_path(target: object) -> str:
    """A path rebuilt from the shell item list (shortcuts made without link info)."""
    parts = []
    for item in _mapping(target).get("items") or ():
        if isinstance(item, Mapping):
            part = _text(item.get("data")) if item.get("class") == "Volume Item" else _text(item.get("primary_name"))
            if part:
                parts.append(part.rstrip("\\"))
    return "\\".join(parts)


def _programs(command: str, launchers: Sequence[str]) -> tuple[str, ...]:
    lowered = command.lower()
    found = []
    for program in launchers:
        name = program.lower()
        if re.search(rf"(?<![a-z0-9_-]){re.escape(name)}(?:\.exe|\.com)?(?![a-z0-9_-])", lowered):
            found.append(program)
    return tuple(found)


def _raw_strings(data: bytes) -> str:
    # Shortcut strings are UTF-16LE (or the ANSI code page); both decodings, joined, are enough
    # to find program names without trusting any offset in the file.
    return data.decode("utf-16-le", "ignore") + "\n" + data.decode("latin-1")


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: object, strip: bool = True) -> str:
    if not isinstance(value, str):
        return ""
    text = value.replace("\x00", "")
    return text.strip() if strip else text.rstrip()


def _shorten(value: str) -> str:
    return printable(value, _SHOWN)
