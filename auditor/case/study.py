"""Full-time study periods: from case.yaml's declared study and schools' completion letters,
never from a study permit's validity (DOMAIN.md section 1a).

A study permit ends 90 days after the program is completed, or on its printed date if earlier:
its dates bound the study, they are not the study. So
- a declared period with `start` and `end` is excluded as it is (`full_time: false` excludes
  nothing: part-time study does not stop work from counting);
- a declared period without its end takes the completion date of the school's letter;
- a completion letter nothing declares excludes from the study permit's start to completion;
- a study permit that no declared period and no completion letter explains leaves its days
  *unsure*: their hours are left out and CEC-STUDY-001 says `unknown` (ask for the completion
  letter or the declared study period), never `failed`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from auditor.case.hours import Exclusion
from auditor.case.intake import Intake, StudyClaim
from auditor.models import Document

RULE = "CEC-STUDY-001"
# A study permit is valid up to 90 days after completion: a completion date that late still
# belongs to it.
AFTER_COMPLETION = dt.timedelta(days=90)

SameName = Callable[[str | None, str | None], bool]


@dataclass(frozen=True)
class Completion:
    """What a completion letter (or transcript) shows."""

    document: Document
    date: dt.date
    sure: bool  # the date was read with confidence
    full_time: bool | None
    institution: str | None


def completions(documents: Sequence[Document], min_confidence: float) -> list[Completion]:
    out = []
    for d in documents:
        if d.kind != "completion_letter":
            continue
        f = d.fields.get("completion_date")
        if f is None or not isinstance(f.value, dt.date):
            continue
        full = d.value("full_time")
        school = d.value("institution")
        out.append(
            Completion(
                d,
                f.value,
                f.confidence >= min_confidence,
                full if isinstance(full, bool) else None,
                school if isinstance(school, str) and school.strip() else None,
            )
        )
    return out


def _permits(documents: Sequence[Document]) -> list[tuple[dt.date, dt.date, Document]]:
    out = []
    for d in documents:
        if d.kind != "study_permit":
            continue
        start, end = d.value("valid_from"), d.value("valid_until")
        if isinstance(start, dt.date) and isinstance(end, dt.date):
            out.append((start, end, d))
    return out


def _completion_for(
    claim: StudyClaim, found: Sequence[Completion], same_name: SameName
) -> Completion | None:
    named = [c for c in found if claim.institution and same_name(c.institution, claim.institution)]
    if named:
        return named[0]
    after = [c for c in found if claim.start is None or c.date >= claim.start]
    return after[0] if len(found) == 1 and after else None


def study_exclusions(
    documents: Sequence[Document],
    intake: Intake,
    same_name: SameName,
    min_confidence: float = 0.8,
) -> tuple[list[Exclusion], list[Document]]:
    """Full-time study periods to exclude (some unsure), and the study permits without dates
    that nothing else explains."""
    found = completions(documents, min_confidence)
    permits = _permits(documents)
    out: list[Exclusion] = []
    explained: set[str] = set()  # study permits a declared period or a completion explains
    used: set[str] = set()  # completion letters a declared period used
    for claim in intake.study:
        school = claim.institution or "declared"
        where = f"case.yaml line {claim.line}"
        completion = _completion_for(claim, found, same_name)
        if completion is not None:
            used.add(completion.document.id)
        end, end_sure, end_from = claim.end, True, where
        if end is None and completion is not None:
            end, end_sure = completion.date, completion.sure
            end_from = f"{where}; completed {completion.date} ({completion.document.id})"
        start = claim.start
        for a, b, permit in permits:
            if (start is None or start <= b) and (end is None or a <= end + AFTER_COMPLETION):
                explained.add(permit.id)
        if claim.full_time is False:
            continue  # part-time study: work during it counts
        if start is None:
            covering = [a for a, b, _ in permits if end is not None and a <= end <= b]
            if not covering or end is None:
                continue
            start, end_sure = min(covering), False
            end_from += "; start taken from the study permit"
        if end is None:
            bounds = [b for a, b, _ in permits if a <= start <= b]
            end = max(bounds) if bounds else None
            if end is None:
                continue
            out.append(
                Exclusion(
                    start,
                    end,
                    f"full-time study ({school}, {where}) with no end date: the study permit "
                    f"runs to {end}; ask for the completion letter or declare the end",
                    RULE,
                    sure=False,
                )
            )
            continue
        out.append(
            Exclusion(start, end, f"full-time study ({school}, {end_from})", RULE, sure=end_sure)
        )
    for c in found:
        if c.document.id in used or c.full_time is False:
            continue
        holders = [(a, p) for a, b, p in permits if a <= c.date <= b + AFTER_COMPLETION]
        if not holders:
            continue
        first, holder = min(holders, key=lambda x: x[0])
        explained.add(holder.id)
        stated = "full time" if c.full_time else "full time not stated"
        out.append(
            Exclusion(
                first,
                c.date,
                f"study ({c.institution or 'school'}, completed {c.date} per "
                f"{c.document.id}, {stated}; from the study permit's start)",
                RULE,
                sure=c.sure and c.full_time is True,
            )
        )
    for a, b, permit in permits:
        if permit.id not in explained:
            named = permit.value("institution")
            out.append(
                Exclusion(
                    a,
                    b,
                    f"study permit {permit.id} ({named or 'school not read'}) valid {a} to "
                    f"{b}, but the file shows no full-time study period: ask for the "
                    "completion letter or declare claims.study (the permit's dates are not "
                    "the study)",
                    RULE,
                    sure=False,
                )
            )
    undated = [
        d
        for d in documents
        if d.kind == "study_permit" and not any(p.id == d.id for _, _, p in permits)
    ]
    unknown = undated if not intake.study and not found else []
    return out, unknown
