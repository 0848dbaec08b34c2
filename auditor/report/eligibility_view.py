"""The report's eligibility panels: the hours bar, the language table and the timeline's spans.

Reads `result.evaluation.hours` (HoursResult) and `.language` (LanguageResult) defensively: either
may be missing while a case cannot be computed, and the panels then say what is unknown.
Every string that came from a document goes through the case's redactor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from auditor.case.clb import FULL_YEAR_GROUP
from auditor.case.hours import fmt, years_before
from auditor.models import Document
from auditor.privacy import Redactor
from auditor.report.timeline import Timeline, TimelineSpan, build_timeline, gaps_and_overlaps
from auditor.rules.meta import Checklists

ABILITIES = ("listening", "reading", "writing", "speaking")
SEGMENT_COLOURS = 6
EXPIRING_DAYS = 90
LANE_EMPLOYER_CHARS = 26
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

# How the timeline names a permit_type value (README "Document fields").
PERMIT_NAMES = {
    "open": "Open work",
    "employer_specific": "Employer-specific work",
    "pgwp": "Post-graduation work",
    "co_op": "Co-op work",
    "study": "Study",
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
        return f"{value:g}"
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
            f"{window} to {as_of}",
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
            period = f"{jh.counted_start} to {jh.counted_end}"
        elif job.start or job.end:
            period = f"{job.start or '?'} to {job.end or '?'}"
        this_colour = None
        if jh.counted > 0:
            this_colour = colour % SEGMENT_COLOURS
            colour += 1
            segments.append(
                Segment(
                    redact(job.employer),
                    job.document,
                    fmt(jh.counted),
                    round(100 * jh.counted / scale, 2),
                    this_colour,
                )
            )
        jobs.append(
            JobLine(
                redact(job.employer),
                job.document,
                period,
                _num(job.hours_per_week)
                + (f" ({job.hours_source})" if job.hours_per_week is not None else ""),
                fmt(jh.hours),
                fmt(jh.counted),
                redact(jh.note),
                this_colour,
            )
        )
    if capped > 0:
        segments.append(
            Segment(
                "above the 30 h/week cap",
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
                f"{'excluded' if ex.sure else 'not counted until checked'}: {redact(ex.reason)}",
                ex.document,
                fmt(ex.hours),
                round(100 * ex.hours / scale, 2),
                0,
                "excluded",
            )
        )
    exclusions = tuple(
        ExclusionLine(
            redact(ex.employer),
            ex.document,
            f"{ex.start} to {ex.end}",
            ex.days,
            fmt(ex.hours),
            redact(ex.reason),
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
        window=f"{hours.window_start} to {hours.window_end}",
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
            "No language result was found or converted.",
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
        validity, state = "Validity unknown: no result date was read.", "unknown"
    elif valid_until < as_of:
        days = (as_of - valid_until).days
        validity = f"Expired {days} days before the submission date {as_of}."
        state = "expired"
    else:
        days = (valid_until - as_of).days
        state = "expiring" if days <= expiring_days else "valid"
        validity = (
            f"Expires {days} days after the submission date {as_of}: within "
            f"{expiring_days} days, so IRCC may see it expire during processing."
            if state == "expiring"
            else f"Still valid {days} days after the submission date {as_of}."
        )
    test = chosen.test or "unrecognised test"
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


def _date(value: Any) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def timeline(
    hours: Any,
    language: Any,
    documents: tuple[Document, ...],
    intake: Any,
    as_of: dt.date,
    redact: Redactor,
) -> Timeline:
    """Spans for every job, exclusion, permit, study period and the language result."""
    window_start = getattr(hours, "window_start", None) or years_before(as_of, 3)
    window_end = getattr(hours, "window_end", None) or as_of
    spans: list[TimelineSpan] = []
    job_periods: list[tuple[dt.date, dt.date]] = []
    for jh in getattr(hours, "jobs", ()):
        job = jh.job
        if job.start is None:
            continue
        end = job.end or as_of
        hpw = f"{_num(job.hours_per_week)} h/week"
        employer = redact(job.employer)
        if len(employer) > LANE_EMPLOYER_CHARS:  # keep the hours visible in the lane label
            employer = employer[: LANE_EMPLOYER_CHARS - 1].rstrip() + "…"
        lane = f"{employer} · {hpw}"
        detail = (
            f"{hpw} ({job.hours_source}); NOC {job.noc or 'unknown'}, TEER "
            f"{_num(job.teer)}; {fmt(jh.counted)} h counted after the cap"
        )
        if jh.note:
            detail += f"; {redact(jh.note)}"
        kind = "excluded" if job.excluded_reason else "job"
        # The lane names the job and its hours; a label on the bar would collide with exclusions.
        spans.append(TimelineSpan(lane, job.start, end, kind, "", detail, job.document))
        job_periods.append((job.start, end))
        for ex in getattr(hours, "excluded", ()):
            if ex.document == job.document and ex.employer == job.employer:
                spans.append(
                    TimelineSpan(
                        lane,
                        ex.start,
                        ex.end,
                        "excluded",
                        "excluded",
                        f"{ex.days} days, {fmt(ex.hours)} h not counted"
                        f"{'' if ex.sure else ' until a person checks'}: "
                        f"{redact(ex.reason)} ({ex.rule})",
                        ex.document,
                    )
                )
    for doc in documents:
        start, end = _date(doc.value("valid_from")), _date(doc.value("valid_until"))
        if doc.kind in ("work_permit", "study_permit") and start and end:
            lane = "Work permit" if doc.kind == "work_permit" else "Study permit"
            kind = "permit" if doc.kind == "work_permit" else "study"
            kind_name = doc.value("permit_type")
            shown = PERMIT_NAMES.get(str(kind_name), str(kind_name).replace("_", " "))
            label = f"{redact(shown)} permit" if kind_name else lane
            holder = doc.value("employer") or doc.value("institution")
            detail = f"{lane} valid {start} to {end}" + (
                f"; {redact(str(holder))}" if holder else ""
            )
            spans.append(TimelineSpan(lane, start, end, kind, label, detail, doc.path))
    for claim in getattr(intake, "study", ()):
        if claim.start and claim.end:
            name = redact(claim.institution or "institution not named")
            spans.append(
                TimelineSpan(
                    "Full-time study (declared)",
                    claim.start,
                    claim.end,
                    "study",
                    name,
                    f"Full-time study at {name}",
                    "case.yaml",
                )
            )
    chosen = getattr(language, "chosen", None)
    if chosen is not None and chosen.valid_until is not None:
        start = chosen.result_date or chosen.test_date or years_before(chosen.valid_until, 2)
        test = TEST_NAMES.get(chosen.test or "", chosen.test or "language result")
        spans.append(
            TimelineSpan(
                "Language result",
                start,
                chosen.valid_until,
                "language",
                f"{redact(test)} valid until {chosen.valid_until}",
                f"Result date {chosen.result_date or 'unknown'}; valid until {chosen.valid_until}",
                chosen.document,
            )
        )
    gaps, overlaps = gaps_and_overlaps(job_periods, window_start, window_end)
    for start, end in gaps:
        days = (end - start).days + 1
        spans.append(
            TimelineSpan(
                "Gaps and overlaps",
                start,
                end,
                "gap",
                f"gap {days} d",
                f"No documented work for {days} days",
                "calculation",
            )
        )
    for start, end in overlaps:
        days = (end - start).days + 1
        spans.append(
            TimelineSpan(
                "Gaps and overlaps",
                start,
                end,
                "overlap",
                f"overlap {days} d",
                f"Two or more jobs at once for {days} days (30 h/week cap applies)",
                "calculation",
            )
        )
    return build_timeline(window_start, window_end, as_of, spans)


def required_hours(checklists: Checklists) -> float:
    """The hours CEC-HOURS-001 requires (rules.yaml, or the firm's override)."""
    return float(checklists.param("CEC-HOURS-001", "required_hours"))
