"""CEC eligibility rules (CEC-*): hours, TEER, NOC wording, Quebec, excluded kinds of work."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from auditor.case.jobs import noc_wording
from auditor.case.leave import unplaced_claims
from auditor.case.noc import obsolete_code
from auditor.case.work import Position, Tri
from auditor.i18n import N_, Grouped, Percent, Text, join, tr, trn
from auditor.models import Document, Evidence, Finding, Status
from auditor.rules.certainty import Doubt, shown
from auditor.rules.context import Context, compared, date, evidence
from auditor.rules.registry import rule

# The day NOC 2021 replaced NOC 2016 in IRCC's programs.
NOC_2021_DATE = dt.date(2022, 11, 16)


@rule("CEC-HOURS-001")
def hours(ctx: Context) -> list[Finding]:
    """1,560 qualifying hours in the window, with the arithmetic."""
    result = ctx.hours
    required = float(ctx.param("required_hours"))
    letters = [p.letter for p in ctx.work.positions]
    explanation = result.explain(required)
    if not ctx.work.permits_known and letters:
        explanation = tr(
            "{explanation}\nWork authorization could not be verified: no work permit with dates.",
            explanation=explanation,
        )
    # Per job, the start, end and hours per week the count used, from each letter.
    ev = compared(*(evidence(p.letter, *JOB_FIELDS) for p in ctx.work.positions))
    details = _hours_details(ctx, required)
    if result.qualifying_hours >= required:
        status, text, judged = ctx.unsure("passed", explanation, _count_doubts(ctx), details)
        return [ctx.finding(status, text, letters, ev, details=judged)]
    unsure = result.unsure_hours
    if unsure and not result.unknown and result.qualifying_hours + unsure >= required:
        return [
            ctx.finding(
                "unknown",
                tr(
                    "{explanation}\n{unsure} h were left out only because the file cannot show "
                    "those days count (see CEC-STATUS-001 and CEC-STUDY-001); the total may "
                    "reach {required} h once a person checks them.",
                    explanation=explanation,
                    unsure=Grouped(unsure),
                    required=Grouped(required),
                ),
                letters,
                ev,
                details=details,
            )
        ]
    if result.unknown:
        missing = ", ".join(f"{j.employer} ({j.document})" for j in result.unknown)
        return [
            ctx.finding(
                "unknown",
                tr(
                    "{explanation}\nCould not count: {missing}; the total may reach {required} h "
                    "once they are known.",
                    explanation=explanation,
                    missing=missing,
                    required=Grouped(required),
                ),
                letters,
                ev,
                details=details,
            )
        ]
    if not letters and ctx.of_kind("unreadable"):
        return [
            ctx.finding(
                "unknown",
                tr("No employment letter could be read; unreadable documents may hold one."),
                ctx.of_kind("unreadable"),
            )
        ]
    if not letters:
        return [
            ctx.finding(
                "failed",
                tr(
                    "0 qualifying hours documented: the file holds no employment letter; "
                    "{required} h required.",
                    required=Grouped(required),
                ),
            )
        ]
    found = _count_doubts(ctx) + _exclusion_doubts(ctx)
    status, text, judged = ctx.unsure("failed", explanation, found, details)
    return [ctx.finding(status, text, letters, ev, details=judged)]


JOB_FIELDS = ("start_date", "end_date", "hours_per_week")


def _count_doubts(ctx: Context) -> list[Doubt]:
    """The values the count rests on that were not read with confidence: each counted job's
    dates and hours from its letter (the letter date ends a current job), and the validity
    dates of the work permits read."""
    out: list[Doubt] = []
    for pos in ctx.work.positions:
        if pos.job.excluded_reason is not None:
            continue
        names = ["start_date", "end_date" if "end_date" in pos.letter.fields else "letter_date"]
        if pos.job.hours_source == "letter":
            names.append("hours_per_week")
        out += ctx.doubts(pos.letter, *names, required=False)
    for permit in ctx.of_kind("work_permit"):
        out += ctx.doubts(permit, "valid_from", "valid_until", required=False)
    return out


def _exclusion_doubts(ctx: Context) -> list[Doubt]:
    """What keeps excluded hours from being known excluded: a job left out for its NOC code
    read without confidence, days outside the permits when a permit's dates or employer were
    not read, study periods from a study permit's unsure dates."""
    out: list[Doubt] = []
    for pos in ctx.work.positions:
        if pos.job.excluded_rule == "CEC-TEER-001" and pos.noc_source == "the letter":
            out += ctx.doubts(pos.letter, "noc_code", required=False)
    rules = {x.rule for x in ctx.hours.excluded}
    if "CEC-STATUS-001" in rules:
        out += _permit_doubts(ctx)
    if "CEC-STUDY-001" in rules:
        for permit in ctx.of_kind("study_permit"):
            out += ctx.doubts(permit, "valid_from", "valid_until", required=False)
    return out


