"""Build the held-out labelled mail & chat set K in benchmarks/data/mail-k/ (deterministic).

    python benchmarks/data/make_mail_set_k.py          # (re)write set K and print the counts
    python benchmarks/data/make_mail_set_k.py --check  # rebuild in a temp dir, fail if it differs

Set K was written after sets A to I had been used or seen while developing the detector. Its messages are
hand-written in mail_src_k/{lures_k,benign_k,chats_k,threads_k}.py; the RFC 5322 writer (spec.py), the staff
(people.py), the attachment builders (binaries.py and sets C/D's attachments_c.py, attachments_d.py), the set
writer (labelled_set.py) and the chat writers (slack_writer.py, chat_writers.py) are imported unchanged.
Needs pycdlib and py7zr (both in the project's .venv). See mail-k/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))
sys.path.insert(0, str(HERE / "mail_src_d"))
sys.path.insert(0, str(HERE / "mail_src_k"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_k import BENIGN
from chats_k import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_k import LURES

SOURCE = SetSource(
    out=HERE / "mail-k",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 7, "ar": 7, "ko": 7, "zh": 7},
    min_eml=110,
    min_messages=130,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
