"""The CEC hours calculator: qualifying hours in a window, 30 h/week cap, excluded periods.

How hours are counted (DOMAIN.md section 1, with the choices DOMAIN.md leaves open):

- The window is [as_of - N years, as_of], both days included; N is `window_years` (3 for CEC,
  10 for the CRS Canadian-work factor). A 29 February minus N years gives 28 February.
- A job runs from its start date to its last documented day, both included (for a current job,
  the date of its letter). Each day of a job inside the window that no exclusion covers is a
  *counted day* and is worth `hours_per_week / 7` hours: a week's hours are pro-rated by the
  days worked in that week.
- Weeks are calendar weeks, Monday to Sunday. A week's hours are the sum over every job of its
  counted days' hours. The cap is 30 h for a week in which work is counted on all seven days,
  and 30 x (days with counted work) / 7 for a partial week (window edges, job start and end):
  so a period of N days never counts more than 30 x N / 7 hours, and 1,560 h can never be
  reached in under 52 weeks (364 days), as DOMAIN.md requires.
- Arithmetic is exact (fractions); results are rounded to 2 decimals only when reported.
- Hours removed by exclusions are reported before the cap (hours/week x days / 7).
- Counted hours after the cap are attributed to each job in proportion to its share of the
  week's uncapped hours (for the TEER majority and the report's timeline).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from auditor.i18n import Grouped, join, tr

# Documented defaults of the CEC-HOURS-001 parameters in checklists/rules.yaml, which decide;
# the calculator's own callers (the CRS Canadian-work factor, tests) use them as they are.
WEEKLY_CAP = 30.0
REQUIRED_HOURS = 1560.0
WINDOW_YEARS = 3
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Job:
    """One position held, as the documents show it."""

    employer: str
    document: str
    start: dt.date | None
    end: dt.date | None  # last documented day, included
    hours_per_week: float | None
    hours_source: str = "letter"  # "letter", "pay stubs", or "unknown"
    noc: str | None = None
    teer: int | None = None
    excluded_reason: str | None = None  # the whole job does not count (self-employment, ...)
    excluded_rule: str | None = None


@dataclass(frozen=True)
class Exclusion:
    """A period that does not count, for every job (document None) or for one job's document."""

    start: dt.date
    end: dt.date
    reason: str
    rule: str
    document: str | None = None
    sure: bool = True  # False: the file cannot show these days fail (the rule says `unknown`)


@dataclass(frozen=True)
class ExcludedPeriod:
    """A run of a job's days inside the window that did not count, and why."""

    employer: str
    document: str
    start: dt.date
    end: dt.date
    days: int
    hours: float  # before the weekly cap
    reason: str
    rule: str | None  # the rule that reports it; None for a whole job excluded without one
    sure: bool = True  # False: excluded because the file cannot show the days count


@dataclass(frozen=True)
class JobHours:
    """One job's place in the calculation."""

    job: Job
    counted_start: dt.date | None
    counted_end: dt.date | None
    counted_days: int
    hours: float  # counted days x hours/week / 7, before the weekly cap
    counted: float  # this job's share of the capped weekly totals
    note: str = ""  # why it counted nothing, when it did not


@dataclass(frozen=True)
class WeekTotal:
    """One calendar week (Monday start) with any counted work."""

    week_start: dt.date
    hours: float
    cap: float
    counted: float


