"""Batch reading: cases that share relative paths keep their own documents."""

from __future__ import annotations

from pathlib import Path

from auditor.pipeline import AuditOptions, read_files
from auditor.reading.discover import discover
from auditor.reading.ocr import probe
from tests.unit.cache_cases import make_pdf


def test_same_relative_path_in_two_cases_reads_each_file(tmp_path: Path) -> None:
    files = []
    for name in ("alpha", "beta"):
        case = tmp_path / name / "identity"
        case.mkdir(parents=True)
        make_pdf(case / "passport.pdf", f"Holder {name.upper()} of this passport. " * 4)
        files += discover(tmp_path / name)[0]
    assert [f.relpath for f in files] == ["identity/passport.pdf"] * 2
    read = read_files(files, probe(), AuditOptions(jobs=2, cache_dir=None))
    assert "ALPHA" in read[0].pages[0].text and "BETA" not in read[0].pages[0].text
    assert "BETA" in read[1].pages[0].text
