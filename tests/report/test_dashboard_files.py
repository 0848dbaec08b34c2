"""The batch index as data (issue 17, item 4): index.json and index.csv carry the HTML index's
rows, one per case; the CSV opens in a spreadsheet (UTF-8 with BOM) and runs no formula."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

from auditor.case.intake import Intake
from auditor.report.dashboard import COLUMNS, case_facts, earliest_expiry, spreadsheet_safe
from auditor.report.html import write_index
from auditor.report.index_files import write_index_data
from auditor.report.index_view import build_index
from auditor.result import AuditResult


def test_formula_cells_are_quoted_and_others_kept() -> None:
    for cell in ('=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_safe(cell) == "'" + cell
    for cell in ("Priya Raman", "2026-12-01", 3, None, "a=b"):
        assert spreadsheet_safe(cell) == cell


def test_index_json_and_csv_carry_one_row_per_case(
    hostile_result: AuditResult, tmp_path: Path
) -> None:
    hostile = replace(
        hostile_result,
        intake=replace(hostile_result.intake, client_name="=cmd|' /C calc'!A0 Raman"),
    )
    accents = replace(
        hostile_result,
        case_name="b-ready",
        verdict="ready",
        intake=Intake(present=True, client_name="Zoé Lefèvre-Côté"),
    )
    results = [
        (hostile, tmp_path / "a" / "report.html"),
        (accents, tmp_path / "b" / "report.html"),
    ]
    index = build_index(results, tmp_path)
    json_file, csv_file = write_index_data(index, tmp_path)
    data = json.loads(json_file.read_text(encoding="utf-8"))
    assert data["columns"] == list(COLUMNS)
    assert [r["case"] for r in data["cases"]] == [c.name for c in index.cases]
    raw = csv_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM a spreadsheet needs to read UTF-8
    with csv_file.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["case"] for r in rows] == [r["case"] for r in data["cases"]]
    assert list(rows[0]) == list(COLUMNS)
    by_case = {r["case"]: r for r in rows}
    assert by_case["b-ready"]["client"] == "Zoé Lefèvre-Côté"
    assert by_case["case-hostile"]["client"].startswith("'=cmd")  # shown as text, never run
    for row, record in zip(rows, data["cases"], strict=True):
        for column in ("verdict", "errors", "open_findings", "review_progress", "report"):
            assert row[column] == str(record[column])
    html = write_index(results, tmp_path).read_text(encoding="utf-8")
    assert "Zoé Lefèvre-Côté" in html and '<td data-key="=cmd' in html


def test_the_earliest_expiry_is_the_first_of_language_permit_and_passport(
    hostile_result: AuditResult,
) -> None:
    expiry = earliest_expiry(hostile_result)
    dated = [
        (d.value(name), d.kind)
        for d in hostile_result.documents
        for name in ("valid_until", "expiry_date")
        if d.kind in ("work_permit", "study_permit", "passport") and d.value(name)
    ]
    language = hostile_result.evaluation.language
    if language is not None and language.chosen is not None and language.chosen.valid_until:
        dated.append((language.chosen.valid_until, "language_test"))
    if not dated:
        assert expiry is None
        return
    assert expiry is not None and expiry.date == min(d for d, _ in dated).isoformat()
    facts = case_facts(hostile_result)
    assert facts.open_findings == sum(
        1 for f in hostile_result.findings if f.status in ("failed", "unknown")
    )
    assert facts.review_label.startswith(f"0/{facts.open_findings} reviewed")
