"""Build the held-out labelled mail & chat set H in benchmarks/data/mail-h/ (deterministic).

    python benchmarks/data/make_mail_set_h.py          # (re)write set H and print the counts
    python benchmarks/data/make_mail_set_h.py --check  # rebuild in a temp dir, fail if it differs

Set H was written after sets A to G had been used or seen for development. Its messages are hand-written
in mail_src_h/{lures_h,benign_h,chats_h}.py (partners and thread ids in threads_h.py); the RFC 5322 writer
(spec.py), the staff (people.py), the attachment builders (binaries.py), the chat writers and the set writer
are imported unchanged from mail_src/, plus sets C and D's attachment shapes (mail_src_c/attachments_c.py,
mail_src_d/attachments_d.py). Needs pycdlib and py7zr (both in the project's .venv). See mail-h/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))
sys.path.insert(0, str(HERE / "mail_src_d"))
sys.path.insert(0, str(HERE / "mail_src_h"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_h import BENIGN
from chats_h import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_h import LURES

SOURCE = SetSource(
    out=HERE / "mail-h",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 7, "ar": 7, "ko": 7, "zh": 7},
    min_eml=130,
    min_messages=150,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
