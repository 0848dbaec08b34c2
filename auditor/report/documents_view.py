"""The report's per-document cards: kind, pages, how each page was read, thumbnail, fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from auditor import i18n
from auditor.i18n import N_, _
from auditor.models import Document, Page, document_file, document_pages
from auditor.privacy import Redactor
from auditor.reading import notes as _notes  # noqa: F401 - registers the reading notes' forms
from auditor.report.evidence import PagePictures, Picture
from auditor.report.json_report import document_json

LOW_CONFIDENCE = 0.80  # below this, a field is marked for a human to check
# The kinds as the report names them; translated where shown (the template's `_()`).
KIND_LABELS = {
    "employment_letter": N_("Employment letter"),
    "pay_stub": N_("Pay stub"),
    "language_test": N_("Language test result"),
    "work_permit": N_("Work permit"),
    "study_permit": N_("Study permit"),
    "passport": N_("Passport"),
    "t4": N_("T4 slip"),
    "application_receipt": N_("Application receipt"),
    "completion_letter": N_("Completion letter"),
    "other": N_("Other document"),
    "unreadable": N_("Unreadable"),
}
# Every field of CONTRACT.md section 3 as the documents' tables name it; translated where shown.
FIELD_LABELS = {
    "benefits": N_("Benefits"),
    "candidate_name": N_("Candidate name"),
    "current": N_("Current"),
    "date_of_birth": N_("Date of birth"),
    "document_number": N_("Document number"),
    "duties": N_("Duties"),
    "employee_name": N_("Employee name"),
    "employer": N_("Employer"),
    "employer_address": N_("Employer address"),
    "employer_email": N_("Employer email"),
    "employer_name": N_("Employer name"),
    "employer_phone": N_("Employer phone"),
    "end_date": N_("End date"),
    "expiry_date": N_("Expiry date"),
    "gross": N_("Gross"),
    "holder_name": N_("Holder name"),
    "hours": N_("Hours"),
    "hours_per_week": N_("Hours per week"),
    "institution": N_("Institution"),
    "job_title": N_("Job title"),
    "letter_date": N_("Letter date"),
    "listening": N_("Listening"),
    "nationality": N_("Nationality"),
    "net": N_("Net"),
    "noc_code": N_("NOC code"),
    "overall": N_("Overall"),
    "overtime_hours": N_("Overtime hours"),
    "passport_number": N_("Passport number"),
    "pay_date": N_("Pay date"),
    "period_end": N_("Period end"),
    "period_start": N_("Period start"),
    "permit_type": N_("Permit type"),
    "rate": N_("Rate"),
    "reading": N_("Reading"),
    "report_number": N_("Report number"),
    "result_date": N_("Result date"),
    "self_employed": N_("Self employed"),
    "signatory_name": N_("Signatory name"),
    "signatory_title": N_("Signatory title"),
    "signed": N_("Signed"),
    "sin_last3": N_("SIN last3"),
    "speaking": N_("Speaking"),
    "start_date": N_("Start date"),
    "test": N_("Test"),
    "test_date": N_("Test date"),
    "valid_from": N_("Valid from"),
    "valid_until": N_("Valid until"),
    "wage_amount": N_("Wage amount"),
    "wage_period": N_("Wage period"),
    "work_location": N_("Work location"),
    "writing": N_("Writing"),
    "ytd_gross": N_("YTD gross"),
}


ACRONYMS = {"noc": "NOC", "sin": "SIN", "ytd": "YTD", "dob": "DOB", "mrz": "MRZ"}


def field_label(name: str) -> str:
    """'noc_code' -> 'NOC code', 'sin_last3' -> 'SIN last3'."""
    words = [ACRONYMS.get(w, w) for w in name.split("_")]
    first = words[0] if words[0] in ACRONYMS.values() else words[0].capitalize()
    return " ".join([first, *words[1:]])


def document_name(identity: str, redact: Callable[[str], str], kind: str | None = None) -> str:
    """How the report names a document in a sentence, in the current language: a whole file
    by its path; a part of a file (`stubs.pdf#pages=2-3`) by its pages and file, "stubs.pdf,
    pages 2-3", or with `kind`, "pay stub, pages 2-3 of stubs.pdf"."""
    pages = document_pages(identity)
    if pages is None or document_file(identity) == identity:
        return redact(identity)
    first, last = pages
    file = redact(document_file(identity))
    if kind is None:
        if first == last:
            return _("{file}, page {page}").format(file=file, page=first)
        return _("{file}, pages {first}-{last}").format(file=file, first=first, last=last)
    label = _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind.replace("_", " ")
    if label[1:2].islower():
        label = label[:1].lower() + label[1:]  # "Pay stub" -> "pay stub"; "T4 slip" stays
    if first == last:
        return _("{kind}, page {page} of {file}").format(kind=label, page=first, file=file)
    return _("{kind}, pages {first}-{last} of {file}").format(
        kind=label, first=first, last=last, file=file
    )


@dataclass(frozen=True)
class FieldView:
    name: str
    label: str
    found: bool
    value: str
    confidence: str  # "93%"
    low: bool
    page: str
    text: str  # the raw text it was read from (masked)


