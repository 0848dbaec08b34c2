"""Hours and wage parsers: weekly hours from any period, wages with their period."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.parse.hours import find_hours, parse_hours, parse_wage, weekly_hours_grammar


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("7.5 hours a day, five days a week", 37.5),
        ("8 hours per day, 5 days per week", 40.0),
        ("7,5 heures par jour, cinq jours par semaine", 37.5),
        ("full-time 40 hrs/wk", 40.0),
        ("37,5 heures par semaine", 37.5),
        ("40 h/semaine", 40.0),
        ("80 hours biweekly", 40.0),
        ("75 hours every two weeks", 37.5),
        ("70 heures aux deux semaines", 35.0),
        ("She works 40 hours per week.", 40.0),
        ("a 37.5-hour work week", 37.5),
        ("Hours per week: 30", 30.0),
        ("30 hours/week", 30.0),
        ("forty hours a week", 40.0),
        ("part-time (20 hours weekly)", 20.0),
        ("20 heures hebdomadaires", 20.0),
        ("thirty-seven and a half hours per week", 37.5),
    ],
)
def test_weekly_hours(text: str, per_week: float) -> None:
    assert parse_hours(text)[0] == per_week


def test_monthly_hours_are_converted_with_lower_confidence() -> None:
    value, conf = parse_hours("160 hours per month")
    assert value == pytest.approx(36.92) and conf == 0.8


def test_range_upper_end_has_low_confidence() -> None:
    assert parse_hours("works 35-40 hours per week") == (40.0, 0.6)


def test_no_hours_is_none() -> None:
    assert parse_hours("full-time position") == (None, 0.0)
    assert parse_hours("in September 2023") == (None, 0.0)


def test_several_statements_lower_confidence() -> None:
    text = "20 hours per week until May, then 40 hours per week"
    assert [h.per_week for h in find_hours(text)] == [20.0, 40.0]
    assert parse_hours(text) == (20.0, 0.8)


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        ("$32.50 per hour", 32.5, "hour"),
        ("earns $28/hr", 28.0, "hour"),
        ("taux horaire de 27,50 $", 27.5, "hour"),
        ("27,50 $ de l'heure", 27.5, "hour"),
        ("an annual salary of $78,000.00", 78000.0, "year"),
        ("72 000 $ par année", 72000.0, "year"),
        ("salaire annuel de 65 000 $", 65000.0, "year"),
        ("$85,000 per annum", 85000.0, "year"),
        ("$2,500 bi-weekly", 2500.0, "biweekly"),
        ("$4,000 per month", 4000.0, "month"),
        ("3 500 $ par mois", 3500.0, "month"),
        ("$1,200 weekly", 1200.0, "week"),
        ("Salary: $85,000", 85000.0, "year"),
    ],
)
def test_wages(text: str, amount: float, period: str) -> None:
    value, got_period, _ = parse_wage(text)
    assert (value, got_period) == (amount, period)


def test_wage_period_comes_from_its_own_sentence() -> None:
    text = "She works 40 hours per week. Her annual salary is 52 000 $."
    assert parse_wage(text)[:2] == (52000.0, "year")


def test_amount_without_period_is_not_a_wage() -> None:
    assert parse_wage("a bonus of $500") == (None, None, 0.0)


@given(st.text())
def test_never_raises(text: str) -> None:
    parse_hours(text)
    parse_wage(text)


@given(st.integers(min_value=1, max_value=80), st.sampled_from([0, 5]))
def test_round_trip_weekly(whole: int, tenth: int) -> None:
    assert parse_hours(f"{whole}.{tenth} hours per week")[0] == whole + tenth / 10
    assert parse_hours(f"{whole},{tenth} heures par semaine")[0] == whole + tenth / 10


def test_ocr_weekly_hours_off_the_half_hour_grammar_are_repaired_or_unsure() -> None:
    assert weekly_hours_grammar(37.9, "37,9 h") == (37.5, 0.6)  # a 5 read as 9
    assert weekly_hours_grammar(32.6, "32.6 hours") == (32.5, 0.6)  # a 5 read as 6
    assert weekly_hours_grammar(38.8, "38.8") == (38.0, 0.6)  # a 0 read as 8
    value, ceiling = weekly_hours_grammar(37.4, "37.4 hours")  # no look-alike fits: kept, unsure
    assert value == 37.4 and ceiling is not None and ceiling < 0.6
    assert weekly_hours_grammar(37.5, "37,5") == (37.5, None)
    assert weekly_hours_grammar(40.0, "40 hours") == (40.0, None)
    assert weekly_hours_grammar(37.75, "37.75") == (37.75, None)
