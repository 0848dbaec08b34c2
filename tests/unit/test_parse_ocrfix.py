"""OCR repairs: digit look-alikes in numbers, box edges glued to boxed values."""

from __future__ import annotations

from auditor.models import Line, Page, Word
from extractors.parse.ocrfix import fix_digits, strip_box_edges


def _page(source: str, *texts: str) -> Page:
    words = tuple(Word(t, (10.0 * i, 0.0, 10.0 * i + 8, 10.0), 0.9) for i, t in enumerate(texts))
    return Page(1, 612, 792, (Line(words),), source)  # type: ignore[arg-type]


def test_box_edges_are_dropped_from_ocr_words_only() -> None:
    page = strip_box_edges(_page("ocr", "[2025-09-05", "|B2|", "|", "Total\\", "(NOC"))
    assert [w.text for w in page.words] == ["2025-09-05", "B2", "|", "Total", "(NOC"]
    assert page.words[0].confidence < 0.9 and page.words[2].confidence == 0.9
    assert page.words[0].bbox == (0.0, 0.0, 8.0, 10.0)
    text = _page("text", "[2025-09-05", "|B2|")
    assert strip_box_edges(text) is text


def test_fix_digits_keeps_length_and_words() -> None:
    assert fix_digits("V6K 1N6 total 2O26-O3-14") == "V6K 1N6 total 2026-03-14"
    assert fix_digits("Oslo") == "Oslo"
