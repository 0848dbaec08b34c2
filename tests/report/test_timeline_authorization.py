"""The timeline's authorization rows: every period of work authorization with its basis, the
applications behind maintained status and R186(w), study permits and full-time study, and the
days the file leaves unsure apart from the days it shows unauthorized (issue 14).

The sample cases are audited for real (`run_audit`); the rows come from the assembled case."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from auditor.case.authorization import Grant, Period
from auditor.case.authorization import Timeline as Authorization
from auditor.case.hours import Exclusion
from auditor.case.work import WorkFacts
from auditor.pipeline import AuditOptions, run_audit
from auditor.privacy import Redactor
from auditor.reading.ocr import probe
from auditor.report.authorization_view import (
    APPLICATION_LANE,
    AUTHORIZATION_LANE,
    STUDY_LANE,
    STUDY_PERMIT_LANE,
    authorization_spans,
)
from auditor.report.timeline import LANE_FONT, LANE_ROOM, Bar, Timeline, fit_lane, text_width
from auditor.report.view import build_view
from auditor.result import AuditResult
from tests.report.fixtures import HOSTILE

D = dt.date
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@cache
def _audited(case: str) -> AuditResult:
    options = AuditOptions(jobs=1, cache_dir=None, today=D(2026, 11, 25))
    return run_audit(SAMPLES / case, probe(), options)


def _timeline(case: str) -> Timeline:
    return build_view(_audited(case)).timeline


def _bars(tl: Timeline, lane: str) -> list[Bar]:
    return [b for r in tl.rows if r.label == lane for b in r.bars]


def _dates(bar: Bar) -> str:
    return bar.title.rsplit(", ", 1)[1]


@pytest.mark.slow
def test_maintained_status_between_the_pgwp_and_the_new_permit() -> None:
    """PGWP to 2025-12-31, extension filed 2025-12-10 as a worker, new permit 2026-08-01."""
    tl = _timeline("maintained-status-extension")
    row = _bars(tl, AUTHORIZATION_LANE)
    assert [(b.kind, _dates(b)) for b in row] == [
        ("permit", "2023-01-01 to 2025-12-31"),
        ("maintained", "2026-01-01 to 2026-07-31"),
        ("permit", "2026-08-01 to 2028-07-31"),
    ]
    pgwp, maintained, new = row
    assert pgwp.label == "PGWP" and pgwp.source == "status/pgwp.pdf"
    assert new.label == "open work permit" and new.source == "status/new-work-permit.pdf"
    assert maintained.label == "maintained status"
    assert "R183(5)" in maintained.detail and "filed 2025-12-10 as a worker" in maintained.detail
    (application,) = _bars(tl, APPLICATION_LANE)
    assert application.kind == "application" and _dates(application) == "2025-12-10 to 2026-08-01"
    assert application.label == "work-permit extension: filed 2025-12-10, decided 2026-08-01"
    # Every worked day is authorized: nothing is marked unsure or unauthorized.
    kinds = {b.kind for r in tl.rows for b in r.bars}
    assert not kinds & {"unsure", "unauthorized", "excluded"}
    assert ("maintained", "maintained status (R183(5), R186(u))") in tl.legend
    for bar in row + [application]:  # each span says its dates and basis to a screen reader
        assert _dates(bar) in bar.aria and bar.label in bar.aria and bar.source in bar.aria


@pytest.mark.slow
def test_r186w_while_the_pgwp_application_waits() -> None:
    """Study to 2024-04-30, study permit to 2024-08-31, PGWP applied 2024-05-15, decided
    2024-09-20: R186(w) from the filing to the decision, full-time study from the declaration,
    not from the study permit."""
    tl = _timeline("pgwp-pending-r186w")
    row = _bars(tl, AUTHORIZATION_LANE)
    assert [(b.kind, b.label, _dates(b)) for b in row] == [
        ("r186w", "R186(w) while PGWP pending", "2024-05-15 to 2024-09-19"),
        ("permit", "PGWP", "2024-09-20 to 2027-09-19"),
    ]
    assert "while the study permit status/study-permit.pdf was valid" in row[0].detail
    (application,) = _bars(tl, APPLICATION_LANE)
    assert application.label == "PGWP application: filed 2024-05-15, decided 2024-09-20"
    assert _dates(application) == "2024-05-15 to 2024-09-20"
    (permit,) = _bars(tl, STUDY_PERMIT_LANE)
    assert permit.kind == "studypermit" and _dates(permit) == "2022-08-15 to 2024-08-31"
    assert permit.source == "status/study-permit.pdf"
    (study,) = _bars(tl, STUDY_LANE)
    assert study.kind == "study" and _dates(study) == "2022-09-06 to 2024-04-30"
    assert "Red River Polytechnic" in study.detail and "case.yaml" in study.detail
    # The study permit's days before R186(w) were not worked: nothing to check there.
    assert {b.kind for b in row} == {"r186w", "permit"}


@pytest.mark.slow
def test_coop_permit_is_student_work() -> None:
    tl = _timeline("coop-permit-work")
    (coop,) = _bars(tl, AUTHORIZATION_LANE)
    assert coop.kind == "coop" and coop.label == "co-op permit: student work"
    assert _dates(coop) == "2023-09-01 to 2025-04-30"
    assert coop.source == "status/coop-work-permit.pdf"
    job_row = tl.rows[0]
    excluded = [b for b in job_row.bars if b.kind == "excluded"]
    assert [_dates(b) for b in excluded] == ["2023-12-04 to 2025-04-25"]
    assert "student work on a co-op work permit" in excluded[0].detail
    assert "CEC-STUDY-001" in excluded[0].detail
    assert ("coop", "co-op permit: student work, never counts") in tl.legend


def test_unsure_days_are_apart_from_unauthorized_days(hostile_result: AuditResult) -> None:
    tl = build_view(hostile_result).timeline
    row = _bars(tl, AUTHORIZATION_LANE)
    assert [(b.kind, _dates(b)) for b in row] == [
        ("permit", "2024-01-02 to 2025-12-31"),
        ("maintained", "2026-01-01 to 2026-02-28"),
        ("unsure", "2026-03-01 to 2026-03-15"),
        ("unauthorized", "2026-03-16 to 2026-03-31"),
    ]
    permit, maintained, unsure, refused = row
    assert permit.label.startswith("employer-specific: Northwind")
    assert maintained.label.startswith("maintained status: Northwind")
    assert maintained.label.endswith(" only")
    assert unsure.label == "check" and unsure.detail.startswith("check: permit dates unsure")
    assert refused.label == "not authorized" and refused.detail.startswith("not authorized: left")
    legend = dict(tl.legend)
    assert legend["unsure"].startswith("check") and legend["unauthorized"] == "not authorized"
    (application,) = _bars(tl, APPLICATION_LANE)
    assert _dates(application) == "2025-12-01 to 2026-03-01"


def test_hostile_strings_in_the_rows_are_escaped(hostile_html: str) -> None:
    assert HOSTILE not in hostile_html
    assert "Work authorization" in hostile_html and 'class="tl-item kind-unsure"' in hostile_html
    assert 'class="tl-item kind-unauthorized"' in hostile_html
    assert 'class="tl-item kind-maintained"' in hostile_html


def _work(grants: tuple[Grant, ...], periods: tuple[Period, ...], *ex: Exclusion) -> WorkFacts:
    timeline = Authorization(grants, periods, True, True, (), ())
    return WorkFacts((), tuple(ex), (), True, timeline)


def test_doubts_show_only_days_worked_and_never_days_a_grant_covers() -> None:
    grant = Grant(D(2024, 3, 1), D(2024, 12, 31), "permit", "open work permit p.pdf", "p.pdf")
    study_only = Period(D(2023, 1, 1), D(2024, 6, 30), "only the study permit covers these days")
    no_permit = Exclusion(
        D(2025, 1, 1), D(2025, 1, 31), "no work permit covers these days", "CEC-STATUS-001", "l.pdf"
    )
    worked = [(D(2024, 1, 15), D(2025, 1, 31))]
    spans = authorization_spans(
        _work((grant,), (study_only,), no_permit), worked, D(2026, 12, 1), Redactor()
    )
    got = [(s.kind, s.start, s.end) for s in spans if s.lane == AUTHORIZATION_LANE]
    assert got == [
        ("unsure", D(2024, 1, 15), D(2024, 2, 29)),  # worked, study permit only: check
        ("permit", D(2024, 3, 1), D(2024, 12, 31)),
        ("unauthorized", D(2025, 1, 1), D(2025, 1, 31)),  # worked, shown surely unauthorized
    ]


def test_overlapping_permits_take_a_second_row() -> None:
    a = Grant(D(2024, 1, 1), D(2025, 6, 30), "permit", "pgwp a.pdf", "a.pdf", permit_type="pgwp")
    b = Grant(D(2025, 3, 1), D(2027, 2, 28), "permit", "open b.pdf", "b.pdf", permit_type="open")
    spans = authorization_spans(_work((a, b), ()), [], D(2026, 12, 1), Redactor())
    assert [(s.lane, s.label) for s in spans] == [
        (AUTHORIZATION_LANE, "PGWP"),
        (f"{AUTHORIZATION_LANE} (2)", "open work permit"),
    ]


def test_no_assembled_case_draws_no_authorization_rows() -> None:
    assert authorization_spans(None, [], D(2026, 12, 1), Redactor()) == []


def test_a_lane_name_keeps_the_hours_and_fits_its_column() -> None:
    wide = fit_lane("HARBOURLINE INSURANCE SERVICES INCORPORATED", " · 37.5 h/week")
    assert wide.endswith("… · 37.5 h/week") and wide.startswith("HARBOURLINE")
    assert text_width(wide, LANE_FONT) <= LANE_ROOM
    assert (
        fit_lane("Birchgate Analytics Ltd.", " · 40 h/week")
        == "Birchgate Analytics Ltd. · 40 h/week"
    )
