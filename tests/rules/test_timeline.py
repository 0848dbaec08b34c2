"""The authorization and study timeline (issue 14, DOMAIN.md 1a): maintained status, R186(w),
co-op permits, employer-specific permits, leaving Canada, full-time study from declared periods
and completion letters; days the file cannot show are `unknown`, never `failed`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from auditor.case.intake import Intake, StatusEvent, StudyClaim, WorkClaim
from auditor.models import Document, Field, Finding
from auditor.result import Evaluation
from auditor.rules.waivers import verdict
from tests.rules.builders import (
    AS_OF,
    D,
    doc,
    good_documents,
    ielts,
    intake,
    letter,
    page,
    passport,
    run,
    stub,
    with_sin,
    work_permit,
)


def _findings(result: Evaluation, rule: str) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule]


def _status(result: Evaluation, rule: str) -> set[str]:
    return {f.status for f in _findings(result, rule)}


def _hours(result: Evaluation) -> float:
    return result.hours.qualifying_hours


def _job(start: D, end: D | None, hours: float = 40.0, **over: Any) -> Document:
    fields: dict[str, Any] = dict(start_date=start, hours_per_week=hours)
    if end is None:
        fields.update(current=True, letter_date=D(2026, 11, 15))
    else:
        fields.update(current=False, end_date=end, letter_date=end)
    fields.update(over)
    return letter(**fields)


def _claims(start: D, end: D | None, hours: float = 40.0, **over: Any) -> Intake:
    claim = WorkClaim("Northwind Analytics Inc.", "Data Analyst", "21223", start, end, hours)
    return intake(work=(claim,), **over)


def _permit(path: str, start: D, end: D, kind: str = "open", **over: Any) -> Document:
    return replace(
        work_permit(valid_from=start, valid_until=end, permit_type=kind, **over),
        file=replace(work_permit().file, relpath=path),
    )


def _study_permit(start: D, end: D) -> Document:
    return doc(
        "study_permit",
        "permits/study.pdf",
        "Study Permit Red River Polytechnic",
        holder_name="Priya Raman",
        valid_from=start,
        valid_until=end,
        institution="Red River Polytechnic",
    )


def _base(*extra: Document, letter_doc: Document) -> list[Document]:
    return [passport(), ielts(), letter_doc, *extra]


# Situation 1: the PGWP ended 2025-12-31, an extension was filed as a worker 2025-12-10, the
# new permit came 2026-08-01. 2025-06-02 .. 2026-11-15 = 532 days x 30/7 = 2,280 h.
PGWP = _permit("permits/pgwp.pdf", D(2023, 1, 1), D(2025, 12, 31), "pgwp")
NEW = _permit("permits/new.pdf", D(2026, 8, 1), D(2028, 7, 31), "open")
JOB1 = _job(D(2025, 6, 2), None)
EXTENSION = StatusEvent("work_permit_extension", "worker", D(2025, 12, 10), D(2026, 8, 1), line=20)


def test_maintained_status_counts_the_months_between_permits() -> None:
    result = run(
        _base(PGWP, NEW, letter_doc=JOB1),
        _claims(D(2025, 6, 2), None, status_history=(EXTENSION,)),
    )
    assert _hours(result) == pytest.approx(2280.0, abs=0.01)
    assert _status(result, "CEC-HOURS-001") == {"passed"}
    (status,) = _findings(result, "CEC-STATUS-001")
    assert status.status == "passed" and "maintained status" in status.message
    assert "2026-01-01 to 2026-07-31" in status.message
    assert verdict(result.findings) != "not_eligible"


def test_without_the_extension_the_gap_is_outside_authorization() -> None:
    result = run(_base(PGWP, NEW, letter_doc=JOB1), _claims(D(2025, 6, 2), None))
    # 2026-01-01 .. 2026-07-31 (212 days) excluded: 320 days x 30/7 = 1,371.43 h
    assert _hours(result) == pytest.approx(1371.43, abs=0.01)
    assert _status(result, "CEC-STATUS-001") == {"failed"}
    assert _status(result, "CEC-HOURS-001") == {"failed"}


def test_an_extension_applied_for_as_a_student_does_not_authorize_work() -> None:
    student = replace(EXTENSION, applied_as="student")
    result = run(
        _base(PGWP, NEW, letter_doc=JOB1),
        _claims(D(2025, 6, 2), None, status_history=(student,)),
    )
    (status,) = [f for f in _findings(result, "CEC-STATUS-001") if f.status == "failed"]
    assert "as a student" in status.message
    assert _hours(result) == pytest.approx(1371.43, abs=0.01)


def test_an_extension_filed_after_the_permit_expired_gives_no_maintained_status() -> None:
    late = replace(EXTENSION, filed=D(2026, 1, 20))
    result = run(
        _base(PGWP, NEW, letter_doc=JOB1),
        _claims(D(2025, 6, 2), None, status_history=(late,)),
    )
    (status,) = [f for f in _findings(result, "CEC-STATUS-001") if f.status == "failed"]
    assert "after" in status.message and "no maintained status" in status.message


def test_an_extension_without_its_filing_date_leaves_the_days_unknown() -> None:
    undated = replace(EXTENSION, filed=None)
    result = run(
        _base(PGWP, NEW, letter_doc=JOB1),
        _claims(D(2025, 6, 2), None, status_history=(undated,)),
    )
    assert _status(result, "CEC-STATUS-001") == {"unknown"}
    (status,) = _findings(result, "CEC-STATUS-001")
    assert "acknowledgment of receipt" in status.message
    # 1,371 h counted, 909 h waiting for a person: the total may reach 1,560, so unknown
    assert _status(result, "CEC-HOURS-001") == {"unknown"}
    assert verdict(result.findings) == "needs_attention"


def test_leaving_canada_ends_maintained_status() -> None:
    left = StatusEvent("left_canada", date=D(2026, 5, 1), line=25)
    result = run(
        _base(PGWP, NEW, letter_doc=JOB1),
        _claims(D(2025, 6, 2), None, status_history=(EXTENSION, left)),
    )
    failed = [f for f in _findings(result, "CEC-STATUS-001") if f.status == "failed"]
    assert failed and "left Canada on 2026-05-01" in failed[0].message
    assert "2026-05-01 to 2026-07-31" in failed[0].message


def test_a_receipt_alone_shows_maintained_status_as_a_worker() -> None:
    receipt = doc(
        "application_receipt",
        "status/aor.pdf",
        "Acknowledgment of receipt",
        applicant_name="Priya Raman",
        application_type="work_permit_extension",
        filed_date=D(2025, 12, 10),
        application_number="W309917254",
    )
    result = run(_base(PGWP, NEW, receipt, letter_doc=JOB1), _claims(D(2025, 6, 2), None))
    assert _hours(result) == pytest.approx(2280.0, abs=0.01)
    (status,) = _findings(result, "CEC-STATUS-001")
    assert status.status == "passed" and "status/aor.pdf" in status.message
    assert "status/aor.pdf" in status.documents


def test_a_receipts_filing_date_read_unsurely_leaves_the_days_unknown() -> None:
    receipt = doc(
        "application_receipt",
        "status/aor.jpg",
        "Acknowledgment of receipt",
        application_type="work_permit_extension",
    )
    receipt.fields["filed_date"] = Field(D(2025, 12, 10), 1, None, "2025-12-1O", 0.4)
    result = run(_base(PGWP, NEW, receipt, letter_doc=JOB1), _claims(D(2025, 6, 2), None))
    assert _status(result, "CEC-STATUS-001") == {"unknown"}


def test_a_nine_series_sin_stays_valid_while_status_is_maintained() -> None:
    """The extension is still pending: no new permit, and the stub of November 2026 is paid
    under maintained status (the old rule compared it with the expired PGWP)."""
    pending = replace(EXTENSION, decided=None)
    sin_stub = with_sin(replace(stub(5), pages=(page("Pay statement Northwind"),)), "946 454 204")
    result = run(
        _base(PGWP, sin_stub, letter_doc=JOB1),
        _claims(D(2025, 6, 2), None, status_history=(pending,)),
    )
    assert _status(result, "STUB-SIN-001") == {"passed"}
    assert _status(result, "CEC-STATUS-001") == {"passed"}


def test_a_nine_series_sin_after_every_authorization_still_fails() -> None:
    sin_stub = with_sin(replace(stub(5), pages=(page("Pay statement Northwind"),)), "946 454 204")
    result = run(_base(PGWP, sin_stub, letter_doc=JOB1), _claims(D(2025, 6, 2), None))
    assert _status(result, "STUB-SIN-001") == {"failed"}


# Situation 2: program completed 2024-04-30, study permit printed to 2024-08-31, PGWP applied
# for 2024-05-15 and issued 2024-09-20. 2024-05-21 .. 2025-06-30 = 406 days x 30/7 = 1,740 h.
STUDY = _study_permit(D(2022, 8, 15), D(2024, 8, 31))
PGWP2 = _permit("permits/pgwp.pdf", D(2024, 9, 20), D(2027, 9, 19), "pgwp")
JOB2 = _job(D(2024, 5, 21), D(2025, 6, 30), 37.5)
DECLARED = (StudyClaim("Red River Polytechnic", D(2022, 9, 6), D(2024, 4, 30), 30, True),)
APPLIED = StatusEvent("pgwp_application", filed=D(2024, 5, 15), decided=D(2024, 9, 20), line=28)


def test_r186w_work_while_the_pgwp_application_waits_counts() -> None:
    result = run(
        _base(STUDY, PGWP2, letter_doc=JOB2),
        _claims(D(2024, 5, 21), D(2025, 6, 30), 37.5, study=DECLARED, status_history=(APPLIED,)),
    )
    assert _hours(result) == pytest.approx(1740.0, abs=0.01)
    assert _status(result, "CEC-STUDY-001") == {"passed"}
    (status,) = _findings(result, "CEC-STATUS-001")
    assert status.status == "passed" and "R186(w)" in status.message
    assert _status(result, "CEC-HOURS-001") == {"passed"}


def test_a_pgwp_applied_for_after_the_study_permit_expired_gives_no_r186w() -> None:
    late = replace(APPLIED, filed=D(2024, 9, 5))
    result = run(
        _base(STUDY, PGWP2, letter_doc=JOB2),
        _claims(D(2024, 5, 21), D(2025, 6, 30), 37.5, study=DECLARED, status_history=(late,)),
    )
    failed = [f for f in _findings(result, "CEC-STATUS-001") if f.status == "failed"]
    assert failed and "R186(w) does not apply" in failed[0].message


def test_the_study_permit_alone_does_not_show_the_study_period() -> None:
    """No declared study and no completion letter: the permit's validity is not the study, so
    its days are unknown (ask for the completion letter), never failed."""
    result = run(
        _base(STUDY, PGWP2, letter_doc=JOB2),
        _claims(D(2024, 5, 21), D(2025, 6, 30), 37.5, status_history=(APPLIED,)),
    )
    assert _status(result, "CEC-STUDY-001") == {"unknown"}
    (study,) = _findings(result, "CEC-STUDY-001")
    assert "completion letter" in study.message
    assert "failed" not in _status(result, "CEC-STATUS-001")


def test_a_completion_letter_ends_the_study_at_completion() -> None:
    completion = doc(
        "completion_letter",
        "school/completion.pdf",
        "Office of the Registrar: completed",
        student_name="Priya Raman",
        institution="Red River Polytechnic",
        program="Business Information Technology",
        completion_date=D(2024, 4, 30),
        full_time=True,
    )
    result = run(
        _base(STUDY, PGWP2, completion, letter_doc=JOB2),
        _claims(D(2024, 5, 21), D(2025, 6, 30), 37.5, status_history=(APPLIED,)),
    )
    assert _hours(result) == pytest.approx(1740.0, abs=0.01)
    assert _status(result, "CEC-STUDY-001") == {"passed"}


def test_work_during_declared_full_time_study_is_excluded() -> None:
    job = _job(D(2024, 1, 8), D(2025, 6, 30), 20.0)
    result = run(
        _base(STUDY, PGWP2, letter_doc=job),
        _claims(D(2024, 1, 8), D(2025, 6, 30), 20.0, study=DECLARED, status_history=(APPLIED,)),
    )
    failed = [f for f in _findings(result, "CEC-STUDY-001") if f.status == "failed"]
    assert failed and "2024-01-08 to 2024-04-30" in failed[0].message


def test_declared_part_time_study_excludes_nothing() -> None:
    part_time = (replace(DECLARED[0], full_time=False),)
    job = _job(D(2024, 1, 8), D(2025, 6, 30), 20.0)
    result = run(
        _base(_permit("permits/open.pdf", D(2023, 1, 1), D(2027, 1, 1)), letter_doc=job),
        _claims(D(2024, 1, 8), D(2025, 6, 30), 20.0, study=part_time),
    )
    assert _status(result, "CEC-STUDY-001") == {"passed"}


# Situation 3: work on a co-op work permit is student work and never counts.
COOP = _permit("permits/coop.pdf", D(2023, 9, 1), D(2025, 4, 30), "co_op")


def test_work_on_a_co_op_permit_never_counts() -> None:
    job = _job(D(2023, 12, 4), D(2025, 4, 25), 37.5)
    result = run(_base(COOP, letter_doc=job), _claims(D(2023, 12, 4), D(2025, 4, 25), 37.5))
    assert _hours(result) == 0.0
    (study,) = [f for f in _findings(result, "CEC-STUDY-001") if f.status == "failed"]
    assert "co-op work permit" in study.message and "permits/coop.pdf" in study.documents
    assert _status(result, "CEC-HOURS-001") == {"failed"}
    assert verdict(result.findings) == "not_eligible"


def test_after_the_co_op_permit_an_open_permit_counts() -> None:
    job = _job(D(2024, 6, 3), D(2026, 11, 15), 37.5)
    pgwp = _permit("permits/pgwp.pdf", D(2025, 5, 1), D(2028, 4, 30), "pgwp")
    result = run(_base(COOP, pgwp, letter_doc=job), _claims(D(2024, 6, 3), D(2026, 11, 15), 37.5))
    # 2025-05-01 .. 2026-11-15 = 564 days x 30/7 counted; the co-op days are student work
    assert _hours(result) == pytest.approx(564 * 30 / 7, abs=0.01)
    assert "failed" in _status(result, "CEC-STUDY-001")
    assert "failed" not in _status(result, "CEC-STATUS-001")


# Employer-specific permits.
def test_an_employer_specific_permit_whose_employer_was_not_read_is_unknown() -> None:
    specific = _permit("permits/lmia.pdf", D(2023, 5, 1), D(2027, 5, 1), "employer_specific")
    documents = [d if d.kind != "work_permit" else specific for d in good_documents()]
    result = run(documents)
    assert _status(result, "CEC-STATUS-001") == {"unknown"}
    (status,) = _findings(result, "CEC-STATUS-001")
    assert "employer was not read" in status.message


def test_an_employer_specific_permit_read_unsurely_is_unknown() -> None:
    specific = _permit(
        "permits/lmia.pdf",
        D(2023, 5, 1),
        D(2027, 5, 1),
        "employer_specific",
        employer="Southwind Logistics Ltd.",
    )
    specific.fields["employer"] = Field("Southwind Logistics Ltd.", 1, None, "Southwind", 0.5)
    documents = [d if d.kind != "work_permit" else specific for d in good_documents()]
    assert _status(run(documents), "CEC-STATUS-001") == {"unknown"}


def test_maintained_status_keeps_an_employer_specific_permits_employer() -> None:
    specific = _permit(
        "permits/lmia.pdf",
        D(2023, 1, 1),
        D(2025, 12, 31),
        "employer_specific",
        employer="Southwind Logistics Ltd.",
    )
    result = run(
        _base(specific, NEW, letter_doc=JOB1),
        _claims(D(2025, 6, 2), None, status_history=(EXTENSION,)),
    )
    failed = [f for f in _findings(result, "CEC-STATUS-001") if f.status == "failed"]
    assert failed and "Southwind" in failed[0].message
    assert "2025-06-02 to 2025-12-31" in failed[0].message
    assert "2026-01-01 to 2026-07-31" in failed[0].message
    assert "maintained status" in failed[0].message


def test_permit_dates_read_unsurely_make_a_gap_unknown() -> None:
    low = _permit("permits/pgwp.pdf", D(2023, 1, 1), D(2025, 12, 31), "pgwp")
    low.fields["valid_until"] = Field(D(2025, 12, 31), 1, None, "2O25-12-3l", 0.45)
    result = run(_base(low, NEW, letter_doc=JOB1), _claims(D(2025, 6, 2), None))
    assert _status(result, "CEC-STATUS-001") == {"unknown"}


def test_a_work_permit_without_dates_leaves_uncovered_days_unknown() -> None:
    undated = _permit("permits/scan.pdf", D(2026, 1, 1), D(2026, 7, 31))
    undated = replace(
        undated, fields={k: v for k, v in undated.fields.items() if not k.startswith("valid")}
    )
    result = run(_base(PGWP, NEW, undated, letter_doc=JOB1), _claims(D(2025, 6, 2), None))
    assert _status(result, "CEC-STATUS-001") == {"unknown"}
    (status,) = _findings(result, "CEC-STATUS-001")
    assert "permits/scan.pdf" in status.message


def test_the_hours_details_say_which_exclusions_are_unsure() -> None:
    undated = replace(EXTENSION, filed=None)
    result = run(
        _base(PGWP, NEW, letter_doc=JOB1),
        _claims(D(2025, 6, 2), None, status_history=(undated,)),
    )
    (hours,) = _findings(result, "CEC-HOURS-001")
    excluded = (hours.details or {}).get("excluded")
    assert isinstance(excluded, list)
    assert [x["sure"] for x in excluded] == [False]


def test_as_of_is_the_end_of_a_pending_application() -> None:
    pending = replace(EXTENSION, decided=None)
    result = run(
        _base(PGWP, letter_doc=JOB1),
        _claims(D(2025, 6, 2), None, status_history=(pending,)),
        as_of=AS_OF,
    )
    (status,) = _findings(result, "CEC-STATUS-001")
    assert status.status == "passed" and f"2026-01-01 to {AS_OF}" in status.message
    assert "pending" in status.message
    assert dt.date(2026, 1, 1) <= AS_OF


def test_a_pending_pgwp_application_authorizes_work_without_any_work_permit() -> None:
    """Completed 2026-04-30, study permit to 2026-08-31, PGWP applied for 2026-05-15 and still
    pending on the submission date: R186(w) covers the work, no work permit in the file."""
    study = _study_permit(D(2024, 8, 15), D(2026, 8, 31))
    declared = (StudyClaim("Red River Polytechnic", D(2024, 9, 3), D(2026, 4, 30), 30, True),)
    pending = StatusEvent("pgwp_application", filed=D(2026, 5, 15), line=28)
    job = _job(D(2026, 5, 19), None, 37.5)
    result = run(
        _base(study, letter_doc=job),
        _claims(D(2026, 5, 19), None, 37.5, study=declared, status_history=(pending,)),
    )
    (status,) = _findings(result, "CEC-STATUS-001")
    assert status.status == "passed" and "R186(w)" in status.message and "pending" in status.message
    # 2026-05-19 .. 2026-11-15 (the letter's date) = 181 days x 30/7
    assert _hours(result) == pytest.approx(181 * 30 / 7, abs=0.01)


def test_work_after_a_study_permit_with_no_work_permit_in_the_file_is_unknown() -> None:
    study = _study_permit(D(2022, 8, 15), D(2024, 8, 31))
    job = _job(D(2024, 9, 2), D(2025, 6, 30), 37.5)
    result = run(_base(study, letter_doc=job), _claims(D(2024, 9, 2), D(2025, 6, 30), 37.5))
    assert "failed" not in _status(result, "CEC-STATUS-001")
    assert "unknown" in _status(result, "CEC-STATUS-001")
