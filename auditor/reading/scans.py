"""Pages read by OCR: a scanned PDF page or a frame of an image file, as a picture, recognised.

A page is drawn once at OCR_DPI (a scan's own pixels are taken out when that is exact), given to
the OCR module, and its word boxes mapped back to the page frame: PDF points on PDF pages,
pixels of the original image on image files. A phone photo's page is first brought into a
frame of its own (`imaging.photo_frame`: its outline flattened, the text turned upright within
a few degrees), and that frame is the page's: its size, its boxes, the report's picture of it.
A page that cannot be drawn or read is kept as a failed page with its reason, so page numbers
stay true. Pages are drawn from the file's bytes
as read once and checked against its hash (`content.content_of`), never from its path.
"""

from __future__ import annotations

import io
from typing import cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from auditor.i18n import N_
from auditor.models import BBox, Page, SourceFile, Word
from auditor.reading import imaging, marks, mrz_band, ocr
from auditor.reading.content import content_of
from auditor.reading.formats import sniff
from auditor.reading.lines import group_lines
from auditor.reading.pdf_text import open_pdf

OCR_DPI = 300
BLANK_RANGE = 32  # a page image whose darkest and lightest pixels differ less is blank
PARTIAL_IMAGE = N_("the image file is cut short or damaged; only the part that decodes was read")


def kind_of(file: SourceFile) -> str:
    """What the file's first bytes say it is: "pdf", "image", or "unknown"."""
    return sniff(content_of(file)[:1024])


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


def pdf_page_image(
    file: SourceFile, number: int, dpi: int, exact: bool = True
) -> tuple[Image.Image, int]:
    """The page rendered at `dpi` (or its scan taken out, pixel-identical); `exact=False`
    allows a scan decoded at a reduced scale instead, for pictures."""
    pdf = open_pdf(content_of(file))
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
    frame, info, truncated = imaging.load_frame(content_of(file), number - 1)
    dpi_info = info.get("dpi")
    x_dpi = dpi_info[0] if isinstance(dpi_info, tuple) and dpi_info else 0
    try:
        x_dpi = int(x_dpi) if x_dpi and 70 <= float(x_dpi) <= 2400 else OCR_DPI
    except (TypeError, ValueError, OverflowError):
        x_dpi = OCR_DPI
    return frame, x_dpi, truncated


def page_image(file: SourceFile, number: int, dpi: int = OCR_DPI) -> tuple[Image.Image, int]:
    """The page as a picture, upright as stored, and its resolution in dots per inch."""
    if kind_of(file) == "pdf":
        return pdf_page_image(file, number, dpi)
    image, image_dpi, _ = _image_page(file, number)
    return image, image_dpi


