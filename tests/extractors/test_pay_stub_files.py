"""Pay stubs read end to end from files written here: a text-layer PDF (its words from the PDF
reader) and a rendered image (its words from real Tesseract). The same table mechanism reads
both: cells found from the words' alignment under their column headers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from auditor.models import Document
from auditor.pipeline import AuditOptions, read_files
from auditor.reading.discover import discover
from auditor.reading.ocr import probe
from extractors.classify import split_and_classify

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# (x in points from the left, text) per line; a French stub with decimal commas, a
# non-breaking space in a thousands group and "$" after the amounts.
FRENCH = [
    [(50, "Boulangerie Saint-Laurent ltée"), (380, "BULLETIN DE PAIE")],
    [(50, "Salarié(e) :"), (150, "TREMBLAY, Marc-André")],
    [(50, "Période de paie :"), (150, "du 2025-03-09 au 2025-03-22")],
    [(50, "Date de paiement :"), (150, "2025-03-27")],
    [(50, "NAS :"), (150, "*** *** 512")],
    [],
    [(50, "Gains"), (215, "Heures"), (280, "Taux"), (350, "Montant"), (450, "Cumulatif")],
    [
        (50, "Salaire régulier"),
        (225, "37,5"),
        (280, "28,40"),
        (350, "1\u00a0065,00"),
        (450, "6 390,00"),
    ],
    [(50, "Temps supplémentaire"), (225, "2,25"), (280, "42,60"), (365, "95,85"), (460, "191,70")],
    [(50, "Salaire brut"), (350, "1 160,85 $"), (450, "6 581,70 $")],
    [(50, "RRQ"), (365, "71,35 $"), (460, "428,10 $")],
    [(50, "Salaire net"), (365, "852,19 $")],
]

# An English stub, rate before hours, the overtime rate where other stubs print hours.
ENGLISH = [
    [(50, "Cedar Creek Landscaping Ltd."), (380, "Earnings Statement")],
    [(50, "Employee:"), (130, "Amara Diallo"), (300, "Pay Date:"), (390, "2025-04-04")],
    [(50, "SIN:"), (130, "XXX-XXX-274"), (300, "Pay Period:"), (390, "2025-03-16 to 2025-03-29")],
    [],
    [(50, "Earnings"), (170, "Rate"), (240, "Hours"), (320, "Current"), (420, "YTD")],
    [(50, "Regular"), (170, "27.50"), (240, "75.00"), (320, "2,062.50"), (420, "14,437.50")],
    [(50, "Overtime"), (170, "41.25"), (245, "4.00"), (328, "165.00"), (428, "330.00")],
    [(50, "Gross Pay"), (320, "2,227.50"), (420, "14,767.50")],
    [(50, "Net Pay"), (320, "1,684.31")],
]


def _pdf(path: Path, lines: list[list[tuple[int, str]]]) -> None:
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for i, line in enumerate(lines):
        for x, text in line:
            pdf.text(x, 60 + 18 * i, text)
    pdf.output(str(path))


def _image(path: Path, lines: list[list[tuple[int, str]]]) -> None:
    scale = 300 / 72  # a page scanned at 300 dpi
    img = Image.new("L", (int(612 * scale), int(400 * scale)), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, int(10 * scale))
    for i, line in enumerate(lines):
        for x, text in line:
            draw.text((x * scale, (50 + 18 * i) * scale), text, font=font, fill=0)
    img.save(path, dpi=(300, 300))


def _stub(folder: Path) -> Document:
    files, _ = discover(folder)
    [read] = read_files(files, probe(), AuditOptions(jobs=1, cache_dir=None))
    [doc] = split_and_classify(read)
    assert doc.kind == "pay_stub"
    return doc


def test_a_french_text_layer_stub(tmp_path: Path) -> None:
    _pdf(tmp_path / "bulletin.pdf", FRENCH)
    doc = _stub(tmp_path)
    v = {k: f.value for k, f in doc.fields.items()}
    assert v["employee_name"] == "Marc-André TREMBLAY"
    assert v["employer_name"] == "Boulangerie Saint-Laurent ltée"
    assert (v["period_start"], v["period_end"]) == (dt.date(2025, 3, 9), dt.date(2025, 3, 22))
    assert v["pay_date"] == dt.date(2025, 3, 27)
    assert (v["hours"], v["rate"], v["overtime_hours"]) == (37.5, 28.4, 2.25)
    assert (v["gross"], v["ytd_gross"], v["net"]) == (1160.85, 6581.7, 852.19)
    assert v["sin_last3"] == "512" and doc.fields["sin_last3"].text == "XXX XXX 512"


@pytest.mark.ocr
def test_a_scanned_stub_read_by_tesseract(tmp_path: Path) -> None:
    _image(tmp_path / "stub.png", ENGLISH)
    doc = _stub(tmp_path)
    v = {k: f.value for k, f in doc.fields.items()}
    assert (v["hours"], v["rate"], v["overtime_hours"]) == (75.0, 27.5, 4.0)
    assert (v["gross"], v["ytd_gross"], v["net"]) == (2227.5, 14767.5, 1684.31)
    assert (v["period_start"], v["period_end"]) == (dt.date(2025, 3, 16), dt.date(2025, 3, 29))
    assert v["pay_date"] == dt.date(2025, 4, 4)
    assert v["employee_name"] == "Amara Diallo"
    assert v["employer_name"] == "Cedar Creek Landscaping Ltd."
    assert v["sin_last3"] == "274"
    assert doc.fields["hours"].confidence >= 0.8
