"""One JSON object a subject, a line each: the format for pipelines and other tools."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from keiho.findings import SubjectResult


def write_jsonl(results: Iterable[SubjectResult], out: TextIO) -> None:
    for result in results:
        out.write(json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
