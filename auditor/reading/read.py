"""Reading a file into pages of words: the PDF text layer where it is usable, OCR elsewhere.

Reading is split in two so that OCR can run page by page across worker processes:
`read_text(file)` opens the file once, keeps every page whose text layer is usable, and lists
the pages that need OCR; `read_ocr_page(file, number, engine)` reads one of those. Every word
keeps its box in the upright page frame: PDF points on PDF pages, pixels on image files.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import io
import math
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from auditor.models import Page, PdfFacts, ReadFile, SourceFile, Word
from auditor.reading import imaging, marks, ocr, workers
from auditor.reading.formats import describe_unknown, sniff, wrong_name
from auditor.reading.lines import group_lines

OCR_DPI = 300
# Page policy (SECURITY.md): a case document has a few pages, a bundle of scans a few dozen.
# Beyond MAX_PAGES a file is read up to that page and the report says so; beyond MAX_OCR_PAGES
# pages needing OCR are left unread (OCR costs seconds a page). Text layers are read for at
# most TEXT_PASS_SECONDS, then what was read is kept and the rest is noted.
MAX_PAGES = 200
MAX_OCR_PAGES = 50
TEXT_PASS_SECONDS = 30.0
MAX_CHARS_PER_PAGE = 30_000  # a dense printed page holds about 5,000
BLANK_RANGE = 32  # a page image whose darkest and lightest pixels differ less is blank
PICTURE_SECONDS = 30.0  # to render one page picture for the report
# An image file's picture for the report is reduced when it is at least this many times the
# resolution asked for (thumbnails); evidence crops keep the image's own pixels, for legibility.
PICTURE_REDUCE_MIN = 3
PARTIAL_IMAGE = "the image file is cut short or damaged; only the part that decodes was read"
MIN_USABLE_CHARS = 25  # fewer letters and digits than this: the page is a scan or blank
MAX_GARBAGE_SHARE = 0.30  # undecodable glyphs beyond this share: the text layer is unusable
EDITOR_PRODUCERS = re.compile(
    r"acrobat(?!.*distiller)|foxit|nitro|sejda|smallpdf|ilovepdf|pdfescape|pdf-xchange|"
    r"pdfelement|inkscape|photoshop|gimp|libreoffice draw|pdf editor|pdfsam|canva",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TextPass:
    """The outcome of reading a file's text layer: the file so far, and pages still to OCR."""

    read: ReadFile
    ocr_pages: tuple[int, ...]
    kind: str  # "pdf", "image", or "unknown"


def _cannot_open(exc: OSError) -> str:
    why = (exc.strerror or str(exc)).lower()
    return (
        f"the file cannot be opened ({why}); check that it is a normal file the auditor "
        "may read, or ask the client for a new copy"
    )


