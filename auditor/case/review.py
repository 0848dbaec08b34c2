"""The consultants' review of a case (review.yaml, CONTRACT.md section 2, schema 2): a status
per finding, and the sign-off of the whole report. Waivers are `models.Waiver`.

Statuses and the sign-off never change a finding's status, the verdict or the exit code: they
record what a person did about the report, and the report shows whether that still holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ReviewState = Literal["reviewed", "acknowledged", "awaiting_document", "fixed"]
REVIEW_STATES: tuple[ReviewState, ...] = ("reviewed", "acknowledged", "awaiting_document", "fixed")


@dataclass(frozen=True)
class ReviewStatus:
    """One `review:` entry: what a consultant did about one finding, by its stable id."""

    finding: str  # the finding's stable id, as report.json gives it
    status: ReviewState
    by: str
    date: dt.date
    note: str = ""
    # The content of the finding's documents the status was written for, when review.yaml
    # gives it (`sha256:` one hash, for a finding on one document); else the report binds it.
    sha256: str | None = None
    line: int = field(default=0, compare=False)  # line in review.yaml, for messages


@dataclass(frozen=True)
class Signoff:
    """`signoff: {by, date}`: a consultant signed the report off; `fingerprint` (optional) names
    the case as it was signed (report.json's `case.fingerprint`)."""

    by: str
    date: dt.date
    fingerprint: str | None = None
    line: int = field(default=0, compare=False)
