"""Ink that is not text: boxes of signatures, stamps and logos found on a page image.

`find_marks(image, words, scale)` looks at a grayscale page picture in the frame of the page's
word boxes (`scale` pixels per box unit), works on a copy reduced to about one pixel per point,
keeps the pixels clearly darker than the paper, blanks every read word (with a margin), erases
ruled lines (long thin runs), groups what is left into blobs and keeps the blobs big enough to
be a signature, a stamp or a logo. Specks, scan borders and page-wide bands are dropped.

`of_ocr_image` and `of_pdf_page` are the two ways the reader calls it: with the image OCR
read (turned and straightened as OCR saw it), or with a quick low-resolution render of a
text-layer page that looks like the end of a letter (a closing or a signature label).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from auditor.models import BBox, Word

WORK_PX_PER_POINT = 1.0  # the reduced image: about 72 dpi, enough to see a pen stroke
# Text-layer pages are rendered at the work resolution (72 dpi) to look for marks: at 36 dpi
# a signature placed as a fine picture (half-point pen strokes) fades below the ink level.
RENDER_SCALE = 1.0
INK_BELOW_PAPER = 70  # a pixel this much darker than the paper is ink
WORD_MARGIN = 0.25  # of the word height, blanked around every read word
MIN_CONFIDENCE = 0.45  # OCR words less sure than this may be a scribble read as letters
RULE_RUN = 60.0  # points: a straight run of ink this long is a ruled line, not a stroke
GROUP_GAP = 6.0  # points: ink closer than this belongs to one blob (strokes of a signature)
MIN_SIDE = 12.0  # points: a blob narrower and lower than this is a speck or a stray dot
MIN_INK = 25  # pixels of ink (at the work resolution) a mark holds at least
MAX_PAGE_SHARE = 0.25  # a blob covering more of the page is background or a band, not a mark
MAX_INK_SHARE = 0.20  # more ink than this once words are blanked: a dark photo, not marks
SHEET_MARGIN = 4.0  # word heights around the text area still looked at
PAPER_BLOCK = 24.0  # points: the paper's brightness is measured block by block

# Text that makes a text-layer page worth rendering: the end of a letter, a signature label.
SIGNATURE_ZONE = re.compile(
    r"\b(?:sincerely|regards|yours (?:truly|faithfully)|respectfully|cordially|cordialement|"
    r"salutations|veuillez agréer|bien à vous|recevez|je vous prie|nous vous prions|thank you|"
    r"signature|signed|signé|signée)\b",
    re.IGNORECASE,
)


def _reduce(image: Image.Image, point: float) -> tuple[Image.Image, float]:
    """The image reduced by a whole factor to about WORK_PX_PER_POINT, and the size ratio."""
    gray = image if image.mode == "L" else image.convert("L")
    factor = max(1, int(point / WORK_PX_PER_POINT))
    if factor > 1:
        small = gray.reduce(factor)
        return small, small.width / image.width
    return gray, 1.0


def _runs(ink: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Pixels that belong to a straight run of at least `length` ink pixels along `axis`."""
    out = np.zeros_like(ink)
    if length < 2 or ink.shape[axis] < length:
        return out
    full_a = ink if axis == 1 else ink.T
    rows = np.nonzero(full_a.sum(axis=1) >= length)[0]  # only lines holding enough ink
    if not len(rows):
        return out
    a = full_a[rows]
    c = np.cumsum(a, axis=1, dtype=np.int32)
    c = np.concatenate([np.zeros((a.shape[0], 1), np.int32), c], axis=1)
    full = (c[:, length:] - c[:, :-length]) == length  # window starting at i is all ink
    starts = np.zeros(a.shape, np.int32)
    starts[:, : full.shape[1]] = full
    s = np.cumsum(starts, axis=1)
    covered = s - np.concatenate([np.zeros((a.shape[0], length), np.int32), s[:, :-length]], axis=1)
    (out if axis == 1 else out.T)[rows] = covered > 0
    return out


def _grow(mask: np.ndarray, r: int) -> np.ndarray:
    """The mask grown by r pixels in every direction (a square dilation)."""
    if r <= 0:
        return mask
    out = mask.copy()
    for axis in (0, 1):
        grown = out.copy()
        for d in range(1, r + 1):
            grown |= np.roll(out, d, axis=axis)
            grown |= np.roll(out, -d, axis=axis)
        out = grown
    return out


