"""Turn born-digital pages into scans and phone photos, deterministically.

Scans: 300 dpi grayscale, small skew, gaussian noise and blur, optional 90/180 degree turn.
Photos: 200 dpi colour, page on a table background, keystone perspective, uneven light, JPEG 80.
"""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from .common import new_pdf


def render(pdf_bytes: bytes, dpi: int, grayscale: bool) -> list[Image.Image]:
    """Every page of a PDF as a PIL image at the given resolution."""
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        bitmap = page.render(scale=dpi / 72, grayscale=grayscale)
        img = bitmap.to_pil().convert("L" if grayscale else "RGB")
        out.append(img.copy())
        page.close()
    doc.close()
    return out


def scan(img: Image.Image, seed: int, skew: float, turn: int = 0) -> Image.Image:
    """A flatbed scan of a page: skew (degrees), noise, blur, then a 0/90/180/270 turn."""
    rng = np.random.default_rng(seed)
    img = img.convert("L").rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * 0.93 + 8 + rng.normal(0, 4, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    if turn:
        img = img.rotate(turn, expand=True)
    return img


def _perspective_coeffs(
    src: list[tuple[float, float]], dst: list[tuple[float, float]]
) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst to input src."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=False):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def photo(img: Image.Image, seed: int, tilt: float = 1.5) -> Image.Image:
    """A phone photo of a page lying on a table."""
    rng = np.random.default_rng(seed)
    page = img.convert("RGB")
    w, h = page.size
    margin = int(0.09 * w)
    cw, ch = w + 2 * margin, h + 2 * margin
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    table = np.stack([np.full((ch, cw), c, np.float32) for c in (96, 72, 52)], axis=-1)
    table += (np.sin(xx / 37.0 + yy / 400.0) * 9)[..., None]
    canvas = Image.fromarray(np.clip(table, 0, 255).astype(np.uint8), "RGB")
    canvas.paste(page, (margin, margin))
    # keystone: the top edge of the page looks narrower than the bottom
    k = 0.035 * cw
    src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    dst = [(k, k * 0.6), (cw - k * 0.7, 0), (cw, ch), (0, ch - k * 0.3)]
    canvas = canvas.transform(
        (cw, ch),
        Image.Transform.PERSPECTIVE,
        _perspective_coeffs(src, dst),
        Image.Resampling.BICUBIC,
        fillcolor=(90, 68, 50),
    )
    canvas = canvas.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=(90, 68, 50))
    arr = np.asarray(canvas, dtype=np.float32)
    light = 0.78 + 0.27 * (xx / cw) * 0.6 + 0.27 * (1 - yy / ch) * 0.4
    cx, cy = cw * 0.7, ch * 0.3
    light += 0.08 * np.exp(-(((xx - cx) / cw) ** 2 + ((yy - cy) / ch) ** 2) * 6)
    arr = arr * light[..., None] * np.array([1.0, 0.98, 0.92], np.float32)
    arr += rng.normal(0, 3, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(0.6))


def jpeg_bytes(img: Image.Image, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return buf.getvalue()


def image_pdf(images: list[Image.Image], dpi: int, created: dt.date, quality: int = 60) -> bytes:
    """An image-only PDF: each image becomes one page sized for the given resolution."""
    pdf = new_pdf(created)
    pdf.set_creator("Scanner firmware 2.1")
    for img in images:
        w, h = img.width * 72 / dpi, img.height * 72 / dpi
        pdf.add_page(format=(w, h))
        pdf.image(io.BytesIO(jpeg_bytes(img, quality, dpi)), x=0, y=0, w=w, h=h)
    return bytes(pdf.output())


def tiff_bytes(images: list[Image.Image], dpi: int) -> bytes:
    """A multi-page bilevel TIFF (CCITT Group 4), as office scanners write them."""
    pages = [im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for im in images]
    buf = io.BytesIO()
    pages[0].save(
        buf, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(dpi, dpi)
    )
    return buf.getvalue()
