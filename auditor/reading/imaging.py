"""Page images: loading safely, deskewing scans, and limiting size before OCR.

Image files are hostile input. Sizes are checked from the header, frame by frame, before any
pixel is decoded: an image larger than MAX_PIXELS (a decompression bomb, or a poster rather
than a page) is refused with a reason; anything the decoders reject is "damaged". Images are
decoded from the file's bytes as read once (`content.content_of`), never opened by path.
"""

from __future__ import annotations

import io
import sys
import warnings
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageFile, ImageFilter, ImageOps, ImageSequence

from auditor.i18n import N_
from auditor.reading import notes

# A page at 600 dpi is about 35 Mpx; anything far larger is a bomb or a poster, not a page.
MAX_PIXELS = 120_000_000
OCR_MAX_SIDE = 4200  # pixels; larger images are scaled down before OCR
SKEW_SEARCH_DEGREES = 5.0
SKEW_STEP_DEGREES = 0.25
SKEW_SAMPLE_SIDE = 800  # pixels: the reduced copy skew is measured on
SKEW_MARGIN = 0.12  # share of each side left out when measuring skew

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
warnings.simplefilter("error", Image.DecompressionBombWarning)


class ImageProblem(Exception):
    """An image file that is not read; the message is the reason for the report."""


def too_large(size: tuple[int, int]) -> str:
    return notes.IMAGE_TOO_LARGE.format(
        width=f"{size[0]:,}", height=f"{size[1]:,}", limit=MAX_PIXELS // 1_000_000
    )


DAMAGED = N_(
    "the image file is damaged or not a format the auditor reads; ask the client for a new copy"
)


def _check_size(size: tuple[int, int]) -> None:
    if size[0] <= 0 or size[1] <= 0:
        raise ImageProblem(DAMAGED)
    if size[0] * size[1] > MAX_PIXELS:
        raise ImageProblem(too_large(size))


def count_frames(data: bytes, most: int) -> int:
    """How many pages (frames) the image file has, counting at most `most` + 1.

    Raises ImageProblem when a frame is too large or the file cannot be decoded at all.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:
                frames = 0
                for frame in ImageSequence.Iterator(img):
                    _check_size(frame.size)
                    frames += 1
                    if frames > most:
                        break
                return frames
        except ImageProblem:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageProblem(too_large(_size_of(data))) from exc
        except MemoryError:
            raise
        except Exception as exc:  # Pillow raises many kinds on hostile bytes
            raise ImageProblem(DAMAGED) from exc


def _size_of(data: bytes) -> tuple[int, int]:
    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except Exception:
        return (0, 0)
    finally:
        Image.MAX_IMAGE_PIXELS = saved


def _decode(img: Image.Image) -> Image.Image:
    frame = img.copy() if img.mode in ("L", "RGB") else None
    if frame is None:
        try:
            frame = img.convert("RGB")
        except ValueError:  # modes such as I;16 convert to gray only
            frame = img.convert("L")
    return frame


def load_frame(
    data: bytes, index: int
) -> tuple[Image.Image, dict[str | tuple[int, int], Any], bool]:
    """Frame `index` of an image file, decoded and upright, its info, and whether it is partial.

    A frame whose data is cut short or broken is decoded as far as it goes (the rest stays
    blank) and reported partial; one that cannot be decoded at all raises ImageProblem.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:
                img.seek(index)
                _check_size(img.size)
                info = dict(img.info)
                try:
                    return upright(_decode(img)), info, False
                except (OSError, ValueError, SyntaxError, EOFError):
                    pass
            # Cut short (an interrupted download) or broken: decode what is there.
            ImageFile.LOAD_TRUNCATED_IMAGES = True
            try:
                with Image.open(io.BytesIO(data)) as again:
                    again.seek(index)
                    return upright(_decode(again)), info, True
            finally:
                ImageFile.LOAD_TRUNCATED_IMAGES = False
        except ImageProblem:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageProblem(too_large(_size_of(data))) from exc
        except MemoryError:
            raise
        except Exception as exc:  # Pillow raises many kinds on hostile bytes
            raise ImageProblem(DAMAGED) from exc


