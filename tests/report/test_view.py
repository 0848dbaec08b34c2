"""The report's view model: verdict, counts, grouping, eligibility panels, timeline, waivers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.case.hours import Exclusion, Job, compute_hours
from auditor.case.intake import load_review
from auditor.errors import UsageError
from auditor.models import Finding
from auditor.privacy import Redactor
from auditor.report.documents_view import field_label
from auditor.report.eligibility_view import hours_panel
from auditor.report.html import write_index
from auditor.report.index_view import build_index
from auditor.report.timeline import TimelineSpan, build_timeline, gaps_and_overlaps
from auditor.report.view import build_view, waiver_yaml
from auditor.result import AuditResult

D = dt.date


def test_verdict_counts_and_reasons(hostile_result: AuditResult) -> None:
    view = build_view(hostile_result)
    assert view.verdict == "not_eligible" and view.verdict_label == "Not eligible"
    counts = {c.severity: (c.failed, c.unknown) for c in view.counts}
    assert counts == {"error": (2, 0), "warning": (0, 1), "info": (1, 0)}
    assert view.waived_count == 1 and view.passed_count == 1
    assert [r.rule for r in view.reasons] == ["LANG-CLB-001", "CEC-HOURS-001"]
    assert all(r.status == "failed" and r.severity == "error" for r in view.reasons)


def test_groups_by_severity_then_document(hostile_result: AuditResult) -> None:
    view = build_view(hostile_result)
    assert [g.severity for g in view.groups] == ["error", "warning", "info"]
    errors = view.groups[0]
    assert [d.document for d in errors.documents] == ["celpip.pdf", "letter.pdf"]
    assert all(d.anchor and d.anchor.startswith("doc-") for d in errors.documents)
    every = [f for g in view.groups for d in g.documents for f in d.findings]
    assert "waived" not in {f.status for f in every} and "passed" not in {f.status for f in every}
    assert [f.rule for f in view.waived] == ["LETTER-SALARY-001"]
    assert view.waived[0].waiver is not None and view.waived[0].waiver.by == "J. Tremblay"
    assert {r.rule for r in view.rules} >= {f.rule for f in every}
    assert all(f.rule_anchor in {r.anchor for r in view.rules} for f in every)


def test_unknown_is_labelled_for_a_human(hostile_result: AuditResult) -> None:
    view = build_view(hostile_result)
    unknown = view.groups[1].documents[0].findings[0]
    assert unknown.status == "unknown" and unknown.status_label == "Needs a human"


def test_hours_panel_arithmetic(hostile_result: AuditResult) -> None:
    h = build_view(hostile_result).hours
    assert h.known and not h.met and h.required == "1,560"
    assert h.qualifying == "810" and h.short_by == "750"
    kinds = [s.kind for s in h.segments]
    assert kinds == ["job", "capped", "excluded"]
    assert sum(s.percent for s in h.segments) < 100
    assert h.documented == "1,607.14"  # 810 + 202.5 capped + 594.64 excluded
    assert "study" in h.exclusions[0].reason and h.exclusions[0].rule == "CEC-STUDY-001"


def test_language_panel(hostile_result: AuditResult) -> None:
    lang = build_view(hostile_result).language
    assert lang.test == "CELPIP-General"
    assert [(r.ability, r.clb, r.passed) for r in lang.rows] == [
        ("Listening", "9", True),
        ("Reading", "8", True),
        ("Writing", "6", False),
        ("Speaking", "9", True),
    ]
    assert lang.valid_until == "2027-01-10" and lang.validity_state == "expiring"


def test_language_panel_without_evaluation(hostile_result: AuditResult) -> None:
    evaluation = replace(hostile_result.evaluation, language=None)
    view = build_view(replace(hostile_result, evaluation=evaluation))
    assert not view.language.known and view.language.validity_state == "unknown"


def test_timeline_lanes_and_window(hostile_result: AuditResult) -> None:
    tl = build_view(hostile_result).timeline
    lanes = [r.label for r in tl.rows]
    assert lanes[0].endswith("37.5 h/week")
    assert "Full-time study (declared)" in lanes and "Language result" in lanes
    assert "Gaps and overlaps" in lanes
    assert tl.window_x < tl.as_of_x <= tl.plot_right
    job_row = tl.rows[0]
    assert {b.kind for b in job_row.bars} == {"job", "excluded"}
    assert all(b.source == "letter.pdf" for b in job_row.bars)


def test_gaps_and_overlaps() -> None:
    jobs = [(D(2024, 1, 1), D(2024, 6, 30)), (D(2024, 6, 1), D(2024, 12, 31))]
    gaps, overlaps = gaps_and_overlaps(jobs, D(2023, 12, 1), D(2025, 1, 5))
    assert gaps == [(D(2023, 12, 1), D(2023, 12, 31))]  # a 5-day tail is not a gap
    assert overlaps == [(D(2024, 6, 1), D(2024, 6, 30))]


def test_timeline_clips_far_spans() -> None:
    spans = [
        TimelineSpan("Study", D(2010, 1, 1), D(2012, 1, 1), "study", "old", "", "case.yaml"),
        TimelineSpan("Job", D(2024, 1, 1), D(2024, 12, 31), "job", "", "", "a.pdf"),
    ]
    tl = build_timeline(D(2023, 12, 1), D(2026, 12, 1), D(2026, 12, 1), spans)
    assert tl.start >= D(2022, 11, 1)
    assert [r.label for r in tl.rows] == ["Study", "Job"]
    assert tl.rows[0].bars == ()  # wholly before the view
    assert all(tl.plot_left <= b.x <= tl.plot_right for r in tl.rows for b in r.bars)


def test_waiver_yaml_round_trips_through_load_review(tmp_path: Path) -> None:
    finding = Finding("XDOC-HOURS-001", "failed", "warning", "m", ('letters/odd: name "x".pdf',))
    entry = waiver_yaml(finding, Redactor())
    (tmp_path / "review.yaml").write_text("waive:\n" + entry, encoding="utf-8")
    with pytest.raises(UsageError, match="needs a reason"):
        load_review(tmp_path, {"XDOC-HOURS-001"})  # pasted as is, it must be completed
    filled = entry.replace("reason:  ", "reason: HR confirmed  ")
    filled = filled.replace("by:      ", "by: J. T.").replace("date:    ", "date: 2026-11-20")
    (tmp_path / "review.yaml").write_text("waive:\n" + filled, encoding="utf-8")
    (waiver,) = load_review(tmp_path, {"XDOC-HOURS-001"})
    assert waiver.rule == "XDOC-HOURS-001" and waiver.reason.startswith("HR confirmed")
    assert waiver.document == 'letters/odd: name "x".pdf'
    assert waiver.date == D(2026, 11, 20)


def test_field_labels() -> None:
    assert field_label("noc_code") == "NOC code"
    assert field_label("sin_last3") == "SIN last3"
    assert field_label("hours_per_week") == "Hours per week"


def test_index_rows_and_links(hostile_result: AuditResult, tmp_path: Path) -> None:
    ready = replace(hostile_result, case_name="b-ready", verdict="ready")
    results = [
        (ready, tmp_path / "b-ready" / "report.html"),
        (hostile_result, tmp_path / "case #1" / "report.html"),
    ]
    index = build_index(results, tmp_path)
    assert [c.name for c in index.cases] == ["case-hostile", "b-ready"]  # worst first
    assert index.cases[0].href == "case%20%231/report.html"
    assert index.cases[0].errors == 2 and index.cases[0].unknown == 1
    html = write_index(results, tmp_path).read_text(encoding="utf-8")
    assert 'href="case%20%231/report.html"' in html and "Not eligible" in html


def test_a_file_name_holding_a_sin_is_masked_in_the_waiver_snippet() -> None:
    finding = Finding("XDOC-HOURS-001", "failed", "warning", "m", ("stubs/SIN 046 454 286.pdf",))
    entry = waiver_yaml(finding, Redactor())
    assert "046 454" not in entry and "••••••286" in entry
    assert "write it out" in entry


def test_unsure_exclusions_say_they_wait_for_a_person() -> None:
    job = Job("Northwind", "letters/n.pdf", dt.date(2025, 1, 6), dt.date(2025, 12, 28), 37.5)
    unsure = Exclusion(
        dt.date(2025, 3, 3),
        dt.date(2025, 3, 30),
        "permit dates unread",
        "CEC-STATUS-001",
        "letters/n.pdf",
        sure=False,
    )
    hours = compute_hours([job], [unsure], dt.date(2026, 12, 1))
    panel = hours_panel(hours, dt.date(2026, 12, 1), Redactor([]), 1560.0)
    texts = [s.label for s in panel.segments if "permit dates unread" in s.label]
    assert texts and texts[0].startswith("not counted until checked")
