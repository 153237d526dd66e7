"""Build the held-out labelled mail & chat set M in benchmarks/data/mail-m/ (deterministic).

    python benchmarks/data/make_mail_set_m.py          # (re)write set M and print the counts
    python benchmarks/data/make_mail_set_m.py --check  # rebuild in a temp dir, fail if it differs

Set M was written after sets A to K had been used for development. Its messages are hand-written in
mail_src_m/{lures_m,benign_m,chats_m,threads_m}.py; the RFC 5322 writer (spec.py), the staff (people.py),
the attachment builders (binaries.py), the chat writers (slack_writer.py, chat_writers.py) and the extra
attachment shapes of sets C and D (attachments_c.py, attachments_d.py) are imported unchanged.
Needs pycdlib and py7zr (both in the project's .venv). See mail-m/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))
sys.path.insert(0, str(HERE / "mail_src_d"))
sys.path.insert(0, str(HERE / "mail_src_m"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_m import BENIGN
from chats_m import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_m import LURES

SOURCE = SetSource(
    out=HERE / "mail-m",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 7, "ar": 7, "ko": 7, "zh": 7},
    min_eml=120,
    min_messages=150,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
