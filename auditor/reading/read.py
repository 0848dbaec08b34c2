"""Reading a file into pages of words: the PDF text layer where it is usable, OCR elsewhere.

Reading is split in two so that OCR can run page by page across worker processes:
`read_text(file)` opens the file once, keeps every page whose text layer is usable, and lists
the pages that need OCR; `read_ocr_page(file, number, engine)` reads one of those. Every word
keeps its box in the upright page frame: PDF points on PDF pages, pixels on image files.

This module sends a file to its reading (`pdf_text` for PDFs, `scans` for pages OCR reads),
holds the page policy, and puts a file's pages back together (`merge_ocr`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from auditor.i18n import N_
from auditor.models import Page, ReadFile, SourceFile
from auditor.reading import imaging, pdf_text
from auditor.reading import notes as notes_
from auditor.reading.content import content_of
from auditor.reading.formats import describe_unknown, sniff, wrong_name
from auditor.reading.lines import group_lines
from auditor.reading.scans import failed_page, read_ocr_page

__all__ = ["TextPass", "failed_page", "merge_ocr", "read_ocr_page", "read_text"]

# Page policy (SECURITY.md): a case document has a few pages, a bundle of scans a few dozen.
# Beyond MAX_PAGES a file is read up to that page and the report says so; beyond MAX_OCR_PAGES
# pages needing OCR are left unread (OCR costs seconds a page). Text layers are read for at
# most TEXT_PASS_SECONDS, then what was read is kept and the rest is noted.
MAX_PAGES = 200
MAX_OCR_PAGES = 50
TEXT_PASS_SECONDS = 30.0


@dataclass(frozen=True)
class TextPass:
    """The outcome of reading a file's text layer: the file so far, and pages still to OCR."""

    read: ReadFile
    ocr_pages: tuple[int, ...]
    kind: str  # "pdf", "image", or "unknown"


def read_text(file: SourceFile) -> TextPass:
    """Open the file, read every usable text-layer page, and list the pages needing OCR.

    The file is read once (`content.content_of`) and parsed from those bytes. Never raises for
    a bad file: every reason a file cannot be read is `read.problem`. Raises
    `content.FileChanged` when the file is no longer the one discovery hashed, and
    `content.FileUnopenable` when it cannot be opened now: neither is a fact about its content.
    """
    if file.size == 0:
        return TextPass(
            ReadFile(
                file,
                problem=N_("the file is empty (0 bytes); ask the client for the document again"),
            ),
            (),
            "unknown",
        )
    data = content_of(file)
    head = data[:1024]
    kind = sniff(head)
    suffix = file.path.suffix
    if kind == "pdf":
        read, to_ocr = pdf_text.read_pdf(file, data, MAX_PAGES, TEXT_PASS_SECONDS)
        text = _at_most_ocr_pages(read, to_ocr)
    elif kind == "image":
        text = _plan_image(file, data)
    else:
        return TextPass(ReadFile(file, problem=describe_unknown(head, suffix)), (), "unknown")
    notes = wrong_name(kind, suffix)
    if notes and text.read.problem is None:
        text = replace(text, read=replace(text.read, notes=notes + text.read.notes))
    return text


def _at_most_ocr_pages(read: ReadFile, to_ocr: list[int]) -> TextPass:
    """A PDF's text pass, its pages to OCR cut to MAX_OCR_PAGES (and the cut noted)."""
    if len(to_ocr) > MAX_OCR_PAGES:
        skipped = to_ocr[MAX_OCR_PAGES:]
        note = notes_.SCANS_CUT.format(
            n=len(skipped), first=skipped[0], last=skipped[-1], max=MAX_OCR_PAGES
        )
        read = replace(read, notes=(*read.notes, note))
        to_ocr = to_ocr[:MAX_OCR_PAGES]
    return TextPass(read, tuple(to_ocr), "pdf")


