"""Cross-document rules (XDOC-*): names, birth dates, employers, pay periods, hours, wages."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence

from auditor.case.names import same_person, similar_employer
from auditor.case.work import Position, stub_weekly_hours
from auditor.i18n import N_, Grouped, Money, Percent, tr, trn
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
# A salary's period as a message shows it (`78,000.00/year`).
PERIODS = {
    "hour": N_("hour"),
    "week": N_("week"),
    "biweekly": N_("biweekly"),
    "month": N_("month"),
    "year": N_("year"),
}
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
                tr("Fewer than two documents show the applicant's name; nothing to compare."),
                [d for d, _ in shown],
            )
        ]
    for doc, field in shown:
        if doc.id == ref_where:
            continue
        value = str(doc.value(field))
        ev = (ref_ev, judged(doc, field))
        if same_person(str(ref), value):
            text = tr(
                "{value!r} matches {ref!r} ({where}).", value=value, ref=str(ref), where=ref_where
            )
            out.append(ctx.on(doc, "passed", text, ev))
            continue
        text = tr(
            "name {value!r} differs from {ref!r} ({where}) beyond order, accents, hyphens and "
            "middle names.",
            value=value,
            ref=str(ref),
            where=ref_where,
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
                tr("Fewer than two dates of birth in the file and case.yaml; nothing to compare."),
                shown,
            )
        ]
    for doc in others:
        value = doc.value("date_of_birth")
        ev = (ref_ev, judged(doc, "date_of_birth"))
        status: Status = "passed" if value == ref else "failed"
        text = (
            tr(
                "date of birth {value} matches {ref} ({where}).",
                value=value,
                ref=ref,
                where=ref_where,
            )
            if status == "passed"
            else tr(
                "date of birth {value} differs from {ref} ({where}).",
                value=value,
                ref=ref,
                where=ref_where,
            )
        )
        out.append(ctx.on(doc, status, text, ev))
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
            text = tr(
                "the employer name was not read, but the stub's text names {employer}, as the "
                "letter {letter} does.",
                employer=pos.job.employer,
                letter=pos.letter.id,
            )
            out.append(
                ctx.finding(
                    "passed",
                    tr("{path}: {message}", path=stub.id, message=text),
                    [stub, pos.letter],
                    ev,
                )
            )
        else:
            out.append(ctx.on(stub, *_employer_match(employer, bool(matched), letters), ev))
    return out


def _employer_match(employer: object, matched: bool, letters: list[str]) -> tuple[Status, str]:
    if not isinstance(employer, str):
        return "unknown", tr("employer name not found.")
    if matched:
        return "passed", tr("{employer} matches a letter.", employer=employer)
    near = [e for e in letters if similar_employer(employer, e)]
    if near:
        return "unknown", tr(
            "employer {employer!r} is close to, but not the same as, {near!r} (a letter's "
            "employer): one of the names may be misread; check both documents.",
            employer=employer,
            near=near[0],
        )
    return "failed", tr(
        "employer {employer!r} matches no reference letter (letters from: {names}).",
        employer=employer,
        names=", ".join(letters) if letters else tr("none"),
    )


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
            text: str = (
                tr("no matching letter; cannot compare with employment dates.")
                if not positions
                else tr("pay period not found; cannot compare with employment dates.")
            )
            out.append(ctx.on(stub, "unknown", text, ev))
            continue
        letter = positions[0].letter
        ext = next((p for p in positions if p.stub_extension is not None), None)
        if ext is not None and ext.stub_extension is not None and end > ext.stub_extension[0]:
            extended[letter.id] = ext
            continue
        status, text = _within_employment(start, end, letter)
        ev = compared(ev, evidence(letter, "start_date", "end_date"))
        out.append(
            ctx.finding(
                status, tr("{path}: {message}", path=stub.id, message=text), [stub, letter], ev
            )
        )
    for pos in extended.values():
        assert pos.stub_extension is not None
        letter_date, last = pos.stub_extension
        later = [s for s in pos.stubs if (e := date(s, "period_end")) and e > letter_date]
        text = trn(
            "{employer}: the letter dated {letter_date} says the job is current; {n} pay stub "
            "after it runs to {last}, and the hours are counted to {last} on its evidence. Ask "
            "the employer for an updated letter covering the work to date.",
            "{employer}: the letter dated {letter_date} says the job is current; {n} pay stubs "
            "after it run to {last}, and the hours are counted to {last} on their evidence. Ask "
            "the employer for an updated letter covering the work to date.",
            len(later),
            employer=pos.job.employer,
            letter_date=letter_date,
            last=last,
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
        return "unknown", tr("the letter gives no start date.")
    if end < first or (last is not None and start > last):
        if last is None:
            return "failed", tr(
                "pay period {start} to {end} is outside the letter's employment {first} to "
                "present ({letter}).",
                start=start,
                end=end,
                first=first,
                letter=letter.id,
            )
        return "failed", tr(
            "pay period {start} to {end} is outside the letter's employment {first} to {last} "
            "({letter}).",
            start=start,
            end=end,
            first=first,
            last=last,
            letter=letter.id,
        )
    return "passed", tr(
        "pay period {start} to {end} is within the letter's dates.", start=start, end=end
    )


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
            text = tr(
                "{employer}: the letter's hours per week read as 0; check the letter.",
                employer=pos.job.employer,
            )
            out.append(ctx.finding("unknown", text, docs, ev))
            continue
        if stub_hours is None:
            text = tr(
                "{employer}: the pay stubs show no hours and pay periods to compare.",
                employer=pos.job.employer,
            )
            out.append(ctx.finding("unknown", text, docs, ev))
            continue
        diff = abs(stub_hours - letter_hours) / letter_hours
        text = tr(
            "{employer}: pay stubs average {stub_hours} h/week (hours paid / days in the pay "
            "periods x 7), the letter says {letter_hours}: {diff} apart (tolerance {tolerance}).",
            employer=pos.job.employer,
            stub_hours=Grouped(stub_hours),
            letter_hours=Grouped(letter_hours),
            diff=Percent(diff, 1),
            tolerance=Percent(tolerance),
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
            text = tr(
                "{employer}: the letter's salary reads as {amount}/{period}; check the letter "
                "before comparing it with the pay stubs.",
                employer=pos.job.employer,
                amount=Money(amount),
                period=tr(PERIODS.get(period, period)),
            )
            out.append(ctx.finding("unknown", text, docs, ev))
            continue
        letter_rate = _hourly(amount, period, pos.job.hours_per_week)
        rates = _stub_rates(pos.stubs)
        if letter_rate is None or not rates:
            text = tr(
                "{employer}: cannot compare the letter's salary with the pay stubs (a rate, "
                "hours or the salary period is missing).",
                employer=pos.job.employer,
            )
            out.append(ctx.finding("unknown", text, docs, ev))
            continue
        stub_rate = statistics.median(rates)
        diff = abs(stub_rate - letter_rate) / letter_rate
        text = tr(
            "{employer}: letter {amount}/{period} = {letter_rate}/h; pay stubs {stub_rate}/h: "
            "{diff} apart (tolerance {tolerance}).",
            employer=pos.job.employer,
            amount=Money(amount),
            period=tr(PERIODS.get(period, period)),
            letter_rate=Money(letter_rate),
            stub_rate=Money(stub_rate),
            diff=Percent(diff, 1),
            tolerance=Percent(tolerance),
        )
        out.append(ctx.finding("failed" if diff > tolerance else "passed", text, docs, ev))
    return out
