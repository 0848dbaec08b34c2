"""The firm's QA items (QA-*): a closed set of operators over extracted fields, read from YAML.

Messages are made with `i18n.tr` (the pattern every rule module follows): English in report.json,
the reader's language in the HTML report; an item's title is translated when the catalogue has
it (the shipped items' titles are extracted from qa-default.yaml), a firm's own stays as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from auditor.case.names import same_person
from auditor.i18n import N_, Text, tr
from auditor.models import Document, Evidence, FieldValue, Finding, Status
from auditor.rules.context import Context
from auditor.rules.meta import QAItem

# How messages name a field: words, not the extractor's internal name (`hours_per_week`).
FIELD_LABELS = {
    "noc_code": N_("NOC code"),
    "sin_last3": N_("SIN (last 3 digits)"),
    "ytd_gross": N_("year-to-date gross"),
    "employer_email": N_("employer's e-mail address"),
    "employer_phone": N_("employer's telephone number"),
    "mrz_valid": N_("MRZ check digits"),
    "dob": N_("date of birth"),
    "hours_per_week": N_("hours per week"),
    "expiry_date": N_("expiry date"),
    "employee_name": N_("employee name"),
    "report_number": N_("report number"),
}


def field_label(name: str) -> Text:
    """`hours_per_week` -> `hours per week`: the field as a consultant reads it."""
    return tr(FIELD_LABELS.get(name, name.replace("_", " ")))


def _text(value: object) -> object:
    return value.strip().casefold() if isinstance(value, str) else value


def _check(item: QAItem, value: FieldValue, as_of: dt.date) -> tuple[bool | None, str]:
    """(passed?, what was compared); None when the value cannot be compared."""
    op = item.op
    if op == "exists":
        present = value is not None and value != "" and value != ()
        return present, tr("present") if present else tr("missing")
    if value is None:
        return None, tr("missing")
    checks: dict[str, Callable[[], tuple[bool | None, str]]] = {
        "equals": lambda: (
            _text(value) == _text(item.value),
            tr("{value!r}, expected {expected!r}", value=value, expected=item.value),
        ),
        "not_equals": lambda: (
            _text(value) != _text(item.value),
            tr("{value!r}, must not be {expected!r}", value=value, expected=item.value),
        ),
        "in": lambda: (
            _text(value) in {_text(v) for v in item.values},
            tr(
                "{value!r}, expected one of {values}",
                value=value,
                values=", ".join(map(str, item.values)),
            ),
        ),
        "range": lambda: _range(item, value),
        # The pattern is the checklist's business: the message names the value, never the
        # regular expression (the item's title says what is expected).
        "matches": lambda: _matches(item, value),
        "within_days": lambda: _within(item, value, as_of),
        "valid_for_days": lambda: _valid_for(item, value, as_of),
    }
    return checks[op]()


def _matches(item: QAItem, value: object) -> tuple[bool | None, str]:
    ok = re.search(str(item.pattern), str(value)) is not None
    return ok, f"{value!r}" if ok else tr("{value!r} does not meet this check", value=value)


def _range(item: QAItem, value: object) -> tuple[bool | None, str]:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None, tr("{value!r} is not a number", value=value)
    low = item.min if item.min is not None else float("-inf")
    high = item.max if item.max is not None else float("inf")
    shown = format(value, "g")
    return low <= float(value) <= high, tr(
        "{value}, expected {low} to {high}",
        value=shown,
        low=str(item.min),
        high=str(item.max),
    )


def _within(item: QAItem, value: object, as_of: dt.date) -> tuple[bool | None, str]:
    if not isinstance(value, dt.date):
        return None, tr("{value!r} is not a date", value=value)
    days = (as_of - value).days
    return 0 <= days <= (item.days or 0), tr(
        "{value}, {days} days before {as_of} (limit {limit})",
        value=value,
        days=days,
        as_of=as_of,
        limit=str(item.days),
    )


def _valid_for(item: QAItem, value: object, as_of: dt.date) -> tuple[bool | None, str]:
    if not isinstance(value, dt.date):
        return None, tr("{value!r} is not a date", value=value)
    days = (value - as_of).days
    return days >= (item.days or 0), tr(
        "{value}, {days} days after {as_of} (need {need})",
        value=value,
        days=days,
        as_of=as_of,
        need=str(item.days),
    )


def _same(ctx: Context, item: QAItem, docs: list[Document]) -> Finding:
    """One finding: the field has the same value on every document of the item's kinds."""
    shown = [(d, d.value(item.field)) for d in docs if d.value(item.field) is not None]
    status, text, odd = _sameness(item, shown)
    # The differing documents' values first, then the value they differ from, then the rest:
    # the pictures shown first are the ones that prove the finding.
    order = [d for d in odd] + [d for d, _ in shown[:1] if d not in odd]
    order += [d for d, _ in shown if d not in order]
    ev = [Evidence.of(d, d.fields[item.field]) for d in order]
    message = tr("{title}: {text}", title=tr(item.title), text=text)
    return ctx.finding(status, message, [d for d, _ in shown], ev)


def _sameness(
    item: QAItem, shown: list[tuple[Document, FieldValue]]
) -> tuple[Status, str, list[Document]]:
    """The status, the message, and the documents whose value differs."""
    label = field_label(item.field)
    if len(shown) < 2:
        return "unknown", tr("fewer than two documents show the {label}.", label=label), []
    first = shown[0][1]

    def same(value: object) -> bool:
        if item.field.endswith("name") and isinstance(value, str) and isinstance(first, str):
            return same_person(first, value)
        return _text(value) == _text(first)

    odd = [(d, v) for d, v in shown if not same(v)]
    if odd:
        listed = "; ".join(f"{d.id}: {v!r}" for d, v in odd)
        text = tr(
            "the {label} differs from {first!r} ({path}): {listed}.",
            label=label,
            first=first,
            path=shown[0][0].id,
            listed=listed,
        )
        return "failed", text, [d for d, _ in odd]
    return (
        "passed",
        tr(
            "the {label} is {first!r} on all {count} documents.",
            label=label,
            first=first,
            count=str(len(shown)),
        ),
        [],
    )


def evaluate_items(ctx: Context) -> list[Finding]:
    """Every QA item over every document of its kinds."""
    out: list[Finding] = []
    for item in ctx.checklists.qa:
        item_ctx = ctx.for_rule(item.id)
        docs = [d for d in ctx.documents if d.kind in item.applies_to]
        if item.op == "same_across_documents":
            if docs:
                out.append(_same(item_ctx, item, docs))
            continue
        for doc in docs:
            ok, what = _check(item, doc.value(item.field), ctx.as_of)
            status: Status = "unknown" if ok is None else "passed" if ok else "failed"
            text = tr(
                "{title}: {field}: {what}.",
                title=tr(item.title),
                field=field_label(item.field),
                what=what,
            )
            out.append(
                item_ctx.on(doc, status, text, [Evidence.of(doc, doc.fields.get(item.field))])
            )
    return out
