"""Express Entry re-checks on the submission date (EE-*): the CRS and the category of the round.

IRPA A11.2: an officer refuses the e-APR when, on the ITA date or on the day it is submitted,
the applicant no longer has the score the invitation rested on (the round's cut-off) or, for a
category round, the category membership. case.yaml `crs.ita_date` and `crs.round` say which
round invited the applicant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from auditor.case.clb import ABILITIES, FRENCH, TestResult
from auditor.case.hours import Exclusion, HoursResult, Job, compute_hours, fmt, years_before
from auditor.case.work import Position
from auditor.crs.evidence import CrsEvidence
from auditor.crs.recheck import FRENCH_ROUND, GENERAL_ROUNDS, factor_changes
from auditor.i18n import tr
from auditor.models import Document, Finding
from auditor.rules.categories import OccupationCategory, shipped_categories
from auditor.rules.context import Context, evidence
from auditor.rules.registry import rule

FULL_TIME_YEAR_HOURS = 1560  # 30 h a week for 52 weeks: 12 months of full-time work
LETTER_FIELDS = ("noc_code", "start_date", "end_date", "hours_per_week")
LANGUAGE_FIELDS = (*ABILITIES, "result_date", "test_date")


def _weak_fields(documents: Iterable[Document], names: Sequence[str], floor: float) -> list[str]:
    """`path: field (62%)` for each named field read below the confidence floor."""
    out = []
    for d in documents:
        for name in names:
            f = d.fields.get(name)
            if f is not None and f.confidence < floor:
                out.append(f"{d.id}: {name} ({f.confidence:.0%})")
    return out


def _documents(ctx: Context, paths: Iterable[str]) -> list[Document]:
    wanted = set(paths)
    return [d for d in ctx.documents if d.id in wanted]


def _as_of_label(ctx: Context) -> str:
    if ctx.intake.submission_date == ctx.as_of:
        return f"{ctx.as_of.isoformat()} (the submission date)"
    return f"{ctx.as_of.isoformat()} (the audit's as-of date)"


# --- EE-CRS-001 ----------------------------------------------------------------------------


def _language_unsure(ctx: Context, crs: CrsEvidence) -> str | None:
    """Why the first-language points on the as-of date rest on no reading a person can trust."""
    if "first_language" in crs.evidenced:
        return None
    results = ctx.language.results if ctx.language else ()
    if not results:
        return "first language: no language test result in the file"
    if "first_language" in crs.declared:
        return (
            "first language: no result valid on the date, but crs.first_language is declared "
            "and scored"
        )
    unread = [r.document for r in results if r.minimum is None or r.expired(ctx.as_of) is None]
    if unread:
        return f"first language: scores or validity not read on {', '.join(unread)}"
    return None  # every result was read: none is valid that day, so it earns nothing


def _unsure_inputs(ctx: Context, crs: CrsEvidence) -> list[str]:
    """The inputs of the score on the as-of date that were not read with confidence."""
    floor = float(ctx.param("min_confidence"))
    out = []
    if "age" not in crs.evidenced:
        out.append("age: no passport date of birth was read")
    language = _language_unsure(ctx, crs)
    if language:
        out.append(language)
    out += [f"{k}: neither shown nor declared" for k in crs.missing if k == "education"]
    out += [
        f"Canadian work: hours of {j.employer} ({j.document}) could not be counted"
        for j in ctx.hours.unknown
    ]
    sources = ctx.crs_sources
    out += _weak_fields(_documents(ctx, sources.get("age", ())), ("date_of_birth",), floor)
    out += _weak_fields(_documents(ctx, sources.get("first_language", ())), LANGUAGE_FIELDS, floor)
    out += _weak_fields(
        _documents(ctx, sources.get("canadian_work_years", ())), LETTER_FIELDS, floor
    )
    return out


@rule("EE-CRS-001")
def crs_on_submission(ctx: Context) -> list[Finding]:
    """The CRS the evidence supports on the submission date reaches the round's cut-off."""
    crs = ctx.crs
    if crs is None:
        return [
            ctx.finding(
                "unknown", tr("No CRS grid covers {date}; check the score by hand.", date=ctx.as_of)
            )
        ]
    ita, invitation = crs.ita_date, crs.invitation_round
    if ita is None and invitation is None:
        # Not invited yet: nothing to re-check. Listed as passed (not applicable), so the
        # report says why the re-check did not run without adding an info line to every case.
        return [
            ctx.finding(
                "passed",
                tr(
                    "Not applicable: case.yaml records no invitation (crs.ita_date, crs.round), "
                    "so neither the CRS against the round's cut-off nor, for a category round, "
                    "the category membership was re-checked on the submission date "
                    "(EE-CATEGORY-001 did not run). Add both once the ITA is received."
                ),
            )
        ]
    missing = [
        key
        for key, absent in (
            ("crs.ita_date", ita is None),
            ("crs.round", invitation is None),
            ("crs.round.cutoff", invitation is not None and invitation.cutoff is None),
        )
        if absent
    ]
    if missing:
        return [
            ctx.finding(
                "unknown",
                tr(
                    "case.yaml gives no {keys}: the A11.2 re-check needs the ITA date and the "
                    "round's cut-off. Add them from the invitation.",
                    keys=", ".join(missing),
                ),
                ["case.yaml"],
            )
        ]
    assert ita is not None and invitation is not None and invitation.cutoff is not None
    if crs.result is None:
        return [ctx.finding("unknown", "The CRS could not be scored: " + " ".join(crs.notes))]
    if ita > ctx.as_of:
        return [
            ctx.finding(
                "unknown",
                f"crs.ita_date {ita} is after {_as_of_label(ctx)}: check the dates.",
                ["case.yaml"],
            )
        ]
    score, cutoff, claimed = crs.result.total, invitation.cutoff, crs.claimed_score
    invited = ctx.crs_invited.result if ctx.crs_invited is not None else None
    text = [f"CRS the evidence supports on {_as_of_label(ctx)}: {score}."]
    text.append(f"The {invitation.type} round of {ita} invited down to {cutoff}.")
    if claimed is not None:
        text.append(f"The profile declared {claimed}.")
    if invited is not None:
        changes = factor_changes(invited, crs.result)
        text.append(f"On the ITA date the evidence supported {invited.total}.")
        text.append(
            "Changed since the ITA: " + "; ".join(c.describe(ctx.as_of) for c in changes) + "."
            if changes
            else "No factor changed between the ITA and this date."
        )
    if crs.declared:
        text.append(f"Taken as declared in case.yaml: {', '.join(crs.declared)}.")
    below = []
    if score < cutoff:
        below.append(f"{cutoff - score} below the cut-off {cutoff}")
    if claimed is not None and score < claimed:
        below.append(f"{claimed - score} below the declared {claimed}")
    unsure = _unsure_inputs(ctx, crs)
    documents = ["case.yaml", *(p for paths in ctx.crs_sources.values() for p in paths)]
    message = " ".join(text)
    if unsure:
        return [
            ctx.finding(
                "unknown",
                f"{message} Not read with confidence, check by hand: {'; '.join(unsure)}.",
                documents,
            )
        ]
    if below:
        return [
            ctx.finding(
                "failed",
                f"{message} The score is {' and '.join(below)}: IRCC re-checks it on the "
                "submission date (IRPA A11.2).",
                documents,
            )
        ]
    return [ctx.finding("passed", message, documents)]


