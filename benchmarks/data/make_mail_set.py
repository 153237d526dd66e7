"""Build the labelled mail & chat evaluation set in benchmarks/data/mail/ (deterministic).

    python benchmarks/data/make_mail_set.py          # (re)write the set and print the counts
    python benchmarks/data/make_mail_set.py --check  # rebuild in a temp dir, fail if it differs

Messages are hand-written in mail_src/{lures,benign,chats}.py; attachments are built by
mail_src/binaries.py. Needs pycdlib and py7zr (both in the project's .venv). See mail/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "mail_src"))

os.environ["TZ"] = "UTC"  # pycdlib stamps local time; keep images identical on every machine

from benign import BENIGN
from chats import SLACK_SERVICE_SUBTYPES, all_chats
from labelled_set import SetSource, main
from lures import LURES

SOURCE = SetSource(
    out=HERE / "mail",
    lures=LURES,
    benign=BENIGN,
    chats=all_chats,
    slack_service_subtypes=SLACK_SERVICE_SUBTYPES,
    min_per_language={"fr": 5, "ar": 5, "ko": 5, "zh": 3},
    min_eml=110,
)

if __name__ == "__main__":
    sys.exit(main(SOURCE, __doc__ or ""))
