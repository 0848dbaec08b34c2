"""Reference-letter rules (LETTER-*): one finding per letter and missing element."""

from __future__ import annotations

import datetime as dt
import re

from auditor.case.names import employer_tokens, name_tokens
from auditor.i18n import N_, Percent, Text, join, tr, trn
from auditor.models import Document, Finding, Status, strings
from auditor.rules.certainty import shown
from auditor.rules.context import Context, compared, evidence
from auditor.rules.registry import rule
from auditor.rules.xdoc import PERIODS

CONTACT_PATTERN = re.compile(
    r"@|www\.|\.(com|ca|org)\b|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}", re.IGNORECASE
)


# An element that only qualifies another is not reported missing when that one is missing too.
QUALIFIES = {"wage_period": "wage_amount"}


def trace(letter: Document, name: str) -> str | None:
    """The words that suggest the letter shows the element `name` though its value was not
    read (the extractor's `traces`: "name: words"), if any."""
    for item in strings(letter.value("traces")):
        key, _, words = item.partition(": ")
        if key == name:
            return words
    return None


def _letters(ctx: Context) -> list[Document]:
    return ctx.of_kind("employment_letter")


# Where in a letter each element would be: the part (the extractor's `read_*` fact) that must
# have been found and read with confidence before the element's absence is a fact, and what a
# person must look at when it was not.
PART_OF = {
    "employer_address": "read_letter",
    "employer_phone": "read_letter",
    "employer_email": "read_letter",
    "signatory_name": "read_signature",
    "signatory_title": "read_signature",
}
PARTS = {
    "read_letter": N_("the letter's pages (letterhead, footer and margins)"),
    "read_signature": N_("the sign-off"),
    "read_body": N_("the letter's body"),
}
CHECKS = {
    "read_letter": N_("check the letterhead, footer and margins for the {label}"),
    "read_signature": N_("check that the letter is signed and names its signatory and their title"),
    "read_body": N_("check that the letter gives the {label}"),
}


def _part(name: str) -> str:
    return PART_OF.get(name, "read_body")


def _unread(ctx: Context, letter: Document, part: str) -> Text | None:
    """Why the part of the letter where an element would be cannot show that the element is
    missing (its bounds not recognised, or its words read below the threshold); None when it
    can: it was found and read with confidence. The part's value is the number of lines of ink
    in it OCR read no word from."""
    found = ctx.doubts(letter, part)
    if not found:
        return None
    f = letter.fields.get(part)
    where = tr(PARTS[part])
    if f is None or not isinstance(f.value, int) or isinstance(f.value, bool):
        return tr(
            "the letter's end (a closing or the signatory's block) was not recognised, so "
            "{part} is not known to have been read",
            part=where,
        )
    if f.value:
        return trn(
            "{part} (page {page}, with {n} line of ink not read as text) {why}",
            "{part} (page {page}, with {n} lines of ink not read as text) {why}",
            f.value,
            part=where,
            page=f.page,
            why=found[0].why,
        )
    return tr("{part} (page {page}) {why}", part=where, page=f.page, why=found[0].why)


def _present(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str | tuple | list):
        return (
            any(str(v).strip() for v in value)
            if not isinstance(value, str)
            else bool(value.strip())
        )
    return True


def _elements(ctx: Context, elements: dict[str, str]) -> list[Finding]:
    """One finding per missing element: failed when the part of the letter where it would be
    was found and read with confidence and shows no trace of it; unknown, saying what to look
    at, when that part was not recognised or not read well, or its text suggests the element
    is there."""
    out = []
    for letter in _letters(ctx):
        missing = [label for name, label in elements.items() if not _present(letter.value(name))]
        if not missing:
            listed = join(
                (
                    tr("{label}: {value}", label=tr(label), value=_show(name, letter.value(name)))
                    for name, label in elements.items()
                ),
                "; ",
            )
            out.append(
                ctx.on(
                    letter, "passed", tr("{listed}.", listed=listed), evidence(letter, *elements)
                )
            )
            continue
        for name, label in elements.items():
            qualified = QUALIFIES.get(name)
            if _present(letter.value(name)) or (
                qualified in elements and not _present(letter.value(qualified))
            ):
                continue  # present, or it qualifies a missing element (a period without a salary)
            part = _part(name)
            unread = _unread(ctx, letter, part)
            seen = trace(letter, name) if unread is None else None
            check = tr(CHECKS[part], label=tr(label))
            status, text = _missing(unread, seen, label, check)
            ev = evidence(letter, part)
            out.append(ctx.on(letter, status, text, ev, subject=name))
    return out


