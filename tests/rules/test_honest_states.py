"""Issue 14, honest states: a rule fails only on values read with confidence, plausible and
consistent; anything else is unknown and names the value a person must check; `ready` needs
every value it rests on read with confidence. Also the language items (plain TEF/TCF, One
Skill Retake, expired results in the CRS), the stubs' YTD across gaps and the mixed-TEER
option."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import replace
from types import MappingProxyType
from typing import Any

import pytest

from auditor.case.intake import Intake, LanguageClaim
from auditor.models import Document, Field, Finding
from auditor.result import Evaluation
from auditor.rules.certainty import THRESHOLD_PARAM, THRESHOLD_RULE
from auditor.rules.checklist import Checklists, load_checklists
from auditor.rules.waivers import verdict
from tests.rules.builders import (
    D,
    doc,
    good_documents,
    ielts,
    intake,
    letter,
    run,
    statuses,
    stub,
    swap_in,
    with_sin,
    work_permit,
)


def unsure(document: Document, name: str, confidence: float, value: Any = None) -> Document:
    """The document with one field read at `confidence` (its value kept, or `value`)."""
    old = document.fields[name] if name in document.fields else None
    shown = value if value is not None else (old.value if old else None)
    new = Field(shown, 1, (72.0, 300.0, 300.0, 312.0), str(shown), confidence)
    return replace(document, fields={**document.fields, name: new})


def findings(evaluation: Evaluation, rule: str) -> list[Finding]:
    return [f for f in evaluation.findings if f.rule == rule]


def only(evaluation: Evaluation, rule: str) -> Finding:
    (found,) = findings(evaluation, rule)
    return found


def with_params(rule: str, **params: object) -> Checklists:
    lists = load_checklists()
    meta = lists.rules[rule]
    changed = dataclasses.replace(meta, parameters=MappingProxyType({**meta.parameters, **params}))
    return dataclasses.replace(lists, rules=MappingProxyType({**lists.rules, rule: changed}))


# --- the mechanism -------------------------------------------------------------------------


def test_the_threshold_is_one_checklist_parameter() -> None:
    assert load_checklists().param(THRESHOLD_RULE, THRESHOLD_PARAM) == 0.8


def test_a_start_date_read_at_31_percent_does_not_leave_the_case_ready() -> None:
    good = run(good_documents())
    assert verdict(good.findings) == "ready"
    docs = swap_in(good_documents(), unsure(letter(), "start_date", 0.31))
    evaluation = run(docs)
    hours = only(evaluation, "CEC-HOURS-001")
    assert hours.status == "unknown"
    assert "letters/northwind.pdf: the start date" in hours.message
    assert "31% confidence" in hours.message
    assert hours.details is not None and hours.details["unsure"] == [
        {
            "document": "letters/northwind.pdf",
            "field": "start_date",
            "why": "was read with 31% confidence (threshold 80%)",
        }
    ]
    assert verdict(evaluation.findings) == "needs_attention"


def test_the_threshold_is_the_firms_to_set() -> None:
    docs = swap_in(good_documents(), unsure(letter(), "start_date", 0.7))
    assert statuses(run(docs), "CEC-HOURS-001") == {"unknown"}
    lenient = with_params(THRESHOLD_RULE, **{THRESHOLD_PARAM: 0.6})
    assert statuses(run(docs, lists=lenient), "CEC-HOURS-001") == {"passed"}


def test_a_short_count_on_an_unsure_start_date_is_unknown_not_failed() -> None:
    late = letter(start_date=D(2026, 1, 5))
    assert statuses(run(swap_in(good_documents(), late)), "CEC-HOURS-001") == {"failed"}
    evaluation = run(swap_in(good_documents(), unsure(late, "start_date", 0.5)))
    assert statuses(evaluation, "CEC-HOURS-001") == {"unknown"}
    assert verdict(evaluation.findings) != "not_eligible"


def test_implausible_hours_per_week_cannot_fail_the_hours() -> None:
    # 375 h a week: a decimal point lost in reading 37.5, however sure the reading.
    misread = letter(hours_per_week=3.75)
    assert statuses(run(swap_in(good_documents(), misread)), "CEC-HOURS-001") == {"failed"}
    huge = letter(hours_per_week=375.0)
    found = only(run(swap_in(good_documents(), huge)), "CEC-HOURS-001")
    assert found.status == "unknown" and "implausible" in found.message


def test_a_garbled_name_is_not_a_different_name() -> None:
    garbled = letter(employee_name="Pr1ya R@m@n ~~")
    found = [f for f in findings(run(swap_in(good_documents(), garbled)), "XDOC-NAME-001")]
    on_letter = next(f for f in found if "letters/northwind.pdf" in f.documents)
    assert on_letter.status == "unknown" and "implausible" in on_letter.message
    other = letter(employee_name="Nadia Belkacem")
    found = findings(run(swap_in(good_documents(), other)), "XDOC-NAME-001")
    assert next(f for f in found if "letters/northwind.pdf" in f.documents).status == "failed"


def test_a_name_read_below_the_threshold_is_not_a_different_name() -> None:
    low = unsure(letter(), "employee_name", 0.42, "Priyo Ramon")
    found = findings(run(swap_in(good_documents(), low)), "XDOC-NAME-001")
    on_letter = next(f for f in found if "letters/northwind.pdf" in f.documents)
    assert on_letter.status == "unknown"
    assert "employee name ('Priyo Ramon') was read with 42% confidence" in on_letter.message


def test_an_unsure_passport_name_is_not_the_reference() -> None:
    from tests.rules.builders import passport

    docs = swap_in(good_documents(), unsure(passport(), "holder_name", 0.3, "PRIY4 RAMEN"))
    found = findings(run(docs), "XDOC-NAME-001")
    # case.yaml's name is the reference: the letter, test and permit match it.
    assert {f.status for f in found if "id/passport.pdf" not in f.documents} == {"passed"}


def test_a_language_result_whose_test_was_not_read_is_not_a_missing_result() -> None:
    unread = ielts(test=None)
    docs = swap_in(good_documents(), unread)
    claim = [f for f in findings(run(docs), "XDOC-CLAIM-001") if f.subject]
    (language,) = [f for f in claim if f.subject == "ielts_general_training"]
    assert language.status == "unknown"
    assert "tests/ielts.pdf" in language.message and "test type" in language.message
    low = unsure(ielts(), "test", 0.5, "ielts_academic")
    claim = findings(run(swap_in(good_documents(), low)), "XDOC-CLAIM-001")
    assert {f.status for f in claim if f.subject == "ielts_general_training"} == {"unknown"}


def test_a_claimed_test_the_file_does_not_hold_still_fails() -> None:
    case = intake(language=(LanguageClaim("celpip_general", 9, 9, 9, 9, line=20),))
    claim = findings(run(good_documents(), case), "XDOC-CLAIM-001")
    assert {f.status for f in claim if f.subject == "celpip_general"} == {"failed"}


def test_unauthorized_days_need_every_permits_dates_read() -> None:
    short = work_permit(valid_from=D(2024, 6, 1))  # from 2023-06-05 to 2024-05-31 uncovered
    second = replace(
        work_permit(valid_from=D(2023, 1, 1), valid_until=D(2024, 6, 1)),
        file=replace(work_permit().file, relpath="permits/first.pdf"),
    )
    assert statuses(run(swap_in(good_documents(), short)), "CEC-STATUS-001") == {"failed"}
    # The first permit's expiry was not read: the days may well be covered.
    first = replace(second, fields={k: v for k, v in second.fields.items() if k != "valid_until"})
    evaluation = run([*swap_in(good_documents(), short), first])
    found = only(evaluation, "CEC-STATUS-001")
    assert found.status == "unknown"
    assert "permits/first.pdf" in found.message  # the permit whose dates a person checks
    # Read with confidence, it covers them.
    assert statuses(run([*swap_in(good_documents(), short), second]), "CEC-STATUS-001") == {
        "passed"
    }


def test_a_letter_with_logo_noise_in_the_employer_is_not_a_missing_letter() -> None:
    noisy = letter(employer_name="NW Northwlnd Analytlcs Inc.")
    evaluation = run(swap_in(good_documents(), noisy))
    missing = [f for f in findings(evaluation, "DOC-MISSING-001") if f.status != "passed"]
    assert [f.status for f in missing] == ["unknown"]
    assert "close to 'Northwind Analytics Inc.'" in missing[0].message
    assert statuses(evaluation, "XDOC-CLAIM-001") <= {"unknown", "passed"}
    other = letter(employer_name="Harbourline Staffing Ltd.")
    evaluation = run(swap_in(good_documents(), other))
    assert "failed" in statuses(evaluation, "DOC-MISSING-001")


def test_a_letter_whose_employer_was_read_unsure_is_not_a_missing_letter() -> None:
    low = unsure(letter(), "employer_name", 0.4, "Blue Harbour Logistics")
    missing = [
        f for f in findings(run(swap_in(good_documents(), low)), "DOC-MISSING-001") if f.subject
    ]
    assert [f.status for f in missing] == ["unknown"]
    assert "employer name ('Blue Harbour Logistics') was read with 40%" in missing[0].message


def test_stub_math_on_a_misread_decimal_point_is_unknown() -> None:
    slipped = stub(1, rate=400.0)  # 40.00 read as 400.0: 75 h x 400 = 10 times the gross
    found = [
        f
        for f in findings(run(swap_in(good_documents(), slipped)), "STUB-MATH-001")
        if "stubs/stub1.pdf" in f.documents
    ]
    assert [f.status for f in found] == ["unknown"] and "decimal point" in found[0].message
    short = stub(1, gross=2400.0, ytd_gross=53400.0)  # really underpaid: 3,000 due
    found = [
        f
        for f in findings(run(swap_in(good_documents(), short)), "STUB-MATH-001")
        if f.documents == ("stubs/stub1.pdf",)
    ]
    assert [f.status for f in found] == ["failed"]


def test_stub_math_on_a_rate_read_below_the_threshold_is_unknown() -> None:
    low = unsure(stub(1), "rate", 0.5, 45.0)
    found = [
        f
        for f in findings(run(swap_in(good_documents(), low)), "STUB-MATH-001")
        if f.documents == ("stubs/stub1.pdf",)
    ]
    assert [f.status for f in found] == ["unknown"]


def _ytd_findings(stubs: list[Document]) -> list[Finding]:
    docs = [d for d in good_documents() if d.kind != "pay_stub"] + stubs
    return [
        f
        for f in findings(run(docs), "STUB-MATH-001")
        if f.status != "passed" and len(f.documents) == 2
    ]


def test_ytd_across_missing_stubs_is_no_false_warning() -> None:
    # Stubs 0, 1 and 3: stub 2 is not in the file, and stub 3's YTD includes its pay.
    assert _ytd_findings([stub(0), stub(1), stub(3)]) == []


def test_ytd_between_consecutive_stubs_must_add_up() -> None:
    wrong = _ytd_findings([stub(0), stub(1, ytd_gross=55000.0), stub(2, ytd_gross=58000.0)])
    assert [f.status for f in wrong] == ["failed"]
    assert "stubs/stub1.pdf" in wrong[0].message


def test_ytd_across_a_gap_must_still_grow_by_the_periods_gross() -> None:
    shrunk = _ytd_findings([stub(0), stub(3, ytd_gross=52000.0)])
    assert [f.status for f in shrunk] == ["failed"]
    assert "missing" in shrunk[0].message


def test_a_clb_below_the_minimum_read_unsure_is_unknown() -> None:
    low = ielts(writing=5.5, overall=7.0)
    assert statuses(run(swap_in(good_documents(), low)), "LANG-CLB-001") == {"failed"}
    unsure_low = unsure(low, "writing", 0.55)
    found = only(run(swap_in(good_documents(), unsure_low)), "LANG-CLB-001")
    assert found.status == "unknown" and "writing" in found.message
    # A confident low score fails whatever the confidence of the others.
    mixed = unsure(low, "listening", 0.4)
    found = only(run(swap_in(good_documents(), mixed)), "LANG-CLB-001")
    assert found.status == "failed"
    assert {e.field_name for e in found.evidence if e.confidence is not None} == {"writing"}


def test_a_clb_pass_on_an_unsure_score_is_unknown() -> None:
    found = only(run(swap_in(good_documents(), unsure(ielts(), "reading", 0.6))), "LANG-CLB-001")
    assert found.status == "unknown" and "reading" in found.message


def test_an_expiry_on_an_unsure_result_date_is_unknown() -> None:
    old = ielts(test_date=D(2024, 8, 2), result_date=D(2024, 8, 15))
    assert statuses(run(swap_in(good_documents(), old)), "LANG-EXPIRED-001") == {"failed"}
    found = only(
        run(swap_in(good_documents(), unsure(old, "result_date", 0.5))), "LANG-EXPIRED-001"
    )
    assert found.status == "unknown" and "result date" in found.message


# --- language items (issue 14 situations 7 and 8) --------------------------------------------


def _french(test: str, **over: Any) -> Document:
    fields: dict[str, Any] = dict(
        test=test,
        candidate_name="RAMAN Priya",
        date_of_birth=D(1994, 3, 12),
        test_date=D(2025, 9, 10),
        result_date=D(2025, 9, 24),
        listening=480,
        reading=470,
        writing=460,
        speaking=500,
    )
    fields.update(over)
    return doc(
        "language_test", "tests/french.pdf", "Attestation de résultats", language="fr", **fields
    )


@pytest.mark.parametrize("test", ["tef", "tcf"])
def test_plain_tef_and_tcf_are_not_accepted(test: str) -> None:
    scores = dict(writing=12, speaking=12) if test == "tcf" else {}
    docs = [d for d in good_documents() if d.kind != "language_test"] + [_french(test, **scores)]
    found = only(run(docs, intake(language=())), "LANG-TEST-001")
    assert found.status == "failed" and found.severity == "error"
    assert f"not {test.upper()} Canada" in found.message
    assert verdict(run(docs, intake(language=())).findings) == "not_eligible"


def test_plain_tef_beside_an_accepted_result_is_only_noted() -> None:
    found = [
        f
        for f in findings(run([*good_documents(), _french("tef")]), "LANG-TEST-001")
        if "tests/french.pdf" in f.documents
    ]
    assert [(f.status, f.severity) for f in found] == [("failed", "info")]


def test_a_one_skill_retake_is_not_accepted() -> None:
    retake = ielts()
    retake = replace(
        retake,
        fields={**retake.fields, "one_skill_retake": Field(True, 1, None, "One Skill Retake", 1.0)},
    )
    evaluation = run(swap_in(good_documents(), retake), intake(language=()))
    found = only(evaluation, "LANG-TEST-001")
    assert found.status == "failed" and "One Skill Retake" in found.message
    # A firm that accepts them removes the entry from also_not_accepted.
    accepting = with_params("LANG-TEST-001", also_not_accepted=[])
    evaluation = run(swap_in(good_documents(), retake), intake(language=()), lists=accepting)
    assert statuses(evaluation, "LANG-TEST-001") == {"passed"}


def _crs_case(second_language: bool) -> Intake:
    declared: dict[str, Any] = {"education": "bachelors"}
    if second_language:
        declared["second_language"] = {
            "test": "tef_canada",
            "clb": {"listening": 8, "reading": 8, "writing": 8, "speaking": 8},
        }
    return intake(crs=declared)


def test_an_expired_tef_canada_second_language_earns_no_crs_points() -> None:
    expired = _french("tef_canada", test_date=D(2024, 1, 10), result_date=D(2024, 1, 24))
    valid = _french("tef_canada")
    base = run(good_documents(), _crs_case(False)).crs
    with_valid = run([*good_documents(), valid], _crs_case(True)).crs
    with_expired = run([*good_documents(), expired], _crs_case(True)).crs
    assert base is not None and with_valid is not None and with_expired is not None
    assert base.result is not None and with_valid.result is not None
    assert with_expired.result is not None
    assert with_valid.result.total > base.result.total  # the valid one earns points
    assert with_expired.result.total == base.result.total  # the expired one none
    # Before issue 14 the declaration stood in for the expired result: 12 + the French 50.
    assert with_valid.result.total - base.result.total == 62
    assert "second_language" not in with_expired.declared
    assert any("second_language" in n and "expired" in n for n in with_expired.notes)


def test_an_expired_first_language_result_voids_the_declared_levels() -> None:
    old = ielts(test_date=D(2024, 8, 2), result_date=D(2024, 8, 15))
    declared = {
        "education": "bachelors",
        "first_language": {
            "test": "ielts_general_training",
            "clb": {"listening": 9, "reading": 9, "writing": 9, "speaking": 9},
        },
    }
    crs = run(swap_in(good_documents(), old), intake(crs=declared)).crs
    assert crs is not None and "first_language" not in crs.declared
    assert any(n.startswith("first_language:") and "expired" in n for n in crs.notes)


# --- mixed TEER --------------------------------------------------------------------------


def _mixed(teer_2_start: dt.date = dt.date(2023, 12, 1)) -> list[Document]:
    """TEER 1 for most hours (2024-12-09 on, about two years), and TEER 2 work before it (from
    `teer_2_start`: a full year by default), both in the 3-year window."""
    teer_1 = letter(start_date=D(2024, 12, 9))
    teer_2 = replace(
        letter(
            employer_name="Harbour Freight Services Ltd.",
            noc_code="72010",
            start_date=teer_2_start,
            end_date=D(2024, 12, 6),
            current=None,
            job_title="Supervisor",
        ),
        file=replace(letter().file, relpath="letters/harbour.pdf"),
    )
    return [*swap_in(good_documents(), teer_1), teer_2]


def test_mixed_teer_follows_the_group_with_most_hours_by_default() -> None:
    evaluation = run(_mixed(), intake(work=()))
    assert evaluation.language is not None and evaluation.language.required_clb == 7


def test_a_full_year_in_teer_2_or_3_can_stand_on_clb_5() -> None:
    option = with_params("LANG-CLB-001", teer_2_3_full_year=True)
    evaluation = run(_mixed(), intake(work=()), lists=option)
    assert evaluation.language is not None and evaluation.language.required_clb == 5
    found = only(evaluation, "LANG-CLB-001")
    assert "full qualifying year in TEER 2-3" in found.message
    # Less than a full year of TEER 2-3 work: the majority rule again.
    evaluation = run(_mixed(D(2024, 6, 3)), intake(work=()), lists=option)
    assert evaluation.language is not None and evaluation.language.required_clb == 7


def test_the_settle_net_leaves_passed_and_shown_evidence_alone() -> None:
    from auditor.models import Evidence
    from auditor.rules.certainty import settle

    low = Evidence("a.pdf", 1, None, "x", field_name="hours", confidence=0.2)
    context = Evidence("a.pdf", 1, None, "y")  # shown: no confidence
    failed = Finding("STUB-MATH-001", "failed", "warning", "m", ("a.pdf",), (low,))
    passed = replace(failed, status="passed")
    shown_only = replace(failed, evidence=(context,))
    out = settle([failed, passed, shown_only], 0.8)
    assert [f.status for f in out] == ["unknown", "passed", "failed"]
    assert "a.pdf: the hours ('x') was read with 20% confidence" in out[0].message


def test_dates_are_judged_plausible_only_in_range() -> None:
    from auditor.rules.certainty import plausibility

    stub_doc = stub(0)
    assert plausibility(stub_doc, "period_end", dt.date(2026, 1, 1)) is None
    assert plausibility(stub_doc, "period_end", dt.date(1026, 1, 1)) is not None
    assert plausibility(stub_doc, "hours", 75.0) is None
    assert plausibility(stub_doc, "rate", 4000.0) is not None


def test_an_element_is_missing_only_from_a_page_read_with_confidence() -> None:
    from tests.rules.builders import page

    bare = "Northwind Analytics Inc.\nNovember 15, 2026\nThis confirms that Priya Raman works here."
    text_letter = replace(letter(employer_phone=None), pages=(page(bare),))
    found = findings(run(swap_in(good_documents(), text_letter)), "LETTER-CONTACT-001")
    assert {f.status for f in found if f.subject == "employer_phone"} == {"failed"}
    # A phone photo read at 68%: above the page floor (60%), below the value threshold (80%);
    # the extractor records the letter's pages as read at that confidence.
    read = text_letter.fields["read_letter"]
    photo = replace(
        text_letter,
        pages=(page(bare, source="ocr", ocr_confidence=0.68),),
        fields={**text_letter.fields, "read_letter": replace(read, confidence=0.68)},
    )
    found = findings(run(swap_in(good_documents(), photo)), "LETTER-CONTACT-001")
    phone = [f for f in found if f.subject == "employer_phone"]
    assert [f.status for f in phone] == ["unknown"]
    assert "read with 68% confidence (threshold 80%)" in phone[0].message


def test_a_sin_failing_its_check_digit_on_ocr_digits_is_unknown() -> None:
    from tests.rules.builders import page

    text = "Pay statement Northwind Analytics Inc. SIN: 046 454 287"  # Luhn fails (286 passes)
    typed = with_sin(replace(stub(1), pages=(page(text),)), "046 454 287")
    found = [f for f in findings(run(swap_in(good_documents(), typed)), "STUB-SIN-001")]
    assert [f.status for f in found] == ["failed"]
    scanned = replace(typed, pages=(page(text, source="ocr", ocr_confidence=0.93),))
    found = [f for f in findings(run(swap_in(good_documents(), scanned)), "STUB-SIN-001")]
    assert [f.status for f in found] == ["unknown"] and "OCR" in found[0].message


def test_a_temporary_sin_after_the_permit_needs_the_expiry_read_with_confidence() -> None:
    from tests.rules.builders import page

    text = "Pay statement Northwind Analytics Inc. SIN: 912 345 675"
    late = with_sin(replace(stub(1), pages=(page(text),)), "912 345 675")  # paid 09-15 to 09-28
    permit = work_permit(valid_until=D(2026, 8, 31))
    docs = swap_in(swap_in(good_documents(), late), permit)
    found = [f for f in findings(run(docs), "STUB-SIN-001") if "stubs/stub1.pdf" in f.documents]
    assert [f.status for f in found] == ["failed"]
    docs = swap_in(swap_in(good_documents(), late), unsure(permit, "valid_until", 0.45))
    found = [f for f in findings(run(docs), "STUB-SIN-001") if "stubs/stub1.pdf" in f.documents]
    assert [f.status for f in found] == ["unknown"] and "valid-until date" in found[0].message
