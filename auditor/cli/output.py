"""Where reports go: one report folder per case, checked writable and outside every case folder
before any document is read (exit 5, CONTRACT.md section 1)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from auditor.errors import OutputError, UsageError
from auditor.i18n import _
from auditor.reading.discover import REPORTS_FOLDER

REPORTS_DIR = Path(REPORTS_FOLDER)  # the default output root, ./audit-reports/
# Who may read a report besides its owner: private by default (SECURITY.md), group-readable
# for a firm's shared drive (README). Never writable or executable by others.
DEFAULT_REPORT_MODE = 0o600


def parse_report_mode(value: str | None, option: str = "--report-mode") -> int:
    """`0640` -> 0o640. The owner must read and write; nobody else may write; no execute bit."""
    if value is None or not value.strip():
        return DEFAULT_REPORT_MODE
    try:
        mode = int(value.strip(), 8)
    except ValueError:
        mode = -1
    if mode < 0 or mode & ~0o666 or mode & 0o600 != 0o600 or mode & 0o022:
        raise UsageError(
            _(
                "{option}: {value!r} is not a report permission; use 0600 (private, the "
                "default), 0640 (the group may read) or 0644 (everyone may read)"
            ).format(option=option, value=value)
        )
    return mode


def report_folders(case_dirs: Sequence[Path], out: Path | None) -> list[Path]:
    """The report folder of each case, in order.

    One case: `--out` itself, else `./audit-reports/<case-name>/`. Several: below `--out` (else
    `./audit-reports/`), the case's path relative to the common parent of the cases' parents, so
    `a/raman/documents` and `a/joshi/documents` get `raman/documents` and `joshi/documents`,
    never one folder for both.
    """
    if len(case_dirs) == 1:  # named as the report names the case
        return [out if out is not None else REPORTS_DIR / case_dirs[0].resolve().name]
    root = out if out is not None else REPORTS_DIR
    absolute = [Path(os.path.abspath(c)) for c in case_dirs]  # the paths as the user gave them
    common = Path(os.path.commonpath([c.parent for c in absolute]))
    return [root / c.relative_to(common) for c in absolute]


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _existing_ancestor(path: Path) -> Path:
    """`path` itself or its nearest ancestor that exists (links followed), as the user wrote it."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(".")


def check_writable(folder: Path, option: str) -> None:
    """Refuse a report folder that is a file, lies under a file, or cannot be written."""
    where = _existing_ancestor(folder)
    if not where.is_dir():
        raise OutputError(
            _(
                "{option} {folder}: {where} is a file, not a folder; "
                "give a folder path for the reports"
            ).format(option=option, folder=folder, where=where)
        )
    if not os.access(where, os.W_OK | os.X_OK):
        raise OutputError(
            _(
                "{option} {folder}: {where} cannot be written (permission denied); "
                "choose a folder you can write to"
            ).format(option=option, folder=folder, where=where)
        )


def check_outside_cases(folder: Path, case_dirs: Sequence[Path], option: str) -> None:
    """Refuse a report folder inside a case folder: the case folder is never written to."""
    real = folder.resolve()
    for case_dir in case_dirs:
        case = case_dir.resolve()
        if case.is_dir() and _inside(real, case):
            hint = (
                _("give --out a folder outside it")
                if option == "--out"
                else _(
                    "run the audit from outside the case folder, or give --out a folder outside it"
                )
            )
            raise OutputError(
                _(
                    "{option} {folder}: inside the case folder {case}, which the auditor never "
                    "writes to; {hint}"
                ).format(option=option, folder=folder, case=case_dir, hint=hint)
            )


def check_output(case_dirs: Sequence[Path], out: Path | None) -> list[Path]:
    """Every report folder of the batch (and a batch's index folder), checked; raises
    OutputError (exit 5) before any reading work."""
    folders = report_folders(case_dirs, out)
    option = "--out" if out is not None else _("report folder")
    roots = [*folders, out if out is not None else REPORTS_DIR]
    for folder in roots:
        check_outside_cases(folder, case_dirs, option)
        check_writable(folder, option)
    return folders
