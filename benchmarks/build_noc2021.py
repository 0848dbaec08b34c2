"""Builds checklists/noc2021/noc2021.json: the NOC 2021 fields the auditor uses, reduced.

Input: ../shared/data/noc2021/noc2021.json (Statistics Canada, NOC 2021 Version 1.0, Open
Government Licence - Canada; provenance in that folder's README). Output keeps only code,
titles, TEER, lead statement, main duties and example titles (EN and FR), in code order, so the
package ships ~2 MB instead of 4.5 MB. Deterministic: the same input gives the same bytes.

    .venv/bin/python benchmarks/build_noc2021.py [SOURCE_JSON]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "noc2021" / "noc2021.json"
TARGET = ROOT / "checklists" / "noc2021" / "noc2021.json"
KEYS = (
    "code",
    "title_en",
    "title_fr",
    "teer",
    "lead_statement_en",
    "main_duties_en",
    "example_titles_en",
    "example_titles_fr",
)


def build(source: Path) -> list[dict[str, object]]:
    groups = json.loads(source.read_text(encoding="utf-8"))
    return [{k: g[k] for k in KEYS} for g in sorted(groups, key=lambda g: g["code"])]


def main(argv: list[str]) -> None:
    source = Path(argv[0]) if argv else SOURCE
    text = json.dumps(build(source), ensure_ascii=False, separators=(",", ":")) + "\n"
    TARGET.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    print(
        f"{TARGET.relative_to(ROOT)}: {len(text.encode()):,} bytes from {source} (sha256 {digest})"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
