"""Attachments: what a file really is, what is inside its archives, and what would run.

`analyze_attachments(message, ctx)` is the entry point. The pipeline, one module a step:
`archives` walks into archives, counting every byte, member and password try in `budget`
against the bounds of `limits` (read from the rule files by `settings`); `filetype` says what
each file is by content; `names`, `passwords`, `lnk`, `office`, `scripts`, `smuggling` and
`hashes` each look at one aspect of a file; `analyze` turns what they saw into `mail.attach-*`
findings.
"""

from keiho.mail.attachments.analyze import analyze_attachments

__all__ = ["analyze_attachments"]
