"""Behaviours beyond the three-case table: permits, fonts, SIN masking, hours from pay stubs."""

from __future__ import annotations

from dataclasses import replace

from auditor.models import Field, Line, Word
from tests.rules.builders import (
    good_documents,
    letter,
    page,
    run,
    stub,
    swap_in,
    with_sin,
    without,
    work_permit,
)


def messages(documents: list, rule: str) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(f.status, f.message) for f in run(documents).findings if f.rule == rule]


def test_employer_specific_permit_naming_another_employer() -> None:
    permit = work_permit(permit_type="employer_specific", employer="Southwind Logistics Ltd.")
    found = messages(swap_in(good_documents(), permit), "CEC-STATUS-001")
    assert found[0][0] == "failed" and "names Southwind Logistics Ltd." in found[0][1]


def test_employer_specific_permit_naming_the_employer_covers_the_job() -> None:
    permit = work_permit(permit_type="employer_specific", employer="Northwind Analytics")
    assert messages(swap_in(good_documents(), permit), "CEC-STATUS-001")[0][0] == "passed"


def test_mixed_fonts_inside_one_value() -> None:
    base = letter()
    words = (
        Word("37.5", (80, 300, 100, 310), 0.99, "ABCDEF+Helvetica"),
        Word("hours", (102, 300, 130, 310), 0.99, "Arial-BoldMT"),
    )
    pg = replace(page(base.text), lines=(*page(base.text).lines, Line(words)))
    fields = dict(base.fields)
    fields["hours_per_week"] = Field(37.5, 1, (78, 298, 132, 312), "37.5 hours", 0.99)
    tampered = replace(base, pages=(pg,), fields=fields)
    found = messages(swap_in(good_documents(), tampered), "DOC-TAMPER-001")
    assert any(s == "failed" and "mixes fonts (arial, helvetica)" in m for s, m in found)


def test_sin_is_never_printed_in_full() -> None:
    s = with_sin(replace(stub(0), pages=(page("Pay statement SIN: XXX XXX 287"),)), "046 454 287")
    ((status, message),) = messages([*without("pay_stub"), s], "STUB-SIN-001")
    assert status == "failed" and "******287" in message and "046" not in message


def test_nine_series_sin_after_permit_expiry() -> None:
    s = with_sin(replace(stub(0), pages=(page("Pay statement SIN: XXX XXX 204"),)), "946 454 204")
    permit = work_permit(valid_until=__import__("datetime").date(2026, 9, 1))
    docs = swap_in([*without("pay_stub"), s], permit)
    ((status, message),) = messages(docs, "STUB-SIN-001")
    assert (
        status == "failed"
        and "after the last permit (or maintained status) ended on 2026-09-01" in message
    )


def test_hours_from_pay_stubs_when_the_letter_has_none() -> None:
    docs = swap_in(good_documents(), letter(hours_per_week=None))
    ((status, message),) = messages(docs, "CEC-HOURS-001")
    assert status == "passed" and "from pay stubs; the letter gives no hours" in message


def test_hours_message_shows_the_arithmetic() -> None:
    ((_, message),) = messages(good_documents(), "CEC-HOURS-001")
    # 2023-12-01..2026-11-15 (letter date) = 1,081 days; x 30/7 after the cap = 4,632.86
    assert "1081 days x 37.5 h/week (letter) / 7 = 5,791.07 h" in message
    assert "4,632.86 qualifying hours" in message


def test_a_zero_salary_is_unknown_and_says_so() -> None:
    """Issue 18: a letter whose salary reads $0 made XDOC-WAGE-001 divide by zero (a traceback
    on stderr even with -q, and 'the check could not run' in the report)."""
    found = messages(swap_in(good_documents(), letter(wage_amount=0.0)), "XDOC-WAGE-001")
    assert found == [
        (
            "unknown",
            "Northwind Analytics Inc.: the letter's salary reads as 0.00/year; check the letter "
            "before comparing it with the pay stubs.",
        )
    ]


def test_zero_weekly_hours_on_the_letter_are_unknown_for_the_hours_check() -> None:
    found = messages(swap_in(good_documents(), letter(hours_per_week=0.0)), "XDOC-HOURS-001")
    assert found == [
        (
            "unknown",
            "Northwind Analytics Inc.: the letter's hours per week read as 0; check the letter.",
        )
    ]
