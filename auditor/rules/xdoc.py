"""Cross-document rules (XDOC-*): names, birth dates, employers, periods, hours, wages, claims."""

from __future__ import annotations

import datetime as dt
import statistics

from auditor.case.clb import ABILITIES
from auditor.case.hours import teer_of
from auditor.case.names import same_employer, same_person
from auditor.case.noc import TEERS_OF_LEVEL, obsolete_code, skill_level
from auditor.case.work import Position, stub_weekly_hours
from auditor.crs.evidence import overclaims
from auditor.models import Document, Evidence, Finding
from auditor.rules.context import Context, evidence, is_number
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
    for passport in ctx.of_kind("passport"):
        value = passport.value(field)
        if value is not None:
            return value, passport.path, Evidence.of(passport, passport.fields[field])
    return intake_value, "case.yaml", Evidence(document="case.yaml")


@rule("XDOC-NAME-001")
def names(ctx: Context) -> list[Finding]:
    """XDOC-NAME-001: one person's name across documents, allowing order/accents/middle names."""
    out: list[Finding] = []
    shown = [
        (d, NAME_FIELDS[d.kind])
        for d in ctx.documents
        if d.kind in NAME_FIELDS and isinstance(d.value(NAME_FIELDS[d.kind]), str)
    ]
    ref, ref_where, ref_ev = _reference(ctx, "holder_name", ctx.intake.client_name)
    if ref is None and shown:
        first = shown[0][0]
        ref, ref_where = first.value(shown[0][1]), first.path
        ref_ev = Evidence.of(first, first.fields[shown[0][1]])
    if ref is None or len(shown) + (ref_where == "case.yaml") < 2:
        return [
            ctx.finding(
                "unknown",
                "Fewer than two documents show the applicant's name; nothing to compare.",
                [d for d, _ in shown],
            )
        ]
    for doc, field in shown:
        if doc.path == ref_where:
            continue
        value = str(doc.value(field))
        ev = (ref_ev, Evidence.of(doc, doc.fields[field]))
        if same_person(str(ref), value):
            out.append(ctx.on(doc, "passed", f"{value!r} matches {ref!r} ({ref_where}).", ev))
        else:
            out.append(
                ctx.on(
                    doc,
                    "failed",
                    f"name {value!r} differs from "
                    f"{ref!r} ({ref_where}) beyond order, accents, hyphens and "
                    "middle names.",
                    ev,
                )
            )
    return out


@rule("XDOC-DOB-001")
def dates_of_birth(ctx: Context) -> list[Finding]:
    """XDOC-DOB-001: every date of birth is the same."""
    out: list[Finding] = []
    shown = [
        d
        for d in ctx.documents
        if d.kind in DOB_KINDS and isinstance(d.value("date_of_birth"), dt.date)
    ]
    ref, ref_where, ref_ev = _reference(ctx, "date_of_birth", ctx.intake.client_dob)
    if ref is None and shown:
        ref, ref_where = shown[0].value("date_of_birth"), shown[0].path
        ref_ev = Evidence.of(shown[0], shown[0].fields["date_of_birth"])
    others = [d for d in shown if d.path != ref_where]
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
        ev = (ref_ev, Evidence.of(doc, doc.fields["date_of_birth"]))
        status = "passed" if value == ref else "failed"
        text = "matches" if status == "passed" else "differs from"
        out.append(ctx.on(doc, status, f"date of birth {value} {text} {ref} ({ref_where}).", ev))
    return out


def _positions_for(ctx: Context, stub: Document) -> list[Position]:
    # By identity: comparing frozen documents field by field walks every word of every page.
    return [p for p in ctx.work.positions if any(s is stub for s in p.stubs)]


@rule("XDOC-EMPLOYER-001")
def employers(ctx: Context) -> list[Finding]:
    """XDOC-EMPLOYER-001: each pay stub's employer matches a reference letter."""
    out: list[Finding] = []
    letters = [p.job.employer for p in ctx.work.positions]
    for stub in ctx.of_kind("pay_stub"):
        employer = stub.value("employer_name")
        ev = evidence(stub, "employer_name")
        matched = _positions_for(ctx, stub)
        if not isinstance(employer, str) and matched:
            out.append(
                ctx.finding(
                    "passed",
                    f"{stub.path}: the employer name was not read, but the stub's text names "
                    f"{matched[0].job.employer}, as the letter {matched[0].letter.path} does.",
                    [stub, matched[0].letter],
                    ev,
                )
            )
        elif not isinstance(employer, str):
            out.append(ctx.on(stub, "unknown", "employer name not found.", ev))
        elif matched:
            out.append(ctx.on(stub, "passed", f"{employer} matches a letter.", ev))
        else:
            out.append(
                ctx.on(
                    stub,
                    "failed",
                    f"employer {employer!r} matches no"
                    f" reference letter (letters from: {', '.join(letters) or 'none'}"
                    ").",
                    ev,
                )
            )
    return out


