"""Writing reports atomically and privately: each file by a rename, a case's reports as one set.

A reader of a case's report folder sees the old set of reports or the new one, never a new
report.json beside an older report.html with another verdict: the set is written into a
temporary folder beside the target, then renamed into place; formats not written this run are
removed, so no stale report survives beside the new ones.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

REPORT_MODE = 0o600
# Every file a case's report folder holds; another format's file is stale once a set is written.
REPORT_FILES = frozenset({"report.json", "report.html", "requests.html"})
INDEX_FILE = "index.html"  # a batch's index, in the folder above the cases' report folders
# Ctrl-C, `kill` and a closed terminal wait until the files of a set are all in place.
DEFERRED_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# A temporary folder of a set this old was left by a killed run (no run renders for an hour).
LEFTOVER_SECONDS = 3600

Writer = Callable[[Path], Path]  # writes one report into the folder given, returns its path


def folder_mode(mode: int) -> int:
    """The mode of a report folder for reports of `mode`: whoever may read may enter."""
    return mode | (mode & 0o444) >> 2


def write_atomic(path: Path, content: str | bytes, mode: int = REPORT_MODE) -> Path:
    """Write `content` so that readers see the old file or the whole new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def write_report_set(
    target: Path, writers: Sequence[Writer], mode: int = REPORT_MODE
) -> list[Path]:
    """Write one case's reports into `target` as a set and return their paths there.

    Each writer renders into `.<target>.tmp-XXXX/` beside `target` (inside it when only the
    folder itself may be written, as on a shared drive); an error or Ctrl-C while rendering
    removes that folder and leaves `target` as it was.
    """
    real = Path(os.path.abspath(target))  # `.` and `r/..` have a name and a parent too
    real.parent.mkdir(parents=True, exist_ok=True)
    beside = not real.is_dir() or os.access(real.parent, os.W_OK | os.X_OK)
    home = real.parent if beside else real
    remove_leftovers(home, real.name)
    staging = Path(tempfile.mkdtemp(dir=home, prefix=f".{real.name}.tmp-"))
    try:
        os.chmod(staging, folder_mode(mode))
        names = [writer(staging).name for writer in writers]
        _move_in(staging, real, names)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / name for name in names]


def remove_leftovers(home: Path, name: str) -> None:
    """Remove the temporary folders of report folder `name`'s sets that a killed run left in
    `home` (they hold reports, personal data); one younger than an hour may be another run's."""
    now = time.time()
    for pattern in (f".{name}.tmp-*", f".{name}.old-*"):
        for leftover in home.glob(pattern):
            with contextlib.suppress(OSError):
                info = leftover.lstat()
                if stat.S_ISDIR(info.st_mode) and now - info.st_mtime > LEFTOVER_SECONDS:
                    shutil.rmtree(leftover)


def remove_index(out_dir: Path) -> None:
    """Remove the index an earlier batch left in `out_dir`."""
    (out_dir / INDEX_FILE).unlink(missing_ok=True)


def _holds_only_reports(folder: Path) -> bool:
    """Whether `folder` is a real folder holding nothing but report files, and not the working
    folder or above it (so it may be replaced whole: nothing of the user's is in it)."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    cwd = Path.cwd().resolve()
    if folder.resolve() in (cwd, *cwd.parents):
        return False
    return all(entry.name in REPORT_FILES and entry.is_file() for entry in folder.iterdir())


def _move_in(staging: Path, target: Path, names: list[str]) -> None:
    """Put the set written in `staging` at `target`, with no moment showing a mix of sets."""
    if not os.path.lexists(target):
        os.rename(staging, target)
    elif staging.parent != target and _holds_only_reports(target):
        _swap(staging, target)
    else:  # `--out` holds other things too (a batch's index, the user's files): keep them
        with signals_deferred():
            for name in names:
                os.replace(staging / name, target / name)
            for stale in REPORT_FILES - set(names):
                with contextlib.suppress(FileNotFoundError):
                    (target / stale).unlink()
            staging.rmdir()


def _swap(staging: Path, target: Path) -> None:
    """Rename the old folder aside, the new one in, then remove the old one."""
    os.chmod(staging, stat.S_IMODE(target.stat().st_mode))  # keep the folder's permissions
    aside = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old-"))
    with signals_deferred():
        os.replace(target, aside)  # an empty folder is replaced by a rename
        try:
            os.rename(staging, target)
        except BaseException:
            os.rename(aside, target)
            raise
        shutil.rmtree(aside, ignore_errors=True)  # before a held-back Ctrl-C can leave it


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold back Ctrl-C, SIGTERM and SIGHUP for the few renames of a set (main thread only);
    a signal that arrived meanwhile is handled when the block ends."""
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, DEFERRED_SIGNALS)
    except (AttributeError, ValueError, OSError):  # not on this platform
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
