"""How well each part of a reference letter was read: facts the rules weigh an absence with.

An element a rule cannot find is missing from the letter only if the part where it would be
was found and read with confidence; otherwise a person must look. The extractor records, for
each part, where it is and how well its words were read (a born-digital text layer: 1.0; OCR:
the mean confidence of the part's words). A part whose bounds were not recognised (no closing
or sign-off block read, so the letter's end is not known) is not recorded at all. The rules
decide with the one threshold of `auditor/rules/certainty.py`. Each part's value is the number
of lines of ink in it OCR read no word from (0 when none), its text says what and where it is.

- `read_signature`: the sign-off, from the closing formula (or the signatory's block) down
  to the foot of its page: where the signatory's name and title are;
- `read_body`: from the salutation (or the top of the first page) to the sign-off: the
  applicant's name, job title, dates, hours, pay and duties;
- `read_letter`: every page, letterhead, footer and margins, when the sign-off was found:
  where the company's address, telephone number and email may be printed.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.models import Field, Page, Word, union_bbox
from extractors.letter_parts import (
    SALUTATION,
    PageLine,
    find_closing,
    find_signoff,
    page_lines,
)

READING_FIELDS = ("read_signature", "read_body", "read_letter")
# A part of an OCR page holding ink the shape of a line of text from which OCR read no word
# (`Page.marks`) was not read completely: whatever its words' confidence, it is recorded at
# this confidence, below any threshold a firm would set, with the lines counted in its value.
SKIPPED_TEXT_CONFIDENCE = 0.5


def _confidence(lines: Sequence[PageLine]) -> float:
    words = [w for pl in lines for w in pl.line.words]
    if not words:
        return 0.0
    return round(sum(w.confidence for w in words) / len(words), 4)


def _free_band(mark: tuple[float, float, float, float], words: Sequence[Word]) -> float:
    """The tallest horizontal band of a mark that no read word overlaps (the blank-out of the
    words read above or below a skipped line can leave its blob touching them)."""
    covered = sorted(
        (max(w.bbox[1], mark[1]), min(w.bbox[3], mark[3]))
        for w in words
        if w.bbox[0] < mark[2]
        and w.bbox[2] > mark[0]
        and w.bbox[1] < mark[3]
        and w.bbox[3] > mark[1]
    )
    best, at = 0.0, mark[1]
    for top, bottom in covered:
        best = max(best, top - at)
        at = max(at, bottom)
    return max(best, mark[3] - at)


def _skipped_lines(page: Page, top: float, bottom: float) -> int:
    """Marks between `top` and `bottom` of an OCR page that hold a band the shape of a line of
    text (a word's height or a little more, several times as wide) where no word was read."""
    if page.source != "ocr" or not page.marks:
        return 0
    heights = sorted(w.bbox[3] - w.bbox[1] for w in page.words)
    if not heights:
        return 0
    line = heights[len(heights) // 2]
    count = 0
    for m in page.marks:
        middle = (m[1] + m[3]) / 2
        if not top <= middle <= bottom or m[3] - m[1] > 4 * line:
            continue  # elsewhere, or a picture: a stamp, a logo
        band = _free_band(m, page.words)
        if 0.7 * line <= band and m[2] - m[0] >= 3 * band:
            count += 1
    return count


def _part(
    lines: Sequence[PageLine],
    what: str,
    pages: Sequence[Page] = (),
    end: PageLine | None = None,
) -> Field | None:
    """The part made of `lines`; with `pages`, ink skipped by OCR between the part's first
    line and `end` (the top of the next part) counts against it."""
    if not lines:
        return None
    first = lines[0]
    box = union_bbox([pl.line.bbox for pl in lines if pl.page == first.page])
    numbers = sorted({pl.page for pl in lines})
    where = f"page {numbers[0]}" if len(numbers) == 1 else f"pages {numbers[0]}-{numbers[-1]}"
    confidence = _confidence(lines)
    skipped = 0
    for page in pages:
        mine = [pl for pl in lines if pl.page == page.number]
        if mine:
            same = end is not None and end.page == page.number
            bottom = end.line.bbox[1] if end is not None and same else page.height
            skipped += _skipped_lines(page, mine[0].line.bbox[1], bottom)
    if skipped:
        where += f"; {skipped} line{'s' if skipped > 1 else ''} of ink not read as text"
        confidence = min(confidence, SKIPPED_TEXT_CONFIDENCE)
    return Field(skipped, first.page, box, f"{what} ({where})", confidence)


def reading_fields(pages: Sequence[Page], signatory_found: bool) -> dict[str, Field]:
    """`read_signature`, `read_body` and `read_letter`, each when its part was recognised."""
    lines = page_lines(pages)
    if not lines:
        return {}
    closing = find_closing(lines)
    start = closing if closing is not None else find_signoff(lines)
    if start is None and not signatory_found:
        return {}  # the letter's end was not recognised: no part's bounds are known
    if start is None:
        start = len(lines) - 1  # a signatory read under a "Signature:" label: the last line
    end_page = lines[start].page
    signoff = [pl for pl in lines[start:] if pl.page == end_page]
    opening = next(
        (i for i, pl in enumerate(lines[:start]) if SALUTATION.search(pl.text)),
        0,
    )
    out: dict[str, Field] = {}
    for name, part in (
        ("read_signature", _part(signoff, "the sign-off")),
        (
            "read_body",
            _part(
                lines[opening:start] or lines[start : start + 1],
                "the body",
                pages,
                lines[start] if start > opening else None,
            ),
        ),
    ):
        if part is not None:
            out[name] = part
    out["read_letter"] = _whole(pages, lines)
    return out


def _whole(pages: Sequence[Page], lines: Sequence[PageLine]) -> Field:
    """Every page: the confidence of the page read least well (an OCR page with no words: 0)."""
    scores = [
        _confidence([pl for pl in lines if pl.page == p.number]) for p in pages if p.source == "ocr"
    ]
    worst = min(scores, default=1.0)
    first = lines[0]
    where = f"page {pages[0].number}" if len(pages) == 1 else f"{len(pages)} pages"
    box = (0.0, 0.0, pages[0].width, pages[0].height)
    return Field(0, first.page, box, f"the whole letter ({where})", worst)