@dataclass(frozen=True)
class HoursResult:
    """The whole calculation, with everything the message and the timeline need."""

    window_start: dt.date
    window_end: dt.date
    window_years: int
    jobs: tuple[JobHours, ...]
    excluded: tuple[ExcludedPeriod, ...]
    weeks: tuple[WeekTotal, ...]
    qualifying_hours: float
    uncapped_hours: float
    hours_by_teer: dict[int, float]
    unknown: tuple[Job, ...]  # jobs that could not be counted: hours/week or dates missing
    weekly_cap: float = WEEKLY_CAP

    @property
    def unsure_hours(self) -> float:
        """Hours left out only because the file cannot show the days count (before the cap)."""
        return round(sum(x.hours for x in self.excluded if not x.sure), 2)

    @property
    def capped_off(self) -> float:
        return round(self.uncapped_hours - self.qualifying_hours, 2)

    def explain(self, required: float = REQUIRED_HOURS) -> str:
        """The arithmetic, line by line: each job, each exclusion, the cap, the total."""
        lines = [
            tr(
                "{hours} qualifying hours in the {years}-year window {start} to {end}; "
                "{required} required.",
                hours=Grouped(self.qualifying_hours),
                years=str(self.window_years),
                start=self.window_start,
                end=self.window_end,
                required=Grouped(required),
            )
        ]
        for jh in self.jobs:
            job = jh.job
            if jh.counted_days:
                lines.append(
                    tr(
                        "Counted: {employer} ({document}) {start} to {end}, {days} days x "
                        "{weekly} h/week ({source}) / 7 = {hours} h; {counted} h after the cap.",
                        employer=job.employer,
                        document=job.document,
                        start=jh.counted_start,
                        end=jh.counted_end,
                        days=str(jh.counted_days),
                        weekly=Grouped(job.hours_per_week or 0),
                        source=job.hours_source,
                        hours=Grouped(jh.hours),
                        counted=Grouped(jh.counted),
                    )
                )
            else:
                lines.append(
                    tr(
                        "Not counted: {employer} ({document}): {note}.",
                        employer=job.employer,
                        document=job.document,
                        note=jh.note,
                    )
                )
        for ex in self.excluded:
            lines.append(
                tr(
                    "Excluded: {employer} {start} to {end} ({days} days, {hours} h): {reason}.",
                    employer=ex.employer,
                    start=ex.start,
                    end=ex.end,
                    days=str(ex.days),
                    hours=Grouped(ex.hours),
                    reason=ex.reason,
                )
            )
        lines.append(
            tr(
                "The {cap} h/week cap removed {removed} h of {uncapped} h; total {total} h.",
                cap=Grouped(self.weekly_cap),
                removed=Grouped(self.capped_off),
                uncapped=Grouped(self.uncapped_hours),
                total=Grouped(self.qualifying_hours),
            )
        )
        return join(lines, "\n")


def fmt(hours: float) -> str:
    """1612.5 -> '1,612.5'; 1560.0 -> '1,560'; at most 2 decimals."""
    text = f"{hours:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _exact(value: float) -> Fraction:
    return Fraction(repr(float(value)))


def _runs(days: list[dt.date]) -> list[tuple[dt.date, dt.date, int]]:
    runs: list[tuple[dt.date, dt.date, int]] = []
    for day in sorted(days):
        if runs and runs[-1][1] + ONE_DAY == day:
            runs[-1] = (runs[-1][0], day, runs[-1][2] + 1)
        else:
            runs.append((day, day, 1))
    return runs


