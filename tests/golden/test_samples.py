"""Golden tests: every sample case audited for real (Tesseract included) against expected.yaml."""

from __future__ import annotations

import datetime as dt
import os
from functools import cache
from pathlib import Path

import pytest

from auditor.pipeline import AuditOptions, run_audit
from auditor.reading.ocr import probe
from auditor.result import AuditResult
from samples.groundtruth import find_document, load_expected, same_value, sample_cases

CASES = sample_cases()
# OCR reads most but not all characters of a noisy scan right (PERF.md; an accent on a capital
# letter is often lost): the extraction benchmark reports exact figures, and here a scanned or
# photographed document may miss one field, or 15% of its fields when it has more than six.
MAX_MISSED_SHARE_OCR = 0.15

pytestmark = [pytest.mark.ocr, pytest.mark.slow]


@cache
def audited(case_dir: Path) -> AuditResult:
    options = AuditOptions(jobs=os.cpu_count() or 1, cache_dir=None, today=dt.date(2026, 11, 25))
    return run_audit(case_dir, probe(), options)


def ids(case: Path) -> str:
    return case.name


def test_there_are_sample_cases() -> None:
    assert len(CASES) >= 6


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_document_kinds(case: Path) -> None:
    expected = load_expected(case)
    result = audited(case)
    for e in expected.documents:
        doc = find_document(result.documents, e)
        assert doc is not None, (
            f"{e.path} {e.pages or ''}: not among {[d.id for d in result.documents]}"
        )
        assert doc.kind == e.kind, f"{e.path}: {doc.kind} instead of {e.kind}"


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_fields(case: Path) -> None:
    expected = load_expected(case)
    result = audited(case)
    problems = []
    for e in expected.documents:
        doc = find_document(result.documents, e)
        if doc is None or not e.fields:
            continue
        wrong = [
            f"{e.path}: {name} = {doc.value(name)!r}, expected {value!r}"
            for name, value in e.fields.items()
            if not same_value(value, doc.value(name))
        ]
        if e.source == "text":
            problems += wrong
        elif len(wrong) > max(1, MAX_MISSED_SHARE_OCR * len(e.fields)):
            problems += wrong
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_failed_rules(case: Path) -> None:
    expected = load_expected(case)
    result = audited(case)
    failed = {f.rule for f in result.findings if f.status == "failed"}
    messages = "\n".join(f"{f.rule}: {f.message}" for f in result.findings if f.status == "failed")
    assert failed == set(expected.failed), messages


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_verdict_and_hours(case: Path) -> None:
    expected = load_expected(case)
    result = audited(case)
    summary = "\n".join(f"{f.rule} {f.status}: {f.message}" for f in result.findings if f.counts)
    assert result.verdict == expected.verdict, summary
    if expected.qualifying_hours is not None:
        got = result.evaluation.eligibility.get("qualifying_hours")
        assert got is not None and abs(got - expected.qualifying_hours) < 0.01, summary


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_every_extracted_field_keeps_its_evidence(case: Path) -> None:
    result = audited(case)
    missing = [
        f"{d.id}: {name}"
        for d in result.documents
        for name, f in d.fields.items()
        if f.page is None
        or f.bbox is None
        or not 0 <= f.confidence <= 1
        or f.page not in d.page_numbers
    ]
    assert not missing, "fields without page, bbox or confidence:\n" + "\n".join(missing)
