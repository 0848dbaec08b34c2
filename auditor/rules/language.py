"""Language rules (LANG-*): a result exists, is accepted, valid, high enough, and consistent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from auditor.case.clb import (
    ABILITIES,
    FULL_YEAR_GROUP,
    LanguageResult,
    TestResult,
    score_problems,
)
from auditor.i18n import Text, join, tr, trn
from auditor.models import Document, Evidence, Finding, Status
from auditor.rules.certainty import label, shown
from auditor.rules.context import Context, compared, evidence, number
from auditor.rules.registry import rule

# The day TEF Canada's new scale began: results before it are on the old scale.
NEW_TEF_SCALE = dt.date(2023, 12, 11)


def _doc(ctx: Context, result: TestResult) -> Document:
    return next(d for d in ctx.documents if d.id == result.document)


@rule("LANG-MISSING-001")
def missing(ctx: Context) -> list[Finding]:
    """The file must hold a language test result."""
    tests = ctx.of_kind("language_test")
    if tests:
        return [
            ctx.finding(
                "passed",
                trn(
                    "{n} language result in the file.",
                    "{n} language results in the file.",
                    len(tests),
                ),
                tests,
            )
        ]
    if ctx.of_kind("unreadable"):
        return [
            ctx.finding(
                "unknown",
                tr(
                    "No language result found, but some documents could not be read and may "
                    "hold one."
                ),
                ctx.of_kind("unreadable"),
            )
        ]
    text = (
        tr(
            "No language test result in the file (case.yaml declares {test}).",
            test=ctx.intake.language[0].test,
        )
        if ctx.intake.language
        else tr("No language test result in the file.")
    )
    return [
        ctx.finding(
            "failed",
            text,
            details={"missing": "language_test"},
        )
    ]


@rule("LANG-TEST-001")
def accepted(ctx: Context) -> list[Finding]:
    """The test and version must be one IRCC accepts."""
    out: list[Finding] = []
    lang = ctx.language
    if lang is None:
        return out
    any_ok = any(r.accepted for r in lang.results)
    for r in lang.results:
        doc = _doc(ctx, r)
        ev = evidence(doc, "test")
        if r.accepted is None:
            text: str = (
                tr("the test type could not be read; check it is a designated test.")
                if r.test is None
                else tr(
                    "the test {test!r} is not one the auditor knows; check it is a designated "
                    "test.",
                    test=r.test,
                )
            )
            out.append(ctx.on(doc, "unknown", text, ev))
        elif r.accepted:
            found = ctx.doubts(doc, "test")
            status, text, details = ctx.unsure(
                "passed", tr("{test} is accepted.", test=r.test), found
            )
            out.append(ctx.on(doc, status, text, ev, details=details))
        else:
            out.append(_refused(ctx, doc, r, any_ok))
    return out


def _refused(ctx: Context, doc: Document, r: TestResult, any_ok: bool) -> Finding:
    """A test IRCC does not accept: only noted (info) when an accepted result is in the file."""
    text = (
        tr(
            "{test} is not accepted for Express Entry: {why}.",
            test=r.test,
            why=r.refused_because,
        )
        if r.refused_because
        else tr(
            "{test} is not accepted for Express Entry (accepted: CELPIP-General, IELTS General "
            "Training, PTE Core, TEF Canada, TCF Canada).",
            test=r.test,
        )
    )
    if any_ok:
        text = tr(
            "{text} Another accepted result is in the file, so this one is only noted.",
            text=text,
        )
    dated = evidence(doc, "test_date", "result_date") if r.test == "pte_core" else ()
    return ctx.on(doc, "failed", text, evidence(doc, "test") + dated, "info" if any_ok else None)


Judgement = Callable[[LanguageResult, TestResult], tuple[Status, str] | None]


def _on_chosen(
    ctx: Context, judge: Judgement, *fields: str, also: tuple[str, ...] = ()
) -> list[Finding]:
    """The finding the judgement makes of the result that counts (none: no finding); the
    judgement rests on `fields`, so a value among them read without confidence makes it
    unknown; `also` are shown beside them."""
    lang = ctx.language
    if lang is None or lang.chosen is None:
        return []
    judged = judge(lang, lang.chosen)
    if judged is None:
        return []
    doc = _doc(ctx, lang.chosen)
    status, text, details = ctx.unsure(*judged, ctx.doubts(doc, *fields, required=False))
    ev = compared(evidence(doc, *fields), shown(doc, *(n for n in also if n not in fields)))
    return [ctx.on(doc, status, text, ev, details=details)]


def _dated_by(r: TestResult) -> str:
    """The date the result's validity is counted from: its result date, else its test date."""
    return "result_date" if r.result_date is not None and not r.old_tef else "test_date"


