"""Typed values read from YAML files: the one date parser case.yaml and PROFILE.yaml share."""

from __future__ import annotations

import datetime as dt


def as_date(value: object) -> dt.date:
    """`value` as a date: a YAML date, a timestamp's day, or text YYYY-MM-DD; else ValueError."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")
