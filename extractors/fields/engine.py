"""The shared field finder: a kind's declaration and some pages in, fields with evidence out.

Labels are found by fuzzy match over the rows; each label proposes candidates where forms
print values (right of it, below it, the table cell under a column header, the words after it
in prose); each candidate is parsed as its field's type and checked against its range; a
candidate that is itself a label is none. Values are then chosen jointly: the set of
candidates with the highest total score that keeps every declared constraint and never gives
one word to two fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from auditor.models import Field, Page, Word
from extractors.base import make_field
from extractors.fields.candidates import (
    TABLE,
    Candidate,
    Grid,
    PageLabels,
    Spot,
    below,
    column_field,
    continued,
    grid_cell,
    headerless_cells,
    is_reported_label,
    left_of,
    right_of,
    table_cell,
    under,
)
from extractors.fields.labels import OTHER, LabelHit, Phrase, find_labels, normalise, phrases
from extractors.fields.lines import lines
from extractors.fields.spec import Constraint, FieldSpec, KindSpec, Total
from extractors.fields.values import Parsed, parse, parse_range
from extractors.layout import Row, cells
from extractors.parse.dates import Order

FREE_TEXT = ("name", "name_part", "text")
TOP = 6  # candidates per field the joint assignment considers
BEAM = 64
AMBIGUOUS = 0.75  # confidence factor when a different value had nearly the same evidence
OVERRULED = 0.9  # confidence factor when a constraint overruled the field's best candidate

_tables: dict[int, tuple[KindSpec, list[Phrase]]] = {}


def _phrases(spec: KindSpec) -> list[Phrase]:
    hit = _tables.get(id(spec))
    if hit is not None and hit[0] is spec:
        return hit[1]
    labels: dict[str, tuple[str, ...]] = {f.name: f.labels for f in spec.fields}
    for f in spec.fields:
        if f.columns:
            labels[column_field(f.name)] = f.columns
    labels[OTHER] = spec.other_labels
    table = phrases(labels)
    _tables[id(spec)] = (spec, table)
    return table


def label_phrases(spec: KindSpec) -> list[Phrase]:
    """Every label phrase of the kind (its fields', their columns', and the other labels)."""
    return _phrases(spec)


_page_memo: dict[tuple[int, int], tuple[Page, KindSpec, PageLabels]] = {}
_PAGE_MEMO_SIZE = 32


def page_labels(page: Page, spec: KindSpec) -> PageLabels:
    """The page's rows and the kind's labels found on each (kept for the last pages asked)."""
    key = (id(page), id(spec))
    hit = _page_memo.get(key)
    if hit is not None and hit[0] is page and hit[1] is spec:
        return hit[2]
    table = _phrases(spec)
    page_rows = lines(page)
    hits = [find_labels(r, i, table) for i, r in enumerate(page_rows)]
    hits = [_in_paragraph(page_rows, i, h) for i, h in enumerate(hits)]
    found = PageLabels(page, page_rows, hits)
    if len(_page_memo) >= _PAGE_MEMO_SIZE:
        _page_memo.pop(next(iter(_page_memo)))
    _page_memo[key] = (page, spec, found)
    return found


PARAGRAPH_WORDS = 6  # a line of at least this many words, with no label, is a sentence's


def _in_paragraph(page_rows: list[Row], r: int, hits: list[LabelHit]) -> list[LabelHit]:
    """A label word that opens a line going on with the sentence of the line above ("NOT
    AUTHORIZED TO WORK FOR ANY" / "EMPLOYER OTHER THAN STATED.") is a word of that sentence,
    not a form's label: it no longer counts as opening a cell."""
    if r == 0 or not any(h.first == 0 and h.starts_cell and not h.ends_cell for h in hits):
        return hits
    above, row = page_rows[r - 1], page_rows[r]
    h = max(row[0].bbox[3] - row[0].bbox[1], 1e-6)
    last = above[-1].text.rstrip()
    goes_on = (
        len(above) >= PARAGRAPH_WORDS
        and len(cells(above)) == 1
        and not last.endswith((".", ":", ";", "!", "?"))
        and abs(above[0].bbox[0] - row[0].bbox[0]) <= 1.0 * h
        and row[0].bbox[1] - above[0].bbox[3] <= 0.8 * h
    )
    if not goes_on:
        return hits
    return [
        dataclasses.replace(x, starts_cell=False)
        if x.first == 0 and x.starts_cell and not x.ends_cell
        else x
        for x in hits
    ]


def label_weight(score: float, starts_cell: bool) -> float:
    """How much a label match is worth: 1.0 exact; a fuzzy match counts for less."""
    return max(0.0, 1.0 - 2.0 * (1.0 - score))


def _group_phrases(spec: KindSpec, key: str) -> list[Phrase]:
    """The phrase table of the kind's table row labels or column headers (`rows`, `columns`)."""
    memo_key = id(spec) * 2 + (key == "columns")
    hit = _group_tables.get(memo_key)
    if hit is not None and hit[0] is spec:
        return hit[1]
    groups = spec.rows if key == "rows" else spec.columns
    table = phrases(dict(groups))
    _group_tables[memo_key] = (spec, table)
    return table


_group_tables: dict[int, tuple[KindSpec, list[Phrase]]] = {}
_grid_memo: dict[tuple[int, int], tuple[Page, KindSpec, Grid]] = {}


def page_grid(page: Page, spec: KindSpec) -> Grid:
    """The page's table row labels and column headers for the kind's cells: its own row and
    column groups found in their own passes, and the labels of the fields its cells name.

    A column header inside a longer field label ("Current Hours") is that label, not a
    header. The kind's column headers also stop values, like any label."""
    key = (id(page), id(spec))
    pl = page_labels(page, spec)
    hit = _grid_memo.get(key)
    if hit is not None and hit[0] is page and hit[1] is spec:
        _stop_at_headers(pl, hit[2])  # the page's labels may have been read again since
        return hit[2]
    groups = {n for n, _p in spec.rows}, {n for n, _p in spec.columns}
    row_fields = {r for f in spec.fields for r, _c in f.cells if r not in groups[0]}
    col_fields = {c for f in spec.fields for _r, c in f.cells if c not in groups[1]}
    row_table, col_table = _group_phrases(spec, "rows"), _group_phrases(spec, "columns")
    rows_out: list[tuple[LabelHit, ...]] = []
    cols_out: list[tuple[LabelHit, ...]] = []
    for i, row in enumerate(pl.rows):
        own = pl.hits[i]
        found_rows = find_labels(row, i, row_table) if row_table else []
        found_cols = find_labels(row, i, col_table) if col_table else []
        # a row label or column header inside a longer or closer field label is that label
        # ("Salaire brut" is the gross row, not a "salaire" row; "Pay Date" is no "Pay Rate")
        found_cols = [g for g in found_cols if not _outranked(g, own)]
        if sum(c.field in groups[1] for c in found_cols) >= 2:
            found_cols += _slipped_headers(row, i, found_cols, own, col_table)
        own_rows = [h for h in own if h.field in row_fields]
        found_rows = [g for g in found_rows if not _outranked(g, own)]
        rows_out.append(tuple(found_rows + own_rows))
        cols_out.append(tuple(found_cols + [h for h in own if h.field in col_fields]))
    grid = Grid(tuple(rows_out), tuple(cols_out), frozenset(n for n, _p in spec.columns))
    _stop_at_headers(pl, grid)
    if len(_grid_memo) >= _PAGE_MEMO_SIZE:
        _grid_memo.pop(next(iter(_grid_memo)))
    _grid_memo[key] = (page, spec, grid)
    return grid


def _slipped_headers(
    row: Row, r_i: int, found: Sequence[LabelHit], own: Sequence[LabelHit], table: list[Phrase]
) -> list[LabelHit]:
    """Column headers OCR misread by one letter ("Rale", "Hcurs"), among others read right on
    the same row: a word of four letters or more, not part of any label, starting like a
    one-word header and one edit from it."""
    covered = {i for h in (*found, *own) for i in range(h.first, h.last + 1)}
    out = []
    for i, w in enumerate(row):
        tokens = normalise(w.text)
        if i in covered or len(tokens) != 1 or len(tokens[0]) < 4:
            continue
        t = tokens[0]
        for p in table:
            if len(p.tokens) == 1 and p.text[0] == t[0] and Levenshtein.distance(t, p.text) == 1:
                score = 1.0 - 1.0 / max(len(t), len(p.text))
                out.append(LabelHit(p.field, r_i, i, i, score, 1, True, True))
                break
    return out


def _starts_label(pl: PageLabels, spot: Spot, f: FieldSpec) -> bool:
    """Whether a value would open with a label (then it is no value), but for the labels of
    a range's own parts ("du 12 au 25 octobre": "au" opens the end inside the value)."""
    first = spot.words[0]
    return pl.is_label(first) and not (f.parts and pl.label_field(first) in f.parts)


def _outranked(g: LabelHit, own: Sequence[LabelHit]) -> bool:
    """Whether a label of the kind's fields over the same words matched them better: with
    more words, or more closely."""
    return any(
        h.first <= g.last
        and g.first <= h.last
        and (h.tokens > g.tokens or (h.score > g.score and h.tokens >= g.tokens))
        for h in own
    )


def _stop_at_headers(pl: PageLabels, grid: Grid) -> None:
    """Column headers stop a value like any label, and are never one (idempotent: applied
    to the page's labels each time the grid is asked for, as they may be read again)."""
    for r, hits in enumerate(grid.columns):
        row = pl.rows[r]
        for c in hits:
            pl.label_words.update(id(w) for w in c.words(row))
            if c.is_form_label:
                pl.label_starts.add(id(row[c.first]))


def _in_table_header(pl: PageLabels, grid: Grid, hit: LabelHit) -> bool:
    """Whether a field label heads a column of a table (a row of the kind's column headers)
    whose next row is labelled: its values are then read as cells, by their row labels."""
    if not grid.header_row(hit.row):
        return False
    for r in range(hit.row + 1, min(len(pl.rows), hit.row + 3)):
        if grid.rows[r] or any(h.field != OTHER for h in pl.hits[r]):
            return True
    return False


LATER_CELL = 0.8  # the weight of a field's second cell, relative to its first


def _weaker(spot: Spot, factor: float) -> Spot:
    return spot if factor == 1.0 else Spot(spot.page, spot.words, spot.weight * factor, spot.how)


def _table_spots(
    pl: PageLabels, grid: Grid, spec: KindSpec
) -> list[tuple[FieldSpec, LabelHit, Spot]]:
    """Every table cell a field declares, from each row label on the page."""
    order = [name for name, _p in spec.columns]
    out: list[tuple[FieldSpec, LabelHit, Spot]] = []
    for r_i, row_hits in enumerate(grid.rows):
        for rh in row_hits:
            for f in spec.fields:
                for k, (row_name, column) in enumerate(f.cells):
                    if row_name != rh.field:
                        continue
                    spot, headed = grid_cell(pl, grid, r_i, rh, column)
                    found = [spot] if spot is not None else []
                    if not headed:
                        found = headerless_cells(pl, r_i, rh, column, order)
                    # a field's cells are listed surest first: a later one is a fallback
                    out.extend((f, rh, _weaker(s, LATER_CELL**k)) for s in found)
    return out


def candidates(
    pages: Sequence[Page], spec: KindSpec, date_order: Order | None = None
) -> dict[str, list[Candidate]]:
    """Every parsed, in-range candidate of every field, best first (one per value and place).
    `date_order` reads ambiguous numeric dates the way the document writes its dates."""
    out: dict[str, dict[tuple[object, ...], Candidate]] = {f.name: {} for f in spec.fields}

    def propose(f: FieldSpec, spot: Spot, lw: float) -> None:
        if f.type == "date_range":
            pair = parse_range(f, spot.words, date_order)
            if pair is not None:
                for part, value in zip(f.parts, pair, strict=True):
                    keep(part, value, spot, lw)
            return
        one = parse(f, spot.words, date_order)
        if one is not None:
            keep(f.name, one, spot, lw)

    def keep(name: str, parsed: Parsed, spot: Spot, lw: float) -> None:
        score = round(lw * spot.weight * parsed.confidence, 4)
        key = (parsed.value, tuple(id(w) for w in parsed.words))
        old = out[name].get(key)
        if old is None or score > old.score:
            out[name][key] = Candidate(name, parsed.value, spot.page, parsed.words, score, spot.how)

    has_cells = any(f.cells for f in spec.fields)
    for page in pages:
        pl = page_labels(page, spec)
        grid = page_grid(page, spec) if has_cells else None
        celled: set[tuple[str, int, int]] = set()  # (field, row, word) of labels read as cells
        if grid is not None:
            for f, rh, cell in _table_spots(pl, grid, spec):
                propose(f, cell, label_weight(rh.score, rh.starts_cell))
                if cell.weight == TABLE:
                    celled.add((rh.field, rh.row, rh.first))
        for row_hits in pl.hits:
            for hit in row_hits:
                if not is_reported_label(hit.field):
                    continue
                f = spec.by_name[hit.field]
                spots: list[Spot | None]
                if f.columns:
                    spots = [table_cell(pl, hit, column_field(f.name))]
                else:
                    spots = [
                        right_of(pl, hit, f.parts),
                        below(pl, hit, f.lines, f.labels),
                        under(pl, hit),
                    ]
                    if spots[0] is None:
                        spots.append(left_of(pl, hit))
                    if spots[0] is not None and f.lines > 1 and spots[0].how == "right":
                        r = spots[0]
                        row = pl.rows[hit.row]
                        if all(w in row for w in r.words):
                            spots[0] = Spot(
                                r.page, continued(pl, hit.row, r.words, f.lines), r.weight, r.how
                            )
                    if (hit.field, hit.row, hit.first) in celled:
                        spots = []  # its row is read cell by cell, by its table's headers
                    if grid is not None and _in_table_header(pl, grid, hit):
                        spots = []  # a column header: its values are cells of labelled rows
                lw = label_weight(hit.score, hit.starts_cell)
                for maybe in spots:
                    if maybe is None or _starts_label(pl, maybe, f):
                        continue
                    spot = maybe
                    if spot.how == "right" and spot.weight < 1.0 and f.type in FREE_TEXT:
                        continue  # in a sentence, nothing tells where a name or a text ends
                    propose(f, spot, lw)
    for f in spec.fields:
        if any(c.how == "table" and c.score >= 0.9 * TABLE for c in out[f.name].values()):
            # a cell at (row label, column header) says more than a bare label elsewhere:
            # "Hours" in a summary box counts overtime; the regular row's cell does not
            out[f.name] = {
                k: c if c.how == "table" else _scaled(c, BESIDE_TABLE)
                for k, c in out[f.name].items()
            }
    return {name: sorted(c.values(), key=lambda c: -c.score)[:TOP] for name, c in out.items() if c}


BESIDE_TABLE = 0.9  # a label's value, for a field its table's cell also gives


def _scaled(c: Candidate, factor: float) -> Candidate:
    return Candidate(c.field, c.value, c.page, c.words, round(c.score * factor, 4), c.how)


def _holds(c: Constraint, values: dict[str, Candidate]) -> bool:
    a, b = values.get(c.left), values.get(c.right)
    if a is None or b is None:
        return True
    x, y = a.value, b.value
    if c.relation == "differ":
        return x != y
    if isinstance(x, dt.date) and isinstance(y, dt.date):
        y = y + dt.timedelta(days=c.margin)
        return x < y if c.relation == "before" else x <= y
    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        y = y + c.margin
        return x < y if c.relation == "before" else x <= y
    return True


TOTAL_BONUS = 0.5  # added to an assignment whose parts add up to their declared total


def _number(values: dict[str, Candidate], name: str) -> float | None:
    c = values.get(name)
    if c is None or isinstance(c.value, bool) or not isinstance(c.value, (int, float)):
        return None
    return float(c.value)


def _total_terms(t: Total, values: dict[str, Candidate]) -> list[float | None]:
    """Each term's product, None where a factor of it is not chosen."""
    out: list[float | None] = []
    for term in t.terms:
        product = 1.0
        for name in term:
            v = _number(values, name)
            if v is None:
                out.append(None)
                break
            product *= v
        else:
            out.append(product)
    return out


def _total_bonus(t: Total, values: dict[str, Candidate]) -> float:
    """TOTAL_BONUS when the parts add up to the total, extra terms at one of their factors."""
    total = _number(values, t.total)
    terms = _total_terms(t, values)
    if total is None or terms[0] is None:
        return 0.0
    sums = [terms[0]]
    for v in terms[1:]:
        if v is not None:
            sums = [s + v * f for s in sums for f in t.factors]
    tolerance = max(0.05, 0.005 * total)
    return TOTAL_BONUS if any(abs(s - total) <= tolerance for s in sums) else 0.0


def assign(
    found: dict[str, list[Candidate]],
    constraints: Sequence[Constraint],
    totals: Sequence[Total] = (),
) -> dict[str, Candidate]:
    """The candidates with the highest total score that keep every constraint and use no word
    twice (a beam search over the fields, surest first; a field may stay empty). Parts that
    add up to their declared total (gross = hours x rate) earn a bonus; parts that do not
    are still read as printed (a stub whose arithmetic is wrong is a finding, not a misread)."""
    order = sorted(found, key=lambda n: -found[n][0].score)
    beam: list[tuple[float, dict[str, Candidate], frozenset[int]]] = [(0.0, {}, frozenset())]
    for name in order:
        nxt: list[tuple[float, dict[str, Candidate], frozenset[int]]] = []
        mine = [t for t in totals if name == t.total or any(name in term for term in t.terms)]
        for total, chosen, used in beam:
            nxt.append((total, chosen, used))
            for cand in found[name]:
                ids = frozenset(id(w) for w in cand.words)
                if ids & used:
                    continue
                trial = {**chosen, name: cand}
                if not all(_holds(c, trial) for c in constraints if name in (c.left, c.right)):
                    continue
                bonus = sum(_total_bonus(t, trial) - _total_bonus(t, chosen) for t in mine)
                nxt.append((total + cand.score + bonus, trial, used | ids))
        nxt.sort(key=lambda s: -s[0])
        beam = nxt[:BEAM]
    return beam[0][1]


def find_fields(
    pages: Sequence[Page],
    spec: KindSpec,
    keep_helpers: bool = False,
    words_out: dict[str, tuple[Word, ...]] | None = None,
    date_order: Order | None = None,
) -> dict[str, Field]:
    """The kind's fields read from the pages, each with its evidence and confidence.

    Helper fields (`report: false`, like a surname read to build the holder's name) are left
    out unless `keep_helpers`. `words_out`, when given, receives each chosen value's words
    (for a kind's special part that reads further into a value, like a permit's conditions).
    """
    found = candidates(pages, spec, date_order)
    chosen = assign(found, spec.constraints, spec.totals)
    if words_out is not None:
        words_out.update({n: c.words for n, c in chosen.items()})
    evidence: dict[str, float] = {}
    for name, cand in chosen.items():
        conf = cand.score
        rivals = [c for c in found[name] if c.value != cand.value and _fits(name, c, chosen, spec)]
        if rivals and rivals[0].score >= 0.9 * cand.score:
            conf *= AMBIGUOUS
        if found[name][0].score > cand.score:
            conf *= OVERRULED
        evidence[name] = conf
    fields = {
        n: make_field(c.value, c.page, c.words, evidence[n], _raw(c)) for n, c in chosen.items()
    }
    for target, parts in spec.combine:
        got = [chosen.get(p) for p in parts]
        have = [g for g in got if g is not None]
        if len(have) != len(parts) or len({g.page for g in have}) != 1:
            continue
        conf = min(evidence[p] for p in parts)
        whole = make_field(
            " ".join(str(g.value) for g in have),
            have[0].page,
            [w for g in have for w in g.words],
            conf,
            " ".join(_raw(g) for g in have),
        )
        old = fields.get(target)
        if old is None or whole.confidence >= old.confidence:
            fields[target] = whole
    for f in spec.fields:
        mine = fields.get(f.name)
        if f.fills and mine is not None:
            old = fields.get(f.fills)
            if old is None or mine.confidence > old.confidence:
                fields[f.fills] = mine
    return {n: f for n, f in fields.items() if keep_helpers or spec.by_name[n].report}


def _fits(name: str, c: Candidate, chosen: dict[str, Candidate], spec: KindSpec) -> bool:
    """Whether another value of a field keeps the kind's constraints with the values chosen
    for the others (a rival that breaks them does not make the choice doubtful)."""
    trial = {**chosen, name: c}
    return all(_holds(k, trial) for k in spec.constraints if name in (k.left, k.right))


def _raw(c: Candidate) -> str:
    return " ".join(w.text for w in c.words)
