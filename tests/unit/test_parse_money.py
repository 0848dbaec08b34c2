"""Money parser: English and French notation, currency marks, ambiguity."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.parse.money import find_amounts, parse_money, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("37,5", 37.5),
        ("72 000 $", 72000.0),
        ("$78,000.00", 78000.0),
        ("78 000,00 $", 78000.0),
        ("78\u00a0000,00\u00a0$", 78000.0),
        ("CAD 65,000", 65000.0),
        ("$25.50/hr", 25.5),
        ("$78K per year", 78000.0),
        ("1.234,56 €", 1234.56),
        ("1 234 567,89 $", 1234567.89),
        ("salary of $3,O00.00", 3000.0),
    ],
)
def test_money(text: str, expected: float) -> None:
    assert parse_money(text)[0] == expected


@pytest.mark.parametrize(
    ("token", "value", "conf"),
    [
        ("3,000.00", 3000.0, 1.0),
        ("27,50", 27.5, 1.0),
        ("1,234", 1234.0, 0.9),
        ("1.234", 1.234, 0.7),
        ("1.234.567", 1234567.0, 1.0),
        ("12", 12.0, 1.0),
    ],
)
def test_number_tokens(token: str, value: float, conf: float) -> None:
    assert parse_number(token) == (value, conf)


def test_not_numbers() -> None:
    assert parse_number("abc") == (None, 0.0)
    assert parse_number("") == (None, 0.0)
    assert parse_money("no amount here") == (None, 0.0)


def test_two_unmarked_numbers_are_not_guessed() -> None:
    assert parse_money("12 and 14") == (None, 0.0)


def test_currency_marked_amount_wins() -> None:
    found = find_amounts("40 hours at $32.50")
    assert [(a.value, a.currency) for a in found] == [(40.0, False), (32.5, True)]


@given(st.text())
def test_never_raises(text: str) -> None:
    parse_money(text)
    parse_number(text)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_round_trip_both_notations(whole: int, cents: int) -> None:
    value = whole + cents / 100
    english = f"${whole:,}.{cents:02d}"
    french = f"{whole:,}".replace(",", " ") + f",{cents:02d} $"
    assert parse_money(english)[0] == pytest.approx(value)
    assert parse_money(french)[0] == pytest.approx(value)
