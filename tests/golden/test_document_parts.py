"""Issue 14, item 2: one PDF holding a letter and two pay stubs, audited for real.

Each logical document of the file is a document of its own: its identity (the file's path with
its page range) names its findings, their evidence and their ids, a waiver can name one part or
the whole file, and a later audit compares the parts one by one. What each part is comes from
the sample's ground truth (expected.yaml), not from this run.
"""

from __future__ import annotations

import datetime as dt
import shutil
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from auditor.models import document_id, finding_ids
from auditor.pipeline import AuditOptions, run_audit
from auditor.reading.ocr import probe
from auditor.report.changes import Baseline, compare
from auditor.report.json_report import report_dict
from auditor.result import AuditResult
from samples.groundtruth import ExpectedDocument, load_expected

CASE = Path(__file__).resolve().parents[2] / "samples" / "letter-and-stubs-one-pdf"
EXPECTED = load_expected(CASE)
BUNDLE = "harbourline/letter-and-pay-stubs.pdf"


def _identity(e: ExpectedDocument) -> str:
    assert e.pages is not None, f"{e.path}: the ground truth gives each part its pages"
    return document_id(e.path, (min(e.pages), max(e.pages)))


PARTS = [e for e in EXPECTED.documents if e.path == BUNDLE]
LETTER = next(e for e in PARTS if e.kind == "employment_letter")
STUBS = [e for e in PARTS if e.kind == "pay_stub"]
# The stub paying a period before the letter's start date, and the one inside the employment.
BEFORE = next(e for e in STUBS if e.fields["period_end"] < LETTER.fields["start_date"])
INSIDE = next(e for e in STUBS if e is not BEFORE)


def audit(case_dir: Path) -> AuditResult:
    options = AuditOptions(jobs=1, cache_dir=None, today=dt.date(2026, 11, 25))
    return run_audit(case_dir, probe(), options)


@cache
def audited() -> AuditResult:
    return audit(CASE)


def copy_case(tmp_path: Path, review: str | None = None) -> Path:
    folder = tmp_path / CASE.name
    shutil.copytree(CASE, folder)
    if review is not None:
        (folder / "review.yaml").write_text(review, encoding="utf-8")
    return folder


def test_the_file_holds_three_documents_each_named_by_its_pages() -> None:
    assert len(PARTS) == 3 and len(STUBS) == 2  # the sample is what this test is about
    got = [(d.id, d.kind) for d in audited().documents if d.file.relpath == BUNDLE]
    assert got == [(_identity(e), e.kind) for e in PARTS]


def test_findings_and_their_evidence_name_the_part_they_are_about() -> None:
    result = audited()
    period = {f.documents[0]: f for f in result.findings if f.rule == "XDOC-PERIOD-001"}
    assert period[_identity(BEFORE)].status == "failed"
    assert period[_identity(INSIDE)].status == "passed"
    failed = period[_identity(BEFORE)]
    assert {e.document for e in failed.evidence} == {_identity(BEFORE), _identity(LETTER)}
    assert all(e.document != BUNDLE for f in result.findings for e in f.evidence)


def test_rules_run_per_stub_give_each_part_its_own_stable_id() -> None:
    result = audited()
    ids = dict(zip(finding_ids(result.findings), result.findings, strict=True))
    for rule in ("XDOC-PERIOD-001", "XDOC-EMPLOYER-001", "STUB-MATH-001", "DOC-TAMPER-001"):
        for stub in STUBS:
            # `RULE:document`, no page or rank appended: the identity alone tells them apart
            assert f"{rule}:{_identity(stub)}" in ids, rule


def test_report_json_gives_each_part_its_file_id_and_page_range() -> None:
    shown = [d for d in report_dict(audited())["documents"] if d["path"] == BUNDLE]
    assert [(d["id"], d["page_range"]) for d in shown] == [
        (_identity(e), [min(e.pages or ()), max(e.pages or ())]) for e in PARTS
    ]


WAIVER = """\
waive:
  - rule: XDOC-PERIOD-001
    document: {document}
    reason: The trial fortnight was paid; HR confirmed it by e-mail
    by: J. Tremblay
    date: 2026-11-24
"""


@pytest.mark.parametrize("named", ["part", "file", "other part"])
def test_a_waiver_names_a_part_or_the_whole_file(tmp_path: Path, named: str) -> None:
    document = {"part": _identity(BEFORE), "file": BUNDLE, "other part": _identity(INSIDE)}
    result = audit(copy_case(tmp_path, WAIVER.format(document=document[named])))
    (finding,) = [
        f for f in result.findings if f.rule == "XDOC-PERIOD-001" and f.status != "passed"
    ]
    (outcome,) = result.waivers
    if named == "other part":
        assert finding.status == "failed" and outcome.status == "unused"
        assert result.verdict == EXPECTED.verdict
    else:
        assert finding.status == "waived" and outcome.status == "applied"
        assert outcome.document_sha256 == next(
            r.file.sha256 for r in result.files if r.file.relpath == BUNDLE
        )
        assert result.verdict == "ready"


def test_changes_compare_the_documents_part_by_part(tmp_path: Path) -> None:
    """The trial stub's page taken out of the file: its part is gone, the later stub now
    holds its page number, and the letter's part is the same document in a changed file."""
    folder = copy_case(tmp_path)
    pdf = pdfium.PdfDocument(folder / BUNDLE)
    pdf.del_page(min(BEFORE.pages or ()) - 1)
    pdf.save(tmp_path / "shorter.pdf")
    pdf.close()
    (tmp_path / "shorter.pdf").replace(folder / BUNDLE)
    before = report_dict(audit(copy_case(tmp_path / "before")))
    changes = compare(Baseline(tmp_path / "report.json", before), report_dict(audit(folder)))
    documents = changes["documents"]
    last = document_id(BUNDLE, (max(INSIDE.pages or ()), max(INSIDE.pages or ())))
    assert [d["id"] for d in documents["removed"]] == [last]
    assert documents["added"] == []
    assert [d["id"] for d in documents["changed"]] == [_identity(LETTER), _identity(BEFORE)]
    assert {d["path"] for d in documents["changed"]} == {BUNDLE}
    assert f"XDOC-PERIOD-001:{_identity(BEFORE)}" in changes["resolved"]
