"""The shared field finder: a kind's declaration and some pages in, fields with evidence out.

Labels are found by fuzzy match over the rows; each label proposes candidates where forms
print values (right of it, below it, the table cell under a column header, the words after it
in prose); each candidate is parsed as its field's type and checked against its range; a
candidate that is itself a label is none. Values are then chosen jointly: the set of
candidates with the highest total score that keeps every declared constraint and never gives
one word to two fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from auditor.models import Field, Page, Word
from extractors.base import make_field
from extractors.fields.candidates import (
    Candidate,
    PageLabels,
    Spot,
    below,
    column_field,
    is_reported_label,
    right_of,
    table_cell,
)
from extractors.fields.labels import OTHER, Phrase, find_labels, phrases
from extractors.fields.lines import lines
from extractors.fields.spec import Constraint, KindSpec
from extractors.fields.values import parse

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
    found = PageLabels(page, page_rows, [find_labels(r, i, table) for i, r in enumerate(page_rows)])
    if len(_page_memo) >= _PAGE_MEMO_SIZE:
        _page_memo.pop(next(iter(_page_memo)))
    _page_memo[key] = (page, spec, found)
    return found


def label_weight(score: float, starts_cell: bool) -> float:
    """How much a label match is worth: 1.0 exact; a fuzzy match counts for less."""
    return max(0.0, 1.0 - 2.0 * (1.0 - score))


def candidates(pages: Sequence[Page], spec: KindSpec) -> dict[str, list[Candidate]]:
    """Every parsed, in-range candidate of every field, best first (one per value and place)."""
    out: dict[str, dict[tuple[object, ...], Candidate]] = {f.name: {} for f in spec.fields}
    for page in pages:
        pl = page_labels(page, spec)
        for row_hits in pl.hits:
            for hit in row_hits:
                if not is_reported_label(hit.field):
                    continue
                f = spec.by_name[hit.field]
                spots: list[Spot | None]
                if f.columns:
                    spots = [table_cell(pl, hit, column_field(f.name))]
                else:
                    spots = [right_of(pl, hit), below(pl, hit, f.lines, f.labels)]
                    if spots[0] is not None and f.lines > 1 and spots[0].how == "right":
                        from extractors.fields.candidates import continued

                        r = spots[0]
                        row = pl.rows[hit.row]
                        if all(w in row for w in r.words):
                            spots[0] = Spot(
                                r.page, continued(pl, hit.row, r.words, f.lines), r.weight, r.how
                            )
                lw = label_weight(hit.score, hit.starts_cell)
                for spot in spots:
                    if spot is None or pl.is_label(spot.words[0]):
                        continue
                    if spot.how == "right" and spot.weight < 1.0 and f.type in FREE_TEXT:
                        continue  # in a sentence, nothing tells where a name or a text ends
                    parsed = parse(f, spot.words)
                    if parsed is None:
                        continue
                    score = round(lw * spot.weight * parsed.confidence, 4)
                    key = (parsed.value, tuple(id(w) for w in parsed.words))
                    old = out[f.name].get(key)
                    if old is None or score > old.score:
                        out[f.name][key] = Candidate(
                            f.name, parsed.value, spot.page, parsed.words, score, spot.how
                        )
    return {name: sorted(c.values(), key=lambda c: -c.score)[:TOP] for name, c in out.items() if c}


def _holds(c: Constraint, values: dict[str, Candidate]) -> bool:
    a, b = values.get(c.left), values.get(c.right)
    if a is None or b is None:
        return True
    x, y = a.value, b.value
    if c.relation == "differ":
        return x != y
    if isinstance(x, dt.date) and isinstance(y, dt.date):
        return x < y if c.relation == "before" else x <= y
    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        return x < y if c.relation == "before" else x <= y
    return True


def assign(
    found: dict[str, list[Candidate]], constraints: Sequence[Constraint]
) -> dict[str, Candidate]:
    """The candidates with the highest total score that keep every constraint and use no word
    twice (a beam search over the fields, surest first; a field may stay empty)."""
    order = sorted(found, key=lambda n: -found[n][0].score)
    beam: list[tuple[float, dict[str, Candidate], frozenset[int]]] = [(0.0, {}, frozenset())]
    for name in order:
        nxt: list[tuple[float, dict[str, Candidate], frozenset[int]]] = []
        for total, chosen, used in beam:
            nxt.append((total, chosen, used))
            for cand in found[name]:
                ids = frozenset(id(w) for w in cand.words)
                if ids & used:
                    continue
                trial = {**chosen, name: cand}
                if all(_holds(c, trial) for c in constraints if name in (c.left, c.right)):
                    nxt.append((total + cand.score, trial, used | ids))
        nxt.sort(key=lambda s: -s[0])
        beam = nxt[:BEAM]
    return beam[0][1]


def find_fields(
    pages: Sequence[Page],
    spec: KindSpec,
    keep_helpers: bool = False,
    words_out: dict[str, tuple[Word, ...]] | None = None,
) -> dict[str, Field]:
    """The kind's fields read from the pages, each with its evidence and confidence.

    Helper fields (`report: false`, like a surname read to build the holder's name) are left
    out unless `keep_helpers`. `words_out`, when given, receives each chosen value's words
    (for a kind's special part that reads further into a value, like a permit's conditions).
    """
    found = candidates(pages, spec)
    chosen = assign(found, spec.constraints)
    if words_out is not None:
        words_out.update({n: c.words for n, c in chosen.items()})
    evidence: dict[str, float] = {}
    for name, cand in chosen.items():
        conf = cand.score
        rivals = [c for c in found[name] if c.value != cand.value]
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
    return {n: f for n, f in fields.items() if keep_helpers or spec.by_name[n].report}


def _raw(c: Candidate) -> str:
    return " ".join(w.text for w in c.words)
