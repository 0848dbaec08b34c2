"""The case folders named on the command line, checked before any file is read or hashed."""

from __future__ import annotations

import difflib
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import CaseUnreadable
from auditor.i18n import _
from auditor.reading.discover import NOT_DOCUMENTS, REPORTS_FOLDER
from auditor.reading.formats import sniff

HEAD_BYTES = 1024  # what `sniff` needs to tell a PDF or an image


@dataclass(frozen=True)
class CaseDirs:
    """The case folders that will be audited, and those refused, each with its one-line error."""

    accepted: tuple[Path, ...]
    refused: tuple[CaseUnreadable, ...]


def did_you_mean(path: Path) -> str:
    """`; did you mean cases/raman?` when a sibling folder's name is close to the missing one."""
    parent = path.parent
    try:
        names = [e.name for e in os.scandir(parent) if e.is_dir() and not e.name.startswith(".")]
    except OSError:
        return ""
    close = difflib.get_close_matches(path.name, names, n=3, cutoff=0.6)
    if not close:
        return ""
    shown = " or ".join(str(parent / name) if str(parent) != "." else name for name in close)
    return _("; did you mean {folders}?").format(folders=shown)


def has_document(case_dir: Path) -> bool:
    """Whether any file below `case_dir` is a PDF or an image by its first bytes (hidden files,
    links, case.yaml and review.yaml and report folders passed over, as `discover` does)."""
    root = case_dir.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != REPORTS_FOLDER)
        for name in sorted(filenames):
            if name.startswith(".") or (here == root and name.lower() in NOT_DOCUMENTS):
                continue
            try:
                fd = os.open(here / name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            except OSError:
                continue  # a link or a file that cannot be opened: discover reports it
            try:
                if (
                    stat.S_ISREG(os.fstat(fd).st_mode)
                    and sniff(os.read(fd, HEAD_BYTES)) != "unknown"
                ):
                    return True
            except OSError:
                continue
            finally:
                os.close(fd)
    return False


def check_case_dir(case_dir: Path) -> None:
    """Raise CaseUnreadable (exit 3), in one line naming the path once, for a case folder that
    does not exist, is a file, cannot be read, or holds no document at all."""
    if not case_dir.exists():
        raise CaseUnreadable(
            _("{folder}: no such folder").format(folder=case_dir) + did_you_mean(case_dir)
        )
    if not case_dir.is_dir():
        raise CaseUnreadable(
            _("{folder}: a file, not a case folder; give the folder it is in").format(
                folder=case_dir
            )
        )
    try:
        os.listdir(case_dir)
    except OSError as exc:
        why = (exc.strerror or str(exc)).lower()
        raise CaseUnreadable(
            _("{folder}: the folder cannot be read ({why})").format(folder=case_dir, why=why)
        ) from exc
    if not has_document(case_dir):
        raise CaseUnreadable(
            _("no documents found in {folder} (no PDF, PNG, JPEG or TIFF file)").format(
                folder=case_dir
            )
        )


def check_case_dirs(case_dirs: Sequence[Path]) -> CaseDirs:
    """Every case folder checked (`check_case_dir`), in the order given."""
    accepted: list[Path] = []
    refused: list[CaseUnreadable] = []
    for case_dir in case_dirs:
        try:
            check_case_dir(case_dir)
        except CaseUnreadable as exc:
            refused.append(exc)
        else:
            accepted.append(case_dir)
    return CaseDirs(tuple(accepted), tuple(refused))
