"""Build the held-out labelled mail & chat set J in benchmarks/data/mail-j/ (deterministic).

    python benchmarks/data/make_mail_set_j.py          # (re)write set J and print the counts
    python benchmarks/data/make_mail_set_j.py --check  # rebuild in a temp dir, fail if it differs

Set J was written after sets A to I (benchmarks/data/mail*/) had been used or seen for development, by
someone who did not read the detector. Its messages are hand-written in
mail_src_j/{lures_j,benign_j,chats_j,threads_j}.py; the RFC 5322 writer (spec.py), the staff (people.py),
the attachment builders (binaries.py), the set writer (labelled_set.py) and the chat writers
(slack_writer.py, chat_writers.py) are imported unchanged from mail_src/, plus the attachment shapes of
sets C and D (mail_src_c/attachments_c.py, mail_src_d/attachments_d.py).
Needs pycdlib and py7zr (both in the project's .venv). See mail-j/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))
sys.path.insert(0, str(HERE / "mail_src_d"))
sys.path.insert(0, str(HERE / "mail_src_j"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_j import BENIGN
from chats_j import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_j import LURES

SOURCE = SetSource(
    out=HERE / "mail-j",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 7, "ar": 7, "ko": 7, "zh": 7},
    min_eml=100,
    min_messages=130,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
