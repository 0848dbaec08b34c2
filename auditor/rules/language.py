"""Language rules (LANG-*): a result exists, is accepted, valid, high enough, and consistent."""

from __future__ import annotations

from auditor.case.clb import ABILITIES, TestResult, score_problems
from auditor.models import Document, Finding
from auditor.rules.context import Context, evidence, is_number
from auditor.rules.registry import rule


def _doc(ctx: Context, result: TestResult) -> Document:
    return next(d for d in ctx.documents if d.path == result.document)


@rule("LANG-MISSING-001")
def missing(ctx: Context) -> list[Finding]:
    """LANG-MISSING-001: the file must hold a language test result."""
    tests = ctx.of_kind("language_test")
    if tests:
        return [ctx.finding("passed", f"{len(tests)} language result(s) in the file.", tests)]
    if ctx.of_kind("unreadable"):
        return [
            ctx.finding(
                "unknown",
                "No language result found, but some documents could not be read and may hold one.",
                ctx.of_kind("unreadable"),
            )
        ]
    claimed = f" (case.yaml declares {ctx.intake.language[0].test})" if ctx.intake.language else ""
    return [ctx.finding("failed", f"No language test result in the file{claimed}.")]


@rule("LANG-TEST-001")
def accepted(ctx: Context) -> list[Finding]:
    """LANG-TEST-001: the test and version must be one IRCC accepts."""
    out: list[Finding] = []
    lang = ctx.language
    if lang is None:
        return out
    any_ok = any(r.accepted for r in lang.results)
    for r in lang.results:
        doc = _doc(ctx, r)
        ev = evidence(doc, "test")
        if r.accepted is None:
            out.append(
                ctx.on(
                    doc,
                    "unknown",
                    f"the test "
                    f"{'type could not be read' if r.test is None else repr(r.test)}"
                    " is not one the auditor knows; check it is a designated test.",
                    ev,
                )
            )
        elif r.accepted:
            out.append(ctx.on(doc, "passed", f"{r.test} is accepted.", ev))
        else:
            extra = (
                " Another accepted result is in the file, so this one is only noted."
                if any_ok
                else ""
            )
            why = (
                f": {r.refused_because}."
                if r.refused_because
                else " (accepted: CELPIP-General, IELTS General Training, PTE Core, TEF Canada, "
                "TCF Canada)."
            )
            dated = evidence(doc, "test_date", "result_date") if r.refused_because else ()
            out.append(
                ctx.on(
                    doc,
                    "failed",
                    f"{r.test} is not accepted for Express Entry{why}" + extra,
                    ev + dated,
                    severity="info" if any_ok else None,
                )
            )
    return out


@rule("LANG-EXPIRED-001")
def expired(ctx: Context) -> list[Finding]:
    """LANG-EXPIRED-001: the result must be under 2 years old on the submission date."""
    lang = ctx.language
    if lang is None or lang.chosen is None:
        return []
    r = lang.chosen
    doc = _doc(ctx, r)
    ev = evidence(doc, "result_date", "test_date")
    state = r.expired(ctx.as_of)
    if r.old_tef:
        return [
            ctx.on(
                doc,
                "failed",
                f"TEF Canada taken "
                f"{r.test_date or r.result_date}, before 2023-12-11; results on the "
                "old scale have all expired.",
                ev,
            )
        ]
    if state is None:
        return [
            ctx.on(
                doc,
                "unknown",
                f"no result date; cannot tell whether the result is still valid on {ctx.as_of}.",
                ev,
            )
        ]
    if state:
        return [
            ctx.on(
                doc,
                "failed",
                f"result date {r.result_date} + 2 years = "
                f"valid until {r.valid_until}, before the submission date "
                f"{ctx.as_of}.",
                ev,
            )
        ]
    until = (
        f"valid until {r.valid_until}"
        if r.valid_until
        else (f"taken {r.test_date}, so valid at least until {ctx.as_of}")
    )
    return [ctx.on(doc, "passed", f"{until}.", ev)]


