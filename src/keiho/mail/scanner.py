"""Scan messages: parse, run every analyser, weigh the findings with the policy.

`MailScanner.scan_message` is the whole decision for one message; `scan_paths` and
`scan_chat` feed it from files, mailboxes, IMAP folders and chat exports, in order, with
`jobs` worker processes for email when asked.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import islice
from pathlib import Path

from keiho.findings import Finding, Severity, SubjectResult
from keiho.intel.lookup import IntelIndex
from keiho.mail.attachments import analyze_attachments
from keiho.mail.chat import iter_chat_messages
from keiho.mail.chat.conversation import ConversationMemory, Recent
from keiho.mail.context import ScanContext
from keiho.mail.identity import analyze_identity
from keiho.mail.intel_match import analyze_intel
from keiho.mail.links import analyze_links
from keiho.mail.lure_model import analyze_lure_model
from keiho.mail.lures import analyze_lures
from keiho.mail.message import Message
from keiho.mail.parse import parse_email
from keiho.mail.policy import Policy, load_policy
from keiho.mail.sources import RawMessage, iter_raw_messages
from keiho.mail.structure import analyze_structure
from keiho.profile import Profile

log = logging.getLogger(__name__)

Analyzer = Callable[[Message, ScanContext], list[Finding]]
ProblemHandler = Callable[[str, str], None]
# The analysers that also read a chat sender's recent messages together.
_READ_ACROSS_MESSAGES = frozenset({"lures", "lure-model"})
ANALYZERS: tuple[tuple[str, Analyzer], ...] = (
    ("identity", analyze_identity),
    ("links", analyze_links),
    ("lures", analyze_lures),
    ("lure-model", analyze_lure_model),
    ("attachments", analyze_attachments),
    ("intel", analyze_intel),
    ("structure", analyze_structure),
)
_INCOMPLETE = "mail.incomplete-scan"
_WINDOW_PER_JOB = 64  # messages handed to the workers at a time, so a huge mbox streams


class MailScanner:
    def __init__(self, ctx: ScanContext, policy: Policy, analyzers: Iterable[tuple[str, Analyzer]] = ANALYZERS) -> None:
        self.ctx = ctx
        self.policy = policy
        self.analyzers = tuple(analyzers)

    @classmethod
    def from_profile(
        cls,
        profile: Profile,
        intel: IntelIndex | None = None,
        at: date | None = None,
        policy_path: str | Path | None = None,
    ) -> MailScanner:
        if policy_path is None and profile.mail.policy:
            policy_path = profile.base_dir / profile.mail.policy
        return cls(ScanContext.from_profile(profile, intel, at), load_policy(policy_path))

    # -- one message ----------------------------------------------------------------------------

    def scan_message(self, message: Message, recent: Recent | None = None) -> SubjectResult:
        """Every analyser on `message`; with `recent` (a chat sender's last messages read as one),
        the lure rules also read those, so a lure split over several messages is seen whole."""
        findings: dict[str, Finding] = {}
        for name, analyzer in self.analyzers:
            found = self._run(name, analyzer, message)
            if recent is not None and name in _READ_ACROSS_MESSAGES:
                # Reading the conversation can only add evidence of a lure. When it does, the
                # analyser's score-0 opinions of the one message ("unlike a lure") give way.
                across = [f for f in self._run(name, analyzer, recent.combined) if not _opinion(f)]
                if any(f.score > 0 for f in across):
                    found = [f for f in found if not _opinion(f)]
                    _keep_strongest(findings, [replace(f, evidence={**f.evidence, "messages": recent.count}) for f in across])
            _keep_strongest(findings, found)
        return self.policy.result(message.location, message.kind, findings.values())

    def _run(self, name: str, analyzer: Analyzer, message: Message) -> list[Finding]:
        try:
            return analyzer(message, self.ctx)
        except Exception as exc:  # noqa: BLE001 - one analyser's bug must not lose the message
            log.warning("%s: the %s analyser failed (%s: %s); other results kept", message.location, name,
                        type(exc).__name__, exc)
            return [_incomplete(message.location, name, exc)]

    def scan_raw(self, raw: RawMessage) -> SubjectResult:
        try:
            message = parse_email(raw.data, raw.location)
        except Exception as exc:  # noqa: BLE001 - the parser is meant never to raise; if it does, say so
            log.warning("%s: could not be parsed (%s: %s)", raw.location, type(exc).__name__, exc)
            return SubjectResult.failed(raw.location, "email", f"could not be parsed: {type(exc).__name__}: {exc}")
        return self.scan_message(message)

    # -- many messages ----------------------------------------------------------------------------

    def scan_paths(self, targets: Iterable[str], jobs: int = 1, on_problem: ProblemHandler | None = None) -> Iterator[SubjectResult]:
        """Every message under the targets (files, folders, mbox, Maildir, imap:// URLs), in order."""
        raws = iter_raw_messages(targets, on_problem=on_problem)
        if jobs <= 1:
            for raw in raws:
                yield self.scan_raw(raw)
            return
        yield from self._scan_parallel(raws, jobs)

    def scan_chat(self, path: str | Path, on_problem: ProblemHandler | None = None) -> Iterator[SubjectResult]:
        memory = ConversationMemory()
        for message in iter_chat_messages(path, on_problem=on_problem):
            yield self.scan_message(message, memory.add(message))

    def _scan_parallel(self, raws: Iterator[RawMessage], jobs: int) -> Iterator[SubjectResult]:
        global _worker_scanner
        _worker_scanner = self  # inherited by the forked workers: nothing large is pickled
        context = multiprocessing.get_context("fork")
        with context.Pool(jobs) as pool:
            while window := list(islice(raws, jobs * _WINDOW_PER_JOB)):
                yield from pool.imap(_scan_in_worker, window, chunksize=8)


_worker_scanner: MailScanner | None = None


def _scan_in_worker(raw: RawMessage) -> SubjectResult:
    assert _worker_scanner is not None
    return _worker_scanner.scan_raw(raw)


def _opinion(finding: Finding) -> bool:
    """A score-0 judgement of the content (not a report that part of the scan failed)."""
    return finding.score == 0 and finding.rule != _INCOMPLETE


def _keep_strongest(findings: dict[str, Finding], found: Iterable[Finding]) -> None:
    # One finding per rule per message (stable ids); keep the strongest.
    for finding in found:
        kept = findings.get(finding.rule)
        if kept is None or finding.score > kept.score:
            findings[finding.rule] = finding


def _incomplete(subject: str, analyser: str, exc: Exception) -> Finding:
    return Finding(
        rule=_INCOMPLETE,
        title="Part of the scan failed",
        severity=Severity.INFO,
        subject=subject,
        score=0,
        evidence={"analyser": analyser, "error": f"{type(exc).__name__}: {exc}"[:300]},
    )
