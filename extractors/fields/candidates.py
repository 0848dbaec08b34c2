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
UNDER = 0.85  # the next line's cell centred or right-aligned under the label
TABLE = 0.95  # the cell at (row label, column header)
PROSE = 0.7  # the words after a label that sits inside a sentence
LEFT = 0.85  # the words before a label that ends its line, past a separator ("SMITH : Name")


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

    def cut_at_label(self, words: Sequence[Word], allow: Sequence[str] = ()) -> tuple[Word, ...]:
        """The words up to the first one that opens a label (the next field's, or any but the
        labels of the fields in `allow`: "du ... au ..." inside a period's value)."""
        out: list[Word] = []
        for w in words:
            if id(w) in self.label_starts and not (allow and self.label_field(w) in allow):
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


def right_of(pl: PageLabels, hit: LabelHit, allow: Sequence[str] = ()) -> Spot | None:
    """The rest of the label's cell, else the next cell on its line, up to the next label
    (but for the labels of the fields in `allow`, which may sit inside the value)."""
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
    words = pl.cut_at_label(rest, allow)
    if not words:
        return None
    return Spot(pl.page.number, words, RIGHT if hit.is_form_label else PROSE, "right")


_SEPARATOR = re.compile(r"^[:|=\-–—>»]+$")


def left_of(pl: PageLabels, hit: LabelHit) -> Spot | None:
    """The words before a label that ends its line, past a separator or a column gap, when
    no other label stands before them (a form printed value first: "DUBOIS : Family Name").
    Nothing is read left of a label that has anything right of it."""
    row = pl.rows[hit.row]
    if hit.first == 0 or any(_alnum(w) for w in row[hit.last + 1 :]):
        return None
    before = list(row[: hit.first])
    if any(pl.is_label(w) for w in before):
        return None  # the words there are another label's value
    separated = False
    while before and _SEPARATOR.match(before[-1].text):
        before.pop()
        separated = True
    if not before:
        return None
    if before[-1].text.endswith(":"):
        separated = True
    row_cells = cells(row)
    own = next(c for c in row_cells if any(w is before[-1] for w in c))
    label_cell = next(c for c in row_cells if any(w is row[hit.first] for w in c))
    if own is not label_cell:
        separated = True
    if not separated:
        return None
    words = tuple(w for w in before if any(w is o for o in own))
    if not any(_alnum(w) for w in words):
        return None
    return Spot(pl.page.number, words, LEFT, "left")


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
        if part:
            # a value is never cut inside its cell: one that starts a little left of the
            # label's column (centred under it) is read whole
            cell = next(c for c in cells(nxt) if any(w is part[0] for w in c))
            lead = [w for w in cell if w.bbox[0] < part[0].bbox[0]]
            left = [c[-1].bbox[2] for c in cells(row) if c[-1].bbox[2] <= row[hit.first].bbox[0]]
            edge = max(left, default=float("-inf"))  # the label's left neighbour's column
            if lead and all(w.bbox[0] > edge and not pl.is_label(w) for w in lead):
                part = lead + part
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


def under(pl: PageLabels, hit: LabelHit) -> Spot | None:
    """The cell on the next line that sits under the label, centred or right-aligned (a band
    of labels over their values, "Employee ID   SIN   Pay Date"): the cell overlapping the
    label's cell more than any other label's. Weaker than a value that starts in the label's
    column (`below`)."""
    row = pl.rows[hit.row]
    if not (hit.starts_cell and hit.ends_cell) or hit.row + 1 >= len(pl.rows):
        return None
    own = next((c for c in cells(row) if any(w is row[hit.first] for w in c)), None)
    if own is None:
        return None
    h = max(_height(hit.words(row)), pl.height)
    nxt = pl.rows[hit.row + 1]
    if min(w.bbox[1] for w in nxt) - max(w.bbox[3] for w in own) > 1.8 * h:
        return None
    row_cells = cells(row)
    for c in cells(nxt):
        span = (c[0].bbox[0], c[-1].bbox[2])
        above = max(row_cells, key=lambda rc: _overlap(span, (rc[0].bbox[0], rc[-1].bbox[2])))
        if above is not own or _overlap(span, (own[0].bbox[0], own[-1].bbox[2])) <= 0:
            continue
        if pl.is_label(c[0]):
            return None
        words = pl.cut_at_label(c)
        return Spot(pl.page.number, words, UNDER, "below") if words else None
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


# Tables found from word alignment (issue 13): the same for text layers and OCR words, since
# only the words' boxes are used. Row labels and column headers are found in their own passes
# over the rows (`Grid`), apart from the field labels, so one printed word may be a field's
# label ("Hours: 80") and a column's header ("Description | Hours | Rate") at once.
HEADERLESS = 0.55  # a number of a row whose table prints no header above it, by its order
GRID_REACH = 30  # how many rows above a row label its column headers may be printed


