"""Phone photos and scans read as well as clean pages (issue 13): the page's outline found and
flattened, the text turned upright at any angle, shadows evened out, before real Tesseract reads
it; clean scans given to OCR untouched; evidence boxes still pointing at their words.

Every photo is made here (`photo_synth`): one of the project's own sample pages, rendered, laid
on a dark desk in perspective, turned, shaded, blurred and saved as a noisy JPEG.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from auditor.models import Document, ReadFile
from auditor.pipeline import AuditOptions, read_files
from auditor.reading import imaging, ocr, pictures
from auditor.reading.discover import discover
from extractors.classify import split_and_classify
from tests.unit.photo_synth import phone_photo, render_page

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "eligible-en-digital"
LETTER = SAMPLE / "letters" / "maplecrest-employment-letter.pdf"
STUB = SAMPLE / "paystubs" / "maplecrest-2026-10-30.pdf"


def _read(folder: Path) -> tuple[list[ReadFile], list[Document]]:
    files, _ = discover(folder)
    read = read_files(files, ocr.probe(), AuditOptions(jobs=1, cache_dir=None))
    return read, [d for r in read for d in split_and_classify(r)]


def _case(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "case"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    return folder


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def letter_page() -> Image.Image:
    return render_page(LETTER, dpi=200)


@pytest.fixture(scope="module")
def letter_photo(tmp_path_factory: pytest.TempPathFactory, letter_page: Image.Image):
    folder = _case(tmp_path_factory.mktemp("photo"), "IMG_0001.jpg", phone_photo(letter_page, 17))
    return _read(folder)


def test_a_phone_photo_of_a_letter_at_17_degrees_reads_its_fields(letter_photo) -> None:
    read, documents = letter_photo
    (doc,) = documents
    assert doc.kind == "employment_letter"
    values = {name: f.value for name, f in doc.fields.items()}
    assert values["employee_name"] == "Meera Joshi"
    assert values["job_title"] == "Database Analyst"
    assert values["noc_code"] == "21223"
    assert values["start_date"] == dt.date(2024, 1, 8)
    assert values["hours_per_week"] == 37.5
    assert values["wage_amount"] == 78000.0
    assert values["letter_date"] == dt.date(2026, 11, 27)
    assert len(values["duties"]) == 5
    page = read[0].pages[0]
    # Read in the page's own frame: flattened and cropped, so smaller than the photo.
    with Image.open(read[0].file.path) as photo:
        assert page.width < photo.width and page.height < photo.height
    assert abs(page.skew) < 1.5


def _pictured_text(read: ReadFile, document: Document, name: str) -> str:
    """What the report's picture of the page shows inside the field's evidence box, read."""
    field = document.fields[name]
    assert field.bbox is not None and field.page is not None
    page = read.pages[field.page - 1]
    picture, scale = pictures.upright_page_image(read.file, page, dpi=150)
    assert abs(picture.width - page.width * scale) <= 2
    assert abs(picture.height - page.height * scale) <= 2
    x0, top, x1, bottom = (v * scale for v in field.bbox)
    pad = (bottom - top) * 0.6
    crop = picture.crop((int(x0 - pad), int(top - pad), int(x1 + pad), int(bottom + pad)))
    crop = crop.resize((crop.width * 2, crop.height * 2))
    return " ".join(w.text for w in ocr.recognise(ocr.probe(), crop, 300).words)


def test_the_evidence_box_of_a_photo_points_at_its_words_in_the_reports_picture(
    letter_photo,
) -> None:
    read, documents = letter_photo
    assert "Database Analyst" in _pictured_text(read[0], documents[0], "job_title")
    assert "Meera Joshi" in _pictured_text(read[0], documents[0], "employee_name")


def test_a_photo_inside_a_pdf_is_flattened_and_its_evidence_points_at_its_words(
    tmp_path: Path, letter_page: Image.Image
) -> None:
    photo = Image.open(io.BytesIO(phone_photo(letter_page, -15, seed=9)))
    buffer = io.BytesIO()
    photo.save(buffer, "PDF", resolution=200)
    read, documents = _read(_case(tmp_path, "photo.pdf", buffer.getvalue()))
    (doc,) = documents
    assert doc.fields["job_title"].value == "Database Analyst"
    assert doc.fields["start_date"].value == dt.date(2024, 1, 8)
    assert "Database Analyst" in _pictured_text(read[0], doc, "job_title")


def test_a_phone_photo_of_a_pay_stub_in_shadow_reads_its_amounts(tmp_path: Path) -> None:
    photo = phone_photo(render_page(STUB, dpi=200), -12, seed=5, shadow=0.5, tilt=0.08)
    _, documents = _read(_case(tmp_path, "IMG_0002.jpg", photo))
    (doc,) = documents
    assert doc.kind == "pay_stub"
    values = {name: f.value for name, f in doc.fields.items()}
    assert values["employee_name"] == "Meera Joshi"
    assert values["pay_date"] == dt.date(2026, 10, 30)
    assert values["gross"] == 3000.0
    assert values["net"] == 2330.31
    assert values["hours"] == 75.0
    assert values["rate"] == 40.0


def test_a_photo_filled_by_its_page_but_turned_15_degrees_is_straightened(
    tmp_path: Path, letter_page: Image.Image
) -> None:
    # No outline to find: the page fills the picture, its turned corners show the dark desk.
    turned = letter_page.rotate(15, expand=True, fillcolor=60, resample=Image.Resampling.BICUBIC)
    w, h = turned.size
    photo = turned.crop((int(w * 0.1), int(h * 0.08), int(w * 0.9), int(h * 0.92)))
    frame = imaging.photo_frame(photo)
    assert frame is not None
    read, documents = _read(_case(tmp_path, "IMG_0003.png", _png(photo)))
    values = {name: f.value for name, f in documents[0].fields.items()}
    assert values["job_title"] == "Database Analyst"
    assert values["hours_per_week"] == 37.5
    assert read[0].pages[0].width == frame.size[0]


def test_a_clean_scan_is_given_to_ocr_untouched(tmp_path: Path) -> None:
    clean = render_page(STUB, dpi=300)
    assert imaging.photo_frame(clean) is None  # and only a photo's frame has its light evened
    read, documents = _read(_case(tmp_path, "scan.png", _png(clean)))
    page = read[0].pages[0]
    assert (page.width, page.height) == clean.size  # boxes in the scan's own pixels
    assert documents[0].fields["gross"].value == 3000.0


def test_a_scan_turned_90_degrees_is_read_upright(tmp_path: Path) -> None:
    sideways = render_page(LETTER, dpi=300).rotate(90, expand=True)  # counter-clockwise
    read, documents = _read(_case(tmp_path, "sideways.png", _png(sideways)))
    page = read[0].pages[0]
    assert page.rotation == 90  # turned clockwise back upright
    assert (page.width, page.height) == (sideways.height, sideways.width)
    values = {name: f.value for name, f in documents[0].fields.items()}
    assert values["employee_name"] == "Meera Joshi"
    assert values["start_date"] == dt.date(2024, 1, 8)


def test_uneven_light_is_evened_and_the_ink_kept() -> None:
    page = np.full((1100, 850), 235, np.uint8)
    page[500:520, 100:700] = 30  # a line of ink
    shade = np.linspace(0.45, 1.0, 850)[None, :]
    shaded = Image.fromarray((page * shade).astype(np.uint8), "L")
    evened = np.asarray(imaging.even_light(shaded)).astype(int)
    paper = evened[100:400, 50:800]
    assert paper.max() - paper.min() < 25  # the paper is one light grey across the page
    assert (evened[505:515, 120:680] < 100).all()  # the ink stays dark, even in the shadow


def test_black_and_white_by_a_local_threshold_keeps_grey_labels_in_falling_light() -> None:
    page = np.full((1100, 850), 235, np.uint8)
    page[300:303, 100:400] = 165  # a small grey label
    page[300:304, 450:700] = 30  # its value: dark strokes, as thin as a glyph's
    page[308:312, 450:700] = 30
    page[800:803, 100:400] = 165  # another label, in the shadow below
    shade = np.linspace(1.0, 0.5, 1100)[:, None]
    shaded = Image.fromarray((page * shade).astype(np.uint8), "L")
    ink = np.asarray(imaging.binarise(shaded))
    assert set(np.unique(ink)) <= {0, 255}
    assert (ink[300:303, 120:380] == 0).all() and (ink[301:303, 470:680] == 0).all()
    assert (ink[800:803, 120:380] == 0).all()  # the grey label in the shadow is ink too
    assert (ink[100:250, 50:800] == 255).all() and (ink[900:1050, 50:800] == 255).all()
