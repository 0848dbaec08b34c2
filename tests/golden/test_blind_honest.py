"""Issue 14 on documents never seen: cases assembled from the blind corpus (its born-digital
layouts, and one case of its scans) fail nothing at warning or error on a value not read,
read below the confidence threshold, or implausible. The full run, every source, is
`benchmarks/blind_findings.py`. The documents are input only (`samples/blindcases.py`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor.pipeline import AuditOptions, run_audit
from auditor.reading.ocr import probe
from auditor.rules.certainty import THRESHOLD_PARAM, THRESHOLD_RULE
from samples.blindcases import BlindCase, blind_cases, case_yaml, unread_failures, write_case

pytestmark = [pytest.mark.ocr, pytest.mark.slow]

# Every born-digital case, and the first case of scans (its OCR takes a minute or two).
CASES = [c for c in blind_cases(("text",))] + blind_cases(("scan",))[:1]


def test_there_are_blind_cases() -> None:
    if not CASES:
        pytest.skip("no blind corpus in this checkout")
    assert {c.source for c in CASES} == {"text", "scan"}
    for case in CASES:
        declared = case_yaml(case)
        assert declared["application"]["submission_date"] == dt.date(2026, 12, 1)
        assert {d.kind for d in case.documents} >= {"employment_letter", "language_test"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_no_failure_rests_on_a_value_not_read(case: BlindCase, tmp_path: Path) -> None:
    folder = write_case(case, tmp_path / case.name)
    options = AuditOptions(jobs=2, cache_dir=None, today=dt.date(2026, 11, 25))
    result = run_audit(folder, probe(), options)
    threshold = float(result.checklists.param(THRESHOLD_RULE, THRESHOLD_PARAM))
    problems = unread_failures(case, result.documents, result.findings, threshold)
    assert not problems, "\n".join(problems)
    # The check itself sees what it must: every failed finding's decisive values are sure.
    for f in result.findings:
        if f.status == "failed":
            low = [e for e in f.evidence if e.confidence is not None and e.confidence < threshold]
            assert not low, f"{f.rule}: {low}"


def test_the_check_catches_failures_on_values_not_read() -> None:
    from auditor.models import Evidence, Finding
    from samples.groundtruth import ExpectedDocument

    letter = ExpectedDocument("l.pdf", None, "employment_letter", "text", {"employer_phone": "x"})
    result = ExpectedDocument("t.pdf", None, "language_test", "text", {"test": "pte_core"})
    case = BlindCase("c", Path("."), "text", (letter, result))
    unsure = Evidence("t.pdf", 1, None, "7O", field_name="reading", confidence=0.4)
    found = [
        Finding("LANG-CLB-001", "failed", "error", "low", ("t.pdf",), (unsure,)),
        Finding(
            "LETTER-CONTACT-001",
            "failed",
            "warning",
            "no phone",
            ("l.pdf",),
            subject="employer_phone",
        ),
        Finding(
            "XDOC-CLAIM-001",
            "failed",
            "error",
            "no result",
            ("case.yaml",),
            details={"missing": "language_test"},
        ),
        Finding(
            "LETTER-CONTACT-001", "failed", "info", "no phone", ("l.pdf",), subject="employer_phone"
        ),  # info: not counted
        Finding("LANG-CLB-001", "unknown", "error", "low", ("t.pdf",), (unsure,)),
    ]
    problems = unread_failures(case, (), found, 0.8)
    assert [p.split(" ", 1)[0] for p in problems] == [
        "LANG-CLB-001",
        "LETTER-CONTACT-001",
        "XDOC-CLAIM-001:",
    ]
