"""The report's picture cache: names that change with anything a picture is drawn from, entries
that are private, and damaged or hostile entries that are misses."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path

from auditor.models import Page, SourceFile
from auditor.report.picture_cache import PictureCache, picture_key

FILE = SourceFile(Path("/case/letter.pdf"), "letter.pdf", "a" * 64, 1000)
PAGE = Page(number=1, width=612.0, height=792.0, lines=(), source="text")
URI = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ=="


def test_the_name_changes_with_everything_a_picture_is_drawn_from() -> None:
    base = picture_key(FILE, PAGE, "crop", (10.0, 20.0, 30.0, 40.0), [])
    variants = [
        picture_key(replace(FILE, sha256="b" * 64), PAGE, "crop", (10.0, 20.0, 30.0, 40.0), []),
        picture_key(FILE, replace(PAGE, number=2), "crop", (10.0, 20.0, 30.0, 40.0), []),
        picture_key(FILE, replace(PAGE, rotation=90), "crop", (10.0, 20.0, 30.0, 40.0), []),
        picture_key(FILE, replace(PAGE, skew=1.5), "crop", (10.0, 20.0, 30.0, 40.0), []),
        picture_key(FILE, PAGE, "crop", (10.0, 20.0, 30.0, 41.0), []),
        picture_key(FILE, PAGE, "thumbnail", None, []),
        picture_key(FILE, PAGE, "crop", (10.0, 20.0, 30.0, 40.0), [(1.0, 2.0, 3.0, 4.0)]),
    ]
    assert len({base, *variants}) == len(variants) + 1
    # Where the file sits does not matter: the same content in another case is the same picture.
    moved = replace(FILE, path=Path("/other/x.pdf"), relpath="x.pdf")
    assert picture_key(moved, PAGE, "crop", (10.0, 20.0, 30.0, 40.0), []) == base


def test_entries_are_private_and_read_back(tmp_path: Path) -> None:
    cache = PictureCache(tmp_path / "cache")
    key = picture_key(FILE, PAGE, "thumbnail", None, [])
    cache.put(key, URI, 200, 250)
    assert cache.get(key) == (URI, 200, 250)
    files = list((tmp_path / "cache").rglob("*.entry"))
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    folder = files[0].parent
    while folder != tmp_path:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        folder = folder.parent


def test_damaged_or_hostile_entries_are_misses(tmp_path: Path) -> None:
    """Authentic entries (signed with the user's secret) that are not exactly what `put`
    writes are misses too: the data URI goes into the report as it is."""
    cache = PictureCache(tmp_path)
    key = picture_key(FILE, PAGE, "thumbnail", None, [])
    for text in (
        "{not json",
        json.dumps({"uri": URI}),
        json.dumps(
            {"uri": 'data:image/jpeg;base64,AA"><script>alert(1)</script>', "width": 1, "height": 1}
        ),
        json.dumps({"uri": "javascript:alert(1)", "width": 1, "height": 1}),
        json.dumps({"uri": URI, "width": "1", "height": 1}),
        json.dumps({"uri": URI, "width": True, "height": 1}),
        json.dumps({"uri": URI, "width": 1, "height": 1, "onload": "x"}),
        json.dumps([URI, 1, 1]),
        "[" * 100_000,
    ):
        cache.store.write(key, text.encode())
        assert cache.get(key) is None, text


def test_an_edited_picture_is_a_miss(tmp_path: Path) -> None:
    cache = PictureCache(tmp_path)
    key = picture_key(FILE, PAGE, "thumbnail", None, [])
    cache.put(key, URI, 200, 250)
    path = next(tmp_path.rglob("*.entry"))
    data = path.read_bytes()
    path.write_bytes(data.replace(b'"width": 200', b'"width": 900'))
    assert path.read_bytes() != data
    assert cache.get(key) is None
    cache.put(key, URI, 200, 250)  # drawn again and replaced
    assert cache.get(key) == (URI, 200, 250)


def test_a_folder_others_can_write_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o777)
    cache = PictureCache(folder)
    key = picture_key(FILE, PAGE, "thumbnail", None, [])
    cache.put(key, URI, 200, 250)
    assert cache.get(key) is None
    assert list(folder.iterdir()) == []


def test_no_directory_keeps_nothing(tmp_path: Path) -> None:
    cache = PictureCache(None)
    key = picture_key(FILE, PAGE, "thumbnail", None, [])
    cache.put(key, URI, 1, 1)
    assert cache.get(key) is None