def compute_hours(
    jobs: Sequence[Job],
    exclusions: Sequence[Exclusion],
    as_of: dt.date,
    window_years: int = WINDOW_YEARS,
    weekly_cap: float = WEEKLY_CAP,
) -> HoursResult:
    """Qualifying hours in [as_of - window_years, as_of] under the rules of the docstring."""
    window_start = years_before(as_of, window_years)
    cap = _exact(weekly_cap)
    raw_by_week: dict[dt.date, Fraction] = defaultdict(Fraction)
    covered_by_week: dict[dt.date, set[dt.date]] = defaultdict(set)
    job_week_raw: dict[int, dict[dt.date, Fraction]] = defaultdict(lambda: defaultdict(Fraction))
    job_rows: list[tuple[Job, dt.date | None, dt.date | None, int, Fraction, str]] = []
    excluded: list[ExcludedPeriod] = []
    unknown: list[Job] = []
    for index, job in enumerate(jobs):
        if job.start is None or job.end is None or job.hours_per_week is None:
            missing = (
                tr("start date unknown")
                if job.start is None
                else tr("last day unknown")
                if job.end is None
                else tr("hours per week unknown")
            )
            unknown.append(job)
            job_rows.append((job, None, None, 0, Fraction(0), missing))
            continue
        first, last = max(job.start, window_start), min(job.end, as_of)
        if first > last:
            job_rows.append(
                (
                    job,
                    None,
                    None,
                    0,
                    Fraction(0),
                    tr(
                        "worked {start} to {end}, outside the window",
                        start=job.start,
                        end=job.end,
                    ),
                )
            )
            continue
        per_day = _exact(job.hours_per_week) / 7
        excluded_days: dict[tuple[str, str | None, bool], list[dt.date]] = defaultdict(list)
        counted: list[dt.date] = []
        day = first
        while day <= last:
            reason = (job.excluded_reason, job.excluded_rule, True) if job.excluded_reason else None
            if reason is None:
                for ex in exclusions:
                    if ex.start <= day <= ex.end and ex.document in (None, job.document):
                        reason = (ex.reason, ex.rule, ex.sure)
                        break
            if reason is None:
                counted.append(day)
                week = day - dt.timedelta(days=day.weekday())
                raw_by_week[week] += per_day
                covered_by_week[week].add(day)
                job_week_raw[index][week] += per_day
            else:
                excluded_days[reason].append(day)
            day += ONE_DAY
        for (reason_text, rule, sure), days in excluded_days.items():
            for start, end, count in _runs(days):
                excluded.append(
                    ExcludedPeriod(
                        job.employer,
                        job.document,
                        start,
                        end,
                        count,
                        float(round(per_day * count, 2)),
                        reason_text,
                        rule,
                        sure,
                    )
                )
        note = "" if counted else (job.excluded_reason or tr("every day in the window is excluded"))
        job_rows.append(
            (
                job,
                counted[0] if counted else None,
                counted[-1] if counted else None,
                len(counted),
                per_day * len(counted),
                note,
            )
        )

    weeks: list[WeekTotal] = []
    counted_by_week: dict[dt.date, Fraction] = {}
    for week in sorted(raw_by_week):
        week_cap = cap * len(covered_by_week[week]) / 7
        counted_by_week[week] = min(raw_by_week[week], week_cap)
        weeks.append(
            WeekTotal(
                week,
                float(round(raw_by_week[week], 2)),
                float(round(week_cap, 2)),
                float(round(counted_by_week[week], 2)),
            )
        )
    total = sum(counted_by_week.values(), Fraction(0))
    uncapped = sum(raw_by_week.values(), Fraction(0))

    job_hours: list[JobHours] = []
    by_teer: dict[int, Fraction] = defaultdict(Fraction)
    for index, (job, first_day, last_day, day_count, hours, note) in enumerate(job_rows):
        share = sum(
            (
                counted_by_week[w] * raw / raw_by_week[w]
                for w, raw in job_week_raw.get(index, {}).items()
                if raw_by_week[w]
            ),
            Fraction(0),
        )
        if job.teer is not None:
            by_teer[job.teer] += share
        job_hours.append(
            JobHours(
                job,
                first_day,
                last_day,
                day_count,
                float(round(hours, 2)),
                float(round(share, 2)),
                note,
            )
        )
    return HoursResult(
        window_start=window_start,
        window_end=as_of,
        window_years=window_years,
        jobs=tuple(job_hours),
        excluded=tuple(excluded),
        weeks=tuple(weeks),
        qualifying_hours=float(round(total, 2)),
        uncapped_hours=float(round(uncapped, 2)),
        hours_by_teer={t: float(round(h, 2)) for t, h in sorted(by_teer.items())},
        unknown=tuple(unknown),
        weekly_cap=weekly_cap,
    )


def teer_of(noc: str | None) -> int | None:
    """The TEER of a 5-digit NOC 2021 code: its second digit (21231 -> 1). None otherwise."""
    if noc is None:
        return None
    code = noc.strip()
    if len(code) == 5 and code.isdigit():
        return int(code[1])
    return None
