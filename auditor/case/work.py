"""From documents to the hours calculator's inputs: one job per letter, study and status periods."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.case.authorization import Timeline, build_timeline, status_exclusions
from auditor.case.hours import Exclusion, Job, teer_of
from auditor.case.intake import Intake, WorkClaim
from auditor.case.names import named_in, same_person
from auditor.case.names import same_employer as _same_employer
from auditor.case.noc import obsolete_code
from auditor.case.places import locate
from auditor.case.study import study_exclusions
from auditor.models import Document

# Every letter is matched against every stub and claim: the same few names, compared again and
# again (a pure function of two strings).
same_employer = lru_cache(maxsize=4096)(_same_employer)

SELF_EMPLOYED = re.compile(
    r"\b(self[- ]employed|independent contractor|freelance|"
    r"travailleur autonome|sole proprietor)\b",
    re.IGNORECASE,
)
# DOMAIN.md: self-employment never counts, except physicians' fee-for-service work (NOC 2021
# 31100 specialists in clinical and laboratory medicine, 31101 specialists in surgery, 31102
# general practitioners and family physicians) for invitations from 2023-04-25.
PHYSICIAN_NOCS = ("31100", "31101", "31102")
PHYSICIAN_EXCEPTION_FROM = dt.date(2023, 4, 25)
FEE_FOR_SERVICE = re.compile(
    r"\bfee[- ]for[- ]service\b|\b(?:r[ée]mun[ée]ration|paiement|pay[ée]e?s?) [àa] l['’]acte\b",
    re.IGNORECASE,
)
UNPAID = re.compile(
    r"\b(unpaid|volunteer|bénévole|benevole|without (pay|remuneration)|"
    r"non rémunéré)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Tri:
    """A yes/no/unknown answer with the words that support it."""

    value: bool | None
    why: str
    exception: bool = False  # "yes", but an exception makes it count as "no" (`why` says so)


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
    noc_source: str = "the letter"  # where noc_raw comes from, for messages
    letter_noc: str | None = None  # the NOC the letter itself gives, obsolete or not


@dataclass(frozen=True)
class WorkFacts:
    """Everything about work the rules and the hours calculator share."""

    positions: tuple[Position, ...]
    exclusions: tuple[Exclusion, ...]
    study_unknown: tuple[Document, ...]  # study permits without dates
    permits_known: bool  # at least one work permit with both dates
    authorization: Timeline | None = None  # the timeline the status exclusions come from


def kind(documents: Sequence[Document], name: str) -> list[Document]:
    return [d for d in documents if d.kind == name]


def stubs_for(employer: str | None, documents: Sequence[Document]) -> tuple[Document, ...]:
    """The employer's pay stubs: by the stub's employer name, or, when the stub's employer name
    was not read, by its text naming the employer."""
    out = []
    for s in kind(documents, "pay_stub"):
        named = s.value("employer_name")
        if isinstance(named, str) and named.strip():
            if same_employer(employer, named):
                out.append(s)
        elif named_in(s.text, employer):
            out.append(s)
    return tuple(out)


def stub_weekly_hours(stubs: Sequence[Document]) -> float | None:
    """Hours a week from pay stubs: all hours paid (regular + overtime) / days covered x 7."""
    hours, days = 0.0, 0
    for s in stubs:
        start, end, h = s.value("period_start"), s.value("period_end"), s.value("hours")
        if not isinstance(start, dt.date) or not isinstance(end, dt.date):
            continue
        if not isinstance(h, int | float):
            continue
        overtime = s.value("overtime_hours")
        hours += float(h) + (float(overtime) if isinstance(overtime, int | float) else 0.0)
        days += (end - start).days + 1
    return round(hours / days * 7, 2) if days else None


def _claim_for(letter: Document, intake: Intake) -> WorkClaim | None:
    """The claimed job of the letter's employer; when the letter's employer name was not read,
    the one claim whose employer the letter's text names."""
    employer = letter.value("employer_name")
    if isinstance(employer, str) and employer.strip():
        return next((c for c in intake.work if same_employer(c.employer, employer)), None)
    named = [c for c in intake.work if named_in(letter.text, c.employer)]
    return named[0] if len(named) == 1 else None


def _self_employed(letter: Document, employer: str | None) -> Tri:
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
    if letter.value("employer_name"):
        return Tri(False, "the letter is from an employer")
    if employer:
        return Tri(False, f"the letter is from {employer} (named in its text)")
    return Tri(None, "the letter names no employer")