def read_text(file: SourceFile) -> TextPass:
    """Open the file, read every usable text-layer page, and list the pages needing OCR.

    Never raises for a bad file: every reason a file cannot be read is `read.problem`.
    """
    if file.size == 0:
        return TextPass(
            ReadFile(
                file, problem="the file is empty (0 bytes); ask the client for the document again"
            ),
            (),
            "unknown",
        )
    try:
        with open(file.path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        return TextPass(ReadFile(file, problem=_cannot_open(exc)), (), "unknown")
    kind = sniff(head)
    suffix = file.path.suffix
    if kind == "pdf":
        text = _read_pdf_text(file)
    elif kind == "image":
        text = _plan_image(file)
    else:
        return TextPass(ReadFile(file, problem=describe_unknown(head, suffix)), (), "unknown")
    notes = wrong_name(kind, suffix)
    if notes and text.read.problem is None:
        text = replace(text, read=replace(text.read, notes=notes + text.read.notes))
    return text


# --- PDF ---------------------------------------------------------------------------------------


def _open_pdf(file: SourceFile) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(str(file.path))


def _pdf_problem(exc: Exception) -> str:
    text = str(exc).lower()
    if "password" in text:
        return "the PDF is encrypted with a password; ask the client for an unprotected copy"
    if "security" in text:
        return (
            "the PDF is protected by a security scheme the auditor cannot open; "
            "ask the client for an unprotected copy"
        )
    if "format" in text or "file" in text:
        return (
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
    parts = [int(p) if p else d for p, d in zip(m.groups(), (0, 1, 1, 0, 0, 0), strict=True)]
    try:
        return dt.datetime(*parts)  # type: ignore[arg-type]
    except ValueError:
        return None


SCAN_CHUNK = 1 << 20


def scan_markers(path: Path) -> tuple[int, bool]:
    """How many %%EOF markers the file holds, and whether it names an /Encrypt dictionary.

    Read in chunks (overlapping by a marker's length) so a large PDF is never held in memory.
    """
    eofs, encrypted, tail = 0, False, b""
    with open(path, "rb") as fh:
        while chunk := fh.read(SCAN_CHUNK):
            window = tail + chunk
            eofs += window.count(b"%%EOF") - tail.count(b"%%EOF")
            encrypted = encrypted or b"/Encrypt" in window
            tail = window[-7:]  # shorter than both markers plus one: no marker counted twice
    return eofs, encrypted


def _pdf_facts(file: SourceFile, pdf: pdfium.PdfDocument) -> PdfFacts:
    meta = pdf.get_metadata_dict(skip_empty=True)
    try:
        eofs, encrypted = scan_markers(file.path)
    except OSError:
        eofs, encrypted = 1, False
    return PdfFacts(
        producer=meta.get("Producer"),
        creator=meta.get("Creator"),
        created=_pdf_date(meta.get("CreationDate")),
        modified=_pdf_date(meta.get("ModDate")),
        incremental_updates=max(0, eofs - 1),
        encrypted=encrypted,
    )


def _read_pdf_text(file: SourceFile) -> TextPass:
    try:
        pdf = _open_pdf(file)
    except pdfium.PdfiumError as exc:
        return TextPass(ReadFile(file, problem=_pdf_problem(exc)), (), "pdf")
    try:
        facts = _pdf_facts(file, pdf)
        pages: list[Page] = []
        to_ocr: list[int] = []
        notes: list[str] = []
        if not pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(pdf.raw):
            notes.append(
                "the PDF was damaged and has been repaired to read it; "
                "some of its content may be missing"
            )
        count = len(pdf)
        if count == 0:
            problem = "the PDF has no pages; ask the client for a new copy"
            return TextPass(ReadFile(file, pdf=facts, problem=problem), (), "pdf")
        if count > MAX_PAGES:
            notes.append(
                f"the PDF has {count:,} pages; only the first {MAX_PAGES} were read "
                "(a case document is far shorter: split the file into its documents)"
            )
        deadline = time.monotonic() + TEXT_PASS_SECONDS
        for index in range(min(count, MAX_PAGES)):
            number = index + 1
            if time.monotonic() > deadline:
                notes.append(
                    f"pages {number}-{min(count, MAX_PAGES)} were not read: the file "
                    f"is too slow to read (over {TEXT_PASS_SECONDS:.0f} s)"
                )
                break
            _read_pdf_page(pdf, number, pages, to_ocr, notes)
        if len(to_ocr) > MAX_OCR_PAGES:
            skipped = to_ocr[MAX_OCR_PAGES:]
            notes.append(
                f"{len(skipped)} scanned pages ({skipped[0]}-{skipped[-1]}) were not read: "
                f"at most {MAX_OCR_PAGES} pages of one file are read by OCR; "
                "split the file into its documents"
            )
            to_ocr = to_ocr[:MAX_OCR_PAGES]
        return TextPass(
            ReadFile(file, tuple(pages), facts, notes=tuple(notes)), tuple(to_ocr), "pdf"
        )
    finally:
        pdf.close()


def _read_pdf_page(
    pdf: pdfium.PdfDocument, number: int, pages: list[Page], to_ocr: list[int], notes: list[str]
) -> None:
    """Keep the page's text layer when usable, else list it for OCR (or as empty)."""
    try:
        page = pdf[number - 1]
    except pdfium.PdfiumError:
        notes.append(f"page {number} is damaged and cannot be read")
        return
    try:
        try:
            text_page = _text_layer_page(page, number)
        except pdfium.PdfiumError:
            text_page = None  # a broken text layer: the picture of the page may still read
        if text_page is not None:
            if text_page.note:
                notes.append(f"page {number}: {text_page.note}")
                text_page = replace(text_page, note=None)
            pages.append(text_page)
        elif _has_content(page):
            to_ocr.append(number)
        else:
            w, h = page.get_size()
            pages.append(Page(number, w, h, (), "empty"))
    finally:
        page.close()


def _has_content(page: pdfium.PdfPage) -> bool:
    return next(iter(page.get_objects(max_depth=1)), None) is not None


def _font_name(text_page: pdfium.PdfTextPage, index: int) -> str | None:
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    n = pdfium_c.FPDFText_GetFontInfo(text_page.raw, index, buf, 128, ctypes.byref(flags))
    return buf.raw[: max(0, n - 1)].decode("utf-8", "replace") if n else None


def _plain(fn: object, restype: object, *argtypes: object) -> object:
    """The same pdfium function called with plain integers: no pointer wrapping or casting.

    `FPDFText_GetTextObject` returns a typed pointer that needs a `ctypes.cast` per character
    to compare, and the typed wrappers convert every argument; on a 500-character page those
    conversions were half the reading time (PERF.md: pdfium itself needs ~2 ms a page).
    """
    address = ctypes.cast(fn, ctypes.c_void_p).value
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


def _text_layer_page(page: pdfium.PdfPage, number: int) -> Page | None:
    cut: list[int] = []
    turned: list[int] = []
    words = list(_text_layer_words(page, cut, turned))
    if not _usable(words):
        return None
    w, h = page.get_size()
    # Words are in the frame the text runs in; when that is not the page as displayed, the
    # page is turned clockwise by `turn` to read it (and its pictures are turned the same way).
    page_rotation = page.get_rotation() % 360
    reading = turned[0] if turned else page_rotation
    turn = (reading - page_rotation) % 360
    if turn in (90, 270):
        w, h = h, w
    note = (
        f"only the first {MAX_CHARS_PER_PAGE:,} of its {cut[0]:,} characters were read"
        if cut
        else None
    )
    found = marks.of_pdf_page(page, words, w, turn)
    return Page(number, w, h, group_lines(words), "text", rotation=turn, note=note, marks=found)


# --- images and OCR ----------------------------------------------------------------------------


def _plan_image(file: SourceFile) -> TextPass:
    try:
        frames = imaging.count_frames(file.path, MAX_PAGES)
    except imaging.ImageProblem as exc:
        return TextPass(ReadFile(file, problem=str(exc)), (), "image")
    notes: list[str] = []
    if frames > MAX_PAGES:
        notes.append(
            f"the image file has more than {MAX_PAGES} pages; only the first "
            f"{MAX_OCR_PAGES} were read (split the file into its documents)"
        )
    elif frames > MAX_OCR_PAGES:
        notes.append(
            f"the image file has {frames} pages; only the first {MAX_OCR_PAGES} were "
            "read by OCR (split the file into its documents)"
        )
    planned = tuple(range(1, min(frames, MAX_OCR_PAGES) + 1))
    return TextPass(ReadFile(file, notes=tuple(notes)), planned, "image")


def _kind_of(file: SourceFile) -> str:
    with open(file.path, "rb") as fh:
        return sniff(fh.read(1024))


def _single_image(page: pdfium.PdfPage) -> pdfium.PdfImage | None:
    """The one image a page is made of, covering it with a plain scale; else None."""
    if page.get_rotation() % 360:
        return None
    objects = page.get_objects(max_depth=1)
    obj = next(objects, None)
    if obj is None or obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE or next(objects, None) is not None:
        return None
    a, b, c, d, e, f = obj.get_matrix().get()
    left, bottom, right, top = page.get_bbox()
    if b or c or abs(e - left) > 0.5 or abs(f - bottom) > 0.5:
        return None
    if abs(a - (right - left)) > 0.5 or abs(d - (top - bottom)) > 0.5:
        return None
    return obj


def _scanned_picture(page: pdfium.PdfPage, dpi: int) -> Image.Image | None:
    """A picture of a scanned page for the report, decoded straight from its JPEG, smaller.

    Not for OCR: the picture is the JPEG decoded at a reduced scale (a fraction of the work)
    and resized, close to the render but not pixel-identical. Only for a page that is one
    plain grey or colour JPEG covering it; anything else returns None and is rendered.
    """
    obj = _single_image(page)
    if obj is None or obj.get_filters() != ["DCTDecode"]:
        return None
    meta = obj.get_metadata()
    if meta.colorspace not in _PLAIN_COLORSPACES or meta.bits_per_pixel not in (8, 24):
        return None
    width, height = page.get_size()
    size = (max(1, round(width * dpi / 72)), max(1, round(height * dpi / 72)))
    if size[0] >= meta.width:  # no smaller than the scan itself: nothing to save
        return None
    image = Image.open(io.BytesIO(bytes(obj.get_data(decode_simple=False))))
    if image.format != "JPEG" or image.size != (meta.width, meta.height):
        return None
    image.draft("L", size)
    return image.convert("L").resize(size, Image.Resampling.BILINEAR)


def _scanned_bitmap(page: pdfium.PdfPage, dpi: int) -> Image.Image | None:
    """The image a scanned page is made of, taken out without rendering, when that is exact.

    Only for a page holding nothing but one image that covers it with a plain scale, at the
    resolution asked for: the decoded pixels are then the scan's own, which the render only
    resamples (identical when the render's size is the scan's; a row more when the page size
    rounds up), at a fraction of the cost (PERF.md). Anything else (rotated page, several
    objects, stencil masks, another resolution) returns None and is rendered.
    """
    obj = _single_image(page)
    if obj is None:
        return None
    meta = obj.get_metadata()
    if meta.colorspace not in _PLAIN_COLORSPACES or meta.bits_per_pixel not in (1, 8, 24):
        return None
    a, _, _, d, _, _ = obj.get_matrix().get()
    if abs(meta.width * 72 / a - dpi) > 1.0 or abs(meta.height * 72 / d - dpi) > 1.0:
        return None
    if max(meta.width, meta.height) > imaging.OCR_MAX_SIDE * 1.5:  # as the render is capped
        return None
    image = obj.get_bitmap(render=False).to_pil()
    return image if image.size == (meta.width, meta.height) else None


_PLAIN_COLORSPACES = (
    pdfium_c.FPDF_COLORSPACE_DEVICEGRAY,
    pdfium_c.FPDF_COLORSPACE_DEVICERGB,
    pdfium_c.FPDF_COLORSPACE_CALGRAY,
    pdfium_c.FPDF_COLORSPACE_CALRGB,
    pdfium_c.FPDF_COLORSPACE_ICCBASED,
)


def _pdf_page_image(
    file: SourceFile, number: int, dpi: int, exact: bool = True
) -> tuple[Image.Image, int]:
    """The page rendered at `dpi` (or its scan taken out, pixel-identical); `exact=False`
    allows a scan decoded at a reduced scale instead, for pictures."""
    pdf = _open_pdf(file)
    try:
        page = pdf[number - 1]
        try:
            try:
                scanned = _scanned_bitmap(page, dpi)
                if scanned is None and not exact:
                    scanned = _scanned_picture(page, dpi)
            except (pdfium.PdfiumError, OSError, ValueError, Image.DecompressionBombError):
                scanned = None
            if scanned is not None:
                return scanned, dpi
            w, h = page.get_size()
            scale = dpi / 72
            side = max(w, h) * scale
            if side > imaging.OCR_MAX_SIDE * 1.5:
                scale *= imaging.OCR_MAX_SIDE * 1.5 / side
            image = page.render(scale=scale, grayscale=True).to_pil()
            return image, round(scale * 72)
        finally:
            page.close()
    finally:
        pdf.close()


def _image_page(file: SourceFile, number: int) -> tuple[Image.Image, int, bool]:
    """Frame `number` of an image file, upright, its dpi, and whether the file was cut short."""
    frame, info, truncated = imaging.load_frame(file.path, number - 1)
    dpi_info = info.get("dpi")
    x_dpi = dpi_info[0] if isinstance(dpi_info, tuple) and dpi_info else 0
    try:
        x_dpi = int(x_dpi) if x_dpi and 70 <= float(x_dpi) <= 2400 else OCR_DPI
    except (TypeError, ValueError, OverflowError):
        x_dpi = OCR_DPI
    return frame, x_dpi, truncated


def page_image(file: SourceFile, number: int, dpi: int = OCR_DPI) -> tuple[Image.Image, int]:
    """The page as a picture, upright as stored, and its resolution in dots per inch."""
    if _kind_of(file) == "pdf":
        return _pdf_page_image(file, number, dpi)
    image, image_dpi, _ = _image_page(file, number)
    return image, image_dpi


def read_ocr_page(file: SourceFile, number: int, engine: ocr.Engine) -> Page:
    """OCR one page: render or load it, deskew it, recognise it, map boxes to the page frame.

    A blank page is not given to OCR. An image file cut short is read as far as it goes.
    """
    in_pdf = _kind_of(file) == "pdf"
    truncated = False
    try:
        if in_pdf:
            image, dpi = _pdf_page_image(file, number, OCR_DPI)
        else:
            image, dpi, truncated = _image_page(file, number)
    except imaging.ImageProblem as exc:
        return failed_page(number, str(exc))
    except pdfium.PdfiumError:
        return failed_page(number, "the page is damaged and cannot be drawn to be read")
    ocr_image, ocr_dpi = imaging.limit_size(image.convert("L"), dpi)
    note = PARTIAL_IMAGE if truncated else None
    low, high = ocr_image.getextrema()
    if high - low < BLANK_RANGE:
        w, h = (image.width * 72 / dpi, image.height * 72 / dpi) if in_pdf else image.size
        return Page(number, round(w, 2), round(h, 2), (), "empty", note=note)
    result = ocr.recognise(engine, ocr_image, ocr_dpi)
    # Boxes go to PDF points on PDF pages, to pixels of the original image on image files.
    factor = (72 / ocr_dpi) if in_pdf else (image.width / ocr_image.width)
    words = [
        Word(w.text, tuple(round(v * factor, 2) for v in w.bbox), round(w.confidence, 3))  # type: ignore[arg-type]
        for w in result.words
    ]
    turned = result.rotation in (90, 270)
    width = (ocr_image.height if turned else ocr_image.width) * factor
    height = (ocr_image.width if turned else ocr_image.height) * factor
    page_marks = marks.of_ocr_image(
        ocr_image, ocr_dpi, result.rotation, result.skew, words, 1 / factor
    )
    skipped = marks.wordless_lines(page_marks, words, width)
    if skipped:  # numbers the page pass dropped: read each on its own, in the frame OCR used
        frame = imaging.deskew(ocr.rotate_clockwise(ocr_image, result.rotation), result.skew)
        regions = [tuple(int(round(v / factor)) for v in box) for box in skipped]
        numbers = ocr.read_numbers(engine, frame, regions)  # type: ignore[arg-type]
        words += [
            Word(n.text, tuple(round(v * factor, 2) for v in n.bbox), round(n.confidence, 3))  # type: ignore[arg-type]
            for n in numbers
        ]
        # a region that gave a number is text, not a signature or a stamp: drop its marks
        read_regions = [r for r in skipped if any(_holds(r, n.bbox, factor) for n in numbers)]
        page_marks = tuple(m for m in page_marks if not any(_contains(r, m) for r in read_regions))
    return Page(
        number,
        round(width, 2),
        round(height, 2),
        group_lines(words),
        "ocr",
        rotation=result.rotation,
        skew=result.skew,
        ocr_confidence=round(result.mean_confidence, 3) if words else 0.0,
        note=note,
        marks=page_marks,
    )


def _holds(region: tuple[float, ...], box: tuple[int, int, int, int], factor: float) -> bool:
    """Whether a recovered word (OCR pixels) has its centre in a region (page units)."""
    x = (box[0] + box[2]) / 2 * factor
    y = (box[1] + box[3]) / 2 * factor
    return region[0] <= x <= region[2] and region[1] <= y <= region[3]


def _contains(outer: tuple[float, ...], inner: tuple[float, ...]) -> bool:
    return (
        outer[0] - 1 <= inner[0]
        and inner[2] <= outer[2] + 1
        and outer[1] - 1 <= inner[1]
        and inner[3] <= outer[3] + 1
    )


def failed_page(number: int, reason: str) -> Page:
    """A page OCR could not read, kept so page numbers stay true (its size 0 marks it failed)."""
    return Page(number, 0, 0, (), "empty", note=reason)


def merge_ocr(read: ReadFile, ocr_pages: list[Page]) -> ReadFile:
    """The file with its OCR pages put in page order beside its text-layer pages.

    When no page holds any text, the file is unreadable, and the reason says why: the pages
    failed (with the first failure's reason), or they are blank or illegible.
    """
    pages = sorted([*read.pages, *ocr_pages], key=lambda p: p.number)
    notes = list(read.notes) + [f"page {p.number}: {p.note}" for p in ocr_pages if p.note]
    problem = read.problem
    if problem is None and pages and not any(p.lines for p in pages):
        failed = [p for p in ocr_pages if p.note and not p.lines and p.width == 0]
        if failed and len(failed) == len(pages):
            where = "its page" if len(pages) == 1 else f"any of its {len(pages)} pages"
            problem = f"the auditor could not read {where}: {failed[0].note}"
        else:
            problem = (
                "no readable text on any page (blank or illegible); "
                "ask the client for a clearer copy"
            )
    elif problem is None and not pages and not ocr_pages and read.notes:
        problem = f"nothing could be read: {read.notes[-1]}"
    return replace(read, pages=tuple(pages), notes=tuple(notes), problem=problem)


def upright_page_image(file: SourceFile, page: Page, dpi: int = 150) -> tuple[Image.Image, float]:
    """The page as a picture in the frame its word boxes use, and pixels per box unit.

    Text-layer and OCR pages of PDFs: boxes are points, the picture is rendered at `dpi`.
    Image files: boxes are pixels of the original image, turned and straightened as OCR saw it.
    Native decoders run in a worker process (a hostile file cannot take the report down);
    raises `workers.IsolatedError` when the picture cannot be made.
    """
    return workers.isolated(_upright_page_image, (file, page, dpi), PICTURE_SECONDS)


def upright_page_images(
    items: list[tuple[SourceFile, Page, int]], jobs: int
) -> list[tuple[Image.Image, float] | str]:
    """`upright_page_image` for many pages at once, in one pool of `jobs` workers (in order).

    A page that cannot be drawn gives the reason instead of its picture; each runs isolated
    as `upright_page_image` does, without a process started per picture.
    """
    outcomes = workers.run_tasks(_upright_page_image, items, jobs, lambda _: PICTURE_SECONDS)
    return [
        o.result.reason if isinstance(o.result, workers.TaskFailure) else o.result for o in outcomes
    ]


def _upright_page_image(item: tuple[SourceFile, Page, int]) -> tuple[Image.Image, float]:
    file, page, dpi = item
    in_pdf = _kind_of(file) == "pdf"
    if in_pdf:
        image, image_dpi = _pdf_page_image(file, page.number, dpi, exact=False)
    else:
        image, image_dpi = page_image(file, page.number, OCR_DPI)
    factor = 1
    if not in_pdf and image_dpi // dpi >= PICTURE_REDUCE_MIN:
        # A thumbnail of a photo: made small before it is turned, straightened and sent back.
        factor = image_dpi // dpi
        image = image.reduce(factor)
    image = ocr.rotate_clockwise(image.convert("L"), page.rotation)
    image = imaging.deskew(image, page.skew)
    if in_pdf:
        return image, image.width / page.width if page.width else image_dpi / 72
    return image, 1.0 / factor
