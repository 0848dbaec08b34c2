"""A machine-readable zone running down an upright page is found, read and verified (real OCR)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from auditor.models import ReadFile, SourceFile
from auditor.reading import scans
from auditor.reading.ocr import probe, rotate_clockwise
from extractors.classify import split_and_classify

pytestmark = [pytest.mark.ocr, pytest.mark.slow]


def _photo(path: Path, code: str) -> SourceFile:
    font = ImageFont.load_default(size=30)
    page = Image.new("L", (1500, 1000), 255)
    draw = ImageDraw.Draw(page)
    draw.text((60, 60), "REPUBLIC OF UTOPIA", fill=0, font=font)
    draw.text((60, 800), f"{code}<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", fill=0, font=font)
    draw.text((60, 850), "L898902C36UTO7408122F1204159ZE184226B<<<<<10", fill=0, font=font)
    rotate_clockwise(page, 90).save(path)
    data = path.read_bytes()
    return SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data))


def test_sideways_zone_makes_the_passport(tmp_path: Path) -> None:
    file = _photo(tmp_path / "open-passport.png", "P")
    page = scans.read_ocr_page(file, 1, probe())
    (doc,) = split_and_classify(ReadFile(file, (page,)))
    assert doc.kind == "passport"
    assert doc.value("mrz_valid") is True
    assert doc.value("passport_number") == "L898902C3"
    assert doc.value("date_of_birth") == dt.date(1974, 8, 12)
    assert doc.fields["date_of_birth"].confidence >= 0.95
