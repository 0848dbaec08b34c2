"""Leave periods: days of a job that were not worked, from letters and `claims.leave`.

DOMAIN.md section 1: parental, maternity, sick and long unpaid leave are not work; a letter that
mentions a dated leave excludes that period only, never the whole job. Each period becomes an
exclusion of its employer's jobs (CEC-LEAVE-001 reports it, with the hours removed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.case.hours import Exclusion
from auditor.case.intake import Intake, LeaveClaim
from auditor.case.jobs import Position, same_employer
from auditor.models import Document, records

RULE = "CEC-LEAVE-001"


@dataclass(frozen=True)
class LeavePeriod:
    """A leave of one letter's jobs, and where it is stated."""

    document: str  # the letter whose jobs it removes days from
    start: dt.date
    end: dt.date
    kind: str
    source: str  # the letter's path, or "case.yaml line N"
    letter: Document | None = None  # the letter stating it, for evidence
    confidence: float = 1.0  # how surely its dates were read (1 for case.yaml)


def _from_letter(letter: Document) -> list[LeavePeriod]:
    out = []
    for r in records(letter.value("leave")):
        start, end, kind = r.value("start"), r.value("end"), r.value("kind")
        if isinstance(start, dt.date) and isinstance(end, dt.date) and start <= end:
            label = kind if isinstance(kind, str) else "other"
            sure = min(f.confidence for _, f in r.fields)
            out.append(LeavePeriod(letter.id, start, end, label, letter.id, letter, sure))
    return out


def _letters_of(claim: LeaveClaim, positions: Sequence[Position]) -> list[str]:
    """The letters whose jobs a declared leave belongs to: its employer's, or, without an
    employer, the only employer's."""
    letters = dict.fromkeys(p.letter.id for p in positions)
    if claim.employer:
        return list(
            dict.fromkeys(
                p.letter.id for p in positions if same_employer(claim.employer, p.job.employer)
            )
        )
    return list(letters) if len(letters) == 1 else []


def leave_periods(positions: Sequence[Position], intake: Intake) -> tuple[LeavePeriod, ...]:
    """Every leave, once: the letters' (each letter once), then case.yaml's."""
    out: list[LeavePeriod] = []
    seen: set[str] = set()
    for pos in positions:
        if pos.letter.id not in seen:
            seen.add(pos.letter.id)
            out += _from_letter(pos.letter)
    for claim in intake.leave:
        for path in _letters_of(claim, positions):
            if any(
                p.document == path and p.start == claim.start and p.end == claim.end for p in out
            ):
                continue  # the letter states the same leave
            out.append(
                LeavePeriod(
                    path, claim.start, claim.end, claim.kind, f"case.yaml line {claim.line}"
                )
            )
    return tuple(out)


def unplaced_claims(positions: Sequence[Position], intake: Intake) -> tuple[LeaveClaim, ...]:
    """Declared leave whose employer has no letter in the file: not excluded from any job."""
    return tuple(c for c in intake.leave if not _letters_of(c, positions))


def leave_exclusions(periods: Sequence[LeavePeriod]) -> list[Exclusion]:
    return [
        Exclusion(p.start, p.end, f"{p.kind} leave ({p.source})", RULE, document=p.document)
        for p in periods
    ]
