"""Issue 14, situations 4, 5 and 6: the hours and verdict a letter's facts give, read in context.

4. A letter with "two paid volunteer days" as a benefit, an approved unpaid leave in March 2025
   and "she is not self-employed": one month excluded, the rest counts.
5. A promotion (table or prose): every position counts, each with its NOC; a true claim of
   the whole employment is supported.
6. A current job whose letter is old, with pay stubs after it: hours evidenced to the last
   stub, and a finding asking for an updated letter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from auditor.case.intake import WorkClaim
from auditor.models import Document
from auditor.rules.waivers import verdict
from extractors.employment_letter import EXTRACTOR
from tests.extractors.pagebuilder import page_from_text
from tests.extractors.test_letter_facts import (
    BENEFIT_AND_LEAVE,
    HEAD,
    PROMOTION_PROSE,
    PROMOTION_TABLE,
    TAIL,
)
from tests.rules.builders import (
    D,
    good_documents,
    intake,
    letter,
    run,
    statuses,
    stub,
    swap_in,
)


def read_letter(body: str) -> Document:
    """The good case's letter as the real extractor reads this text."""
    pages = (page_from_text(HEAD + body + TAIL),)
    fields = EXTRACTOR.extract(pages)
    fields.pop("employer_name", None)
    base = letter()
    fields = {**fields, "employer_name": base.fields["employer_name"]}
    return replace(base, pages=pages, fields=fields)


def findings(evaluation, rule: str) -> list:  # noqa: ANN001
    return [f for f in evaluation.findings if f.rule == rule]


def test_situation_4_a_benefit_a_leave_and_a_denial_exclude_one_month_only() -> None:
    without = BENEFIT_AND_LEAVE.replace("She took an approved unpaid leave March 1-31, 2025. ", "")
    assert without != BENEFIT_AND_LEAVE
    base = run(swap_in(good_documents(), read_letter(without)))
    documents = swap_in(good_documents(), read_letter(BENEFIT_AND_LEAVE))
    evaluation = run(documents)
    assert statuses(evaluation, "CEC-PAID-001") == {"passed"}
    assert statuses(evaluation, "CEC-SELFEMP-001") == {"passed"}
    leave = findings(evaluation, "CEC-LEAVE-001")
    assert [f.status for f in leave] == ["failed"]
    assert leave[0].severity == "info"
    assert "2025-03-01 to 2025-03-31" in leave[0].message and "h removed" in leave[0].message
    removed = base.hours.qualifying_hours - evaluation.hours.qualifying_hours
    # 31 days at the 30 h/week cap: about 133 h, never the whole job.
    assert 120 < removed < 140, removed
    assert evaluation.hours.qualifying_hours > 1560
    assert verdict(evaluation.findings) == verdict(base.findings)


def test_situation_4_the_same_letter_without_its_denial_is_self_employment() -> None:
    text = BENEFIT_AND_LEAVE.replace("she is not self-employed and is not", "she is")
    evaluation = run(swap_in(good_documents(), read_letter(text)))
    assert statuses(evaluation, "CEC-SELFEMP-001") == {"failed"}
    assert evaluation.hours.qualifying_hours == 0


def test_situation_4_a_declared_leave_is_excluded_like_a_stated_one() -> None:
    from tests.rules.builders import leave_claim

    base = run(good_documents())
    evaluation = run(good_documents(), leave_claim("Northwind Analytics Inc."))
    leave = findings(evaluation, "CEC-LEAVE-001")
    assert [f.status for f in leave] == ["failed"] and "case.yaml line 30" in leave[0].message
    assert 120 < base.hours.qualifying_hours - evaluation.hours.qualifying_hours < 140


def _promotion(body: str) -> None:
    claim = WorkClaim(
        "Northwind Analytics Inc.", None, "21223", D(2023, 1, 10), None, 37.5, line=10
    )
    documents = swap_in(good_documents(), read_letter(body))
    evaluation = run(documents, intake(work=(claim,)))
    teer = findings(evaluation, "CEC-TEER-001")
    assert [f.status for f in teer] == ["passed", "passed"]
    assert "Junior Data Analyst" in teer[0].message and "Senior Data Analyst" in teer[1].message
    jobs = [j for j in evaluation.hours.jobs if j.counted_days]
    assert [(j.job.start, j.job.end) for j in jobs][0] == (D(2023, 1, 10), D(2024, 2, 29))
    # From the window's start (2023-12-01) to the letter (2026-11-02), both positions, 30 h/week.
    days = (D(2026, 11, 2) - D(2023, 12, 1)).days + 1
    assert abs(evaluation.hours.qualifying_hours - days * 30 / 7) < 1
    assert statuses(evaluation, "XDOC-CLAIM-001") == {"passed"}, [
        f.message for f in findings(evaluation, "XDOC-CLAIM-001")
    ]


