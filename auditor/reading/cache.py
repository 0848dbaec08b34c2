"""The read cache: a file's pages kept by content hash and engine settings, outside the case.

Re-auditing an unchanged case reads nothing again; a changed file has a new hash and is read
anew while the others come from the cache. Each entry also keeps the file's documents (kinds
and extracted fields) with the version of the extractors that made them: a hash of the
extractors' source, so any change to extraction classifies the cached pages again. Entries
live in the user cache directory, never in the case folder; they hold the text of documents,
so folders are made 0700 and files 0600 (`--no-cache` keeps nothing). Entries are pickles:
the cache folder must be the user's own.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from auditor.models import Document, ReadFile, SourceFile

# Bump when reading or line grouping changes what a page holds.
# 6: text layers read the way their text runs; 5: numbers OCR skipped, read again from
# wordless marks; 4: Page.marks
READER_VERSION = "6"


# What documents are made from besides the pages: every file of the extractors package, and
# the records they build.
_ROOT = Path(__file__).resolve().parents[2]
EXTRACTION_SOURCES = (_ROOT / "extractors", _ROOT / "auditor" / "models.py")


@functools.cache
def extractor_version() -> str:
    """A hash of the extractors' source (every file but bytecode), computed once per run.

    Safer than a version constant someone must remember to bump: any edit to an extractor, a
    parser, a pattern or the models changes it, and cached documents are made again.
    """
    digest = hashlib.sha256()
    for source in EXTRACTION_SOURCES:
        paths = sorted(source.rglob("*")) if source.is_dir() else [source]
        for path in paths:
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class Entry:
    """What the cache keeps for one file: its pages, and its documents with their version."""

    read: ReadFile
    extractor_version: str
    documents: tuple[Document, ...]


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
        """The file's cached pages, or None."""
        hit = self.lookup(file)
        return None if hit is None else hit[0]

    def lookup(self, file: SourceFile) -> tuple[ReadFile, tuple[Document, ...] | None] | None:
        """The file's cached pages and documents (None when made by other extractors), or None."""
        path = self._path(file)
        if path is None or not path.is_file():
            return None
        try:
            with open(path, "rb") as fh:
                cached = pickle.load(fh)
        except Exception:  # a damaged entry is a miss, not an error
            return None
        documents = None
        if isinstance(cached, Entry):
            if cached.extractor_version == extractor_version():
                documents = cached.documents
            cached = cached.read
        if not isinstance(cached, ReadFile):
            return None
        # The same content may sit at another path in another case: give it this file's identity.
        own = cached.file.__class__(file.path, file.relpath, file.sha256, file.size)
        read = ReadFile(own, cached.pages, cached.pdf, cached.problem, cached.notes)
        if documents is not None:
            documents = tuple(replace(d, file=own) for d in documents)
        return read, documents

    def put(self, read: ReadFile, documents: tuple[Document, ...] | None = None) -> None:
        """Keep the file's pages, and its documents when given (made by these extractors)."""
        path = self._path(read.file)
        if path is None or self.directory is None:
            return
        entry = read if documents is None else Entry(read, extractor_version(), documents)
        write_private(self.directory, path, pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))


def write_private(directory: Path, path: Path, data: bytes) -> None:
    """Write a cache entry atomically: folders 0700 from `directory` down, the file 0600.

    A cache that cannot be written only costs time: errors are ignored.
    """
    tmp = None
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder = directory
        for part in path.parent.relative_to(directory).parts:
            folder = folder / part
            folder.mkdir(exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