@rule("XDOC-PERIOD-001")
def periods(ctx: Context) -> list[Finding]:
    """XDOC-PERIOD-001: each pay stub falls inside its letter's employment dates."""
    out: list[Finding] = []
    for stub in ctx.of_kind("pay_stub"):
        start, end = stub.value("period_start"), stub.value("period_end")
        positions = _positions_for(ctx, stub)
        ev = evidence(stub, "period_start", "period_end")
        if not positions or not isinstance(start, dt.date) or not isinstance(end, dt.date):
            continue_msg = "no matching letter" if not positions else "pay period not found"
            out.append(
                ctx.on(
                    stub, "unknown", f"{continue_msg}; cannot compare with employment dates.", ev
                )
            )
            continue
        pos = positions[0]
        first, last = pos.letter.value("start_date"), pos.letter.value("end_date")
        if not isinstance(first, dt.date):
            out.append(
                ctx.finding(
                    "unknown",
                    f"{stub.path}: the letter gives no start date.",
                    [stub, pos.letter],
                    ev,
                )
            )
        elif end < first or (isinstance(last, dt.date) and start > last):
            span = f"{first} to {last if isinstance(last, dt.date) else 'present'}"
            out.append(
                ctx.finding(
                    "failed",
                    f"{stub.path}: pay period {start} to {end} is "
                    f"outside the letter's employment {span} ({pos.letter.path}).",
                    [stub, pos.letter],
                    ev,
                )
            )
        else:
            out.append(
                ctx.finding(
                    "passed",
                    f"{stub.path}: pay period {start} to {end} is within the letter's dates.",
                    [stub, pos.letter],
                    ev,
                )
            )
    return out


@rule("XDOC-HOURS-001")
def hours(ctx: Context) -> list[Finding]:
    """XDOC-HOURS-001: pay stubs' weekly hours agree with the letter's within the tolerance."""
    out: list[Finding] = []
    tolerance = float(ctx.param("tolerance"))
    for pos in ctx.work.positions:
        letter_hours = pos.letter.value("hours_per_week")
        if not pos.stubs or not is_number(letter_hours):
            continue
        stub_hours = stub_weekly_hours(pos.stubs)
        docs = [pos.letter, *pos.stubs]
        ev = evidence(pos.letter, "hours_per_week")
        if stub_hours is None:
            out.append(
                ctx.finding(
                    "unknown",
                    f"{pos.job.employer}: the pay stubs show no hours and pay periods to compare.",
                    docs,
                    ev,
                )
            )
            continue
        diff = abs(stub_hours - float(letter_hours)) / float(letter_hours)  # type: ignore[arg-type]
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


@rule("XDOC-WAGE-001")
def wages(ctx: Context) -> list[Finding]:
    """XDOC-WAGE-001: the pay stubs' hourly rate agrees with the letter's salary."""
    out: list[Finding] = []
    tolerance = float(ctx.param("tolerance"))
    for pos in ctx.work.positions:
        amount, period = pos.letter.value("wage_amount"), pos.letter.value("wage_period")
        if not pos.stubs or not is_number(amount) or not isinstance(period, str):
            continue
        docs, ev = [pos.letter, *pos.stubs], evidence(pos.letter, "wage_amount", "wage_period")
        letter_rate = _hourly(float(amount), period, pos.job.hours_per_week)  # type: ignore
        rates = [float(s.value("rate")) for s in pos.stubs if is_number(s.value("rate"))]  # type: ignore
        if not rates:
            rates = [
                float(s.value("gross")) / float(s.value("hours"))  # type: ignore[arg-type]
                for s in pos.stubs
                if is_number(s.value("gross")) and s.value("hours")
            ]
        if letter_rate is None or not rates:
            out.append(
                ctx.finding(
                    "unknown",
                    f"{pos.job.employer}: cannot compare the "
                    "letter's salary with the pay stubs (a rate, hours or the "
                    "salary period is missing).",
                    docs,
                    ev,
                )
            )
            continue
        stub_rate = statistics.median(rates)
        diff = abs(stub_rate - letter_rate) / letter_rate
        text = (
            f"{pos.job.employer}: letter {amount:,.2f}/{period} = {letter_rate:,.2f}/h; pay "
            f"stubs {stub_rate:,.2f}/h: {diff:.1%} apart (tolerance {tolerance:.0%})."
        )
        out.append(ctx.finding("failed" if diff > tolerance else "passed", text, docs, ev))
    return out


