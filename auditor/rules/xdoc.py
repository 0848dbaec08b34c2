"""Cross-document rules (XDOC-*): names, birth dates, employers, pay periods, hours, wages."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence

from auditor.case.names import same_person, similar_employer
from auditor.case.work import Position, stub_weekly_hours
from auditor.models import Document, Evidence, Finding, Status
from auditor.rules.certainty import judged
from auditor.rules.context import Context, compared, date, evidence, number
from auditor.rules.registry import rule

NAME_FIELDS = {
    "employment_letter": "employee_name",
    "pay_stub": "employee_name",
    "language_test": "candidate_name",
    "work_permit": "holder_name",
    "study_permit": "holder_name",
    "passport": "holder_name",
}
DOB_KINDS = ("passport", "language_test", "work_permit", "study_permit")
WEEKS_PER = {"hour": None, "week": 1.0, "biweekly": 2.0, "month": 52 / 12, "year": 52.0}


def _reference(ctx: Context, field: str, intake_value: object) -> tuple[object, str, Evidence]:
    """The identity every document is compared with: the passport's value read with
    confidence, else case.yaml's, else the passport's as read (findings against an unsure
    value end up unknown, `certainty.settle`)."""
    passports = [p for p in ctx.of_kind("passport") if p.value(field) is not None]
    for passport in passports:
        if not ctx.doubts(passport, field):
            return passport.value(field), passport.id, judged(passport, field)
    if intake_value is not None or not passports:
        return intake_value, "case.yaml", Evidence(document="case.yaml")
    return passports[0].value(field), passports[0].id, judged(passports[0], field)


@rule("XDOC-NAME-001")
def names(ctx: Context) -> list[Finding]:
    """One person's name across documents, allowing order/accents/middle names."""
    out: list[Finding] = []
    shown = [
        (d, NAME_FIELDS[d.kind])
        for d in ctx.documents
        if d.kind in NAME_FIELDS and isinstance(d.value(NAME_FIELDS[d.kind]), str)
    ]
    ref, ref_where, ref_ev = _reference(ctx, "holder_name", ctx.intake.client_name)
    if ref is None and shown:
        first, name = next(((d, n) for d, n in shown if not ctx.doubts(d, n)), shown[0])
        ref, ref_where = first.value(name), first.id
        ref_ev = judged(first, name)
    if ref is None or len(shown) + (ref_where == "case.yaml") < 2:
        return [
            ctx.finding(
                "unknown",
                "Fewer than two documents show the applicant's name; nothing to compare.",
                [d for d, _ in shown],
            )
        ]
    for doc, field in shown:
        if doc.id == ref_where:
            continue
        value = str(doc.value(field))
        ev = (ref_ev, judged(doc, field))
        if same_person(str(ref), value):
            out.append(ctx.on(doc, "passed", f"{value!r} matches {ref!r} ({ref_where}).", ev))
            continue
        text = (
            f"name {value!r} differs from {ref!r} ({ref_where}) beyond order, accents, hyphens "
            "and middle names."
        )
        out.append(ctx.on(doc, "failed", text, ev))
    return out


@rule("XDOC-DOB-001")
def dates_of_birth(ctx: Context) -> list[Finding]:
    """Every date of birth is the same."""
    out: list[Finding] = []
    shown = [
        d
        for d in ctx.documents
        if d.kind in DOB_KINDS and isinstance(d.value("date_of_birth"), dt.date)
    ]
    ref, ref_where, ref_ev = _reference(ctx, "date_of_birth", ctx.intake.client_dob)
    if ref is None and shown:
        first = next((d for d in shown if not ctx.doubts(d, "date_of_birth")), shown[0])
        ref, ref_where = first.value("date_of_birth"), first.id
        ref_ev = judged(first, "date_of_birth")
    others = [d for d in shown if d.id != ref_where]
    if ref is None or not others:
        return [
            ctx.finding(
                "unknown",
                "Fewer than two dates of birth in the file and case.yaml; nothing to compare.",
                shown,
            )
        ]
    for doc in others:
        value = doc.value("date_of_birth")
        ev = (ref_ev, judged(doc, "date_of_birth"))
        status: Status = "passed" if value == ref else "failed"
        text = "matches" if status == "passed" else "differs from"
        out.append(ctx.on(doc, status, f"date of birth {value} {text} {ref} ({ref_where}).", ev))
    return out


def _positions_for(ctx: Context, stub: Document) -> list[Position]:
    # By identity: comparing frozen documents field by field walks every word of every page.
    return [p for p in ctx.work.positions if any(s is stub for s in p.stubs)]


