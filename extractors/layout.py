"""Geometry helpers: visual rows and cells from word boxes, label -> value lookup, table rows."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from statistics import median

from auditor.models import Field, FieldValue, Page, Word
from extractors.base import make_field
from extractors.parse.money import parse_number

Row = tuple[Word, ...]
_SEPARATORS = ":;-–—=/|.#"
_NUMERIC = re.compile(r"^[($-]*\$?-?[\dOo][\d,.\s]*\)?\s?\$?-?$")


@dataclass(frozen=True)
class Hit:
    """Words found on a page for some purpose (a value next to a label, a table cell)."""

    page: int
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def field(self, value: FieldValue, confidence: float = 1.0, text: str | None = None) -> Field:
        return make_field(value, self.page, self.words, confidence, text)


def _height(w: Word) -> float:
    return max(w.bbox[3] - w.bbox[1], 1e-6)


# Extractors look a page's rows and a row's cells up once per label (dozens of times per
# page): both are kept for the objects last asked about, by identity. The object is held with
# its result, so an id cannot be reused while its entry lives; results are immutable tuples.
_ROWS_MEMO_SIZE = 256  # pages
_CELLS_MEMO_SIZE = 4096  # rows
_rows_memo: dict[int, tuple[Page, tuple[Row, ...]]] = {}
_cells_memo: dict[int, tuple[Row, tuple[Row, ...]]] = {}


def _remember(memo: dict, size: int, key: object, value: tuple) -> tuple:
    if len(memo) >= size:
        memo.pop(next(iter(memo)))  # the oldest entry
    memo[id(key)] = (key, value)
    return value


def rows(page: Page) -> list[Row]:
    """The page's words grouped into visual rows (same baseline), each sorted left to right.

    Built from the boxes rather than the reader's lines, so a table read column by column
    still gives its rows back.
    """
    hit = _rows_memo.get(id(page))
    if hit is not None and hit[0] is page:
        return list(hit[1])
    return list(_remember(_rows_memo, _ROWS_MEMO_SIZE, page, tuple(_rows(page))))


def cells(row: Row) -> list[Row]:
    """A row split where the gap between two words is wider than a column gap (~1.2 em)."""
    if type(row) is not tuple:  # a list may change after the call: never remembered
        return _cells(row)
    hit = _cells_memo.get(id(row))
    if hit is not None and hit[0] is row:
        return list(hit[1])
    return list(_remember(_cells_memo, _CELLS_MEMO_SIZE, row, tuple(_cells(row))))


def _rows(page: Page) -> list[Row]:
    words = sorted(page.words, key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0]))
    if not words:
        return []
    h = median(_height(w) for w in words)
    out: list[list[Word]] = []
    centre = None
    for w in words:
        c = (w.bbox[1] + w.bbox[3]) / 2
        if out and centre is not None and abs(c - centre) <= 0.45 * h:
            out[-1].append(w)
        else:
            out.append([w])
            centre = c
    return [tuple(sorted(r, key=lambda w: w.bbox[0])) for r in out]


def _cells(row: Row) -> list[Row]:
    if not row:
        return []
    h = median(_height(w) for w in row)
    out: list[list[Word]] = [[row[0]]]
    for prev, w in zip(row, row[1:], strict=False):
        if w.bbox[0] - prev.bbox[2] > 1.2 * h:
            out.append([w])
        else:
            out[-1].append(w)
    return [tuple(c) for c in out]


def words_of_span(words: Sequence[Word], start: int, end: int) -> list[Word]:
    """The words of a space-joined run of words that overlap characters [start, end)."""
    out, pos = [], 0
    for w in words:
        w_end = pos + len(w.text)
        if w_end > start and pos < end:
            out.append(w)
        pos = w_end + 1
    return out


def _after(words: Sequence[Word], end: int) -> list[Word]:
    """Words starting at or after character `end`, with leading separators dropped."""
    out, pos = [], 0
    for w in words:
        if pos >= end:
            out.append(w)
        elif pos + len(w.text) > end:  # a word glued to the label, like "Date:2024-01-01"
            rest = w.text[end - pos :].lstrip(_SEPARATORS + " ")
            if rest:
                out.append(Word(rest, w.bbox, w.confidence, w.font))
        pos += len(w.text) + 1
    while out and all(c in _SEPARATORS for c in out[0].text):
        out.pop(0)
    return out


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def label_value(
    pages: Sequence[Page],
    label: re.Pattern[str],
    accept: Callable[[str], bool] = lambda s: bool(s.strip()),
    below: bool = True,
    stop: re.Pattern[str] | None = None,
) -> Hit | None:
    """The value printed next to a label: right of it on the same row, else in the row below.

    `accept` says whether a candidate text can be the value (a date, a number...); `stop`
    cuts a same-cell value where another label begins. The first acceptable value wins.
    """
    return next(iter_label_values(pages, label, accept, below, stop), None)


def iter_label_values(
    pages: Sequence[Page],
    label: re.Pattern[str],
    accept: Callable[[str], bool] = lambda s: bool(s.strip()),
    below: bool = True,
    stop: re.Pattern[str] | None = None,
) -> Iterator[Hit]:
    """Every value next to an occurrence of the label, in reading order (see label_value)."""
    for page in pages:
        page_rows = rows(page)
        for r_i, row in enumerate(page_rows):
            for c_i, cell in enumerate(cells(row)):
                text = " ".join(w.text for w in cell)
                m = label.search(text)
                if not m or _inside_word(text, m.end()):
                    continue  # the label ends inside a word ("Date de paie" in "paiement")
                hit = _value_at(page, page_rows, r_i, c_i, cell, m, accept, below, stop)
                if hit is not None:
                    yield hit


def _inside_word(text: str, end: int) -> bool:
    """Whether a label match ending at `end` stops inside a word: "paie" in "paiement", or
    "Employer" in the hyphenated value "EMPLOYER-SPECIFIC"."""
    if end >= len(text) or not text[end - 1].isalnum():
        return False
    if text[end].isalnum():
        return True
    return text[end] == "-" and end + 1 < len(text) and text[end + 1].isalnum()


def _clip_to_column(value: Row, label_cells: list[Row], c_i: int, h: float) -> Row:
    """The words of a value row that belong under the label cell `c_i` of a row of labels.

    A value can run on until its last word nearly touches the next column's value (a long
    permit type beside the employer's name), so the value row is one cell although the labels
    above stand apart. Each word then belongs to the column where it starts: right of the
    label's left edge (less half an em) and left of the next label's.
    """
    lo, hi = float("-inf"), float("inf")
    if c_i > 0 and value[0].bbox[0] < label_cells[c_i - 1][-1].bbox[2]:
        lo = label_cells[c_i][0].bbox[0] - 0.5 * h
    if c_i + 1 < len(label_cells) and value[-1].bbox[2] > label_cells[c_i + 1][0].bbox[0]:
        hi = label_cells[c_i + 1][0].bbox[0] - 0.5 * h
    kept = tuple(w for w in value if lo <= w.bbox[0] < hi)
    return kept or value


def _value_at(
    page: Page,
    page_rows: list[Row],
    r_i: int,
    c_i: int,
    cell: Row,
    m: re.Match[str],
    accept: Callable[[str], bool],
    below: bool,
    stop: re.Pattern[str] | None,
) -> Hit | None:
    same = _after(cell, m.end())
    if stop is not None and same:
        s_text = " ".join(w.text for w in same)
        sm = stop.search(s_text)
        if sm:
            same = words_of_span(same, 0, sm.start()) if sm.start() > 0 else []
    if same and accept(" ".join(w.text for w in same)):
        return Hit(page.number, tuple(same))
    row_cells = cells(page_rows[r_i])
    if c_i + 1 < len(row_cells):
        nxt = _after(row_cells[c_i + 1], 0)
        nxt_text = " ".join(w.text for w in nxt)
        if nxt and not m.re.search(nxt_text) and accept(nxt_text):
            return Hit(page.number, tuple(nxt))
    if not below:
        return None
    label_words = words_of_span(cell, m.start(), m.end()) or list(cell)
    span = (label_words[0].bbox[0], max(cell[-1].bbox[2], label_words[-1].bbox[2]))
    h = median(_height(w) for w in cell)
    for nxt_row in page_rows[r_i + 1 : r_i + 3]:
        if nxt_row[0].bbox[1] - cell[-1].bbox[3] > 3.0 * h:
            break
        best, best_ov = None, 0.0
        for c in cells(nxt_row):
            ov = _overlap(span, (c[0].bbox[0], c[-1].bbox[2]))
            if ov > best_ov:
                best, best_ov = c, ov
        if best is not None and len(row_cells) > 1:
            best = _clip_to_column(best, row_cells, c_i, h)
        if best is not None:
            best_text = " ".join(w.text for w in best)
            if not m.re.search(best_text) and accept(best_text):
                return Hit(page.number, best)
    return None


def with_continuation(page: Page, hit: Hit) -> Hit:
    """The hit extended by the rows below that carry on its text in the same column."""
    page_rows = rows(page)
    words = list(hit.words)
    x0 = words[0].bbox[0]
    h = median(_height(w) for w in words)
    for row in page_rows:
        if row[0].bbox[1] <= words[-1].bbox[1] + 0.5 * h:
            continue
        gap = row[0].bbox[1] - words[-1].bbox[3]
        if gap > 1.0 * h or abs(row[0].bbox[0] - x0) > 3 or len(cells(row)) > 1:
            break
        words.extend(row)
    return Hit(hit.page, tuple(words))


def continued_in_column(page: Page, hit: Hit, stop: Callable[[str], bool] = lambda s: False) -> Hit:
    """The hit extended by the lines below that go on with its text inside its own column.

    A value wrapped in a form's box (a long institution name) continues on the next line
    from the same left edge, in the same type size, while the box beside it may wrap too:
    only the words starting between the hit's left edge and the next column's are taken.
    A line that `stop` accepts (the form's next label) ends the value.
    """
    page_rows = rows(page)
    words = list(hit.words)
    x0 = words[0].bbox[0]
    h = median(_height(w) for w in words)
    own = next((r for r in page_rows if words[0] in r), None)
    later = [c[0].bbox[0] for c in cells(own)] if own else []
    right = min((x for x in later if x > words[-1].bbox[2]), default=float("inf"))
    for row in page_rows:
        if row[0].bbox[1] <= words[-1].bbox[1] + 0.5 * h:
            continue
        part = [w for w in row if x0 - 0.5 * h <= w.bbox[0] < right - 0.5 * h]
        if not part:
            break
        gap = part[0].bbox[1] - words[-1].bbox[3]
        text = " ".join(w.text for w in part)
        if (
            gap > 1.0 * h
            or abs(part[0].bbox[0] - x0) > 0.5 * h
            or median(_height(w) for w in part) < 0.75 * h
            or stop(text)
        ):
            break
        words.extend(part)
    return Hit(hit.page, tuple(words))


def is_number_word(text: str) -> bool:
    """Whether a word is a number as tables print it ("1,234.56", "$40.00", "(12.00)")."""
    t = text.strip()
    return bool(_NUMERIC.match(t)) and parse_number(t.strip("$()- "))[0] is not None


def number_of(text: str) -> float | None:
    """The value of a table number word, negative when in parentheses or with a minus sign."""
    t = text.strip()
    value, _ = parse_number(t.strip("$()- "))
    if value is None:
        return None
    return -value if t.startswith(("(", "-")) else value


@dataclass(frozen=True)
class TableRow:
    """A labelled row of a table: its label, its numbers, and the column each number sits in."""

    page: int
    label: tuple[Word, ...]
    numbers: tuple[Word, ...]
    columns: dict[str, Word]


def table_row(
    pages: Sequence[Page],
    label: re.Pattern[str],
    headers: dict[str, re.Pattern[str]],
    exclude: re.Pattern[str] | None = None,
) -> TableRow | None:
    """The first row whose label cell matches `label`, with its numbers placed under headers.

    Numbers are the numeric words right of the label up to the next label (so a two-column
    earnings/deductions grid gives each side its own row); each is assigned to the nearest
    header (by horizontal centre) found in a row above that holds at least one header.
    """
    for page in pages:
        page_rows = rows(page)
        for r_i, row in enumerate(page_rows):
            found = _label_numbers(row, label, exclude)
            if found is None:
                continue
            label_words, numbers = found
            if not numbers:
                continue
            x0, x1 = label_words[0].bbox[0], numbers[-1].bbox[2]
            columns = _place(page_rows[:r_i], numbers, headers, (x0, x1))
            return TableRow(page.number, tuple(label_words), tuple(numbers), columns)
    return None


def merge_number_words(row: Row) -> Row:
    """A row where numbers split at a space thousands separator ("2 769,00 $") are one word."""
    out: list[Word] = []
    for w in row:
        prev = out[-1] if out else None
        if (
            prev is not None
            and re.fullmatch(r"\(?-?\$?\d{1,3}(?: \d{3})*", prev.text)
            and re.fullmatch(r"\d{3}(?:[.,]\d{1,2})?\)?(?: ?\$)?", w.text)
            and w.bbox[0] - prev.bbox[2] < 0.6 * _height(w)
        ):
            box = (
                prev.bbox[0],
                min(prev.bbox[1], w.bbox[1]),
                w.bbox[2],
                max(prev.bbox[3], w.bbox[3]),
            )
            conf = min(prev.confidence, w.confidence)
            out[-1] = Word(f"{prev.text} {w.text}", box, conf, prev.font)
        else:
            out.append(w)
    return tuple(out)


def _label_numbers(
    row: Row, label: re.Pattern[str], exclude: re.Pattern[str] | None
) -> tuple[list[Word], list[Word]] | None:
    row = merge_number_words(row)
    i = 0
    while i < len(row):
        if is_number_word(row[i].text):
            i += 1
            continue
        j = i
        while j < len(row) and not is_number_word(row[j].text):
            j += 1
        text = " ".join(w.text for w in row[i:j])
        m = label.search(text)
        if m and m.start() <= 2 and (exclude is None or not exclude.search(text)):
            k = j
            numbers = []
            while k < len(row) and (is_number_word(row[k].text) or row[k].text in ("$", "-")):
                if is_number_word(row[k].text):
                    numbers.append(row[k])
                k += 1
            return list(row[i:j]), numbers
        i = j
    return None


def _place(
    above: list[Row],
    numbers: list[Word],
    headers: dict[str, re.Pattern[str]],
    span: tuple[float, float],
) -> dict[str, Word]:
    for row in reversed(above[-25:]):
        centres: dict[str, float] = {}
        for cell in cells(row):
            box = (cell[0].bbox[0], cell[-1].bbox[2])
            if _overlap(box, (span[0] - 5, span[1] + 40)) <= 0:
                continue
            text = " ".join(w.text for w in cell)
            for name, pattern in headers.items():
                if name not in centres and pattern.search(text):
                    centres[name] = (box[0] + box[1]) / 2
        if len(centres) >= min(2, len(numbers)) and centres:
            placed: dict[str, Word] = {}
            for w in numbers:
                c = (w.bbox[0] + w.bbox[2]) / 2
                name = min(centres, key=lambda n: abs(centres[n] - c))
                if abs(centres[name] - c) > max(45.0, 0.6 * (w.bbox[2] - w.bbox[0])):
                    break  # not under this header row: keep looking above
                placed.setdefault(name, w)
            else:
                return placed
    return {}
