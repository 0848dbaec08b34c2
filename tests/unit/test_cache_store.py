"""The cache's entries on disk: signed with the user's secret, bounded in size with the least
recently used pruned first, and never a file the cache did not name."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from auditor.reading import cache_store
from auditor.reading.cache_store import EntryStore, cache_size, folder_problem

NAMES = [f"{i:02x}" + "0" * 62 for i in range(20)]


def sizes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*.entry"))


def test_entries_round_trip_and_are_signed(tmp_path: Path) -> None:
    store = EntryStore(tmp_path, "read")
    store.write(NAMES[0], b'{"a": 1}')
    assert store.read(NAMES[0]) == b'{"a": 1}'
    assert store.read(NAMES[1]) is None
    path = store.path(NAMES[0])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = path.read_bytes()
    for i in range(len(data)):  # any one byte changed, anywhere, is a miss
        path.write_bytes(data[:i] + bytes([data[i] ^ 1]) + data[i + 1 :])
        assert store.read(NAMES[0]) is None, i
    path.write_bytes(data[:-1])
    assert store.read(NAMES[0]) is None


def test_an_entry_of_one_kind_is_not_one_of_another(tmp_path: Path) -> None:
    EntryStore(tmp_path, "read").write(NAMES[0], b"{}")
    pictures = EntryStore(tmp_path, "pictures")
    pictures.path(NAMES[0]).parent.mkdir(parents=True)
    pictures.path(NAMES[0]).write_bytes(EntryStore(tmp_path, "read").path(NAMES[0]).read_bytes())
    assert pictures.read(NAMES[0]) is None


def test_entries_signed_with_another_secret_are_misses(tmp_path: Path) -> None:
    EntryStore(tmp_path, "read").write(NAMES[0], b"{}")
    (tmp_path / "key").unlink()
    assert EntryStore(tmp_path, "read").read(NAMES[0]) is None
    assert len((tmp_path / "key").read_bytes()) == 32


def test_a_linked_secret_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"k" * 32)
    elsewhere.chmod(0o600)
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    (cache / "key").symlink_to(elsewhere)
    store = EntryStore(cache, "read")
    store.write(NAMES[0], b"{}")
    assert store.read(NAMES[0]) == b"{}"
    assert not (cache / "key").is_symlink()
    assert elsewhere.read_bytes() == b"k" * 32


def test_a_linked_entry_is_not_followed(tmp_path: Path) -> None:
    store = EntryStore(tmp_path / "cache", "read")
    store.write(NAMES[0], b"{}")
    genuine = tmp_path / "genuine"
    genuine.write_bytes(store.path(NAMES[0]).read_bytes())
    store.path(NAMES[0]).unlink()
    store.path(NAMES[0]).symlink_to(genuine)
    assert store.read(NAMES[0]) is None


def test_pruning_keeps_the_cache_under_its_bound_least_recently_used_first(
    tmp_path: Path,
) -> None:
    store = EntryStore(tmp_path, "read", bound=10_000)
    payload = b"x" * 900  # ~1 KB an entry with its header
    for i, name in enumerate(NAMES[:8]):
        store.write(name, payload)
        os.utime(store.path(name), (1_000_000 + i, 1_000_000 + i))  # written one after another
    assert store.read(NAMES[0]) == payload  # the oldest, used again: now the most recent
    for name in NAMES[8:14]:
        store.write(name, payload)
        assert sizes(tmp_path) <= 10_000
    kept = {p.stem for p in tmp_path.rglob("*.entry")}
    assert kept == {NAMES[0], *NAMES[5:14]}  # the least recently used went first
    for name in NAMES[14:]:
        store.write(name, payload)
        assert sizes(tmp_path) <= 10_000
    assert cache_size(tmp_path) == sizes(tmp_path)


def test_the_bound_is_shared_by_every_kind_of_entry(tmp_path: Path) -> None:
    read = EntryStore(tmp_path, "read", bound=5_000)
    pictures = EntryStore(tmp_path, "pictures", bound=5_000)
    for name in NAMES:
        read.write(name, b"r" * 900)
        pictures.write(name, b"p" * 900)
    assert sizes(tmp_path) <= 5_000


def test_pruning_touches_only_files_the_cache_named(tmp_path: Path) -> None:
    """AUDIT_CACHE_DIR may point at a folder holding other files: those are never deleted,
    whatever the bound. Entries of earlier versions (pickles) are deleted on sight."""
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / "report.pdf").write_bytes(b"%PDF" * 1000)
    (tmp_path / "ab" / ("a" * 64 + ".pickle")).write_bytes(b"old")
    store = EntryStore(tmp_path, "read", bound=0)
    store.write(NAMES[0], b"{}")
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert (tmp_path / "ab" / "report.pdf").exists()
    assert not (tmp_path / "ab" / ("a" * 64 + ".pickle")).exists()
    assert list(tmp_path.rglob("*.entry")) == []  # a bound of 0 keeps nothing


def test_the_bound_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache_store.MAX_MB_ENV, raising=False)
    assert cache_store.max_bytes() == 2 * 1024**3
    monkeypatch.setenv(cache_store.MAX_MB_ENV, "300")
    assert cache_store.max_bytes() == 300 * 1024**2
    for bad in ("lots", "-1", "1.5"):
        monkeypatch.setenv(cache_store.MAX_MB_ENV, bad)
        assert cache_store.max_bytes() == 2 * 1024**3


def test_folder_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert folder_problem(tmp_path / "new") is None
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    (tmp_path / "file").write_text("")
    assert folder_problem(tmp_path / "file") is not None
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared").chmod(0o1777)
    assert folder_problem(tmp_path / "shared") == "can be written by every user (mode 1777)"
    (tmp_path / "shared").chmod(0o755)
    assert folder_problem(tmp_path / "shared") is None  # others may list it, not change it
    monkeypatch.setattr(cache_store.os, "geteuid", lambda: 4242)
    assert folder_problem(tmp_path / "shared") == (
        f"belongs to another user (uid {os.stat(tmp_path).st_uid}, you are 4242)"
    )


def test_an_unfit_folder_keeps_nothing(tmp_path: Path) -> None:
    tmp_path.chmod(0o775)
    store = EntryStore(tmp_path, "read")
    store.write(NAMES[0], b"{}")
    assert store.read(NAMES[0]) is None
    assert list(tmp_path.iterdir()) == []
    tmp_path.chmod(0o700)


def test_a_name_is_never_a_path(tmp_path: Path) -> None:
    store = EntryStore(tmp_path / "cache", "read")
    for name in ("../../escaped" + "0" * 52, "/etc/passwd", NAMES[10].upper(), NAMES[0] + "/x"):
        store.write(name, b"{}")
        assert store.read(name) is None
    assert not (tmp_path / "escaped").exists()
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["key"]


def test_two_audits_making_the_secret_at_once_agree_on_it(tmp_path: Path) -> None:
    first = cache_store.load_key(tmp_path)
    # The second audit found no secret a moment ago and makes its own: the first one's wins.
    assert cache_store._new_key(tmp_path, replace=False) == first
    assert (tmp_path / "key").read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["key"]  # no temporary file left