def _missing(unread: Text | None, seen: str | None, label: str, check: Text) -> tuple[Status, Text]:
    element = tr(label)
    if unread is None and seen is None:
        return "failed", tr("the letter does not give the {label}.", label=element)
    if unread is None:
        return "unknown", tr(
            "the {label} was not read, but the letter's text suggests it is there ({seen!r}); "
            "{check}.",
            label=element,
            seen=seen,
            check=check,
        )
    return "unknown", tr(
        "the {label} was not found, but {unread}; {check}.",
        label=element,
        unread=unread,
        check=check,
    )


def _show(name: str, value: object) -> object:
    if isinstance(value, tuple):
        return tr("{count} listed", count=len(value))
    if name == "wage_period" and isinstance(value, str) and value in PERIODS:
        return tr(PERIODS[value])  # `year`, in the reader's language
    return value


@rule("LETTER-LETTERHEAD-001")
def letterhead(ctx: Context) -> list[Finding]:
    """The employer's name or contact details head the first page."""
    out: list[Finding] = []
    fraction = float(ctx.param("top_fraction"))
    for letter in _letters(ctx):
        status, text = _letterhead(letter, fraction)
        ev = evidence(letter, "employer_name") if status != "unknown" else ()
        out.append(ctx.on(letter, status, text, ev))
    return out


def _letterhead(letter: Document, fraction: float) -> tuple[Status, str]:
    page = letter.pages[0] if letter.pages else None
    if page is None or not page.words:
        return "unknown", tr("no text on the first page to look for a letterhead.")
    top = [w for w in page.words if w.bbox[3] <= page.height * fraction]
    words = {t for w in top for t in name_tokens(w.text)}
    employer = letter.value("employer_name")
    company = employer_tokens(employer) if isinstance(employer, str) else frozenset()
    if (company and company <= words) or any(CONTACT_PATTERN.search(w.text) for w in top):
        return "passed", tr(
            "the top {fraction} of page 1 carries the employer's name or contact details.",
            fraction=Percent(fraction),
        )
    if not company:
        return (
            "unknown",
            tr("the employer's name was not found, so the letterhead could not be checked."),
        )
    return "failed", tr(
        "the top {fraction} of page 1 shows neither {employer} nor contact details: the letter "
        "does not look like it is on company letterhead.",
        fraction=Percent(fraction),
        employer=employer,
    )


@rule("LETTER-CONTACT-001")
def contact(ctx: Context) -> list[Finding]:
    """The company's address, telephone number and email address."""
    return _elements(
        ctx,
        {
            "employer_address": N_("company address"),
            "employer_phone": N_("company telephone number"),
            "employer_email": N_("company email address"),
        },
    )


@rule("LETTER-SIGNATORY-001")
def signatory(ctx: Context) -> list[Finding]:
    """The signatory's name and title."""
    return _elements(
        ctx,
        {"signatory_name": N_("signatory's name"), "signatory_title": N_("signatory's title")},
    )


@rule("LETTER-SIGNATURE-001")
def signature(ctx: Context) -> list[Finding]:
    """The letter is signed."""
    out: list[Finding] = []
    for letter in _letters(ctx):
        signed = letter.value("signed")
        ev = compared(evidence(letter, "signed"), shown(letter, "signatory_name"))
        if signed is True:
            out.append(ctx.on(letter, "passed", tr("signed."), ev))
        elif signed is False:
            text = tr("no signature found above the signatory's name.")
            out.append(ctx.on(letter, "failed", text, ev))
        else:
            text = tr("could not tell whether the letter is signed; check by hand.")
            out.append(ctx.on(letter, "unknown", text, ev))
    return out


@rule("LETTER-TITLE-001")
def title(ctx: Context) -> list[Finding]:
    """The job title."""
    return _elements(ctx, {"job_title": N_("job title")})


@rule("LETTER-DUTIES-001")
def duties(ctx: Context) -> list[Finding]:
    """The duties and responsibilities."""
    return _elements(ctx, {"duties": N_("duties and responsibilities")})


