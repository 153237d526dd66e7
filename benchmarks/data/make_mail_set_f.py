"""Build the held-out labelled mail & chat set F in benchmarks/data/mail-f/ (deterministic).

    python benchmarks/data/make_mail_set_f.py          # (re)write set F and print the counts
    python benchmarks/data/make_mail_set_f.py --check  # rebuild in a temp dir, fail if it differs

Set F was written after sets A to E had been used or seen by the developers. Its messages are hand-written
in mail_src_f/{lures_f,benign_f,chats_f,threads_f}.py; the RFC 5322 writer (spec.py), the staff (people.py),
the attachment builders (binaries.py), the set writer (labelled_set.py) and the Slack writer are imported
unchanged from mail_src/, and the extra attachment shapes from mail_src_c/attachments_c.py and
mail_src_d/attachments_d.py. Needs pycdlib and py7zr (both in the project's .venv). See mail-f/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))
sys.path.insert(0, str(HERE / "mail_src_d"))
sys.path.insert(0, str(HERE / "mail_src_f"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_f import BENIGN
from chats_f import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_f import LURES

SOURCE = SetSource(
    out=HERE / "mail-f",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 7, "ar": 7, "ko": 7, "zh": 7},
    min_eml=120,
    min_messages=130,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
