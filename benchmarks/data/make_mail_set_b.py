"""Build the held-out labelled mail & chat set B in benchmarks/data/mail-b/ (deterministic).

    python benchmarks/data/make_mail_set_b.py          # (re)write set B and print the counts
    python benchmarks/data/make_mail_set_b.py --check  # rebuild in a temp dir, fail if it differs

Set B was written after set A (benchmarks/data/mail/) had been used for development. Its messages are
hand-written in mail_src_b/{lures_b,benign_b,chats_b}.py; the RFC 5322 writer (spec.py), the staff
(people.py) and the attachment builders (binaries.py) are imported unchanged from mail_src/.
Needs pycdlib and py7zr (both in the project's .venv). See mail-b/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_b"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_b import BENIGN
from chats_b import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_b import LURES

SOURCE = SetSource(
    out=HERE / "mail-b",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 3, "ar": 3, "ko": 3, "zh": 3},
    min_messages=70,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
