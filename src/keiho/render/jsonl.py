"""One JSON object a subject, a line each: the format for pipelines and other tools."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from keiho.findings import SubjectResult, Verdict


def write_jsonl(results: Iterable[SubjectResult], out: TextIO) -> None:
    dumps = json.dumps
    for result in results:
        if result.verdict is Verdict.CLEAN and not result.findings:
            # Most of a large stream is clean: the same object, without building a dict for it.
            line = f'{{"subject":{dumps(result.subject, ensure_ascii=False)},"kind":{dumps(result.kind)},"verdict":"clean","score":0,"findings":[]}}'
        else:
            line = dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":"))
        out.write(line)
        out.write("\n")