@dataclass(frozen=True)
class DocumentView:
    anchor: str
    path: str  # the file, relative to the case folder
    id: str  # the document's identity: the path, with its page range when the file holds several
    name: str  # the document named for a person ("pay stub, pages 2-3 of stubs.pdf")
    original: str | None  # a link opening the file at the document's first page
    kind: str
    kind_label: str
    pages: int
    page_numbers: str
    reading: str  # "text layer", "OCR (mean confidence 81%)", a mix
    ocr: bool
    language: str
    problem: str
    notes: tuple[str, ...]
    thumbnail: Picture | None
    fields: tuple[FieldView, ...]  # the fields found
    missing: str  # labels of the contract's fields the document does not show
    total: int
    low: int


def display(value: Any) -> str:
    """A JSON field value as a consultant reads it."""
    english = i18n.current() == i18n.DEFAULT_LANG
    if value is None:
        return _("not found")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if english else i18n.number(value)
    if isinstance(value, list):
        return "; ".join(display(v) for v in value) or "—"
    if isinstance(value, dict):  # one position or leave period: its values found, in order
        return ", ".join(
            f"{_record_key(k, english)} {display(v)}"
            for k, v in value.items()
            if v not in (None, [])
        )
    return i18n.iso_date(value) if isinstance(value, str) and not english else str(value)


def said_note(note: str) -> str:
    """A reading problem or note in the reader's language: the reading stage's fixed texts are
    messages of the catalogue (its cache keeps them in English); others are shown as read."""
    return i18n.localize(i18n.known(note))


def _record_key(key: str, english: bool) -> str:
    """A position's or leave period's key as the reader's language names it (`job title`)."""
    if english or key not in FIELD_LABELS:
        return key.replace("_", " ")
    label = _(FIELD_LABELS[key])
    return label[0].lower() + label[1:] if label[1:2].islower() else label


def _reading(doc: Document) -> str:
    parts = []
    for page in doc.pages:
        if page.source == "ocr":
            conf = (
                _(", mean confidence {percent}").format(percent=f"{page.ocr_confidence:.0%}")
                if page.ocr_confidence is not None
                else ""
            )
            parts.append(f"p{page.number}: OCR{conf}")
        elif page.source == "text":
            parts.append(f"p{page.number}: " + _("text layer"))
        else:
            parts.append(
                f"p{page.number}: " + _("no text") + (f" ({page.note})" if page.note else "")
            )
    kinds = {p.source for p in doc.pages}
    if len(kinds) == 1 and len(doc.pages) > 1 and "ocr" not in kinds:
        return _("text layer") if kinds == {"text"} else _("no text")
    return "; ".join(parts) or _("not read")


def _fields(shown: dict[str, Any]) -> tuple[FieldView, ...]:
    out = []
    for name, f in shown.get("fields", {}).items():
        label = _(FIELD_LABELS[name]) if name in FIELD_LABELS else field_label(name)
        if f is None:
            out.append(FieldView(name, label, False, _("not found"), "", False, "", ""))
            continue
        conf = f.get("confidence")
        low = conf is not None and conf < LOW_CONFIDENCE
        out.append(
            FieldView(
                name,
                label,
                True,
                display(f.get("value")),
                f"{conf:.0%}" if conf is not None else "—",
                low,
                str(f.get("page") or "—"),
                f.get("text") or "",
            )
        )
    return tuple(out)


def thumbnail_page(doc: Document) -> Page | None:
    """The page a document's card shows: its first page with text, else its first page."""
    return next((p for p in doc.pages if p.lines), doc.pages[0] if doc.pages else None)


def document_views(
    documents: tuple[Document, ...],
    redact: Redactor,
    pictures: PagePictures,
    original: Callable[[Document], str | None] = lambda doc: None,
) -> tuple[DocumentView, ...]:
    """One card per document, in the order of the case (anchors `doc-<index>`); `original`
    gives the link that opens a document's file at its first page."""
    views = []
    for i, doc in enumerate(documents):
        fields = _fields(document_json(doc, redact))  # the very values report.json shows
        first = thumbnail_page(doc)
        thumb = pictures.thumbnail(doc.file, first) if first is not None else None
        pages = ", ".join(str(n) for n in doc.page_numbers)
        views.append(
            DocumentView(
                anchor=f"doc-{i}",
                path=redact(doc.file.relpath),
                id=redact(doc.id),
                name=document_name(doc.id, redact, doc.kind),
                original=original(doc),
                kind=doc.kind,
                kind_label=KIND_LABELS.get(doc.kind, doc.kind),
                pages=len(doc.pages),
                page_numbers=pages,
                reading=_reading(doc),
                ocr=doc.ocr,
                language=doc.language or "unknown",
                problem=redact(said_note(doc.problem or "")),
                notes=tuple(redact(said_note(n)) for n in doc.notes),
                thumbnail=thumb,
                fields=tuple(f for f in fields if f.found),
                missing=", ".join(f.label for f in fields if not f.found),
                total=len(fields),
                low=sum(1 for f in fields if f.low),
            )
        )
    return tuple(views)