@dataclass(frozen=True)
class Grid:
    """A page's table row labels and column headers, per visual row, named by their group
    (the kind's `rows` and `columns`) or by the field whose label they are."""

    rows: tuple[tuple[LabelHit, ...], ...]
    columns: tuple[tuple[LabelHit, ...], ...]
    column_names: frozenset[str]  # the kind's column groups (not field-named columns)

    def header_row(self, r: int) -> bool:
        """Whether row r heads a table: two or more of the kind's column headers on it."""
        return sum(h.field in self.column_names for h in self.columns[r]) >= 2


def _span(row: Row, hit: LabelHit) -> tuple[float, float]:
    return row[hit.first].bbox[0], row[hit.last].bbox[2]


def _gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The horizontal distance between two spans (0 when they overlap)."""
    return max(0.0, a[0] - b[1], b[0] - a[1])


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


def header_anchors(pl: PageLabels, grid: Grid, r: int) -> list[tuple[tuple[float, float], str]]:
    """The header row's spans a value word is aligned with: each column header as one span
    named by its column, every other word of the row as a span of its own (named "")."""
    row = pl.rows[r]
    out: list[tuple[tuple[float, float], str]] = []
    covered: set[int] = set()
    for hit in grid.columns[r]:
        out.append((_span(row, hit), hit.field))
        covered.update(range(hit.first, hit.last + 1))
    out.extend(((w.bbox[0], w.bbox[2]), "") for i, w in enumerate(row) if i not in covered)
    return out


def aligned(words: Sequence[Word], anchors: list[tuple[tuple[float, float], str]]) -> list[int]:
    """For each word, the index of the anchor it sits under: the nearest span (the widest
    overlap among those it touches)."""
    out = []
    for w in words:
        ws = (w.bbox[0], w.bbox[2])
        best = min(
            range(len(anchors)),
            key=lambda i: (_gap(ws, anchors[i][0]), -_overlap(ws, anchors[i][0])),
        )
        out.append(best)
    return out


def grid_cell(
    pl: PageLabels, grid: Grid, r_i: int, label: LabelHit, column: str
) -> tuple[Spot | None, bool]:
    """The cell at (the row label `label` on row r_i, the nearest header of `column` above it
    and right of the label), and whether a header row was found at all above the label (a
    table with headers that has no value in this column has an empty cell, not a guess)."""
    row = pl.rows[r_i]
    label_left, label_right = _span(row, label)
    # the row's words up to the next label (a second label and value may share the row)
    values = list(
        pl.cut_at_label([w for w in row[label.last + 1 :] if w.bbox[0] >= label_right - 1e-6])
    )
    h = max(_height(label.words(row)), pl.height)
    headed = False
    for r in range(r_i - 1, max(-1, r_i - GRID_REACH), -1):
        heads = [
            c
            for c in grid.columns[r]
            if c.field == column and _span(pl.rows[r], c)[1] > label_right
        ]
        if not heads:
            headed = headed or grid.header_row(r)
            if grid.header_row(r) and any(
                _span(pl.rows[r], c)[1] > label_right for c in grid.columns[r]
            ):
                return None, True  # the nearest table header above has no such column
            continue
        head = min(heads, key=lambda c: _span(pl.rows[r], c)[0])
        if not values:
            return None, True
        anchors = header_anchors(pl, grid, r)
        at = next(
            i for i, a in enumerate(anchors) if a[1] == column and a[0] == _span(pl.rows[r], head)
        )
        picked = [
            w
            for w, a in zip(values, aligned(values, anchors), strict=True)
            if a == at and _gap((w.bbox[0], w.bbox[2]), anchors[at][0]) <= 3.0 * h
        ]
        if not picked:
            return None, True
        return Spot(pl.page.number, tuple(picked), TABLE, "table"), True
    return None, headed


def headerless_cells(
    pl: PageLabels, r_i: int, label: LabelHit, column: str, order: Sequence[str]
) -> list[Spot]:
    """A row with no column headers above it: its numbers read in the kind's usual column
    order (`order`, the lexicon's columns as listed). A row with one number per column is
    read in that order; a row with fewer, as the first columns and as the last ones (both
    unsure: the kind's constraints and totals choose between them)."""
    row = pl.rows[r_i]
    label_right = _span(row, label)[1]
    rest = pl.cut_at_label([w for w in row[label.last + 1 :] if w.bbox[0] >= label_right - 1e-6])
    row_cells = [c for c in cells(rest) if any(ch.isdigit() for w in c for ch in w.text)]
    n, k = len(row_cells), list(order).index(column) if column in order else -1
    if n < 2 or n > len(order) or k < 0:
        return []  # one number alone is the label's value (right of it), not a column's
    if n == len(order):
        return [Spot(pl.page.number, tuple(row_cells[k]), HEADERLESS, "table")]
    out = []
    if k < n:  # the first columns
        out.append(Spot(pl.page.number, tuple(row_cells[k]), 0.8 * HEADERLESS, "table"))
    if k >= len(order) - n:  # the last columns
        cell = row_cells[k - (len(order) - n)]
        out.append(Spot(pl.page.number, tuple(cell), 0.8 * HEADERLESS, "table"))
    return out