@rule("LANG-EXPIRED-001")
def expired(ctx: Context) -> list[Finding]:
    """The result must be under 2 years old on the submission date."""
    years = int(ctx.param("valid_years"))
    chosen = ctx.language.chosen if ctx.language else None
    dated = _dated_by(chosen) if chosen else "result_date"
    return _on_chosen(
        ctx,
        lambda _, r: _validity(r, ctx.as_of, years),
        dated,
        also=("result_date", "test_date"),
    )


def _validity(r: TestResult, as_of: dt.date, years: int) -> tuple[Status, str]:
    if r.old_tef:
        return "failed", tr(
            "TEF Canada taken {taken}, before {scale}; results on the old scale have all expired.",
            taken=r.test_date or r.result_date,
            scale=NEW_TEF_SCALE,
        )
    state = r.expired(as_of)
    if state is None:
        return (
            "unknown",
            tr(
                "no result date; cannot tell whether the result is still valid on {as_of}.",
                as_of=as_of,
            ),
        )
    if state:
        return "failed", tr(
            "result date {result_date} + {years} years = valid until {until}, before the "
            "submission date {as_of}.",
            result_date=r.result_date,
            years=years,
            until=r.valid_until,
            as_of=as_of,
        )
    if r.valid_until:
        return "passed", tr("valid until {until}.", until=r.valid_until)
    return "passed", tr(
        "taken {taken}, so valid at least until {as_of}.", taken=r.test_date, as_of=as_of
    )


@rule("LANG-EXPIRING-001")
def expiring(ctx: Context) -> list[Finding]:
    """Warn when the result expires soon after the submission date."""
    days = int(ctx.param("expiring_days"))
    return _on_chosen(ctx, lambda _, r: _expiry_warning(r, ctx.as_of, days), "result_date")


def _expiry_warning(r: TestResult, as_of: dt.date, days: int) -> tuple[Status, str] | None:
    """None when the result has already expired (LANG-EXPIRED-001 says so)."""
    if r.expired(as_of):
        return None
    if r.valid_until is None:
        return "unknown", tr("no result date, so the expiry date is unknown.")
    left = (r.valid_until - as_of).days
    if left > days:
        return "passed", tr(
            "valid until {until}, {left} days after {as_of}.",
            until=r.valid_until,
            left=left,
            as_of=as_of,
        )
    return "failed", tr(
        "valid until {until}, {left} days after the submission date {as_of} (warning at {days} "
        "days). If the e-APR slips, the result expires.",
        until=r.valid_until,
        left=left,
        as_of=as_of,
        days=days,
    )


@rule("LANG-CLB-001")
def clb(ctx: Context) -> list[Finding]:
    """Every ability at or above the CLB minimum of the applicant's TEER group: failed on an
    ability read with confidence below it, passed when all four were read with confidence."""
    minimums = (int(ctx.param("clb_teer_0_1")), int(ctx.param("clb_teer_2_3")))
    lowest, highest = min(minimums), max(minimums)
    lang = ctx.language
    if lang is None or lang.chosen is None:
        return []
    r, doc = lang.chosen, _doc(ctx, lang.chosen)
    unsure = {d.field: d for d in ctx.doubts(doc, *ABILITIES, required=False)}
    sure = {a: level for a, level in r.clb.items() if a not in unsure}
    status, text, low = _levels(lang, r, sure, lowest, highest)
    details = None
    if status != "failed":
        status, text, details = ctx.unsure(status, text, list(unsure.values()))
    # The abilities below the minimum decide a failure; the others are shown beside them.
    decisive = low if status == "failed" else list(ABILITIES)
    ev = compared(
        evidence(doc, *decisive), shown(doc, *(a for a in ABILITIES if a not in decisive))
    )
    return [ctx.on(doc, status, text, ev, details=details)]


