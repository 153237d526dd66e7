"""Build the held-out labelled mail & chat set C in benchmarks/data/mail-c/ (deterministic).

    python benchmarks/data/make_mail_set_c.py          # (re)write set C and print the counts
    python benchmarks/data/make_mail_set_c.py --check  # rebuild in a temp dir, fail if it differs

Set C was written after sets A (benchmarks/data/mail/) and B (benchmarks/data/mail-b/) had been used
for development. Its messages are hand-written in mail_src_c/{lures_c,benign_c,chats_c}.py; the RFC 5322 writer (spec.py), the staff
(people.py) and the attachment builders (binaries.py) are imported unchanged from mail_src/;
mail_src_c/attachments_c.py adds a few more inert shapes (CHM, MSI, macOS pkg and script app, SVG smuggling).
Needs pycdlib and py7zr (both in the project's .venv). See mail-c/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))
sys.path.insert(0, str(HERE / "mail_src_c"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign_c import BENIGN
from chats_c import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures_c import LURES

SOURCE = SetSource(
    out=HERE / "mail-c",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 7, "ar": 7, "ko": 7, "zh": 7},
    min_messages=130,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
