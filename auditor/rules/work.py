"""From documents to the hours calculator's inputs: one job per letter, study and status periods."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.hours import ONE_DAY, Exclusion, Job, teer_of
from auditor.intake import Intake, WorkClaim
from auditor.models import Document
from auditor.rules.names import same_employer, same_person

CANADA = re.compile(
    r"\bcanada\b|\b(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\b[ ,]+[A-Z]\d[A-Z] ?\d[A-Z]\d|"
    r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b(ontario|quebec|québec|alberta|british columbia|manitoba|"
    r"saskatchewan|nova scotia|new brunswick|newfoundland|prince edward island|yukon|nunavut|"
    r"northwest territories)\b",
    re.IGNORECASE,
)
SELF_EMPLOYED = re.compile(
    r"\b(self[- ]employed|independent contractor|freelance|"
    r"travailleur autonome|sole proprietor)\b",
    re.IGNORECASE,
)
UNPAID = re.compile(
    r"\b(unpaid|volunteer|bénévole|benevole|without (pay|remuneration)|"
    r"non rémunéré)\b",
    re.IGNORECASE,
)
SPECIFIC_PERMIT = re.compile(r"employer|specific|closed|lmia|fermé", re.IGNORECASE)


@dataclass(frozen=True)
class Tri:
    """A yes/no/unknown answer with the words that support it."""

    value: bool | None
    why: str


@dataclass(frozen=True)
class Position:
    """What one employment letter says about the job, with the derived facts rules need."""

    letter: Document
    job: Job
    stubs: tuple[Document, ...]
    claim: WorkClaim | None
    self_employed: Tri
    paid: Tri
    in_canada: Tri
    noc_raw: str | None


@dataclass(frozen=True)
class WorkFacts:
    """Everything about work the rules and the hours calculator share."""

    positions: tuple[Position, ...]
    exclusions: tuple[Exclusion, ...]
    study_unknown: tuple[Document, ...]  # study permits without dates
    permits_known: bool  # at least one work permit with both dates


def kind(documents: Sequence[Document], name: str) -> list[Document]:
    return [d for d in documents if d.kind == name]


def stubs_for(employer: str | None, documents: Sequence[Document]) -> tuple[Document, ...]:
    return tuple(
        s for s in kind(documents, "pay_stub") if same_employer(employer, s.value("employer_name"))
    )  # type: ignore[arg-type]


def stub_weekly_hours(stubs: Sequence[Document]) -> float | None:
    """Hours a week from pay stubs: all hours paid (regular + overtime) / days covered x 7."""
    hours, days = 0.0, 0
    for s in stubs:
        start, end, h = s.value("period_start"), s.value("period_end"), s.value("hours")
        if not isinstance(start, dt.date) or not isinstance(end, dt.date) or h is None:
            continue
        hours += float(h) + float(s.value("overtime_hours") or 0)  # type: ignore[arg-type]
        days += (end - start).days + 1
    return round(hours / days * 7, 2) if days else None


def _claim_for(letter: Document, intake: Intake) -> WorkClaim | None:
    employer = letter.value("employer_name")
    for claim in intake.work:
        if same_employer(claim.employer, employer):  # type: ignore[arg-type]
            return claim
    return None


def _self_employed(letter: Document) -> Tri:
    flag = letter.value("self_employed")
    if flag is True:
        return Tri(True, "the letter states self-employment")
    match = SELF_EMPLOYED.search(letter.text)
    if match:
        return Tri(True, f'the letter says "{match.group(0)}"')
    if flag is False:
        return Tri(False, "the letter states employment")
    employee, signatory = letter.value("employee_name"), letter.value("signatory_name")
    if (
        isinstance(employee, str)
        and isinstance(signatory, str)
        and same_person(employee, signatory)
    ):
        return Tri(None, f"the letter is signed by the applicant ({signatory})")
    return (
        Tri(False, "the letter is from an employer")
        if letter.value("employer_name")
        else Tri(None, "the letter names no employer")
    )


def _paid(letter: Document, stubs: Sequence[Document]) -> Tri:
    wage = letter.value("wage_amount")
    match = UNPAID.search(letter.text)
    if match:
        return Tri(False, f'the letter says "{match.group(0)}"')
    if isinstance(wage, int | float) and not isinstance(wage, bool):
        return (
            Tri(True, f"the letter states a wage of {wage:,.2f}")
            if wage > 0
            else Tri(False, "the letter states a wage of 0")
        )
    if any(
        isinstance(s.value("gross"), int | float) and s.value("gross") > 0  # type: ignore
        for s in stubs
    ):
        return Tri(True, "pay stubs show gross pay")
    return Tri(None, "neither a wage in the letter nor a pay stub with gross pay")


def _in_canada(letter: Document) -> Tri:
    location = letter.value("work_location")
    if isinstance(location, str) and location.strip():
        return (
            Tri(True, f"work location {location}")
            if CANADA.search(location)
            else Tri(False, f"work location {location}")
        )
    address = letter.value("employer_address")
    if isinstance(address, str) and CANADA.search(address):
        return Tri(True, f"employer address {address}")
    return Tri(None, "no Canadian work location or employer address shown")


def _position(letter: Document, documents: Sequence[Document], intake: Intake) -> Position:
    employer = letter.value("employer_name")
    name = employer if isinstance(employer, str) else f"employer of {letter.path}"
    stubs = stubs_for(name, documents)
    claim = _claim_for(letter, intake)
    start = letter.value("start_date")
    end = letter.value("end_date")
    if not isinstance(end, dt.date):
        ends = [s.value("period_end") for s in stubs if isinstance(s.value("period_end"), dt.date)]
        letter_date = letter.value("letter_date")
        end = letter_date if isinstance(letter_date, dt.date) else max(ends, default=None)
    hpw = letter.value("hours_per_week")
    source = "letter"
    if not isinstance(hpw, int | float) or isinstance(hpw, bool):
        hpw, source = stub_weekly_hours(stubs), "from pay stubs; the letter gives no hours"
        if hpw is None:
            source = "unknown"
    noc_value = letter.value("noc_code")
    noc_raw = (
        str(noc_value).strip() if noc_value not in (None, "") else (claim.noc if claim else None)
    )
    teer = teer_of(noc_raw)
    self_employed, paid, in_canada = (
        _self_employed(letter),
        _paid(letter, stubs),
        _in_canada(letter),
    )
    reason = rule = None
    if self_employed.value:
        reason, rule = f"self-employment: {self_employed.why}", "CEC-SELFEMP-001"
    elif paid.value is False:
        reason, rule = f"unpaid work: {paid.why}", "CEC-PAID-001"
    elif in_canada.value is False:
        reason, rule = f"work outside Canada: {in_canada.why}", "CEC-ABROAD-001"
    elif teer is None:
        reason, rule = (
            (f"NOC code {noc_raw!r} is not a NOC 2021 code" if noc_raw else "no NOC code"),
            "CEC-TEER-001",
        )
    elif teer > 3:
        reason, rule = f"NOC {noc_raw} is TEER {teer}, not TEER 0-3", "CEC-TEER-001"
    job = Job(
        employer=name,
        document=letter.path,
        start=start if isinstance(start, dt.date) else None,
        end=end if isinstance(end, dt.date) else None,
        hours_per_week=float(hpw) if hpw is not None else None,
        hours_source=source,
        noc=noc_raw,
        teer=teer,
        excluded_reason=reason,
        excluded_rule=rule,
    )
    return Position(letter, job, stubs, claim, self_employed, paid, in_canada, noc_raw)


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


def _status_exclusions(
    positions: Sequence[Position], documents: Sequence[Document]
) -> tuple[list[Exclusion], bool]:
    permits = [
        p
        for p in kind(documents, "work_permit")
        if isinstance(p.value("valid_from"), dt.date)
        and isinstance(p.value("valid_until"), dt.date)
    ]
    if not permits:
        return [], False
    out = []
    for pos in positions:
        job = pos.job
        if job.start is None or job.end is None:
            continue
        covering = sorted(
            (p.value("valid_from"), p.value("valid_until"), p)  # type: ignore
            for p in permits
            if permit_covers(p, job.employer)
        )
        day, gap_start = job.start, None
        while day <= job.end:
            ok = any(a <= day <= b for a, b, _ in covering)
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
        and p.value("valid_from") <= end
        and p.value("valid_until") >= start
    ]  # type: ignore
    if others:
        reason = (
            f"no work authorization for {job.employer}: the employer-specific permit "
            f"{others[0].path} names {others[0].value('employer')}"
        )
    else:
        reason = f"no valid work permit covers these days (work for {job.employer})"
    return Exclusion(start, end, reason, "CEC-STATUS-001", document=job.document)


def assemble(documents: Sequence[Document], intake: Intake) -> WorkFacts:
    """Positions from letters, study periods, and days outside work authorization."""
    positions = tuple(
        _position(letter, documents, intake) for letter in kind(documents, "employment_letter")
    )
    study, study_unknown = _study_exclusions(documents, intake)
    status, permits_known = _status_exclusions(positions, documents)
    return WorkFacts(positions, tuple(study + status), tuple(study_unknown), permits_known)
