"""A file swapped or edited while the case is audited: never outside content, never cached wrong.

Discovery hashes each file and the readers open it again later, in worker processes. In
between, a scan may be swapped for a link to a file outside the case, or its bytes replaced.
Whatever happens, the report shows the content discovery hashed, or says the file changed;
and the cache never keeps, under a file's hash, anything read from other bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from auditor import pipeline
from auditor.models import ReadFile, SourceFile
from auditor.pipeline import AuditOptions, read_files
from auditor.reading import pictures
from auditor.reading.cache import ReadCache
from auditor.reading.discover import discover

from .conftest import make_hostile

CHANGED = "the file changed while the case was being audited"
INSIDE = "Northwind Analytics employment letter for Priya Raman"
OUTSIDE = "OUTSIDE SECRET"


def _case(base: Path) -> tuple[Path, Path]:
    """A case of one text letter and one scan, and a folder outside it with look-alikes."""
    case, outside = base / "case", base / "outside"
    (case / "letters").mkdir(parents=True)
    outside.mkdir()
    (case / "letters" / "letter.pdf").write_bytes(make_hostile.text_pdf([INSIDE] * 3))
    (case / "scan.png").write_bytes(_picture("Pay statement Priya Raman"))
    (outside / "secret.pdf").write_bytes(make_hostile.text_pdf([f"{OUTSIDE} " * 4] * 3))
    (outside / "secret.png").write_bytes(_picture(f"{OUTSIDE} {OUTSIDE}"))
    return case, outside


def _picture(text: str) -> bytes:
    return make_hostile.png(make_hostile._page_picture("L", text, (1400, 600)))


def _swap_for_link(path: Path, target: Path) -> None:
    """Put a symbolic link to `target` where `path` was, in one rename, as an attacker would."""
    link = path.with_name(path.name + ".swap")
    os.symlink(target, link)
    os.replace(link, path)


def _text(read: ReadFile) -> str:
    return " ".join(page.text for page in read.pages)


def _cached_anywhere(cache_dir: Path, needle: str) -> list[Path]:
    """Cache entries whose bytes hold `needle` (whatever the entry format, text is kept whole)."""
    return [p for p in cache_dir.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def _check(read: ReadFile, original: SourceFile, inside: str, cache: ReadCache) -> None:
    """The file's report is its original content under its hash, or says it changed; the cache
    holds nothing for that hash, or the original content."""
    assert read.file.sha256 == original.sha256
    assert OUTSIDE not in _text(read) and OUTSIDE not in " ".join(read.notes)
    said_changed = CHANGED in (read.problem or "") or any(CHANGED in n for n in read.notes)
    assert said_changed or inside in _text(read), (read.problem, read.notes, _text(read))
    hit = cache.lookup(original)
    if hit is not None:
        assert OUTSIDE not in _text(hit[0])
        assert CHANGED not in (hit[0].problem or ""), "a passing condition was cached"


@pytest.mark.parametrize("how", ["link", "rewrite"])
def test_a_file_changed_between_discovery_and_reading_is_never_read_as_another(
    tmp_path, engine, how
):
    case, outside = _case(tmp_path)
    files, _ = discover(case)
    letter = next(f for f in files if f.relpath == "letters/letter.pdf")
    if how == "link":
        _swap_for_link(letter.path, outside / "secret.pdf")
    else:
        letter.path.write_bytes((outside / "secret.pdf").read_bytes())
    cache_dir = tmp_path / "cache"
    reads = read_files(files, engine, AuditOptions(jobs=2, cache_dir=cache_dir))
    cache = ReadCache(cache_dir, engine.settings_key)
    read = next(r for r in reads if r.file.relpath == "letters/letter.pdf")
    _check(read, letter, "Northwind", cache)
    assert CHANGED in (read.problem or ""), "the letter was swapped before any byte was read"
    assert cache.lookup(letter) is None
    assert not _cached_anywhere(cache_dir, OUTSIDE)
    scan = next(r for r in reads if r.file.relpath == "scan.png")
    assert "Pay" in _text(scan) and scan.problem is None  # the rest of the case is read


def test_a_scan_swapped_for_a_link_before_its_pages_are_read_is_never_read_as_another(
    tmp_path, engine, monkeypatch
):
    """The swap happens after the text pass (which only counts the scan's frames) and before
    OCR reads its page in a worker: the seam is the pipeline's call that runs the OCR tasks."""
    case, outside = _case(tmp_path)
    files, _ = discover(case)
    scan = next(f for f in files if f.relpath == "scan.png")
    real_run_tasks = pipeline.run_tasks

    def swap_before_ocr(fn, items, *args, **kwargs):
        if fn is pipeline._ocr_task:
            _swap_for_link(scan.path, outside / "secret.png")
        return real_run_tasks(fn, items, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_tasks", swap_before_ocr)
    cache_dir = tmp_path / "cache"
    reads = read_files(files, engine, AuditOptions(jobs=2, cache_dir=cache_dir))
    cache = ReadCache(cache_dir, engine.settings_key)
    read = next(r for r in reads if r.file.relpath == "scan.png")
    _check(read, scan, "Pay", cache)
    assert CHANGED in (read.problem or "")
    assert cache.lookup(scan) is None
    assert not _cached_anywhere(cache_dir, OUTSIDE)
    letter = next(r for r in reads if r.file.relpath == "letters/letter.pdf")
    assert "Northwind" in _text(letter)


def test_a_page_picture_of_a_swapped_file_is_not_drawn_from_the_other_file(tmp_path, engine):
    """The report draws pages after the audit: a file swapped by then gives no picture."""
    case, outside = _case(tmp_path)
    files, _ = discover(case)
    letter = next(f for f in files if f.relpath == "letters/letter.pdf")
    [read] = read_files([letter], engine, AuditOptions(jobs=1, cache_dir=None))
    page = read.pages[0]
    [before] = pictures.upright_page_images([(letter, page, 50)], 1)
    assert not isinstance(before, str), before
    _swap_for_link(letter.path, outside / "secret.pdf")
    [after] = pictures.upright_page_images([(letter, page, 50)], 1)
    assert isinstance(after, str) and CHANGED in after
