"""Numbers Tesseract's page pass drops (a large score alone in a box) are read again on their
own; ink that is not a number (a signature) gives nothing. Real Tesseract on real images."""

from __future__ import annotations

import math

import pytest
from PIL import Image, ImageDraw, ImageFont

from auditor.models import Word
from auditor.reading import marks
from auditor.reading.ocr import RECOVERED_CONFIDENCE_CAP, probe, read_numbers

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("L", (900, 300), 255)
    return img, ImageDraw.Draw(img)


@pytest.mark.ocr
@pytest.mark.parametrize("number", ["70", "6.5", "1450"])
def test_a_large_boxed_number_is_read_alone(number: str) -> None:
    img, d = canvas()
    d.rectangle((200, 60, 620, 220), outline=0, width=3)  # the box border must not read as '1'
    d.text((250, 80), number, font=ImageFont.truetype(BOLD, 96), fill=0)
    words = read_numbers(probe(), img, [(240, 90, 600, 200)])
    assert [w.text for w in words] == [number]
    assert 0.6 <= words[0].confidence <= RECOVERED_CONFIDENCE_CAP
    x0, top, x1, bottom = words[0].bbox
    assert 230 <= x0 < x1 <= 620 and 60 <= top < bottom <= 230


@pytest.mark.ocr
def test_a_signature_scribble_gives_no_number() -> None:
    img, d = canvas()
    points = [(200 + 6 * t, 150 + 40 * math.sin(t / 5) + 15 * math.cos(t / 2)) for t in range(70)]
    d.line(points, fill=0, width=5)
    assert read_numbers(probe(), img, [(190, 90, 630, 210)]) == []


def word(text: str, x0: float, top: float, height: float = 20) -> Word:
    return Word(text, (x0, top, x0 + 12 * len(text), top + height), 0.95)


def test_wordless_marks_of_text_height_are_joined_on_their_row() -> None:
    words = [word("Overall", 10, 100), word("Score", 110, 100), word("Listening", 10, 200)]
    digit_7 = (300.0, 90.0, 330.0, 140.0)  # 50 high: 2.5 text heights, no word inside
    digit_0 = (335.0, 92.0, 365.0, 140.0)  # beside it on the same row
    underline = (10.0, 300.0, 400.0, 302.0)  # too thin for text
    labelled = (8.0, 98.0, 90.0, 122.0)  # holds the word "Overall": not wordless
    found = marks.wordless_lines([digit_7, digit_0, underline, labelled], words, 1000)
    assert found == [(300.0, 90.0, 365.0, 140.0)]


def test_no_words_no_candidates() -> None:
    assert marks.wordless_lines([(0.0, 0.0, 10.0, 10.0)], [], 1000) == []
