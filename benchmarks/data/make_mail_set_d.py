"""Build the held-out labelled mail & chat set D in benchmarks/data/mail-d/ (deterministic).

    python benchmarks/data/make_mail_set_d.py          # (re)write set D and print the counts
    python benchmarks/data/make_mail_set_d.py --check  # rebuild in a temp dir, fail if it differs

Set D was written after sets A, B and C had been used or seen during development. Its messages are
hand-written in mail_src_d/{lures_d,benign_d,chats_d}.py (partners and thread Message-IDs in
threads_d.py, two extra inert attachment shapes in attachments_d.py); the RFC 5322 writer (spec.py),
the staff (people.py), the attachment builders (binaries.py), the set writer (labelled_set.py) and
set C's attachment shapes (mail_src_c/attachments_c.py) are imported unchanged.
Needs pycdlib and py7zr (both in the project's .venv). See mail-d/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))
sys.path.insert(0, str(HERE / "mail_src_d"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_d import BENIGN
from chats_d import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_d import LURES

SOURCE = SetSource(
    out=HERE / "mail-d",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 7, "ar": 7, "ko": 7, "zh": 7},
    min_messages=130,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
