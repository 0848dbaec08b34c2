"""Where a label's value may be: right of it, below it in its column, in a table cell, in prose."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from auditor.models import FieldValue, Page, Word
from extractors.fields.labels import OTHER, LabelHit, normalise
from extractors.layout import Row, cells

# How much each place is worth as evidence that the words there are the label's value.
RIGHT = 1.0  # the rest of the label's cell, or the next cell on its row
BELOW = 1.0  # the first line under the label, in its column (a form's box)
BELOW_FAR = 0.85  # a line further down, past an empty one
TABLE = 0.95  # the cell at (row label, column header)
PROSE = 0.7  # the words after a label that sits inside a sentence


@dataclass(frozen=True)
class Candidate:
    """A value proposed for a field: what it is, where it was read, how strong the evidence."""

    field: str
    value: FieldValue
    page: int
    words: tuple[Word, ...]
    score: float
    how: str  # right, below, table or prose


@dataclass(frozen=True)
class Spot:
    """A run of words where a label's value may be printed, and how much the place is worth."""

    page: int
    words: tuple[Word, ...]
    weight: float
    how: str


def _height(words: Sequence[Word]) -> float:
    return median(max(w.bbox[3] - w.bbox[1], 1e-6) for w in words)


class PageLabels:
    """A page's rows with the labels found on each (built once per page and lexicon)."""

    def __init__(self, page: Page, page_rows: list[Row], hits: list[list[LabelHit]]) -> None:
        self.page = page
        self.rows = page_rows
        self.hits = hits
        self.height = _height(page.words) if page.words else 1.0  # the page's body type size
        self.label_words: set[int] = {
            id(w)
            for r, row_hits in enumerate(hits)
            for h in row_hits
            for w in h.words(page_rows[r])
        }
        self.label_starts: set[int] = {
            id(page_rows[h.row][h.first]) for rh in hits for h in rh if h.is_form_label
        }

    def cut_at_label(self, words: Sequence[Word]) -> tuple[Word, ...]:
        """The words up to the first one that opens a label (the next field's, or any)."""
        out: list[Word] = []
        for w in words:
            if id(w) in self.label_starts:
                break
            out.append(w)
        return tuple(out)

    def has_label(self, row: Row) -> bool:
        """Whether any word of the row is part of a label (a row of its own field)."""
        return any(id(w) in self.label_words for w in row)

    def label_field(self, w: Word) -> str | None:
        """The field whose label opens with this word, if any (OTHER for unread labels)."""
        for rh in self.hits:
            for h in rh:
                if self.rows[h.row][h.first] is w:
                    return h.field
        return None

    def is_label(self, w: Word) -> bool:
        return id(w) in self.label_words


def _alnum(w: Word) -> bool:
    return any(ch.isalnum() for ch in w.text)


def _speck(cell: Sequence[Word]) -> bool:
    """A cell that holds no value: separators, or one stray character OCR made of a box edge
    or dust ("|", ":", "i")."""
    return sum(ch.isalnum() for w in cell for ch in w.text) <= 1


def _line_of(pl: PageLabels, hit: LabelHit) -> Row:
    """The label's row, with the words of the rows next to it that sit on the label's line
    (a value in larger type, or set a little lower, is grouped into a row of its own)."""
    row = pl.rows[hit.row]
    lw = hit.words(row)
    h = _height(lw)
    mid = (min(w.bbox[1] for w in lw) + max(w.bbox[3] for w in lw)) / 2
    right = row[hit.last].bbox[2]
    out = list(row)
    for r in (hit.row - 1, hit.row + 1):
        if 0 <= r < len(pl.rows):
            out.extend(
                w
                for w in pl.rows[r]
                if w.bbox[0] > right and abs((w.bbox[1] + w.bbox[3]) / 2 - mid) <= 0.75 * h
            )
    return tuple(sorted(out, key=lambda w: w.bbox[0]))


def right_of(pl: PageLabels, hit: LabelHit) -> Spot | None:
    """The rest of the label's cell, else the next cell on its line, up to the next label."""
    row = pl.rows[hit.row]
    last = row[hit.last]
    line = _line_of(pl, hit)
    at = next(i for i, w in enumerate(line) if w is last)
    if at + 1 >= len(line):
        return None
    line_cells = cells(line)
    own = next((c for c in line_cells if any(w is last for w in c)), ())
    rest = [w for w in own if w.bbox[0] > last.bbox[0]]
    if not any(_alnum(w) for w in rest):
        # the next cell that holds something (a lone ":" or "|" printed between is skipped)
        nxt = next((c for c in line_cells if c[0].bbox[0] > last.bbox[2] and not _speck(c)), ())
        rest = rest + list(nxt)
    words = pl.cut_at_label(rest)
    if not words:
        return None
    return Spot(pl.page.number, words, RIGHT if hit.is_form_label else PROSE, "right")


def _column(pl: PageLabels, hit: LabelHit) -> tuple[float, float]:
    """The horizontal span of the label's column: from its left edge to the next cell's."""
    row = pl.rows[hit.row]
    h = max(_height(hit.words(row)), pl.height)
    x0 = row[hit.first].bbox[0] - 0.6 * h
    label_right = row[hit.last].bbox[2]
    later = [c[0].bbox[0] for c in cells(row) if c[0].bbox[0] > label_right]
    x1 = min(later) - 0.3 * h if later else float("inf")
    return x0, x1


