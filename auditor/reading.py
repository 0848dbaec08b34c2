"""Reading a file into pages of words: the PDF text layer where it is usable, OCR elsewhere.

Reading is split in two so that OCR can run page by page across worker processes:
`read_text(file)` opens the file once, keeps every page whose text layer is usable, and lists
the pages that need OCR; `read_ocr_page(file, number, engine)` reads one of those. Every word
keeps its box in the upright page frame: PDF points on PDF pages, pixels on image files.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageSequence, UnidentifiedImageError

from auditor import imaging, ocr
from auditor.lines import group_lines
from auditor.models import Page, PdfFacts, ReadFile, SourceFile, Word

OCR_DPI = 300
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


def sniff(head: bytes) -> str:
    """What a file is by its first bytes, whatever its name says."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    signatures = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"BM", b"RIFF")
    if head.startswith(signatures):
        return "image"
    return "unknown"


def read_text(file: SourceFile) -> TextPass:
    """Open the file, read every usable text-layer page, and list the pages needing OCR."""
    if file.size == 0:
        return TextPass(ReadFile(file, problem="the file is empty (0 bytes)"), (), "unknown")
    try:
        with open(file.path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        return TextPass(ReadFile(file, problem=f"the file cannot be opened: {exc.strerror}"), (), "")
    kind = sniff(head)
    if kind == "pdf":
        return _read_pdf_text(file)
    if kind == "image":
        return _plan_image(file)
    return TextPass(
        ReadFile(file, problem="not a PDF or image file (its content is of no known format)"),
        (),
        "unknown",
    )


# --- PDF ---------------------------------------------------------------------------------------


def _open_pdf(file: SourceFile) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(str(file.path))


def _pdf_problem(exc: Exception) -> str:
    text = str(exc).lower()
    if "password" in text:
        return "the PDF is encrypted with a password; ask the client for an unprotected copy"
    if "format" in text or "file" in text:
        return "the PDF is damaged and cannot be repaired (bad structure)"
    return f"the PDF cannot be opened ({exc})"


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


def _pdf_facts(file: SourceFile, pdf: pdfium.PdfDocument) -> PdfFacts:
    meta = pdf.get_metadata_dict(skip_empty=True)
    try:
        with open(file.path, "rb") as fh:
            data = fh.read()
        eofs = len(re.findall(rb"%%EOF", data))
        encrypted = b"/Encrypt" in data
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
        count = len(pdf)
        if count == 0:
            return TextPass(ReadFile(file, pdf=facts, problem="the PDF has no pages"), (), "pdf")
        for index in range(count):
            number = index + 1
            try:
                page = pdf[index]
            except pdfium.PdfiumError as exc:
                notes.append(f"page {number} cannot be read ({exc})")
                continue
            try:
                text_page = _text_layer_page(page, number)
                if text_page is not None:
                    pages.append(text_page)
                elif _has_content(page):
                    to_ocr.append(number)
                else:
                    w, h = page.get_size()
                    pages.append(Page(number, w, h, (), "empty"))
            finally:
                page.close()
        return TextPass(ReadFile(file, tuple(pages), facts, notes=tuple(notes)), tuple(to_ocr), "pdf")
    finally:
        pdf.close()


def _has_content(page: pdfium.PdfPage) -> bool:
    return next(iter(page.get_objects(max_depth=1)), None) is not None


def _font_name(text_page: pdfium.PdfTextPage, index: int) -> str | None:
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    n = pdfium_c.FPDFText_GetFontInfo(text_page.raw, index, buf, 128, ctypes.byref(flags))
    return buf.raw[: max(0, n - 1)].decode("utf-8", "replace") if n else None


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


def _text_layer_words(page: pdfium.PdfPage) -> Iterator[Word]:
    rotation = page.get_rotation() % 360
    left0, bottom0, right0, top0 = page.get_bbox()  # the effective box, inherited or not
    w, h = right0 - left0, top0 - bottom0
    text_page = page.get_textpage()
    try:
        n = text_page.count_chars()
        if n <= 0:
            return
        text = text_page.get_text_range(0, n)
        if len(text) != n:  # surrogate pairs shift indices; read char by char instead
            text = "".join(text_page.get_text_range(i, 1) or " " for i in range(n))
        chars: list[tuple[str, tuple[float, float, float, float]]] = []
        fonts: set[str] = set()
        last_obj = None

        def flush() -> Iterator[Word]:
            if chars:
                xs = [b for _, b in chars]
                yield Word(
                    "".join(c for c, _ in chars),
                    (min(b[0] for b in xs), min(b[1] for b in xs),
                     max(b[2] for b in xs), max(b[3] for b in xs)),
                    1.0,
                    "|".join(sorted(fonts)) if fonts else None,
                )
            chars.clear()
            fonts.clear()

        prev_box = None
        for i, ch in enumerate(text):
            if ch.isspace() or ch in "\x00\ufffe":
                yield from flush()
                prev_box = None
                continue
            l, b, r, t = text_page.get_charbox(i, loose=True)
            box = _to_upright((l - left0, b - bottom0, r - left0, t - bottom0), rotation, w, h)
            if prev_box is not None:
                height = max(1.0, box[3] - box[1])
                same_row = abs((box[1] + box[3]) / 2 - (prev_box[1] + prev_box[3]) / 2) < height / 2
                if not same_row or box[0] - prev_box[2] > 0.35 * height or box[2] < prev_box[0]:
                    yield from flush()
            obj = pdfium_c.FPDFText_GetTextObject(text_page.raw, i)
            obj_id = ctypes.cast(obj, ctypes.c_void_p).value
            if obj_id != last_obj or not fonts:
                name = _font_name(text_page, i)
                if name:
                    fonts.add(name.split("+")[-1])
                last_obj = obj_id
            chars.append((ch, box))
            prev_box = box
        yield from flush()
    finally:
        text_page.close()


def _usable(words: list[Word]) -> bool:
    text = "".join(w.text for w in words)
    alnum = sum(ch.isalnum() for ch in text)
    garbage = sum(ch == "\ufffd" or 0xE000 <= ord(ch) <= 0xF8FF for ch in text)
    return alnum >= MIN_USABLE_CHARS and garbage <= MAX_GARBAGE_SHARE * max(1, len(text))


def _text_layer_page(page: pdfium.PdfPage, number: int) -> Page | None:
    words = list(_text_layer_words(page))
    if not _usable(words):
        return None
    w, h = page.get_size()
    return Page(number, w, h, group_lines(words), "text")


# --- images and OCR ----------------------------------------------------------------------------


def _plan_image(file: SourceFile) -> TextPass:
    try:
        with Image.open(file.path) as img:
            frames = sum(1 for _ in ImageSequence.Iterator(img))
    except Image.DecompressionBombError:
        return TextPass(ReadFile(file, problem=_BOMB), (), "image")
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        return TextPass(ReadFile(file, problem=f"the image is damaged or truncated ({exc})"), (), "")
    return TextPass(ReadFile(file), tuple(range(1, frames + 1)), "image")


_BOMB = (
    f"the image is too large to be a document page (over {imaging.MAX_PIXELS // 1_000_000} "
    "million pixels), possibly a decompression bomb"
)


def page_image(file: SourceFile, number: int, dpi: int = OCR_DPI) -> tuple[Image.Image, int]:
    """The page as a picture, upright as stored, and its resolution in dots per inch."""
    with open(file.path, "rb") as fh:
        kind = sniff(fh.read(1024))
    if kind == "pdf":
        pdf = _open_pdf(file)
        try:
            page = pdf[number - 1]
            try:
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
    with Image.open(file.path) as img:
        img.seek(number - 1)
        frame = imaging.upright(img.copy() if img.mode in ("L", "RGB") else img.convert("RGB"))
        x_dpi = img.info.get("dpi", (0, 0))[0] if isinstance(img.info.get("dpi"), tuple) else 0
        return frame, int(x_dpi) if x_dpi and x_dpi >= 70 else OCR_DPI


def read_ocr_page(file: SourceFile, number: int, engine: ocr.Engine) -> Page:
    """OCR one page: render or load it, deskew it, recognise it, map boxes to the page frame."""
    image, dpi = page_image(file, number)
    ocr_image, ocr_dpi = imaging.limit_size(image.convert("L"), dpi)
    result = ocr.recognise(engine, ocr_image, ocr_dpi)
    with open(file.path, "rb") as fh:
        in_pdf = sniff(fh.read(1024)) == "pdf"
    # Boxes go to PDF points on PDF pages, to pixels of the original image on image files.
    factor = (72 / ocr_dpi) if in_pdf else (image.width / ocr_image.width)
    words = [
        Word(w.text, tuple(round(v * factor, 2) for v in w.bbox), round(w.confidence, 3))  # type: ignore[arg-type]
        for w in result.words
    ]
    turned = result.rotation in (90, 270)
    width = (ocr_image.height if turned else ocr_image.width) * factor
    height = (ocr_image.width if turned else ocr_image.height) * factor
    return Page(
        number,
        round(width, 2),
        round(height, 2),
        group_lines(words),
        "ocr",
        rotation=result.rotation,
        skew=result.skew,
        ocr_confidence=round(result.mean_confidence, 3) if words else 0.0,
    )


def failed_page(number: int, reason: str) -> Page:
    """A page OCR could not read, kept so page numbers stay true."""
    return Page(number, 0, 0, (), "empty", note=reason)


def merge_ocr(read: ReadFile, ocr_pages: list[Page]) -> ReadFile:
    """The file with its OCR pages put in page order beside its text-layer pages."""
    pages = sorted([*read.pages, *ocr_pages], key=lambda p: p.number)
    notes = list(read.notes) + [f"page {p.number}: {p.note}" for p in ocr_pages if p.note]
    problem = read.problem
    if problem is None and pages and not any(p.lines for p in pages):
        problem = "no readable text on any page (blank or illegible)"
    return replace(read, pages=tuple(pages), notes=tuple(notes), problem=problem)


def upright_page_image(file: SourceFile, page: Page, dpi: int = 150) -> tuple[Image.Image, float]:
    """The page as a picture in the frame its word boxes use, and pixels per box unit.

    Text-layer and OCR pages of PDFs: boxes are points, the picture is rendered at `dpi`.
    Image files: boxes are pixels of the original image, turned and straightened as OCR saw it.
    """
    with open(file.path, "rb") as fh:
        in_pdf = sniff(fh.read(1024)) == "pdf"
    image, image_dpi = page_image(file, page.number, dpi if in_pdf else OCR_DPI)
    image = ocr.rotate_clockwise(image.convert("L"), page.rotation)
    image = imaging.deskew(image, page.skew)
    if in_pdf:
        return image, image.width / page.width if page.width else image_dpi / 72
    return image, 1.0
