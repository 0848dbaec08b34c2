"""From extracted documents and case.yaml to findings, eligibility and the hours timeline."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from auditor.case.clb import (
    ABILITIES,
    FRENCH,
    LanguageResult,
    TestResult,
    choose,
    convert,
    required_clb,
)
from auditor.case.hours import HoursResult, compute_hours
from auditor.case.intake import Intake
from auditor.case.work import WorkFacts, assemble
from auditor.crs.evidence import CrsEvidence, crs_from_evidence
from auditor.crs.grid import NoGridError
from auditor.models import Document, Finding
from auditor.result import Evaluation
from auditor.rules.catalogue import RULES
from auditor.rules.certainty import settle
from auditor.rules.checklist import Checklists
from auditor.rules.context import Context, date, number
from auditor.rules.qa import evaluate_items
from auditor.rules.related import group_related

log = logging.getLogger(__name__)

CRS_WORK_YEARS = 10  # CRS counts Canadian work in the 10 years before the as-of date


def language_result(
    documents: Sequence[Document],
    as_of: dt.date,
    hours: HoursResult,
    work: WorkFacts,
    checklists: Checklists,
) -> LanguageResult | None:
    """Convert every language result; choose the one that counts; the CLB the TEER requires."""
    tests = [d for d in documents if d.kind == "language_test"]
    if not tests:
        return None
    refused = tuple(str(t) for t in checklists.param("LANG-TEST-001", "also_not_accepted"))
    valid_years = int(checklists.param("LANG-EXPIRED-001", "valid_years"))
    results = []
    for doc in tests:
        test = doc.value("test")
        results.append(
            convert(
                doc.id,
                test if isinstance(test, str) else None,
                {a: number(doc, a) for a in ABILITIES},
                date(doc, "result_date"),
                date(doc, "test_date"),
                refused,
                valid_years,
                one_skill_retake=doc.value("one_skill_retake") is True,
            )
        )
    teers = [p.job.teer for p in work.positions if p.job.teer is not None]
    full_year = checklists.param("LANG-CLB-001", "teer_2_3_full_year") is True
    needed, group = required_clb(
        hours.hours_by_teer,
        teers,
        str(checklists.param("LANG-CLB-001", "mixed_experience")),
        int(checklists.param("LANG-CLB-001", "clb_teer_0_1")),
        int(checklists.param("LANG-CLB-001", "clb_teer_2_3")),
        float(checklists.param("CEC-HOURS-001", "required_hours")) if full_year else None,
    )
    return LanguageResult(tuple(results), choose(tuple(results), as_of), needed, group)


def _eligibility(
    hours: HoursResult, language: LanguageResult | None, required_hours: float
) -> dict[str, Any]:
    teer = max(hours.hours_by_teer, key=lambda t: (hours.hours_by_teer[t], -t), default=None)
    lang: dict[str, Any] = {"test": None, "clb": None, "required_clb": None, "valid_until": None}
    if language is not None:
        lang["required_clb"] = language.required_clb
        if language.chosen is not None:
            chosen = language.chosen
            lang.update(
                test=chosen.test,
                clb=dict(chosen.clb),
                valid_until=chosen.valid_until.isoformat() if chosen.valid_until else None,
            )
    return {
        "window": {"start": hours.window_start.isoformat(), "end": hours.window_end.isoformat()},
        "qualifying_hours": hours.qualifying_hours,
        "required_hours": int(required_hours),
        "teer": teer,
        "language": lang,
    }


def _run(rule_id: str, ctx: Context) -> list[Finding]:
    try:
        return RULES[rule_id](ctx)
    except Exception as exc:  # a rule bug must not stop the audit; it must not pass either
        log.exception("rule %s crashed", rule_id)
        return [
            ctx.for_rule(rule_id).finding(
                "unknown",
                f"The check could not run ({type(exc).__name__}: "
                f"{exc}); check this by hand and report the bug.",
            )
        ]


def evaluate(
    documents: Sequence[Document],
    intake: Intake,
    as_of: dt.date,
    checklists: Checklists,
) -> Evaluation:
    """Run every registered rule and every QA item over the case."""
    docs = tuple(documents)
    work = assemble(
        docs, intake, as_of, float(checklists.param("CEC-STATUS-001", "min_confidence"))
    )
    hours = compute_hours(
        [p.job for p in work.positions],
        work.exclusions,
        as_of,
        int(checklists.param("CEC-HOURS-001", "window_years")),
        float(checklists.param("CEC-HOURS-001", "weekly_cap_hours")),
    )
    language = language_result(docs, as_of, hours, work, checklists)
    crs = crs_evidence(docs, intake, as_of, work, language)
    invited = _crs_on_ita_date(docs, intake, crs, hours, work, checklists)
    ctx = Context(
        docs,
        intake,
        as_of,
        checklists,
        work,
        hours,
        language,
        crs,
        _crs_sources(docs, language),
        crs_invited=invited,
    )
    findings: list[Finding] = []
    for rule_id in RULES:
        if checklists.enabled(rule_id):  # a checklist may turn a rule off, with a reason
            findings.extend(_run(rule_id, ctx))
    try:
        # QA items fail only on values read with confidence too (CONTRACT.md section 3).
        findings.extend(settle(evaluate_items(ctx), ctx.min_confidence))
    except Exception as exc:
        log.exception("QA items crashed")
        findings.append(
            ctx.for_rule("DOC-UNKNOWN-001").finding(
                "unknown",
                f"The firm's QA items could not run ({exc}).",
                severity="warning",
            )
        )
    return Evaluation(
        group_related(findings),  # one problem, one finding
        _eligibility(hours, language, float(checklists.param("CEC-HOURS-001", "required_hours"))),
        hours,
        language,
        crs,
        invited,
        work,
    )


def _crs_on_ita_date(
    docs: Sequence[Document],
    intake: Intake,
    crs: CrsEvidence | None,
    hours: HoursResult,
    work: WorkFacts,
    checklists: Checklists,
) -> CrsEvidence | None:
    """The CRS the evidence supported on the ITA date (case.yaml `crs.ita_date`), when one is
    given and falls before the as-of date: the baseline of the A11.2 re-check (EE-CRS-001)."""
    ita = crs.ita_date if crs is not None else None
    if crs is None or ita is None or ita >= crs.as_of:
        return None
    language = language_result(docs, ita, hours, work, checklists)
    return crs_evidence(docs, intake, ita, work, language)


def _scored_on(result: TestResult, day: dt.date) -> bool:
    """Whether a result earns CRS points on `day`: accepted, and not known to have expired."""
    return result.accepted is True and result.expired(day) is not True


def _best_other_language(
    language: LanguageResult, first: str | None, day: dt.date
) -> TestResult | None:
    """The best accepted result in the other official language, for CRS second-language points."""
    french_first = first in FRENCH
    others = [
        r
        for r in language.results
        if _scored_on(r, day)
        and r.test is not None
        and (r.test in FRENCH) != french_first
        and r.minimum is not None
    ]
    return max(others, key=lambda r: r.minimum or 0, default=None)


def _crs_sources(
    docs: Sequence[Document], language: LanguageResult | None
) -> dict[str, tuple[str, ...]]:
    passports = tuple(d.id for d in docs if d.kind == "passport")
    letters = tuple(d.id for d in docs if d.kind == "employment_letter")
    first = (language.chosen.document,) if language and language.chosen else ()
    return {"age": passports, "first_language": first, "canadian_work_years": letters}


def _levels(clb: Mapping[str, int | None]) -> dict[str, int]:
    """The abilities whose CLB is known (a result with an unknown one has no minimum)."""
    return {ability: level for ability, level in clb.items() if level is not None}


def crs_evidence(
    docs: Sequence[Document],
    intake: Intake,
    as_of: dt.date,
    work: WorkFacts,
    language: LanguageResult | None,
) -> CrsEvidence | None:
    """The CRS score from the documents (age, languages, 10 years of Canadian work), case.yaml."""
    dob = next(
        (
            born
            for d in docs
            if d.kind == "passport" and isinstance(born := d.value("date_of_birth"), dt.date)
        ),
        None,
    )
    chosen = language.chosen if language else None
    if chosen is not None and not _scored_on(chosen, as_of):
        chosen = None  # refused, or expired on the date: it earns no CRS points that day
    first_clb = _levels(chosen.clb) if chosen and chosen.minimum is not None else None
    second = (
        _best_other_language(language, chosen.test if chosen else None, as_of) if language else None
    )
    hours10 = compute_hours([p.job for p in work.positions], work.exclusions, as_of, CRS_WORK_YEARS)
    void = _void_languages(language, chosen, second, as_of)
    try:
        return crs_from_evidence(
            as_of=as_of,
            date_of_birth=dob,
            first_language_clb=first_clb,
            second_language_clb=_levels(second.clb) if second else None,
            canadian_hours=hours10.qualifying_hours,
            declared=intake.crs,
            source=intake.path or "case.yaml",
            first_language_test=chosen.test if chosen else None,
            second_language_test=second.test if second else None,
            void=void,
        )
    except NoGridError:
        return None


def _why_no_points(result: TestResult, day: dt.date) -> str:
    if result.accepted is not True:
        return f"the {result.test or 'language'} result ({result.document}) is not accepted"
    until = f" on {result.valid_until}" if result.valid_until else ""
    return f"the {result.test} result ({result.document}) expired{until}, before {day}"


def _void_languages(
    language: LanguageResult | None,
    first: TestResult | None,
    second: TestResult | None,
    day: dt.date,
) -> dict[str, str]:
    """The language inputs a document shows that earn no CRS points on `day` (expired or not
    accepted), with why: case.yaml `crs:` must not score them either."""
    if language is None or language.chosen is None:
        return {}
    void: dict[str, str] = {}
    chosen = language.chosen
    if first is None:
        void["first_language"] = _why_no_points(chosen, day)
    french_first = (first or chosen).test in FRENCH
    if second is None:
        others = [r for r in language.results if r.test and (r.test in FRENCH) != french_first]
        if others:
            void["second_language"] = _why_no_points(others[0], day)
    return void
