"""Where the data files live: packaged in the wheel, or beside the package in a checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The data directory `name` (e.g. "checklists").

    Installed from a wheel, data lives in `<package>/_data/<name>`; in a source checkout it is
    `<repo>/<name>`, the repo being the parent of the `auditor` package.
    """
    packaged = PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    return PACKAGE_DIR.parent / name
