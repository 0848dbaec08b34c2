"""Jobs from reference letters: one per position the letter states, each with its NOC and TEER.

Read from the letters' extracted facts only (CONTRACT.md: `positions`, `self_employed`,
`unpaid`, `fee_for_service`, `noc_wording`); the case stage never searches a letter's text
for them. A letter stating a promotion gives two positions, each counted with its own title,
NOC, TEER and dates (DOMAIN.md section 1); hours stated once for the letter apply to each.
A current job's evidence runs to the letter's date, or to the last pay stub after it (the
position then asks for an updated letter: `stub_extension`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.case.hours import ONE_DAY, Job, teer_of
from auditor.case.intake import Intake, WorkClaim
from auditor.case.names import named_in, same_person
from auditor.case.names import same_employer as _same_employer
from auditor.case.noc import obsolete_code, obsolete_wording
from auditor.case.places import locate
from auditor.models import Document, Field, FieldValue, Record, records, strings

# Every letter is matched against every stub and claim: the same few names, compared again and
# again (a pure function of two strings).
same_employer = lru_cache(maxsize=4096)(_same_employer)

# DOMAIN.md: self-employment never counts, except physicians' fee-for-service work (NOC 2021
# 31100 specialists in clinical and laboratory medicine, 31101 specialists in surgery, 31102
# general practitioners and family physicians) for invitations from 2023-04-25.
PHYSICIAN_NOCS = ("31100", "31101", "31102")
PHYSICIAN_EXCEPTION_FROM = dt.date(2023, 4, 25)


@dataclass(frozen=True)
class Tri:
    """A yes/no/unknown answer with the words that support it."""

    value: bool | None
    why: str
    exception: bool = False  # "yes", but an exception makes it count as "no" (`why` says so)


@dataclass(frozen=True)
class Position:
    """One position a letter states, with the derived facts rules need."""

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
    index: int = 0  # in the letter's positions, oldest first
    count: int = 1  # how many positions the letter states
    title: str | None = None
    duties: tuple[str, ...] = ()
    # A current job evidenced past its letter by pay stubs: (the letter's date, the last
    # stub's period end); the hours count to the stub, and the letter should be updated.
    stub_extension: tuple[dt.date, dt.date] | None = None

    @property
    def subject(self) -> str | None:
        """What a per-position finding is about when the letter states several positions."""
        return f"position[{self.index}]" if self.count > 1 else None

    @property
    def label(self) -> str:
        """The employer, with the position's title when the letter states several."""
        if self.count > 1:
            return f"{self.job.employer} ({self.title or f'position {self.index + 1}'})"
        return self.job.employer


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


def claim_for(letter: Document, intake: Intake) -> WorkClaim | None:
    """The claimed job of the letter's employer; when the letter's employer name was not read,
    the one claim whose employer the letter's text names."""
    employer = letter.value("employer_name")
    if isinstance(employer, str) and employer.strip():
        return next((c for c in intake.work if same_employer(c.employer, employer)), None)
    named = [c for c in intake.work if named_in(letter.text, c.employer)]
    return named[0] if len(named) == 1 else None


def _quote(f: Field | None) -> str:
    return re.sub(r"\s+", " ", f.text).strip() if f is not None else ""


def self_employed_of(letter: Document, employer: str | None) -> Tri:
    """Self-employment as the letter states it (or denies it), else what its form suggests."""
    f = letter.fields.get("self_employed")
    if f is not None and f.value is True:
        return Tri(True, f'the letter says "{_quote(f)}"')
    if f is not None and f.value is False:
        return Tri(False, f'the letter says "{_quote(f)}"')
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