def _noc_claim(claimed: str | None, pos: Position) -> tuple[str | None, str | None]:
    """The claimed NOC against the letter's: a difference, or why it cannot be confirmed.

    A letter that quotes an obsolete NOC 2016 code or level (CEC-NOC-001 reports that) cannot
    confirm a NOC 2021 code, and neither can it contradict it: NOC 2016 levels map to TEERs
    (0 -> 0, A -> 1, B -> 2 or 3, C -> 4, D -> 5), so a TEER that fits is accepted and one that
    does not needs the NOC 2016 to 2021 concordance, checked by hand.
    """
    letter_noc = pos.letter_noc
    if claimed is None:
        return None, None
    if letter_noc is None:
        return None, "the letter gives no NOC"
    if not obsolete_code(letter_noc) or obsolete_code(claimed):
        same = letter_noc == claimed.strip()
        return (None if same else f"NOC {claimed} vs {letter_noc} in the letter"), None
    level = skill_level(letter_noc, pos.letter.text)
    teer = teer_of(claimed)
    if level is not None and teer is not None and teer in TEERS_OF_LEVEL[level]:
        return None, None
    shown = f"skill level {level}" if level else "level unreadable"
    return None, (
        f"the letter's NOC {letter_noc} is NOC 2016 ({shown}), so it cannot confirm NOC "
        f"{claimed} (TEER {teer if teer is not None else '?'}); check the NOC 2016 to 2021 "
        "concordance by hand"
    )


@rule("XDOC-CLAIM-001")
def claims(ctx: Context) -> list[Finding]:
    """XDOC-CLAIM-001: what case.yaml declares is what the documents show."""
    out: list[Finding] = []
    for claim in ctx.intake.work:
        where = f"case.yaml line {claim.line}: {claim.employer}"
        pos = next(
            (p for p in ctx.work.positions if same_employer(claim.employer, p.job.employer)), None
        )
        if pos is None:
            out.append(
                ctx.finding(
                    "failed",
                    f"{where}: no employment letter supports this claimed job.",
                    ["case.yaml"],
                )
            )
            continue
        letter = pos.letter
        pairs = [
            ("start date", claim.start, letter.value("start_date")),
            ("hours per week", claim.hours_per_week, letter.value("hours_per_week")),
        ]
        end = letter.value("end_date")
        pairs.append(
            (
                "end date",
                claim.end or "current",
                end or ("current" if letter.value("current") is True else None),
            )
        )
        diffs = [
            f"{label} {c} vs {d} in the letter"
            for label, c, d in pairs
            if c is not None
            and d is not None
            and str(c) != str(d)
            and not (is_number(c) and is_number(d) and abs(float(c) - float(d)) < 0.01)
        ]
        unknown = [label for label, c, d in pairs if c is not None and d is None]
        noc_diff, noc_unknown = _noc_claim(claim.noc, pos)
        diffs += [noc_diff] if noc_diff else []
        unknown += [noc_unknown] if noc_unknown else []
        docs, ev = ["case.yaml", letter.path], evidence(letter, "start_date", "end_date")
        if diffs:
            out.append(ctx.finding("failed", f"{where}: " + "; ".join(diffs) + ".", docs, ev))
        elif unknown:
            out.append(
                ctx.finding(
                    "unknown",
                    f"{where}: the letter does not confirm the claim: {'; '.join(unknown)}.",
                    docs,
                    ev,
                )
            )
        else:
            out.append(ctx.finding("passed", f"{where}: the letter supports the claim.", docs, ev))
    for claim in ctx.intake.language:
        where = f"case.yaml line {claim.line}: {claim.test}"
        doc = next((d for d in ctx.of_kind("language_test") if d.value("test") == claim.test), None)
        if doc is None:
            out.append(
                ctx.finding(
                    "failed", f"{where}: no {claim.test} result in the file.", ["case.yaml"]
                )
            )
            continue
        diffs = [
            f"{a} {claim.score(a):g} vs {doc.value(a)}"
            for a in ABILITIES
            if claim.score(a) is not None
            and is_number(doc.value(a))
            and abs(float(doc.value(a)) - claim.score(a)) > 0.001
        ]  # type: ignore
        unread = [a for a in ABILITIES if claim.score(a) is not None and doc.value(a) is None]
        docs, ev = ["case.yaml", doc.path], evidence(doc, *ABILITIES)
        if diffs:
            out.append(
                ctx.finding(
                    "failed",
                    f"{where}: claimed scores differ from {doc.path}: " + "; ".join(diffs) + ".",
                    docs,
                    ev,
                )
            )
        elif unread:
            out.append(
                ctx.finding(
                    "unknown",
                    f"{where}: {', '.join(unread)} not found on {doc.path}.",
                    docs,
                    ev,
                )
            )
        else:
            out.append(ctx.finding("passed", f"{where}: scores match {doc.path}.", docs, ev))
    for overclaim in overclaims(ctx.crs) if ctx.crs is not None else ():
        shown = [p for key in overclaim.inputs for p in ctx.crs_sources.get(key, ())]
        out.append(ctx.finding("failed", overclaim.message, shown))
    return out