# What `_absent` says of a date the letter may lack: not found where the letter's body was not
# read with confidence, not read though the text suggests it, absent from a body read well.
ABSENT = {
    "start_date": (
        N_("no start date was found, but {unread}; check the letter's dates by hand."),
        N_("no start date was read, but its text says {seen!r}; check by hand."),
        N_("the letter gives no start date."),
    ),
    "end_date": (
        N_(
            "no end date and no statement that the job is current was found, but {unread}; "
            "check the letter's dates by hand."
        ),
        N_(
            "no end date and no statement that the job is current was read, but its text says "
            "{seen!r}; check by hand."
        ),
        N_("the letter gives no end date and no statement that the job is current."),
    ),
}


def _absent(unread: Text | None, seen: str | None, name: str) -> tuple[Status, str]:
    """`failed` when the letter's body was found and read with confidence and shows no trace
    of the element, else `unknown`."""
    not_read, suggested, absent = ABSENT[name]
    if unread is not None:
        return "unknown", tr(not_read, unread=unread)
    if seen:
        return "unknown", tr(suggested, seen=seen)
    return "failed", tr(absent)


@rule("LETTER-DATES-001")
def dates(ctx: Context) -> list[Finding]:
    """Start date, and end date or a statement that the job is current."""
    out: list[Finding] = []
    for letter in _letters(ctx):
        start, end, current = (
            letter.value("start_date"),
            letter.value("end_date"),
            letter.value("current"),
        )
        ev = compared(evidence(letter, "start_date", "end_date"), shown(letter, "current"))
        unread = _unread(ctx, letter, "read_body")
        problems: list[tuple[Status, str]] = []
        if not isinstance(start, dt.date):
            seen = trace(letter, "start_date")
            problems.append(_absent(unread, seen, "start_date"))
        if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
            problems.append(
                (
                    "failed",
                    tr("end date {end} is before the start date {start}.", end=end, start=start),
                )
            )
        if end is None and current is not True:
            seen = trace(letter, "end_date")
            problems.append(_absent(unread, seen, "end_date"))
        for status, text in problems:
            out.append(ctx.on(letter, status, text, ev))
        if not problems:
            text = (
                tr("{start} to {end}.", start=start, end=end)
                if isinstance(end, dt.date)
                else tr("{start} to present (current job).", start=start)
            )
            out.append(ctx.on(letter, "passed", text, ev))
    return out


@rule("LETTER-HOURS-001")
def hours(ctx: Context) -> list[Finding]:
    """Hours of work per week."""
    return _elements(ctx, {"hours_per_week": N_("hours of work per week")})


@rule("LETTER-SALARY-001")
def salary(ctx: Context) -> list[Finding]:
    """Salary (amount and period), and benefits when the firm requires them."""
    elements = {"wage_amount": N_("salary"), "wage_period": N_("salary period (hour, year, ...)")}
    if ctx.param("require_benefits"):
        elements["benefits"] = N_("benefits")
    return _elements(ctx, elements)


@rule("LETTER-NAME-001")
def name(ctx: Context) -> list[Finding]:
    """The letter names the applicant."""
    return _elements(ctx, {"employee_name": N_("applicant's name")})


@rule("LETTER-AGE-001")
def age(ctx: Context) -> list[Finding]:
    """The letter is not older than the firm's limit on the submission date."""
    out: list[Finding] = []
    limit = int(ctx.param("max_age_days"))
    for letter in _letters(ctx):
        day = letter.value("letter_date")
        ev = evidence(letter, "letter_date")
        if not isinstance(day, dt.date):
            out.append(ctx.on(letter, "unknown", tr("no letter date found."), ev))
            continue
        days = (ctx.as_of - day).days
        if days > limit:
            text = tr(
                "dated {day}, {days} days before {as_of} (firm limit {limit} days).",
                day=day,
                days=days,
                as_of=ctx.as_of,
                limit=limit,
            )
            out.append(ctx.on(letter, "failed", text, ev))
        else:
            text = tr(
                "dated {day}, {days} days before {as_of} (limit {limit}).",
                day=day,
                days=days,
                as_of=ctx.as_of,
                limit=limit,
            )
            out.append(ctx.on(letter, "passed", text, ev))
    return out
