"""The library function under `audit CASE_DIR...`: options checked, reports placed and written."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.cli import batch
from auditor.errors import UsageError
from auditor.reading.ocr import Engine

ENGINE = Engine("5.3.0", "/nowhere", ("eng",))  # placing reports needs no Tesseract


def test_formats_are_parsed_and_checked() -> None:
    assert batch.parse_formats(" JSON, html ") == ("json", "html")
    with pytest.raises(UsageError, match=r"^--format: unknown format \(none\); use html,json$"):
        batch.parse_formats(" , ")


def test_as_of_is_a_date_or_nothing() -> None:
    assert batch.parse_as_of(None) is None
    assert str(batch.parse_as_of("2026-12-01")) == "2026-12-01"
    with pytest.raises(UsageError, match="not a date of the form YYYY-MM-DD"):
        batch.parse_as_of("01/12/2026")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("20261201", "--as-of: '20261201' is not a date of the form YYYY-MM-DD"),
        ("9999-12-31", "--as-of: 9999-12-31 is not between 1900-01-01 and 2199-12-31"),
        ("0001-01-01", "--as-of: 0001-01-01 is not between 1900-01-01 and 2199-12-31"),
    ],
)
def test_as_of_is_exactly_yyyy_mm_dd_in_the_years_the_audit_counts(value: str, message: str):
    """Issue 18: 20261201 was accepted; 9999-12-31 and 0001-01-01 ended in tracebacks."""
    with pytest.raises(UsageError) as caught:
        batch.parse_as_of(value)
    assert str(caught.value) == message


def test_a_bad_option_is_reported_before_tesseract_is_probed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch.ocr, "probe", lambda: pytest.fail("probed Tesseract"))
    with pytest.raises(UsageError, match="--fail-on: 'sometimes' is not one of"):
        batch.prepare([tmp_path], fail_on="sometimes")


def test_a_batch_is_titled_by_its_size(tmp_path: Path) -> None:
    one = batch.Batch((tmp_path,), ENGINE, batch.AuditOptions())
    two = batch.Batch((tmp_path, tmp_path), ENGINE, batch.AuditOptions())
    assert (one.title, two.title) == (tmp_path.name, "2 cases")


@pytest.mark.ocr
def test_audit_cases_writes_reports_and_an_index_and_never_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [tmp_path / "first", tmp_path / "second"]
    for case in cases:
        case.mkdir()
        (case / "notes.pdf").write_bytes(b"%PDF-1.4\n")  # unreadable: the case is still audited
    plan = batch.prepare(cases, out=tmp_path / "out", jobs=1, use_cache=False)
    report = batch.audit_cases(plan)
    assert [c.summary for c in report.cases] == [
        f"{name}: needs attention (0 errors, 1 warning, 0 info; 9 to check by hand)"
        f" -> {tmp_path}/out/{name}/report.html"
        for name in ("first", "second")
    ]
    assert report.index == tmp_path / "out" / "index.html" and report.index.is_file()
    assert report.exit_code == 1
    assert capsys.readouterr() == ("", "")
