"""Machine-readable zones on OCR'd pages: zone-like lines, check scores, sideways bands, boxes."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from auditor.reading import mrz_band
from auditor.reading.ocr import _unturn, rotate_clockwise

ICAO_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
ICAO_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


def test_zone_like_lines() -> None:
    assert mrz_band.zone_like(ICAO_1) and mrz_band.zone_like(ICAO_2)
    assert mrz_band.zone_like("PÉTUNLINÉME I HUASK KKK <<< KKK KK KEK KKK KKK KKK KS,")
    assert not mrz_band.zone_like("Date of birth / Date de naissance 12 AUG 1974")
    assert not mrz_band.zone_like("REPUBLIC OF UTOPIA PASSPORT")


def test_check_score_counts_the_check_digits_that_hold() -> None:
    assert mrz_band.check_score([ICAO_1, ICAO_2]) == 3
    assert mrz_band.check_score([ICAO_1, ICAO_2.replace("740812", "740813")]) == 2
    td1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6"]
    assert mrz_band.check_score(td1) == 3
    assert mrz_band.check_score(["nothing", "here"]) == 0


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_boxes_read_in_a_turned_crop_map_back(turn: int) -> None:
    image = Image.new("L", (60, 40), 255)
    image.paste(0, (20, 10, 30, 14))  # a dark block in the crop's frame
    box = (10, 5, 50, 35)  # the crop, in the image
    turned = rotate_clockwise(image.crop(box), turn)
    ys, xs = np.nonzero(np.asarray(turned) < 128)
    found = (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)
    assert _unturn(found, 1.0, turn, box) == (20, 10, 30, 14)


def _zone_image(turn: int) -> Image.Image:
    font = ImageFont.load_default(size=22)
    page = Image.new("L", (1100, 800), 255)
    draw = ImageDraw.Draw(page)
    draw.text((40, 40), "REPUBLIC OF UTOPIA", fill=0, font=font)
    draw.text((40, 640), ICAO_1, fill=0, font=font)
    draw.text((40, 680), ICAO_2, fill=0, font=font)
    return rotate_clockwise(page, turn)


@pytest.mark.parametrize("turn", [90, 270])
def test_a_zone_running_down_the_page_is_found(turn: int) -> None:
    image = _zone_image(turn)
    bands = mrz_band.sideways_bands(image)
    assert bands, "no band found"
    (x0, top, x1, bottom), lines = bands[0]
    assert lines == 2
    # the band holds the zone: about two lines wide, most of the page tall
    assert x1 - x0 < 0.3 * image.width and bottom - top > 0.5 * image.height


def test_no_band_on_an_upright_page() -> None:
    assert mrz_band.sideways_bands(_zone_image(0)) == []


def test_filler_noise_counts_look_alikes_in_the_name_tail() -> None:
    assert mrz_band.filler_noise([ICAO_1, ICAO_2]) == 0
    assert mrz_band.filler_noise(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<KKK<<KEK<<<<<", ICAO_2]) == 6


def test_a_failing_second_reading_leaves_the_page_as_read() -> None:
    from auditor.reading.ocr import Engine

    broken = Engine("0.0", "/nonexistent", ("eng",))  # Tesseract cannot start with it
    page = _zone_image(90)
    assert mrz_band.reread(broken, lambda: page, [], 0.0) is None
