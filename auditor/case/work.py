"""From documents to the hours calculator's inputs: jobs (`jobs.py`), leave (`leave.py`),
full-time study (`study.py`) and the days outside work authorization (`authorization.py`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.case.authorization import Timeline, build_timeline, status_exclusions
from auditor.case.hours import Exclusion
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
from auditor.case.study import study_exclusions
from auditor.models import Document

__all__ = [
    "Position",
    "Tri",
    "WorkFacts",
    "assemble",
    "kind",
    "same_employer",
    "stub_weekly_hours",
    "stubs_for",
]


@dataclass(frozen=True)
class WorkFacts:
    """Everything about work the rules and the hours calculator share."""

    positions: tuple[Position, ...]
    exclusions: tuple[Exclusion, ...]
    study_unknown: tuple[Document, ...]  # study permits without dates
    permits_known: bool  # at least one work permit with both dates
    authorization: Timeline | None = None  # the timeline the status exclusions come from
    leave: tuple[LeavePeriod, ...] = ()


def assemble(
    documents: Sequence[Document],
    intake: Intake,
    as_of: dt.date | None = None,
    min_confidence: float = 0.8,
) -> WorkFacts:
    """Positions from letters (`case/jobs.py`), leave (`case/leave.py`), full-time study
    (`case/study.py`), and the days outside work authorization (`case/authorization.py`);
    `as_of` (the submission date) decides rules that changed on a date and ends pending
    applications; values read below `min_confidence` make the days they decide unsure rather
    than excluded for certain."""
    positions = positions_of(documents, intake, as_of)
    leave = leave_periods(positions, intake)
    study, study_unknown = study_exclusions(documents, intake, same_employer, min_confidence)
    timeline = build_timeline(documents, intake, as_of or dt.date.today(), min_confidence)
    status: list[Exclusion] = []
    for pos in positions:
        status.extend(status_exclusions(pos.job, timeline, same_employer))
    return WorkFacts(
        positions,
        tuple(study + status + leave_exclusions(leave)),
        tuple(study_unknown),
        timeline.permits_known,
        timeline,
        leave,
    )