def _plan_image(file: SourceFile, data: bytes) -> TextPass:
    """An image file's text pass: no text layer, every frame (up to the policy) for OCR."""
    try:
        frames = imaging.count_frames(data, MAX_PAGES)
    except imaging.ImageProblem as exc:
        return TextPass(ReadFile(file, problem=str(exc)), (), "image")
    notes: list[str] = []
    if frames > MAX_PAGES:
        notes.append(notes_.IMAGE_TOO_LONG.format(most=MAX_PAGES, max=MAX_OCR_PAGES))
    elif frames > MAX_OCR_PAGES:
        notes.append(notes_.IMAGE_CUT.format(frames=frames, max=MAX_OCR_PAGES))
    planned = tuple(range(1, min(frames, MAX_OCR_PAGES) + 1))
    return TextPass(ReadFile(file, notes=tuple(notes)), planned, "image")


def merge_ocr(read: ReadFile, ocr_pages: list[Page]) -> ReadFile:
    """The file with its OCR pages put in page order beside its text-layer pages.

    When no page holds any text, the file is unreadable, and the reason says why: the pages
    failed (with the first failure's reason), or they are blank or illegible.
    """
    text_pages = {p.number: p for p in read.pages}
    both = [p for p in ocr_pages if p.number in text_pages]
    for page in both:  # a text-layer page whose picture was OCRed as well
        text_pages[page.number] = with_picture_words(text_pages[page.number], page)
    ocr_pages = [p for p in ocr_pages if p.number not in text_pages]
    pages = sorted([*text_pages.values(), *ocr_pages], key=lambda p: p.number)
    ocr_pages = sorted(ocr_pages, key=lambda p: p.number)
    notes = list(read.notes) + _page_notes(ocr_pages)
    problem = read.problem
    if problem is None and pages and not any(p.lines for p in pages):
        failed = [p for p in ocr_pages if p.note and not p.lines and p.width == 0]
        if failed and len(failed) == len(pages):
            where = notes_.ITS_PAGE if len(pages) == 1 else notes_.ANY_PAGE.format(count=len(pages))
            problem = notes_.NOT_READ.format(where=where, note=failed[0].note)
        else:
            problem = N_(
                "no readable text on any page (blank or illegible); "
                "ask the client for a clearer copy"
            )
    elif problem is None and not pages and not ocr_pages and read.notes:
        problem = notes_.NOTHING_READ.format(note=read.notes[-1])
    return replace(read, pages=tuple(pages), notes=tuple(notes), problem=problem)


PICTURE_WORD_CONFIDENCE = 0.5  # OCR words of a picture below this are specks, not words


def with_picture_words(text: Page, ocr: Page) -> Page:
    """A text-layer page with the words OCR read on the picture it shows that its text layer
    lacks (an OCR word whose centre lies on no text-layer word). OCR of the whole page, in
    another frame (turned, another size), replaces the page; a failed OCR leaves it as is."""
    if not ocr.lines:
        return text
    same_frame = (
        ocr.rotation == 0
        and abs(ocr.width - text.width) <= 0.02 * text.width
        and abs(ocr.height - text.height) <= 0.02 * text.height
    )
    if not same_frame:
        return ocr
    boxes = [w.bbox for w in text.words]

    def on_text(b: tuple[float, float, float, float]) -> bool:
        x, y = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        return any(t[0] - 2 <= x <= t[2] + 2 and t[1] - 2 <= y <= t[3] + 2 for t in boxes)

    added = [
        w
        for w in ocr.words
        if w.confidence >= PICTURE_WORD_CONFIDENCE
        and any(c.isalnum() for c in w.text)
        and not on_text(w.bbox)
    ]
    if not added:
        return text
    words = [*text.words, *added]
    mostly_ocr = len(added) > len(boxes)
    return replace(
        text,
        lines=group_lines(words),
        source="ocr" if mostly_ocr else text.source,
        skew=ocr.skew,
        ocr_confidence=ocr.ocr_confidence,
        marks=text.marks + ocr.marks,
    )


def _page_notes(pages: list[Page]) -> list[str]:
    """A note per page, in page order; pages in a row with the same note share one."""
    runs: list[tuple[int, int, str]] = []
    for page in pages:
        if not page.note:
            continue
        if runs and runs[-1][2] == page.note and runs[-1][1] == page.number - 1:
            runs[-1] = (runs[-1][0], page.number, page.note)
        else:
            runs.append((page.number, page.number, page.note))
    return [
        notes_.PAGE_NOTE.format(number=first, note=note)
        if first == last
        else notes_.PAGES_NOTE.format(first=first, last=last, note=note)
        for first, last, note in runs
    ]