def _permit_doubts(ctx: Context) -> list[Doubt]:
    """Every work permit's validity dates must be read to say that days fall outside them,
    and an employer-specific permit's employer to say that it names another employer."""
    out: list[Doubt] = []
    for permit in ctx.of_kind("work_permit"):
        out += ctx.doubts(permit, "valid_from", "valid_until")
        out += ctx.doubts(permit, "employer", "permit_type", required=False)
    return out


def _hours_details(ctx: Context, required: float) -> dict[str, object]:
    """The count behind CEC-HOURS-001: the totals, and per job what was used and counted."""
    result = ctx.hours
    return {
        "qualifying_hours": round(result.qualifying_hours, 2),
        "required_hours": required,
        "window": {"start": result.window_start.isoformat(), "end": result.window_end.isoformat()},
        "jobs": [
            {
                "employer": j.job.employer,
                "document": j.job.document,
                "start": j.job.start.isoformat() if j.job.start else None,
                "end": j.job.end.isoformat() if j.job.end else None,
                "hours_per_week": j.job.hours_per_week,
                "hours_source": j.job.hours_source,
                "counted_start": j.counted_start.isoformat() if j.counted_start else None,
                "counted_end": j.counted_end.isoformat() if j.counted_end else None,
                "counted_days": j.counted_days,
                "counted_hours": round(j.counted, 2),
                "note": j.note or None,
            }
            for j in result.jobs
        ],
        "excluded": [
            {
                "document": x.document,
                "start": x.start.isoformat(),
                "end": x.end.isoformat(),
                "hours": round(x.hours, 2),
                "reason": x.reason,
                "rule": x.rule,
                "sure": x.sure,
            }
            for x in result.excluded
        ],
    }


@rule("CEC-TEER-001")
def teer(ctx: Context) -> list[Finding]:
    """Each job's NOC 2021 code gives TEER 0-3."""
    out: list[Finding] = []
    for pos in ctx.work.positions:
        status, text = _teer_of(pos)
        from_letter = pos.noc_source == "the letter"
        ev = evidence(pos.letter, "noc_code") if from_letter else shown(pos.letter, "noc_code")
        ev = compared(ev, shown(pos.letter, "job_title"))
        details = None
        if from_letter:
            found = ctx.doubts(pos.letter, "noc_code", required=False)
            status, text, details = ctx.unsure(status, text, found)
        out.append(
            ctx.finding(
                status,
                tr("{position}: {text}", position=pos.label, text=text),
                [pos.letter],
                ev,
                subject=pos.subject,
                details=details,
            )
        )
    return out


