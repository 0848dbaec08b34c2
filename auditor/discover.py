"""Finding the documents of a case folder, in a stable order, without following links out of it."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import CaseUnreadable
from auditor.models import SourceFile

NOT_DOCUMENTS = {"case.yaml", "case.yml", "review.yaml", "review.yml", "expected.yaml"}
HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class Skipped:
    """A file of the case folder that is not read, and why (reported as a finding)."""

    relpath: str
    reason: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _relpath(path: Path, root: Path) -> str:
    rel = path.relative_to(root).as_posix()
    # A file name that is not valid UTF-8 keeps its bytes as surrogates; show them escaped.
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def discover(case_dir: Path) -> tuple[list[SourceFile], list[Skipped]]:
    """Every document file below `case_dir`, sorted by path, and the files passed over.

    Hidden files and folders, case.yaml and review.yaml are not documents. Symbolic links are
    never followed (a link could lead out of the case folder); they are listed as skipped.
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
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        for d in list(dirnames):
            if d.startswith("."):
                dirnames.remove(d)
            elif (here / d).is_symlink():
                dirnames.remove(d)
                skipped.append(Skipped(_relpath(here / d, root), "a symbolic link (not followed)"))
        dirnames.sort()
        for name in sorted(filenames):
            path = here / name
            if name.startswith(".") or (here == root and name.lower() in NOT_DOCUMENTS):
                continue
            rel = _relpath(path, root)
            if path.is_symlink():
                skipped.append(Skipped(rel, "a symbolic link (not followed)"))
                continue
            if not path.is_file():
                skipped.append(Skipped(rel, "not a regular file"))
                continue
            try:
                files.append(SourceFile(path, rel, sha256_of(path), path.stat().st_size))
            except OSError as exc:
                skipped.append(Skipped(rel, f"cannot be read ({exc.strerror})"))
    files.sort(key=lambda f: f.relpath)
    return files, skipped
