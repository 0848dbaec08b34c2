"""Counting %%EOF markers and finding /Encrypt in chunks, whatever the chunk boundaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.reading import pdf_text

DATA = b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\nupdate<</Encrypt 5 0 R>>\n%%EOF\nagain\n%%EOF\n"


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 8, 13, 1 << 20])
def test_markers_are_counted_once_across_any_chunk_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    path = tmp_path / "f.pdf"
    path.write_bytes(DATA)
    monkeypatch.setattr(pdf_text, "SCAN_CHUNK", chunk)
    assert pdf_text.scan_markers(path) == (3, True)


def test_no_markers(tmp_path: Path) -> None:
    path = tmp_path / "f.pdf"
    path.write_bytes(b"%PDF-1.4\nnothing here")
    assert pdf_text.scan_markers(path) == (0, False)
