"""Whole cases that crashed the audit (issue 18): duplicated permits, a $0 salary, deep folders.

Each test is built from the issue's reproduction. Most run the in-process pipeline on copies of
the text-layer samples (no OCR, so they stay fast), reading through one cache per module: a
copy of a file has the same content hash as the original and is read once.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.pipeline import AuditOptions, run_audit, run_batch
from auditor.reading.discover import MAX_DEPTH, TOO_DEEP, discover
from auditor.reading.ocr import probe
from auditor.report.html import render_html
from auditor.report.json_report import report_dict
from auditor.report.view import build_view
from auditor.result import AuditResult

pytestmark = pytest.mark.ocr  # the pipeline probes Tesseract (no page here needs OCR)

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
# The samples whose every page has a text layer (the others need OCR: minutes, not seconds).
TEXT_LAYER = [
    "bare-letters-no-language",
    "eligible-en-digital",
    "excluded-work-quebec",
    "paystub-discrepancies",
    "two-jobs-overlap",
]
NOT_DOCUMENTS = {"case.yaml", "review.yaml", "expected.yaml"}


def documents_of(case: Path) -> list[Path]:
    return sorted(p for p in case.rglob("*") if p.is_file() and p.name not in NOT_DOCUMENTS)


def duplicate(path: Path, copy: int = 1) -> None:
    """`status/work-permit.pdf` -> `status/work-permit (1).pdf`, as a file manager names it."""
    shutil.copyfile(path, path.with_name(f"{path.stem} ({copy}){path.suffix}"))


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A read cache holding every text-layer sample, read once for the whole module."""
    folder = tmp_path_factory.mktemp("read-cache")
    run_batch([SAMPLES / n for n in TEXT_LAYER], probe(), AuditOptions(jobs=2, cache_dir=folder))
    return folder


def audit(case: Path, cache: Path) -> AuditResult:
    return run_audit(case, probe(), AuditOptions(jobs=2, cache_dir=cache))


def render(result: AuditResult, cache: Path) -> None:
    """Both reports built in memory, where findings and documents are sorted and grouped."""
    json.dumps(report_dict(result))
    render_html(build_view(result, jobs=2, cache_dir=cache))


def test_two_copies_of_a_work_permit_audit(tmp_path: Path, cache: Path) -> None:
    """Issue 18, item 1: `status/work-permit (1).pdf` beside `status/work-permit.pdf` raised
    TypeError (two permits with the same dates sorted with the Document as tie-breaker);
    traceback, exit 1, no report. Fails on the tree before 31cae2d."""
    case = tmp_path / "case"
    shutil.copytree(SAMPLES / "eligible-en-digital", case)
    duplicate(case / "status" / "work-permit.pdf")
    result = audit(case, cache)
    render(result, cache)
    duplicates = [f for f in result.findings if f.rule == "DOC-DUPLICATE-001"]
    assert [f.status for f in duplicates] == ["failed"]
    assert set(duplicates[0].documents) == {"status/work-permit.pdf", "status/work-permit (1).pdf"}
    assert not [f for f in result.findings if "could not run" in f.message]


@pytest.mark.parametrize("sample", TEXT_LAYER)
def test_every_document_twice_audits(tmp_path: Path, cache: Path, sample: str) -> None:
    """Every document of a sample copied under another name: the audit and both reports run,
    and no rule crashes (a crashed rule becomes an unknown 'the check could not run')."""
    case = tmp_path / sample
    shutil.copytree(SAMPLES / sample, case)
    for path in documents_of(case):
        duplicate(path)
    result = audit(case, cache)
    render(result, cache)
    assert not [f for f in result.findings if "could not run" in f.message]


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_documents_any_number_of_times_audit(
    tmp_path_factory: pytest.TempPathFactory, cache: Path, data: st.DataObject
) -> None:
    """A property over the duplicates: any sample, any of its documents, copied 1-3 times."""
    sample = data.draw(st.sampled_from(TEXT_LAYER), label="sample")
    case = tmp_path_factory.mktemp("dup") / sample
    shutil.copytree(SAMPLES / sample, case)
    documents = documents_of(case)
    chosen = data.draw(st.lists(st.sampled_from(documents), min_size=1, unique=True))
    for path in chosen:
        for copy in range(1, data.draw(st.integers(1, 3), label=path.name) + 1):
            duplicate(path, copy)
    result = audit(case, cache)
    json.dumps(report_dict(result))
    assert not [f for f in result.findings if "could not run" in f.message]