def _physician_exception(
    self_employed: Tri, letter: Document, noc: str | None, as_of: dt.date | None
) -> Tri:
    """Self-employment that counts: a physician's fee-for-service work (invitations from
    2023-04-25). A physician's self-employment the letter does not call fee-for-service is
    left for a person to judge."""
    code = re.sub(r"\D", "", noc or "")
    if self_employed.value is not True or code not in PHYSICIAN_NOCS:
        return self_employed
    if as_of is not None and as_of < PHYSICIAN_EXCEPTION_FROM:
        return self_employed
    match = FEE_FOR_SERVICE.search(letter.text)
    if match:
        return Tri(
            False,
            f"self-employed, but physician's fee-for-service work: NOC {code}, the letter says "
            f'"{match.group(0)}"; '
            f"counted for invitations from {PHYSICIAN_EXCEPTION_FROM.isoformat()}",
            exception=True,
        )
    return Tri(
        None,
        f"{self_employed.why}, and the job is a physician's (NOC {code}): that counts only as "
        "fee-for-service work, which the letter does not mention",
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
    if any(isinstance(gross := s.value("gross"), int | float) and gross > 0 for s in stubs):
        return Tri(True, "pay stubs show gross pay")
    return Tri(None, "neither a wage in the letter nor a pay stub with gross pay")


def _in_canada(letter: Document) -> Tri:
    """In Canada unless a place is positively abroad: the work location first, then the
    employer's address, then any Canadian address in the letter's text."""
    location = letter.value("work_location")
    address = letter.value("employer_address")
    where = "unknown"
    if isinstance(location, str) and location.strip():
        where, why = locate(location)
        if where == "canada":
            return Tri(True, f"work location {location}: {why}")
        if where == "abroad":
            return Tri(False, f"work location {location}: {why}")
        if where == "both":
            return Tri(None, f"work location {location}: {why}")
    if isinstance(address, str) and address.strip():
        found, why = locate(address)
        if found == "canada":
            return Tri(True, f"employer address {address}: {why}")
        if found == "abroad" and where == "unknown" and not location:
            return Tri(False, f"employer address {address}: {why}; no work location in Canada")
        if found in ("abroad", "both"):
            return Tri(None, f"employer address {address}: {why}")
    found, why = locate(letter.text)
    if found == "canada":
        return Tri(True, f"the letter's text: {why}")
    if isinstance(location, str) and location.strip():
        return Tri(None, f"work location {location!r} is not recognisably in Canada or abroad")
    return Tri(None, "no Canadian work location or employer address shown")


def _as_noc(value: str) -> str:
    """'6311' -> 'NOC 6311'; 'NOC B' stays 'NOC B'."""
    return value if value.upper().startswith(("NOC", "CNP")) else f"NOC {value}"


def _noc(letter: Document, claim: WorkClaim | None) -> tuple[str | None, str, str | None]:
    """The NOC that gives the job's TEER, where it comes from, and the letter's own NOC.

    The letter's code wins; when the letter gives none, or only an obsolete NOC 2016 code or
    level, the claimed NOC 2021 code in case.yaml is used (the message says so)."""
    value = letter.value("noc_code")
    letter_noc = str(value).strip() if value not in (None, "") else None
    claimed = claim.noc.strip() if claim and claim.noc else None
    if letter_noc is None:
        return claimed, "case.yaml; the letter gives no NOC", None
    if obsolete_code(letter_noc) and claimed and teer_of(claimed) is not None:
        return (
            claimed,
            f"case.yaml; the letter's {_as_noc(letter_noc)} is NOC 2016",
            letter_noc,
        )
    return letter_noc, "the letter", letter_noc


def _position(
    letter: Document, documents: Sequence[Document], intake: Intake, as_of: dt.date | None
) -> Position:
    employer = letter.value("employer_name")
    name = employer if isinstance(employer, str) else f"employer of {letter.path}"
    claim = _claim_for(letter, intake)
    if not isinstance(employer, str) and claim is not None:
        name = claim.employer  # named in the letter's text; the employer name was not read
    stubs = stubs_for(name, documents)
    start = letter.value("start_date")
    end = letter.value("end_date")
    if not isinstance(end, dt.date):
        ends = [e for s in stubs if isinstance(e := s.value("period_end"), dt.date)]
        letter_date = letter.value("letter_date")
        end = letter_date if isinstance(letter_date, dt.date) else max(ends, default=None)
    hpw = letter.value("hours_per_week")
    source = "letter"
    if not isinstance(hpw, int | float) or isinstance(hpw, bool):
        hpw, source = stub_weekly_hours(stubs), "from pay stubs; the letter gives no hours"
        if hpw is None:
            source = "unknown"
    noc_raw, noc_source, letter_noc = _noc(letter, claim)
    teer = teer_of(noc_raw)
    self_employed, paid, in_canada = (
        _self_employed(letter, claim.employer if claim else None),
        _paid(letter, stubs),
        _in_canada(letter),
    )
    self_employed = _physician_exception(self_employed, letter, noc_raw, as_of)
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
    return Position(
        letter,
        job,
        stubs,
        claim,
        self_employed,
        paid,
        in_canada,
        noc_raw,
        noc_source,
        letter_noc,
    )


def assemble(
    documents: Sequence[Document],
    intake: Intake,
    as_of: dt.date | None = None,
    min_confidence: float = 0.8,
) -> WorkFacts:
    """Positions from letters, full-time study (`case/study.py`), and the days outside work
    authorization (`case/authorization.py`); `as_of` (the submission date) decides rules that
    changed on a date and ends pending applications; values read below `min_confidence` make
    the days they decide unsure rather than excluded for certain."""
    positions = tuple(
        _position(letter, documents, intake, as_of)
        for letter in kind(documents, "employment_letter")
    )
    study, study_unknown = study_exclusions(documents, intake, same_employer, min_confidence)
    timeline = build_timeline(documents, intake, as_of or dt.date.today(), min_confidence)
    status: list[Exclusion] = []
    for pos in positions:
        status.extend(status_exclusions(pos.job, timeline, same_employer))
    return WorkFacts(
        positions,
        tuple(study + status),
        tuple(study_unknown),
        timeline.permits_known,
        timeline,
    )
