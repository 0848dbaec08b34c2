"""A real damaged PDF, named as a photo, audited in French: its reading notes are in French.

The file comes from the shared robustness corpus (a PDF with junk before its header and wrong
cross-reference offsets, which PDFium repairs); it is written into the test's own case folder
under a `.jpg` name, never into the project. Its notes are made in English by the reading stage
(the read cache keeps that text) and said in French in the report; report.json keeps English.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared import CORPUS, need_shared

AUDIT = Path(sys.executable).with_name("audit")
DAMAGED = "pdfplumber__issue-848__junk-before-header.pdf"
WRONG_NAME_EN = "the file is named .jpg but is a PDF; it was read as a PDF"
WRONG_NAME_FR = (
    "le fichier porte l&#39;extension .jpg, mais c&#39;est un PDF ; il a été lu comme un PDF"
)
REPAIRED_FR = "le PDF était endommagé et a été réparé pour être lu"


@pytest.mark.skipif(not AUDIT.exists(), reason="the audit command is not installed")
def test_a_damaged_file_s_notes_are_in_french(tmp_path: Path) -> None:
    need_shared()
    case = tmp_path / "case"
    case.mkdir()
    (case / "scan.jpg").write_bytes((CORPUS / DAMAGED).read_bytes())
    out = tmp_path / "out"
    done = subprocess.run(
        [str(AUDIT), str(case), "--out", str(out), "--no-cache", "--jobs", "1", "--lang", "fr"],
        capture_output=True,
        timeout=600,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr.decode()  # the audit ran
    html = (out / "report.html").read_text(encoding="utf-8")
    assert WRONG_NAME_FR in html
    assert REPAIRED_FR in html
    assert "the file is named .jpg" not in html
    assert "has been repaired to read it" not in html
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    english = json.dumps(report, ensure_ascii=False)
    assert WRONG_NAME_EN in english  # report.json keeps the English text
