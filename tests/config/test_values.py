"""The one date parser for YAML values, shared by case.yaml, review.yaml and PROFILE.yaml."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.config.values import as_date


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