def _teer_of(pos: Position) -> tuple[Status, str]:
    noc, teer, where = pos.noc_raw, pos.job.teer, pos.noc_source
    if noc and obsolete_code(noc):
        return "failed", tr(
            "NOC {noc} ({where}) is NOC 2016, not a NOC 2021 code, and case.yaml claims no "
            "NOC 2021 code for this job; its hours are not counted.",
            noc=noc,
            where=where,
        )
    if noc and not re.fullmatch(r"\d{4,5}", noc):
        return "unknown", tr(
            "NOC code {noc!r} could not be read as a NOC code; check it by hand.", noc=noc
        )
    if teer is None:
        if noc:
            return "failed", tr(
                "NOC {noc} ({where}) is not a 5-digit NOC 2021 code; its hours are not counted.",
                noc=noc,
                where=where,
            )
        return "failed", tr(
            "neither the letter nor case.yaml gives its NOC code; its hours are not counted."
        )
    if teer > 3:
        return "failed", tr(
            "NOC {noc} ({where}) is TEER {teer} (second digit); only TEER 0-3 counts, so its "
            "hours are not counted.",
            noc=noc,
            where=where,
            teer=str(teer),
        )
    return "passed", tr("NOC {noc} ({where}) is TEER {teer}.", noc=noc, where=where, teer=str(teer))


@rule("CEC-NOC-001")
def noc(ctx: Context) -> list[Finding]:
    """NOC 2016 codes or "NOC 0/A/B" wording in letters or case.yaml."""
    out: list[Finding] = []
    for letter in _letters(ctx):
        hits = noc_wording(letter)
        code = letter.value("noc_code")
        if isinstance(code, str) and obsolete_code(code):
            shown = code.strip()
            if not any(shown.casefold() in h.casefold() for h in hits):
                hits.append(f"NOC code {shown}")
        if hits:
            out.append(
                ctx.finding(
                    "failed",
                    tr(
                        "{path} uses NOC 2016 wording ({hits}); NOC 2021 TEER codes replaced it "
                        "on {date}.",
                        path=letter.id,
                        hits=", ".join(dict.fromkeys(hits)),
                        date=NOC_2021_DATE,
                    ),
                    [letter],
                    evidence(letter, "noc_code"),
                )
            )
        elif not letter.fields:
            out.append(
                ctx.finding(
                    "unknown",
                    tr("{path} has no text to check for NOC 2016 wording.", path=letter.id),
                    [letter],
                )
            )
        else:
            out.append(
                ctx.finding(
                    "passed", tr("{path} uses no NOC 2016 wording.", path=letter.id), [letter]
                )
            )
    for claim in ctx.intake.work:
        if claim.noc and obsolete_code(claim.noc):
            out.append(
                ctx.finding(
                    "failed",
                    tr(
                        "case.yaml line {line}: {employer} has NOC {noc!r}, a NOC 2016 code; use "
                        "the 5-digit NOC 2021 code.",
                        line=str(claim.line),
                        employer=claim.employer,
                        noc=claim.noc,
                    ),
                    ["case.yaml"],
                )
            )
    if not out:
        out.append(
            ctx.finding(
                "unknown",
                tr("No employment letter or declared job to check for NOC 2016 wording."),
            )
        )
    return out


@rule("CEC-QUEBEC-001")
def quebec(ctx: Context) -> list[Finding]:
    """The applicant must intend to live outside Quebec."""
    province = ctx.intake.intended_province
    if province is None:
        return [
            ctx.finding(
                "unknown",
                tr(
                    "case.yaml gives no intended province; CEC requires the intent to live "
                    "outside Quebec."
                ),
            )
        ]
    if province == "QC":
        return [
            ctx.finding(
                "failed",
                tr(
                    "case.yaml: intended province QC. CEC requires the intent to live outside "
                    "Quebec (Quebec selects its own immigrants)."
                ),
                ["case.yaml"],
            )
        ]
    return [
        ctx.finding(
            "passed",
            tr("Intended province {province}, outside Quebec.", province=province),
            ["case.yaml"],
        )
    ]