def _levels(
    lang: LanguageResult,
    r: TestResult,
    sure: dict[str, int | None],
    lowest: int,
    highest: int,
) -> tuple[Status, str, list[str]]:
    """The levels against the minimum of the TEER group (without one, against both minimums),
    and the abilities below it. Only the `sure` levels (read with confidence) can fail."""
    if r.old_tef:
        return (
            "unknown",
            tr("TEF result on the pre-{scale} scale is not converted.", scale=NEW_TEF_SCALE),
            [],
        )
    levels = join(
        (
            tr(
                "{ability} {level}",
                ability=label(a),
                level="?" if r.clb[a] is None else str(r.clb[a]),
            )
            for a in ABILITIES
        ),
        ", ",
    )
    need = lang.required_clb
    known = [v for v in r.clb.values() if v is not None]
    if need is None:
        below = [a for a, v in sure.items() if v is not None and v < lowest]
        if below:
            return (
                "failed",
                tr(
                    "CLB {levels}; below {lowest}, the lowest minimum of any TEER group.",
                    levels=levels,
                    lowest=lowest,
                ),
                below,
            )
        if len(known) == 4 and min(known) >= highest:
            return (
                "passed",
                tr(
                    "CLB {levels}; at least {highest}, the highest minimum.",
                    levels=levels,
                    highest=highest,
                ),
                [],
            )
        return (
            "unknown",
            tr(
                "CLB {levels}; the TEER of the experience is unknown, so the minimum ({lowest} "
                "or {highest}) is unknown.",
                levels=levels,
                lowest=lowest,
                highest=highest,
            ),
            [],
        )
    group = _basis(lang.teer_group)
    low = [a for a in ABILITIES if (level := sure.get(a)) is not None and level < need]
    if low:
        return (
            "failed",
            tr(
                "CLB {levels}; {low} below the minimum CLB {need}{group}.",
                levels=levels,
                low=join((label(a) for a in low), ", "),
                need=need,
                group=group,
            ),
            low,
        )
    if len(known) < 4:
        return "unknown", tr("CLB {levels}; some scores could not be read.", levels=levels), []
    if any(v is not None and v < need for v in r.clb.values()):
        return (
            "unknown",
            tr(
                "CLB {levels}; below the minimum CLB {need}{group}.",
                levels=levels,
                need=need,
                group=group,
            ),
            [],
        )
    return (
        "passed",
        tr("CLB {levels}; all at least CLB {need}{group}.", levels=levels, need=need, group=group),
        [],
    )


def _basis(group: str | None) -> Text:
    """Why this minimum, for the message (it follows the minimum, after a space)."""
    if group == FULL_YEAR_GROUP:
        return tr(" (a full qualifying year in TEER 2-3 stands on its own: checklist option)")
    if group:
        return tr(" ({group} holds most qualifying experience)", group=group)
    return Text("", {})


@rule("LANG-SCORE-001")
def scores(ctx: Context) -> list[Finding]:
    """Scores in range; the printed IELTS overall agrees with the bands. A score out of range
    is what this rule reports, so it is not a doubt here; a score read without confidence is."""
    names = (*ABILITIES, "overall")
    return [
        ctx.on(
            doc,
            *_score_check(doc),
            tuple(Evidence.of(doc, f, n) for n in names if (f := doc.fields.get(n)) is not None)
            or evidence(doc),
        )
        for doc in ctx.of_kind("language_test")
    ]


def _score_check(doc: Document) -> tuple[Status, str]:
    test = doc.value("test")
    values = {a: number(doc, a) for a in ABILITIES}
    if not isinstance(test, str) or any(v is None for v in values.values()):
        return "unknown", tr("the test type or a score could not be read.")
    problems = score_problems(test, values, number(doc, "overall"))
    if problems:
        return "failed", tr(
            "{problems} (a misread or an altered document).", problems=join(problems, "; ")
        )
    if doc.value("overall") is not None:
        return "passed", tr("scores in range and overall consistent.")
    return "passed", tr("scores in range.")
