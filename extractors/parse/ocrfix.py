"""Length-preserving repairs of OCR letter/digit confusions inside numeric tokens."""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.models import Line, Page

_DIGITISH = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "D": "0",
        "Q": "0",
        "I": "1",
        "l": "1",
        "|": "1",
        "S": "5",
        "B": "8",
        "Z": "2",
    }
)
_TOKEN = re.compile(r"[0-9OoDQIl|SBZ.,/\-]+")


def fix_digits(text: str) -> str:
    """Replace look-alike letters by digits in tokens that are mostly digits already.

    Only tokens with at least two real digits, where the digits outnumber the look-alikes,
    are touched; the result has the same length so match offsets stay valid.
    """

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        digits = sum(c.isdigit() for c in tok)
        look = sum(c in "OoDQIl|SBZ" for c in tok)
        if digits >= 2 and look and digits > look:
            return tok.translate(_DIGITISH)
        return tok

    return _TOKEN.sub(repl, text)


_BORDER = "|[]\\{}"  # what OCR makes of a box's edge printed against a value


def strip_box_edges(page: Page) -> Page:
    """An OCR page whose words lose the box-border strokes read as glued characters.

    A value printed in a box ("|14/03/2026", "[6.5") is read with the box's edge stuck to it,
    which then parses as nothing. The stroke is dropped when letters or digits remain; the
    word keeps its box, and its confidence is lowered a little since its text was changed.
    """
    if page.source != "ocr":
        return page
    changed = False
    lines = []
    for line in page.lines:
        words = []
        for w in line.words:
            t = w.text.strip(_BORDER)
            if t != w.text and any(c.isalnum() for c in t):
                w = replace(w, text=t, confidence=round(w.confidence * 0.95, 3))
                changed = True
            words.append(w)
        lines.append(Line(tuple(words)))
    return replace(page, lines=tuple(lines)) if changed else page
