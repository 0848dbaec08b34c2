"""The read cache: a file's pages kept by content hash and engine settings, outside the case.

Re-auditing an unchanged case reads nothing again; a changed file has a new hash and is read
anew while the others come from the cache. Entries live in the user cache directory, never in
the case folder; they hold the text of documents, so folders are made 0700 and files 0600
(`--no-cache` keeps nothing). Entries are pickles: the cache folder must be the user's own.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

import platformdirs

from auditor.models import ReadFile, SourceFile

# Bump when reading or line grouping changes what a page holds.
READER_VERSION = "4"  # 4: Page.marks (ink that is not text), text pages at 36 dpi


def default_dir() -> Path:
    return Path(os.environ.get("AUDIT_CACHE_DIR") or platformdirs.user_cache_dir("cec-auditor"))


class ReadCache:
    """Pickled ReadFiles named by sha256 of (file content hash, reader version, engine)."""

    def __init__(self, directory: Path | None, engine_key: str) -> None:
        self.directory = directory
        self.engine_key = engine_key

    def _path(self, file: SourceFile) -> Path | None:
        if self.directory is None:
            return None
        key = hashlib.sha256(f"{file.sha256};{READER_VERSION};{self.engine_key}".encode())
        return self.directory / key.hexdigest()[:2] / f"{key.hexdigest()}.pickle"

    def get(self, file: SourceFile) -> ReadFile | None:
        path = self._path(file)
        if path is None or not path.is_file():
            return None
        try:
            with open(path, "rb") as fh:
                cached = pickle.load(fh)
        except Exception:  # a damaged entry is a miss, not an error
            return None
        if not isinstance(cached, ReadFile):
            return None
        # The same content may sit at another path in another case: give it this file's identity.
        return ReadFile(
            cached.file.__class__(file.path, file.relpath, file.sha256, file.size),
            cached.pages,
            cached.pdf,
            cached.problem,
            cached.notes,
        )

    def put(self, read: ReadFile) -> None:
        path = self._path(read.file)
        if path is None or self.directory is None:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            path.parent.mkdir(exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(read, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
