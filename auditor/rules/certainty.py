"""Values rules act on, judged: read with confidence, plausible, consistent; else a doubt.

CONTRACT.md section 3: a rule reports `failed` only on values read with at least the confidence
threshold that pass their document's own checks. A value that is missing, read below the
threshold or implausible makes the check `unknown`, and the message says which value of which
document a person must look at. This module is the one place that judges a value:

- `doubts(document, names, threshold)`: what is wrong with each value a rule needs, as `Doubt`s;
- `plausibility(document, name, value)`: why a value cannot be right (a band of 75, a name made
  of punctuation), None when it can;
- `settle(findings, threshold)`: the safety net every registered rule's findings go through:
  a `failed` finding whose evidence carries a doubtful value becomes `unknown`, saying which
  value to check. Evidence shown only for context (`shown`) carries no confidence and decides
  nothing;
- `check_line(doubts)`: the sentence a message ends with.

The threshold is one checklist parameter, `DOC-UNREADABLE-001.min_value_confidence`
(checklists/rules.yaml), so a firm sets it once for every rule.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from auditor.case.clb import ABILITIES, RANGES, family
from auditor.case.names import similar_employer
from auditor.case.work import Position
from auditor.i18n import N_, Grouped, Percent, Text, first_line, join, other_lines, tr
from auditor.models import Document, Evidence, FieldValue, Finding

#: Where the threshold lives: one parameter of one rule, read by every rule.
THRESHOLD_RULE = "DOC-UNREADABLE-001"
THRESHOLD_PARAM = "min_value_confidence"

PERSON_NAMES = ("employee_name", "holder_name", "candidate_name", "signatory_name", "student_name")
EMPLOYER_NAMES = ("employer_name", "employer")
# Plausible ranges of numbers, whatever the document's layout: beyond them a value is a misread
# (a lost decimal point, two cells run together), not a fact about the applicant.
NUMBER_RANGES: dict[str, tuple[float, float]] = {
    "hours_per_week": (0.5, 100.0),  # a week has 168 hours; farm work reaches 84
    "hours": (0.0, 400.0),  # one pay period: a month of full-time work is about 173
    "overtime_hours": (0.0, 200.0),
    "rate": (0.01, 1000.0),  # dollars an hour
    "gross": (0.0, 1_000_000.0),
    "net": (0.0, 1_000_000.0),
    "ytd_gross": (0.0, 5_000_000.0),
    "wage_amount": (0.0, 5_000_000.0),  # 0 is a statement (unpaid), not a misread
}
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2100, 12, 31)
FIELD_LABELS = {
    "noc_code": N_("NOC code"),
    "sin_last3": N_("SIN (last 3 digits)"),
    "ytd_gross": N_("year-to-date gross"),
    "valid_from": N_("valid-from date"),
    "valid_until": N_("valid-until date"),
    "test": N_("test type"),
    # The other fields rules judge, as `hours_per_week` -> `hours per week`, marked for the
    # catalogue so a French report names them in French.
    "start_date": N_("start date"),
    "end_date": N_("end date"),
    "letter_date": N_("letter date"),
    "hours_per_week": N_("hours per week"),
    "hours": N_("hours"),
    "gross": N_("gross"),
    "period_start": N_("period start"),
    "period_end": N_("period end"),
    "employer_name": N_("employer name"),
    "employer": N_("employer"),
    "employee_name": N_("employee name"),
    "holder_name": N_("holder name"),
    "candidate_name": N_("candidate name"),
    "signatory_name": N_("signatory name"),
    "date_of_birth": N_("date of birth"),
    "job_title": N_("job title"),
    "duties": N_("duties"),
    "current": N_("job is current"),
    "wage_period": N_("wage period"),
    "wage_amount": N_("wage amount"),
    "test_date": N_("test date"),
    "result_date": N_("result date"),
    "permit_type": N_("permit type"),
    "signed": N_("signed"),
    "leave": N_("leave"),
    "listening": N_("listening"),
    "reading": N_("reading"),
    "writing": N_("writing"),
    "speaking": N_("speaking"),
    "overall": N_("overall"),
    "expiry_date": N_("expiry date"),
    "value": N_("value"),
}


def label(name: str) -> Text:
    """`hours_per_week` -> `hours per week` (in the reader's language when the catalogue has it)."""
    return tr(FIELD_LABELS.get(name, name.replace("_", " ")))


@dataclass(frozen=True)
class Doubt:
    """Why one value of one document cannot decide a check: not read, unsure, implausible."""

    document: str
    field: str
    why: str  # "was not read", "was read with 31% confidence (threshold 80%)", ...
    text: str = ""  # the raw text the value was read from

    def said(self) -> Text:
        """`letter.pdf: the start date ('Jan 2O21') was read with 31% confidence (...)`."""
        if self.text.strip():
            return tr(
                "{document}: the {field} ({text!r}) {why}",
                document=self.document,
                field=label(self.field),
                text=self.text.strip()[:60],
                why=self.why,
            )
        return tr(
            "{document}: the {field} {why}",
            document=self.document,
            field=label(self.field),
            why=self.why,
        )

    def __str__(self) -> str:
        return self.said()


def _letters_share(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if unicodedata.category(c).startswith("L")) / len(chars)


def _garbled_name(value: str, person: bool) -> str | None:
    """Why a name cannot be a name as read: too few letters, digits in a person's name."""
    text = value.strip()
    words = [w for w in re.split(r"[\s,]+", text) if sum(c.isalpha() for c in w) >= 2]
    if not words:
        return tr("it holds no word of two letters or more")
    if person and any(c.isdigit() for c in text):
        return tr("a person's name with digits in it")
    share = _letters_share(text)
    least = 0.8 if person else 0.6  # company names carry digits, & and punctuation
    if share < least:
        return tr("only {share} of its characters are letters", share=Percent(share))
    return None


def _score_range(document: Document, name: str) -> tuple[float, float] | None:
    test = document.value("test")
    if not isinstance(test, str):
        return None
    ranges = RANGES.get(family(test)) or RANGES.get(test)
    if ranges is None or name not in ranges:
        return None
    low, high, _ = ranges[name]
    return low, high


def plausibility(document: Document, name: str, value: FieldValue) -> str | None:
    """Why the value cannot be what the document says (a misread), or None when it can be."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        if not EARLIEST <= value <= LATEST:
            return tr("the date {value} is out of any plausible range", value=value)
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        bounds = NUMBER_RANGES.get(name)
        if document.kind == "language_test" and name in (*ABILITIES, "overall"):
            bounds = _score_range(document, name)
        if bounds is not None and not bounds[0] <= float(value) <= bounds[1]:
            return tr(
                "{value} is outside {low}-{high}",
                value=Grouped(value),
                low=Grouped(bounds[0]),
                high=Grouped(bounds[1]),
            )
        return None
    if isinstance(value, str) and (name in PERSON_NAMES or name in EMPLOYER_NAMES):
        return _garbled_name(value, name in PERSON_NAMES)
    return None


def judged(document: Document, name: str) -> Evidence:
    """Evidence of one field that decides a check: with its confidence and any implausibility
    (the document alone when the field was not read)."""
    f = document.fields.get(name)
    if f is None:
        return Evidence.of(document, None)
    return Evidence.of(document, f, name, plausibility(document, name, f.value))


def shown(document: Document, *names: str) -> tuple[Evidence, ...]:
    """Evidence shown for context only (the report pictures it; it decides nothing, so its
    confidence is not carried): each named field the document shows, maybe none."""
    return tuple(
        Evidence(document.id, f.page, f.bbox, f.text)
        for n in names
        if (f := document.fields.get(n)) is not None
    )


def _why(confidence: float | None, problem: str | None, threshold: float) -> str | None:
    if problem:
        return tr("is implausible as read ({problem})", problem=problem)
    if confidence is not None and confidence < threshold:
        return tr(
            "was read with {confidence} confidence (threshold {threshold})",
            confidence=Percent(confidence),
            threshold=Percent(threshold),
        )
    return None


def doubts(
    document: Document, names: Iterable[str], threshold: float, required: bool = True
) -> list[Doubt]:
    """A doubt for each named value that is missing (when `required`), read below the
    threshold or implausible; none for values that can decide a check."""
    out = []
    for name in names:
        f = document.fields.get(name)
        if f is None or f.value is None or f.value == "" or f.value == ():
            if required:
                out.append(Doubt(document.id, name, tr("was not read")))
            continue
        why = _why(f.confidence, plausibility(document, name, f.value), threshold)
        if why:
            out.append(Doubt(document.id, name, why, f.text))
    return out


def evidence_doubts(evidence: Iterable[Evidence], threshold: float) -> list[Doubt]:
    """The doubts the evidence of a finding carries (values read below the threshold or
    implausible), each once."""
    out: dict[tuple[str, str | None, str], Doubt] = {}
    for e in evidence:
        why = _why(e.confidence, e.problem, threshold)
        if why:
            key = (e.document, e.field_name, e.text)
            out.setdefault(key, Doubt(e.document, e.field_name or "value", why, e.text))
    return list(out.values())


def check_line(found: Sequence[Doubt]) -> Text:
    """The sentence that tells a person which values to look at."""
    return tr(
        "Check by hand: {doubts}.", doubts=join((d.said() for d in dict.fromkeys(found)), "; ")
    )


def unconfirmed(message: str, found: Sequence[Doubt], outcome: str) -> Text:
    """The message of a check that would `outcome` ("fail", "pass") on doubtful values: its
    first line (what the verdict box shows) says it is unconfirmed and which values to check;
    the last line says how each value is in doubt."""
    values = join(
        dict.fromkeys(
            tr("the {field} of {document}", field=label(d.field), document=d.document)
            for d in found
        ),
        ", ",
    )
    check = check_line(found)
    tail = (
        tr("It would fail, but not on values read with confidence. {check}", check=check)
        if outcome == "fail"
        else tr("It would pass, but not on values read with confidence. {check}", check=check)
    )
    rest = other_lines(message)
    if rest:
        return tr(
            "{first} (unconfirmed: check {values}).\n{rest}\n{tail}",
            first=first_line(message),
            values=values,
            rest=rest,
            tail=tail,
        )
    return tr(
        "{first} (unconfirmed: check {values}).\n{tail}",
        first=first_line(message),
        values=values,
        tail=tail,
    )


def unsure_details(found: Sequence[Doubt]) -> list[dict[str, str]]:
    """The doubts as JSON values for a finding's `details["unsure"]`."""
    return [{"document": d.document, "field": d.field, "why": d.why} for d in dict.fromkeys(found)]


def settle(findings: Iterable[Finding], threshold: float) -> list[Finding]:
    """Failed findings whose evidence holds a doubtful value become `unknown`, saying which
    value to check; every other finding is returned unchanged."""
    out = []
    for f in findings:
        found = evidence_doubts(f.evidence, threshold) if f.status == "failed" else []
        if not found:
            out.append(f)
            continue
        details = {**dict(f.details or {}), "unsure": unsure_details(found)}
        message = unconfirmed(f.message, found, "fail")
        out.append(replace(f, status="unknown", message=message, details=details))
    return out


def letter_maybe_from(positions: Sequence[Position], employer: str, threshold: float) -> str | None:
    """Why a letter in the file may be the claimed `employer`'s although no letter's employer
    matches it: its employer's name is close to it (a misread letter or two, logo marks run
    into it) or was not read with confidence. None when no letter can be."""
    for pos in positions:
        if similar_employer(employer, pos.job.employer):
            return tr(
                "{letter} is from {found!r}, close to {employer!r}: check whether it is the same "
                "employer with its name misread",
                letter=pos.letter.id,
                found=pos.job.employer,
                employer=employer,
            )
    for pos in positions:
        found = doubts(pos.letter, ("employer_name",), threshold)
        if found:
            return tr(
                "{doubt}; check whether that letter is from {employer}",
                doubt=found[0].said(),
                employer=employer,
            )
    return None
