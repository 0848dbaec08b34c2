"""The hours calculator on hand-worked scenarios; each comment shows the arithmetic.

Reminder of the method (auditor/hours.py): each counted day is worth hours_per_week / 7; weeks run
Monday-Sunday; a week's cap is 30 x (days with counted work in that week) / 7.
Mondays used below: 2024-01-01, 2025-01-06, 2026-01-05.
"""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.case.hours import Exclusion, Job, compute_hours, fmt, teer_of, years_before

D = dt.date
AS_OF = D(2026, 12, 1)  # window 2023-12-01 .. 2026-12-01


def job(
    start: dt.date,
    end: dt.date,
    hpw: float | None,
    name: str = "A",
    teer: int = 1,
    excluded: str | None = None,
) -> Job:
    return Job(
        employer=name,
        document=f"{name}.pdf",
        start=start,
        end=end,
        hours_per_week=hpw,
        teer=teer,
        excluded_reason=excluded,
        excluded_rule="CEC-SELFEMP-001" if excluded else None,
    )


SCENARIOS = [
    # 52 full weeks x 30 h = 1,560 exactly
    ("exactly 1560", [job(D(2025, 1, 6), D(2026, 1, 4), 30.0)], [], AS_OF, 1560.0),
    # 30.5 h/week: each full week capped at 30 -> 52 x 30 = 1,560
    ("30.5 capped", [job(D(2025, 1, 6), D(2026, 1, 4), 30.5)], [], AS_OF, 1560.0),
    # 40 h/week: capped the same way -> 1,560
    ("40 capped", [job(D(2025, 1, 6), D(2026, 1, 4), 40.0)], [], AS_OF, 1560.0),
    # one day short: 363 days x 30 / 7 = 1,555.714... -> 1,555.71
    ("363 days", [job(D(2025, 1, 6), D(2026, 1, 3), 30.0)], [], AS_OF, 1555.71),
    # part-time: 20 h x 52 weeks = 1,040
    ("20h a year", [job(D(2025, 1, 6), D(2026, 1, 4), 20.0)], [], AS_OF, 1040.0),
    # DOMAIN example: 15 h/week for 104 weeks (2024-01-01..2025-12-28) = 1,560
    ("15h two years", [job(D(2024, 1, 1), D(2025, 12, 28), 15.0)], [], AS_OF, 1560.0),
    # two jobs of 20 h overlapping one week (2025-03-24..30): 11x20 + min(40, 30) + 11x20 = 470
    (
        "overlap one week",
        [
            job(D(2025, 1, 6), D(2025, 3, 30), 20.0, "A"),
            job(D(2025, 3, 24), D(2025, 6, 15), 20.0, "B"),
        ],
        [],
        AS_OF,
        470.0,
    ),
    # concurrent 10 h + 15 h = 25 h/week under the cap: 25 x 52 = 1,300
    (
        "concurrent under cap",
        [
            job(D(2025, 1, 6), D(2026, 1, 4), 10.0, "A"),
            job(D(2025, 1, 6), D(2026, 1, 4), 15.0, "B"),
        ],
        [],
        AS_OF,
        1300.0,
    ),
    # concurrent 20 h + 20 h = 40 -> 30 per week: 30 x 52 = 1,560
    (
        "concurrent over cap",
        [
            job(D(2025, 1, 6), D(2026, 1, 4), 20.0, "A"),
            job(D(2025, 1, 6), D(2026, 1, 4), 20.0, "B"),
        ],
        [],
        AS_OF,
        1560.0,
    ),
    # ends the day before the window opens (2023-11-30): 0
    ("before window", [job(D(2023, 1, 2), D(2023, 11, 30), 30.0)], [], AS_OF, 0.0),
    # 2023-11-27..12-03 at 35 h: only 12-01..12-03 count: 3 x 35/7 = 15, cap 30 x 3/7 = 12.857
    ("window start edge", [job(D(2023, 11, 27), D(2023, 12, 3), 35.0)], [], AS_OF, 12.86),
    # the window's first day alone: 1 x 35/7 = 5, cap 30/7 = 4.2857
    ("window first day", [job(D(2023, 12, 1), D(2023, 12, 1), 35.0)], [], AS_OF, 4.29),
    # the window's last day alone (as_of 2026-12-01, a Tuesday): 1 x 21/7 = 3 (under cap 4.29)
    ("window last day", [job(D(2026, 12, 1), D(2026, 12, 1), 21.0)], [], AS_OF, 3.0),
    # beyond as_of: 2026-11-23 (Mon)..2027-01-31 counts 11-23..12-01 = 9 days x 21/7 = 27
    ("after as_of", [job(D(2026, 11, 23), D(2027, 1, 31), 21.0)], [], AS_OF, 27.0),
    # the whole window, 2023-12-01..2026-12-01 = 1,097 days (2024-02-29 inside): 1097x30/7
    ("whole window leap", [job(D(2020, 1, 1), D(2030, 1, 1), 30.0)], [], AS_OF, 4701.43),
    # the week of 2024-02-26..03-03 has 7 days, Feb 29 included: 30
    ("leap week", [job(D(2024, 2, 26), D(2024, 3, 3), 30.0)], [], AS_OF, 30.0),
    # as_of 2028-02-29 -> window from 2025-02-28; a job ending 2025-02-27 counts nothing
    ("leap as_of edge", [job(D(2025, 1, 6), D(2025, 2, 27), 30.0)], [], D(2028, 2, 29), 0.0),
    # as_of 2028-02-29, job 2025-02-24 (Mon)..03-02: counts 02-28..03-02 = 3 days x 30/7
    ("leap as_of counts", [job(D(2025, 2, 24), D(2025, 3, 2), 30.0)], [], D(2028, 2, 29), 12.86),
    # mid-week start: Wed 2025-01-08..Sun 01-12 at 40 h: 5 x 40/7 = 28.57, cap 30 x 5/7 = 21.43
    ("partial week", [job(D(2025, 1, 8), D(2025, 1, 12), 40.0)], [], AS_OF, 21.43),
    # A 40 h Mon-Wed, B 20 h Thu-Sun: 3x40/7 + 4x20/7 = 200/7 = 28.57 under the 7-day cap 30
    (
        "split week",
        [
            job(D(2025, 1, 6), D(2025, 1, 8), 40.0, "A"),
            job(D(2025, 1, 9), D(2025, 1, 12), 20.0, "B"),
        ],
        [],
        AS_OF,
        28.57,
    ),
    # study 2025-01-06..03-30 (84 days) removes 12 weeks: (52 - 12) x 30 = 1,200
    (
        "study",
        [job(D(2025, 1, 6), D(2026, 1, 4), 30.0)],
        [Exclusion(D(2025, 1, 6), D(2025, 3, 30), "study", "CEC-STUDY-001")],
        AS_OF,
        1200.0,
    ),
    # no permit for A.pdf 2025-01-06..06-29 (25 weeks): (52 - 25) x 30 = 810
    (
        "status one job",
        [job(D(2025, 1, 6), D(2026, 1, 4), 30.0)],
        [Exclusion(D(2025, 1, 6), D(2025, 6, 29), "no permit", "CEC-STATUS-001", "A.pdf")],
        AS_OF,
        810.0,
    ),
    # an exclusion for another document changes nothing: 1,560
    (
        "status other job",
        [job(D(2025, 1, 6), D(2026, 1, 4), 30.0)],
        [Exclusion(D(2025, 1, 6), D(2025, 6, 29), "no permit", "CEC-STATUS-001", "B.pdf")],
        AS_OF,
        1560.0,
    ),
    # self-employed: the whole job is excluded: 0
    (
        "self-employed",
        [job(D(2025, 1, 6), D(2026, 1, 4), 30.0, excluded="self-employment")],
        [],
        AS_OF,
        0.0,
    ),
    # hours per week unknown: nothing counted (the job is listed as unknown)
    ("unknown hours", [job(D(2025, 1, 6), D(2026, 1, 4), None)], [], AS_OF, 0.0),
    # 37.5 h from 2024-01-01 to 2026-11-29 (152 weeks, Sunday end): 152 x 30 = 4,560
    ("long current job", [job(D(2024, 1, 1), D(2026, 11, 29), 37.5)], [], AS_OF, 4560.0),
]


