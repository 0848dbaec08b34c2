"""The auditor's vocabulary: frozen records that flow from reading to rules to reports."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom: PDF points on PDF pages, pixels on image pages, origin top-left."""

PageSource = Literal["text", "ocr", "empty"]
Status = Literal["passed", "failed", "unknown", "waived"]
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")  # most serious first
Verdict = Literal["ready", "needs_attention", "not_eligible"]

DOCUMENT_KINDS = (
    "employment_letter",
    "pay_stub",
    "language_test",
    "work_permit",
    "study_permit",
    "passport",
    "t4",
    "application_receipt",
    "completion_letter",
    "other",
    "unreadable",
)

# CONTRACT.md section 3: the fields of each kind, in report order. A field the document does
# not show is reported as null; extractors may add optional fields beyond these.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "employment_letter": (
        "employee_name",
        "employer_name",
        "employer_address",
        "employer_phone",
        "employer_email",
        "job_title",
        "noc_code",
        "start_date",
        "end_date",
        "current",
        "hours_per_week",
        "wage_amount",
        "wage_period",
        "benefits",
        "duties",
        "signatory_name",
        "signatory_title",
        "signed",
        "letter_date",
        "self_employed",
        "work_location",
        "positions",
        "leave",
    ),
    "pay_stub": (
        "employee_name",
        "employer_name",
        "period_start",
        "period_end",
        "pay_date",
        "hours",
        "overtime_hours",
        "rate",
        "gross",
        "net",
        "ytd_gross",
        "sin_last3",
    ),
    "language_test": (
        "test",
        "candidate_name",
        "date_of_birth",
        "test_date",
        "result_date",
        "listening",
        "reading",
        "writing",
        "speaking",
        "overall",
        "report_number",
    ),
    "work_permit": (
        "holder_name",
        "date_of_birth",
        "document_number",
        "valid_from",
        "valid_until",
        "permit_type",
        "employer",
        "institution",
    ),
    "passport": ("holder_name", "date_of_birth", "passport_number", "expiry_date", "nationality"),
    "application_receipt": (
        "applicant_name",
        "application_type",
        "filed_date",
        "application_number",
    ),
    "completion_letter": ("student_name", "institution", "program", "completion_date", "full_time"),
}
KIND_FIELDS["study_permit"] = KIND_FIELDS["work_permit"]

# Fields an extractor keeps for the rules' own use, not shown in reports: `traces`, the words
# that suggest a letter shows an element whose value was not read ("employer_phone: Tel").
INTERNAL_FIELDS = frozenset({"traces"})

FieldValue = str | int | float | bool | dt.date | tuple[str, ...] | tuple["Record", ...] | None


def union_bbox(boxes: list[BBox] | tuple[BBox, ...]) -> BBox | None:
    """The smallest box holding every box given, or None when there are none."""
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


@dataclass(frozen=True)
class Word:
    """One word on a page, with its box and how sure the reader is of it (0..1)."""

    text: str
    bbox: BBox
    confidence: float = 1.0
    font: str | None = None  # font name from the text layer; None for OCR


@dataclass(frozen=True)
class Line:
    """Words that sit on one line of a page, left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox:
        box = union_bbox([w.bbox for w in self.words])
        assert box is not None
        return box

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=0.0)


@dataclass(frozen=True)
class Page:
    """One page as read: its lines of words, top to bottom, and how they were obtained.

    A line is a whole row of the page: words whose boxes share a baseline, left to right, across
    every column (a table row or "Label:      value" stays one line; the gaps show in the word
    boxes). Boxes are in the upright page frame: PDF points for PDF pages, pixels for images.
    """

    number: int  # 1-based, within its file
    width: float
    height: float
    lines: tuple[Line, ...]
    source: PageSource
    rotation: int = 0  # degrees the page image was turned clockwise to read it upright
    skew: float = 0.0  # degrees a scan was then straightened by (PIL rotate angle)
    ocr_confidence: float | None = None  # mean word confidence when OCR read it
    note: str | None = None  # why a page has no words although it has content
    # Boxes of ink that is not text (a handwritten signature, a stamp, a logo), same frame as words.
    marks: tuple[BBox, ...] = ()

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for line in self.lines for w in line.words)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class PdfFacts:
    """What a PDF's own structure says about it, for tamper checks."""

    producer: str | None = None
    creator: str | None = None
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    incremental_updates: int = 0  # number of %%EOF markers after the first
    encrypted: bool = False


