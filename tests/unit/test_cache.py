"""The read cache: keyed by content hash, outside the case, a changed file re-read alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from auditor.discover import discover
from auditor.ocr import probe
from auditor.pipeline import AuditOptions, Progress, read_files


def make_pdf(path: Path, text: str) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    pdf.output(str(path))


def read_case(case: Path, cache_dir: Path | None) -> tuple[list, list[Progress]]:
    seen: list[Progress] = []
    options = AuditOptions(jobs=2, cache_dir=cache_dir, on_progress=seen.append)
    files, _ = discover(case)
    return read_files(files, probe(), options), seen


@pytest.fixture
def case(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    for i in range(3):
        make_pdf(case / f"doc{i}.pdf", f"Document number {i}. " * 10)
    return case


def test_warm_run_reads_nothing_and_returns_the_same_pages(case: Path, tmp_path: Path) -> None:
    cold, cold_seen = read_case(case, tmp_path / "cache")
    warm, warm_seen = read_case(case, tmp_path / "cache")
    assert len(cold_seen) == 3
    assert warm_seen == []
    assert [r.pages for r in warm] == [r.pages for r in cold]
    assert [r.file.relpath for r in warm] == ["doc0.pdf", "doc1.pdf", "doc2.pdf"]


def test_changed_file_is_read_again_and_nothing_else(case: Path, tmp_path: Path) -> None:
    read_case(case, tmp_path / "cache")
    make_pdf(case / "doc1.pdf", "A different document altogether. " * 5)
    read, seen = read_case(case, tmp_path / "cache")
    assert [p.file for p in seen] == ["doc1.pdf"]
    assert "different document" in read[1].pages[0].text


def test_no_cache_reads_everything_every_time(case: Path) -> None:
    read_case(case, None)
    _, seen = read_case(case, None)
    assert len(seen) == 3


def test_cache_lives_outside_the_case_folder(case: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in case.rglob("*"))
    read_case(case, tmp_path / "cache")
    assert sorted(p.name for p in case.rglob("*")) == before
    assert list((tmp_path / "cache").rglob("*.pickle"))
