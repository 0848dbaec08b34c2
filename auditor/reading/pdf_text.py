"""The PDF text layer: a PDF opened, its facts, and the words of every page whose text is usable.

A page whose text layer is unusable (a scan, glyphs that do not decode) is listed for OCR; a
page with nothing on it is kept as empty. Words keep their boxes in PDF points, in the upright
frame of the page, or in the frame its text runs in when that is another.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import math
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from auditor.i18n import N_
from auditor.models import Page, PdfFacts, ReadFile, SourceFile, Word
from auditor.reading import marks, pdf_forms
from auditor.reading import notes as notes_
from auditor.reading.lines import group_lines

MAX_CHARS_PER_PAGE = 30_000  # a dense printed page holds about 5,000
MIN_USABLE_CHARS = 25  # fewer letters and digits than this: the page is a scan or blank
MAX_GARBAGE_SHARE = 0.30  # undecodable glyphs beyond this share: the text layer is unusable


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """The PDF parsed from the file's bytes (`content.content_of`), never reopened by path."""
    return pdfium.PdfDocument(data)


def _pdf_problem(exc: Exception) -> str:
    text = str(exc).lower()
    # Fixed texts, marked for the catalogue: the report looks them up when it shows a file's
    # problem (the reading cache keeps the English).
    if "password" in text:
        return N_("the PDF is encrypted with a password; ask the client for an unprotected copy")
    if "security" in text:
        return N_(
            "the PDF is protected by a security scheme the auditor cannot open; "
            "ask the client for an unprotected copy"
        )
    if "format" in text or "file" in text:
        return N_(
            "the PDF is damaged beyond repair (its internal structure is broken); "
            "ask the client for a new copy"
        )
    return f"the PDF cannot be opened ({exc}); ask the client for a new copy"


def _pdf_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    m = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?", value.strip())
    if not m:
        return None
    year, month, day, hour, minute, second = (
        int(p) if p else d for p, d in zip(m.groups(), (0, 1, 1, 0, 0, 0), strict=True)
    )
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def scan_markers(data: bytes) -> tuple[int, bool]:
    """How many %%EOF markers the file holds, and whether it names an /Encrypt dictionary."""
    return data.count(b"%%EOF"), b"/Encrypt" in data


def _pdf_facts(data: bytes, pdf: pdfium.PdfDocument) -> PdfFacts:
    meta = pdf.get_metadata_dict(skip_empty=True)
    eofs, encrypted = scan_markers(data)
    return PdfFacts(
        producer=meta.get("Producer"),
        creator=meta.get("Creator"),
        created=_pdf_date(meta.get("CreationDate")),
        modified=_pdf_date(meta.get("ModDate")),
        incremental_updates=max(0, eofs - 1),
        encrypted=encrypted,
    )


def read_pdf(
    file: SourceFile, data: bytes, max_pages: int, seconds: float
) -> tuple[ReadFile, list[int]]:
    """The PDF's text-layer pages (of its first `max_pages`, read for at most `seconds`), and
    the numbers of the pages that need OCR, parsed from `data`, the file's bytes. Never
    raises for a bad file: see `read.problem`."""
    try:
        pdf = open_pdf(data)
    except pdfium.PdfiumError as exc:
        return ReadFile(file, problem=_pdf_problem(exc)), []
    try:
        pdf_forms.init_forms(pdf)  # before any page is loaded
        facts = _pdf_facts(data, pdf)
        pages: list[Page] = []
        to_ocr: list[int] = []
        notes: list[str] = []
        if not pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(pdf.raw):
            notes.append(
                N_(
                    "the PDF was damaged and has been repaired to read it; "
                    "some of its content may be missing"
                )
            )
        count = len(pdf)
        if count == 0:
            problem = N_("the PDF has no pages; ask the client for a new copy")
            return ReadFile(file, pdf=facts, problem=problem), []
        if count > max_pages:
            notes.append(notes_.PDF_TOO_LONG.format(count=f"{count:,}", max=max_pages))
        deadline = time.monotonic() + seconds
        for index in range(min(count, max_pages)):
            number = index + 1
            if time.monotonic() > deadline:
                notes.append(
                    notes_.PDF_TOO_SLOW.format(
                        first=number, last=min(count, max_pages), seconds=f"{seconds:.0f}"
                    )
                )
                break
            _read_pdf_page(pdf, number, pages, to_ocr, notes)
        return ReadFile(file, tuple(pages), facts, notes=tuple(notes)), to_ocr
    finally:
        pdf.close()


