"""The report's eligibility panels: the hours bar, the language table and the timeline's spans.

Reads `result.evaluation.hours` (HoursResult) and `.language` (LanguageResult) defensively: either
may be missing while a case cannot be computed, and the panels then say what is unknown.
Every string that came from a document goes through the case's redactor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from auditor import i18n
from auditor.case.clb import FULL_YEAR_GROUP
from auditor.case.hours import fmt as _fmt
from auditor.case.hours import years_before
from auditor.i18n import N_, _, localize
from auditor.models import Document
from auditor.privacy import Redactor
from auditor.report.authorization_view import authorization_spans
from auditor.report.timeline import (
    Timeline,
    TimelineSpan,
    build_timeline,
    fit_lane,
    gaps_and_overlaps,
)
from auditor.rules.meta import Checklists

ABILITIES = ("listening", "reading", "writing", "speaking")
# The abilities as the language table names them, and where a job's hours per week come from
# (HoursResult's `hours_source`): the template and `_()` translate them where they are shown.
ABILITY_NAMES = (N_("Listening"), N_("Reading"), N_("Writing"), N_("Speaking"))
HOURS_SOURCES = (
    N_("letter"),
    N_("pay stubs"),
    N_("unknown"),
    N_("from pay stubs; the letter gives no hours"),
)


def fmt(hours: float) -> str:
    """Hours as the panels show them: the case's rounding, the reader's digit grouping."""
    if i18n.current() == i18n.DEFAULT_LANG:
        return _fmt(hours)
    return i18n.number(float(_fmt(hours).replace(",", "")))


SEGMENT_COLOURS = 6
EXPIRING_DAYS = 90
TEST_NAMES = {
    "celpip_general": "CELPIP-General",
    "celpip_general_ls": "CELPIP-General LS",
    "ielts_general_training": "IELTS General Training",
    "ielts_academic": "IELTS Academic",
    "pte_core": "PTE Core",
    "pte_academic": "PTE Academic",
    "tef_canada": "TEF Canada",
    "tcf_canada": "TCF Canada",
}


@dataclass(frozen=True)
class Segment:
    label: str  # employer
    document: str
    hours: str
    percent: float  # of the bar's full width
    colour: int  # 0..SEGMENT_COLOURS-1
    kind: str = "job"  # "job" (counted), "excluded", "capped" (above 30 h/week)


@dataclass(frozen=True)
class JobLine:
    employer: str
    document: str
    period: str
    hours_per_week: str
    hours: str  # before the cap
    counted: str  # after the cap
    note: str
    colour: int | None


@dataclass(frozen=True)
class ExclusionLine:
    employer: str
    document: str
    period: str
    days: int
    hours: str
    reason: str
    rule: str


@dataclass(frozen=True)
class HoursPanel:
    known: bool
    qualifying: str
    required: str
    short_by: str | None  # hours missing, when below the requirement
    met: bool
    percent: float  # qualifying / scale, for the filled part of the bar
    required_percent: float  # where the 1,560 mark sits
    segments: tuple[Segment, ...]
    jobs: tuple[JobLine, ...]
    exclusions: tuple[ExclusionLine, ...]
    capped_off: str
    window: str
    documented: str  # hours of the jobs' days in the window, before exclusions and the cap
    excluded_total: str


@dataclass(frozen=True)
class AbilityRow:
    ability: str
    score: str
    clb: str
    required: str
    passed: bool | None  # None: cannot tell


@dataclass(frozen=True)
class LanguagePanel:
    known: bool
    test: str
    document: str
    accepted: bool | None
    rows: tuple[AbilityRow, ...]
    required: str
    teer_group: str
    valid_until: str
    validity: str  # sentence comparing validity and submission date
    validity_state: str  # "valid", "expiring", "expired", "unknown"


def _num(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return "—"
    if isinstance(value, int | float):
        return f"{value:g}" if i18n.current() == i18n.DEFAULT_LANG else i18n.number(value)
    return str(value)


def hours_panel(hours: Any, as_of: dt.date, redact: Redactor, required: float) -> HoursPanel:
    window = years_before(as_of, 3)
    if hours is None:
        return HoursPanel(
            False,
            "—",
            fmt(required),
            None,
            False,
            0.0,
            100.0,
            (),
            (),
            (),
            "0",
            _("{start} to {end}").format(start=i18n.date(window), end=i18n.date(as_of)),
            "0",
            "0",
        )
    qualifying = float(getattr(hours, "qualifying_hours", 0.0) or 0.0)
    excluded = list(getattr(hours, "excluded", ()))
    excluded_total = sum(ex.hours for ex in excluded)
    capped = max(0.0, float(getattr(hours, "capped_off", 0.0) or 0.0))
    scale = max(required, qualifying + excluded_total + capped, 1.0) * 1.05
    segments, jobs = [], []
    colour = 0
    for jh in getattr(hours, "jobs", ()):
        job = jh.job
        period = "—"
        if jh.counted_start and jh.counted_end:
            period = _("{start} to {end}").format(
                start=i18n.date(jh.counted_start), end=i18n.date(jh.counted_end)
            )
        elif job.start or job.end:
            period = _("{start} to {end}").format(
                start=i18n.date(job.start) if job.start else "?",
                end=i18n.date(job.end) if job.end else "?",
            )
        this_colour = None
        if jh.counted > 0:
            this_colour = colour % SEGMENT_COLOURS
            colour += 1
            segments.append(
                Segment(
                    redact(localize(job.employer)),
                    job.document,
                    fmt(jh.counted),
                    round(100 * jh.counted / scale, 2),
                    this_colour,
                )
            )
        jobs.append(
            JobLine(
                redact(localize(job.employer)),
                job.document,
                period,
                _num(job.hours_per_week)
                + (f" ({localize(job.hours_source)})" if job.hours_per_week is not None else ""),
                fmt(jh.hours),
                fmt(jh.counted),
                redact(localize(jh.note)),
                this_colour,
            )
        )
    if capped > 0:
        segments.append(
            Segment(
                _("above the 30 h/week cap"),
                "",
                fmt(capped),
                round(100 * capped / scale, 2),
                0,
                "capped",
            )
        )
    for ex in excluded:
        segments.append(
            Segment(
                (
                    _("excluded: {reason}") if ex.sure else _("not counted until checked: {reason}")
                ).format(reason=redact(localize(ex.reason))),
                ex.document,
                fmt(ex.hours),
                round(100 * ex.hours / scale, 2),
                0,
                "excluded",
            )
        )
    exclusions = tuple(
        ExclusionLine(
            redact(localize(ex.employer)),
            ex.document,
            _("{start} to {end}").format(start=i18n.date(ex.start), end=i18n.date(ex.end)),
            ex.days,
            fmt(ex.hours),
            redact(localize(ex.reason)),
            ex.rule,
        )
        for ex in excluded
    )
    short = required - qualifying
    return HoursPanel(
        known=True,
        qualifying=fmt(qualifying),
        required=fmt(required),
        short_by=fmt(short) if short > 0 else None,
        met=short <= 0,
        percent=round(100 * qualifying / scale, 2),
        required_percent=round(100 * required / scale, 2),
        segments=tuple(segments),
        jobs=tuple(jobs),
        exclusions=exclusions,
        capped_off=fmt(capped),
        window=_("{start} to {end}").format(
            start=i18n.date(hours.window_start), end=i18n.date(hours.window_end)
        ),
        documented=fmt(qualifying + capped + excluded_total),
        excluded_total=fmt(excluded_total),
    )


def _majority_group(language: Any) -> str:
    """The TEER group holding most qualifying hours, which the panel names as the reason for
    the minimum; "" when another reason set it (LANG-CLB-001's message gives that one)."""
    group = getattr(language, "teer_group", None) or ""
    return "" if group == FULL_YEAR_GROUP else group


def language_panel(
    language: Any,
    documents: dict[str, Document],
    as_of: dt.date,
    redact: Redactor,
    expiring_days: int = EXPIRING_DAYS,
) -> LanguagePanel:
    chosen = getattr(language, "chosen", None)
    required = getattr(language, "required_clb", None)
    if chosen is None:
        return LanguagePanel(
            False,
            "—",
            "",
            None,
            (),
            _num(required),
            _majority_group(language),
            "—",
            _("No language result was found or converted."),
            "unknown",
        )
    doc = documents.get(chosen.document)
    rows = []
    for ability in ABILITIES:
        level = (chosen.clb or {}).get(ability)
        score = doc.value(ability) if doc is not None else None
        passed = None if level is None or required is None else level >= required
        rows.append(
            AbilityRow(ability.capitalize(), _num(score), _num(level), _num(required), passed)
        )
    valid_until = chosen.valid_until
    if valid_until is None:
        validity, state = _("Validity unknown: no result date was read."), "unknown"
    elif valid_until < as_of:
        days = (as_of - valid_until).days
        validity = _("Expired {days} days before the submission date {as_of}.").format(
            days=i18n.number(days), as_of=i18n.date(as_of)
        )
        state = "expired"
    else:
        days = (valid_until - as_of).days
        state = "expiring" if days <= expiring_days else "valid"
        validity = (
            _(
                "Expires {days} days after the submission date {as_of}: within "
                "{limit} days, so IRCC may see it expire during processing."
            )
            if state == "expiring"
            else _("Still valid {days} days after the submission date {as_of}.")
        ).format(days=i18n.number(days), as_of=i18n.date(as_of), limit=expiring_days)
    test = chosen.test or _("unrecognised test")
    return LanguagePanel(
        known=True,
        test=TEST_NAMES.get(test, redact(test)),
        document=chosen.document,
        accepted=chosen.accepted,
        rows=tuple(rows),
        required=_num(required),
        teer_group=_majority_group(language),
        valid_until=str(valid_until) if valid_until else "—",
        validity=validity,
        validity_state=state,
    )


def timeline(
    hours: Any,
    language: Any,
    work: Any,
    as_of: dt.date,
    redact: Redactor,
) -> Timeline:
    """Spans for every job and its exclusions, the work authorization with its basis, study
    permits and full-time study (from the assembled case, `work`), and the language result."""
    window_start = getattr(hours, "window_start", None) or years_before(as_of, 3)
    window_end = getattr(hours, "window_end", None) or as_of
    spans: list[TimelineSpan] = []
    job_periods: list[tuple[dt.date, dt.date]] = []
    for jh in getattr(hours, "jobs", ()):
        job = jh.job
        if job.start is None:
            continue
        end = job.end or as_of
        hpw = _("{hours} h/week").format(hours=_num(job.hours_per_week))
        # The employer is shortened to keep the hours visible in the lane's name.
        lane = fit_lane(redact(localize(job.employer)), f" · {hpw}")
        detail = _(
            "{hpw} ({source}); NOC {noc}, TEER {teer}; {hours} h counted after the cap"
        ).format(
            hpw=hpw,
            source=localize(job.hours_source),
            noc=job.noc or _("unknown"),
            teer=_num(job.teer),
            hours=fmt(jh.counted),
        )
        if jh.note:
            detail += f"; {redact(localize(jh.note))}"
        kind = "excluded" if job.excluded_reason else "job"
        # The lane names the job and its hours; a label on the bar would collide with exclusions.
        spans.append(TimelineSpan(lane, job.start, end, kind, "", detail, job.document))
        job_periods.append((job.start, end))
        for ex in getattr(hours, "excluded", ()):
            if ex.document == job.document and ex.employer == job.employer:
                # Days left out until a person checks them are not days shown unauthorized.
                spans.append(
                    TimelineSpan(
                        lane,
                        ex.start,
                        ex.end,
                        "excluded" if ex.sure else "unsure",
                        _("excluded") if ex.sure else _("check"),
                        (
                            _("{days} days, {hours} h not counted: {reason} ({rule})")
                            if ex.sure
                            else _(
                                "check: {days} days, {hours} h not counted until a person "
                                "checks: {reason} ({rule})"
                            )
                        ).format(
                            days=ex.days,
                            hours=fmt(ex.hours),
                            reason=redact(localize(ex.reason)),
                            rule=ex.rule,
                        ),
                        ex.document,
                    )
                )
    spans += authorization_spans(work, job_periods, as_of, redact)
    chosen = getattr(language, "chosen", None)
    if chosen is not None and chosen.valid_until is not None:
        start = chosen.result_date or chosen.test_date or years_before(chosen.valid_until, 2)
        test = TEST_NAMES.get(chosen.test or "", chosen.test or _("language result"))
        spans.append(
            TimelineSpan(
                _("Language result"),
                start,
                chosen.valid_until,
                "language",
                _("{test} valid until {date}").format(test=redact(test), date=chosen.valid_until),
                _("Result date {result}; valid until {date}").format(
                    result=chosen.result_date or _("unknown"), date=chosen.valid_until
                ),
                chosen.document,
            )
        )
    gaps, overlaps = gaps_and_overlaps(job_periods, window_start, window_end)
    for start, end in gaps:
        days = (end - start).days + 1
        spans.append(
            TimelineSpan(
                _("Gaps and overlaps"),
                start,
                end,
                "gap",
                _("gap {days} d").format(days=days),
                _("No documented work for {days} days").format(days=days),
                "calculation",
            )
        )
    for start, end in overlaps:
        days = (end - start).days + 1
        spans.append(
            TimelineSpan(
                _("Gaps and overlaps"),
                start,
                end,
                "overlap",
                _("overlap {days} d").format(days=days),
                _("Two or more jobs at once for {days} days (30 h/week cap applies)").format(
                    days=days
                ),
                "calculation",
            )
        )
    return build_timeline(window_start, window_end, as_of, spans)


def required_hours(checklists: Checklists) -> float:
    """The hours CEC-HOURS-001 requires (rules.yaml, or the firm's override)."""
    return float(checklists.param("CEC-HOURS-001", "required_hours"))
