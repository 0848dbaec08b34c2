"""Mixed fonts inside one extracted value: the font-level sign of an edited PDF (DOC-TAMPER-001).

A born-digital document legitimately mixes styles (a bold label beside a regular value) and even
families (a form's Helvetica labels above its Courier entries). What an edit leaves behind is
different: a value whose own words, on one line, come from different font families, or a single
word whose characters come from different families (the reader joins them as "A|B").

So only the value's own words are compared:
1. words inside the field's box on its page, whose text is one of the field's raw `text` tokens
   (words of neighbouring labels or values that the box happens to cover are ignored);
2. per line, the label part is dropped: everything up to a word ending in ":" and everything
   before the last wide gap (a table or form column), since labels come first on a line;
3. font names are folded to their family (style variants such as Bold, Book, Condensed, MT...).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from auditor.i18n import tr
from auditor.models import Document, Field, Page, Word

# Style words that name a variant of one family; stripped from the end of a font's base name.
_STYLE_WORDS = (
    "regular", "book", "normal", "plain", "text",
    "bold", "semibold", "demibold", "demi", "extrabold", "ultrabold", "black", "heavy",
    "italic", "oblique", "inclined", "slanted",
    "condensed", "semicondensed", "extracondensed", "narrow", "compressed", "expanded", "wide",
    "light", "extralight", "ultralight", "thin", "medium",
    "mt", "ps", "std", "pro",
)  # fmt: skip
_STYLE_END = re.compile("(" + "|".join(sorted(_STYLE_WORDS, key=len, reverse=True)) + ")$")
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_TOKEN_EDGES = re.compile(r"^[^\w]+|[^\w]+$")
# A gap between words wider than this many word heights separates columns (label | value).
_COLUMN_GAP = 1.2


@lru_cache(maxsize=1024)  # a document uses a handful of fonts, asked for once per word
def family(font: str) -> str:
    """'ABCDEF+Arial-BoldMT' -> 'arial'; 'DejaVuSansCondensedBold' -> 'dejavusans'."""
    base = _SUBSET.sub("", font.strip())
    base = re.split(r"[-,]", base, maxsplit=1)[0]  # PostScript "Family-Style", "Family,Style"
    name = re.sub(r"[^a-z0-9]", "", base.lower())
    while True:
        stripped = _STYLE_END.sub("", name)
        if stripped == name or not stripped:
            return name
        name = stripped


def _token(text: str) -> str:
    return _TOKEN_EDGES.sub("", text).casefold()


def _inside(word: Word, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (word.bbox[0] + word.bbox[2]) / 2, (word.bbox[1] + word.bbox[3]) / 2
    return x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1


def _value_part(line: Sequence[Word]) -> list[Word]:
    """The words of one line after its label: after the last "Label:" and the last column gap."""
    start = 0
    for i, word in enumerate(line):
        if word.text.endswith(":") and i + 1 < len(line):
            start = i + 1
        if i > 0:
            height = max(1.0, word.bbox[3] - word.bbox[1])
            if word.bbox[0] - line[i - 1].bbox[2] > _COLUMN_GAP * height:
                start = max(start, i)
    return [w for w in line[start:] if _token(w.text)]


def _line_spans(page: Page) -> list[tuple[float, float]]:
    """Per line of the page, the lowest and highest vertical centre of its words."""
    spans = []
    for line in page.lines:
        centres = [(w.bbox[1] + w.bbox[3]) / 2 for w in line.words]
        spans.append((min(centres), max(centres)) if centres else (1.0, 0.0))
    return spans


def value_lines(
    page: Page, field: Field, spans: list[tuple[float, float]] | None = None
) -> list[list[Word]]:
    """The words that make up the field's value, line by line, labels left out.

    `spans` (`_line_spans(page)`, when the caller asks for several fields of one page) lets
    lines lying wholly above or below the field's box be passed over: none of their words can
    be inside it.
    """
    assert field.bbox is not None
    wanted = Counter(t for t in (_token(x) for x in field.text.split()) if t)
    top, bottom = field.bbox[1] - 1, field.bbox[3] + 1
    lines = []
    for i, line in enumerate(page.lines):
        if spans is not None and (spans[i][1] < top or spans[i][0] > bottom):
            continue
        words = [w for w in line.words if _inside(w, field.bbox)]
        if wanted:
            kept = []
            for w in words:
                if wanted[_token(w.text)] > 0:
                    wanted[_token(w.text)] -= 1
                    kept.append(w)
            words = kept
        value = _value_part(words)
        if value:
            lines.append(value)
    return lines


def _families(word: Word) -> set[str]:
    return {family(f) for f in (word.font or "").split("|") if f.strip()}


def mixed_fonts(doc: Document) -> list[str]:
    """One sentence per field whose value mixes font families, within a word or a line."""
    problems: list[str] = []
    spans: dict[int, list[tuple[float, float]]] = {}  # per page number, computed once
    for name, field in doc.fields.items():
        if field.bbox is None or field.page is None:
            continue
        page = next((p for p in doc.pages if p.number == field.page), None)
        if page is None:
            continue
        if page.number not in spans:
            spans[page.number] = _line_spans(page)
        lines = value_lines(page, field, spans[page.number])
        inside_word = [(w, fams) for line in lines for w in line if len(fams := _families(w)) > 1]
        if inside_word:
            word, fams = inside_word[0]
            problems.append(
                tr(
                    "the {name} value has a word set in two font families ({word!r}: {fonts})",
                    name=name,
                    word=word.text,
                    fonts=", ".join(sorted(fams)),
                )
            )
            continue
        for line in lines:
            fams = {f for w in line for f in _families(w)}
            if len(fams) > 1:
                text = " ".join(w.text for w in line)
                problems.append(
                    tr(
                        "the {name} value mixes fonts ({fonts}) in {text!r}",
                        name=name,
                        fonts=", ".join(sorted(fams)),
                        text=text,
                    )
                )
                break
    return problems
