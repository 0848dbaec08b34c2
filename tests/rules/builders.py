"""Documents built field by field (no OCR) for rule tests, and a complete eligible case."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from typing import Any

from auditor.case.intake import Intake, LanguageClaim, LeaveClaim, WorkClaim
from auditor.evaluate import evaluate
from auditor.models import Document, Field, Line, Page, PdfFacts, Record, SourceFile, Word
from auditor.result import Evaluation
from auditor.rules.checklist import Checklists, load_checklists

AS_OF = dt.date(2026, 12, 1)
D = dt.date
_CHECKLISTS: Checklists | None = None


def checklists() -> Checklists:
    global _CHECKLISTS
    if _CHECKLISTS is None:
        _CHECKLISTS = load_checklists()
    return _CHECKLISTS


def page(
    text: str,
    number: int = 1,
    font: str | None = "Helvetica",
    source: str = "text",
    ocr_confidence: float | None = None,
) -> Page:
    lines = []
    for i, row in enumerate(text.splitlines()):
        words, x = [], 72.0
        for token in row.split():
            words.append(
                Word(token, (x, 40.0 + 14 * i, x + 6 * len(token), 50.0 + 14 * i), 0.99, font)
            )
            x += 6 * len(token) + 4
        if words:
            lines.append(Line(tuple(words)))
    return Page(number, 612, 792, tuple(lines), source, ocr_confidence=ocr_confidence)  # type: ignore[arg-type]


WORD_PDF = PdfFacts(producer="Microsoft Word")


def doc(
    kind: str,
    path: str,
    text: str = "",
    language: str | None = "en",
    pdf: PdfFacts | None = WORD_PDF,
    pages: tuple[Page, ...] | None = None,
    problem: str | None = None,
    sha: str | None = None,
    **fields: Any,
) -> Document:
    body = text or f"{kind} {path} " + " ".join(f"{k} {v}" for k, v in fields.items())
    sha = sha or hashlib.sha256((path + body).encode()).hexdigest()
    source = SourceFile(
        path=__import__("pathlib").Path("/case") / path, relpath=path, sha256=sha, size=len(body)
    )
    made = {k: Field(v, 1, (72.0, 300.0, 300.0, 312.0), str(v), 0.99) for k, v in fields.items()}
    return Document(
        file=source,
        pages=pages if pages is not None else (page(body),),
        kind=kind,
        fields=made,
        language=language,
        pdf=pdf,
        problem=problem,
    )


def change(document: Document, **fields: Any) -> Document:
    """A copy with fields set (value) or removed (None)."""
    new = dict(document.fields)
    for name, value in fields.items():
        if value is None:
            new.pop(name, None)
        else:
            new[name] = Field(value, 1, (72.0, 300.0, 300.0, 312.0), str(value), 0.99)
    return replace(document, fields=new)


LETTER_TEXT = """Northwind Analytics Inc. 100 King St W, Toronto, ON M5X 1A9 hr@northwind.ca
November 15, 2026
To whom it may concern
This confirms that Priya Raman works for Northwind Analytics Inc. as a Data Analyst,
NOC 21223, since June 5, 2023, 37.5 hours per week, salary $78,000 per year plus benefits.
Jane Smith, HR Manager"""


def letter(**over: Any) -> Document:
    fields: dict[str, Any] = dict(
        employee_name="Priya Raman",
        employer_name="Northwind Analytics Inc.",
        employer_address="100 King St W, Toronto, ON M5X 1A9",
        employer_phone="416-555-0100",
        employer_email="hr@northwind.ca",
        job_title="Data Analyst",
        noc_code="21223",
        start_date=D(2023, 6, 5),
        current=True,
        hours_per_week=37.5,
        wage_amount=78000.0,
        wage_period="year",
        benefits="health and dental",
        duties=("Build reports", "Clean data"),
        signatory_name="Jane Smith",
        signatory_title="HR Manager",
        signed=True,
        letter_date=D(2026, 11, 15),
    )
    fields.update(over)
    fields = {k: v for k, v in fields.items() if v is not None}
    return doc("employment_letter", "letters/northwind.pdf", LETTER_TEXT, **fields)


def stub(n: int, **over: Any) -> Document:
    start = D(2026, 9, 1) + dt.timedelta(days=14 * n)
    fields: dict[str, Any] = dict(
        employee_name="Priya Raman",
        employer_name="Northwind Analytics Inc.",
        period_start=start,
        period_end=start + dt.timedelta(days=13),
        pay_date=start + dt.timedelta(days=18),
        hours=75.0,
        rate=40.0,
        gross=3000.0,
        net=2200.0,
        ytd_gross=51000.0 + 3000.0 * n,
    )
    fields.update(over)
    fields = {k: v for k, v in fields.items() if v is not None}
    return doc(
        "pay_stub",
        f"stubs/stub{n}.pdf",
        f"Pay statement {n} Northwind Analytics Inc. period {start}",
        **fields,
    )


def ielts(**over: Any) -> Document:
    fields: dict[str, Any] = dict(
        test="ielts_general_training",
        candidate_name="RAMAN, Priya",
        date_of_birth=D(1994, 3, 12),
        test_date=D(2025, 8, 2),
        result_date=D(2025, 8, 15),
        listening=8.0,
        reading=7.0,
        writing=7.0,
        speaking=7.0,
        overall=7.5,
        report_number="25CA012345RAMP001G",
    )
    fields.update(over)
    fields = {k: v for k, v in fields.items() if v is not None}
    return doc(
        "language_test",
        "tests/ielts.pdf",
        "IELTS Test Report Form, General Training module, candidate RAMAN Priya",
        **fields,
    )


def work_permit(**over: Any) -> Document:
    fields: dict[str, Any] = dict(
        holder_name="Priya Raman",
        date_of_birth=D(1994, 3, 12),
        document_number="U123456789",
        valid_from=D(2023, 5, 1),
        valid_until=D(2027, 5, 1),
        permit_type="open work permit",
    )
    fields.update(over)
    fields = {k: v for k, v in fields.items() if v is not None}
    return doc(
        "work_permit",
        "permits/pgwp.pdf",
        "Work Permit IMM 1442, Immigration, Refugees and Citizenship Canada",
        **fields,
    )


def passport(**over: Any) -> Document:
    fields: dict[str, Any] = dict(
        holder_name="Priya Raman",
        date_of_birth=D(1994, 3, 12),
        passport_number="*****4567",
        expiry_date=D(2031, 1, 1),
        nationality="IND",
    )
    fields.update(over)
    fields = {k: v for k, v in fields.items() if v is not None}
    return doc(
        "passport",
        "id/passport.pdf",
        "Passport, Republic of India, holder RAMAN Priya, type P",
        **fields,
    )


def intake(**over: Any) -> Intake:
    base: dict[str, Any] = dict(
        present=True,
        client_name="Priya Raman",
        client_dob=D(1994, 3, 12),
        submission_date=AS_OF,
        intended_province="ON",
        work=(
            WorkClaim(
                "Northwind Analytics Inc.",
                "Data Analyst",
                "21223",
                D(2023, 6, 5),
                None,
                37.5,
                line=10,
            ),
        ),
        language=(LanguageClaim("ielts_general_training", 8.0, 7.0, 7.0, 7.0, line=20),),
    )
    base.update(over)
    return Intake(**base)


def good_documents() -> list[Document]:
    return [passport(), work_permit(), letter(), stub(0), stub(1), stub(2), ielts()]


def run(
    documents: list[Document],
    case: Intake | None = None,
    as_of: dt.date = AS_OF,
    lists: Checklists | None = None,
) -> Evaluation:
    return evaluate(documents, case if case is not None else intake(), as_of, lists or checklists())


def statuses(evaluation: Evaluation, rule: str) -> set[str]:
    return {f.status for f in evaluation.findings if f.rule == rule}


def swap_in(documents: list[Document], new: Document) -> list[Document]:
    """`documents` with the one at `new.id` replaced by `new`."""
    return [new if d.id == new.id else d for d in documents]


def without(*kinds: str) -> list[Document]:
    """The good documents minus every document of the given kinds."""
    return [d for d in good_documents() if d.kind not in kinds]


# The facts a letter's extractor reads from its wording in context: a test that writes a letter's
# text gets them the way the pipeline does (rules never search the text themselves).
TEXT_FACTS = (
    "self_employed",
    "unpaid",
    "fee_for_service",
    "leave",
    "noc_wording",
    "traces",
    "places",
)


def with_text_facts(document: Document) -> Document:
    """The document with its wording's facts read by the real letter extractor."""
    from extractors.employment_letter import EXTRACTOR

    read = EXTRACTOR.extract(document.pages)
    fields = {k: v for k, v in document.fields.items() if k not in TEXT_FACTS}
    fields.update({k: read[k] for k in TEXT_FACTS if k in read})
    return replace(document, fields=fields)