def _read_pdf_page(
    pdf: pdfium.PdfDocument, number: int, pages: list[Page], to_ocr: list[int], notes: list[str]
) -> None:
    """Keep the page's text layer when usable, else list it for OCR (or as empty)."""
    try:
        page = pdf[number - 1]
    except pdfium.PdfiumError:
        notes.append(notes_.PAGE_DAMAGED.format(number=number))
        return
    try:
        try:
            text_page = _text_layer_page(pdf, page, number)
        except pdfium.PdfiumError:
            text_page = None  # a broken text layer: the picture of the page may still read
        if text_page is not None:
            if text_page.note:
                notes.append(notes_.PAGE_NOTE.format(number=number, note=text_page.note))
                text_page = replace(text_page, note=None)
            pages.append(text_page)
            if _picture_without_text(page, text_page):
                to_ocr.append(number)  # read.merge_ocr adds the words the text layer lacks
        elif _has_content(page):
            to_ocr.append(number)
        else:
            w, h = page.get_size()
            pages.append(Page(number, w, h, (), "empty"))
    finally:
        page.close()


PICTURE_SHARE = 0.2  # an image covering this share of the page may carry words of its own
PICTURE_TEXT_CHARS = 25  # ... unless the text layer has this many letters and digits over it


def _picture_without_text(page: pdfium.PdfPage, text_page: Page) -> bool:
    """Whether a text-layer page shows a picture that may carry words its text layer lacks:
    an image covering a good part of the page with (almost) no text-layer words over it, as a
    scan under a caption or a pasted picture of a document. A scan with an OCR text layer
    (searchable PDF) has its words over the image and is not read again."""
    if text_page.rotation:
        return False
    w, h = page.get_size()
    left0, bottom0, _, _ = page.get_bbox()
    raw = page.raw
    left, bottom = ctypes.c_float(), ctypes.c_float()
    right, top = ctypes.c_float(), ctypes.c_float()
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):  # raw calls: a text page has many
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        box = (x0 - left0, h - (y1 - bottom0), x1 - left0, h - (y0 - bottom0))
        box = (max(0.0, box[0]), max(0.0, box[1]), min(w, box[2]), min(h, box[3]))
        if (box[2] - box[0]) * (box[3] - box[1]) < PICTURE_SHARE * w * h:
            continue
        over = sum(
            sum(c.isalnum() for c in word.text)
            for word in text_page.words
            if box[0] <= (word.bbox[0] + word.bbox[2]) / 2 <= box[2]
            and box[1] <= (word.bbox[1] + word.bbox[3]) / 2 <= box[3]
        )
        if over < PICTURE_TEXT_CHARS:
            return True
    return False


def _has_content(page: pdfium.PdfPage) -> bool:
    return next(iter(page.get_objects(max_depth=1)), None) is not None


def _font_name(text_page: pdfium.PdfTextPage, index: int) -> str | None:
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    n = pdfium_c.FPDFText_GetFontInfo(text_page.raw, index, buf, 128, ctypes.byref(flags))
    return buf.raw[: max(0, n - 1)].decode("utf-8", "replace") if n else None


_CType = type[ctypes.c_int] | type[ctypes.c_float] | type[ctypes.c_void_p]


def _plain(fn: Any, restype: _CType, *argtypes: _CType) -> Callable[..., Any]:
    """The same pdfium function called with plain integers: no pointer wrapping or casting.

    `FPDFText_GetTextObject` returns a typed pointer that needs a `ctypes.cast` per character
    to compare, and the typed wrappers convert every argument; on a 500-character page those
    conversions were half the reading time (PERF.md: pdfium itself needs ~2 ms a page).
    """
    address = ctypes.cast(fn, ctypes.c_void_p).value
    if address is None:
        raise RuntimeError(f"pdfium function {fn} has no address")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_LOOSE_CHAR_BOX = _plain(
    pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p
)
_TEXT_OBJECT = _plain(
    pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int
)


