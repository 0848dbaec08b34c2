"""What a file is by its first bytes, whatever its name says, and why an unknown one is not read."""

from __future__ import annotations

from auditor.i18n import N_
from auditor.reading import notes


def sniff(head: bytes) -> str:
    """What a file is by its first bytes, whatever its name says."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    signatures = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"BM")
    if head.startswith(signatures) or (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        return "image"
    return "unknown"


PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp"}


def describe_unknown(head: bytes, suffix: str) -> str:
    """Why a file of no readable format is not read, in words a consultant acts on."""
    low = head.lower()
    if head[4:8] == b"ftyp" and head[8:12] in (
        b"heic",
        b"heix",
        b"mif1",
        b"msf1",
        b"hevc",
        b"avif",
    ):
        what = N_("an HEIC/AVIF photo (the iPhone camera format), which the auditor cannot read")
    elif head.startswith(b"PK\x03\x04"):
        what = (
            N_("a Word or other Office document")
            if b"word/" in head or b"[content_types]" in low
            else N_("a ZIP archive or Office document")
        )
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        what = N_("an old-style Microsoft Office document")
    elif head.startswith(b"{\\rtf"):
        what = N_("a rich-text (RTF) document")
    elif b"<html" in low or b"<!doctype html" in low:
        what = N_("a web page (HTML)")
    elif _is_text(head):
        what = N_("plain text, not a scanned or printed document")
    else:
        what = N_("of no format the auditor reads (PDF, PNG, JPEG, TIFF)")
    if suffix.lower() in PDF_SUFFIXES | IMAGE_SUFFIXES:
        return notes.UNKNOWN_NAMED.format(suffix=suffix, what=what)
    return notes.UNKNOWN.format(what=what)


def _is_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return bool(text) and sum(c.isprintable() or c.isspace() for c in text) / len(text) > 0.95


def wrong_name(kind: str, suffix: str) -> tuple[str, ...]:
    """A note when a readable file's name says it is something else."""
    expected = PDF_SUFFIXES if kind == "pdf" else IMAGE_SUFFIXES
    if suffix and suffix.lower() not in expected:
        shown = notes.A_PDF if kind == "pdf" else notes.AN_IMAGE
        return (notes.WRONG_NAME.format(suffix=suffix, shown=shown),)
    return ()
