"""From documents to the hours calculator's inputs: jobs (`jobs.py`), leave (`leave.py`), study
and status periods."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.case.hours import ONE_DAY, Exclusion, Job
from auditor.case.intake import Intake
from auditor.case.jobs import (
    Position,
    Tri,
    kind,
    positions_of,
    same_employer,
    stub_weekly_hours,
    stubs_for,
)
from auditor.case.leave import LeavePeriod, leave_exclusions, leave_periods
from auditor.models import Document

__all__ = ["Position", "Tri", "WorkFacts", "assemble", "stub_weekly_hours", "stubs_for"]

SPECIFIC_PERMIT = re.compile(r"employer|specific|closed|lmia|fermé", re.IGNORECASE)


@dataclass(frozen=True)
class WorkFacts:
    """Everything about work the rules and the hours calculator share."""

    positions: tuple[Position, ...]
    exclusions: tuple[Exclusion, ...]
    study_unknown: tuple[Document, ...]  # study permits without dates
    permits_known: bool  # at least one work permit with both dates
    leave: tuple[LeavePeriod, ...] = ()


def _study_exclusions(
    documents: Sequence[Document], intake: Intake
) -> tuple[list[Exclusion], list[Document]]:
    out, unknown = [], []
    for permit in kind(documents, "study_permit"):
        start, end = permit.value("valid_from"), permit.value("valid_until")
        if isinstance(start, dt.date) and isinstance(end, dt.date):
            school = permit.value("institution") or "study permit"
            out.append(
                Exclusion(
                    start,
                    end,
                    f"full-time study ({school}, study permit {permit.path})",
                    "CEC-STUDY-001",
                )
            )
        else:
            unknown.append(permit)
    for claim in intake.study:
        if claim.start and claim.end:
            out.append(
                Exclusion(
                    claim.start,
                    claim.end,
                    f"full-time study ({claim.institution or 'declared'}, case.yaml)",
                    "CEC-STUDY-001",
                )
            )
    return out, unknown


def permit_covers(permit: Document, employer: str) -> bool:
    """Whether a work permit authorises work for `employer` (open, or naming that employer)."""
    kind_text = str(permit.value("permit_type") or "")
    named = permit.value("employer")
    if named and (SPECIFIC_PERMIT.search(kind_text) or not kind_text):
        return same_employer(str(named), employer)
    return True


def _validity(permit: Document) -> tuple[dt.date, dt.date] | None:
    """A permit's valid-from and valid-until dates, when it shows both."""
    start, end = permit.value("valid_from"), permit.value("valid_until")
    if isinstance(start, dt.date) and isinstance(end, dt.date):
        return start, end
    return None


def _status_exclusions(
    positions: Sequence[Position], documents: Sequence[Document]
) -> tuple[list[Exclusion], bool]:
    permits = [p for p in kind(documents, "work_permit") if _validity(p) is not None]
    if not permits:
        return [], False
    out = []
    for pos in positions:
        job = pos.job
        if job.start is None or job.end is None:
            continue
        covering = [
            dates
            for p in permits
            if permit_covers(p, job.employer) and (dates := _validity(p)) is not None
        ]
        day, gap_start = job.start, None
        while day <= job.end:
            ok = any(a <= day <= b for a, b in covering)
            if not ok and gap_start is None:
                gap_start = day
            if ok and gap_start is not None:
                out.append(_gap(job, gap_start, day - ONE_DAY, permits))
                gap_start = None
            day += ONE_DAY
        if gap_start is not None:
            out.append(_gap(job, gap_start, job.end, permits))
    return out, True


def _gap(job: Job, start: dt.date, end: dt.date, permits: Sequence[Document]) -> Exclusion:
    others = [
        p
        for p in permits
        if not permit_covers(p, job.employer)
        and (dates := _validity(p)) is not None
        and dates[0] <= end
        and dates[1] >= start
    ]
    if others:
        reason = (
            f"no work authorization for {job.employer}: the employer-specific permit "
            f"{others[0].path} names {others[0].value('employer')}"
        )
    else:
        reason = f"no valid work permit covers these days (work for {job.employer})"
    return Exclusion(start, end, reason, "CEC-STATUS-001", document=job.document)


def assemble(
    documents: Sequence[Document], intake: Intake, as_of: dt.date | None = None
) -> WorkFacts:
    """Positions from letters (`jobs.py`), leave (`leave.py`), study periods, and days outside
    work authorization; `as_of` (the submission date) decides rules that changed on a date."""
    positions = positions_of(documents, intake, as_of)
    leave = leave_periods(positions, intake)
    study, study_unknown = _study_exclusions(documents, intake)
    status, permits_known = _status_exclusions(positions, documents)
    exclusions = tuple(study + status + leave_exclusions(leave))
    return WorkFacts(positions, exclusions, tuple(study_unknown), permits_known, leave)
