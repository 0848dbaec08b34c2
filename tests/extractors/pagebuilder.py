"""Builds Page records from plain text laid out like a monospaced page, for extractor tests.

Each character takes one cell of a grid (half the font size wide, 1.4 font sizes high), so
runs of spaces become horizontal gaps (table columns) and blank lines become vertical gaps.
A word's confidence can be lowered with `low={"word": 0.5}`; `fonts` maps words to fonts.
"""

from __future__ import annotations

from auditor.models import Line, Page, Word


def page_from_text(
    text: str,
    number: int = 1,
    *,
    width: float = 612.0,
    height: float = 792.0,
    font_size: float = 10.0,
    margin: float = 54.0,
    top: float = 54.0,
    source: str = "text",
    low: dict[str, float] | None = None,
    fonts: dict[str, str] | None = None,
) -> Page:
    """A page whose lines are the lines of `text`, with plausible word boxes."""
    cw, lh = font_size * 0.5, font_size * 1.4
    lines: list[Line] = []
    for i, raw in enumerate(text.split("\n")):
        y = top + i * lh
        words: list[Word] = []
        col = 0
        for token in raw.split(" "):
            if token:
                x0 = margin + col * cw
                words.append(
                    Word(
                        token,
                        (x0, y, x0 + len(token) * cw, y + font_size),
                        (low or {}).get(token, 1.0),
                        (fonts or {}).get(token, "Helvetica" if source == "text" else None),
                    )
                )
            col += len(token) + 1
        if words:
            lines.append(Line(tuple(words)))
    return Page(number, width, height, tuple(lines), source)  # type: ignore[arg-type]


def pages_from_texts(*texts: str, **kwargs: object) -> tuple[Page, ...]:
    """Consecutive pages numbered from 1, one per text."""
    return tuple(page_from_text(t, i + 1, **kwargs) for i, t in enumerate(texts))  # type: ignore[arg-type]
