"""Counting %%EOF markers and finding /Encrypt in the bytes a PDF was read from."""

from __future__ import annotations

from auditor.reading import pdf_text

DATA = b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\nupdate<</Encrypt 5 0 R>>\n%%EOF\nagain\n%%EOF\n"


def test_markers_are_counted() -> None:
    assert pdf_text.scan_markers(DATA) == (3, True)


def test_no_markers() -> None:
    assert pdf_text.scan_markers(b"%PDF-1.4\nnothing here") == (0, False)