def _excluded_by(ctx: Context) -> list[Finding]:
    """One finding per letter with days this rule excluded: `failed` for the days the file
    shows surely, `unknown` (what to check) for the days it cannot show."""
    out = []
    for pos in ctx.work.positions:
        mine = [
            ex
            for ex in ctx.hours.excluded
            if ex.rule == ctx.rule_id and ex.document == pos.letter.id
        ]
        for sure in (True, False):
            part = [ex for ex in mine if ex.sure is sure]
            if not part:
                continue
            periods = [(ex.start, ex.end) for ex in part]
            others = _authorizations(ctx, periods)
            declared = _declared_study(ctx, periods)
            listed = join(
                (
                    tr(
                        "{start} to {end} ({days} days, {hours} h): {reason}",
                        start=ex.start,
                        end=ex.end,
                        days=ex.days,
                        hours=Grouped(ex.hours),
                        reason=ex.reason,
                    )
                    for ex in part
                ),
                "; ",
            )
            text = (
                tr("{employer}: excluded {listed}.", employer=pos.job.employer, listed=listed)
                if sure
                else tr(
                    "{employer}: not counted until a person checks {listed}.",
                    employer=pos.job.employer,
                    listed=listed,
                )
            )
            out.append(
                ctx.finding(
                    "failed" if sure else "unknown",
                    text,
                    [pos.letter.id, *(d.id for d in others), *(e.document for e in declared)],
                    compared(
                        evidence(pos.letter, "start_date", "end_date"),
                        *(evidence(d, *PERIOD_FIELDS.get(d.kind, ())) for d in others),
                        declared,
                    ),
                )
            )
    return out


# The dates each document a status or study finding compares the work with.
PERIOD_FIELDS = {
    "work_permit": ("valid_from", "valid_until", "employer"),
    "study_permit": ("valid_from", "valid_until"),
    "completion_letter": ("completion_date", "full_time"),
    "application_receipt": ("application_type", "filed_date"),
}


def _declared_study(ctx: Context, periods: list[tuple[dt.date, dt.date]]) -> list[Evidence]:
    """For CEC-STUDY-001, the study periods case.yaml declares that meet the excluded periods."""
    if ctx.rule_id != "CEC-STUDY-001":
        return []
    return [
        Evidence(
            "case.yaml",
            text=f"line {c.line}: {c.institution or 'study'} {c.start} to {c.end}",
        )
        for c in ctx.intake.study
        if c.start and c.end and any(c.start <= e and s <= c.end for s, e in periods)
    ]


def _authorizations(ctx: Context, periods: list[tuple[dt.date, dt.date]]) -> list[Document]:
    """The documents the excluded periods were compared with: for CEC-STATUS-001 every work
    permit (the days fall before, between or after them); for CEC-STUDY-001 the study permits
    and completion letters whose dates meet the periods."""
    if ctx.rule_id == "CEC-STATUS-001":
        return ctx.of_kind("work_permit") + ctx.of_kind("application_receipt")
    out = []
    for d in ctx.documents:
        if d.kind == "study_permit":
            start, end = date(d, "valid_from"), date(d, "valid_until")
            if start and end and any(start <= e and s <= end for s, e in periods):
                out.append(d)
        elif d.kind == "completion_letter" and date(d, "completion_date") is not None:
            out.append(d)
        elif d.kind == "work_permit" and d.value("permit_type") in ("co_op", "co-op"):
            out.append(d)
    return out


@rule("CEC-STUDY-001")
def study(ctx: Context) -> list[Finding]:
    """Work during full-time study does not count."""
    out = _excluded_by(ctx)
    for permit in ctx.work.study_unknown:
        out.append(
            ctx.finding(
                "unknown",
                tr(
                    "Study permit {path} shows no complete validity dates; work during study "
                    "could not be excluded.",
                    path=permit.id,
                ),
                [permit],
                evidence(permit, "valid_from", "valid_until"),
            )
        )
    if not out:
        periods = [ex for ex in ctx.work.exclusions if ex.rule == ctx.rule_id]
        text = (
            trn(
                "{n} study period; no counted work overlaps it.",
                "{n} study periods; no counted work overlaps them.",
                len(periods),
            )
            if periods
            else tr("No full-time study period in the file or in case.yaml.")
        )
        out.append(ctx.finding("passed", text))
    return out


