"""What case.yaml declares against what the documents show (XDOC-CLAIM-001): jobs, scores, CRS."""

from __future__ import annotations

import datetime as dt

from auditor.case.clb import ABILITIES, family
from auditor.case.hours import teer_of
from auditor.case.intake import LanguageClaim, WorkClaim
from auditor.case.names import same_employer
from auditor.case.noc import TEERS_OF_LEVEL, obsolete_code, skill_level
from auditor.case.work import Position
from auditor.crs.evidence import overclaims
from auditor.i18n import Grouped, join, tr
from auditor.models import Document, Finding, Status, strings
from auditor.rules.certainty import check_line, label, letter_maybe_from, shown
from auditor.rules.context import Context, compared, evidence, is_number, number
from auditor.rules.registry import rule
from auditor.rules.related import missing_letter


@rule("XDOC-CLAIM-001")
def claims(ctx: Context) -> list[Finding]:
    """What case.yaml declares is what the documents show."""
    out = [_work_claim(ctx, claim) for claim in ctx.intake.work]
    out += [_language_claim(ctx, claim) for claim in ctx.intake.language]
    for overclaim in overclaims(ctx.crs) if ctx.crs is not None else ():
        paths = [p for key in overclaim.inputs for p in ctx.crs_sources.get(key, ())]
        found = [
            d
            for doc in ctx.documents
            if doc.id in paths
            for d in ctx.doubts(doc, *CRS_FIELDS.get(doc.kind, ()), required=False)
        ]
        status, text, details = ctx.unsure("failed", overclaim.message, found)
        out.append(ctx.finding(status, text, paths, details=details))
    return out


# The values of each kind of document a CRS input is read from.
CRS_FIELDS = {
    "passport": ("date_of_birth",),
    "language_test": (*ABILITIES, "result_date"),
    "employment_letter": ("start_date", "end_date", "hours_per_week"),
}


def _outcome(failed: str | None, unknown: str | None, passed: str) -> tuple[Status, str]:
    """The first outcome with a message: failed, then unknown, else passed."""
    if failed:
        return "failed", failed
    if unknown:
        return "unknown", unknown
    return "passed", passed


def _differs(claimed: object, shown: object) -> bool:
    """Whether two known values differ (numbers by more than 0.01)."""
    if str(claimed) == str(shown):
        return False
    if isinstance(claimed, int | float) and isinstance(shown, int | float):
        return not (is_number(claimed) and is_number(shown) and abs(claimed - shown) < 0.01)
    return True


def _work_claim(ctx: Context, claim: WorkClaim) -> Finding:
    where = tr("case.yaml line {line}: {employer}", line=str(claim.line), employer=claim.employer)
    held = [p for p in ctx.work.positions if same_employer(claim.employer, p.job.employer)]
    if not held:
        maybe = letter_maybe_from(ctx.work.positions, claim.employer, ctx.min_confidence)
        return ctx.finding(
            "unknown" if maybe else "failed",
            tr(
                "{where}: no employment letter supports this claimed job; but {maybe}.",
                where=where,
                maybe=maybe,
            )
            if maybe
            else tr("{where}: no employment letter supports this claimed job.", where=where),
            ["case.yaml"],
            details=missing_letter(claim.employer),
            subject=claim.employer,
        )
    pos, span = _claimed_position(claim, held)
    letter = pos.letter
    start, end, current = _shown_dates(pos, span)
    pairs: list[tuple[str, object, object]] = [
        ("start date", claim.start, start),
        ("hours per week", claim.hours_per_week, _letter_hours(pos)),
        ("end date", claim.end or "current", end or ("current" if current else None)),
    ]
    diffs: list[str] = [
        _difference(name, c, d)
        for name, c, d in pairs
        if c is not None and d is not None and _differs(c, d)
    ]
    unknown: list[str] = [
        label(LETTER_FIELD[name]) for name, c, d in pairs if c is not None and d is None
    ]
    noc_diff, noc_unknown = _noc_claim(claim.noc, pos, span)
    diffs += [noc_diff] if noc_diff else []
    unknown += [noc_unknown] if noc_unknown else []
    status, text = _outcome(
        tr("{diffs}.", diffs=join(diffs, "; ")) if diffs else None,
        tr("the letter does not confirm the claim: {unknown}.", unknown=join(unknown, "; "))
        if unknown
        else None,
        tr("the letter supports the claim."),
    )
    # The letter's values compared; those that differ decide a failure.
    differing = [
        LETTER_FIELD[name]
        for name, c, d in pairs
        if c is not None and d is not None and _differs(c, d)
    ] + (["noc_code"] if noc_diff else [])
    context = [n for n in ("start_date", "end_date", "positions") if n not in differing]
    docs = ["case.yaml", letter.id]
    ev = compared(evidence(letter, *differing), shown(letter, *context))
    return ctx.finding(status, tr("{where}: {text}", where=where, text=text), docs, ev)