@rule("LANG-EXPIRING-001")
def expiring(ctx: Context) -> list[Finding]:
    """LANG-EXPIRING-001: warn when the result expires soon after the submission date."""
    lang = ctx.language
    if lang is None or lang.chosen is None or lang.chosen.expired(ctx.as_of):
        return []
    r, days = lang.chosen, int(ctx.param("expiring_days"))
    doc = _doc(ctx, r)
    ev = evidence(doc, "result_date")
    if r.valid_until is None:
        return [ctx.on(doc, "unknown", "no result date, so the expiry date is unknown.", ev)]
    left = (r.valid_until - ctx.as_of).days
    if left <= days:
        return [
            ctx.on(
                doc,
                "failed",
                f"valid until {r.valid_until}, {left} "
                f"days after the submission date {ctx.as_of} (warning at {days} "
                "days). If the e-APR slips, the result expires.",
                ev,
            )
        ]
    return [
        ctx.on(doc, "passed", f"valid until {r.valid_until}, {left} days after {ctx.as_of}.", ev)
    ]


@rule("LANG-CLB-001")
def clb(ctx: Context) -> list[Finding]:
    """LANG-CLB-001: every ability at or above the CLB minimum of the applicant's TEER group."""
    lang = ctx.language
    if lang is None or lang.chosen is None:
        return []
    r = lang.chosen
    doc = _doc(ctx, r)
    ev = evidence(doc, *ABILITIES)
    if r.old_tef:
        return [
            ctx.on(doc, "unknown", "TEF result on the pre-2023-12-11 scale is not converted.", ev)
        ]
    levels = ", ".join(f"{a} {'?' if r.clb[a] is None else r.clb[a]}" for a in ABILITIES)
    need = lang.required_clb
    known = [v for v in r.clb.values() if v is not None]
    group = f" ({lang.teer_group} holds most qualifying experience)" if lang.teer_group else ""
    if need is None:
        if known and min(known) < 5:
            return [
                ctx.on(
                    doc,
                    "failed",
                    f"CLB {levels}; below 5, the lowest minimum of any TEER group.",
                    ev,
                )
            ]
        if len(known) == 4 and min(known) >= 7:
            return [ctx.on(doc, "passed", f"CLB {levels}; at least 7, the highest minimum.", ev)]
        return [
            ctx.on(
                doc,
                "unknown",
                f"CLB {levels}; the TEER of the "
                "experience is unknown, so the minimum (5 or 7) is unknown.",
                ev,
            )
        ]
    low = [a for a in ABILITIES if r.clb[a] is not None and r.clb[a] < need]  # type: ignore
    if low:
        return [
            ctx.on(
                doc,
                "failed",
                f"CLB {levels}; {', '.join(low)} below the minimum CLB {need}{group}.",
                ev,
            )
        ]
    if len(known) < 4:
        return [ctx.on(doc, "unknown", f"CLB {levels}; some scores could not be read.", ev)]
    return [ctx.on(doc, "passed", f"CLB {levels}; all at least CLB {need}{group}.", ev)]


@rule("LANG-SCORE-001")
def scores(ctx: Context) -> list[Finding]:
    """LANG-SCORE-001: scores in range; the printed IELTS overall agrees with the bands."""
    out: list[Finding] = []
    for doc in ctx.of_kind("language_test"):
        test = doc.value("test")
        values = {
            a: (float(doc.value(a)) if is_number(doc.value(a)) else None)  # type: ignore
            for a in ABILITIES
        }
        overall = doc.value("overall")
        ev = evidence(doc, *ABILITIES, "overall")
        if not isinstance(test, str) or any(v is None for v in values.values()):
            out.append(ctx.on(doc, "unknown", "the test type or a score could not be read.", ev))
            continue
        problems = score_problems(test, values, float(overall) if is_number(overall) else None)
        if problems:
            out.append(
                ctx.on(
                    doc, "failed", "; ".join(problems) + " (a misread or an altered document).", ev
                )
            )
        else:
            out.append(
                ctx.on(
                    doc,
                    "passed",
                    "scores in range"
                    + (" and overall consistent." if overall is not None else "."),
                    ev,
                )
            )
    return out
