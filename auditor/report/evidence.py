"""Pictures for the HTML report: evidence crops with the box highlighted, and page thumbnails.

Every picture is a small JPEG embedded as a data: URI, so a report stays one self-contained file.
Words that hold a SIN, an MRZ line or one of the case's passport numbers are painted over in
every picture, as the JSON and HTML text masks them: a full identifier never leaves the auditor.
A picture that cannot be made (file gone, corrupt page) is None, never an exception.
"""

from __future__ import annotations

import base64
import io
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from auditor import reading
from auditor.models import BBox, Page, SourceFile

log = logging.getLogger(__name__)

MAX_CROPS = 40  # per report: beyond this, findings show their quoted text only
CROP_MAX_WIDTH = 560  # pixels
CROP_MAX_HEIGHT = 260
THUMB_WIDTH = 200
CROP_DPI = 150
THUMB_DPI = 50
JPEG_QUALITY = 72
HIGHLIGHT = (220, 30, 30)
HIGHLIGHT_FILL = (255, 220, 0, 70)
MASK_FILL = (60, 60, 60)

Redact = Callable[[str], str]


@dataclass(frozen=True)
class Picture:
    """An embedded image and the size it is drawn at."""

    uri: str  # data:image/jpeg;base64,...
    width: int
    height: int


def _jpeg(image: Image.Image) -> Picture:
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return Picture(f"data:image/jpeg;base64,{data}", image.width, image.height)


def sensitive_boxes(page: Page, redact: Redact, extra: Iterable[BBox] = ()) -> list[BBox]:
    """Boxes of the words the redactor would mask: alone, or as a SIN split in 3 groups."""
    boxes = list(extra)
    for line in page.lines:
        words = line.words
        for i, word in enumerate(words):
            if redact(word.text) != word.text:
                boxes.append(word.bbox)
            group = words[i : i + 3]
            if len(group) == 3:
                text = " ".join(w.text for w in group)
                if redact(text) != text and all(w.text.isdigit() for w in group):
                    boxes.extend(w.bbox for w in group)
    return boxes


@dataclass
class PagePictures:
    """Renders pages once per report and hands out crops and thumbnails of them."""

    redact: Redact
    masks: dict[tuple[str, int], list[BBox]] = field(default_factory=dict)  # identifier fields
    max_crops: int = MAX_CROPS
    crops_made: int = 0
    _pages: dict[tuple[str, int, int], tuple[Image.Image, float] | None] = field(
        default_factory=dict
    )

    def _page(self, file: SourceFile, page: Page, dpi: int) -> tuple[Image.Image, float] | None:
        key = (file.relpath, page.number, dpi)
        if key not in self._pages:
            try:
                image, scale = reading.upright_page_image(file, page, dpi=dpi)
                image = image.convert("RGB")
            except Exception as exc:  # a report must never fail for a picture
                log.info("no picture of %s page %s: %s", file.relpath, page.number, exc)
                self._pages[key] = None
            else:
                self._mask(image, file, page, scale)
                self._pages[key] = (image, scale)
        return self._pages[key]

    def _mask(self, image: Image.Image, file: SourceFile, page: Page, scale: float) -> None:
        draw = ImageDraw.Draw(image)
        extra = self.masks.get((file.relpath, page.number), [])
        for x0, top, x1, bottom in sensitive_boxes(page, self.redact, extra):
            box = [x0 * scale - 2, top * scale - 2, x1 * scale + 2, bottom * scale + 2]
            draw.rectangle(box, fill=MASK_FILL)
            if box[3] - box[1] >= 10 and box[2] - box[0] >= 40:
                draw.text((box[0] + 4, box[1] + 1), "masked", fill=(255, 255, 255))

    def crop(self, file: SourceFile, page: Page, bbox: BBox) -> Picture | None:
        """The region around `bbox` with the box outlined; None past the per-report limit."""
        if self.crops_made >= self.max_crops:
            return None
        rendered = self._page(file, page, CROP_DPI)
        if rendered is None:
            return None
        image, scale = rendered
        x0, top, x1, bottom = (v * scale for v in bbox)
        if x1 <= x0 or bottom <= top:
            return None
        # Enough around the box to see the label and the lines above and below it.
        margin_x = max(120.0, (x1 - x0) * 0.25)
        margin_y = max(36.0, (bottom - top) * 1.6)
        left = max(0, int(x0 - margin_x))
        upper = max(0, int(top - margin_y))
        right = min(image.width, int(x1 + margin_x))
        lower = min(image.height, int(bottom + margin_y))
        if right - left < 4 or lower - upper < 4:
            return None
        region = image.crop((left, upper, right, lower)).convert("RGBA")
        overlay = Image.new("RGBA", region.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        box = [x0 - left - 3, top - upper - 3, x1 - left + 3, bottom - upper + 3]
        draw.rectangle(box, fill=HIGHLIGHT_FILL)
        draw.rectangle(box, outline=HIGHLIGHT + (255,), width=3)
        region = Image.alpha_composite(region, overlay)
        region.thumbnail((CROP_MAX_WIDTH, CROP_MAX_HEIGHT))
        self.crops_made += 1
        return _jpeg(region)

    def thumbnail(self, file: SourceFile, page: Page) -> Picture | None:
        """The whole page, about THUMB_WIDTH pixels wide."""
        rendered = self._page(file, page, THUMB_DPI)
        if rendered is None:
            return None
        image = rendered[0].copy()
        image.thumbnail((THUMB_WIDTH, THUMB_WIDTH * 2))
        return _jpeg(image)