def _latest_positions(ctx: Context) -> list[Position]:
    """Each letter's latest position: the one its hours and pay (top-level fields) describe."""
    return [p for p in ctx.work.positions if p.index == p.count - 1]


@rule("XDOC-EMPLOYER-001")
def employers(ctx: Context) -> list[Finding]:
    """Each pay stub's employer matches a reference letter."""
    out: list[Finding] = []
    letters = [p.job.employer for p in ctx.work.positions]
    for stub in ctx.of_kind("pay_stub"):
        employer = stub.value("employer_name")
        ev = evidence(stub, "employer_name")
        matched = _positions_for(ctx, stub)
        if not isinstance(employer, str) and matched:
            pos = matched[0]
            text = (
                f"the employer name was not read, but the stub's text names "
                f"{pos.job.employer}, as the letter {pos.letter.id} does."
            )
            out.append(ctx.finding("passed", f"{stub.id}: {text}", [stub, pos.letter], ev))
        else:
            out.append(ctx.on(stub, *_employer_match(employer, bool(matched), letters), ev))
    return out


def _employer_match(employer: object, matched: bool, letters: list[str]) -> tuple[Status, str]:
    if not isinstance(employer, str):
        return "unknown", "employer name not found."
    if matched:
        return "passed", f"{employer} matches a letter."
    near = [e for e in letters if similar_employer(employer, e)]
    if near:
        return "unknown", (
            f"employer {employer!r} is close to, but not the same as, {near[0]!r} (a letter's "
            "employer): one of the names may be misread; check both documents."
        )
    names = ", ".join(letters) or "none"
    return "failed", f"employer {employer!r} matches no reference letter (letters from: {names})."


@rule("XDOC-PERIOD-001")
def periods(ctx: Context) -> list[Finding]:
    """Each pay stub falls inside its letter's employment dates; stubs after the date of a
    letter that says the job is current extend the evidence, and ask for an updated letter."""
    out: list[Finding] = []
    extended: dict[str, Position] = {}
    for stub in ctx.of_kind("pay_stub"):
        start, end = date(stub, "period_start"), date(stub, "period_end")
        positions = _positions_for(ctx, stub)
        ev = evidence(stub, "period_start", "period_end")
        if not positions or start is None or end is None:
            why = "no matching letter" if not positions else "pay period not found"
            out.append(ctx.on(stub, "unknown", f"{why}; cannot compare with employment dates.", ev))
            continue
        letter = positions[0].letter
        ext = next((p for p in positions if p.stub_extension is not None), None)
        if ext is not None and ext.stub_extension is not None and end > ext.stub_extension[0]:
            extended[letter.id] = ext
            continue
        status, text = _within_employment(start, end, letter)
        ev = compared(ev, evidence(letter, "start_date", "end_date"))
        out.append(ctx.finding(status, f"{stub.id}: {text}", [stub, letter], ev))
    for pos in extended.values():
        assert pos.stub_extension is not None
        letter_date, last = pos.stub_extension
        later = [s for s in pos.stubs if (e := date(s, "period_end")) and e > letter_date]
        text = (
            f"{pos.job.employer}: the letter dated {letter_date} says the job is current; "
            f"{len(later)} pay stub(s) after it run to {last}, and the hours are counted to "
            f"{last} on their evidence. Ask the employer for an updated letter covering the "
            "work to date."
        )
        ev = compared(
            evidence(pos.letter, "letter_date", "current"),
            *(evidence(s, "period_start", "period_end") for s in later),
        )
        details = {"letter_date": letter_date.isoformat(), "last_stub_day": last.isoformat()}
        out.append(
            ctx.finding(
                "failed",
                text,
                [pos.letter, *later],
                ev,
                details=details,
                subject="updated-letter",
            )
        )
    return out


def _within_employment(start: dt.date, end: dt.date, letter: Document) -> tuple[Status, str]:
    first, last = date(letter, "start_date"), date(letter, "end_date")
    if first is None:
        return "unknown", "the letter gives no start date."
    if end < first or (last is not None and start > last):
        span = f"{first} to {last if last is not None else 'present'}"
        return "failed", (
            f"pay period {start} to {end} is outside the letter's employment {span} ({letter.id})."
        )
    return "passed", f"pay period {start} to {end} is within the letter's dates."


