"""Text layers are read the way their text runs: a table drawn sideways on the paper, or a
/Rotate that turns horizontal text on its side, still gives whole words and lines."""

from __future__ import annotations

import ctypes
import math
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from auditor.models import SourceFile
from auditor.reading import pictures
from auditor.reading import read as reading
from auditor.reading.discover import sha256_of
from tests.shared import ABSENT, CORPUS, HAVE_SHARED

LINES = [
    "Employment verification letter for Jane Doe",
    "Position: Cook, 40 hours per week",
    "Dates: 2022-01-03 to present",
    "Salary: $52,000 per year plus benefits",
]
CORPUS_ROTATED = CORPUS / "pdfplumber__nics-rotated.pdf"


def make_pdf(path: Path, page_rotation: int, text_angle: int) -> SourceFile:
    """A letter page with /Rotate `page_rotation`, its text drawn `text_angle` degrees
    counter-clockwise on the paper."""
    w, h = 612.0, 792.0
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(w, h)
    t = math.radians(text_angle)
    for i, line in enumerate(LINES):
        obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", 14.0)
        text = ctypes.create_string_buffer((line + "\0").encode("utf-16-le"))
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(text, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
        e, f = {
            0: (72, h - 100 - 24 * i),
            90: (100 + 24 * i, 72),
            180: (w - 72, 100 + 24 * i),
            270: (w - 100 - 24 * i, h - 72),
        }[text_angle]
        pdfium_c.FPDFPageObj_Transform(
            obj, math.cos(t), math.sin(t), -math.sin(t), math.cos(t), e, f
        )
        pdfium_c.FPDFPage_InsertObject(page.raw, obj)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    page.set_rotation(page_rotation)
    pdf.save(path)
    pdf.close()
    return SourceFile(path, path.name, sha256_of(path), path.stat().st_size)


@pytest.mark.parametrize(
    ("page_rotation", "text_angle", "turn", "landscape"),
    [
        (0, 0, 0, False),  # the usual page
        (90, 90, 0, True),  # /Rotate and text agree: upright as displayed
        (180, 180, 0, False),
        (270, 270, 0, True),
        (0, 90, 90, True),  # a table printed sideways on portrait paper
        (0, 270, 270, True),
        (90, 0, 270, False),  # /Rotate turned horizontal text on its side
    ],
)
def test_words_and_lines_come_out_whichever_way_the_text_runs(
    tmp_path: Path, page_rotation: int, text_angle: int, turn: int, landscape: bool
) -> None:
    file = make_pdf(tmp_path / "letter.pdf", page_rotation, text_angle)
    page = reading.read_text(file).read.pages[0]
    lines = [" ".join(w.text for w in line.words) for line in page.lines]
    assert lines == LINES
    assert page.rotation == turn
    assert (page.width > page.height) == landscape
    for word in page.words:  # every box inside the page it belongs to
        x0, top, x1, bottom = word.bbox
        assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height


@pytest.mark.parametrize(("page_rotation", "text_angle"), [(0, 90), (90, 0), (0, 0)])
def test_the_page_picture_is_turned_to_the_words(
    tmp_path: Path, page_rotation: int, text_angle: int
) -> None:
    file = make_pdf(tmp_path / "letter.pdf", page_rotation, text_angle)
    page = reading.read_text(file).read.pages[0]
    image, scale = pictures._upright_page_image((file, page, 100))
    pixels = np.asarray(image)
    assert abs(image.width / image.height - page.width / page.height) < 0.02
    for word in page.words:
        x0, top, x1, bottom = (round(v * scale) for v in word.bbox)
        assert pixels[top:bottom, x0:x1].min() < 128, word.text  # ink under every word
    # and none beyond the last line's right end, where the page is blank
    right = max(round(w.bbox[2] * scale) for w in page.words)
    assert pixels[:, right + 5 :].min() > 200


@pytest.mark.skipif(not HAVE_SHARED, reason=ABSENT)
def test_the_corpus_page_with_sideways_text_reads_as_words() -> None:
    file = SourceFile(
        CORPUS_ROTATED,
        CORPUS_ROTATED.name,
        sha256_of(CORPUS_ROTATED),
        CORPUS_ROTATED.stat().st_size,
    )
    page = reading.read_text(file).read.pages[0]
    first = " ".join(w.text for w in page.lines[0].words)
    assert first == "NICS Firearm Background Checks"
    singles = sum(1 for w in page.words if len(w.text) == 1 and w.text.isalpha())
    assert singles < 0.05 * len(page.words)
