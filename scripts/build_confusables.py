"""Build keiho's confusable-skeleton table from Unicode's confusables.txt (UTS #39).

Usage: python scripts/build_confusables.py PATH/TO/confusables.txt

The output, src/keiho/domains/data/confusables.tsv, keeps only the mappings whose target
folds to ASCII letters, digits or hyphen: that is what a lookalike of an ASCII brand needs,
and it keeps the table small. Unicode data is redistributed under the Unicode License
(see the header the script writes).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/keiho/domains/data/confusables.tsv"
ALLOWED = set("abcdefghijklmnopqrstuvwxyz0123456789-")


def main(src: str) -> None:
    header: list[str] = []
    rows: list[tuple[str, str]] = []
    for line in Path(src).read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("#") and not rows and ("Version" in line or "Date" in line or "©" in line):
            header.append(line.lstrip("# ").strip())
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        source_hex, target_hex, _kind = (part.strip() for part in body.split(";")[:3])
        source = "".join(chr(int(h, 16)) for h in source_hex.split())
        target = "".join(chr(int(h, 16)) for h in target_hex.split())
        folded = unicodedata.normalize("NFKD", target).lower()
        folded = "".join(c for c in folded if not unicodedata.combining(c))
        if folded and set(folded) <= ALLOWED and len(source) == 1 and source.lower() != folded:
            rows.append((source, folded))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# Derived from Unicode confusables.txt (UTS #39): " + "; ".join(header) + "\n")
        out.write("# Unicode License v3 - https://www.unicode.org/license.txt - only mappings to ASCII kept.\n")
        out.write("# codepoint<TAB>ascii skeleton\n")
        for source, target in sorted(set(rows)):
            out.write(f"{ord(source):04X}\t{target}\n")
    print(f"{len(set(rows))} mappings -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
