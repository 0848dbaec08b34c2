"""CRS point grids as data, one frozen table per effective date (DOMAIN.md section 5).

A new IRCC grid is a new `Grid` appended to `GRIDS`, never an edit of an old one: a case scored
against an ITA of 2025-06-01 must keep the points in force that day.

Point pairs are `(with_spouse, single)`. Step tables are `((minimum, points...), ...)` from the
highest step down; a value below the last step scores 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from auditor.i18n import tr

EDUCATION_LEVELS = (
    "less_than_secondary",
    "secondary",
    "one_year",
    "two_year",
    "bachelors",
    "two_or_more",
    "masters",
    "phd",
)
"""Education levels, lowest first. `bachelors` is any single credential of three years or more."""

ONE_CREDENTIAL = frozenset({"one_year", "two_year", "bachelors"})
"""One post-secondary credential (a bachelor's degree included): the lower transferability tier."""

TWO_OR_MORE_CREDENTIALS = frozenset({"two_or_more", "masters", "phd"})
"""Two or more credentials (one of 3+ years), or a master's/professional degree or PhD."""

CANADIAN_EDUCATION_LEVELS = ("none", "one_or_two_year", "three_year_or_more")

Pair = tuple[int, int]
Steps = tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class Grid:
    """Every CRS point value in force from `effective_from` until the next grid."""

    effective_from: dt.date
    source: str
    age: Mapping[int, Pair]  # age in whole years -> points; ages not listed score 0
    education: Mapping[str, Pair]
    first_language: Steps  # (min CLB, with spouse, single) per ability
    second_language: Steps  # (min CLB, points) per ability, same with or without spouse
    second_language_cap: Pair
    canadian_work: Steps  # (min years, with spouse, single)
    spouse_education: Mapping[str, int]
    spouse_language: Steps  # (min CLB, points) per ability
    spouse_canadian_work: Steps  # (min years, points)
    # Skill transferability: (lower, upper) points per credential tier.
    transfer_one_credential: Pair
    transfer_two_or_more: Pair
    transfer_clb: Pair  # all four at or above [0] earns lower; all four at or above [1] upper
    transfer_canadian_years: Pair  # [0] years earns lower, [1] years or more upper
    foreign_one_or_two_years: Pair
    foreign_three_years: Pair
    certificate: Pair  # certificate of qualification x language
    certificate_clb: Pair  # all four at or above [0] earns lower; all at or above [1] upper
    transfer_bundle_cap: int
    transfer_cap: int
    # Additional points.
    provincial_nomination: int
    sibling: int
    french_min_nclc: int  # all four French abilities at or above this
    french_english_min_clb: int  # all four English abilities at or above this earn the upper
    french: Pair  # (English weak or absent, English at the minimum on all four)
    canadian_education: Mapping[str, int]
    job_offer: int
    additional_cap: int
    core_spouse_cap: int
    total_cap: int


def _frozen(mapping: dict) -> Mapping:
    return MappingProxyType(dict(mapping))


GRID_2025_03_25 = Grid(
    effective_from=dt.date(2025, 3, 25),
    source="https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
    "express-entry/check-score/crs-criteria.html",
    age=_frozen(
        {
            18: (90, 99),
            19: (95, 105),
            **{a: (100, 110) for a in range(20, 30)},
            30: (95, 105),
            31: (90, 99),
            32: (85, 94),
            33: (80, 88),
            34: (75, 83),
            35: (70, 77),
            36: (65, 72),
            37: (60, 66),
            38: (55, 61),
            39: (50, 55),
            40: (45, 50),
            41: (35, 39),
            42: (25, 28),
            43: (15, 17),
            44: (5, 6),
        }
    ),
    education=_frozen(
        {
            "less_than_secondary": (0, 0),
            "secondary": (28, 30),
            "one_year": (84, 90),
            "two_year": (91, 98),
            "bachelors": (112, 120),
            "two_or_more": (119, 128),
            "masters": (126, 135),
            "phd": (140, 150),
        }
    ),
    first_language=((10, 32, 34), (9, 29, 31), (8, 22, 23), (7, 16, 17), (6, 8, 9), (4, 6, 6)),
    second_language=((9, 6), (7, 3), (5, 1)),
    second_language_cap=(22, 24),
    canadian_work=((5, 70, 80), (4, 63, 72), (3, 56, 64), (2, 46, 53), (1, 35, 40)),
    spouse_education=_frozen(
        {
            "less_than_secondary": 0,
            "secondary": 2,
            "one_year": 6,
            "two_year": 7,
            "bachelors": 8,
            "two_or_more": 9,
            "masters": 10,
            "phd": 10,
        }
    ),
    spouse_language=((9, 5), (7, 3), (5, 1)),
    spouse_canadian_work=((5, 10), (4, 9), (3, 8), (2, 7), (1, 5)),
    transfer_one_credential=(13, 25),
    transfer_two_or_more=(25, 50),
    transfer_clb=(7, 9),
    transfer_canadian_years=(1, 2),
    foreign_one_or_two_years=(13, 25),
    foreign_three_years=(25, 50),
    certificate=(25, 50),
    certificate_clb=(5, 7),
    transfer_bundle_cap=50,
    transfer_cap=100,
    provincial_nomination=600,
    sibling=15,
    french_min_nclc=7,
    french_english_min_clb=5,
    french=(25, 50),
    canadian_education=_frozen({"none": 0, "one_or_two_year": 15, "three_year_or_more": 30}),
    job_offer=0,
    additional_cap=600,
    core_spouse_cap=500,
    total_cap=1200,
)

GRIDS: tuple[Grid, ...] = (GRID_2025_03_25,)
"""Every known grid, oldest first. Append a new grid here; never edit one in force."""

UNCONFIRMED_FROM = dt.date(2026, 11, 3)
"""A high-wage-occupation factor is reported in force from this date; its points are unknown."""


class NoGridError(ValueError):
    """The date is before the earliest grid this tool knows."""


@dataclass(frozen=True)
class GridChoice:
    """The grid used for a date, and what the report must say about that choice."""

    grid: Grid
    date: dt.date
    notes: tuple[str, ...] = ()


def grid_for(day: dt.date) -> GridChoice:
    """The grid in force on `day` (the ITA date or, failing it, the as-of date)."""
    in_force = [g for g in GRIDS if g.effective_from <= day]
    if not in_force:
        raise NoGridError(
            f"no CRS grid for {day.isoformat()}: this tool knows grids from "
            f"{GRIDS[0].effective_from.isoformat()} (job-offer points were removed that day)"
        )
    grid = in_force[-1]
    notes: tuple[str, ...] = ()
    if day >= UNCONFIRMED_FROM and grid.effective_from < UNCONFIRMED_FROM:
        notes = (
            tr(
                "A high-wage-occupation factor is reported in force from {reported} with point "
                "values not yet confirmed; this score uses the last confirmed grid (in force from "
                "{grid}).",
                reported=UNCONFIRMED_FROM,
                grid=grid.effective_from,
            ),
        )
    return GridChoice(grid=grid, date=day, notes=notes)


def step_points(steps: Steps, value: float, column: int = 1) -> int:
    """Points of the highest step whose minimum `value` reaches; 0 below every step."""
    for step in steps:
        if value >= step[0]:
            return step[column]
    return 0
