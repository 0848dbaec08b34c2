"""The read cache trusts nothing it finds (issue 18, item 10): a planted pickle is never loaded,
an edited or swapped entry is a miss and the file is read again with its true values, and a
cache folder others can write is refused."""

from __future__ import annotations

import ast
import os
import pickle
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.reading import cache as read_cache
from tests.unit.cache_cases import classify_case

AUDITOR = Path(read_cache.__file__).resolve().parents[1]
CACHE_MODULES = (
    AUDITOR / "reading" / "cache.py",
    AUDITOR / "reading" / "cache_records.py",
    AUDITOR / "reading" / "cache_store.py",
    AUDITOR / "report" / "picture_cache.py",
)


def entries_holding(cache: Path, text: bytes) -> list[Path]:
    """The cache's entry files (whatever their format) whose bytes hold `text`."""
    return [p for p in cache.rglob("*") if p.is_file() and text in p.read_bytes()]


class RunsCode:
    """Unpickling this makes the folder `marker`: a stand-in for any command."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.mkdir, (str(self.marker),))


def test_the_cache_modules_cannot_load_code() -> None:
    for module in CACHE_MODULES:
        tree = ast.parse(module.read_text())
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not imported & {"pickle", "marshal", "shelve", "dill", "cloudpickle"}, module


def test_a_planted_pickle_is_never_loaded(letters: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    classify_case(letters, cache)
    planted = pickle.dumps(RunsCode(tmp_path / "marker"))
    # Loading the plant would run its code: proved on a copy that makes another marker.
    pickle.loads(pickle.dumps(RunsCode(tmp_path / "proof")))
    assert (tmp_path / "proof").is_dir()
    # Every entry replaced by the plant, and the plant also where the old cache kept pickles.
    entries = [p for p in cache.rglob("*") if p.is_file() and p.name != "key"]
    assert len(entries) == 2
    legacy = []
    for entry in entries:
        entry.write_bytes(planted)
        legacy.append(cache / entry.name[:2] / (entry.name.split(".")[0] + ".pickle"))
        legacy[-1].parent.mkdir(exist_ok=True)
        legacy[-1].write_bytes(planted)

    again, seen = classify_case(letters, cache)

    assert not (tmp_path / "marker").exists()
    assert sorted(p.file for p in seen) == ["letter0.pdf", "letter1.pdf"]  # read again
    assert [docs[0].value("job_title") for _, docs in again] == ["Cook", "Welder"]
    assert all(planted not in p.read_bytes() for p in entries)  # replaced by real entries
    assert not any(p.exists() for p in legacy)  # old pickles are deleted, never read
    _, seen = classify_case(letters, cache)
    assert seen == []


def test_an_edited_entry_is_a_miss_and_the_file_is_read_with_its_true_values(
    letters: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    classify_case(letters, cache)
    (entry,) = entries_holding(cache, b"Welder")
    data = entry.read_bytes()
    entry.write_bytes(data.replace(b"Welder", b"Welded"))  # one byte changed

    again, seen = classify_case(letters, cache)

    assert [p.file for p in seen] == ["letter1.pdf"]
    assert again[1][1][0].value("job_title") == "Welder"
    assert entry.read_bytes() == data  # the entry was replaced with the true values
    _, seen = classify_case(letters, cache)
    assert seen == []


def test_an_entry_copied_under_another_files_name_is_a_miss(letters: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    classify_case(letters, cache)
    (cook,) = entries_holding(cache, b"Cook")
    (welder,) = entries_holding(cache, b"Welder")
    welder.write_bytes(cook.read_bytes())  # a genuine entry, of another file

    again, seen = classify_case(letters, cache)

    assert [p.file for p in seen] == ["letter1.pdf"]
    assert again[1][1][0].value("job_title") == "Welder"


def test_the_secret_is_private(letters: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    classify_case(letters, cache)
    key = cache / "key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.stat().st_uid == os.geteuid()
    assert len(key.read_bytes()) == 32
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700


def test_a_secret_others_can_read_is_replaced_and_old_entries_are_misses(
    letters: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    classify_case(letters, cache)
    key = cache / "key"
    old = key.read_bytes()
    key.chmod(0o644)
    _, seen = classify_case(letters, cache)
    assert len(seen) == 2  # signed with a secret others may know: not trusted
    assert key.read_bytes() != old
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_a_folder_others_can_write_is_not_used_by_the_pipeline(
    letters: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    classify_case(letters, cache)
    _, seen = classify_case(letters, cache)
    assert len(seen) == 2
    assert list(cache.iterdir()) == []
    assert f"cache not used: {cache} can be written by every user (mode 0777)" in caplog.text


# --- the command refuses an unsafe cache folder (exit 2, one line) ----------------------------


def audit_with_cache(case: Path, cache: Path, out: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(cache))
    return CliRunner().invoke(app, [str(case), "--out", str(out), "-q", "--jobs", "1"])


@pytest.mark.parametrize(
    ("mode", "problem"),
    [(0o777, "can be written by every user (mode 0777)"), (0o770, "can be written by its group")],
)
def test_the_audit_refuses_a_cache_folder_others_can_write(
    letters: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int, problem: str
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(mode)
    result = audit_with_cache(letters, cache, tmp_path / "out", monkeypatch)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"audit: error: cache folder {cache} {problem}")
    assert "--no-cache" in result.stderr and "AUDIT_CACHE_DIR" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()
    assert list(cache.iterdir()) == []


def test_the_audit_refuses_a_cache_folder_of_another_user(
    letters: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    if os.geteuid() == 0:
        os.chown(cache, 4242, -1)
    else:  # the folder is ours: the audit is made to run as someone else
        from auditor.reading import cache_store

        monkeypatch.setattr(cache_store.os, "geteuid", lambda: 4242)
    result = audit_with_cache(letters, cache, tmp_path / "out", monkeypatch)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"audit: error: cache folder {cache} belongs to another user")
    assert not (tmp_path / "out").exists()


def test_the_audit_makes_a_missing_cache_folder_private(
    letters: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "new" / "cache"
    result = audit_with_cache(letters, cache, tmp_path / "out", monkeypatch)
    assert result.exit_code in (0, 1), result.output
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert list(cache.rglob("*.entry"))
