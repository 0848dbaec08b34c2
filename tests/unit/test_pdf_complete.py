"""Reading PDFs completely: a filled form's field values, and the words of a picture on a
text-layer page (a scan under a caption), read like any text."""

from __future__ import annotations

import hashlib
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from auditor.models import SourceFile
from auditor.reading.ocr import probe
from auditor.reading.pdf_forms import FORM_FONT
from auditor.reading.read import merge_ocr, read_ocr_page, read_text
from extractors.classify import split_and_classify
from tests.unit.form_pdf import FormField, form_pdf

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def source(path: Path) -> SourceFile:
    data = path.read_bytes()
    return SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data))


def read(path: Path):
    text = read_text(source(path))
    ocr = [read_ocr_page(source(path), n, probe()) for n in text.ocr_pages]
    return text, merge_ocr(text.read, ocr)


def slip_pdf(tmp_path: Path, content_too: bool = False) -> Path:
    captions = [
        (50, 760, "T4 Statement of Remuneration Paid"),
        (50, 740, "Employer's name"),
        (300, 740, "Year"),
        (350, 700, "Employment income"),
        (330, 680, "14"),
        (350, 640, "Income tax deducted"),
        (330, 620, "22"),
        (50, 600, "Social insurance number"),
    ]
    if content_too:
        captions.append((400, 680, "61250.00"))  # a flattened copy printing the value as well
    fields = [
        FormField(
            "employer", (50, 690, 250, 735), "NORTHWIND DEMO LTD.\n100 MAIN ST", multiline=True
        ),
        FormField("year", (330, 735, 380, 750), "2024"),
        FormField("box14", (345, 675, 440, 690), "61250.00", align=2),
        FormField("box22", (345, 615, 440, 630), "9870.40", align=2),
        FormField("unfilled", (450, 675, 540, 690), ""),
        FormField("cpp_exempt", (200, 560, 215, 575), kind="check", checked=True),
        FormField("ei_exempt", (220, 560, 235, 575), kind="check", checked=False),
    ]
    path = tmp_path / "slip.pdf"
    path.write_bytes(form_pdf(captions, fields))
    return path


def test_filled_form_fields_are_read_as_words_inside_their_widgets(tmp_path: Path) -> None:
    text, merged = read(slip_pdf(tmp_path))
    assert text.ocr_pages == ()
    page = merged.pages[0]
    values = {w.text: w for w in page.words if w.font == FORM_FONT}
    assert set(values) == {"NORTHWIND", "DEMO", "LTD.", "100", "MAIN", "ST", "2024", "61250.00",
                           "9870.40", "X"}  # fmt: skip
    # widget (345, 675, 440, 690) in PDF space is x 345-440, top 102-117 on the upright page
    income = values["61250.00"].bbox
    assert 345 <= income[0] < income[2] <= 440 and 102 <= income[1] < income[3] <= 117
    assert income[2] > 420  # right-aligned (/Q 2)
    # the multi-line value keeps its lines, the street under the name
    assert values["100"].bbox[1] > values["NORTHWIND"].bbox[3] - 1
    # the ticked box reads X where it is; the unticked one and the empty field read nothing
    assert values["X"].bbox[0] >= 199 and values["X"].bbox[2] <= 216
    assert "Off" not in page.text


def test_a_value_printed_in_the_content_as_well_is_kept_once(tmp_path: Path) -> None:
    _, merged = read(slip_pdf(tmp_path, content_too=True))
    assert [w.text for w in merged.pages[0].words].count("61250.00") == 1


def test_the_t4_extractor_reads_a_filled_form_s_values(tmp_path: Path) -> None:
    _, merged = read(slip_pdf(tmp_path))
    (doc,) = split_and_classify(merged)
    assert doc.kind == "t4"
    got = {k: f.value for k, f in doc.fields.items()}
    assert got["employment_income"] == 61250.0
    assert got["income_tax"] == 9870.4
    assert got["tax_year"] == 2024


def _text_picture(lines: list[str]) -> Image.Image:
    image = Image.new("L", (1700, 900), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 44)
    for i, line in enumerate(lines):
        draw.text((80, 80 + i * 90), line, font=font, fill=0)
    return image


def test_a_scan_under_a_caption_is_ocred_and_both_are_kept(tmp_path: Path) -> None:
    picture = tmp_path / "scan.png"
    lines = [
        "EMPLOYMENT VERIFICATION",
        "Employee: Priya Raman",
        "Hours per week: 37.5",
        "Position: Data Analyst since 2022",
        "Salary: 78,000 per year plus benefits",
    ]
    _text_picture(lines).save(picture, dpi=(200, 200))
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.text(40, 30, "Uploaded through the client portal on 2026-01-15, scanned copy follows")
    pdf.image(str(picture), x=40, y=60, w=530)
    path = tmp_path / "caption.pdf"
    pdf.output(str(path))

    text, merged = read(path)
    assert text.ocr_pages == (1,)
    assert [p.number for p in text.read.pages] == [1]  # the caption's text layer is kept
    page = merged.pages[0]
    words = [w.text for w in page.words]
    assert "Uploaded" in words and "portal" in words  # the caption, once, from its text layer
    assert words.count("Uploaded") == 1
    assert "Raman" in words and "37.5" in words  # the picture's words, by OCR
    assert page.source == "ocr"  # most of the page was read by OCR


def test_a_searchable_scan_is_not_read_again(tmp_path: Path) -> None:
    picture = tmp_path / "scan.png"
    _text_picture(["EMPLOYMENT VERIFICATION"]).save(picture, dpi=(200, 200))
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.image(str(picture), x=40, y=60, w=530)
    pdf.set_font("helvetica", size=12)
    for i in range(6):  # the scan's words in the text layer, over the picture
        pdf.text(60, 90 + 20 * i, "Employment verification for Priya Raman, analyst")
    path = tmp_path / "searchable.pdf"
    pdf.output(str(path))
    text = read_text(source(path))
    assert text.ocr_pages == ()
