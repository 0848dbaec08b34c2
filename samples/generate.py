"""Generate the synthetic CEC sample cases under samples/ (deterministic: same bytes every run).

Usage: .venv/bin/python samples/generate.py [CASE_NAME ...]

Each case folder gets its documents (born-digital PDFs, scans, phone photos, a multi-page TIFF,
a PDF holding several documents), a case.yaml (CONTRACT.md s.2) and an expected.yaml with the
ground truth: every field each document shows, the verdict, the rules the case is designed to
fail and the qualifying hours with their arithmetic. See samples/README.md.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen.cases import ALL  # noqa: E402
from gen.model import digest, write_case  # noqa: E402

ROOT = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    builders = [
        b for b in ALL if not argv or b.__name__.replace("_", "-") in argv or b().name in argv
    ]
    total_bytes = total_ocr = 0
    for build in builders:
        case = build()
        target = ROOT / case.name
        if target.exists():
            shutil.rmtree(target)
        info = write_case(ROOT, case)
        total_bytes += info["bytes"]
        total_ocr += info["ocr_pages"]
        print(
            f"{case.name:28} {case.verdict:16} hours={info['hours']:8.2f} "
            f"ocr_pages={info['ocr_pages']:2d} size={info['bytes'] / 1e6:5.2f} MB "
            f"failed={','.join(case.failed) or '-'}"
        )
    print(f"total: {total_bytes / 1e6:.2f} MB, {total_ocr} pages needing OCR")
    if not argv:
        print(f"digest: {digest(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
