"""Exit codes. Scan commands exit with the worst outcome among the subjects they checked."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from keiho.findings import SubjectResult, Verdict

OK = 0  # everything checked, all clean
INTERNAL_ERROR = 1  # a bug in keiho: please report it
USAGE = 2  # bad arguments, profile or rule configuration; nothing was checked
INPUT_ERRORS = 3  # some input could not be checked (bad lines); the rest was clean
SUSPICIOUS = 4  # at least one subject is suspicious, none malicious
MALICIOUS = 5  # at least one subject is malicious

_BY_VERDICT = {Verdict.CLEAN: OK, Verdict.ERROR: INPUT_ERRORS, Verdict.SUSPICIOUS: SUSPICIOUS, Verdict.MALICIOUS: MALICIOUS}


class WorstOutcome:
    """Passes results through while remembering the exit code they add up to."""

    def __init__(self) -> None:
        self.code = OK

    def watch(self, results: Iterable[SubjectResult]) -> Iterator[SubjectResult]:
        for result in results:
            self.code = max(self.code, _BY_VERDICT[result.verdict])
            yield result
