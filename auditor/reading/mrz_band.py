"""Machine-readable zones on OCR'd pages: found in any of the four orientations, read again.

The page pass reads a zone's small OCR-B characters poorly (`<` as `K`, `0` as `O`) and does not
read a zone that runs sideways on an upright page at all (an open passport photographed across
its spine). Where the page pass read zone-like lines, their band is read again alone, scaled up,
with the zone's alphabet only; where it read none on a page it read poorly, long dark bars of
evenly spaced characters running across or down the page are looked for and read turned both
ways. A reading replaces the page pass's words only when more of its check digits hold: it is
a second opinion, never a guess. Costs nothing on pages that read well and show no zone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from auditor.reading import ocr

log = logging.getLogger(__name__)

_ZONE_CHARS = re.compile(r"[A-Z0-9<«‹£]")
POOR_PAGE_WORDS = 60  # a page with fewer words, or a lower mean confidence, may hide a zone
POOR_PAGE_CONFIDENCE = 0.75
_WEIGHTS = (7, 3, 1)


@dataclass(frozen=True)
class Reading:
    """Lines read from a zone: words in the frame's pixels, and how many check digits hold."""

    words: tuple[ocr.OcrWord, ...]
    box: tuple[int, int, int, int]  # the band read, in the frame's pixels
    score: int


def zone_like(text: str) -> bool:
    """A line of the page pass that may belong to a zone (upper-case, digits, fillers)."""
    t = text.strip()
    compact = t.replace(" ", "")
    if len(compact) < 24 or sum(c.islower() for c in compact) > 0.3 * len(compact):
        return False
    if sum(1 for c in compact.upper() if _ZONE_CHARS.match(c)) < 0.9 * len(compact):
        return False
    return "<" in t or max(len(w) for w in t.split()) >= 15


def _value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55 if "A" <= c <= "Z" else 0


# Letters a date or a check digit holds only as misread digits (as the MRZ parser types them).
_AS_DIGITS = str.maketrans("OQDUILJTZSGBA", "0001111725684")


def _holds(data: str, check: str, digits: bool = True) -> bool:
    if digits:
        data = data.translate(_AS_DIGITS)
    check = check.translate(_AS_DIGITS)
    return check.isdigit() and sum(
        _value(c) * _WEIGHTS[i % 3] for i, c in enumerate(data)
    ) % 10 == int(check)


def check_score(lines: list[str]) -> int:
    """How many check digits hold in lines read as a zone (TD3/TD2 line 2, TD1 lines 1-2):
    what makes one reading of a zone better than another."""
    texts = [re.sub(r"[^A-Z0-9<]", "", t.upper()) for t in lines]
    best = 0
    for i, t in enumerate(texts):
        if len(t) >= 30:  # the numbered line of TD3 (44) or TD2 (36): number, birth, expiry
            score = int(_holds(t[0:9], t[9], digits=False))
            score += _holds(t[13:19], t[19]) + _holds(t[21:27], t[27])
            best = max(best, score)
        if len(t) >= 30 and i + 1 < len(texts) and len(texts[i + 1]) >= 30:  # TD1
            nxt = texts[i + 1]
            score = int(_holds(t[5:14], t[14], digits=False))
            score += _holds(nxt[0:6], nxt[6]) + _holds(nxt[8:14], nxt[14])
            best = max(best, score)
    return best


_FILLER_LOOKALIKES = re.compile(r"[KCESLX£«‹0-9]")


