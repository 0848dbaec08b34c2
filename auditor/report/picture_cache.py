"""The report's pictures kept between runs, so re-auditing an unchanged case draws nothing.

A picture (an evidence crop or a page thumbnail, already masked and encoded) is named by
everything it is drawn from: the file's content hash, the page as it was read (number, turn,
skew, size), what is drawn (the thumbnail, or the crop of one box), the boxes painted over, and
a hash of the code that draws pictures. Anything else that changed makes another name, so an
entry is never stale. Entries sit beside the read cache (`pictures/` in the user cache
directory), folders 0700 and files 0600, like the pages they are drawn from, with the same
guarantees (`auditor.reading.cache_store`): the folder is checked to be the user's own, every
entry is authenticated with the user's secret before it is read, and the cache is bounded in
size. An entry is JSON holding a base64 JPEG data URI and two integers, checked strictly: it
reaches the report only as that.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from auditor.models import BBox, Page, SourceFile
from auditor.reading.cache_store import EntryStore

JPEG_URI = re.compile(r"data:image/jpeg;base64,[A-Za-z0-9+/]+={0,2}")
_AUDITOR = Path(__file__).resolve().parent.parent
# The code a picture depends on: how a page is rendered, turned, straightened, masked, cropped
# and encoded.
DRAWING_SOURCES = (
    _AUDITOR / "reading" / "pictures.py",
    _AUDITOR / "reading" / "scans.py",
    _AUDITOR / "reading" / "pdf_text.py",  # opens the PDF
    _AUDITOR / "reading" / "imaging.py",
    _AUDITOR / "reading" / "ocr.py",
    _AUDITOR / "report" / "evidence.py",
)


@functools.cache
def drawing_version() -> str:
    """A hash of the drawing code and of the libraries that render and encode, once per run."""
    libraries = ";".join(metadata.version(name) for name in ("pillow", "pypdfium2"))
    digest = hashlib.sha256(libraries.encode())
    for source in DRAWING_SOURCES:
        digest.update(source.read_bytes() + b"\0")
    return digest.hexdigest()


def picture_key(
    file: SourceFile, page: Page, what: str, bbox: BBox | None, masked: Sequence[BBox]
) -> str:
    """The name of one picture: `what` is "thumbnail" or "crop" (of `bbox`)."""
    parts: list[Any] = [
        drawing_version(),
        file.sha256,
        page.number,
        page.rotation,
        page.skew,
        page.width,
        page.height,
        what,
        list(bbox) if bbox is not None else None,
        [list(b) for b in masked],
    ]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


class PictureCache:
    """Encoded pictures by `picture_key`; a directory of None keeps nothing."""

    def __init__(self, directory: Path | None, bound: int | None = None) -> None:
        self.directory = directory
        self.store = EntryStore(directory, "pictures", bound)

    def get(self, key: str) -> tuple[str, int, int] | None:
        """(data URI, width, height), or None when not kept (or the entry is not authentic,
        or not exactly what `put` writes)."""
        if self.directory is None:
            return None
        payload = self.store.read(key)
        if payload is None:
            return None
        try:
            entry = json.loads(payload)
        except (ValueError, RecursionError):
            return None
        if type(entry) is not dict or entry.keys() != {"uri", "width", "height"}:
            return None
        uri, width, height = entry["uri"], entry["width"], entry["height"]
        if not (isinstance(uri, str) and JPEG_URI.fullmatch(uri)):
            return None
        if not (type(width) is int and type(height) is int and width > 0 and height > 0):
            return None
        return uri, width, height

    def put(self, key: str, uri: str, width: int, height: int) -> None:
        if self.directory is None:
            return
        data = json.dumps({"uri": uri, "width": width, "height": height}).encode("ascii")
        self.store.write(key, data)