def _to_upright(box: tuple[float, float, float, float], rotation: int, w: float, h: float):
    """Map a PDF user-space box (left, bottom, right, top; w x h unrotated) to the upright frame."""
    left, bottom, right, top = box
    if rotation == 90:
        return (bottom, left, top, right)
    if rotation == 180:
        return (w - right, bottom, w - left, top)
    if rotation == 270:
        return (h - top, w - right, h - bottom, w - left)
    return (left, h - top, right, h - bottom)


_CHAR_ANGLE = _plain(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float, ctypes.c_void_p, ctypes.c_int)
ANGLE_SAMPLE = 64  # characters asked their angle to find which way a page's text runs


def _reading_rotation(raw: int, text: str, page_rotation: int) -> int:
    """Which way the page's text runs: the quarter turn (degrees counter-clockwise in PDF space)
    most of its characters are drawn at, from up to ANGLE_SAMPLE of them spread over the page.

    Usually that is the page's own /Rotate, so the page reads upright as displayed. A table
    drawn sideways on the paper, or a /Rotate that turns horizontal text on its side, gives
    another: the words are then read in the frame their text runs in.
    """
    letters = [i for i, ch in enumerate(text) if ch.isalnum()]
    if not letters:
        return page_rotation
    step = max(1, len(letters) // ANGLE_SAMPLE)
    votes: dict[int, int] = {}
    for i in letters[::step]:
        radians = _CHAR_ANGLE(raw, i)
        if radians < 0:  # pdfium could not tell
            continue
        clockwise = round(math.degrees(radians) / 90) * 90 % 360
        ccw = (360 - clockwise) % 360
        votes[ccw] = votes.get(ccw, 0) + 1
    if not votes:
        return page_rotation
    best = max(votes, key=lambda k: (votes[k], k == page_rotation))
    # The page's own rotation unless another direction holds most of the text.
    return best if votes[best] * 2 > sum(votes.values()) else page_rotation


def _text_layer_words(
    page: pdfium.PdfPage, cut: list[int] | None = None, turned: list[int] | None = None
) -> Iterator[Word]:
    """The words of the page's text layer; a page of absurd length is cut (noted in `cut`).

    A word is a run of characters on one row with no wider gap than a third of their height.
    This loop runs once per character of every text-layer page: it calls pdfium through
    `_plain` functions with one reused box, and keeps a word's extent as running minima and
    maxima, so a page costs little more than pdfium's own ~2 ms.
    """
    rotation = page.get_rotation() % 360
    left0, bottom0, right0, top0 = page.get_bbox()  # the effective box, inherited or not
    w, h = right0 - left0, top0 - bottom0
    text_page = page.get_textpage()
    try:
        n = text_page.count_chars()
        if n <= 0:
            return
        if n > MAX_CHARS_PER_PAGE:
            if cut is not None:
                cut.append(n)
            n = MAX_CHARS_PER_PAGE
        text = text_page.get_text_range(0, n)
        if len(text) != n:  # surrogate pairs shift indices; read char by char instead
            text = "".join(text_page.get_text_range(i, 1) or " " for i in range(n))
        raw = ctypes.cast(text_page.raw, ctypes.c_void_p).value
        if raw is None:
            raise pdfium.PdfiumError("Failed to load text page.")
        rotation = _reading_rotation(raw, text, rotation)
        if turned is not None:
            turned.append(rotation)
        rect = pdfium_c.FS_RECTF()
        rect_address = ctypes.addressof(rect)
        char_box, text_object = _LOOSE_CHAR_BOX, _TEXT_OBJECT
        chars: list[str] = []
        fonts: set[str] = set()
        last_obj = None
        font_of: dict[int, str | None] = {}
        wx0 = wy0 = wx1 = wy1 = 0.0  # the current word's box
        px0 = py0 = px1 = py1 = 0.0  # the previous character's box
        for i, ch in enumerate(text):
            if ch.isspace() or ch in "\x00\ufffe":
                if chars:
                    yield Word(
                        "".join(chars),
                        (wx0, wy0, wx1, wy1),
                        1.0,
                        "|".join(sorted(fonts)) if fonts else None,
                    )
                    chars.clear()
                fonts.clear()
                continue
            if not char_box(raw, i, rect_address):
                raise pdfium.PdfiumError("Failed to get charbox.")
            bx0, by0 = rect.left - left0, rect.bottom - bottom0
            bx1, by1 = rect.right - left0, rect.top - bottom0
            if rotation:
                x0, y0, x1, y1 = _to_upright((bx0, by0, bx1, by1), rotation, w, h)
            else:
                x0, y0, x1, y1 = bx0, h - by1, bx1, h - by0
            if chars:
                height = max(1.0, y1 - y0)
                same_row = abs((y0 + y1) / 2 - (py0 + py1) / 2) < height / 2
                if not same_row or x0 - px1 > 0.35 * height or x1 < px0:
                    yield Word(
                        "".join(chars),
                        (wx0, wy0, wx1, wy1),
                        1.0,
                        "|".join(sorted(fonts)) if fonts else None,
                    )
                    chars.clear()
                    fonts.clear()
            obj_id = text_object(raw, i)
            if obj_id != last_obj or not fonts:
                if obj_id is None:  # a character pdfium made up (no object): ask each time
                    name = _font_name(text_page, i)
                else:  # a text object has one font: ask pdfium once
                    if obj_id not in font_of:
                        font_of[obj_id] = _font_name(text_page, i)
                    name = font_of[obj_id]
                if name:
                    fonts.add(name.split("+")[-1])
                last_obj = obj_id
            if chars:
                wx0, wy0 = min(wx0, x0), min(wy0, y0)
                wx1, wy1 = max(wx1, x1), max(wy1, y1)
            else:
                wx0, wy0, wx1, wy1 = x0, y0, x1, y1
            chars.append(ch)
            px0, py0, px1, py1 = x0, y0, x1, y1
        if chars:
            yield Word(
                "".join(chars),
                (wx0, wy0, wx1, wy1),
                1.0,
                "|".join(sorted(fonts)) if fonts else None,
            )
    finally:
        text_page.close()


def _usable(words: list[Word]) -> bool:
    text = "".join(w.text for w in words)
    alnum = sum(ch.isalnum() for ch in text)
    garbage = sum(ch == "\ufffd" or 0xE000 <= ord(ch) <= 0xF8FF for ch in text)
    return alnum >= MIN_USABLE_CHARS and garbage <= MAX_GARBAGE_SHARE * max(1, len(text))


def _with_form_values(
    pdf: pdfium.PdfDocument, page: pdfium.PdfPage, words: list[Word], rotation: int
) -> list[Word]:
    """The text layer's words and the page's filled form fields' values (`pdf_forms`), in
    the same frame; a value the page content also prints at the same place is kept once."""
    left0, bottom0, right0, top0 = page.get_bbox()
    w, h = right0 - left0, top0 - bottom0

    def to_frame(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        if rotation:
            return _to_upright(box, rotation, w, h)
        return (box[0], h - box[3], box[2], h - box[1])

    values = pdf_forms.form_words(pdf, page, to_frame)
    if not values:
        return words
    printed = [
        x
        for x in values
        if not any(t.text == x.text and _centre_inside(x.bbox, t.bbox) for t in words)
    ]
    return words + printed


def _centre_inside(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    x, y = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] - 2 <= x <= outer[2] + 2 and outer[1] - 2 <= y <= outer[3] + 2


def _text_layer_page(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, number: int) -> Page | None:
    cut: list[int] = []
    turned: list[int] = []
    words = list(_text_layer_words(page, cut, turned))
    page_rotation = page.get_rotation() % 360
    reading = turned[0] if turned else page_rotation
    if pdf.formenv is not None:
        words = _with_form_values(pdf, page, words, reading)
    if not _usable(words):
        return None
    w, h = page.get_size()
    # Words are in the frame the text runs in; when that is not the page as displayed, the
    # page is turned clockwise by `turn` to read it (and its pictures are turned the same way).
    turn = (reading - page_rotation) % 360
    if turn in (90, 270):
        w, h = h, w
    note = (
        notes_.TEXT_CUT.format(max=f"{MAX_CHARS_PER_PAGE:,}", count=f"{cut[0]:,}") if cut else None
    )
    found = marks.of_pdf_page(page, words, w, turn)
    return Page(number, w, h, group_lines(words), "text", rotation=turn, note=note, marks=found)
