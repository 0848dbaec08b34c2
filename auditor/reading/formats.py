"""What a file is by its first bytes, whatever its name says, and why an unknown one is not read."""

from __future__ import annotations


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
ASK_AGAIN = "ask the client for it as a PDF or a JPEG/PNG photo"


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
        what = "an HEIC/AVIF photo (the iPhone camera format), which the auditor cannot read"
    elif head.startswith(b"PK\x03\x04"):
        what = (
            "a Word or other Office document"
            if b"word/" in head or b"[content_types]" in low
            else "a ZIP archive or Office document"
        )
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        what = "an old-style Microsoft Office document"
    elif head.startswith(b"{\\rtf"):
        what = "a rich-text (RTF) document"
    elif b"<html" in low or b"<!doctype html" in low:
        what = "a web page (HTML)"
    elif _is_text(head):
        what = "plain text, not a scanned or printed document"
    else:
        what = "of no format the auditor reads (PDF, PNG, JPEG, TIFF)"
    if suffix.lower() in PDF_SUFFIXES | IMAGE_SUFFIXES:
        return f"its name ends in {suffix} but it is {what}; {ASK_AGAIN}"
    return f"the file is {what}; {ASK_AGAIN}"


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
        shown = "a PDF" if kind == "pdf" else "an image"
        return (f"the file is named {suffix} but is {shown}; it was read as {shown}",)
    return ()