@rule("CEC-STATUS-001")
def status(ctx: Context) -> list[Finding]:
    """Work must fall inside a valid work authorization."""
    out = _excluded_by(ctx)
    if out:
        found = _permit_doubts(ctx)
        return [_unless_sure(ctx, f, found) for f in out]
    if not ctx.work.positions:
        return []
    timeline = ctx.work.authorization
    if not ctx.work.permits_known and not (timeline and timeline.grants):
        return [
            ctx.finding(
                "unknown",
                tr(
                    "No work permit with validity dates in the file: the claimed work could not "
                    "be checked against an authorization."
                ),
                [p.letter for p in ctx.work.positions],
            )
        ]
    extended = [g for g in timeline.grants if g.basis != "permit"] if timeline else []
    text: str = tr("Every counted day falls inside a valid work permit covering its employer.")
    if extended:
        text = tr(
            "Every counted day falls inside a work authorization covering its employer: {grants}.",
            grants=join(
                (
                    tr("{start} to {end}: {why}", start=g.start, end=g.end, why=g.why)
                    for g in extended
                ),
                "; ",
            ),
        )
    receipts = ctx.of_kind("application_receipt")
    found = [
        d
        for permit in ctx.of_kind("work_permit")
        for d in ctx.doubts(permit, "valid_from", "valid_until", required=False)
    ]
    status, text, details = ctx.unsure("passed", text, found)
    return [
        ctx.finding(
            status,
            text,
            [*(p.letter for p in ctx.work.positions), *receipts],
            compared(
                *(evidence(p, "valid_from", "valid_until") for p in ctx.of_kind("work_permit"))
            ),
            details=details,
        )
    ]


def _letters(ctx: Context) -> list[Document]:
    """Each letter once, in the order of its positions."""
    return list({p.letter.id: p.letter for p in ctx.work.positions}.values())


def _unless_sure(ctx: Context, finding: Finding, found: list[Doubt]) -> Finding:
    """The finding, unknown when the values it rests on are in doubt."""
    status, text, details = ctx.unsure(finding.status, finding.message, found, finding.details)
    return replace(finding, status=status, message=text, details=details)


def _tri_rule(ctx: Context, attr: str, bad: bool, label: str) -> list[Finding]:
    """One finding per position on a yes/no/unknown fact (`Tri`) that excludes its hours; a
    fact of the whole letter (the same for each of its positions) is reported once."""
    out = []
    seen: set[tuple[str, Tri]] = set()
    for pos in ctx.work.positions:
        tri = getattr(pos, attr)
        if (pos.letter.id, tri) in seen:
            continue
        seen.add((pos.letter.id, tri))
        status, text = _tri_outcome(tri, bad, label)
        decisive = TRI_FIELDS[attr]
        ev = compared(
            evidence(pos.letter, *decisive),
            shown(pos.letter, *(n for n in TRI_SHOWN if n not in decisive)),
        )
        out.append(
            ctx.finding(
                status,
                tr("{employer}: {text}", employer=pos.job.employer, text=text),
                [pos.letter],
                ev,
            )
        )
    return out


# The letter's values each yes/no fact rests on (they decide it), and those shown beside them.
TRI_SHOWN = (
    "self_employed",
    "fee_for_service",
    "employer_name",
    "unpaid",
    "wage_amount",
    "work_location",
    "employer_address",
)
TRI_FIELDS = {
    "self_employed": ("self_employed", "fee_for_service"),
    "paid": ("unpaid", "wage_amount"),
    "in_canada": ("work_location", "employer_address"),
}


def _tri_outcome(tri: Tri, bad: bool, label: str) -> tuple[Status, str]:
    kind = tr(label)
    if tri.value is None:
        return "unknown", tr(
            "could not tell whether this is {kind}: {why}.", kind=kind, why=tri.why
        )
    if tri.value is bad:
        return "failed", tr(
            "{kind} ({why}); its hours are not counted for CEC.", kind=kind, why=tri.why
        )
    if tri.exception:
        return "passed", tr("{why}.", why=tri.why)
    return "passed", tr("not {kind} ({why}).", kind=kind, why=tri.why)


@rule("CEC-SELFEMP-001")
def self_employment(ctx: Context) -> list[Finding]:
    """Self-employment and contractor work do not count, except physicians'
    fee-for-service work (`jobs.physician_exception`)."""
    return _tri_rule(ctx, "self_employed", True, N_("self-employment"))