def upright(image: Image.Image) -> Image.Image:
    """Apply the EXIF orientation a phone camera records, so the page is as the person saw it."""
    try:
        return ImageOps.exif_transpose(image) or image
    except Exception:  # a broken EXIF block must not lose the page
        return image


def limit_size(image: Image.Image, dpi: int) -> tuple[Image.Image, int]:
    """Scale an oversized image down for OCR; returns the image and its new dpi."""
    side = max(image.size)
    if side <= OCR_MAX_SIDE:
        return image, dpi
    scale = OCR_MAX_SIDE / side
    small = image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    return small, max(70, int(dpi * scale))


def skew_angle(image: Image.Image) -> float:
    """The small angle (degrees, counter-clockwise positive) by which text lines are tilted.

    Projection profile: on a reduced, binarised copy, the angle whose shear makes the row sums
    of ink most uneven is the one that lines text rows up with the pixel rows. The ink pixels
    are sheared as coordinates (a histogram per angle), not as images: ~10x cheaper than
    rotating a picture for each of the 41 candidate angles.
    """
    import numpy as np  # here: only OCR needs it, and a warm run reads nothing (start-up)

    gray = image if image.mode == "L" else image.convert("L")
    factor = max(1, round(max(gray.size) / SKEW_SAMPLE_SIDE))
    reduced = gray.reduce(factor) if factor > 1 else gray
    # Ink is darker than the paper around it: a photo's dark table or shadow is not text.
    paper = np.asarray(reduced.reduce(16).filter(ImageFilter.MaxFilter(3)).resize(reduced.size))
    ink = np.asarray(reduced) < np.minimum(128, paper * 0.6)
    # The middle of the page: a photo's margins hold the table and the page edges, not lines.
    h, w = ink.shape
    dy, dx = int(h * SKEW_MARGIN), int(w * SKEW_MARGIN)
    ink = ink[dy : h - dy, dx : w - dx]
    ys, xs = np.nonzero(ink)
    if len(ys) < 0.002 * ink.size:  # blank page
        return 0.0
    rows = ys.astype(np.float64)
    columns = xs.astype(np.float64) - ink.shape[1] / 2
    reach = int(abs(np.tan(np.radians(SKEW_SEARCH_DEGREES))) * ink.shape[1]) + 2
    best_angle, best_score = 0.0, -1.0
    steps = int(SKEW_SEARCH_DEGREES / SKEW_STEP_DEGREES)
    for i in range(-steps, steps + 1):
        angle = i * SKEW_STEP_DEGREES
        # PIL's counter-clockwise turn lifts the right half: a row moves up by x * tan(angle).
        shifted = np.rint(rows - columns * np.tan(np.radians(angle))).astype(np.int64) + reach
        profile = np.bincount(shifted, minlength=ink.shape[0] + 2 * reach).astype(np.float64)
        score = float(np.square(np.diff(profile)).sum())
        if score > best_score + 1e-9:
            best_angle, best_score = angle, score
    return best_angle