def _difference(name: str, claimed: object, shown: object) -> str:
    """`end date 2024-03-01 vs current in the letter`: a claimed value against the letter's."""
    if claimed == "current":
        return tr(
            "{field} current vs {shown} in the letter", field=label(LETTER_FIELD[name]), shown=shown
        )
    if shown == "current":
        return tr(
            "{field} {claimed} vs current in the letter",
            field=label(LETTER_FIELD[name]),
            claimed=claimed,
        )
    return tr(
        "{field} {claimed} vs {shown} in the letter",
        field=label(LETTER_FIELD[name]),
        claimed=claimed,
        shown=shown,
    )


LETTER_FIELD = {
    "start date": "start_date",
    "hours per week": "hours_per_week",
    "end date": "end_date",
}


def _claimed_position(claim: WorkClaim, held: list[Position]) -> tuple[Position, list[Position]]:
    """The position a claim declares, and the positions it spans: one position of a letter
    with a promotion (its dates, or its title with its start), else the whole employment
    (every position: a profile may declare the current title with the first start date)."""
    if len(held) == 1:
        return held[0], held
    for pos in held:
        if (
            claim.start is not None
            and pos.job.start == claim.start
            and claim.end == (None if _current(pos) else pos.job.end)
        ):
            return pos, [pos]
    title = (claim.title or "").strip().casefold()
    for pos in held:
        if (
            title
            and pos.title
            and pos.title.strip().casefold() == title
            and claim.start in (None, pos.job.start)
        ):
            return pos, [pos]
    latest = max(held, key=lambda p: (p.job.start or dt.date.min, p.index))
    return latest, held


def _current(pos: Position) -> bool:
    """Whether the position is the letter's current one."""
    return pos.index == pos.count - 1 and pos.letter.value("current") is True


def _letter_hours(pos: Position) -> object:
    """The hours a week the letter states for the position (never the pay stubs' average)."""
    if pos.count == 1:
        return pos.letter.value("hours_per_week")
    return pos.job.hours_per_week if pos.job.hours_source.startswith("letter") else None


def _shown_dates(pos: Position, span: list[Position]) -> tuple[object, object, bool]:
    """Start, end and whether current, as the letter shows them for the positions spanned."""
    if len(span) == 1 and pos.count == 1:
        letter = pos.letter
        return (
            letter.value("start_date"),
            letter.value("end_date"),
            letter.value("current") is True,
        )
    starts = [p.job.start for p in span if p.job.start is not None]
    last = max(span, key=lambda p: (p.job.start or dt.date.min, p.index))
    current = last.letter.value("current") is True and last.index == last.count - 1
    end = None if current else last.job.end
    return (min(starts) if starts else None), end, current


