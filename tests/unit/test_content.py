"""A file's bytes, read once below the case folder with no link followed, checked by hash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from auditor.reading import content
from auditor.reading import read as reading
from auditor.reading.discover import discover
from tests.unit.cache_cases import make_pdf


def _case(tmp_path: Path) -> tuple[Path, Path]:
    case = tmp_path / "case"
    (case / "letters").mkdir(parents=True)
    make_pdf(case / "letters" / "letter.pdf", "Northwind Analytics employment letter. " * 3)
    return case, case / "letters" / "letter.pdf"


def test_the_bytes_read_are_the_bytes_hashed(tmp_path: Path) -> None:
    case, path = _case(tmp_path)
    [file], _ = discover(case)
    assert content.content_of(file) == path.read_bytes()
    assert file.size == len(path.read_bytes())


def test_a_folder_swapped_for_a_link_is_not_followed_even_to_the_same_bytes(
    tmp_path: Path,
) -> None:
    """The folder is opened with O_NOFOLLOW too: a link to an outside copy is refused."""
    case, path = _case(tmp_path)
    [file], _ = discover(case)
    outside = tmp_path / "outside"
    (case / "letters").rename(outside)  # the same bytes, now outside the case
    os.symlink(outside, case / "letters")
    with pytest.raises(content.FileChanged):
        reading.read_text(file)


def test_a_file_past_the_size_limit_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-" + b"x" * 100)
    fd = os.open(path, os.O_RDONLY)
    try:
        with pytest.raises(OSError):
            content.read_descriptor(fd, limit=50)
    finally:
        os.close(fd)
