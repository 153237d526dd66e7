"""Renderers: every output format is drawn from the same `SubjectResult` objects."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from keiho.findings import SubjectResult
from keiho.render.jsonl import write_jsonl
from keiho.render.sarif import write_sarif
from keiho.render.text import TextRenderer

FORMATS = ("text", "jsonl", "sarif")


def write_results(results: Iterable[SubjectResult], fmt: str, out: TextIO, *, show_clean: bool = False) -> None:
    """Stream `results` to `out` in `fmt`; SARIF, being one document, is written at the end."""
    if fmt == "jsonl":
        write_jsonl(results, out)
    elif fmt == "sarif":
        write_sarif(results, out)
    elif fmt == "text":
        TextRenderer(out, show_clean=show_clean).write(results)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "write_results"]
