"""Small cases the cache tests read: a one-text PDF, and a case classified by the pipeline."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from auditor.pipeline import AuditOptions, Progress, read_and_classify
from auditor.reading.discover import discover
from auditor.reading.ocr import probe


def make_pdf(path: Path, text: str) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    pdf.output(str(path))


def classify_case(case: Path, cache_dir: Path | None) -> tuple[list, list[Progress]]:
    seen: list[Progress] = []
    options = AuditOptions(jobs=2, cache_dir=cache_dir, on_progress=seen.append)
    files, _ = discover(case)
    return read_and_classify(files, probe(), options), seen
