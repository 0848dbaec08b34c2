"""The firm's configuration, `audit.toml`: its checklists, `--fail-on`, report permissions and
the reports' language."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.errors import UsageError
from auditor.i18n import LANGS, tr

CONFIG_NAME = "audit.toml"  # found in the working folder when --config is not given
FAIL_ON = ("error", "warning", "never")
KEYS = ("checklists", "fail_on", "report_mode", "lang")


@dataclass(frozen=True)
class FirmConfig:
    """What `audit.toml` sets; the command line's own options win over it."""

    path: Path
    sha256: str
    checklists: tuple[Path, ...] = ()  # relative paths are below the file's own folder
    fail_on: str | None = None
    report_mode: str | None = None  # e.g. "0640", checked as --report-mode is
    lang: str | None = None  # the reports' and messages' language, "en" or "fr" (--lang wins)


def find_config(explicit: Path | None, cwd: Path | None = None) -> Path | None:
    """`--config FILE` when given, else `./audit.toml` when the working folder has one."""
    if explicit is not None:
        return explicit
    default = (cwd or Path()) / CONFIG_NAME
    return default if default.is_file() else None


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None


def _where(path: Path, text: str, key: str) -> str:
    line = _line_of(text, key)
    return f"{path}:{line}" if line else str(path)


def load_config(path: Path) -> FirmConfig:
    """Read and check a firm configuration file; UsageError (exit 2) naming file, line and key."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(tr("--config: {path}: no such file", path=str(path))) from None
    except OSError as exc:
        why = (exc.strerror or str(exc)).lower()
        raise UsageError(
            tr("--config: {path}: cannot be read ({why})", path=str(path), why=why)
        ) from None
    try:
        text = raw.decode("utf-8")
        table = tomllib.loads(text)
    except UnicodeDecodeError:
        raise UsageError(tr("{path}: not UTF-8 text; save it as UTF-8", path=str(path))) from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"^(.*) \(at line (\d+), column \d+\)$", str(exc))
        if found:
            raise UsageError(
                tr(
                    "{path}:{line}: not valid TOML: {problem}",
                    path=str(path),
                    line=found[2],
                    problem=found[1],
                )
            ) from None
        raise UsageError(
            tr("{path}: not valid TOML: {problem}", path=str(path), problem=str(exc))
        ) from None
    for key in table:
        if key not in KEYS:
            raise UsageError(
                tr(
                    "{where}: unknown key {key!r} (allowed: {keys})",
                    where=_where(path, text, key),
                    key=key,
                    keys=", ".join(KEYS),
                )
            )

    def choice(key: str, allowed: tuple[str, ...]) -> str | None:
        value: Any = table.get(key)
        if value is not None and value not in allowed:
            raise UsageError(
                tr(
                    "{where}: {key} = {value!r} is not one of {allowed}",
                    where=_where(path, text, key),
                    key=key,
                    value=value,
                    allowed=", ".join(allowed),
                )
            )
        return value

    checklists = table.get("checklists", [])
    if not isinstance(checklists, list) or not all(isinstance(c, str) for c in checklists):
        raise UsageError(
            tr(
                "{where}: checklists must be a list of file paths, e.g. {example}",
                where=_where(path, text, "checklists"),
                example='checklists = ["checklists/firm.yaml"]',
            )
        )
    files = tuple(path.parent / c for c in checklists)
    for given, file in zip(checklists, files, strict=True):
        if not file.is_file():
            raise UsageError(
                tr(
                    "{where}: checklist {given}: no such file",
                    where=_where(path, text, "checklists"),
                    given=given,
                )
            )
    mode = table.get("report_mode")
    if mode is not None and not isinstance(mode, str):
        raise UsageError(
            tr(
                "{where}: report_mode must be text in quotes, e.g. {example}",
                where=_where(path, text, "report_mode"),
                example='report_mode = "0640"',
            )
        )
    return FirmConfig(
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        checklists=files,
        fail_on=choice("fail_on", FAIL_ON),
        report_mode=mode,
        lang=choice("lang", LANGS),
    )
