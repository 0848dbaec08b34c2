"""The timeline's authorization and study rows, from the assembled case (`WorkFacts`).

Every span comes from what `case/authorization.py` and `case/study.py` decided: the grants of
work authorization with their basis (a permit, maintained status, R186(w)), the applications
behind them (filed, then decided or pending), the periods the file explains without authorizing
work (refused, or unsure: a person must check), study permits and the full-time study periods.
Nothing here reads a document: a path is shown as the source, the rest is the case's own words.
Every string goes through the case's redactor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from auditor import i18n
from auditor.case.authorization import STATUS_RULE, STUDY_RULE, Grant
from auditor.case.authorization import Timeline as Authorization
from auditor.case.hours import ONE_DAY, Exclusion
from auditor.case.work import WorkFacts
from auditor.i18n import N_, _, localize
from auditor.privacy import Redactor
from auditor.report.timeline import TimelineSpan

AUTHORIZATION_LANE = N_("Work authorization")
APPLICATION_LANE = N_("Applications (filed → decided)")
STUDY_PERMIT_LANE = N_("Study permit")
STUDY_LANE = N_("Full-time study")
ASSEMBLED = N_("the assembled case")  # the source of a span no one document shows
EMPLOYER_CHARS = 28  # an employer's name on a bar label (the title keeps it whole)

# A permit's basis on its bar (PERMIT_TYPES of case/authorization.py).
PERMIT_LABELS = {
    "open": N_("open work permit"),
    "pgwp": N_("PGWP"),
    "co_op": N_("co-op permit: student work"),
    "employer_specific": N_("employer-specific"),
}
SHORT_APPLICATION = {"maintained_status": N_("extension"), "r186w": N_("PGWP appl.")}
APPLICATION_NAMES = {
    "maintained_status": N_("work-permit extension"),
    "r186w": N_("PGWP application"),
}


def _short(name: str) -> str:
    return name if len(name) <= EMPLOYER_CHARS else name[: EMPLOYER_CHARS - 1].rstrip() + "…"


# The short form drawn when the full label does not fit its bar.
SHORT = {
    "maintained": N_("maintained"),
    "r186w": N_("R186(w)"),
    "coop": N_("co-op"),
    "unauthorized": N_("none"),
    "unsure": N_("check"),
    "study": N_("study"),
}


def _permit_label(grant: Grant, redact: Redactor) -> str:
    label = _(PERMIT_LABELS.get(grant.permit_type or "", N_("work permit")))
    if grant.specific:
        if grant.employer is None:
            return _("{label}: employer not read").format(label=label)
        if grant.permit_type is None:
            label = _("work permit naming")
        return f"{label}: {_short(redact(grant.employer))}"
    return label


def _grant_span(grant: Grant, lane: str, redact: Redactor) -> TimelineSpan:
    if grant.basis == "maintained_status":
        kind, label = "maintained", _("maintained status")
        if grant.specific and grant.employer:
            label += _(": {employer} only").format(employer=_short(redact(grant.employer)))
    elif grant.basis == "r186w":
        kind, label = "r186w", _("R186(w) while PGWP pending")
    else:
        kind = "coop" if grant.student else "permit"
        label = _permit_label(grant, redact)
    detail = redact(localize(grant.why))
    if not grant.employer_sure:
        detail += _("; its type or employer was read unsurely: check the permit")
    short = label.split(":")[0] if kind == "permit" else _(SHORT[kind])
    source = grant.document or _(ASSEMBLED)
    return TimelineSpan(lane, grant.start, grant.end, kind, label, detail, source, short)


def _doubts(
    timeline: Authorization,
    exclusions: Sequence[Exclusion],
    worked: Sequence[tuple[dt.date, dt.date]],
    redact: Redactor,
) -> list[TimelineSpan]:
    """The days someone worked that no grant covers, in runs: refused ("not authorized") or
    unsure ("check") as the case decided them, by a period the file explains or by the job's
    own status exclusion. Authorization matters only on days worked, so only those are shown."""
    days = sorted({a + dt.timedelta(days=i) for a, b in worked for i in range((b - a).days + 1)})
    empty = not (timeline.grants or timeline.periods or timeline.unread)
    status = [e for e in exclusions if e.rule == STATUS_RULE and e.document is not None]
    state: dict[dt.date, tuple[str, str]] = {}
    for day in days:
        if timeline.covering(day):
            continue
        period = timeline.explained(day)
        ex = next((e for e in status if e.start <= day <= e.end), None)
        if period is not None:
            refused = period.authorized is False
            why = localize(period.why)
        elif ex is not None:
            refused, why = ex.sure, localize(ex.reason)
        elif empty:
            refused, why = False, _("the file holds no work permit: authorization not checked")
        else:
            continue
        refusal = ("unauthorized", _("not authorized: {reason}").format(reason=why))
        state[day] = refusal if refused else ("unsure", _("check: {reason}").format(reason=why))
    runs: list[tuple[dt.date, dt.date, tuple[str, str]]] = []
    for day in sorted(state):
        if runs and runs[-1][1] + ONE_DAY == day and runs[-1][2] == state[day]:
            runs[-1] = (runs[-1][0], day, state[day])
        else:
            runs.append((day, day, state[day]))
    out = []
    for start, end, (kind, detail) in runs:
        label = _("not authorized") if kind == "unauthorized" else _("check")
        out.append(
            TimelineSpan(
                _(AUTHORIZATION_LANE),
                start,
                end,
                kind,
                label,
                redact(detail),
                _(ASSEMBLED),
                _(SHORT[kind]),
            )
        )
    return out


def _pack(spans: Iterable[TimelineSpan], lane: str) -> list[TimelineSpan]:
    """Spans that overlap go on further rows of the lane ("Work authorization (2)")."""
    ends: list[dt.date] = []
    out = []
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        row = next((i for i, end in enumerate(ends) if end < s.start), None)
        if row is None:
            ends.append(s.end)
            row = len(ends) - 1
        ends[row] = s.end
        name = lane if row == 0 else f"{lane} ({row + 1})"
        out.append(replace(s, lane=name))
    return out


def _application_spans(
    grants: Sequence[Grant], as_of: dt.date, redact: Redactor
) -> list[TimelineSpan]:
    """Each application a grant rests on, from its filing to its decision (or today)."""
    seen: set[tuple[str, dt.date]] = set()
    out = []
    for g in grants:
        if g.filed is None or (g.basis, g.filed) in seen:
            continue
        seen.add((g.basis, g.filed))
        what = _(APPLICATION_NAMES.get(g.basis, N_("application")))
        end = g.decided or max(as_of, g.filed)
        outcome = _("decided {date}").format(date=g.decided) if g.decided else _("pending")
        out.append(
            TimelineSpan(
                APPLICATION_LANE,
                g.filed,
                end,
                "application",
                _("{what}: filed {date}, {outcome}").format(
                    what=what, date=g.filed, outcome=outcome
                ),
                redact(
                    _("{what}, {date}, {outcome}: {why}").format(
                        what=what, date=i18n.date(g.filed), outcome=outcome, why=localize(g.why)
                    )
                ),
                g.document or _(ASSEMBLED),
                _(SHORT_APPLICATION.get(g.basis, N_("application"))),
            )
        )
    return out


def authorization_spans(
    work: WorkFacts | None,
    worked: Sequence[tuple[dt.date, dt.date]],
    as_of: dt.date,
    redact: Redactor,
) -> list[TimelineSpan]:
    """The rows of work authorization, applications, study permits and full-time study;
    `worked` (the jobs' periods) bounds the days shown refused or unsure."""
    if work is None:
        return []
    spans: list[TimelineSpan] = []
    timeline: Authorization | None = work.authorization
    if timeline is not None:
        grants = list(timeline.grants)
        row = [_grant_span(g, _(AUTHORIZATION_LANE), redact) for g in grants]
        row += _doubts(timeline, work.exclusions, worked, redact)
        spans += _pack(row, _(AUTHORIZATION_LANE))
        spans += _pack(_application_spans(grants, as_of, redact), _(APPLICATION_LANE))
        permits = [
            TimelineSpan(
                _(STUDY_PERMIT_LANE),
                a,
                b,
                "studypermit",
                _("study permit"),
                _(
                    "study permit valid {start} to {end}: its dates bound the study, they are "
                    "not the study (full-time study comes from the declared period or the "
                    "school's completion letter)"
                ).format(start=a, end=b),
                path,
            )
            for a, b, path in timeline.study_permits
        ]
        spans += _pack(permits, _(STUDY_PERMIT_LANE))
    study = []
    for ex in work.exclusions:
        if ex.rule != STUDY_RULE or ex.document is not None:
            continue  # a job's own exclusion (co-op work) is drawn on the job's row
        sure = ex.sure
        study.append(
            TimelineSpan(
                _(STUDY_LANE),
                ex.start,
                ex.end,
                "study" if sure else "unsure",
                _("full-time study") if sure else _("check"),
                redact(
                    localize(ex.reason)
                    if sure
                    else _("check: {reason}").format(reason=localize(ex.reason))
                ),
                _(ASSEMBLED),
                _(SHORT["study" if sure else "unsure"]),
            )
        )
    spans += _pack(study, _(STUDY_LANE))
    return spans
