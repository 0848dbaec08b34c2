"""Splits a read file into logical documents and gives each its kind, language and fields."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from auditor.models import Document, Page, ReadFile
from extractors.doc_language import detect_language
from extractors.letter_parts import SALUTATION
from extractors.parse.mrz import mrz_like
from extractors.parse.ocrfix import strip_box_edges
from extractors.passport import find_zone
from extractors.registry import EXTRACTORS, OUTRANKS

log = logging.getLogger(__name__)

STRONG = 0.5  # a page scoring this for a kind is recognised as that kind
MARGIN = 0.15  # ... when no other kind scores within this of it
ONE_PAGE_KINDS = {"pay_stub", "passport", "t4"}
CONTINUATION = re.compile(
    r"\bpage\s*(?:[2-9]|1\d)\s*(?:of|/|de|sur)\s*\d+\b|\b(?:[2-9])\s*/\s*[2-9]\s*$|\(continued\)|"
    r"\(suite\)|\bcontinued\s+from\b",
    re.I | re.M,
)


# A form's instruction page (the back of a slip, "how to fill in this form"): lines telling
# the reader what to do, in English or French. A page with several such lines, of a kind
# already running, belongs to the form before it rather than starting another document.
INSTRUCTION = re.compile(
    r"\b(?:enter\s+(?:it\s+|this\s+amount\s+|the\s+amount\s+)?on\s+line|go\s+to\s+\S+\.(?:ca|gc\.ca|com)|"
    r"report\s+(?:these|this|the)\s+amounts?|do\s+not\s+(?:enter|report|include|attach)|"
    r"(?:see|refer\s+to)\s+(?:form|the\s+guide|guide)\b|instructions?\b|"
    r"inscrivez|reportez|n['’]inscrivez\s+pas|consultez|allez\s+à|voir\s+(?:le\s+)?(?:formulaire|guide)\b|"
    r"à\s+la\s+ligne\s+\d|on\s+line\s+\d)",
    re.I,
)
INSTRUCTION_LINES = 4  # lines with an instruction that make a page an instruction page
INSTRUCTION_SHARE = 0.12  # ... and at least this share of the page's lines


def is_instructions(page: Page) -> bool:
    """Whether a page is a form's instructions: many of its lines tell the reader what to do."""
    lines = [ln.text for ln in page.lines if ln.text.strip()]
    told = sum(1 for t in lines if INSTRUCTION.search(t))
    return told >= INSTRUCTION_LINES and told >= INSTRUCTION_SHARE * len(lines)


@dataclass
class _Run:
    pages: list[Page]
    kind: str | None


def page_kind(page: Page) -> tuple[str | None, float]:
    """The kind a page is confidently recognised as, with its score; (None, best) when unsure."""
    return decide(page.text)  # a property joining every line: built once for all extractors


def decide(text: str) -> tuple[str | None, float]:
    """The kind the text is surely recognised as, with its score; (None, best) when unsure.

    A kind scoring STRONG first removes the broader kinds it outranks (`registry.OUTRANKS`);
    the best remaining kind must then lead the next by MARGIN."""
    scored = {kind: ex.recognise(text) for kind, ex in EXTRACTORS.items()}
    for kind, broader in OUTRANKS.items():
        if scored.get(kind, 0.0) >= STRONG:
            for other in broader:
                scored.pop(other, None)
    scores = sorted(((s, k) for k, s in scored.items()), reverse=True)
    if not scores:
        return None, 0.0
    best, kind = scores[0]
    second = scores[1][0] if len(scores) > 1 else 0.0
    if best >= STRONG and best - second >= MARGIN:
        return kind, best
    return None, best


def _starts_document(page: Page, kind: str) -> bool:
    """Whether a page of a kind already running begins a new document of that kind."""
    if CONTINUATION.search(page.text):
        return False
    if kind in ONE_PAGE_KINDS and is_instructions(page):
        return False  # the back of a slip, not another slip
    if kind == "employment_letter":
        top = [ln.text for ln in page.lines if ln.bbox[1] < 0.45 * page.height]
        return any(SALUTATION.search(t) for t in top)
    return True