@dataclass(frozen=True)
class SourceFile:
    """A file of the case folder, identified by its content."""

    path: Path  # absolute
    relpath: str  # relative to the case folder, with forward slashes
    sha256: str
    size: int


@dataclass(frozen=True)
class ReadFile:
    """A file after reading: its pages, or the reason it could not be read."""

    file: SourceFile
    pages: tuple[Page, ...] = ()
    pdf: PdfFacts | None = None
    problem: str | None = None  # why the file could not be read, for DOC-UNREADABLE-001
    notes: tuple[str, ...] = ()  # partial problems (a page that failed, a repaired file)

    @property
    def ocr(self) -> bool:
        return any(p.source == "ocr" for p in self.pages)


@dataclass(frozen=True)
class Field:
    """One extracted value with the evidence a person needs to confirm it."""

    value: FieldValue
    page: int | None  # page number within the file
    bbox: BBox | None
    text: str  # the raw text the value was read from
    confidence: float  # 0..1; lowered when the text was ambiguous or OCR was unsure


@dataclass(frozen=True)
class Record:
    """Values read together as one thing: one position a letter states, one leave period.

    Each value keeps its own evidence, like a document's fields; a record is one item of a
    field whose value is a tuple of records (`positions`, `leave`)."""

    fields: tuple[tuple[str, Field], ...]

    def get(self, name: str) -> Field | None:
        return next((f for key, f in self.fields if key == name), None)

    def value(self, name: str) -> FieldValue:
        """The value, or None when the record does not show it."""
        f = self.get(name)
        return None if f is None else f.value


def records(value: FieldValue) -> tuple[Record, ...]:
    """The records of a field's value (`document.value("positions")`); () for anything else."""
    if isinstance(value, tuple):
        return tuple(v for v in value if isinstance(v, Record))
    return ()


def strings(value: FieldValue) -> tuple[str, ...]:
    """The strings of a field's value (`document.value("duties")`); () for anything else."""
    if isinstance(value, tuple):
        return tuple(v for v in value if isinstance(v, str))
    return ()


_PART = re.compile(r"#pages?=(\d+)(?:-(\d+))?$")


def document_id(relpath: str, pages: tuple[int, int] | None = None) -> str:
    """A logical document's identity: the file's relative path alone for a file's only
    document (`pages` None), else with its page range in the form PDF viewers and URLs accept
    after the file's name: `#page=4` for one page, `#pages=2-3` for several. It stays the
    same across runs while the file is split the same way."""
    if pages is None:
        return relpath
    first, last = pages
    return f"{relpath}#page={first}" if first == last else f"{relpath}#pages={first}-{last}"


def document_file(identity: str, files: Collection[str] = ()) -> str:
    """The relative path of the file a document identity names (`stubs.pdf#pages=2-3` ->
    `stubs.pdf`); the identity itself when it names a whole file, or is one of `files` (a
    file whose own name ends like a page range)."""
    if identity in files:
        return identity
    return _PART.sub("", identity)


def document_pages(identity: str) -> tuple[int, int] | None:
    """The page range a document identity names, None for a whole file."""
    m = _PART.search(identity)
    if m is None:
        return None
    first = int(m.group(1))
    return first, int(m.group(2) or first)


@dataclass(frozen=True)
class Document:
    """A logical document: a run of pages of one file holding one kind of document."""

    file: SourceFile
    pages: tuple[Page, ...]
    kind: str = "other"
    fields: dict[str, Field] = field(default_factory=dict)
    language: str | None = None  # "en", "fr", or another code, or None when unsure
    pdf: PdfFacts | None = None
    problem: str | None = None  # set when kind == "unreadable"
    notes: tuple[str, ...] = ()
    split: bool = False  # one of several logical documents of its file (a letter and stubs)

    @property
    def id(self) -> str:
        """The document's identity, the name findings, evidence and waivers use: its file's
        relative path, with its page range when the file holds several documents
        (`stubs.pdf#pages=2-3`, `stubs.pdf#page=4`; see `document_id`)."""
        return document_id(self.file.relpath, self.page_range if self.split else None)

    @property
    def page_range(self) -> tuple[int, int] | None:
        """The first and last page of the file this document holds; None without pages."""
        numbers = self.page_numbers
        return (min(numbers), max(numbers)) if numbers else None

    @property
    def page_numbers(self) -> tuple[int, ...]:
        return tuple(p.number for p in self.pages)

    @property
    def ocr(self) -> bool:
        return any(p.source == "ocr" for p in self.pages)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    def value(self, name: str) -> FieldValue:
        """The field's value, or None when the document does not show it."""
        f = self.fields.get(name)
        return None if f is None else f.value


