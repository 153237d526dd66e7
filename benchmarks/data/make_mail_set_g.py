"""Build the held-out labelled mail & chat set G in benchmarks/data/mail-g/ (deterministic).

    python benchmarks/data/make_mail_set_g.py          # (re)write set B and print the counts
    python benchmarks/data/make_mail_set_g.py --check  # rebuild in a temp dir, fail if it differs

Set G was written after sets A to F had been used or seen for development. Its messages are hand-written
in mail_src_g/{lures_g,benign_g,chats_g}.py (partners and thread ids in threads_g.py); the RFC 5322 writer
(spec.py), the staff (people.py), the attachment builders (binaries.py) and the set writer are imported
unchanged from mail_src/, plus sets C and D's attachment shapes (mail_src_c/attachments_c.py,
mail_src_d/attachments_d.py). Needs pycdlib and py7zr (both in the project's .venv). See mail-g/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))
sys.path.insert(0, str(HERE / "mail_src_d"))
sys.path.insert(0, str(HERE / "mail_src_g"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_g import BENIGN
from chats_g import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_g import LURES

SOURCE = SetSource(
    out=HERE / "mail-g",
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
