"""Page images: loading safely, deskewing scans, and limiting size before OCR."""

from __future__ import annotations

import warnings

import numpy as np
from PIL import Image, ImageOps

# A page at 600 dpi is about 35 Mpx; anything far larger is a bomb or a poster, not a page.
MAX_PIXELS = 120_000_000
OCR_MAX_SIDE = 4200  # pixels; larger images are scaled down before OCR
SKEW_SEARCH_DEGREES = 5.0
SKEW_STEP_DEGREES = 0.25

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
warnings.simplefilter("error", Image.DecompressionBombWarning)


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

    Projection profile: on a reduced, binarised copy, the rotation that makes the row sums of
    ink most uneven is the one that lines text rows up with the pixel rows.
    """
    gray = image.convert("L")
    scale = 800 / max(gray.size)
    if scale < 1:
        gray = gray.resize((max(1, int(gray.width * scale)), max(1, int(gray.height * scale))))
    ink = Image.fromarray(((np.asarray(gray) < 128) * 255).astype(np.uint8))
    if np.asarray(ink).mean() < 0.5:  # blank page
        return 0.0
    best_angle, best_score = 0.0, -1.0
    steps = int(SKEW_SEARCH_DEGREES / SKEW_STEP_DEGREES)
    for i in range(-steps, steps + 1):
        angle = i * SKEW_STEP_DEGREES
        rows = np.asarray(ink.rotate(angle, fillcolor=0)).sum(axis=1, dtype=np.float64)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score:
            best_angle, best_score = angle, score
    return best_angle


def deskew(image: Image.Image, angle: float) -> Image.Image:
    """Turn the image by `angle` degrees (from `skew_angle`), filling the corners with white."""
    if abs(angle) < SKEW_STEP_DEGREES / 2:
        return image
    gray = image.convert("L")
    return gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
