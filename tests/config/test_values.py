"""The one date parser for YAML values, shared by case.yaml, review.yaml and PROFILE.yaml."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.config.values import EARLIEST, LATEST, OutOfRange, as_date, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2026, 1, 15), dt.date(2026, 1, 15)),
        (dt.datetime(2026, 1, 15, 23, 59), dt.date(2026, 1, 15)),
        ("2026-01-15", dt.date(2026, 1, 15)),
        (" 2026-01-15 ", dt.date(2026, 1, 15)),
    ],
)
def test_dates(value, expected):
    assert as_date(value) == expected


@pytest.mark.parametrize("value", ["2026-13-01", "soon", "", 20260115, None, True, [2026]])
def test_not_dates(value):
    with pytest.raises(ValueError, match=r"^expected a date YYYY-MM-DD, got ") as caught:
        as_date(value)
    assert repr(value) in str(caught.value)


def test_the_readers_share_it():
    from auditor.case import intake
    from auditor.crs import profile

    assert intake._CHECKS["date"] is as_date
    assert profile.as_date is as_date


@pytest.mark.parametrize(
    "value",
    [dt.date(1, 1, 1), dt.date(9999, 12, 31), "0001-01-01", "9999-12-31", dt.datetime(9999, 1, 1)],
)
def test_dates_the_audit_cannot_count_with_are_refused(value):
    """Issue 18: `--as-of 9999-12-31` or a submission date of 0001-01-01 ended in OverflowError
    (the report's timeline) or ValueError (the 3-year window) deep in the audit."""
    with pytest.raises(OutOfRange, match=r"is not between 1900-01-01 and 2199-12-31$"):
        as_date(value)


@pytest.mark.parametrize("value", ["20261201", "2026-W49-2", "2026-12-01T00:00", "2026-1-5"])
def test_only_the_form_yyyy_mm_dd_is_a_date(value):
    """Issue 18: `--as-of 20261201` was taken (date.fromisoformat reads it as 2026-12-01)."""
    with pytest.raises(ValueError, match=r"^expected a date YYYY-MM-DD, got "):
        parse_date(value)


def test_the_bounds_themselves_are_dates():
    assert parse_date("1900-01-01") == EARLIEST and as_date(LATEST) == LATEST
