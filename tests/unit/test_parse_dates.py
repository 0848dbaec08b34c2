"""Date parser: English and French forms, numeric ambiguity, OCR noise, never raising."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.parse.dates import find_dates, parse_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1er mars 2024", D(2024, 3, 1)),
        ("le 15 août 2023", D(2023, 8, 15)),
        ("31 décembre 2023", D(2023, 12, 31)),
        ("3 janv. 2022", D(2022, 1, 3)),
        ("March 1st, 2024", D(2024, 3, 1)),
        ("September 5, 2023", D(2023, 9, 5)),
        ("Mar. 1, 2024", D(2024, 3, 1)),
        ("Sept 22 2021", D(2021, 9, 22)),
        ("1 March 2024", D(2024, 3, 1)),
        ("05-JAN-2023", D(2023, 1, 5)),
        ("12/MAR/2025", D(2025, 3, 12)),
        ("12 MAR /MARS 1994", D(1994, 3, 12)),
        ("2024-03-01", D(2024, 3, 1)),
        ("2024/11/30", D(2024, 11, 30)),
        ("2024.02.29", D(2024, 2, 29)),
        ("13/03/2024", D(2024, 3, 13)),
        ("03/13/2024", D(2024, 3, 13)),
        ("05/05/2024", D(2024, 5, 5)),
        ("Date: 2O24-O3-15", D(2024, 3, 15)),
    ],
)
def test_forms(text: str, expected: dt.date) -> None:
    assert parse_date(text)[0] == expected


def test_ambiguous_numeric_date_is_not_guessed() -> None:
    assert parse_date("01/03/2024") == (None, 0.0)


def test_ambiguous_numeric_date_with_order_has_lower_confidence() -> None:
    value, conf = parse_date("01/03/2024", order="dmy")
    assert value == D(2024, 3, 1) and conf == pytest.approx(0.7)
    assert parse_date("01/03/2024", order="mdy")[0] == D(2024, 1, 3)


def test_ocr_repair_lowers_confidence() -> None:
    assert parse_date("2O24-O3-15")[1] == pytest.approx(0.85)
    assert parse_date("2024-03-15")[1] == 1.0


def test_impossible_dates_are_skipped() -> None:
    assert parse_date("February 30, 2024")[0] is None
    assert parse_date("2024-13-01")[0] is None


def test_ranges_give_both_dates_in_order() -> None:
    found = find_dates("du 3 janvier 2022 au 31 décembre 2023")
    assert [d.value for d in found] == [D(2022, 1, 3), D(2023, 12, 31)]
    assert found[0].start == 3


def test_month_year_only_when_asked() -> None:
    assert find_dates("since March 2021") == []
    found = find_dates("since March 2021", month_year=True)
    assert [(d.value, d.confidence) for d in found] == [(D(2021, 3, 1), 0.5)]


def test_words_that_are_not_months() -> None:
    assert find_dates("5 Main 2024") == []


@given(st.text())
def test_never_raises(text: str) -> None:
    find_dates(text, month_year=True)
    parse_date(text, order="dmy")


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
def test_round_trip_iso_and_words(day: dt.date) -> None:
    assert parse_date(day.isoformat())[0] == day
    assert parse_date(day.strftime("%B %d, %Y"))[0] == day
    assert parse_date(day.strftime("%d %b %Y"))[0] == day
