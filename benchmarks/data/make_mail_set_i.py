"""Build the held-out labelled mail & chat set I in benchmarks/data/mail-i/ (deterministic).

    python benchmarks/data/make_mail_set_i.py          # (re)write set I and print the counts
    python benchmarks/data/make_mail_set_i.py --check  # rebuild in a temp dir, fail if it differs

Set I was written after sets A to H (benchmarks/data/mail/, mail-b/ ... mail-h/) had been used or seen
for development. Its messages are hand-written in mail_src_i/{lures_i,benign_i,chats_i}.py; the RFC 5322
writer (spec.py), the staff (people.py), the attachment builders (binaries.py, and those of sets C and D)
and the chat writers are imported unchanged.
Needs pycdlib and py7zr (both in the project's .venv). See mail-i/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))
sys.path.insert(0, str(HERE / "mail_src_d"))
sys.path.insert(0, str(HERE / "mail_src_i"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_i import BENIGN
from chats_i import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_i import LURES

SOURCE = SetSource(
    out=HERE / "mail-i",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 7, "ar": 7, "ko": 7, "zh": 7},
    min_messages=130,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