# --- EE-CATEGORY-001 -----------------------------------------------------------------------


def _continuous_runs(hours: HoursResult) -> list[float]:
    """Counted hours of each run of consecutive calendar weeks with counted work."""
    runs: list[float] = []
    previous: dt.date | None = None
    for week in sorted(hours.weeks, key=lambda w: w.week_start):
        if week.counted <= 0:
            previous = None
            continue
        if previous is not None and week.week_start - previous == dt.timedelta(days=7):
            runs[-1] += week.counted
        else:
            runs.append(week.counted)
        previous = week.week_start
    return runs


def _category_job(position: Position, category: OccupationCategory) -> Job:
    """The job as a category round counts it: a TEER 4-5 code can be on a list, and work abroad
    counts unless the category needs Canadian experience; self-employed or unpaid work never."""
    job = position.job
    counts_anyway = {"CEC-TEER-001"} | (
        set() if category.canadian_experience else {"CEC-ABROAD-001"}
    )
    if job.excluded_rule in counts_anyway:
        return replace(job, excluded_reason=None, excluded_rule=None)
    return job


def _exclusions(ctx: Context, jobs: Sequence[Job]) -> list[Exclusion]:
    """Periods that do not count; work abroad needs no Canadian work permit."""
    abroad = {p.job.document for p in ctx.work.positions if p.in_canada.value is False} & {
        j.document for j in jobs
    }
    return [
        e for e in ctx.work.exclusions if not (e.rule == "CEC-STATUS-001" and e.document in abroad)
    ]


