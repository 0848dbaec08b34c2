"""A per-file time budget: a file built to read slowly costs its budget, never the case's day.

Time limits per task (a text pass, an OCR page) still let one file with many slow pages take
hours. Past its budget a file's running pages are stopped and the others not started; what was
read is kept, the rest is noted, and the other files are read as usual. The tests set small
budgets and patch the one OCR module (or the PDF text pass) to be slow; they assert outcomes.
"""

from __future__ import annotations

import time
from pathlib import Path

from auditor import pipeline
from auditor.pipeline import AuditOptions, read_files
from auditor.reading import ocr, pdf_text
from auditor.reading.cache import ReadCache
from auditor.reading.discover import discover
from auditor.reading.workers import Budget, TaskFailure, run_tasks

from .test_ocr_faults import make_hostile

BUDGET_WORDS = "limit for one file, so the rest of it was not read"
FAST_WIDTH = 1400  # the scan's first page: read at once; the others are slow
SLOW_SECONDS = 60.0  # far beyond any budget the tests set, well within the per-page limit
GENEROUS = 600.0


def _case(case: Path) -> None:
    """A text letter and a 4-page scan whose pages have different widths (the OCR stub tells
    them apart by that)."""
    case.mkdir()
    (case / "letter.pdf").write_bytes(make_hostile.text_pdf(["Northwind Analytics letter"] * 3))
    frames = [
        make_hostile._page_picture("L", f"Pay statement page {n}", (FAST_WIDTH + 40 * n, 600))
        for n in range(4)
    ]
    frames[0].save(case / "scan.tiff", "TIFF", save_all=True, append_images=frames[1:])


def _slow_after_the_first_page(engine, image, dpi):
    if image.width != FAST_WIDTH:
        time.sleep(SLOW_SECONDS)
    return ocr.OcrResult((ocr.OcrWord("Pay", (1, 1, 9, 9), 0.9),), 0)


def test_past_its_budget_a_file_keeps_what_was_read_and_notes_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "recognise", _slow_after_the_first_page)
    _case(tmp_path / "case")
    files, _ = discover(tmp_path / "case")
    engine = ocr.Engine("0.0", "/nonexistent", ("eng",))  # never used: recognise is patched
    options = AuditOptions(jobs=1, cache_dir=tmp_path / "cache", file_seconds=10.0)
    letter, scan = read_files(files, engine, options)
    assert scan.problem is None
    assert [p.number for p in scan.pages if p.text] == [1]  # the first page was read
    assert any(n.startswith("pages 2-4: ") and BUDGET_WORDS in n for n in scan.notes), scan.notes
    assert "10-second" in " ".join(scan.notes)
    assert "Northwind" in " ".join(p.text for p in letter.pages)  # the audit went on
    cache = ReadCache(tmp_path / "cache", engine.settings_key)
    assert cache.lookup(scan.file) is None  # a limit hit may pass another time: not kept
    assert cache.lookup(letter.file) is not None


def test_a_text_pass_past_the_budget_makes_the_file_unreadable_with_that_reason(
    tmp_path, monkeypatch
):
    real = pdf_text.read_pdf

    def slow(file, *args):
        if file.relpath == "slow.pdf":
            time.sleep(SLOW_SECONDS)
        return real(file, *args)

    monkeypatch.setattr(pdf_text, "read_pdf", slow)
    case = tmp_path / "case"
    _case(case)
    (case / "slow.pdf").write_bytes(make_hostile.text_pdf(["A letter drawn very slowly"]))
    files, _ = discover(case)
    engine = ocr.Engine("0.0", "/nonexistent", ("eng",))
    monkeypatch.setattr(ocr, "recognise", lambda e, i, d: ocr.OcrResult((), 0))
    options = AuditOptions(jobs=2, cache_dir=None, file_seconds=3.0)
    reads = {r.file.relpath: r for r in read_files(files, engine, options)}
    assert BUDGET_WORDS in (reads["slow.pdf"].problem or ""), reads["slow.pdf"].problem
    assert "Northwind" in " ".join(p.text for p in reads["letter.pdf"].pages)


def _task(item: str) -> str:
    if item.startswith("slow"):
        time.sleep(120)
    return item.upper()


def test_a_budget_is_shared_by_a_group_of_tasks_and_spares_the_others():
    items = ["slow-1", "a", "slow-2", "slow-3", "b", "slow-4", "c"]
    budget = Budget(2.0, lambda item: item.split("-")[0])
    outcomes = {
        o.item: o.result
        for o in run_tasks(_task, items, 2, lambda _: GENEROUS, None, budget=budget)
    }
    assert [outcomes[k] for k in "abc"] == ["A", "B", "C"]
    for n in range(1, 5):
        failure = outcomes[f"slow-{n}"]
        assert isinstance(failure, TaskFailure) and BUDGET_WORDS in failure.reason
    assert budget.spent["slow"] >= 2.0
    # the budget carries over: a later run of the same group starts nothing
    again = run_tasks(_task, ["slow-5"], 1, lambda _: GENEROUS, budget=budget)[0]
    assert isinstance(again.result, TaskFailure) and BUDGET_WORDS in again.result.reason


def test_the_default_budget_is_minutes():
    assert AuditOptions().file_seconds == pipeline.FILE_SECONDS >= 120