def deskew(image: Image.Image, angle: float) -> Image.Image:
    """Straighten the image by `angle` degrees (from `skew_angle`), filling the edges with white.

    For the few degrees a scan is tilted, a vertical shear about the centre lines text rows
    up as a rotation does (glyphs lean by the angle, far less than italics do). Each column
    moves by a fraction of a pixel, interpolated between two rows: 10-30 ms on a 300-dpi page
    against ~250 ms for PIL's bicubic rotation, with the same OCR accuracy; nearest-neighbour
    sampling is as fast but loses digits on noisy scans (benchmarks/README.md).
    Boxes read from the result are in this sheared frame; `upright_page_image` and the marks
    finder apply the same shear, at any resolution, to show them.
    """
    import numpy as np  # here: only OCR needs it (start-up of a warm run)

    if abs(angle) < SKEW_STEP_DEGREES / 2:
        return image
    gray = np.asarray(image if image.mode == "L" else image.convert("L"))
    h, w = gray.shape
    # Output (x, y) reads the input at (x, y + shift(x)); a counter-clockwise turn lifts the
    # right half, as PIL's rotate(angle) does.
    shift = (np.arange(w) + 0.5 - w / 2) * np.tan(np.radians(angle))
    whole = np.floor(shift).astype(np.int64)
    weight = np.rint((shift - whole) * 256).astype(np.uint16)  # share of the row below, /256
    pad = int(np.abs(whole).max()) + 2
    source = np.full((h + 2 * pad, w), 255, np.uint8)
    source[pad : pad + h] = gray
    out = np.empty_like(gray)
    edges = (np.flatnonzero(np.diff(whole)) + 1).tolist()
    for x0, x1 in zip([0, *edges], [*edges, w], strict=True):  # runs of one whole shift
        row = pad + int(whole[x0])
        above = source[row : row + h, x0:x1].astype(np.uint16)
        below = source[row + 1 : row + 1 + h, x0:x1].astype(np.uint16)
        wb = weight[x0:x1]
        out[:, x0:x1] = ((above * (256 - wb) + below * wb + 128) >> 8).astype(np.uint8)
    return Image.fromarray(out, "L")


# --- phone photos: the page found, flattened and evenly lit -------------------------------------
#
# A photo shows the page at an angle, in perspective, on a darker desk, under uneven light.
# `photo_frame` decides from the pixels alone whether the page needs bringing into a frame of its
# own (its outline found and warped to a rectangle, and/or the text turned by more than the few
# degrees `skew_angle` searches); clean scans and renders come back unchanged (None). The warp is
# the page's frame: OCR reads it, word boxes are in it, and the report's picture is drawn in it
# by calling the same function on the same pixels (`pictures.py`), so boxes and pictures agree.

OUTLINE_SAMPLE_SIDE = 900  # pixels: the reduced copy the page outline is looked for on
OUTLINE_MIN_SHARE = 0.15  # a page outline covers at least this share of the picture
OUTLINE_MAX_SHARE = 0.97  # ...and leaves some background around it (else: nothing to crop)
OUTLINE_MIN_CONTRAST = 25.0  # grey levels the page stands above the background at its edges
OUTLINE_MARGIN = 0.03  # share of the page kept beyond its outline on each side (a dark edge
# band of letterhead looks like background)
GLYPH_PATCH = 900  # pixels: the middle of the frame glyph heights are measured in
SMALL_GLYPHS = 16.0  # pixels: a photo's glyphs this short (median) are enlarged...
GOOD_GLYPHS = 22.0  # ...to about this height
MAX_ENLARGE = 2.0
WIDE_SKEW_STEP = 1.0  # degrees: the wide search for text turned beyond SKEW_SEARCH_DEGREES
WIDE_SKEW_MAX = 32.0  # degrees off a quarter turn: lines further turned are security patterns
WIDE_SKEW_GAIN = 1.25  # a wide angle must line text up this much better than the narrow best
GATE_SIDE = 320  # pixels: the quick copy that decides whether a page is looked at closer
DARK_SIDE_SHARE = 0.35  # a side of the picture this dark may be background around a page
UNEVEN_LIGHT = 28.0  # grey levels between the paper's lightest and darkest parts: even it out


def _opencv() -> Any:
    """OpenCV, imported when a page first needs it (start-up of a warm run), on one thread:
    parallelism comes from worker processes, and its own threads would fight them (PERF.md).

    Only a process that imports it here sets its threads: a worker forked from a process that
    had already used OpenCV inherits a thread pool whose threads it does not have, and
    changing that pool then waits for them forever.
    """
    fresh = "cv2" not in sys.modules
    import cv2

    if fresh:
        cv2.setNumThreads(1)
    return cv2