@pytest.mark.parametrize(
    ("name", "jobs", "exclusions", "as_of", "expected"), SCENARIOS, ids=[s[0] for s in SCENARIOS]
)
def test_scenarios(
    name: str, jobs: list[Job], exclusions: list[Exclusion], as_of: dt.date, expected: float
) -> None:
    assert compute_hours(jobs, exclusions, as_of).qualifying_hours == pytest.approx(
        expected, abs=0.005
    )


def test_30_vs_30_5_differ_before_the_cap() -> None:
    # 30 x 52 = 1,560 uncapped; 30.5 x 52 = 1,586 uncapped, 26 h removed by the cap
    low = compute_hours([job(D(2025, 1, 6), D(2026, 1, 4), 30.0)], [], AS_OF)
    high = compute_hours([job(D(2025, 1, 6), D(2026, 1, 4), 30.5)], [], AS_OF)
    assert (low.uncapped_hours, low.capped_off) == (1560.0, 0.0)
    assert (high.uncapped_hours, high.capped_off) == (1586.0, 26.0)


def test_never_1560_in_under_52_weeks() -> None:
    # 363 days at 100 h/week: cap 30 x 363 / 7 = 1,555.71 < 1,560
    result = compute_hours([job(D(2025, 1, 8), D(2026, 1, 5), 100.0)], [], AS_OF)
    assert result.qualifying_hours < 1560


