"""Page images: loading safely, deskewing scans, and limiting size before OCR.

Image files are hostile input. Sizes are checked from the header, frame by frame, before any
pixel is decoded: an image larger than MAX_PIXELS (a decompression bomb, or a poster rather
than a page) is refused with a reason; anything the decoders reject is "damaged". Images are
decoded from the file's bytes as read once (`content.content_of`), never opened by path.
"""

from __future__ import annotations

import io
import warnings
from typing import Any

from PIL import Image, ImageFile, ImageFilter, ImageOps, ImageSequence

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
    return (
        f"the image is {size[0]:,} x {size[1]:,} pixels, too large to be a document page "
        f"(the limit is {MAX_PIXELS // 1_000_000} million pixels; it may be a decompression "
        "bomb); ask the client for a normal scan or photo"
    )


DAMAGED = (
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