@dataclass(frozen=True)
class PhotoFrame:
    """How a photo's page is brought into its own frame: a 3 x 3 perspective matrix from the
    picture's pixels to the frame's, the frame's size, and the page's outline in the frame
    (4 x 2 corners; None when no outline was found and only the text was turned)."""

    matrix: Any  # numpy arrays (numpy is imported when a page needs it: start-up)
    size: tuple[int, int]
    outline: Any


def photo_frame(image: Image.Image) -> PhotoFrame | None:
    """The page's frame in a photo, or None when the picture already is the page, upright
    within a few degrees (scans, renders, photos cropped and straight)."""
    gray = image if image.mode == "L" else image.convert("L")
    if not _dark_surround(gray):
        return None
    cv2 = _opencv()
    import numpy as np

    w, h = gray.size
    reduction = max(1, round(max(w, h) / OUTLINE_SAMPLE_SIDE))
    small = np.asarray(gray.reduce(reduction) if reduction > 1 else gray)
    factor = w / small.shape[1]
    matrix = np.eye(3)
    size = (w, h)
    quad = _page_outline(small)
    if quad is not None:
        matrix, size = _flattening(quad * factor, (w, h))
    # Text still turned by more than the narrow search reaches: turn the frame about its centre.
    scale = np.diag([1 / factor, 1 / factor, 1.0])
    preview_size = (max(1, round(size[0] / factor)), max(1, round(size[1] / factor)))
    preview = cv2.warpPerspective(
        small,
        scale @ matrix @ np.linalg.inv(scale),
        preview_size,
        flags=cv2.INTER_AREA,
        borderValue=255,
    )
    angle = _wide_skew(preview)
    if angle is not None:
        matrix, size = _turned(matrix, size, angle)
    if quad is None and angle is None:
        return None
    # Small text (a page photographed from afar: ~180 dpi) is enlarged to the height
    # Tesseract's LSTM reads best, in the same warp.
    glyphs = _glyph_height(gray, matrix, size)
    if glyphs is not None and glyphs < SMALL_GLYPHS:
        enlarge = min(MAX_ENLARGE, GOOD_GLYPHS / glyphs)
        matrix = np.diag([enlarge, enlarge, 1.0]) @ matrix
        size = (round(size[0] * enlarge), round(size[1] * enlarge))
    outline = None
    if quad is not None:
        corners = np.hstack([quad * factor, np.ones((4, 1))]) @ matrix.T
        outline = corners[:, :2] / corners[:, 2:]
    return PhotoFrame(matrix, size, outline)


def _glyph_height(gray: Image.Image, matrix: Any, size: tuple[int, int]) -> float | None:
    """The median height (pixels of the frame) of glyph-like ink blobs in the middle of the
    frame, or None when there are too few to tell."""
    cv2 = _opencv()
    import numpy as np

    side = min(GLYPH_PATCH, *size)
    x0, y0 = (size[0] - side) / 2, (size[1] - side) / 2
    shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
    patch = cv2.warpPerspective(
        np.asarray(gray), shift @ matrix, (side, side), flags=cv2.INTER_LINEAR, borderValue=255
    )
    ink = cv2.adaptiveThreshold(
        patch, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15
    )
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = [
        int(h)
        for _, _, w, h, area in stats[1:count]
        if 4 <= h <= 120 and w <= 3 * h and area >= 0.15 * w * h
    ]
    if len(heights) < 30:
        return None
    return float(np.median(heights))


