"""Both sides of every comparison (issue 16 item 3): a finding that compares documents shows
evidence from each of them, the values it used, and no box twice."""

from __future__ import annotations

import pytest

from auditor.models import Finding
from tests.rules.builders import D, good_documents, intake, letter, passport, run, stub
from tests.rules.test_rules import CASES


def _failed(rule: str) -> Finding:
    documents, case = CASES[rule]["failed"]()
    found = [f for f in run(documents, case).findings if f.rule == rule and f.status == "failed"]
    assert found, f"{rule}: no failed finding"
    return found[0]


def _texts(finding: Finding, document: str) -> set[str]:
    return {e.text for e in finding.evidence if e.document == document}


@pytest.mark.parametrize(
    "rule", ["XDOC-HOURS-001", "XDOC-WAGE-001", "CEC-STATUS-001", "CEC-STUDY-001"]
)
def test_the_evidence_covers_every_compared_document_once(rule: str) -> None:
    finding = _failed(rule)
    shown = {e.document for e in finding.evidence if e.bbox is not None}
    assert set(finding.documents) - {"case.yaml"} <= shown, (finding.documents, shown)
    boxes = [(e.document, e.page, e.bbox, e.text) for e in finding.evidence]
    assert len(boxes) == len(set(boxes)), "a box shown twice"


def test_xdoc_hours_shows_the_letters_hours_and_each_stubs_hours_and_period() -> None:
    finding = _failed("XDOC-HOURS-001")
    assert _texts(finding, "letters/northwind.pdf") == {"37.5"}
    assert len(finding.documents) == 4  # the letter and three stubs
    for path in finding.documents[1:]:
        assert "50.0" in _texts(finding, path) and len(_texts(finding, path)) == 3
    # The pictures shown first: the letter's hours, then the stubs' hours, not their dates.
    assert [e.text for e in finding.evidence[:4]] == ["37.5", "50.0", "50.0", "50.0"]


def test_xdoc_wage_shows_the_stubs_rate_not_the_letter_twice() -> None:
    finding = _failed("XDOC-WAGE-001")
    # The salary, its period, and the hours a week that turn it into an hourly rate.
    assert _texts(finding, "letters/northwind.pdf") == {"78000.0", "year", "37.5"}
    assert all(_texts(finding, p) == {"30.0"} for p in finding.documents[1:])


def test_cec_status_and_study_show_the_permits_dates() -> None:
    status = _failed("CEC-STATUS-001")
    assert "permits/pgwp.pdf" in status.documents
    assert _texts(status, "permits/pgwp.pdf") == {"2024-06-01", "2027-05-01"}
    study = _failed("CEC-STUDY-001")
    permit = next(p for p in study.documents if p != "letters/northwind.pdf")
    assert len(_texts(study, permit)) == 2  # valid_from and valid_until


def test_cec_hours_shows_per_job_the_start_end_and_hours_it_used() -> None:
    documents = [d for d in good_documents() if d.kind != "employment_letter"]
    documents.append(letter(hours_per_week=10.0, start_date=D(2024, 1, 8)))
    found = [f for f in run(documents).findings if f.rule == "CEC-HOURS-001"]
    assert [f.status for f in found] == ["failed"]
    assert _texts(found[0], "letters/northwind.pdf") == {"2024-01-08", "10.0"}
    details = found[0].details
    assert details is not None
    (job,) = details["jobs"]  # type: ignore[misc]
    assert job["start"] == "2024-01-08" and job["hours_per_week"] == 10.0
    assert job["document"] == "letters/northwind.pdf" and job["counted_hours"] > 0
    assert details["required_hours"] == 1560


def test_qa_stub_shows_the_differing_value_first() -> None:
    documents = [d for d in good_documents() if d.kind != "pay_stub"]
    documents += [stub(0), stub(1), stub(2), stub(3, employee_name="Kavya Raman")]
    found = [f for f in run(documents).findings if f.rule == "QA-STUB-001"]
    assert [f.status for f in found] == ["failed"]
    assert found[0].evidence[0].text == "Kavya Raman"
    assert found[0].evidence[1].document == found[0].documents[0]  # what it differs from
    assert "employee_name" not in found[0].message and "employee name" in found[0].message


def test_xdoc_dob_compares_the_passport_with_every_other_date() -> None:
    documents = [d for d in good_documents() if d.kind != "passport"]
    documents.append(passport(date_of_birth=D(1994, 3, 21)))
    found = [f for f in run(documents, intake()).findings if f.rule == "XDOC-DOB-001"]
    failed = [f for f in found if f.status == "failed"]
    assert failed
    for f in failed:
        assert {e.document for e in f.evidence} == {"id/passport.pdf", f.documents[0]}


def test_qa_messages_name_fields_in_words_and_never_print_a_pattern() -> None:
    documents = [d for d in good_documents() if d.kind != "employment_letter"]
    documents.append(letter(employer_email="hr.northwind@gmail.com", hours_per_week=84.0))
    found = {f.rule: f for f in run(documents).findings if f.rule.startswith("QA-LETTER")}
    assert found["QA-LETTER-001"].status == "failed"
    assert "(?" not in found["QA-LETTER-001"].message
    assert "'hr.northwind@gmail.com' does not meet this check" in found["QA-LETTER-001"].message
    assert found["QA-LETTER-002"].status == "failed"
    assert "hours per week: 84" in found["QA-LETTER-002"].message
    assert "hours_per_week" not in found["QA-LETTER-002"].message


def test_cec_study_shows_the_study_period_case_yaml_declares() -> None:
    from auditor.case.intake import StudyClaim

    case = intake(study=(StudyClaim("Seneca Polytechnic", D(2023, 9, 1), D(2024, 4, 30), 40),))
    found = [f for f in run(good_documents(), case).findings if f.rule == "CEC-STUDY-001"]
    assert [f.status for f in found] == ["failed"]
    assert "case.yaml" in found[0].documents
    assert _texts(found[0], "case.yaml") == {"line 40: Seneca Polytechnic 2023-09-01 to 2024-04-30"}