def read_ocr_page(file: SourceFile, number: int, engine: ocr.Engine) -> Page:
    """OCR one page: render or load it, deskew it, recognise it, map boxes to the page frame.

    A blank page is not given to OCR. An image file cut short is read as far as it goes.
    Raises `content.FileChanged` when the file is no longer the one discovery hashed (and
    `content.FileUnopenable` when it cannot be opened now).
    """
    in_pdf = kind_of(file) == "pdf"
    truncated = False
    try:
        if in_pdf:
            image, dpi = pdf_page_image(file, number, OCR_DPI)
        else:
            image, dpi, truncated = _image_page(file, number)
    except imaging.ImageProblem as exc:
        return failed_page(number, str(exc))
    except pdfium.PdfiumError:
        return failed_page(number, N_("the page is damaged and cannot be drawn to be read"))
    image = image.convert("L")
    photo = imaging.photo_frame(image)
    if photo is not None:  # a photo: the page's own frame, flattened and turned (boxes are in it)
        image = imaging.in_frame(image, photo)
    ocr_image, ocr_dpi = imaging.limit_size(image, dpi)
    if photo is not None:
        ocr_image = imaging.even_light(ocr_image)
    note = PARTIAL_IMAGE if truncated else None
    low, high = _extrema(ocr_image)
    if high - low < BLANK_RANGE:
        w, h = (image.width * 72 / dpi, image.height * 72 / dpi) if in_pdf else image.size
        return Page(number, round(w, 2), round(h, 2), (), "empty", note=note)
    result = ocr.recognise(engine, ocr_image, ocr_dpi)
    shades = ocr_image  # what zones and lone numbers are read again in: their greys kept
    if photo is not None and _reads_poorly(result):
        # a photo's falling light or small grey labels lost to Tesseract's single threshold:
        # read once more in black and white by a local threshold, kept when clearly better
        binary = imaging.binarise(ocr_image)
        second = ocr.recognise(engine, binary, ocr_dpi)
        if _sure_words(second) > BINARY_GAIN * _sure_words(result):
            ocr_image, result = binary, second
    # Boxes go to PDF points on PDF pages, to pixels of the original image on image files.
    factor = (72 / ocr_dpi) if in_pdf else (image.width / ocr_image.width)
    words = [Word(w.text, _scaled(w.bbox, factor), round(w.confidence, 3)) for w in result.words]
    turned = result.rotation in (90, 270)
    width = (ocr_image.height if turned else ocr_image.width) * factor
    height = (ocr_image.width if turned else ocr_image.height) * factor
    page_marks = marks.of_ocr_image(
        shades, ocr_dpi, result.rotation, result.skew, words, 1 / factor
    )
    frame: list[Image.Image] = []  # drawn once, when first needed

    def ocr_frame() -> Image.Image:
        if not frame:
            frame.append(_frame(shades, result))  # the same size and frame as ocr_image
        return frame[0]

    zone = mrz_band.reread(engine, ocr_frame, list(result.words), result.mean_confidence)
    if zone is not None:  # a machine-readable zone read better on its own: its lines replace
        band = _scaled(zone.box, factor)
        words = [w for w in words if not _centre_in(band, w.bbox)]
        words += [Word(z.text, _scaled(z.bbox, factor), round(z.confidence, 3)) for z in zone.words]
    skipped = marks.wordless_lines(page_marks, words, width)
    if skipped:  # numbers the page pass dropped: read each on its own, in the frame OCR used
        regions = [_in_pixels(box, factor) for box in skipped]
        numbers = ocr.read_numbers(engine, ocr_frame(), regions)
        words += [Word(n.text, _scaled(n.bbox, factor), round(n.confidence, 3)) for n in numbers]
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


# A photo's first reading is poor below this many words or this mean confidence; a second
# reading in black and white replaces it when it has a fifth more words read surely.
POOR_WORDS = 80
POOR_CONFIDENCE = 0.8
BINARY_GAIN = 1.2
SURE_WORD = 0.85


def _reads_poorly(result: ocr.OcrResult) -> bool:
    return len(result.words) < POOR_WORDS or result.mean_confidence < POOR_CONFIDENCE


def _sure_words(result: ocr.OcrResult) -> int:
    """Words of three letters or digits or more, read with a confidence of SURE_WORD or more."""
    return sum(
        1
        for w in result.words
        if w.confidence >= SURE_WORD and sum(c.isalnum() for c in w.text) >= 3
    )


def _frame(ocr_image: Image.Image, result: ocr.OcrResult) -> Image.Image:
    """The image as OCR read it: turned upright and straightened (word boxes are in it)."""
    return imaging.deskew(ocr.rotate_clockwise(ocr_image, result.rotation), result.skew)


def _centre_in(box: BBox, inner: BBox) -> bool:
    x, y = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _extrema(image: Image.Image) -> tuple[int, int]:
    """The darkest and lightest pixel of a one-band ("L") image."""
    return cast(tuple[int, int], image.getextrema())  # a band per pair on other modes


def _scaled(box: tuple[int, int, int, int], factor: float) -> BBox:
    """An OCR box (pixels of the image OCR read) in page units."""
    x0, y0, x1, y1 = box
    return (
        round(x0 * factor, 2),
        round(y0 * factor, 2),
        round(x1 * factor, 2),
        round(y1 * factor, 2),
    )


def _in_pixels(box: BBox, factor: float) -> tuple[int, int, int, int]:
    """A box in page units in pixels of the image OCR read."""
    x0, y0, x1, y1 = box
    return (
        int(round(x0 / factor)),
        int(round(y0 / factor)),
        int(round(x1 / factor)),
        int(round(y1 / factor)),
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