def _noc_claim(
    claimed: str | None, pos: Position, span: list[Position] | None = None
) -> tuple[str | None, str | None]:
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
        return None, tr("the letter gives no NOC")
    if not obsolete_code(letter_noc) or obsolete_code(claimed):
        stated = {p.letter_noc for p in span or [pos] if p.letter_noc}
        same = claimed.strip() in stated
        return (
            None
            if same
            else tr(
                "NOC {claimed} vs {letter_noc} in the letter",
                claimed=claimed,
                letter_noc=letter_noc,
            )
        ), None
    level = skill_level(letter_noc, "; ".join(strings(pos.letter.value("noc_wording"))))
    teer = teer_of(claimed)
    if level is not None and teer is not None and teer in TEERS_OF_LEVEL[level]:
        return None, None
    shown = tr("skill level {level}", level=level) if level else tr("level unreadable")
    return None, tr(
        "the letter's NOC {letter_noc} is NOC 2016 ({shown}), so it cannot confirm NOC "
        "{claimed} (TEER {teer}); check the NOC 2016 to 2021 concordance by hand",
        letter_noc=letter_noc,
        shown=shown,
        claimed=claimed,
        teer=str(teer) if teer is not None else "?",
    )


def _other_version(ctx: Context, test: str) -> Document | None:
    """A result of the claimed test's family read with confidence as another version (IELTS
    Academic for a claimed General Training): a difference, not a missing result."""
    return next(
        (
            d
            for d in ctx.of_kind("language_test")
            if isinstance(read := d.value("test"), str)
            and read != test
            and family(read) == family(test)
            and not ctx.doubts(d, "test")
        ),
        None,
    )


def _language_claim(ctx: Context, claim: LanguageClaim) -> Finding:
    where = tr("case.yaml line {line}: {test}", line=str(claim.line), test=claim.test)
    doc = next((d for d in ctx.of_kind("language_test") if d.value("test") == claim.test), None)
    if doc is None:
        other = _other_version(ctx, claim.test)
        if other is not None:
            return ctx.finding(
                "failed",
                tr(
                    "{where}: the {family} result in the file ({path}) is {read}, not the "
                    "claimed {test}.",
                    where=where,
                    family=family(claim.test).upper(),
                    path=other.id,
                    read=other.value("test"),
                    test=claim.test,
                ),
                ["case.yaml", other.id],
                evidence(other, "test"),
                subject=claim.test,
            )
        # A result whose test was not read, or read without confidence, may be the one claimed.
        maybe = [d for d in ctx.of_kind("language_test") if ctx.doubts(d, "test")] + ctx.of_kind(
            "maybeable"
        )
        text: str = tr("{where}: no {test} result in the file.", where=where, test=claim.test)
        if maybe:
            found = [x for d in maybe if d.kind == "language_test" for x in ctx.doubts(d, "test")]
            text = tr(
                "{where}: no result read as {test}, but {paths} may be it: a language result "
                "whose test could not be read with confidence (or a document that could not be "
                "read). {check}",
                where=where,
                test=claim.test,
                paths=", ".join(d.id for d in maybe),
                check=check_line(found) if found else tr("Check it by hand."),
            )
        return ctx.finding(
            "unknown" if maybe else "failed",
            text,
            ["case.yaml", *(d.id for d in maybe)],
            evidence=compared(*(shown(d, "test") for d in maybe if d.kind == "language_test")),
            details={"missing": "language_test", "test": claim.test},
            subject=claim.test,
        )
    diffs: list[str] = []
    differ: list[str] = []
    for ability in ABILITIES:
        claimed, read = claim.score(ability), number(doc, ability)
        if claimed is not None and read is not None and abs(read - claimed) > 0.001:
            differ.append(ability)
            diffs.append(
                tr(
                    "{ability} {claimed} vs {read}",
                    ability=label(ability),
                    claimed=Grouped(claimed),
                    read=doc.value(ability),
                )
            )
    unread = [a for a in ABILITIES if claim.score(a) is not None and doc.value(a) is None]
    status, text = _outcome(
        tr("claimed scores differ from {path}: {diffs}.", path=doc.id, diffs=join(diffs, "; "))
        if diffs
        else None,
        tr(
            "{unread} not found on {path}.",
            unread=join((label(a) for a in unread), ", "),
            path=doc.id,
        )
        if unread
        else None,
        tr("scores match {path}.", path=doc.id),
    )
    # The scores that differ decide a failure; the others are shown beside them.
    ev = compared(evidence(doc, *differ), shown(doc, *(a for a in ABILITIES if a not in differ)))
    return ctx.finding(
        status, tr("{where}: {text}", where=where, text=text), ["case.yaml", doc.id], ev
    )
