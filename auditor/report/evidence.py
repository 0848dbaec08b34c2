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

from auditor.models import BBox, Page, SourceFile
from auditor.reading import pictures
from auditor.report.picture_cache import PictureCache, picture_key

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
MASK_FILL = (60, 60, 60)  # grey: the same in a grey-level or a colour picture

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


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


Wanted = tuple[SourceFile, Page, int, "BBox | None"]  # a thumbnail (no box) or a crop


@dataclass
class PagePictures:
    """Renders pages once per report and hands out crops and thumbnails of them.

    With a `cache`, every picture made is kept, and a picture kept from an earlier run is
    handed out without drawing its page.
    """

    redact: Redact
    masks: dict[tuple[str, int], list[BBox]] = field(default_factory=dict)  # identifier fields
    max_crops: int = MAX_CROPS
    crops_made: int = 0
    cache: PictureCache = field(default_factory=lambda: PictureCache(None))
    _pages: dict[tuple[str, int, int], tuple[Image.Image, float] | None] = field(
        default_factory=dict
    )
    _masked: dict[tuple[str, int], list[BBox]] = field(default_factory=dict)
    _looked_up: dict[str, Picture | None] = field(default_factory=dict)  # by picture_key

    def prefetch(self, wanted: Iterable[Wanted], jobs: int) -> None:
        """Draw the pages of these pictures now, in parallel: one pool for all of them rather
        than a worker process started for each picture as it is asked for. Pictures the cache
        holds need no page."""
        todo: dict[tuple[str, int, int], tuple[SourceFile, Page, int]] = {}
        for file, page, dpi, bbox in wanted:
            key = (file.relpath, page.number, dpi)
            if key in self._pages or key in todo or self._kept(file, page, bbox) is not None:
                continue
            todo[key] = (file, page, dpi)
        if len(todo) < 2:  # one picture: drawn when asked for, without a pool
            return
        try:
            drawn = pictures.upright_page_images(list(todo.values()), jobs)
        except Exception as exc:  # a report must never fail for a picture: draw them one by one
            log.info("pictures not drawn in advance: %s", exc)
            return
        for (key, (file, page, _)), outcome in zip(todo.items(), drawn, strict=True):
            if isinstance(outcome, str):
                log.info("no picture of %s page %s: %s", file.relpath, page.number, outcome)
                self._pages[key] = None
            else:
                self._keep(key, file, page, *outcome)

    def _masked_boxes(self, file: SourceFile, page: Page) -> list[BBox]:
        """The page's boxes to paint over, in the page's own units."""
        key = (file.relpath, page.number)
        if key not in self._masked:
            extra = self.masks.get(key, [])
            self._masked[key] = sensitive_boxes(page, self.redact, extra)
        return self._masked[key]

    def _cache_key(self, file: SourceFile, page: Page, bbox: BBox | None) -> str:
        what = "thumbnail" if bbox is None else "crop"
        return picture_key(file, page, what, bbox, self._masked_boxes(file, page))

    def _kept(self, file: SourceFile, page: Page, bbox: BBox | None) -> Picture | None:
        if self.cache.directory is None or not file.sha256:
            return None
        try:
            key = self._cache_key(file, page, bbox)
            if key not in self._looked_up:  # prefetch looks first, then the report asks
                hit = self.cache.get(key)
                self._looked_up[key] = Picture(*hit) if hit is not None else None
        except Exception as exc:  # a cache that fails only costs time
            log.info("picture cache not read: %s", exc)
            return None
        return self._looked_up[key]

    def _remember(
        self, file: SourceFile, page: Page, bbox: BBox | None, picture: Picture
    ) -> Picture:
        if self.cache.directory is not None and file.sha256:
            try:
                key = self._cache_key(file, page, bbox)
                self.cache.put(key, picture.uri, picture.width, picture.height)
            except Exception as exc:  # a cache that fails only costs time
                log.info("picture not kept: %s", exc)
        return picture

    def _page(self, file: SourceFile, page: Page, dpi: int) -> tuple[Image.Image, float] | None:
        key = (file.relpath, page.number, dpi)
        if key not in self._pages:
            try:
                image, scale = pictures.upright_page_image(file, page, dpi=dpi)
            except Exception as exc:  # a report must never fail for a picture
                log.info("no picture of %s page %s: %s", file.relpath, page.number, exc)
                self._pages[key] = None
            else:
                self._keep(key, file, page, image, scale)
        return self._pages[key]

    def _keep(
        self,
        key: tuple[str, int, int],
        file: SourceFile,
        page: Page,
        image: Image.Image,
        scale: float,
    ) -> None:
        if image.mode not in ("L", "RGB"):
            image = image.convert("RGB")
        self._mask(image, file, page, scale)
        self._pages[key] = (image, scale)

    def _mask(self, image: Image.Image, file: SourceFile, page: Page, scale: float) -> None:
        # Pages are drawn in grey levels; the mask is grey too, so it is the same in any mode.
        fill: int | tuple[int, ...] = MASK_FILL if image.mode == "RGB" else MASK_FILL[0]
        white: int | tuple[int, ...] = (255, 255, 255) if image.mode == "RGB" else 255
        draw = ImageDraw.Draw(image)
        label = draw.textbbox((0, 0), "masked")  # the word is written only where it fits
        boxes = [
            (x0 * scale - 2, top * scale - 2, x1 * scale + 2, bottom * scale + 2)
            for x0, top, x1, bottom in self._masked_boxes(file, page)
        ]
        for box in boxes:
            draw.rectangle(box, fill=fill)
        labelled: list[tuple[float, float, float, float]] = []
        for box in boxes:  # after every box is painted, so no box covers a label
            wide = box[2] - box[0] >= label[2] + 8 and box[3] - box[1] >= max(10, label[3] + 2)
            if wide and not any(_overlap(box, other) for other in labelled):
                draw.text((box[0] + 4, box[1] + 1), "masked", fill=white)
                labelled.append(box)

    def crop(self, file: SourceFile, page: Page, bbox: BBox) -> Picture | None:
        """The region around `bbox` with the box outlined; None past the per-report limit."""
        if self.crops_made >= self.max_crops:
            return None
        kept = self._kept(file, page, bbox)
        if kept is not None:
            self.crops_made += 1
            return kept
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
        return self._remember(file, page, bbox, _jpeg(region))

    def thumbnail(self, file: SourceFile, page: Page) -> Picture | None:
        """The whole page, about THUMB_WIDTH pixels wide."""
        kept = self._kept(file, page, None)
        if kept is not None:
            return kept
        rendered = self._page(file, page, THUMB_DPI)
        if rendered is None:
            return None
        image = rendered[0].copy()
        image.thumbnail((THUMB_WIDTH, THUMB_WIDTH * 2))
        return self._remember(file, page, None, _jpeg(image))