def _thumbnail(gray: Image.Image) -> Any:
    """A quick reduced copy (every n-th pixel, about GATE_SIDE on its long side) to decide
    whether a page needs the costlier steps at all."""
    import numpy as np

    step = max(1, max(gray.size) // GATE_SIDE)
    size = (max(1, gray.width // step), max(1, gray.height // step))
    return np.asarray(gray.resize(size, Image.Resampling.NEAREST))


def _dark_surround(gray: Image.Image) -> bool:
    """Whether some side of the picture is mostly darker than its paper: a desk or a dark
    border around a photographed page (a scan's edges are paper, or a thin scanner line)."""
    import numpy as np

    thumb = _thumbnail(gray)
    h, w = thumb.shape
    paper = float(np.percentile(thumb, 90))
    dark = thumb < paper * 0.6
    band_y, band_x = max(1, int(h * 0.03)), max(1, int(w * 0.03))
    sides = (dark[:band_y], dark[h - band_y :], dark[:, :band_x], dark[:, w - band_x :])
    return any(float(side.mean()) > DARK_SIDE_SHARE for side in sides)


def in_frame(image: Image.Image, frame: PhotoFrame) -> Image.Image:
    """The picture warped into the page's frame (grey or colour as given), the page's usual
    colour outside its outline."""
    cv2 = _opencv()
    import numpy as np

    pixels = np.asarray(image)
    fill = 255 if image.mode == "L" else (255,) * len(image.getbands())
    out = cv2.warpPerspective(
        pixels, frame.matrix, frame.size, flags=cv2.INTER_LINEAR, borderValue=fill
    )
    if frame.outline is not None:
        # The desk around the page is whitened: its texture and darkness upset Tesseract's
        # layout analysis (a column of figures next to it goes unread).
        # It takes the page's usual grey (pure white beside a shaded page would make the page
        # itself the dark side of Tesseract's threshold).
        page = np.zeros(out.shape[:2], np.uint8)
        cv2.fillConvexPoly(page, np.rint(frame.outline).astype(np.int32), 1)
        inside = out[page == 1]
        if len(inside):
            out[page == 0] = np.median(inside, axis=0).astype(np.uint8)
    return Image.fromarray(out, image.mode)


def _page_outline(small: Any) -> Any:
    """The four corners (x, y; top-left, top-right, bottom-right, bottom-left) of a light page
    on a darker background in a reduced grey picture, or None.

    Candidates are the largest light region at several thresholds (Otsu's, and the levels
    between the background's and the paper's, since a shadow can darken one side of the page
    below a single threshold), each simplified to a convex quadrilateral; the one whose edges
    stand out most from what lies just outside them wins, when it stands out enough.
    """
    cv2 = _opencv()
    import numpy as np

    h, w = small.shape
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    otsu, _ = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    dark, light = np.percentile(blurred, (10, 90))
    levels = {int(otsu)} | {int(dark + (light - dark) * t) for t in (0.3, 0.45, 0.6)}
    close = cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15))
    opening = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))
    best, best_score = None, OUTLINE_MIN_CONTRAST
    for level in sorted(levels):
        mask = (blurred > level).astype(np.uint8) * 255
        mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, close)
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, opening)
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        if not contours:
            continue
        region = max(contours, key=cv2.contourArea)
        share = cv2.contourArea(region) / (w * h)
        if not OUTLINE_MIN_SHARE <= share <= OUTLINE_MAX_SHARE:
            continue
        quad = _quadrilateral(cv2.convexHull(region))
        if quad is None:
            continue
        score = _edge_contrast(blurred, quad)
        if score > best_score:
            best, best_score = quad, score
    return best


def _quadrilateral(hull: Any) -> Any:
    """A convex hull simplified to four corners in reading order, or None."""
    cv2 = _opencv()
    import numpy as np

    perimeter = cv2.arcLength(hull, True)
    for share in (0.01, 0.02, 0.03, 0.04, 0.06):
        approx = cv2.approxPolyDP(hull, share * perimeter, True)
        if len(approx) == 4:
            break
    else:
        return None
    points = approx.reshape(4, 2).astype(np.float64)
    total = points.sum(axis=1)
    diff = points[:, 1] - points[:, 0]
    ordered = np.array(
        [
            points[np.argmin(total)],  # top-left
            points[np.argmin(diff)],  # top-right
            points[np.argmax(total)],  # bottom-right
            points[np.argmax(diff)],  # bottom-left
        ]
    )
    if len({tuple(p) for p in ordered}) < 4:
        return None
    return ordered


