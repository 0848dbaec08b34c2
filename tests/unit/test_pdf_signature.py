"""A typed letter signed with a scanned signature (a picture of thin pen strokes placed in the
PDF) is read as signed: the page is rendered finely enough for the strokes to stay ink."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw

from auditor.models import SourceFile
from auditor.reading.read import read_text
from extractors.classify import split_and_classify

BODY = [
    "Harbourview Dental Clinic",
    "1180 Marine Drive, North Vancouver, BC V7P 1T1",
    "November 2, 2026",
    "To whom it may concern,",
    "This letter confirms that Li Wei has been employed with us as a dental assistant",
    "since June 2, 2025, 36 hours per week, at $27.00 per hour.",
]


def signature_picture() -> Image.Image:
    """A signature as a fine picture: pen strokes half a point wide, drawn at about 540 dpi
    for a place of 120 x 40 points."""
    image = Image.new("RGB", (900, 300), "white")
    draw = ImageDraw.Draw(image)
    points = [(20 + i * 12, 150 + 90 * math.sin(i / 3.0)) for i in range(70)]
    draw.line(points, fill=(40, 60, 150), width=4)
    return image


def letter_pdf(tmp_path: Path, signature: bool) -> Path:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    y = 72.0
    for line in BODY:
        pdf.text(72, y, line)
        y += 22
    pdf.text(72, 360, "Sincerely,")
    if signature:
        pdf.image(signature_picture(), x=76, y=372, w=120, h=40)
    pdf.text(72, 430, "Maya Chen")
    pdf.text(72, 446, "Clinic Manager")
    path = tmp_path / "letter.pdf"
    pdf.output(str(path))
    return path


def signed(path: Path) -> object:
    data = path.read_bytes()
    file = SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data))
    (document,) = split_and_classify(read_text(file).read)
    assert document.kind == "employment_letter"
    return document.value("signed")


def test_a_scanned_signature_between_closing_and_name_is_a_signature(tmp_path: Path) -> None:
    assert signed(letter_pdf(tmp_path, True)) is True


def test_an_empty_space_between_closing_and_name_is_no_signature(tmp_path: Path) -> None:
    assert signed(letter_pdf(tmp_path, False)) is False