def split_pages(pages: tuple[Page, ...]) -> list[_Run]:
    """Runs of consecutive pages that belong to one logical document."""
    runs: list[_Run] = []
    for page in pages:
        if not page.text.strip():
            if runs:
                runs[-1].pages.append(page)
            else:
                runs.append(_Run([page], None))
            continue
        kind, _ = page_kind(page)
        cur = runs[-1] if runs else None
        if kind is None:
            if cur is not None:
                cur.pages.append(page)
            else:
                runs.append(_Run([page], None))
        elif cur is None:
            runs.append(_Run([page], kind))
        elif cur.kind is None and not any(p.text.strip() for p in cur.pages):
            cur.pages.append(page)
            cur.kind = kind
        elif cur.kind == kind and not _starts_document(page, kind):
            cur.pages.append(page)
        elif cur.kind is None and CONTINUATION.search(page.text):
            cur.pages.append(page)
            cur.kind = kind
        else:
            runs.append(_Run([page], kind))
    return runs


def _mrz_decides(pages: tuple[Page, ...], kind: str | None) -> tuple[str | None, str | None]:
    """The kind a machine-readable zone's document code gives, with a note when the document
    is a visa or an identity card: P is a passport; V, I, A and C are not, whatever the page
    says. Only a zone with at least two check digits holding decides; other kinds (a permit
    with a zone-like line) keep theirs."""
    texts = [ln.text for p in pages for ln in p.lines]
    if kind not in (None, "passport") or not any("<" in t or mrz_like(t) for t in texts):
        return kind, None
    zone = find_zone(pages)
    if zone is None or sum(zone[0].checks.values()) < 2:
        return kind, None
    mrz = zone[0]
    if mrz.document_type == "passport":
        return "passport", None
    code = mrz.document_code or "?"
    return "other", (
        f"machine-readable zone of {_article(mrz.document_type)} {mrz.document_type} "
        f"(document code {code}, {mrz.format}): not a passport"
    )


def _article(noun: str) -> str:
    return "an" if noun[:1] in "aeiou" else "a"


def split_and_classify(read: ReadFile) -> list[Document]:
    """The logical documents of a file, each with kind, language and fields; when the file
    holds several, each is a part named by its page range (`Document.id`)."""
    if read.problem is not None or not any(p.text.strip() for p in read.pages):
        problem = read.problem or "no readable text on any page"
        return [
            Document(
                file=read.file,
                pages=read.pages,
                kind="unreadable",
                pdf=read.pdf,
                problem=problem,
                notes=read.notes,
            )
        ]
    docs: list[Document] = []
    for run in split_pages(read.pages):
        pages = tuple(run.pages)
        kind = run.kind
        if kind is None:
            kind, _ = decide("\n".join(p.text for p in pages))
        notes = read.notes
        kind, note = _mrz_decides(pages, kind)
        if note is not None:
            notes = notes + (note,)
        fields = {}
        if kind is not None and kind in EXTRACTORS:
            try:
                read_pages = [p for p in pages if not is_instructions(p)] or list(pages)
                fields = EXTRACTORS[kind].extract(tuple(strip_box_edges(p) for p in read_pages))
            except Exception as exc:  # noqa: BLE001 - one document never stops the audit
                log.warning("extractor %s failed on %s: %s", kind, read.file.relpath, exc)
                notes = notes + (f"{kind} extractor failed: {type(exc).__name__}: {exc}",)
        docs.append(
            Document(
                file=read.file,
                pages=pages,
                kind=kind or "other",
                fields=fields,
                language=detect_language("\n".join(p.text for p in pages)),
                pdf=read.pdf,
                notes=notes,
            )
        )
    return parts(docs)


def parts(docs: list[Document]) -> list[Document]:
    """The documents of one file, each marked a part when the file holds several, so its
    identity names its page range (`Document.id`: `stubs.pdf#pages=2-3`)."""
    if len(docs) < 2:
        return docs
    return [replace(d, split=True) for d in docs]
