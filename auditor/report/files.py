"""Writing report files atomically and privately: a temporary file, then a rename, mode 0600."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

REPORT_MODE = 0o600


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
