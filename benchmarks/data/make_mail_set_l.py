"""Build the held-out labelled mail & chat set L in benchmarks/data/mail-l/ (deterministic).

    python benchmarks/data/make_mail_set_l.py          # (re)write set L and print the counts
    python benchmarks/data/make_mail_set_l.py --check  # rebuild in a temp dir, fail if it differs

Set L was written after sets A to K had been used or seen while developing the detector. Its messages are
hand-written in mail_src_l/{lures_l,benign_l,chats_l,threads_l}.py; the RFC 5322 writer (spec.py), the
staff (people.py), the attachment builders (binaries.py, mail_src_c/attachments_c.py,
mail_src_d/attachments_d.py) and the chat writers (slack_writer.py, chat_writers.py) are imported
unchanged. Needs pycdlib and py7zr (both in the project's .venv). See mail-l/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))
sys.path.insert(0, str(HERE / "mail_src_d"))
sys.path.insert(0, str(HERE / "mail_src_l"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_l import BENIGN
from chats_l import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_l import LURES

SOURCE = SetSource(
    out=HERE / "mail-l",
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