def test_a_zero_salary_gives_unknown_and_no_traceback(tmp_path: Path) -> None:
    """Issue 18: a letter whose salary is $0.00 made XDOC-WAGE-001 divide by zero: a traceback
    on stderr even with -q, and 'the check could not run' in the report."""
    sys.path.insert(0, str(REPO))  # the sample generator lives beside the tests
    try:
        from samples.gen.cases import eligible_en_digital
        from samples.gen.model import write_case
    finally:
        sys.path.remove(str(REPO))
    case = eligible_en_digital()
    for file in case.files:
        for doc in file.docs:
            if doc.kind == "employment_letter":
                doc.fields["wage_amount"] = 0.0
    write_case(tmp_path, case)
    done = subprocess.run(
        [sys.executable, "-m", "auditor", case.name, "--out", "out", "-q", "--format", "json"]
        + ["--no-cache", "--jobs", "2"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.stderr == ""
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    (wage,) = [f for f in report["findings"] if f["rule"] == "XDOC-WAGE-001"]
    assert wage["status"] == "unknown"
    assert "the letter's salary reads as 0.00/year" in wage["message"]


def test_a_folder_990_levels_deep_is_a_finding(tmp_path: Path, cache: Path) -> None:
    """Issue 18: a case with a folder nested 990 levels deep ended in RecursionError (os.walk
    recurses once per level). Folders below MAX_DEPTH levels are now a reason, not a walk."""
    case = tmp_path / "case"
    shutil.copytree(SAMPLES / "eligible-en-digital", case)
    try:
        nest(case, 990, (SAMPLES / "eligible-en-digital" / "identity" / "passport.pdf"))
        files, skipped = discover(case)
        assert len(files) == len(documents_of(SAMPLES / "eligible-en-digital"))
        assert [(s.relpath, s.reason) for s in skipped] == [
            ("/".join(["d"] * (MAX_DEPTH + 1)), TOO_DEEP)
        ]
        result = audit(case, cache)
        render(result, cache)
        (unread,) = [
            f for f in result.findings if f.rule == "DOC-UNREADABLE-001" and f.status == "failed"
        ]
        assert f"nested more than {MAX_DEPTH} levels deep" in unread.message
    finally:
        flatten(case)


def nest(case: Path, levels: int, document: Path) -> None:
    """`case/d/d/.../d/letter.pdf`, `levels` folders deep, made through descriptors (the
    whole path would pass PATH_MAX)."""
    here = os.open(case, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(levels):
            os.mkdir("d", dir_fd=here)
            below = os.open("d", os.O_RDONLY | os.O_DIRECTORY, dir_fd=here)
            os.close(here)
            here = below
        fd = os.open("letter.pdf", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=here)
        os.write(fd, document.read_bytes())
        os.close(fd)
    finally:
        os.close(here)


def flatten(case: Path) -> None:
    """Take the chain of `d` folders apart one level at a time (rmtree recurses per level,
    and so would pytest's clean-up of old temporary folders)."""
    if not case.exists():
        return
    while (case / "d" / "d").is_dir():
        (case / "d" / "d").rename(case / "up")
        for leftover in (case / "d").iterdir():  # the file at the bottom, at the end
            leftover.unlink()
        (case / "d").rmdir()
        (case / "up").rename(case / "d")
    shutil.rmtree(case)