def test_window_is_a_parameter() -> None:
    result = compute_hours([job(D(2017, 1, 2), D(2017, 12, 31), 30.0)], [], AS_OF, window_years=10)
    assert result.window_start == D(2016, 12, 1)
    assert result.qualifying_hours == 1560.0  # 2017-01-02..12-31 = 52 weeks x 30
    assert (
        compute_hours([job(D(2017, 1, 2), D(2017, 12, 31), 30.0)], [], AS_OF).qualifying_hours
        == 0.0
    )


def test_years_before_leap_day() -> None:
    assert years_before(D(2024, 2, 29), 3) == D(2021, 2, 28)
    assert years_before(D(2028, 2, 29), 4) == D(2024, 2, 29)
    assert years_before(D(2026, 12, 1), 3) == D(2023, 12, 1)


def test_teer_attribution_after_cap() -> None:
    # A (TEER 1) and B (TEER 3) 20 h each for 52 weeks: 30 a week split 15/15 -> 780 each
    result = compute_hours(
        [
            job(D(2025, 1, 6), D(2026, 1, 4), 20.0, "A", teer=1),
            job(D(2025, 1, 6), D(2026, 1, 4), 20.0, "B", teer=3),
        ],
        [],
        AS_OF,
    )
    assert result.hours_by_teer == {1: 780.0, 3: 780.0}


def test_excluded_periods_are_reported_with_hours() -> None:
    result = compute_hours(
        [job(D(2025, 1, 6), D(2026, 1, 4), 30.0)],
        [Exclusion(D(2025, 1, 6), D(2025, 3, 30), "study", "CEC-STUDY-001")],
        AS_OF,
    )
    (ex,) = result.excluded
    # 84 days x 30 / 7 = 360 h
    assert (ex.start, ex.end, ex.days, ex.hours, ex.rule) == (
        D(2025, 1, 6),
        D(2025, 3, 30),
        84,
        360.0,
        "CEC-STUDY-001",
    )
    text = result.explain()
    assert "1,200 qualifying hours" in text and "Excluded: A 2025-01-06 to 2025-03-30" in text


def test_weeks_are_monday_based_and_capped() -> None:
    result = compute_hours([job(D(2025, 1, 8), D(2025, 1, 12), 40.0)], [], AS_OF)
    (week,) = result.weeks
    assert week.week_start == D(2025, 1, 6)
    assert (week.hours, week.cap, week.counted) == (28.57, 21.43, 21.43)


@pytest.mark.parametrize(
    ("noc", "teer"),
    [("21231", 1), ("72010", 2), ("65310", 5), ("00010", 0), ("2171", None), (None, None)],
)
def test_teer_is_second_digit(noc: str | None, teer: int | None) -> None:
    assert teer_of(noc) == teer


def test_fmt() -> None:
    assert (fmt(1612.5), fmt(1560.0), fmt(12.857)) == ("1,612.5", "1,560", "12.86")
