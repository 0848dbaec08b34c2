"""A page's visual lines for the field engine: words chained left to right by vertical overlap.

`layout.rows` groups words whose centres lie within half a line of the row's first word; a
word in taller type, with parentheses ("Name(s)"), or along a slightly skewed scan drifts out
of its row and splits a label in two. Here each word joins the line whose last word, to its
left, it overlaps most in height, so a line follows the words however it drifts.
"""

from __future__ import annotations

from statistics import median

from auditor.models import Page, Word
from extractors.layout import Row

_memo: dict[int, tuple[Page, tuple[Row, ...]]] = {}
_MEMO_SIZE = 64


def _overlap(a: Word, b: Word) -> float:
    """The share of the smaller word's height that the two words have in common."""
    common = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    smaller = min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])
    return common / smaller if smaller > 0 else 0.0


def lines(page: Page) -> list[Row]:
    """The page's words as visual lines, top to bottom, each left to right (kept per page)."""
    hit = _memo.get(id(page))
    if hit is not None and hit[0] is page:
        return list(hit[1])
    out = tuple(_lines(list(page.words)))
    if len(_memo) >= _MEMO_SIZE:
        _memo.pop(next(iter(_memo)))
    _memo[id(page)] = (page, out)
    return list(out)


def _lines(words: list[Word]) -> list[Row]:
    if not words:
        return []
    h = median(max(w.bbox[3] - w.bbox[1], 1e-6) for w in words)
    open_lines: list[list[Word]] = []
    buckets: dict[int, list[list[Word]]] = {}  # lines by the height band of their last word

    def band(w: Word) -> int:
        return int((w.bbox[1] + w.bbox[3]) / 2 // h)

    for w in sorted(words, key=lambda w: (w.bbox[0], w.bbox[1])):
        best, best_score = None, 0.5
        b = band(w)
        near = [ln for k in (b - 1, b, b + 1) for ln in buckets.get(k, ())]
        for line in near:
            last = line[-1]
            if last.bbox[2] > w.bbox[0] + 0.5 * h:
                continue  # the line's last word reaches past this one: not its left neighbour
            score = _overlap(last, w)
            if score > best_score or (
                best is not None and score == best_score and last.bbox[2] > best[-1].bbox[2]
            ):
                best, best_score = line, score
        if best is None:
            best = [w]
            open_lines.append(best)
        else:
            buckets[band(best[-1])].remove(best)
            best.append(w)
        buckets.setdefault(b, []).append(best)
    rows = [tuple(line) for line in open_lines]
    rows.sort(key=lambda r: (median((w.bbox[1] + w.bbox[3]) / 2 for w in r), r[0].bbox[0]))
    return rows
