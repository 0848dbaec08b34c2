"""Phone photos of document pages, made in the test: the page warped in perspective onto a
darker textured desk, turned, shaded, blurred and saved as a noisy JPEG.

Nothing here comes from a corpus: the page is one of the project's own sample PDFs rendered, and
the damage is what a phone camera does (issue 13, "photos").
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter


def render_page(pdf: Path, number: int = 1, dpi: int = 200) -> Image.Image:
    """A page of a PDF as a grey picture."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[number - 1]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
        return image
    finally:
        doc.close()


def desk(width: int, height: int, seed: int) -> np.ndarray:
    """A dark wood-like surface: brown-grey stripes with grain noise (grey levels)."""
    rng = np.random.default_rng(seed)
    y = np.arange(height, dtype=np.float64)[:, None]
    x = np.arange(width, dtype=np.float64)[None, :]
    grain = 18 * np.sin(y / 23.0 + 3 * np.sin(x / 150.0)) + 10 * np.sin(y / 7.0 + x / 400.0)
    noise = rng.normal(0, 9, (height, width))
    return np.clip(70 + grain + noise, 0, 255)


def phone_photo(
    page: Image.Image,
    angle: float,
    seed: int = 1,
    shadow: float = 0.45,
    tilt: float = 0.06,
    margin: float = 0.22,
    blur: float = 1.1,
    quality: int = 70,
) -> bytes:
    """JPEG bytes: `page` lying on a desk, turned `angle` degrees (counter-clockwise), seen in
    perspective (`tilt`: how much the far edge shrinks), a shadow darkening one side by up to
    `shadow`, blurred and compressed."""
    rng = np.random.default_rng(seed)
    pw, ph = page.size
    side = int(max(pw, ph) * (1 + 2 * margin))
    out_w, out_h = int(side * 0.85), side
    # The page's corners, turned about the centre, the top edge narrowed by the tilt.
    corners = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float64) - [pw / 2, ph / 2]
    corners[:2, 0] *= 1 - tilt
    corners += rng.uniform(-0.01, 0.01, corners.shape) * [pw, ph]
    a = math.radians(-angle)  # image y points down: a counter-clockwise turn
    turn = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    placed = corners @ turn.T
    scale = min(out_w * 0.86 / np.ptp(placed[:, 0]), out_h * 0.86 / np.ptp(placed[:, 1]))
    placed = placed * scale + [out_w / 2, out_h / 2]
    source = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, placed.astype(np.float32))
    paper = np.asarray(page, np.float64) * 0.93 + 8  # paper is not pure white under a lamp
    warped = cv2.warpPerspective(
        paper.astype(np.float32), matrix, (out_w, out_h), flags=cv2.INTER_AREA, borderValue=-1
    )
    mask = cv2.warpPerspective(
        np.ones((ph, pw), np.float32), matrix, (out_w, out_h), flags=cv2.INTER_LINEAR
    )
    scene = desk(out_w, out_h, seed) * (1 - mask) + np.maximum(warped, 0) * mask
    # A shadow across the picture: a hand or the phone between the lamp and the page.
    x = np.linspace(0, 1, out_w)[None, :]
    y = np.linspace(0, 1, out_h)[:, None]
    light = 1 - shadow * np.clip(1.2 - (0.7 * x + 0.5 * y), 0, 1)
    scene = np.clip(scene * light + rng.normal(0, 3, scene.shape), 0, 255).astype(np.uint8)
    picture = Image.fromarray(scene, "L").filter(ImageFilter.GaussianBlur(blur))
    picture = Image.merge("RGB", (picture, picture.point(lambda v: v * 0.96), picture))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
