"""Express Entry category lists (checklists/categories.yaml): strict load, file:line errors."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from auditor.config.values import as_date
from auditor.config.yaml import LineList, LineMap, load_yaml
from auditor.errors import UsageError
from auditor.i18n import Text, tr
from auditor.resources import data_dir

CATEGORIES_FILE = "categories.yaml"
REQUIRED_KEYS = ("title", "codes", "effective_from", "source", "verified")
OPTIONAL_KEYS = ("copied_from", "retrieved", "canadian_experience")
NOC_2021_CODE = re.compile(r"^\d{5}$")
NAME = re.compile(r"^[a-z][a-z0-9-]*$")


@dataclass(frozen=True)
class OccupationCategory:
    """One category of category-based selection: the NOC 2021 codes its rounds invite."""

    name: str
    title: str
    codes: frozenset[str]
    effective_from: dt.date
    source: str
    verified: bool
    copied_from: str | None = None
    retrieved: dt.date | None = None
    canadian_experience: bool = False  # only work in Canada counts
    origin: str = ""  # file:line

    def caveat(self) -> Text | str:
        """What the report must say about where the list comes from ("" once verified)."""
        if self.verified:
            return ""
        copied = (
            tr("copied from {origin}", origin=self.copied_from)
            if self.copied_from
            else tr("from {origin}", origin=self.source)
        )
        when = tr(", retrieved {date}", date=self.retrieved) if self.retrieved else ""
        return tr(
            "The {name} list (checklists/categories.yaml, in force from {effective}) is not "
            "verified: {copied}{when}; check the codes against IRCC ({source}).",
            name=self.name,
            effective=self.effective_from,
            copied=copied,
            when=when,
            source=self.source,
        )


def _fail(path: Path, line: int, message: str) -> UsageError:
    return UsageError(f"{path}:{line}: {message}")


def _category(path: Path, name: str, node: LineMap, line: int) -> OccupationCategory:
    if not NAME.match(name):
        raise _fail(path, line, f"category name {name!r}: lowercase letters, digits and hyphens")
    for key in node:
        if key not in (*REQUIRED_KEYS, *OPTIONAL_KEYS):
            raise _fail(
                path,
                node.line_of(key),
                f"unknown key {key!r} in category {name} "
                f"(allowed: {', '.join(sorted((*REQUIRED_KEYS, *OPTIONAL_KEYS)))})",
            )
    for key in REQUIRED_KEYS:
        if key not in node:
            raise _fail(path, line, f"category {name}: missing required key {key!r}")

    def text(key: str) -> str:
        value = node[key]
        if not isinstance(value, str) or not value.strip():
            raise _fail(path, node.line_of(key), f"category {name}: {key!r} must be text")
        return value.strip()

    def day(key: str) -> dt.date:
        try:
            return as_date(node[key])
        except ValueError as exc:
            raise _fail(path, node.line_of(key), f"category {name}: {key}: {exc}") from None

    def flag(key: str) -> bool:
        value = node[key]
        if not isinstance(value, bool):
            raise _fail(path, node.line_of(key), f"category {name}: {key!r} must be true or false")
        return value

    codes = node["codes"]
    if not isinstance(codes, LineList) or not codes:
        raise _fail(path, node.line_of("codes"), f"category {name}: 'codes' must be a list")
    for i, code in enumerate(codes):
        if not isinstance(code, str) or not NOC_2021_CODE.match(code):
            raise _fail(
                path,
                codes.line_of(i),
                f'category {name}: {code!r} is not a 5-digit NOC 2021 code (quote it: "00012")',
            )
    return OccupationCategory(
        name=name,
        title=text("title"),
        codes=frozenset(codes),
        effective_from=day("effective_from"),
        source=text("source"),
        verified=flag("verified"),
        copied_from=text("copied_from") if "copied_from" in node else None,
        retrieved=day("retrieved") if "retrieved" in node else None,
        canadian_experience=flag("canadian_experience") if "canadian_experience" in node else False,
        origin=f"{path}:{line}",
    )


def load_categories(path: Path | None = None) -> Mapping[str, OccupationCategory]:
    """Every category of `path` (default: the shipped checklists/categories.yaml), by name."""
    path = path or data_dir("checklists") / CATEGORIES_FILE
    root = load_yaml(path)
    if not isinstance(root, LineMap):
        raise _fail(path, 1, "a categories file must be a mapping with 'categories'")
    for key in root:
        if key != "categories":
            raise _fail(path, root.line_of(key), f"unknown key {key!r} (allowed: categories)")
    node = root.get("categories")
    if not isinstance(node, LineMap):
        raise _fail(path, root.line_of("categories"), "'categories' must be a mapping by name")
    out = {}
    for name, body in node.items():
        line = node.line_of(name)
        if not isinstance(body, LineMap):
            raise _fail(path, line, f"category {name}: must be a mapping")
        out[str(name)] = _category(path, str(name), body, line)
    return MappingProxyType(out)


@cache
def shipped_categories() -> Mapping[str, OccupationCategory]:
    """The shipped category lists, read once."""
    return load_categories()
