"""Grouping words into the rows of a page, the same way for text-layer and OCR words."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.models import Line, Word


def _overlap(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> float:
    return max(0.0, min(a_bottom, b_bottom) - max(a_top, b_top))


def group_lines(words: Sequence[Word]) -> tuple[Line, ...]:
    """Rows of words, top to bottom, each left to right.

    A word joins a row when at least half of the shorter of its height and the row's height
    overlaps the row vertically; rows are then ordered by their top edge.
    """
    rows: list[list[Word]] = []
    spans: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0])):
        top, bottom = word.bbox[1], word.bbox[3]
        height = max(bottom - top, 0.1)
        placed = False
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            r_top, r_bottom = spans[i]
            r_height = max(r_bottom - r_top, 0.1)
            if _overlap(top, bottom, r_top, r_bottom) >= 0.5 * min(height, r_height):
                rows[i].append(word)
                # the row's span follows its median word, so one tall glyph cannot swallow rows
                tops = sorted(w.bbox[1] for w in rows[i])
                bottoms = sorted(w.bbox[3] for w in rows[i])
                spans[i] = (tops[len(tops) // 2], bottoms[len(bottoms) // 2])
                placed = True
                break
        if not placed:
            rows.append([word])
            spans.append((top, bottom))
    ordered = sorted(zip(spans, rows, strict=True), key=lambda sr: sr[0][0])
    return tuple(Line(tuple(sorted(row, key=lambda w: w.bbox[0]))) for _, row in ordered)
