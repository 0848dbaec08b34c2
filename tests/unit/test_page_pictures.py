"""Page pictures from scanned PDFs: taken out of the scan where that is exact (for OCR), or
decoded from the JPEG at a reduced scale (for the report's pictures), else rendered."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont

from auditor.models import Page, SourceFile
from auditor.reading import pictures, scans
from auditor.reading.discover import sha256_of

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def scan(path: Path, mode: str = "L") -> SourceFile:
    """A one-page 300-dpi scan of a letter: a JPEG inside a PDF (Pillow writes DCTDecode for
    grey and colour pictures, Flate-free)."""
    image = Image.new("L", (2550, 3300), 245)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 40)
    for i in range(40):
        draw.text(
            (200, 200 + i * 70), f"Line {i}: employed as a cook, 40 hours per week", 30, font=font
        )
    image.convert(mode).save(path, "PDF", resolution=300)
    return SourceFile(path, path.name, sha256_of(path), path.stat().st_size)


def render(file: SourceFile, dpi: int) -> np.ndarray:
    pdf = pdfium.PdfDocument(str(file.path))
    try:
        return np.asarray(pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
    finally:
        pdf.close()


def test_the_scan_taken_out_for_ocr_is_the_scan_itself(tmp_path: Path) -> None:
    file = scan(tmp_path / "scan.pdf")
    image, dpi = scans.page_image(file, 1, 300)
    assert dpi == 300 and image.size == (2550, 3300)  # the scan's own pixels, not resampled
    decoded = np.asarray(image.convert("L"), dtype=np.int16)
    rendered = render(file, 300)[:3300].astype(np.int16)
    assert np.abs(decoded - rendered).mean() < 3.0  # the page a reader would see


@pytest.mark.parametrize("dpi", [50, 150])
@pytest.mark.parametrize("mode", ["L", "RGB"])
def test_a_picture_decoded_from_the_jpeg_looks_like_the_render(
    tmp_path: Path, dpi: int, mode: str
) -> None:
    file = scan(tmp_path / "scan.pdf", mode)
    page = Page(number=1, width=612.0, height=792.0, lines=(), source="ocr")
    image, scale = pictures._upright_page_image((file, page, dpi))
    rendered = render(file, dpi)
    assert abs(image.width - rendered.shape[1]) <= 1 and abs(image.height - rendered.shape[0]) <= 1
    assert scale == pytest.approx(image.width / 612.0)
    h, w = min(image.height, rendered.shape[0]), min(image.width, rendered.shape[1])
    got = np.asarray(image, dtype=np.int16)[:h, :w]
    assert np.abs(got - rendered[:h, :w].astype(np.int16)).mean() < 4.0
    assert got.min() < 100  # the text is there, not a blank or inverted page
    assert np.median(got) > 200


def test_a_page_that_is_not_one_jpeg_is_rendered(tmp_path: Path) -> None:
    file = scan(tmp_path / "scan.pdf", "1")  # black and white: not a JPEG
    pdf = pdfium.PdfDocument(str(file.path))
    try:
        assert scans._scanned_picture(pdf[0], 50) is None
    finally:
        pdf.close()
    image, _ = scans.pdf_page_image(file, 1, 50, exact=False)
    assert np.array_equal(np.asarray(image.convert("L")), render(file, 50))


def test_the_picture_cache_is_keyed_by_every_file_pictures_are_drawn_with() -> None:
    """A change to the code that draws a picture must name it anew (picture_cache); the files
    hashed for that are where the drawing functions live, wherever they move."""
    import inspect

    from auditor.reading import imaging, ocr, pdf_text
    from auditor.report.picture_cache import DRAWING_SOURCES

    drawing = [
        pictures._upright_page_image,
        scans.pdf_page_image,
        scans.page_image,
        scans._scanned_bitmap,
        scans._scanned_picture,
        pdf_text.open_pdf,
        imaging.load_frame,
        imaging.deskew,
        ocr.rotate_clockwise,
    ]
    hashed = {source.resolve() for source in DRAWING_SOURCES}
    assert all(source.is_file() for source in DRAWING_SOURCES)
    assert {Path(inspect.getsourcefile(f)).resolve() for f in drawing} <= hashed
