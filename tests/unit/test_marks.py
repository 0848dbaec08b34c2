"""Marks: ink that is not text (a signature, a stamp) is boxed; words, rules and specks are not."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from auditor.models import Word
from auditor.reading.marks import find_marks, of_ocr_image

DPI = 150
PT = DPI / 72  # pixels per point of the test pictures


def _page() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("L", (int(612 * PT), int(792 * PT)), 255)
    return image, ImageDraw.Draw(image)


def _word(draw: ImageDraw.ImageDraw, text: str, x: float, y: float) -> Word:
    """A word drawn as a dark block (like glyphs) and its box in points."""
    w, h = 6 * len(text), 10
    draw.rectangle([x * PT, y * PT, (x + w) * PT, (y + h) * PT], fill=30)
    return Word(text, (x, y, x + w, y + h))


def _scribble(draw: ImageDraw.ImageDraw, x: float, y: float, seed: int = 1) -> None:
    rng = random.Random(seed)
    pts = [
        ((x + i * 3) * PT, (y + 15 + rng.uniform(-12, 12)) * PT) for i in range(40)
    ]  # 120 x ~30 points of zig-zag pen stroke
    draw.line(pts, fill=40, width=2)


def test_a_signature_between_words_is_a_mark_and_the_words_are_not() -> None:
    image, draw = _page()
    words = [_word(draw, "Sincerely,", 72, 500), _word(draw, "Jane", 72, 580)]
    _scribble(draw, 80, 530)
    found = find_marks(image, words, PT)
    assert len(found) == 1
    x0, top, x1, bottom = found[0]
    assert 75 <= x0 <= 85 and 195 <= x1 <= 205
    assert 510 < top < 535 and 535 < bottom < 570


def test_a_typed_page_with_rules_and_specks_has_no_marks() -> None:
    image, draw = _page()
    words = [_word(draw, f"word{i}", 72 + (i % 5) * 80, 100 + (i // 5) * 20) for i in range(60)]
    draw.line([(72 * PT, 600 * PT), (300 * PT, 600 * PT)], fill=0, width=2)  # signature line
    draw.rectangle([60 * PT, 90 * PT, 500 * PT, 400 * PT], outline=0, width=1)  # table border
    rng = random.Random(3)
    for _ in range(300):  # scanner dust: one-pixel specks
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        image.putpixel((x, y), 0)
    assert find_marks(image, words, PT) == ()


def test_a_stamp_in_a_photo_frame_ignores_the_dark_border() -> None:
    image, draw = _page()
    draw.rectangle([0, 0, image.width, 20], fill=20)  # table edge seen past the sheet
    draw.ellipse([400 * PT, 600 * PT, 470 * PT, 660 * PT], outline=50, width=4)  # round stamp
    found = find_marks(image, [], PT)
    assert len(found) == 1 and 395 < found[0][0] < 405 and 655 < found[0][3] < 665


def test_a_low_confidence_ocr_word_over_a_scribble_does_not_hide_it() -> None:
    image, draw = _page()
    _scribble(draw, 80, 530)
    garbage = Word("~~", (80, 525, 200, 560), confidence=0.2)
    assert len(find_marks(image, [garbage], PT)) == 1
    sure = Word("Signature", (80, 525, 200, 560), confidence=0.95)
    assert find_marks(image, [sure], PT) == ()


def test_boxes_come_back_in_image_pixel_units_for_image_files() -> None:
    image, draw = _page()
    _scribble(draw, 80, 530)
    # Words of an image file are in pixels of the image: one unit is one pixel.
    found = find_marks(image, [], 1.0, point=PT)
    assert len(found) == 1
    assert abs(found[0][0] - 80 * PT) < 6 and abs(found[0][2] - 197 * PT) < 6


def test_ocr_pages_are_turned_like_the_words() -> None:
    image, draw = _page()
    _scribble(draw, 80, 100)  # near the top of the upright page
    sideways = image.rotate(90, expand=True)  # stored turned a quarter counter-clockwise
    found = of_ocr_image(sideways, DPI, 90, 0.0, [], PT)
    assert len(found) == 1 and found[0][1] < 200