@dataclass(frozen=True)
class OccupationHours:
    """What the jobs in a category's listed occupations add up to, one NOC code at a time."""

    code: str | None  # the listed code whose hours reach the requirement, if any
    reached: tuple[str, ...]  # "NOC 32101: 1,272.86 h counted", for each listed code held
    unsure: tuple[str, ...]  # jobs in listed codes whose hours or dates were not read
    positions: tuple[Position, ...]  # the positions in listed codes


def _occupation_hours(ctx: Context, category: OccupationCategory) -> OccupationHours:
    required = float(ctx.param("required_hours"))
    continuous = bool(ctx.param("continuous"))
    eligible = tuple(p for p in ctx.work.positions if p.job.noc in category.codes)
    reached, unsure = [], []
    for code in sorted({p.job.noc for p in eligible if p.job.noc}):
        jobs = [_category_job(p, category) for p in eligible if p.job.noc == code]
        result = compute_hours(
            jobs,
            _exclusions(ctx, jobs),
            ctx.as_of,
            int(ctx.param("window_years")),
            float(ctx.param("weekly_cap_hours")),
        )
        runs = _continuous_runs(result)
        counted = max(runs, default=0.0) if continuous else result.qualifying_hours
        if counted >= required:
            return OccupationHours(code, (), (), eligible)
        how = "in one continuous period" if continuous else "counted"
        reached.append(f"NOC {code}: {fmt(counted)} h {how}")
        unsure += [f"{j.employer} ({j.document}): hours or dates not read" for j in result.unknown]
    return OccupationHours(None, tuple(reached), tuple(unsure), eligible)


@rule("EE-CATEGORY-001")
def category_membership(ctx: Context) -> list[Finding]:
    """In a category round, the evidence shows category membership on the submission date."""
    invitation = ctx.crs.invitation_round if ctx.crs is not None else None
    if invitation is None:
        return []  # no invitation recorded: EE-CRS-001 says the re-checks did not run
    if invitation.type in GENERAL_ROUNDS:
        return [
            ctx.finding(
                "passed",
                f"A {invitation.type} round is not a category round: no category to show.",
                ["case.yaml"],
            )
        ]
    if invitation.type == FRENCH_ROUND:
        return [_french(ctx)]
    categories = shipped_categories()
    category = categories.get(invitation.type)
    if category is None:
        return [
            ctx.finding(
                "unknown",
                f"crs.round.type {invitation.type!r} is not general, cec, french or a category "
                f"of checklists/categories.yaml ({', '.join(categories)}): check the round.",
                ["case.yaml"],
            )
        ]
    return [_occupation_category(ctx, category)]


