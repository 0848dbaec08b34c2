"""Finding the documents of a case folder, in a stable order, without following links out of it."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import CaseUnreadable
from auditor.models import SourceFile
from auditor.reading.content import MAX_FILE_BYTES, sha256_below

NOT_DOCUMENTS = {"case.yaml", "case.yml", "review.yaml", "review.yml", "expected.yaml"}
# The auditor's default report folder: one left inside a case folder by an older version (which
# wrote `./audit-reports/` from `cd case && audit .`) holds reports, not the client's documents.
REPORTS_FOLDER = "audit-reports"

LINK = (
    "a symbolic link, which the auditor does not follow (it could lead out of the case "
    "folder); put the document itself in the folder"
)
SPECIAL = "not a regular file (a device, socket or named pipe), so it is not read"
# Folders below this many levels are not entered: a case file is a few levels deep, and a walk
# thousands deep would exhaust Python's recursion (os.walk recurses) and the path length.
MAX_DEPTH = 32
TOO_DEEP = (
    f"a folder nested more than {MAX_DEPTH} levels deep, so none of its files were read; "
    "move the documents up"
)


@dataclass(frozen=True)
class Skipped:
    """A file of the case folder that is not read, and why (reported as a finding)."""

    relpath: str
    reason: str


def sha256_of(path: Path) -> str:
    """The file's content hash; opened without following links or blocking on a pipe."""
    return sha256_below(path.parent, (path.name,))[0]


def _relpath(path: Path, root: Path) -> str:
    rel = path.relative_to(root).as_posix()
    # A file name that is not valid UTF-8 keeps its bytes as surrogates; show them escaped.
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _unreadable(exc: OSError, what: str = "file") -> str:
    why = (exc.strerror or str(exc)).lower()
    return f"the {what} cannot be opened ({why}); check its permissions, or ask for a new copy"


def _too_large(size: int) -> str:
    return (
        f"the file is {size / 1024**2:,.0f} MB, larger than any document the auditor reads "
        f"({MAX_FILE_BYTES // 1024**2} MB); ask the client for a smaller scan"
    )


def discover(case_dir: Path) -> tuple[list[SourceFile], list[Skipped]]:
    """Every document file below `case_dir`, sorted by path, and the files passed over.

    Hidden files and folders, case.yaml, review.yaml and folders named `audit-reports` (the
    auditor's own report folders) are not documents. Symbolic links are
    never followed (a link could lead out of the case folder); they are listed as skipped, as
    are special files, files and folders that cannot be read, and files too large to be
    documents. Nothing in the folder is opened for writing.
    """
    root = case_dir.resolve()
    if not root.is_dir():
        raise CaseUnreadable(f"{case_dir}: not a folder")
    try:
        os.listdir(root)
    except OSError as exc:
        raise CaseUnreadable(f"{case_dir}: cannot be read ({exc.strerror})") from exc
    files: list[SourceFile] = []
    skipped: list[Skipped] = []

    def walk_error(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        rel = _relpath(where, root) if where != root else "."
        skipped.append(Skipped(rel, _unreadable(exc, "folder") + "; none of its files were read"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=walk_error, followlinks=False):
        here = Path(dirpath)
        deep = len(here.relative_to(root).parts) >= MAX_DEPTH
        for d in list(dirnames):
            if d.startswith(".") or d == REPORTS_FOLDER:
                dirnames.remove(d)
            elif (here / d).is_symlink():
                dirnames.remove(d)
                skipped.append(Skipped(_relpath(here / d, root), LINK))
            elif deep:
                dirnames.remove(d)
                skipped.append(Skipped(_relpath(here / d, root), TOO_DEEP))
        dirnames.sort()
        for name in sorted(filenames):
            path = here / name
            if name.startswith(".") or (here == root and name.lower() in NOT_DOCUMENTS):
                continue
            rel = _relpath(path, root)
            try:
                info = path.lstat()
            except OSError as exc:
                skipped.append(Skipped(rel, _unreadable(exc)))
                continue
            if stat.S_ISLNK(info.st_mode):
                skipped.append(Skipped(rel, LINK))
            elif not stat.S_ISREG(info.st_mode):
                skipped.append(Skipped(rel, SPECIAL))
            elif info.st_size > MAX_FILE_BYTES:
                skipped.append(Skipped(rel, _too_large(info.st_size)))
            else:
                try:
                    digest, size = sha256_below(root, path.relative_to(root).parts)
                except OSError as exc:
                    skipped.append(Skipped(rel, _unreadable(exc)))
                else:  # the size of the bytes hashed, which the readers will check again
                    files.append(SourceFile(path, rel, digest, size))
    files.sort(key=lambda f: f.relpath)
    skipped.sort(key=lambda s: s.relpath)
    return files, skipped
