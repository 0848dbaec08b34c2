"""The work-authorization timeline: which days the applicant was authorized to work, for whom,
and on what basis, from permits, case.yaml's `status_history` and application receipts.

DOMAIN.md section 1a. A day is authorized by
- a work permit valid that day: an open or post-graduation permit for any employer, an
  employer-specific permit for the employer it names only; a co-op (student) permit authorizes
  student work, which never counts for CEC;
- maintained status (R183(5), R186(u)): an extension applied for as a worker before the permit
  expired keeps its conditions until the decision; an extension applied for as a student or
  visitor does not authorize work, and leaving Canada ends maintained status;
- R186(w): a graduate who applied for a post-graduation work permit while the study permit was
  valid may work full time until the decision.

Days the file cannot settle (an application without its filing date, a permit's dates or
employer read unsurely, a study permit without a work permit) are *doubts*: their hours are left
out, and the rules report them as `unknown`, never as `failed`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from auditor.case.hours import ONE_DAY, Exclusion, Job
from auditor.case.intake import Intake, StatusEvent
from auditor.models import Document

# The values of a permit's `permit_type` (README "Document fields"), snake_case like the
# contract's `application_type`; older spellings a cached read may still hold are understood.
PERMIT_TYPES = ("open", "employer_specific", "pgwp", "co_op", "study")
_SPELLINGS = {
    "employer-specific": "employer_specific",
    "employer specific": "employer_specific",
    "closed": "employer_specific",
    "post-graduation": "pgwp",
    "post graduation": "pgwp",
    "co-op": "co_op",
    "coop": "co_op",
}
STATUS_RULE = "CEC-STATUS-001"
STUDY_RULE = "CEC-STUDY-001"
# An application receipt and a status_history entry of the same kind filed this close are one
# application (a receipt is often dated a day or two after the online submission).
SAME_APPLICATION = dt.timedelta(days=7)

SameEmployer = Callable[[str | None, str | None], bool]


def permit_type(document: Document) -> str | None:
    """The permit's type in the README's vocabulary, or None when not read."""
    raw = document.value("permit_type")
    if not isinstance(raw, str) or not raw.strip():
        return None
    text = raw.strip().lower()
    if text in PERMIT_TYPES:
        return text
    if text in _SPELLINGS:
        return _SPELLINGS[text]
    for word, value in (
        ("co-op", "co_op"),
        ("post-grad", "pgwp"),
        ("pgwp", "pgwp"),
        ("specific", "employer_specific"),
        ("closed", "employer_specific"),
        ("lmia", "employer_specific"),
        ("open", "open"),
    ):
        if word in text:
            return value
    return None


@dataclass(frozen=True)
class Grant:
    """A period the file shows the applicant authorized to work, and under what conditions."""

    start: dt.date
    end: dt.date
    basis: str  # "permit", "maintained_status" or "r186w"
    why: str
    document: str | None = None
    employer: str | None = None  # employer-specific: work for this employer only
    specific: bool = False  # employer-specific (employer None: the employer was not read)
    employer_sure: bool = True  # the permit's type and employer were read with confidence
    student: bool = False  # a co-op / student work permit: student work, never CEC
    permit_type: str | None = None  # PERMIT_TYPES: the permit's, or the maintained permit's
    filed: dt.date | None = None  # maintained status, R186(w): the application's filing date
    decided: dt.date | None = None  # ... and its decision (None: pending)


@dataclass(frozen=True)
class Period:
    """A period the file explains without authorizing work: `authorized` False when it shows
    that work was not authorized, None when it cannot tell (a person must check)."""

    start: dt.date
    end: dt.date
    why: str
    authorized: bool | None = None


@dataclass(frozen=True)
class Timeline:
    """Everything the file shows about work authorization, oldest first."""

    grants: tuple[Grant, ...]
    periods: tuple[Period, ...]
    permits_known: bool  # at least one work permit with both dates
    permits_sure: bool  # every work permit's dates were read with confidence
    unread: tuple[str, ...]  # work permits whose dates were not read (their paths)
    study_permits: tuple[tuple[dt.date, dt.date, str], ...]  # validity and path

    def last_day(self) -> dt.date | None:
        """The last day any permit or maintained status covers (a 9-series SIN's end)."""
        ends = [g.end for g in self.grants] + [end for _, end, _ in self.study_permits]
        return max(ends, default=None)

    def covering(self, day: dt.date) -> list[Grant]:
        return [g for g in self.grants if g.start <= day <= g.end]

    def explained(self, day: dt.date) -> Period | None:
        found = [p for p in self.periods if p.start <= day <= p.end]
        # a doubt wins over a known refusal of the same day: never fail what is unsure
        found.sort(key=lambda p: p.authorized is not None)
        return found[0] if found else None


def _dates(document: Document, min_confidence: float) -> tuple[dt.date, dt.date, bool] | None:
    """A permit's valid-from and valid-until dates, and whether both were read surely."""
    start, end = document.fields.get("valid_from"), document.fields.get("valid_until")
    if start is None or end is None:
        return None
    if not isinstance(start.value, dt.date) or not isinstance(end.value, dt.date):
        return None
    sure = min(start.confidence, end.confidence) >= min_confidence
    return start.value, end.value, sure


def _permit_grant(permit: Document, start: dt.date, end: dt.date, min_conf: float) -> Grant:
    kind = permit_type(permit)
    employer_field = permit.fields.get("employer")
    type_field = permit.fields.get("permit_type")
    employer = employer_field.value if employer_field is not None else None
    employer = employer if isinstance(employer, str) and employer.strip() else None
    specific = kind == "employer_specific" or (kind is None and employer is not None)
    sure = (
        type_field is not None
        and type_field.confidence >= min_conf
        and (employer_field is None or employer_field.confidence >= min_conf)
    )
    label = {
        "open": "open work permit",
        "pgwp": "post-graduation work permit",
        "co_op": "co-op work permit",
        "employer_specific": "employer-specific work permit",
    }.get(kind or "", "work permit")
    if specific and kind is None:
        label = "work permit naming an employer"
    return Grant(
        start,
        end,
        "permit",
        f"{label} {permit.id}, valid {start} to {end}",
        permit.id,
        employer if specific else None,
        specific,
        sure,
        kind == "co_op",
        kind,
    )


@dataclass(frozen=True)
class _Application:
    kind: str  # "work_permit_extension" or "pgwp_application"
    filed: dt.date | None
    filed_sure: bool
    decided: dt.date | None
    applied_as: str | None
    source: str  # "case.yaml line N" or the receipt's path
    receipt: str | None = None  # the receipt's path, when the file holds one


_RECEIPT_KINDS = {"work_permit_extension": "work_permit_extension", "pgwp": "pgwp_application"}


def _applications(
    documents: Sequence[Document], intake: Intake, min_conf: float
) -> list[_Application]:
    """Declared applications, each with its receipt when the file holds one, and receipts
    nothing declares."""
    receipts: list[tuple[str, dt.date | None, bool, Document]] = []
    for d in documents:
        if d.kind != "application_receipt":
            continue
        kind = _RECEIPT_KINDS.get(str(d.value("application_type") or ""))
        if kind is None:
            continue
        f = d.fields.get("filed_date")
        filed = f.value if f is not None and isinstance(f.value, dt.date) else None
        receipts.append((kind, filed, f is not None and f.confidence >= min_conf, d))
    used: set[int] = set()
    out: list[_Application] = []
    for event in intake.status_history:
        if event.kind not in ("work_permit_extension", "pgwp_application"):
            continue
        match = _receipt_for(event, receipts, used)
        filed, sure = event.filed, True
        if filed is None and match is not None:
            filed, sure = receipts[match][1], receipts[match][2]
        out.append(
            _Application(
                event.kind,
                filed,
                sure,
                event.decided,
                event.applied_as,
                f"case.yaml line {event.line}",
                receipts[match][3].id if match is not None else None,
            )
        )
    for i, (kind, filed, sure, d) in enumerate(receipts):
        if i not in used:
            # a work-permit extension's receipt: the application was made as a worker
            applied_as = "worker" if kind == "work_permit_extension" else None
            out.append(_Application(kind, filed, sure, None, applied_as, d.id, d.id))
    return out


def _receipt_for(
    event: StatusEvent,
    receipts: list[tuple[str, dt.date | None, bool, Document]],
    used: set[int],
) -> int | None:
    for i, (kind, filed, _, _) in enumerate(receipts):
        if i in used or kind != event.kind:
            continue
        if event.filed is None or filed is None or abs(filed - event.filed) <= SAME_APPLICATION:
            used.add(i)
            return i
    return None


def build_timeline(
    documents: Sequence[Document],
    intake: Intake,
    as_of: dt.date,
    min_confidence: float = 0.8,
) -> Timeline:
    """The authorization timeline of the case on `as_of` (pending applications run to it)."""
    grants: list[Grant] = []
    periods: list[Period] = []
    unread: list[str] = []
    sure = True
    for permit in (d for d in documents if d.kind == "work_permit"):
        dates = _dates(permit, min_confidence)
        if dates is None:
            unread.append(permit.id)
            continue
        start, end, dates_sure = dates
        sure = sure and dates_sure
        grants.append(_permit_grant(permit, start, end, min_confidence))
    study_permits = []
    for permit in (d for d in documents if d.kind == "study_permit"):
        dates = _dates(permit, min_confidence)
        if dates is not None:
            study_permits.append((dates[0], dates[1], permit.id))
            periods.append(
                Period(
                    dates[0],
                    dates[1],
                    f"only the study permit {permit.id} (valid {dates[0]} to {dates[1]}) "
                    "covers these days: check whether the applicant was authorized to work "
                    "(off-campus work while enrolled is student work; after the program, "
                    "only a post-graduation work permit application made before the study "
                    "permit expired authorizes work)",
                )
            )
    permits = [g for g in grants if g.basis == "permit"]
    departures = sorted(e.date for e in intake.status_history if e.kind == "left_canada" and e.date)
    for app in _applications(documents, intake, min_confidence):
        if app.kind == "work_permit_extension":
            made = _maintained(app, permits, as_of, departures)
        else:
            made = _r186w(app, permits, study_permits, as_of, departures)
        for item in made:
            if isinstance(item, Grant):
                grants.append(item)
            else:
                periods.append(item)
    grants.sort(key=lambda g: (g.start, g.end))
    periods.sort(key=lambda p: (p.start, p.end))
    return Timeline(
        tuple(grants),
        tuple(periods),
        bool(permits),
        sure,
        tuple(unread),
        tuple(study_permits),
    )


def _until(
    start: dt.date,
    decided: dt.date | None,
    permits: Sequence[Grant],
    as_of: dt.date,
) -> dt.date:
    """The last day an application waits for its decision: the day before the decision, or
    before the next permit starts (the decision's result), or `as_of` while pending."""
    if decided is not None:
        return decided - ONE_DAY
    later = [g.start for g in permits if g.start >= start]
    return min(later) - ONE_DAY if later else as_of


def _cut_at_departure(
    grant: Grant, departures: Sequence[dt.date], what: str
) -> list[Grant | Period]:
    left = next((d for d in departures if grant.start <= d <= grant.end), None)
    if left is None:
        return [grant]
    out: list[Grant | Period] = []
    if left > grant.start:
        out.append(replace(grant, end=left - ONE_DAY))
    out.append(
        Period(
            left,
            grant.end,
            f"the applicant left Canada on {left} (case.yaml status_history), which ended {what}",
            authorized=False,
        )
    )
    return out


def _proof(app: _Application) -> str:
    """Where the application is shown: case.yaml's line, its receipt, or both."""
    if app.receipt is None or app.receipt == app.source:
        return f" ({app.source})"
    return f" ({app.source}, receipt {app.receipt})"


def _maintained(
    app: _Application, permits: Sequence[Grant], as_of: dt.date, departures: Sequence[dt.date]
) -> list[Grant | Period]:
    """Maintained status after a work-permit extension application (R183(5), R186(u))."""
    proof = _proof(app)
    if app.filed is None or not app.filed_sure:
        # the permit that expired while the application waited: the last one ending before
        # the decision (or before today, when pending)
        limit = app.decided or as_of
        before = [g for g in permits if g.end < limit]
        if not before:
            return []
        expired = max(before, key=lambda g: g.end)
        what = (
            "without its filing date" if app.filed is None else "with a filing date read unsurely"
        )
        return [
            Period(
                expired.end + ONE_DAY,
                _until(expired.end + ONE_DAY, app.decided, permits, as_of),
                f"a work-permit extension is declared{proof} {what}: maintained status covers "
                f"these days only if it was filed as a worker before {expired.document} "
                f"expired on {expired.end}; ask for the acknowledgment of receipt",
            )
        ]
    valid = [g for g in permits if g.start <= app.filed <= g.end]
    if not valid:
        ended = [g for g in permits if g.end < app.filed]
        if not ended:
            return []
        last = max(ended, key=lambda g: g.end)
        return [
            Period(
                last.end + ONE_DAY,
                _until(app.filed, app.decided, permits, as_of),
                f"the work-permit extension{proof} was filed on {app.filed}, after "
                f"{last.document} expired on {last.end}: no maintained status",
                authorized=False,
            )
        ]
    expiring = max(valid, key=lambda g: g.end)
    start = expiring.end + ONE_DAY
    end = _until(start, app.decided, permits, as_of)
    if end < start:
        return []  # decided before the permit expired: nothing was maintained
    if app.applied_as != "worker":
        if app.applied_as is None:
            return [
                Period(
                    start,
                    end,
                    f"the extension{proof} filed on {app.filed} does not say whether it was "
                    "made as a worker (status_history applied_as): maintained status "
                    "authorizes work only then",
                )
            ]
        return [
            Period(
                start,
                end,
                f"the extension{proof} filed on {app.filed} was made as a {app.applied_as}: "
                "maintained status as a student or visitor does not authorize work",
                authorized=False,
            )
        ]
    pending = f"decided {app.decided}" if app.decided else "pending"
    grant = Grant(
        start,
        end,
        "maintained_status",
        f"maintained status (R183(5), R186(u)): extension filed {app.filed} as a worker{proof}, "
        f"before {expiring.document} expired on {expiring.end}; {pending}; "
        "same conditions as that permit",
        app.receipt,
        expiring.employer,
        expiring.specific,
        expiring.employer_sure,
        expiring.student,
        expiring.permit_type,
        app.filed,
        app.decided,
    )
    return _cut_at_departure(grant, departures, "maintained status")


def _r186w(
    app: _Application,
    permits: Sequence[Grant],
    study_permits: Sequence[tuple[dt.date, dt.date, str]],
    as_of: dt.date,
    departures: Sequence[dt.date],
) -> list[Grant | Period]:
    """Full-time work while a post-graduation work permit application waits (R186(w))."""
    proof = _proof(app)
    if app.filed is None or not app.filed_sure:
        return []  # nothing to place on the timeline; the study permit's doubt stands
    end = _until(app.filed, app.decided, permits, as_of)
    if end < app.filed:
        return []
    valid = [s for s in study_permits if s[0] <= app.filed <= s[1]]
    if not valid:
        if not study_permits:
            return [
                Period(
                    app.filed,
                    end,
                    f"a post-graduation work permit application{proof} was filed on {app.filed}, "
                    "but the file shows no study permit with dates: R186(w) authorizes work "
                    "only if it was filed while the study permit was valid",
                )
            ]
        return [
            Period(
                app.filed,
                end,
                f"the post-graduation work permit application{proof} was filed on {app.filed}, "
                "after the study permit expired: R186(w) does not apply",
                authorized=False,
            )
        ]
    permit_end, path = max((s[1], s[2]) for s in valid)
    pending = f"decided {app.decided}" if app.decided else "pending"
    grant = Grant(
        app.filed,
        end,
        "r186w",
        f"R186(w): post-graduation work permit applied for on {app.filed}{proof} while the "
        f"study permit {path} was valid (to {permit_end}); {pending}; full-time work allowed",
        app.receipt,
        filed=app.filed,
        decided=app.decided,
    )
    return _cut_at_departure(grant, departures, "the R186(w) authorization")


def status_exclusions(job: Job, timeline: Timeline, same_employer: SameEmployer) -> list[Exclusion]:
    """The days of `job` the timeline does not authorize for its employer, in runs: student
    work (CEC-STUDY-001), and days outside authorization (CEC-STATUS-001), `sure` only when the
    file shows it surely."""
    if job.start is None or job.end is None:
        return []
    if not (timeline.grants or timeline.periods or timeline.unread):
        return []  # no permit at all: CEC-STATUS-001 says it could not check
    out: list[Exclusion] = []
    run: tuple[dt.date, dt.date, str, str, bool] | None = None
    day = job.start
    while day <= job.end:
        verdict = _day(day, job, timeline, same_employer)
        if verdict is None:
            if run is not None:
                out.append(_exclusion(run, job))
                run = None
        elif run is not None and run[2:] == verdict and run[1] + ONE_DAY == day:
            run = (run[0], day, *verdict)
        else:
            if run is not None:
                out.append(_exclusion(run, job))
            run = (day, day, *verdict)
        day += ONE_DAY
    if run is not None:
        out.append(_exclusion(run, job))
    return out


def _exclusion(run: tuple[dt.date, dt.date, str, str, bool], job: Job) -> Exclusion:
    start, end, reason, rule, sure = run
    return Exclusion(start, end, reason, rule, document=job.document, sure=sure)


def _day(
    day: dt.date, job: Job, timeline: Timeline, same_employer: SameEmployer
) -> tuple[str, str, bool] | None:
    """None when the day is authorized for the job's employer; else (reason, rule, sure)."""
    grants = timeline.covering(day)
    work = [g for g in grants if not g.student]
    for g in work:
        if not g.specific:
            return None
        if g.employer is not None and same_employer(g.employer, job.employer):
            return None
    student = [g for g in grants if g.student]
    if student:
        g = student[0]
        return (
            f"student work on a co-op work permit ({g.why}): never counts for CEC",
            STUDY_RULE,
            g.employer_sure,
        )
    if work:
        g = work[0]
        if g.employer is None:
            return (
                f"the {g.why} is employer-specific, but its employer was not read: check "
                f"whether it names {job.employer}",
                STATUS_RULE,
                False,
            )
        what = (
            f"the {g.why} names {g.employer}"
            if g.basis == "permit"
            else f"{g.why}, which authorizes work for {g.employer} only"
        )
        return f"no work authorization for {job.employer}: {what}", STATUS_RULE, g.employer_sure
    period = timeline.explained(day)
    if period is not None:
        return period.why, STATUS_RULE, period.authorized is False
    if timeline.unread:
        return (
            f"no work permit with dates read covers these days; the dates of "
            f"{', '.join(timeline.unread)} were not read: check whether it covers them",
            STATUS_RULE,
            False,
        )
    reason = f"no valid work permit covers these days (work for {job.employer})"
    if not timeline.permits_known:
        return (
            reason + "; the file holds no work permit with dates: ask for the permits",
            STATUS_RULE,
            False,
        )
    if not timeline.permits_sure:
        return (
            reason + "; some permit dates were read unsurely: check them",
            STATUS_RULE,
            False,
        )
    return (
        reason + "; if an extension was filed as a worker before a permit expired, add it to "
        "status_history with its acknowledgment of receipt (maintained status)",
        STATUS_RULE,
        True,
    )