def _occupation_category(ctx: Context, category: OccupationCategory) -> Finding:
    caveat = category.caveat()
    ita = ctx.crs.ita_date if ctx.crs is not None else None
    window = years_before(ctx.as_of, int(ctx.param("window_years")))
    required = float(ctx.param("required_hours"))
    months = round(required / (FULL_TIME_YEAR_HOURS / 12))
    need = f"{fmt(required)} h ({months} months full-time or the equivalent)"
    where = " in Canada" if category.canadian_experience else ""
    head = f"{category.title} round ({category.name}): needs {need}{where} in one listed "
    head += f"occupation between {window} and {_as_of_label(ctx)}."
    held = _occupation_hours(ctx, category)
    code, reached, unsure, eligible = held.code, held.reached, list(held.unsure), held.positions
    letters = [p.letter.id for p in eligible or ctx.work.positions]
    proof = [e for p in eligible for e in evidence(p.letter, "noc_code", "start_date")]
    tail = f" {caveat}" if caveat else ""
    if ita is not None and ita < category.effective_from:
        return ctx.finding(
            "unknown",
            f"{head} The ITA ({ita}) predates the list in checklists/categories.yaml (in force "
            f"from {category.effective_from}): check the list in force that day.{tail}",
            ["case.yaml", *letters],
            proof,
        )
    if code is not None:
        return ctx.finding("passed", f"{head} NOC {code} reaches it.{tail}", letters, proof)
    floor = float(ctx.param("min_confidence"))
    unsure += _weak_fields([p.letter for p in eligible], LETTER_FIELDS, floor)
    unsure += [
        f"{p.letter.id}: NOC code not known ({p.noc_raw or 'none'})"
        for p in ctx.work.positions
        if p.job.teer is None
    ]
    others = sorted({p.job.noc for p in ctx.work.positions if p.job.noc} - category.codes)
    found = "; ".join(reached) if reached else "no job in a listed occupation"
    text = f"{head} Found: {found}."
    if others:
        text += f" Not on the list: NOC {', '.join(others)}."
    if unsure:
        return ctx.finding(
            "unknown",
            f"{text} Check by hand: {'; '.join(unsure)}.{tail}",
            letters,
            proof,
        )
    return ctx.finding("failed", f"{text}{tail}", letters, proof)


def _describe(result: TestResult, day: dt.date) -> str:
    levels = " ".join(
        f"{a[0].upper()}{result.clb[a] if result.clb[a] is not None else '?'}" for a in ABILITIES
    )
    state = {True: "expired", False: "valid", None: "validity unknown"}[result.expired(day)]
    return f"{result.test} ({result.document}): NCLC {levels}, {state} on {day}"


def _french(ctx: Context) -> Finding:
    need = int(ctx.param("french_nclc"))
    day = ctx.as_of
    head = (
        f"French-language proficiency round: needs NCLC {need} in all four abilities of a "
        f"TEF Canada or TCF Canada result valid on {_as_of_label(ctx)}."
    )
    results = [r for r in (ctx.language.results if ctx.language else ()) if r.test in FRENCH]
    documents = [r.document for r in results] or ["case.yaml"]
    docs = _documents(ctx, (r.document for r in results))
    proof = [e for d in docs for e in evidence(d, *ABILITIES)]
    found = "; ".join(_describe(r, day) for r in results) or "no French test result in the file"
    good = [
        r for r in results if r.accepted and r.expired(day) is False and (r.minimum or 0) >= need
    ]
    weak = _weak_fields(docs, LANGUAGE_FIELDS, float(ctx.param("min_confidence")))
    if good and not weak:
        return ctx.finding("passed", f"{head} Found: {found}.", documents, proof)
    unsure = weak + [
        f"{r.document}: scores or validity not read"
        for r in results
        if r.accepted is not False and (r.minimum is None or r.expired(day) is None)
    ]
    if unsure:
        return ctx.finding(
            "unknown",
            f"{head} Found: {found}. Check by hand: {'; '.join(unsure)}.",
            documents,
            proof,
        )
    return ctx.finding("failed", f"{head} Found: {found}.", documents, proof)
