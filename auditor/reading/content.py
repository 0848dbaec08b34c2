"""A file's content, read once through one descriptor that follows no link, checked by its hash.

Discovery hashes each file; reading it later opens the path again, and in between the file may
be replaced, edited, or swapped for a symbolic link to something outside the case. So every
reader takes its bytes from `content_of`: the file opened below the case folder without
following a link at any step (each folder, then the file itself, with O_NOFOLLOW), without
blocking on a pipe, checked to be a regular file on the open descriptor, read whole, and hashed.
Bytes whose hash is not the one discovery gave the file are never parsed: the reader stops with
`FileChanged`, and what is parsed, reported and cached is always the content of that hash.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from auditor.models import SourceFile
from auditor.reading.workers import TaskStopped

# Scans of a whole case fit in a few dozen MB; a file this large is not a document to read.
MAX_FILE_BYTES = 256 * 1024**2
READ_CHUNK = 1 << 20

CHANGED = (
    "the file changed while the case was being audited (it was edited, replaced or swapped "
    "for a link after it was listed); nothing of the new content was read: audit the case "
    "again once the folder is settled"
)

_NO_LINK = getattr(os, "O_NOFOLLOW", 0)
_FILE_FLAGS = os.O_RDONLY | _NO_LINK | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


# Why opening a file discovery listed as a regular file fails when it is no longer one: a link
# (ELOOP under O_NOFOLLOW), a folder swapped for a link or a file (ENOTDIR), removed (ENOENT),
# or no longer a regular file or grown past any document's size (errno 0, raised here).
_GONE = {0, errno.ELOOP, errno.ENOTDIR, errno.ENOENT}


class FileChanged(TaskStopped):
    """The file's bytes are not those discovery hashed; the message is the reason to report."""

    def __init__(self, reason: str = CHANGED) -> None:
        super().__init__(reason)


class FileUnopenable(TaskStopped):
    """The file discovery read cannot be opened now (its permissions changed, for example).

    A stop, not a problem of the document: what the folder allows today is no fact about the
    content, so it is reported and never cached under the content's hash.
    """


def cannot_open(exc: OSError) -> str:
    why = (exc.strerror or str(exc)).lower()
    return (
        f"the file cannot be opened ({why}); check that it is a normal file the auditor "
        "may read, or ask the client for a new copy"
    )


def open_below(root: Path, parts: tuple[str, ...]) -> int:
    """A descriptor of the regular file `root/parts...`, no link followed below `root`.

    Each folder is opened relative to the one above it with O_NOFOLLOW, so a folder swapped for
    a link fails as the file itself would; the file is opened without blocking (a named pipe
    put in its place does not hang the reader) and must be a regular file. Raises OSError.
    """
    folder = os.open(root, _FOLDER_FLAGS)
    try:
        for part in parts[:-1]:
            below = os.open(part, _FOLDER_FLAGS | _NO_LINK, dir_fd=folder)
            os.close(folder)
            folder = below
        fd = os.open(parts[-1], _FILE_FLAGS, dir_fd=folder)
    finally:
        os.close(folder)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(0, "not a regular file", os.path.join(root, *parts))
    return fd


def _open_source(file: SourceFile) -> int:
    """Open a discovered file: its case folder is the path less as many parts as its relpath."""
    depth = file.relpath.count("/") + 1  # escaped names keep their slashes: the depth is true
    parts = file.path.parts
    if depth >= len(parts):
        return open_below(file.path.parent, (file.path.name,))
    return open_below(Path(*parts[:-depth]), parts[-depth:])


def read_descriptor(fd: int, limit: int = MAX_FILE_BYTES) -> bytes:
    """Everything the descriptor reads, up to `limit` bytes (OSError beyond: not a document).

    Asked for in one read of the file's size (and a byte more, to see its end): a file is
    held once in memory, not once in chunks and again joined.
    """
    size = min(os.fstat(fd).st_size, limit)
    chunks: list[bytes] = []
    total = 0
    while chunk := os.read(fd, max(READ_CHUNK, size + 1 - total)):
        total += len(chunk)
        if total > limit:
            raise OSError(0, f"larger than {limit // 1024**2} MB")
        chunks.append(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def sha256_below(root: Path, parts: tuple[str, ...]) -> tuple[str, int]:
    """The content hash and size of a file of the case folder, opened as `open_below` does."""
    fd = open_below(root, parts)
    try:
        digest = hashlib.sha256()
        size = 0
        while chunk := os.read(fd, READ_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest(), size


_last: tuple[Path, str, bytes] | None = None  # the last file read here, already checked


def content_of(file: SourceFile) -> bytes:
    """The file's bytes, which hash to `file.sha256`; FileChanged when they do not.

    Read once per process for consecutive calls on the same file (a worker reads a file's pages
    one after another): the bytes kept are the checked ones. Raises FileChanged too when the
    file is gone, no longer a regular file, or a link now stands in its place, and
    FileUnopenable when it cannot be opened for another reason.
    """
    global _last
    if _last is not None and _last[0] == file.path and _last[1] == file.sha256:
        return _last[2]
    _last = None
    try:
        fd = _open_source(file)
        try:
            data = read_descriptor(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno in _GONE:  # listed as a regular file, now a link, a pipe, gone, or huge
            raise FileChanged() from None
        raise FileUnopenable(cannot_open(exc)) from None
    if hashlib.sha256(data).hexdigest() != file.sha256:
        raise FileChanged()
    _last = (file.path, file.sha256, data)
    return data