@rule("CEC-ABROAD-001")
def abroad(ctx: Context) -> list[Finding]:
    """Work outside Canada does not count for CEC."""
    return _tri_rule(ctx, "in_canada", False, N_("work outside Canada"))


@rule("CEC-PAID-001")
def paid(ctx: Context) -> list[Finding]:
    """Volunteer and unpaid work do not count."""
    return _tri_rule(ctx, "paid", False, N_("unpaid work"))


# A leave as a message names it (case.yaml's and the letters' kinds, CONTRACT.md).
LEAVE_KINDS = {
    "parental": N_("parental leave"),
    "maternity": N_("maternity leave"),
    "sick": N_("sick leave"),
    "unpaid": N_("unpaid leave"),
    "other": N_("other leave"),
}


def _leave(kind: str) -> Text:
    """`parental leave`, in the reader's language."""
    return tr(LEAVE_KINDS[kind]) if kind in LEAVE_KINDS else tr("{kind} leave", kind=kind)


@rule("CEC-LEAVE-001")
def leave(ctx: Context) -> list[Finding]:
    """Leave periods (parental, maternity, sick, unpaid) are not work: each is excluded from
    the hours, and reported with the hours it removed."""
    out = []
    for period in ctx.work.leave:
        removed = [
            x
            for x in ctx.hours.excluded
            if x.rule == ctx.rule_id
            and x.document == period.document
            and period.start <= x.start
            and x.end <= period.end
        ]
        hours = sum(x.hours for x in removed)
        days = sum(x.days for x in removed)
        employer = next(
            (p.job.employer for p in ctx.work.positions if p.letter.id == period.document),
            period.document,
        )
        where = (
            tr(
                "{days} days in the window, {hours} h removed from the hours",
                days=days,
                hours=Grouped(hours),
            )
            if removed
            else tr("outside the window or the counted work: no hours removed")
        )
        text = tr(
            "{employer}: {leave} {start} to {end} ({source}): {where}.",
            employer=employer,
            leave=_leave(period.kind),
            start=period.start,
            end=period.end,
            source=period.source,
            where=where,
        )
        docs = [period.document] + (["case.yaml"] if period.letter is None else [])
        ev = evidence(period.letter, "leave") if period.letter is not None else []
        details = {
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "kind": period.kind,
            "source": period.source,
            "hours_removed": round(hours, 2),
        }
        unsure = period.confidence < float(ctx.param("min_confidence"))
        if unsure:  # a misread date moves hours: a person confirms the period
            text = tr(
                "{text} The dates were read at {confidence} confidence: check them on the letter.",
                text=text,
                confidence=Percent(period.confidence),
            )
        out.append(
            ctx.finding(
                "unknown" if unsure else "failed" if removed else "passed",
                text,
                docs,
                ev,
                severity="warning" if unsure else None,
                details=details,
                subject=f"{period.start}",
            )
        )
    for claim in unplaced_claims(ctx.work.positions, ctx.intake):
        out.append(
            ctx.finding(
                "unknown",
                (
                    tr(
                        "case.yaml line {line}: {leave} {start} to {end} at {employer} "
                        "matches no employment letter in the file, so it was not excluded from "
                        "any job; check which job it belongs to.",
                        line=str(claim.line),
                        leave=_leave(claim.kind),
                        start=claim.start,
                        end=claim.end,
                        employer=claim.employer,
                    )
                    if claim.employer
                    else tr(
                        "case.yaml line {line}: {leave} {start} to {end} matches no "
                        "employment letter in the file, so it was not excluded from any job; "
                        "check which job it belongs to.",
                        line=str(claim.line),
                        leave=_leave(claim.kind),
                        start=claim.start,
                        end=claim.end,
                    )
                ),
                ["case.yaml"],
                subject=f"{claim.start}",
            )
        )
    if not out:
        out.append(ctx.finding("passed", tr("No leave period in the letters or in case.yaml.")))
    return out