def field(value: Any) -> Field:
    return Field(value, 1, (72.0, 300.0, 300.0, 312.0), str(value), 0.99)


def leave_record(start: dt.date, end: dt.date, kind: str = "unpaid") -> Record:
    """One leave period as a letter's `leave` field holds it."""
    return Record((("start", field(start)), ("end", field(end)), ("kind", field(kind))))


def position_record(**values: Any) -> Record:
    """One position as a letter's `positions` field holds it."""
    return Record(tuple((k, field(v)) for k, v in values.items() if v is not None))


MARCH_2025 = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


def leave_claim(
    employer: str | None, period: tuple[dt.date, dt.date] = MARCH_2025, kind: str = "parental"
) -> Intake:
    """The good intake with one declared leave."""
    return intake(leave=(LeaveClaim(employer, period[0], period[1], kind, line=30),))


def with_sin(stub_doc: Document, printed: str) -> Document:
    """A pay stub showing a full SIN, with the facts the pay-stub extractor keeps of it (its last
    three digits, whether its check digit holds, whether it is 9-series), never the full number."""
    from extractors.parse.sin import find_sin

    found = find_sin(printed)
    assert found is not None and found.valid is not None, printed
    box = (300.0, 80.0, 380.0, 92.0)
    fields = dict(stub_doc.fields)
    fields["sin_last3"] = Field(found.last3, 1, box, found.masked_text, 0.99)
    fields["sin_valid"] = Field(found.valid, 1, box, found.masked_text, 0.99)
    fields["sin_temporary"] = Field(found.temporary, 1, box, found.masked_text, 0.99)
    return replace(stub_doc, fields=fields)