@dataclass(frozen=True)
class Evidence:
    """Where a finding's proof is: a document, a page, a box, the text there."""

    document: str
    page: int | None = None
    bbox: BBox | None = None
    text: str = ""
    # The value the finding acted on (CONTRACT.md section 3: `failed` only on values read with
    # confidence): its field name, how sure the reading was, and why the value is not plausible
    # when it is not. None on evidence shown only for context, which decides nothing.
    field_name: str | None = field(default=None, compare=False)
    confidence: float | None = field(default=None, compare=False)
    problem: str | None = field(default=None, compare=False)

    @staticmethod
    def of(
        document: Document, f: Field | None, name: str | None = None, problem: str | None = None
    ) -> Evidence:
        """Evidence of field `f` (named `name`) of the document, carrying its confidence; of
        the document alone when `f` is None."""
        if f is None:
            return Evidence(document=document.id)
        return Evidence(
            document=document.id,
            page=f.page,
            bbox=f.bbox,
            text=f.text,
            field_name=name,
            confidence=f.confidence,
            problem=problem,
        )


@dataclass(frozen=True)
class Waiver:
    """A consultant's decision to accept a finding, with the reason."""

    rule: str
    reason: str
    by: str | None = None
    date: dt.date | None = None
    # A document's identity (that document only) or a file's path (every document of the
    # file); None: every document (`document: all`)
    document: str | None = None
    sha256: str | None = None  # the content of the document's file the waiver was written for
    expires: dt.date | None = None
    line: int = field(default=0, compare=False)  # line in review.yaml, for messages


@dataclass(frozen=True)
class Finding:
    """One result of one rule: what is wrong (or unknown), and the evidence for it."""

    rule: str
    status: Status
    severity: Severity
    message: str
    documents: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    waiver: Waiver | None = None
    # The machine-readable values behind the message (CONTRACT.md section 3, `details`): JSON
    # values only (str, number, bool, None, lists and mappings of them).
    details: Mapping[str, object] | None = field(default=None, hash=False, compare=False)
    # What the finding is about within its document when a rule reports several there
    # (`telephone`, `work[0]`): the third part of its stable id.
    subject: str | None = None

    @property
    def base_id(self) -> str:
        """`RULE:document[:subject]`, before `finding_ids` makes it unique within a report."""
        parts = [self.rule, self.documents[0] if self.documents else "case"]
        if self.subject:
            parts.append(re.sub(r"[^a-z0-9_.]+", "-", self.subject.casefold()).strip("-"))
        return ":".join(parts)

    @property
    def counts(self) -> bool:
        """Whether it weighs on the verdict and exit code."""
        return self.status in ("failed", "unknown")


def finding_ids(findings: Sequence[Finding]) -> list[str]:
    """Each finding's stable id (CONTRACT.md section 3), unique within the report: its base id;
    where several share one, the other document it compares, then the page of its first
    evidence, then its rank among those left alike (in report order)."""
    ids = [f.base_id for f in findings]
    for refine in (_second_document, _first_page):
        ids = _refined(findings, ids, refine)
    seen: dict[str, int] = {}
    unique = []
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
        unique.append(i if seen[i] == 1 else f"{i}:{seen[i]}")
    return unique


def _second_document(f: Finding) -> str | None:
    return f.documents[1] if len(f.documents) > 1 else None


def _first_page(f: Finding) -> str | None:
    page = next((e.page for e in f.evidence if e.page is not None), None)
    return None if page is None else f"p{page}"


def _refined(
    findings: Sequence[Finding], ids: list[str], part: Callable[[Finding], str | None]
) -> list[str]:
    """Ids that collide get `part` of their finding appended, where it tells them apart."""
    counts: dict[str, int] = {}
    for i in ids:
        counts[i] = counts.get(i, 0) + 1
    out = []
    for i, f in zip(ids, findings, strict=True):
        extra = part(f) if counts[i] > 1 else None
        out.append(f"{i}:{extra}" if extra else i)
    return out