@rule("XDOC-HOURS-001")
def hours(ctx: Context) -> list[Finding]:
    """Pay stubs' weekly hours agree with the letter's within the tolerance."""
    out: list[Finding] = []
    tolerance = float(ctx.param("tolerance"))
    for pos in _latest_positions(ctx):
        letter_hours = number(pos.letter, "hours_per_week")
        if not pos.stubs or letter_hours is None:
            continue
        stub_hours = stub_weekly_hours(pos.stubs)
        docs = [pos.letter, *pos.stubs]
        # Both sides: the letter's hours, each stub's hours (pictured first), then the periods
        # they were paid for.
        ev = compared(
            evidence(pos.letter, "hours_per_week"),
            *(evidence(s, "hours") for s in pos.stubs),
            *(evidence(s, "period_start", "period_end") for s in pos.stubs),
        )
        if letter_hours <= 0:  # nothing to compare with (and no dividing by it)
            text = f"{pos.job.employer}: the letter's hours per week read as 0; check the letter."
            out.append(ctx.finding("unknown", text, docs, ev))
            continue
        if stub_hours is None:
            text = f"{pos.job.employer}: the pay stubs show no hours and pay periods to compare."
            out.append(ctx.finding("unknown", text, docs, ev))
            continue
        diff = abs(stub_hours - letter_hours) / letter_hours
        text = (
            f"{pos.job.employer}: pay stubs average {stub_hours:g} h/week (hours paid / days "
            f"in the pay periods x 7), the letter says {letter_hours:g}: {diff:.1%} apart "
            f"(tolerance {tolerance:.0%})."
        )
        out.append(ctx.finding("failed" if diff > tolerance else "passed", text, docs, ev))
    return out


def _hourly(amount: float, period: str, hours_per_week: float | None) -> float | None:
    if period == "hour":
        return amount
    weeks = WEEKS_PER.get(period)
    if weeks is None or not hours_per_week:
        return None
    return amount / weeks / hours_per_week


def _rate_fields(stub: Document) -> tuple[str, ...]:
    return ("rate",) if "rate" in stub.fields else ("gross", "hours")


def _stub_rates(stubs: Sequence[Document]) -> list[float]:
    """Each stub's hourly rate, or gross / hours when no stub shows its rate."""
    rates = [rate for s in stubs if (rate := number(s, "rate")) is not None]
    return rates or [
        gross / worked
        for s in stubs
        if (gross := number(s, "gross")) is not None and (worked := number(s, "hours"))
    ]


@rule("XDOC-WAGE-001")
def wages(ctx: Context) -> list[Finding]:
    """The pay stubs' hourly rate agrees with the letter's salary."""
    out: list[Finding] = []
    tolerance = float(ctx.param("tolerance"))
    for pos in _latest_positions(ctx):
        amount, period = number(pos.letter, "wage_amount"), pos.letter.value("wage_period")
        if not pos.stubs or amount is None or not isinstance(period, str):
            continue
        # Both sides: the letter's salary (one box when amount and period share it), each stub's
        # rate, or its gross and hours when it shows no rate.
        docs = [pos.letter, *pos.stubs]
        ev = compared(
            evidence(pos.letter, "wage_amount", "wage_period"),
            # a salary becomes an hourly rate through the letter's hours a week
            evidence(pos.letter, "hours_per_week") if period != "hour" else (),
            *(evidence(s, *_rate_fields(s)) for s in pos.stubs),
        )
        if amount <= 0:  # a salary of $0 is a misreading or a missing figure, not a rate
            text = (
                f"{pos.job.employer}: the letter's salary reads as {amount:,.2f}/{period}; "
                "check the letter before comparing it with the pay stubs."
            )
            out.append(ctx.finding("unknown", text, docs, ev))
            continue
        letter_rate = _hourly(amount, period, pos.job.hours_per_week)
        rates = _stub_rates(pos.stubs)
        if letter_rate is None or not rates:
            text = (
                f"{pos.job.employer}: cannot compare the letter's salary with the pay stubs "
                "(a rate, hours or the salary period is missing)."
            )
            out.append(ctx.finding("unknown", text, docs, ev))
            continue
        stub_rate = statistics.median(rates)
        diff = abs(stub_rate - letter_rate) / letter_rate
        text = (
            f"{pos.job.employer}: letter {amount:,.2f}/{period} = {letter_rate:,.2f}/h; pay "
            f"stubs {stub_rate:,.2f}/h: {diff:.1%} apart (tolerance {tolerance:.0%})."
        )
        out.append(ctx.finding("failed" if diff > tolerance else "passed", text, docs, ev))
    return out