def test_situation_5_a_promotion_table_counts_every_position() -> None:
    _promotion(PROMOTION_TABLE)


def test_situation_5_a_promotion_in_prose_counts_every_position() -> None:
    _promotion(PROMOTION_PROSE)


def test_situation_5_a_false_claim_still_fails() -> None:
    claim = WorkClaim("Northwind Analytics Inc.", None, "21223", D(2022, 5, 1), None, 37.5, line=10)
    documents = swap_in(good_documents(), read_letter(PROMOTION_TABLE))
    evaluation = run(documents, intake(work=(claim,)))
    work = [f for f in findings(evaluation, "XDOC-CLAIM-001") if "Northwind" in f.message]
    assert [f.status for f in work] == ["failed"]


def _old_letter_case(with_stubs: bool) -> list[Document]:
    old = letter(
        start_date=D(2025, 6, 30),
        letter_date=D(2026, 6, 1),
        hours_per_week=30.0,
        wage_amount=62400.0,
    )
    docs = [d for d in good_documents() if d.kind not in ("employment_letter", "pay_stub")]
    stubs = [stub(n, hours=60.0, gross=2400.0) for n in range(6)] if with_stubs else []
    return [*docs, old, *stubs]


def test_situation_6_pay_stubs_after_an_old_letter_extend_a_current_job() -> None:
    letter_only = run(_old_letter_case(with_stubs=False))
    assert statuses(letter_only, "CEC-HOURS-001") == {"failed"}
    evaluation = run(_old_letter_case(with_stubs=True))
    last = stub(5).value("period_end")
    assert last == D(2026, 11, 23)
    days = (last - D(2025, 6, 30)).days + 1
    assert abs(evaluation.hours.qualifying_hours - days * 30 / 7) < 1
    assert statuses(evaluation, "CEC-HOURS-001") == {"passed"}
    ask = [f for f in findings(evaluation, "XDOC-PERIOD-001") if f.subject == "updated-letter"]
    assert [f.status for f in ask] == ["failed"] and ask[0].severity == "warning"
    assert "updated letter" in ask[0].message and "2026-11-23" in ask[0].message
    assert verdict(evaluation.findings) == "needs_attention"


def test_situation_6_stubs_inside_the_letters_dates_ask_for_nothing() -> None:
    evaluation = run(good_documents())
    assert not [f for f in findings(evaluation, "XDOC-PERIOD-001") if f.subject]
    assert isinstance(evaluation.hours.window_end, dt.date)


def test_situation_5_a_claim_of_the_current_title_from_the_first_start_is_supported() -> None:
    start = D(2023, 1, 10)
    claim = WorkClaim(
        "Northwind Analytics Inc.", "Senior Data Analyst", "21223", start, None, 37.5, line=10
    )
    documents = swap_in(good_documents(), read_letter(PROMOTION_TABLE))
    evaluation = run(documents, intake(work=(claim,)))
    work = [f for f in findings(evaluation, "XDOC-CLAIM-001") if "Northwind" in f.message]
    assert [f.status for f in work] == ["passed"], [f.message for f in work]


def test_a_leave_read_unsurely_asks_a_person_to_check_its_dates() -> None:
    from auditor.models import Field, Record

    unsure = Field(D(2025, 3, 1), 1, (0.0, 0.0, 1.0, 1.0), "Mar 1", 0.55)
    record = Record(
        (
            ("start", unsure),
            ("end", Field(D(2025, 3, 31), 1, None, "31", 0.55)),
            ("kind", Field("sick", 1, None, "sick leave", 0.9)),
        )
    )
    evaluation = run(swap_in(good_documents(), letter(leave=(record,))))
    leave = findings(evaluation, "CEC-LEAVE-001")
    assert [(f.status, f.severity) for f in leave] == [("unknown", "warning")]
    assert "55% confidence" in leave[0].message
