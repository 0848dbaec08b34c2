"""Pictures of pages for the report: a page drawn in the frame its word boxes use.

Drawing decodes the file with native code (pdfium, image decoders), so every picture is made in
a worker process: a hostile file costs its picture, never the report.
"""

from __future__ import annotations

from PIL import Image

from auditor.models import Page, SourceFile
from auditor.reading import imaging, ocr, workers
from auditor.reading.scans import OCR_DPI, kind_of, page_image, pdf_page_image

PICTURE_SECONDS = 30.0  # to render one page picture for the report
# An image file's picture for the report is reduced when it is at least this many times the
# resolution asked for (thumbnails); evidence crops keep the image's own pixels, for legibility.
PICTURE_REDUCE_MIN = 3


def upright_page_image(file: SourceFile, page: Page, dpi: int = 150) -> tuple[Image.Image, float]:
    """The page as a picture in the frame its word boxes use, and pixels per box unit.

    Text-layer and OCR pages of PDFs: boxes are points, the picture is rendered at `dpi`.
    Image files: boxes are pixels of the original image, turned and straightened as OCR saw it.
    A photo's page was read in a frame of its own (flattened, cropped, turned): it is drawn in
    that frame, found again by the same function on the same pixels.
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
    in_pdf = kind_of(file) == "pdf"
    if in_pdf:
        image, image_dpi = pdf_page_image(file, page.number, dpi, exact=False)
        if _framed(page, image.width * 72 / image_dpi, image.height * 72 / image_dpi):
            # A photo in a PDF: framed from the very pixels OCR read, then brought to `dpi`.
            image, image_dpi = pdf_page_image(file, page.number, OCR_DPI)
            image = _in_photo_frame(image)
            scale = dpi / image_dpi
            image = image.resize(
                (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            )
            image_dpi = dpi
    else:
        image, image_dpi = page_image(file, page.number, OCR_DPI)
        if _framed(page, image.width, image.height):
            image = _in_photo_frame(image)
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


FRAME_TOLERANCE = 0.01  # share of a side: rendering rounds a page's size by a pixel or so


def _framed(page: Page, width: float, height: float) -> bool:
    """Whether OCR read the page in a photo frame of its own (`imaging.photo_frame`): its size,
    turned back, is not that of the picture it was read from (width, height in page units)."""
    if page.width <= 0 or page.height <= 0:
        return False
    w, h = (page.height, page.width) if page.rotation in (90, 270) else (page.width, page.height)
    return abs(w - width) > width * FRAME_TOLERANCE or abs(h - height) > height * FRAME_TOLERANCE


def _in_photo_frame(image: Image.Image) -> Image.Image:
    """The picture in the frame OCR read it in: the same decision on the same grey pixels."""
    gray = image.convert("L")
    frame = imaging.photo_frame(gray)
    return gray if frame is None else imaging.in_frame(gray, frame)