def filler_noise(lines: list[str]) -> int:
    """How many filler look-alikes (`K`, `C`, `E`...), digits and stray marks stand in the tail
    of the name line (its last third, where a clean zone holds only `<`): how badly a reading
    saw the fillers, which no check digit covers."""
    for t in lines:
        compact = t.replace(" ", "")
        if compact[:1] in ("P", "V", "I", "A", "C") and len(compact) >= 28:
            tail = compact[len(compact) * 2 // 3 :]
            return len(_FILLER_LOOKALIKES.findall(tail.upper())) + sum(
                1 for c in tail if not (c.isalnum() or c == "<")
            )
    return 0


def _bars(mask: np.ndarray, axis: int, reach: int) -> list[tuple[int, int, int, int]]:
    """Long runs of ink along `axis` (0: down the columns, 1: across the rows) after closing
    gaps of `reach` pixels: boxes (x0, top, x1, bottom) of bands of adjacent runs."""
    m = mask if axis == 1 else mask.T
    # close gaps between characters along the run: a pixel is ink if ink lies within reach
    cs = np.cumsum(np.pad(m.astype(np.int32), ((0, 0), (reach + 1, reach))), axis=1)
    closed = (cs[:, 2 * reach + 1 :] - cs[:, : -2 * reach - 1]) > 0
    # longest run of ink in each row
    padded = np.pad(closed.astype(np.int8), ((0, 0), (1, 1)))
    edges = np.diff(padded, axis=1)
    longest = np.zeros(m.shape[0], dtype=np.int32)
    spans: list[tuple[int, int]] = [(0, 0)] * m.shape[0]
    for r in np.nonzero(closed.any(axis=1))[0]:
        starts = np.nonzero(edges[r] == 1)[0]
        ends = np.nonzero(edges[r] == -1)[0]
        k = int(np.argmax(ends - starts))
        longest[r] = ends[k] - starts[k]
        spans[r] = (int(starts[k]), int(ends[k]))
    limit = 0.3 * m.shape[1]
    rows = np.nonzero(longest >= limit)[0]
    bands: list[tuple[int, int, int, int]] = []
    for r in rows:
        a, b = spans[r]
        if bands and r - bands[-1][3] <= 2:
            x0, top, x1, _ = bands[-1]
            bands[-1] = (min(x0, a), top, max(x1, b), int(r))
        else:
            bands.append((a, int(r), b, int(r)))
    # a line of text is about 1/30 as thick as it is long; a ruled line is much thinner
    out = [b for b in bands if 0.012 * (b[2] - b[0]) <= b[3] - b[1] + 1 <= 0.1 * m.shape[0]]
    if axis == 0:
        out = [(top, x0, bottom, x1) for x0, top, x1, bottom in out]
    return out


def sideways_bands(frame: Image.Image) -> list[tuple[tuple[int, int, int, int], int]]:
    """Bands of long text lines running down the page (a zone turned a quarter), as boxes in
    the frame's pixels with the number of lines they hold; the widest group first."""
    scale = min(1.0, 900 / max(frame.size))
    small = frame.convert("L").resize(
        (max(1, int(frame.width * scale)), max(1, int(frame.height * scale)))
    )
    px = np.asarray(small, dtype=np.float32)
    # dark ink against its surroundings (local mean over a 31-pixel box)
    k = 15
    ii = np.pad(px, ((k + 1, k), (k + 1, k)), mode="edge").cumsum(0).cumsum(1)
    local = (
        ii[2 * k + 1 :, 2 * k + 1 :]
        - ii[: -2 * k - 1, 2 * k + 1 :]
        - ii[2 * k + 1 :, : -2 * k - 1]
        + ii[: -2 * k - 1, : -2 * k - 1]
    ) / (2 * k + 1) ** 2
    mask = px < local - 20
    bars = _bars(mask, axis=0, reach=max(2, int(0.01 * max(small.size))))
    if not bars:
        return []
    # bars of about the same length side by side make one zone
    bars.sort(key=lambda b: b[0])
    groups: list[list[tuple[int, int, int, int]]] = []
    for b in bars:
        if groups:
            last = groups[-1][-1]
            width, length = last[2] - last[0], last[3] - last[1]
            near = b[0] - last[2] <= 3 * max(width, b[2] - b[0])
            if near and abs((b[3] - b[1]) - length) < 0.3 * length:
                groups[-1].append(b)
                continue
        groups.append([b])
    out: list[tuple[tuple[int, int, int, int], int]] = []
    for g in groups:
        if not 2 <= len(g) <= 3:
            continue
        x0, top = min(b[0] for b in g), min(b[1] for b in g)
        x1, bottom = max(b[2] for b in g), max(b[3] for b in g)
        pad = (x1 - x0) // 3 + 2
        box = (
            int((x0 - pad) / scale),
            int((top - pad) / scale),
            int((x1 + pad) / scale) + 1,
            int((bottom + pad) / scale) + 1,
        )
        box = (max(0, box[0]), max(0, box[1]), min(frame.width, box[2]), min(frame.height, box[3]))
        out.append((box, len(g)))
    return out


def reread(
    engine: ocr.Engine,
    get_frame: Callable[[], Image.Image],
    words: list[ocr.OcrWord],
    mean_confidence: float,
) -> Reading | None:
    """A better reading of the page's zone than the page pass made, or None; a second
    opinion, so a failure to give it (an image OCR cannot take) leaves the page as read."""
    try:
        return _reread(engine, get_frame, words, mean_confidence)
    except Exception as exc:  # noqa: BLE001 - the page pass stands on its own
        log.warning("machine-readable zone not read again: %s: %s", type(exc).__name__, exc)
        return None


def _reread(
    engine: ocr.Engine,
    get_frame: Callable[[], Image.Image],
    words: list[ocr.OcrWord],
    mean_confidence: float,
) -> Reading | None:
    """A better reading of the page's zone than the page pass made, or None.

    `words` are the page pass's words in the frame's pixels (the turned, straightened image
    OCR read). Lines of zone-like words are read again in their band; a page read poorly with
    no zone-like line is searched for a sideways zone.
    """
    rows = _rows(words)
    zone_rows = [r for r in rows if zone_like(" ".join(w.text for w in r))]
    if not any("<" in w.text for r in zone_rows for w in r):
        zone_rows = []  # a zone's name line holds fillers; a long code alone is no zone
    if not zone_rows and len(words) >= POOR_PAGE_WORDS and mean_confidence >= POOR_PAGE_CONFIDENCE:
        return None  # a page read well with no zone-like line: nothing to look for
    frame = get_frame()
    if zone_rows:
        boxes = [w.bbox for r in zone_rows for w in r]
        x0, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
        pad = max(4, (bottom - top) // max(1, len(zone_rows)) // 2)
        box = (
            max(0, x0 - pad),
            max(0, top - pad),
            min(frame.width, x1 + pad),
            min(frame.height, bottom + pad),
        )
        texts = [" ".join(w.text for w in r) for r in zone_rows]
        before, noise = check_score(texts), filler_noise(texts)
        if before == 3 and noise == 0:
            return None  # every check digit holds and the filler reads clean: nothing to gain
        found = ocr.read_mrz(engine, frame, box, 0, len(zone_rows))
        again = [w.text for w in found]
        score = check_score(again)
        better = score >= 2 and (
            score > before or (score == before and filler_noise(again) < noise)
        )
        return Reading(tuple(found), box, score) if better else None
    best: Reading | None = None
    for box, lines in sideways_bands(frame)[:2]:
        for turn in (90, 270):
            found = ocr.read_mrz(engine, frame, box, turn, lines)
            score = check_score([w.text for w in found])
            if score >= 2 and (best is None or score > best.score):
                best = Reading(tuple(found), box, score)
        if best is not None and best.score == 3:
            break
    return best


def _rows(words: list[ocr.OcrWord]) -> list[list[ocr.OcrWord]]:
    """The page pass's words in rows (vertical overlap), top to bottom."""
    rows: list[list[ocr.OcrWord]] = []
    for w in sorted(words, key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0])):
        for r in rows[-3:]:
            top, bottom = r[0].bbox[1], r[0].bbox[3]
            if min(bottom, w.bbox[3]) - max(top, w.bbox[1]) >= 0.5 * min(
                bottom - top, w.bbox[3] - w.bbox[1]
            ):
                r.append(w)
                break
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w.bbox[0]) for r in rows]
