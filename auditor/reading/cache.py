"""The read cache: a file's pages kept by content hash and engine settings, outside the case.

Re-auditing an unchanged case reads nothing again; a changed file has a new hash and is read
anew while the others come from the cache. Each entry also keeps the file's documents (kinds
and extracted fields) with the version of the extractors that made them: a hash of the
extractors' source, so any change to extraction classifies the cached pages again. Entries
live in the user cache directory, never in the case folder; they hold the text of documents,
so folders are made 0700 and files 0600 (`--no-cache` keeps nothing). Entries are JSON
(`cache_records`), authenticated with a per-user secret in a folder checked to be the user's
own, and the cache is bounded in size (`cache_store`): nothing found there is trusted.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from pathlib import Path

import platformdirs

from auditor.errors import UsageError
from auditor.models import Document, ReadFile, SourceFile
from auditor.reading.cache_records import SCHEMA, Malformed, decode, encode
from auditor.reading.cache_store import EntryStore, folder_problem

log = logging.getLogger(__name__)

# Bump when reading or line grouping changes what a page holds.
# 8: text-layer pages rendered at 72 dpi for marks (fine signature pictures);
# 7: filled form fields read as words, pictures on text-layer pages OCRed; 6: text layers
# read the way their text runs; 5: numbers OCR skipped, read again from
# wordless marks; 4: Page.marks
READER_VERSION = "8"


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


def default_dir() -> Path:
    return Path(os.environ.get("AUDIT_CACHE_DIR") or platformdirs.user_cache_dir("cec-auditor"))


def checked_dir() -> Path:
    """The cache folder, when fit to hold the cache (`cache_store.folder_problem`).

    Raises UsageError (exit 2) naming the folder and what is wrong with it: the audit refuses
    to run rather than silently run without its cache or with an unsafe one.
    """
    folder = default_dir()
    problem = folder_problem(folder)
    if problem is not None:
        raise UsageError(
            f"cache folder {folder} {problem}: make it yours and private (chmod 700), "
            "or set AUDIT_CACHE_DIR to a folder of your own, or use --no-cache"
        )
    return folder


class ReadCache:
    """Each file's pages and documents, named by sha256 of (content hash, reader version,
    engine, schema), kept as authenticated JSON (`cache_store`, `cache_records`)."""

    def __init__(self, directory: Path | None, engine_key: str, bound: int | None = None) -> None:
        self.directory = directory
        self.engine_key = engine_key
        self.store = EntryStore(directory, "read", bound)

    def name(self, file: SourceFile) -> str:
        key = f"{file.sha256};{READER_VERSION};{self.engine_key};{SCHEMA}"
        return hashlib.sha256(key.encode()).hexdigest()

    def get(self, file: SourceFile) -> ReadFile | None:
        """The file's cached pages, or None."""
        hit = self.lookup(file)
        return None if hit is None else hit[0]

    def lookup(self, file: SourceFile) -> tuple[ReadFile, tuple[Document, ...] | None] | None:
        """The file's cached pages and documents (None when made by other extractors), or None.

        The same content may sit at another path in another case: what comes back carries the
        identity of the file asked for.
        """
        if self.directory is None:
            return None
        payload = self.store.read(self.name(file))
        if payload is None:
            return None
        try:
            read, extractor, documents = decode(payload, file)
        except Malformed as exc:  # authentic but not of this schema: a miss
            log.info("cache entry for %s not used: %s", file.relpath, exc)
            return None
        return read, documents if extractor == extractor_version() else None

    def put(self, read: ReadFile, documents: tuple[Document, ...] | None = None) -> None:
        """Keep the file's pages, and its documents when given (made by these extractors)."""
        if self.directory is None:
            return
        try:
            payload = encode(read, extractor_version(), documents)
        except Malformed as exc:
            log.info("%s not cached: %s", read.file.relpath, exc)
            return
        self.store.write(self.name(read.file), payload)