def _edge_contrast(gray: Any, quad: Any) -> float:
    """How much lighter the page is just inside its outline than the background just outside,
    the median over points along all four edges (grey levels); edges on the picture's border
    count as contrast 0 (nothing there to tell page from background)."""
    import numpy as np

    h, w = gray.shape
    reach = max(3.0, 0.012 * max(h, w))
    centre = quad.mean(axis=0)
    values = []
    for i in range(4):
        a, b = quad[i], quad[(i + 1) % 4]
        along = b - a
        length = float(np.hypot(*along))
        if length < 1:
            return 0.0
        normal = np.array([along[1], -along[0]]) / length
        if np.dot(centre - (a + b) / 2, normal) > 0:
            normal = -normal  # pointing out of the page
        for t in np.linspace(0.1, 0.9, 17):
            p = a + along * t
            inside, outside = p - normal * reach, p + normal * reach
            if not (0 <= outside[0] < w and 0 <= outside[1] < h):
                values.append(0.0)
                continue
            xi, yi = int(np.clip(inside[0], 0, w - 1)), int(np.clip(inside[1], 0, h - 1))
            values.append(float(gray[yi, xi]) - float(gray[int(outside[1]), int(outside[0])]))
    return float(np.median(values))


def _flattening(quad: Any, picture: tuple[int, int]) -> tuple[Any, tuple[int, int]]:
    """The perspective matrix taking the page's corners (with a small margin) to an upright
    rectangle of the page's own size in pixels, and that size."""
    cv2 = _opencv()
    import numpy as np

    tl, tr, br, bl = quad
    width = max(np.hypot(*(tr - tl)), np.hypot(*(br - bl)))
    height = max(np.hypot(*(bl - tl)), np.hypot(*(br - tr)))
    mx, my = width * OUTLINE_MARGIN, height * OUTLINE_MARGIN
    target = np.array(
        [[mx, my], [mx + width, my], [mx + width, my + height], [mx, my + height]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    size = (int(round(width + 2 * mx)), int(round(height + 2 * my)))
    return matrix, size


def _turned(matrix: Any, size: tuple[int, int], angle: float) -> tuple[Any, tuple[int, int]]:
    """`matrix` followed by a counter-clockwise turn of `angle` degrees about the frame's
    centre, the frame grown to hold the whole turned page."""
    cv2 = _opencv()
    import numpy as np

    w, h = size
    turn = np.vstack([cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), [0, 0, 1]])
    c, s = abs(np.cos(np.radians(angle))), abs(np.sin(np.radians(angle)))
    new_w, new_h = int(round(w * c + h * s)), int(round(w * s + h * c))
    turn[0, 2] += new_w / 2 - w / 2
    turn[1, 2] += new_h / 2 - h / 2
    return turn @ matrix, (new_w, new_h)


def _wide_skew(gray: Any) -> float | None:
    """The angle (degrees, counter-clockwise) text lines are turned by, when it is beyond what
    `skew_angle` searches and lines text up clearly better than any angle within it; else None.
    The page is then turned by it and the narrow search straightens what is left."""
    import numpy as np

    reduced = Image.fromarray(gray)
    factor = max(1, round(max(reduced.size) / SKEW_SAMPLE_SIDE))
    if factor > 1:
        reduced = reduced.reduce(factor)
    paper = np.asarray(reduced.reduce(16).filter(ImageFilter.MaxFilter(3)).resize(reduced.size))
    ink = np.asarray(reduced) < np.minimum(128, paper * 0.6)
    h, w = ink.shape
    dy, dx = int(h * SKEW_MARGIN), int(w * SKEW_MARGIN)
    ink = ink[dy : h - dy, dx : w - dx]
    ys, xs = np.nonzero(ink)
    if len(ys) < 0.002 * ink.size:
        return None
    # Rotated coordinates: project the ink along each direction (not a shear: at wide angles
    # the shear's stretch would favour steep directions).
    ys_c = ys.astype(np.float64) - ink.shape[0] / 2
    xs_c = xs.astype(np.float64) - ink.shape[1] / 2
    reach = int(np.hypot(*ink.shape)) + 2

    def score(angle: float) -> float:
        a = np.radians(angle)
        rows = np.rint(ys_c * np.cos(a) - xs_c * np.sin(a)).astype(np.int64) + reach
        profile = np.bincount(rows, minlength=2 * reach).astype(np.float64)
        return float(np.square(np.diff(profile)).sum())

    # Every direction, sideways ones too: text turned by a quarter (OSD's business, later)
    # must not pass for text turned by 45 degrees.
    steps = int(90 / WIDE_SKEW_STEP)
    scores = {i * WIDE_SKEW_STEP: score(i * WIDE_SKEW_STEP) for i in range(-steps, steps)}

    def off_axis(angle: float) -> float:  # how far from a quarter turn
        return (angle + 45) % 90 - 45

    narrow = max(v for a, v in scores.items() if abs(off_axis(a)) <= SKEW_SEARCH_DEGREES)
    best = max(scores, key=lambda a: scores[a])
    if not SKEW_SEARCH_DEGREES < abs(off_axis(best)) <= WIDE_SKEW_MAX:
        return None  # near-upright (the narrow search's), or diagonal: a guilloche, not text
    if scores[best] < narrow * WIDE_SKEW_GAIN:
        return None
    fine = max((best + i * 0.2 for i in range(-5, 6)), key=score)
    return off_axis(fine)


def even_light(image: Image.Image) -> Image.Image:
    """A grey photographed page with its paper made evenly light, when shadows or a lamp make it
    uneven (Tesseract's single threshold then loses the text in the dark part); else the same
    image. Only for pages `photo_frame` flattened: on scans and renders, a printed background
    tint (a passport's security print) is not light to divide out.

    The paper's brightness is the lightest grey within a twentieth of the page around each point
    (ink, dark table headers and logo bands are narrower), smoothed, measured on a reduced copy,
    and divided out, so text keeps its contrast against the paper around it.
    """
    import numpy as np  # here, not at start-up

    gray = image if image.mode == "L" else image.convert("L")
    paper = _paper_light(_thumbnail(gray))
    low, high = np.percentile(paper, (5, 95))
    if high - low < UNEVEN_LIGHT or high < 60:
        return image
    light = Image.fromarray(np.maximum(paper, 1.0).astype(np.float32), "F")
    background = np.asarray(light.resize(gray.size, Image.Resampling.BILINEAR))
    out = np.asarray(gray) * (235.0 / background)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")


def _paper_light(thumb: Any) -> Any:
    """The paper's brightness around each point of a reduced page (float32): the lightest grey
    within a square of a twentieth of the page, smoothed."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    reach = max(3, max(thumb.shape) // 20) | 1
    padded = np.pad(thumb, reach // 2, mode="edge")
    rows = sliding_window_view(padded, reach, axis=1).max(axis=-1)
    lightest = sliding_window_view(rows, reach, axis=0).max(axis=-1)
    smooth = Image.fromarray(lightest.astype(np.uint8), "L").filter(
        ImageFilter.GaussianBlur(reach / 3)
    )
    return np.asarray(smooth, dtype=np.float32)


BINARISE_BLOCK = 1 / 50  # the neighbourhood each pixel is compared with, as a share of the width
BINARISE_OFFSET = 15  # grey levels below its neighbourhood's mean a pixel must be to be ink


def binarise(image: Image.Image) -> Image.Image:
    """A flattened photo's page in black and white, each pixel against the mean of its own
    neighbourhood (about a fiftieth of the page, several glyphs wide).

    Tesseract's single threshold for the whole page loses small grey labels beside dark
    values, and whole pages under a photo's falling light (it then reads no word at all);
    a local threshold keeps them. Only for pages `photo_frame` flattened: scans and renders
    are left to Tesseract's own.
    """
    cv2 = _opencv()
    import numpy as np

    gray = np.asarray(image if image.mode == "L" else image.convert("L"))
    block = max(15, int(gray.shape[1] * BINARISE_BLOCK)) | 1
    ink = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, BINARISE_OFFSET
    )
    return Image.fromarray(ink, "L")
