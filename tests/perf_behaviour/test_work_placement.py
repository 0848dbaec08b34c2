"""Where the work happens (issue 6): no timing here, only which work is done, and by whom."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from auditor.cli import batch as cli
from auditor.cli.progress import ProgressDisplay
from auditor.pipeline import AuditOptions, Progress, run_batch
from auditor.reading import workers
from auditor.reading.ocr import probe
from tests.unit.cache_cases import make_pdf

LETTER = (
    "To whom it may concern,\nThis letter confirms that Jane Doe has been employed full-time "
    "as a Cook with Maple Foods Ltd. since January 3, 2022. She works 40 hours per week at "
    "$25.00 per hour.\nSincerely,\nJohn Smith, Manager"
)


@pytest.fixture
def cases(tmp_path: Path) -> list[Path]:
    out = []
    for name in ("first", "second"):
        case = tmp_path / name
        case.mkdir()
        make_pdf(case / "letter.pdf", LETTER)
        make_pdf(case / "note.pdf", f"A note about the {name} case, nothing to extract. " * 3)
        out.append(case)
    return out


def summary(results) -> list:
    return [
        (r.case_name, [(d.id, d.kind, d.fields) for d in r.documents], r.findings) for r in results
    ]


def test_text_layer_files_are_classified_in_the_workers(
    cases: list[Path], extract_calls: list[str]
) -> None:
    results = run_batch(cases, probe(), AuditOptions(jobs=2, cache_dir=None))
    assert extract_calls == []
    kinds = [d.kind for r in results for d in r.documents]
    assert kinds.count("employment_letter") == 2
    letter = next(d for d in results[0].documents if d.kind == "employment_letter")
    assert letter.value("job_title") == "Cook"


def test_warm_batch_reads_nothing_and_extracts_nothing(
    cases: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    extract_calls: list[str],
) -> None:
    options = AuditOptions(jobs=2, cache_dir=tmp_path / "cache")
    cold = run_batch(cases, probe(), options)

    def no_workers(*args, **kwargs):
        raise AssertionError("a warm run started reading tasks")

    monkeypatch.setattr(workers, "run_tasks", no_workers)
    monkeypatch.setattr("auditor.pipeline.run_tasks", no_workers)
    warm = run_batch(cases, probe(), options)
    assert extract_calls == []
    assert summary(warm) == summary(cold)


def test_progress_counts_files_and_pages_of_the_whole_batch(cases: list[Path]) -> None:
    seen: list[Progress] = []
    run_batch(cases, probe(), AuditOptions(jobs=2, cache_dir=None, on_progress=seen.append))
    assert [p.stage for p in seen] == ["text"] * 4
    assert {p.files_total for p in seen} == {4}
    assert seen[-1].files_done == 4 and seen[-1].pages_done == 4
    assert all(p.elapsed >= 0 for p in seen)


def test_progress_line_shows_files_pages_elapsed_and_time_left() -> None:
    stream = io.StringIO()
    display = ProgressDisplay(stream=stream)
    display.start_case("2 cases")
    display.update(Progress("ocr", 2, 8, "scan.pdf", 10.0, 3, 5, 12, 18))
    line = stream.getvalue().splitlines()[-1]
    assert "3/5 files" in line and "12/18 pages" in line
    assert "elapsed" in line and "~30s left" in line  # 10 s for 2 OCR pages, 6 to go


def test_jobs_default_to_the_cores_this_process_may_use() -> None:
    assert cli.cores() == len(os.sched_getaffinity(0))
