"""Reference-letter rules (LETTER-*): one finding per letter and missing element."""

from __future__ import annotations

import datetime as dt
import re

from auditor.case.names import employer_tokens, name_tokens
from auditor.models import Document, Finding, Status, strings
from auditor.rules.certainty import shown
from auditor.rules.context import Context, compared, evidence
from auditor.rules.registry import rule

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
CHECKS = {
    "read_letter": "check the letterhead, footer and margins for the {label}",
    "read_signature": "check that the letter is signed and names its signatory and their title",
    "read_body": "check that the letter gives the {label}",
}


def _part(name: str) -> str:
    return PART_OF.get(name, "read_body")


def _unread(ctx: Context, letter: Document, part: str) -> str | None:
    """Why the part of the letter where an element would be cannot show that the element is
    missing (its bounds not recognised, or its words read below the threshold); None when it
    can: it was found and read with confidence."""
    found = ctx.doubts(letter, part)
    if not found:
        return None
    f = letter.fields.get(part)
    if f is None or not isinstance(f.value, str):
        return (
            "the letter's end (a closing or the signatory's block) was not recognised, so the "
            "part where it would be is not known to have been read"
        )
    return f"{f.value} {found[0].why}"


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
            listed = "; ".join(
                f"{label}: {_show(letter.value(name))}" for name, label in elements.items()
            )
            out.append(ctx.on(letter, "passed", f"{listed}.", evidence(letter, *elements)))
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
            status, text = _missing(unread, seen, label, CHECKS[part].format(label=label))
            ev = evidence(letter, part)
            out.append(ctx.on(letter, status, text, ev, subject=name))
    return out


def _missing(unread: str | None, seen: str | None, label: str, check: str) -> tuple[Status, str]:
    if unread is None and seen is None:
        return "failed", f"the letter does not give the {label}."
    if unread is None:
        return "unknown", (
            f"the {label} was not read, but the letter's text suggests it is there ({seen!r}); "
            f"{check}."
        )
    return "unknown", f"the {label} was not found, but {unread}; {check}."


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return f"{len(value)} listed"
    return str(value)


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
        return "unknown", "no text on the first page to look for a letterhead."
    top = [w for w in page.words if w.bbox[3] <= page.height * fraction]
    words = {t for w in top for t in name_tokens(w.text)}
    employer = letter.value("employer_name")
    company = employer_tokens(employer) if isinstance(employer, str) else frozenset()
    if (company and company <= words) or any(CONTACT_PATTERN.search(w.text) for w in top):
        return "passed", (
            f"the top {fraction:.0%} of page 1 carries the employer's name or contact details."
        )
    if not company:
        return (
            "unknown",
            "the employer's name was not found, so the letterhead could not be checked.",
        )
    return "failed", (
        f"the top {fraction:.0%} of page 1 shows neither {employer} nor contact details: the "
        "letter does not look like it is on company letterhead."
    )


@rule("LETTER-CONTACT-001")
def contact(ctx: Context) -> list[Finding]:
    """The company's address, telephone number and email address."""
    return _elements(
        ctx,
        {
            "employer_address": "company address",
            "employer_phone": "company telephone number",
            "employer_email": "company email address",
        },
    )


@rule("LETTER-SIGNATORY-001")
def signatory(ctx: Context) -> list[Finding]:
    """The signatory's name and title."""
    return _elements(
        ctx,
        {"signatory_name": "signatory's name", "signatory_title": "signatory's title"},
    )


@rule("LETTER-SIGNATURE-001")
def signature(ctx: Context) -> list[Finding]:
    """The letter is signed."""
    out: list[Finding] = []
    for letter in _letters(ctx):
        signed = letter.value("signed")
        ev = compared(evidence(letter, "signed"), shown(letter, "signatory_name"))
        if signed is True:
            out.append(ctx.on(letter, "passed", "signed.", ev))
        elif signed is False:
            text = "no signature found above the signatory's name."
            out.append(ctx.on(letter, "failed", text, ev))
        else:
            text = "could not tell whether the letter is signed; check by hand."
            out.append(ctx.on(letter, "unknown", text, ev))
    return out


@rule("LETTER-TITLE-001")
def title(ctx: Context) -> list[Finding]:
    """The job title."""
    return _elements(ctx, {"job_title": "job title"})


@rule("LETTER-DUTIES-001")
def duties(ctx: Context) -> list[Finding]:
    """The duties and responsibilities."""
    return _elements(ctx, {"duties": "duties and responsibilities"})


def _absent(unread: str | None, seen: str | None, what: str) -> tuple[Status, str]:
    """`failed` when the letter's body was found and read with confidence and shows no trace
    of the element, else `unknown`."""
    if unread is not None:
        return "unknown", f"{what} was found, but {unread}; check the letter's dates by hand"
    if seen:
        return "unknown", f"{what} was read, but its text says {seen!r}; check by hand"
    return "failed", f"the letter gives {what}"


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
            problems.append(_absent(unread, seen, "no start date"))
        if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
            problems.append(("failed", f"end date {end} is before the start date {start}"))
        if end is None and current is not True:
            seen = trace(letter, "end_date")
            problems.append(
                _absent(unread, seen, "no end date and no statement that the job is current")
            )
        for status, text in problems:
            out.append(ctx.on(letter, status, f"{text}.", ev))
        if not problems:
            until = end if isinstance(end, dt.date) else "present (current job)"
            out.append(ctx.on(letter, "passed", f"{start} to {until}.", ev))
    return out


@rule("LETTER-HOURS-001")
def hours(ctx: Context) -> list[Finding]:
    """Hours of work per week."""
    return _elements(ctx, {"hours_per_week": "hours of work per week"})


@rule("LETTER-SALARY-001")
def salary(ctx: Context) -> list[Finding]:
    """Salary (amount and period), and benefits when the firm requires them."""
    elements = {"wage_amount": "salary", "wage_period": "salary period (hour, year, ...)"}
    if ctx.param("require_benefits"):
        elements["benefits"] = "benefits"
    return _elements(ctx, elements)


@rule("LETTER-NAME-001")
def name(ctx: Context) -> list[Finding]:
    """The letter names the applicant."""
    return _elements(ctx, {"employee_name": "applicant's name"})


@rule("LETTER-AGE-001")
def age(ctx: Context) -> list[Finding]:
    """The letter is not older than the firm's limit on the submission date."""
    out: list[Finding] = []
    limit = int(ctx.param("max_age_days"))
    for letter in _letters(ctx):
        day = letter.value("letter_date")
        ev = evidence(letter, "letter_date")
        if not isinstance(day, dt.date):
            out.append(ctx.on(letter, "unknown", "no letter date found.", ev))
            continue
        days = (ctx.as_of - day).days
        if days > limit:
            text = f"dated {day}, {days} days before {ctx.as_of} (firm limit {limit} days)."
            out.append(ctx.on(letter, "failed", text, ev))
        else:
            text = f"dated {day}, {days} days before {ctx.as_of} (limit {limit})."
            out.append(ctx.on(letter, "passed", text, ev))
    return out
