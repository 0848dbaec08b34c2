"""Reference-letter rules (LETTER-*): one finding per letter and missing element."""

from __future__ import annotations

import datetime as dt
import re

from auditor.case.names import employer_tokens, name_tokens
from auditor.i18n import N_, Percent, join, tr
from auditor.models import Document, Finding, Status, strings
from auditor.rules.certainty import shown
from auditor.rules.context import Context, compared, evidence, legible
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


def _readable(ctx: Context, letter: Document) -> bool:
    """Whether an element not read is missing from the letter: its OCR pages were read with the
    confidence a value needs (an absence is a reading too), and at least DOC-UNREADABLE-001's
    page floor."""
    floor = float(ctx.checklists.param("DOC-UNREADABLE-001", "min_ocr_confidence"))
    return legible(letter, max(floor, ctx.min_confidence))


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
    """One finding per missing element: failed when a legible letter shows no trace of it,
    unknown when the letter is not legible or its text suggests the element is there."""
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
        readable = _readable(ctx, letter)
        for name, label in elements.items():
            qualified = QUALIFIES.get(name)
            if _present(letter.value(name)) or (
                qualified in elements and not _present(letter.value(qualified))
            ):
                continue  # present, or it qualifies a missing element (a period without a salary)
            seen = trace(letter, name) if readable else None
            status, text = _missing(readable, seen, label)
            out.append(ctx.on(letter, status, text, evidence(letter), subject=name))
    return out


def _missing(readable: bool, seen: str | None, label: str) -> tuple[Status, str]:
    element = tr(label)
    if readable and seen is None:
        return "failed", tr("the letter does not give the {label}.", label=element)
    if readable:
        return "unknown", tr(
            "the {label} was not read, but the letter's text suggests it is there ({seen!r}); "
            "check by hand.",
            label=element,
            seen=seen,
        )
    return (
        "unknown",
        tr(
            "the {label} was not found, but the letter is not fully legible; check by hand.",
            label=element,
        ),
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


# What `_absent` says of a date the letter may lack: not found on an illegible letter, not read
# though the text suggests it, absent from a legible letter.
ABSENT = {
    "start_date": (
        N_("no start date was found, but the letter is not fully legible; check by hand."),
        N_("no start date was read, but its text says {seen!r}; check by hand."),
        N_("the letter gives no start date."),
    ),
    "end_date": (
        N_(
            "no end date and no statement that the job is current was found, but the letter is "
            "not fully legible; check by hand."
        ),
        N_(
            "no end date and no statement that the job is current was read, but its text says "
            "{seen!r}; check by hand."
        ),
        N_("the letter gives no end date and no statement that the job is current."),
    ),
}


def _absent(readable: bool, seen: str | None, name: str) -> tuple[Status, str]:
    """`failed` when a legible letter shows no trace of the element, else `unknown`."""
    illegible, suggested, absent = ABSENT[name]
    if not readable:
        return "unknown", tr(illegible)
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
        readable = _readable(ctx, letter)
        problems: list[tuple[Status, str]] = []
        if not isinstance(start, dt.date):
            seen = trace(letter, "start_date")
            problems.append(_absent(readable, seen, "start_date"))
        if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
            problems.append(
                (
                    "failed",
                    tr("end date {end} is before the start date {start}.", end=end, start=start),
                )
            )
        if end is None and current is not True:
            seen = trace(letter, "end_date")
            problems.append(_absent(readable, seen, "end_date"))
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
