"""Typed values read from YAML files and options: the one date parser they all share."""

from __future__ import annotations

import datetime as dt
import re

EARLIEST = dt.date(1900, 1, 1)
"""The first date the audit accepts: before it, a date is a typo (0001-01-01)."""
LATEST = dt.date(2199, 12, 31)
"""The last date the audit accepts: the 3-year window, CRS ages and the report's timeline
stay inside the calendar Python counts (up to 9999-12-31) from any date up to here."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class OutOfRange(ValueError):
    """A real date the audit cannot count with (before EARLIEST or after LATEST)."""


def in_range(day: dt.date) -> dt.date:
    """`day` itself when the audit can count with it; else ValueError naming the range."""
    if not EARLIEST <= day <= LATEST:
        raise OutOfRange(f"{day.isoformat()} is not between {EARLIEST} and {LATEST}")
    return day


def parse_date(text: str) -> dt.date:
    """Text of exactly the form YYYY-MM-DD, a real day between EARLIEST and LATEST.

    `date.fromisoformat` alone also takes 20261201 and 2026-W49-2; neither is what a user
    means to type, and a date of year 9999 makes the window arithmetic overflow.
    """
    stripped = text.strip()
    if not _ISO_DATE.fullmatch(stripped):
        raise ValueError(f"expected a date YYYY-MM-DD, got {text!r}")
    try:
        day = dt.date.fromisoformat(stripped)
    except ValueError:
        raise ValueError(f"expected a date YYYY-MM-DD, got {text!r}") from None
    return in_range(day)


def as_date(value: object) -> dt.date:
    """`value` as a date: a YAML date, a timestamp's day, or text YYYY-MM-DD; else ValueError.

    Only dates between EARLIEST and LATEST are dates here (see `parse_date`)."""
    if isinstance(value, dt.datetime):
        return in_range(value.date())
    if isinstance(value, dt.date):
        return in_range(value)
    if isinstance(value, str):
        return parse_date(value)
    raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")