def physician_exception(
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
    fee = letter.fields.get("fee_for_service")
    if fee is not None and fee.value is True:
        return Tri(
            False,
            f"self-employed, but physician's fee-for-service work: NOC {code}, the letter says "
            f'"{_quote(fee)}"; '
            f"counted for invitations from {PHYSICIAN_EXCEPTION_FROM.isoformat()}",
            exception=True,
        )
    return Tri(
        None,
        f"{self_employed.why}, and the job is a physician's (NOC {code}): that counts only as "
        "fee-for-service work, which the letter does not mention",
    )


def paid_of(letter: Document, wage: FieldValue, stubs: Sequence[Document]) -> Tri:
    """Paid work unless the letter states unpaid, volunteer or unpaid-internship work."""
    f = letter.fields.get("unpaid")
    if f is not None and f.value is True:
        return Tri(False, f'the letter says "{_quote(f)}"')
    if isinstance(wage, int | float) and not isinstance(wage, bool):
        return (
            Tri(True, f"the letter states a wage of {wage:,.2f}")
            if wage > 0
            else Tri(False, "the letter states a wage of 0")
        )
    if any(isinstance(gross := s.value("gross"), int | float) and gross > 0 for s in stubs):
        return Tri(True, "pay stubs show gross pay")
    if f is not None and f.value is False:
        return Tri(True, f'the letter says "{_quote(f)}"')
    return Tri(None, "neither a wage in the letter nor a pay stub with gross pay")


def in_canada_of(letter: Document) -> Tri:
    """In Canada unless a place is positively abroad: the work location first, then the
    employer's address, then the other places the letter names (`places`)."""
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
    found, why = locate("; ".join(strings(letter.value("places"))))
    if found == "canada":
        return Tri(True, f"the places the letter names: {why}")
    if isinstance(location, str) and location.strip():
        return Tri(None, f"work location {location!r} is not recognisably in Canada or abroad")
    return Tri(None, "no Canadian work location or employer address shown")


def noc_wording(letter: Document) -> list[str]:
    """The NOC 2016 codes and wording among the letter's NOC mentions (`noc_wording`)."""
    hits: list[str] = []
    for quote in strings(letter.value("noc_wording")):
        hits += obsolete_wording(quote)
    return list(dict.fromkeys(hits))


def _as_noc(value: str) -> str:
    """'6311' -> 'NOC 6311'; 'NOC B' stays 'NOC B'."""
    return value if value.upper().startswith(("NOC", "CNP")) else f"NOC {value}"


def noc_of(value: FieldValue, claim: WorkClaim | None) -> tuple[str | None, str, str | None]:
    """The NOC that gives the job's TEER, where it comes from, and the letter's own NOC.

    The letter's code wins; when the letter gives none, or only an obsolete NOC 2016 code or
    level, the claimed NOC 2021 code in case.yaml is used (the message says so)."""
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


@dataclass(frozen=True)
class _Stated:
    """One position as the letter states it, before assembly."""

    title: FieldValue
    noc: FieldValue
    start: FieldValue
    end: FieldValue
    current: bool
    hours: FieldValue
    hours_shared: bool  # hours stated once in the letter, not for this position
    wage: FieldValue
    duties: tuple[str, ...]


def _stated(letter: Document) -> list[_Stated]:
    """The positions the letter states, oldest first; the letter's own fields when it states
    one (or none)."""
    items = records(letter.value("positions"))
    letter_current = letter.value("current") is True
    if len(items) <= 1:
        return [
            _Stated(
                letter.value("job_title"),
                letter.value("noc_code"),
                letter.value("start_date"),
                letter.value("end_date"),
                letter_current,
                letter.value("hours_per_week"),
                False,
                letter.value("wage_amount"),
                strings(letter.value("duties")),
            )
        ]
    out = []
    for i, r in enumerate(items):
        last = i == len(items) - 1
        current = r.value("current") is True or (last and letter_current)
        hours = r.value("hours_per_week")
        out.append(
            _Stated(
                r.value("job_title"),
                _position_noc(r, letter, items),
                r.value("start_date"),
                r.value("end_date"),
                current,
                hours if hours is not None else letter.value("hours_per_week"),
                hours is None,
                r.value("wage_amount") if r.get("wage_amount") else letter.value("wage_amount"),
                strings(r.value("duties")),
            )
        )
    return out


def _position_noc(r: Record, letter: Document, items: tuple[Record, ...]) -> FieldValue:
    """A position's NOC: its own, else the letter's when the letter states one NOC for all."""
    own = r.value("noc_code")
    if own is not None:
        return own
    codes = {str(x.value("noc_code")) for x in items if x.value("noc_code") is not None}
    letter_code = letter.value("noc_code")
    if len(codes) <= 1 and letter_code is not None and codes <= {str(letter_code)}:
        return letter_code
    return None


def _claim_of_position(
    letter_claim: WorkClaim | None, intake: Intake, employer: str, title: FieldValue
) -> WorkClaim | None:
    """A letter of several positions: the claim naming this position's title, if any."""
    same = [c for c in intake.work if same_employer(c.employer, employer)]
    if isinstance(title, str) and title.strip():
        titled = [c for c in same if c.title and c.title.casefold() == title.strip().casefold()]
        if titled:
            return titled[0]
    return letter_claim


def letter_positions(
    letter: Document, documents: Sequence[Document], intake: Intake, as_of: dt.date | None
) -> list[Position]:
    """Every position the letter states, as jobs to count."""
    employer = letter.value("employer_name")
    name = employer if isinstance(employer, str) else f"employer of {letter.id}"
    letter_claim = claim_for(letter, intake)
    if not isinstance(employer, str) and letter_claim is not None:
        name = letter_claim.employer  # named in the letter's text; the employer name was not read
    stubs = stubs_for(name, documents)
    stated = _stated(letter)
    self_employed = self_employed_of(letter, letter_claim.employer if letter_claim else None)
    in_canada = in_canada_of(letter)
    letter_date = letter.value("letter_date")
    out = []
    for i, p in enumerate(stated):
        claim = (
            _claim_of_position(letter_claim, intake, name, p.title)
            if len(stated) > 1
            else letter_claim
        )
        start = p.start if isinstance(p.start, dt.date) else None
        end = p.end if isinstance(p.end, dt.date) else None
        extension = None
        if end is None and i + 1 < len(stated):
            nxt = stated[i + 1].start
            if isinstance(nxt, dt.date) and not p.current:
                end = nxt - ONE_DAY  # held until the next position began
        if end is None and (p.current or i == len(stated) - 1):
            end, extension = _evidence_end(letter_date, stubs, start)
            if extension is not None and not p.current:
                end, extension = extension[0], None  # only a current job goes on past its letter
        hpw: FieldValue = p.hours
        source = "letter" if not p.hours_shared else "letter, stated once for every position"
        if not isinstance(hpw, int | float) or isinstance(hpw, bool):
            hpw, source = stub_weekly_hours(stubs), "from pay stubs; the letter gives no hours"
            if hpw is None:
                source = "unknown"
        noc_raw, noc_source, letter_noc = noc_of(p.noc, claim)
        teer = teer_of(noc_raw)
        paid = paid_of(letter, p.wage, stubs)
        se = physician_exception(self_employed, letter, noc_raw, as_of)
        reason, rule = _excluded(se, paid, in_canada, noc_raw, teer)
        job = Job(
            employer=name,
            document=letter.id,
            start=start,
            end=end,
            hours_per_week=float(hpw) if isinstance(hpw, int | float) else None,
            hours_source=source,
            noc=noc_raw,
            teer=teer,
            excluded_reason=reason,
            excluded_rule=rule,
        )
        out.append(
            Position(
                letter,
                job,
                stubs,
                claim,
                se,
                paid,
                in_canada,
                noc_raw,
                noc_source,
                letter_noc,
                index=i,
                count=len(stated),
                title=p.title if isinstance(p.title, str) else None,
                duties=p.duties,
                stub_extension=extension,
            )
        )
    return out


def _evidence_end(
    letter_date: FieldValue, stubs: Sequence[Document], start: dt.date | None
) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None]:
    """A current job's last documented day: the letter's date, or the last pay period after
    it (then also the pair letter date, last stub day)."""
    ends = [
        e
        for s in stubs
        if isinstance(e := s.value("period_end"), dt.date) and (start is None or e >= start)
    ]
    last_stub = max(ends, default=None)
    if not isinstance(letter_date, dt.date):
        return last_stub, None
    if last_stub is not None and last_stub > letter_date:
        return last_stub, (letter_date, last_stub)
    return letter_date, None


def _excluded(
    self_employed: Tri, paid: Tri, in_canada: Tri, noc_raw: str | None, teer: int | None
) -> tuple[str | None, str | None]:
    """Why a whole position does not count, and the rule that reports it."""
    if self_employed.value:
        return f"self-employment: {self_employed.why}", "CEC-SELFEMP-001"
    if paid.value is False:
        return f"unpaid work: {paid.why}", "CEC-PAID-001"
    if in_canada.value is False:
        return f"work outside Canada: {in_canada.why}", "CEC-ABROAD-001"
    if teer is None:
        return (
            f"NOC code {noc_raw!r} is not a NOC 2021 code" if noc_raw else "no NOC code"
        ), "CEC-TEER-001"
    if teer > 3:
        return f"NOC {noc_raw} is TEER {teer}, not TEER 0-3", "CEC-TEER-001"
    return None, None


def positions_of(
    documents: Sequence[Document], intake: Intake, as_of: dt.date | None
) -> tuple[Position, ...]:
    """Every position of every employment letter, letter by letter."""
    return tuple(
        p
        for letter in kind(documents, "employment_letter")
        for p in letter_positions(letter, documents, intake, as_of)
    )