def _blobs(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (x0, y0, x1, y1, exclusive ends) of the 8-connected groups of a mask.

    Works on horizontal runs rather than pixels: runs of neighbouring rows that touch (or meet
    at a corner) are joined (union-find). Groups come in the order of their first pixel, row
    by row, as a flood fill scanning the mask would find them.
    """
    h, w = mask.shape
    padded = np.zeros((h, w + 2), np.int8)
    padded[:, 1:-1] = mask
    step = np.diff(padded, axis=1)
    rows, starts = (a.tolist() for a in np.nonzero(step == 1))
    ends = np.nonzero(step == -1)[1].tolist()  # exclusive, paired with starts row by row
    n = len(rows)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    prev_lo = prev_hi = 0  # the runs of the row above, when it holds any
    i = 0
    while i < n:
        row, j = rows[i], i
        while j < n and rows[j] == row:
            j += 1
        if prev_hi > prev_lo and rows[prev_lo] == row - 1:
            a = prev_lo
            for k in range(i, j):
                while a < prev_hi and ends[a] < starts[k]:
                    a += 1  # ends left of this run, and of every later one: never touches
                b = a
                while b < prev_hi and starts[b] <= ends[k]:
                    ra, rk = find(b), find(k)
                    if ra != rk:
                        parent[max(ra, rk)] = min(ra, rk)
                    b += 1
        prev_lo, prev_hi = i, j
        i = j
    boxes: dict[int, list[int]] = {}
    for k in range(n):
        box = boxes.get(find(k))
        if box is None:
            boxes[find(k)] = [starts[k], rows[k], ends[k], rows[k] + 1]
        else:
            box[0] = min(box[0], starts[k])
            box[2] = max(box[2], ends[k])
            box[3] = rows[k] + 1
    return [(b[0], b[1], b[2], b[3]) for b in boxes.values()]


def _is_text(word: Word) -> bool:
    """Whether a read word is text: sure enough, or unsure but shaped like a real word."""
    if not any(c.isalnum() for c in word.text):
        return False
    if word.confidence >= MIN_CONFIDENCE:
        return True
    return word.confidence >= 0.3 and bool(re.search(r"[@.]\w|[a-zà-ÿ]{4}|\d{3}", word.text))


def _sheet(words: Sequence[Word], s: float, w: int, h: int) -> tuple[int, int, int, int]:
    """The part of the picture to look at: the text area with a margin of a few text lines.

    A photographed sheet lies on a table: what is outside the text area (the table, shadows,
    the sheet's edge) is not the document's ink.
    """
    boxes = [wd.bbox for wd in words if wd.confidence >= MIN_CONFIDENCE]
    if len(boxes) < 3:
        return 0, 0, w, h
    heights = sorted(b[3] - b[1] for b in boxes)
    m = SHEET_MARGIN * heights[len(heights) // 2]
    return (
        max(0, int((min(b[0] for b in boxes) - m) * s)),
        max(0, int((min(b[1] for b in boxes) - m) * s)),
        min(w, int((max(b[2] for b in boxes) + m) * s) + 1),
        min(h, int((max(b[3] for b in boxes) + m) * s) + 1),
    )


def _percentile90(blocks: np.ndarray) -> np.ndarray:
    """`np.percentile(blocks, 90, axis=-1)`, the same numbers, without its general overhead:
    the two order statistics around the 90% point, interpolated as numpy does."""
    n = blocks.shape[-1]
    virtual = (90 / 100) * (n - 1)
    lo = int(np.floor(virtual))
    t = virtual - lo
    if lo + 1 >= n:
        return np.partition(blocks, n - 1, axis=-1)[..., n - 1].astype(np.float64)
    part = np.partition(blocks, [lo, lo + 1], axis=-1)
    a, b = part[..., lo], part[..., lo + 1]
    diff = b - a
    if t >= 0.5:
        return np.subtract(b, diff * (1 - t), dtype=np.float64)
    return np.add(a, diff * t, dtype=np.float64)


def _dark(px: np.ndarray, p: float) -> np.ndarray:
    """Pixels clearly darker than the paper around them (photos are lit unevenly).

    The paper's brightness is measured block by block (the 90th percentile of each block, a
    block filled by a logo taking the paper of its neighbours); each pixel is compared with
    its block's level without spreading the levels out to a full-size picture.
    """
    b = max(4, round(PAPER_BLOCK * p))
    h, w = px.shape
    if not h or not w:
        return np.zeros((h, w), bool)
    gh, gw = -(-h // b), -(-w // b)
    padded = np.pad(px, ((0, gh * b - h), (0, gw * b - w)), mode="edge")
    grid = padded.reshape(gh, b, gw, b)
    level = _percentile90(grid.transpose(0, 2, 1, 3).reshape(gh, gw, b * b))
    # The largest level of the 3 x 3 blocks around each block, wrapping round at the edges
    # (as np.roll would): nine slices of the grid padded by one block of its opposite edge.
    ring = np.pad(level, 1, mode="wrap")
    grown = level.copy()
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            np.maximum(grown, ring[dy : dy + gh, dx : dx + gw], out=grown)
    dark = grid < (grown - INK_BELOW_PAPER)[:, None, :, None]
    return dark.reshape(gh * b, gw * b)[:h, :w]


def _coarse(ink: np.ndarray, cell: int) -> np.ndarray:
    """Cells of `cell` x `cell` pixels holding any ink (the grid padded at the bottom right)."""
    h, w = ink.shape
    gh, gw = -(-h // cell), -(-w // cell)
    padded = np.zeros((gh * cell, gw * cell), bool)
    padded[:h, :w] = ink
    out = np.zeros((gh, gw), bool)
    for dy in range(cell):
        for dx in range(cell):
            out |= padded[dy::cell, dx::cell]
    return out


def find_marks(
    image: Image.Image, words: Sequence[Word], scale: float, point: float | None = None
) -> tuple[BBox, ...]:
    """Boxes (in word-box units) of significant ink on the page that no read word covers.

    `image` is the page in the frame of the word boxes, `scale` its pixels per box unit and
    `point` its pixels per typographic point (the same as `scale` when boxes are in points,
    as on PDF pages; for image files it comes from the resolution).
    """
    point = scale if point is None else point
    if scale <= 0 or point <= 0 or image.width < 8 or image.height < 8:
        return ()
    small, ratio = _reduce(image, point)
    s, p = scale * ratio, point * ratio  # pixels per box unit, per point, in the reduced image
    px = np.asarray(small, dtype=np.int16)
    h, w = px.shape
    ink = np.zeros((h, w), bool)
    sx0, sy0, sx1, sy1 = _sheet(words, s, w, h)
    ink[sy0:sy1, sx0:sx1] = _dark(px[sy0:sy1, sx0:sx1], p)
    if not ink.any():
        return ()
    for word in words:
        if not _is_text(word):
            continue  # a scribble OCR read as "~~—" or low-confidence letters stays ink
        x0, top, x1, bottom = (v * s for v in word.bbox)
        m = WORD_MARGIN * max(bottom - top, 1.0)
        ink[max(0, int(top - m)) : int(bottom + m) + 1, max(0, int(x0 - m)) : int(x1 + m) + 1] = 0
    if ink[sy0:sy1, sx0:sx1].mean() > MAX_INK_SHARE:
        return ()  # a dark photograph or a page filled with colour: nothing can be told apart
    if not ink.any():
        return ()  # nothing but text: no blob below can be found
    run = max(2, round(RULE_RUN * p))
    ink &= ~(_runs(ink, run, 1) | _runs(ink, run, 0))
    # Group strokes at a coarse grid: cells of GROUP_GAP points holding ink, grown by one cell.
    cell = max(1, round(GROUP_GAP * p / 2))
    coarse = _coarse(ink, cell)
    out: list[BBox] = []
    edge = 2
    for cx0, cy0, cx1, cy1 in _blobs(_grow(coarse, 1)):
        region = ink[cy0 * cell : cy1 * cell, cx0 * cell : cx1 * cell]
        ys, xs = np.nonzero(region)
        if len(xs) < MIN_INK * p * p:
            continue
        x0, x1 = cx0 * cell + int(xs.min()), cx0 * cell + int(xs.max()) + 1
        y0, y1 = cy0 * cell + int(ys.min()), cy0 * cell + int(ys.max()) + 1
        if max(x1 - x0, y1 - y0) < MIN_SIDE * p:
            continue
        short, long_ = sorted((x1 - x0, y1 - y0))
        if short <= max(2, round(2.5 * p)) or (long_ >= 8 * short and short <= 8 * p):
            continue  # a rule, a table border left in pieces, a sheet's edge seen slanted
        if x0 < edge or y0 < edge or x1 > w - edge or y1 > h - edge:
            continue  # the edge of the sheet, a scanner border, a shadow
        if (x1 - x0) * (y1 - y0) > MAX_PAGE_SHARE * w * h or (x1 - x0) > 0.8 * w:
            continue
        out.append((round(x0 / s, 2), round(y0 / s, 2), round(x1 / s, 2), round(y1 / s, 2)))
    return tuple(sorted(out, key=lambda b: (b[1], b[0])))


def of_ocr_image(
    image: Image.Image,
    dpi: float,
    rotation: int,
    skew: float,
    words: Sequence[Word],
    scale: float,
) -> tuple[BBox, ...]:
    """Marks of an OCR page: `image` as given to OCR (at `dpi`), turned and straightened as
    OCR did; `scale` is pixels of `image` per word-box unit."""
    from auditor.reading import (  # the reader's own helpers, so the frames match exactly
        imaging,
        ocr,
    )

    small, ratio = _reduce(image, dpi / 72)
    small = imaging.deskew(ocr.rotate_clockwise(small, rotation), skew)
    return find_marks(small, words, scale * ratio, dpi / 72 * ratio)


_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def of_pdf_page(
    page: pdfium.PdfPage, words: Sequence[Word], width: float, turn: int = 0
) -> tuple[BBox, ...]:
    """Marks of a text-layer PDF page, rendered small, when its text looks like a signature zone.

    `page` is a pypdfium2 page; `width` its upright width in points (the word-box frame);
    `turn` the degrees the displayed page is turned clockwise to read it (the word-box frame).
    """
    if not SIGNATURE_ZONE.search(" ".join(w.text for w in words)):
        return ()
    try:
        image = page.render(scale=RENDER_SCALE, grayscale=True).to_pil()
    except Exception:  # noqa: BLE001 - a page that cannot be drawn simply shows no marks
        return ()
    if turn in _CLOCKWISE:
        image = image.transpose(_CLOCKWISE[turn])
    return find_marks(image, words, image.width / width if width else RENDER_SCALE)


def wordless_lines(marks: Sequence[BBox], words: Sequence[Word], page_width: float) -> list[BBox]:
    """Marks that may be text OCR skipped (a number alone in a box): no word inside, the height
    of a line of text (0.8 to 5 times the median word height), not a page-wide band; marks side
    by side on one row (gap under one height) are joined, since they are digits of one number."""
    heights = sorted(w.bbox[3] - w.bbox[1] for w in words if _is_text(w))
    if not heights:
        return []
    line = heights[len(heights) // 2]

    def empty(m: BBox) -> bool:
        return not any(
            m[0] <= (w.bbox[0] + w.bbox[2]) / 2 <= m[2]
            and m[1] <= (w.bbox[1] + w.bbox[3]) / 2 <= m[3]
            for w in words
        )

    sized = sorted(
        (m for m in marks if 0.8 * line <= m[3] - m[1] <= 5 * line and empty(m)),
        key=lambda m: (m[1], m[0]),
    )
    joined: list[list[float]] = []
    for m in sized:
        last = joined[-1] if joined else None
        same_row = last is not None and min(last[3], m[3]) - max(last[1], m[1]) > 0.5 * (
            m[3] - m[1]
        )
        if last is not None and same_row and m[0] - last[2] < (m[3] - m[1]):
            last[:] = [
                min(last[0], m[0]),
                min(last[1], m[1]),
                max(last[2], m[2]),
                max(last[3], m[3]),
            ]
        else:
            joined.append(list(m))
    return [(j[0], j[1], j[2], j[3]) for j in joined if j[2] - j[0] <= 0.3 * page_width]