_BOX_NO = re.compile(r"^\d{1,3}$")  # a form box's printed number, alone


def _label_rest(
    label: Sequence[Word], part: Sequence[Word], wrapped: Sequence[str]
) -> tuple[Word, ...] | None:
    """The words after the rest of a label that wrapped onto the next line ("Overall" over
    "Band Score  8.0"), when the label and the first words of `part` make one of `wrapped`
    (the field's labels); None when the line does not go on with the label."""
    head = normalise(" ".join(w.text for w in label))
    whole = {" ".join(normalise(t)) for t in wrapped}
    for n in range(min(len(part), 4), 0, -1):
        joined = " ".join(head + normalise(" ".join(w.text for w in part[:n])))
        if joined in whole:
            return tuple(part[n:])
    return None


def below(pl: PageLabels, hit: LabelHit, lines: int, wrapped: Sequence[str] = ()) -> Spot | None:
    """The first line under the label inside its column (a form's box, a stacked layout).

    When that line goes on with the label itself (a label wrapped over two lines, `wrapped`
    being the field's labels), the value is what follows it on that line."""
    row = pl.rows[hit.row]
    if not (hit.starts_cell and hit.ends_cell):
        return None  # only a label standing alone heads a column (prose has no value below)
    h = max(_height(hit.words(row)), pl.height)
    x0, x1 = _column(pl, hit)
    bottom = max(w.bbox[3] for w in hit.words(row))
    for k, nxt in enumerate(pl.rows[hit.row + 1 :]):
        part = [w for w in nxt if x0 <= w.bbox[0] < x1]
        top = min(w.bbox[1] for w in nxt)
        if top - bottom > 3.2 * h:
            return None
        if not part:
            continue
        if pl.label_field(part[0]) == hit.field:
            bottom = max(w.bbox[3] for w in part)  # the label again, in the other language
            continue
        rest = _label_rest(hit.words(row), part, wrapped) if wrapped else None
        if rest is not None:
            if not rest or pl.is_label(rest[0]):
                return None
            words = pl.cut_at_label(rest)
            return Spot(pl.page.number, words, RIGHT, "right") if words else None
        opens_label = (
            pl.is_label(part[0])
            or id(part[0]) in pl.label_starts
            or (len(part) == 1 and bool(_BOX_NO.match(part[0].text)))  # a box's number
        )
        if opens_label and part[0].bbox[0] > row[hit.first].bbox[0] + 2.0 * h:
            continue  # a label starting well right of this one heads another column
        if opens_label:
            return None  # the next label in this column: the field is left blank
        words = pl.cut_at_label(part)
        if not words:
            return None
        r_i = hit.row + 1 + k
        words = continued(pl, r_i, words, lines)
        return Spot(pl.page.number, words, BELOW if top - bottom <= 1.8 * h else BELOW_FAR, "below")
    return None


def continued(pl: PageLabels, r_i: int, words: tuple[Word, ...], lines: int) -> tuple[Word, ...]:
    """A value that wraps: the next lines that start at its left edge, up to `lines` in all."""
    if lines <= 1:
        return words
    h = _height(words)
    x0 = words[0].bbox[0]
    row = pl.rows[r_i]
    later = [c[0].bbox[0] for c in cells(row) if c[0].bbox[0] > words[-1].bbox[2]]
    x1 = min(later) - 0.3 * h if later else float("inf")
    out = list(words)
    for nxt in pl.rows[r_i + 1 : r_i + lines]:
        part = [w for w in nxt if x0 - 0.6 * h <= w.bbox[0] < x1]
        if not part or part[0].bbox[1] - out[-1].bbox[3] > 1.0 * h:
            break
        if abs(part[0].bbox[0] - x0) > 0.6 * h or pl.has_label(nxt):
            break
        if _height(part) < 0.75 * h:
            break
        cut = pl.cut_at_label(part)
        if len(cut) < len(part):
            out.extend(cut)
            break
        out.extend(part)
    return tuple(out)


def table_cell(pl: PageLabels, hit: LabelHit, column_field: str) -> Spot | None:
    """The cell at (this row label, the nearest column header above it of `column_field`)."""
    row = pl.rows[hit.row]
    label_right = row[hit.last].bbox[2]
    for r in range(hit.row - 1, max(-1, hit.row - 30), -1):
        for col in pl.hits[r]:
            if col.field != column_field:
                continue
            head = pl.rows[r][col.first : col.last + 1]
            h = _height(head)
            lo, hi = head[0].bbox[0] - 1.0 * h, head[-1].bbox[2] + 1.0 * h
            words = tuple(
                w
                for w in row[hit.last + 1 :]
                if w.bbox[0] >= label_right and lo <= (w.bbox[0] + w.bbox[2]) / 2 <= hi
            )
            if words:
                return Spot(pl.page.number, words, TABLE, "table")
    return None


def column_field(name: str) -> str:
    """The pseudo-field under which a field's column headers are matched."""
    return f"{name}@column"


def is_reported_label(field: str) -> bool:
    return field != OTHER and not field.endswith("@column")
