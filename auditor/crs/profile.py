"""A CRS profile, loaded strictly: an unknown key or bad value is an error naming key and line.

PROFILE.yaml (for `audit crs`) and the `crs:` block of case.yaml share these keys; see
`auditor/crs/README.md` for the schema with an example.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.config.values import as_date
from auditor.config.yaml import DuplicateKey, InvalidYaml, LineMap, YamlError, load_yaml
from auditor.crs.clb import (
    ABILITIES,
    REFUSED_TESTS,
    TEST_LANGUAGE,
    clb_from_scores,
)
from auditor.crs.grid import CANADIAN_EDUCATION_LEVELS, EDUCATION_LEVELS
from auditor.errors import UsageError
from auditor.i18n import tr

Lines = Mapping[tuple[str, ...], int]
"""1-based line of each key path in the YAML file, when known."""

PROFILE_KEYS = (
    "age",
    "married",
    "spouse_accompanying",
    "spouse_canadian",
    "education",
    "first_language",
    "second_language",
    "canadian_work_years",
    "foreign_work_years",
    "certificate_of_qualification",
    "spouse",
    "provincial_nomination",
    "sibling_in_canada",
    "canadian_education",
    "as_of",
    "ita_date",
)
REQUIRED_KEYS = ("age", "education", "first_language")
SPOUSE_KEYS = ("education", "first_language", "canadian_work_years")
LANGUAGE_KEYS = ("test", "language", "clb", *ABILITIES)
OFFICIAL_LANGUAGES = ("english", "french")
MAX_CLB = 12  # CELPIP 11 and 12; CRS counts everything from 10 as "10+"


class ProfileError(UsageError):
    """A profile key is unknown, missing or holds a bad value (exit 2)."""


@dataclass(frozen=True)
class ProfileLanguage:
    """CLB (or NCLC) per ability in one official language, with the test when known."""

    listening: int
    reading: int
    writing: int
    speaking: int
    test: str | None = None
    language: str | None = None  # "english" or "french"; None when neither test nor key says

    @property
    def levels(self) -> dict[str, int]:
        return {a: getattr(self, a) for a in ABILITIES}

    @property
    def lowest(self) -> int:
        return min(self.levels.values())

    def describe(self) -> str:
        """`CLB L9 R8 W8 S9` (NCLC for French)."""
        scale = "NCLC" if self.language == "french" else "CLB"
        return f"{scale} " + " ".join(f"{a[0].upper()}{self.levels[a]}" for a in ABILITIES)


@dataclass(frozen=True)
class SpouseProfile:
    """What counts for the accompanying spouse's factors; absent values score 0."""

    education: str | None = None
    first_language: ProfileLanguage | None = None
    canadian_work_years: float = 0


@dataclass(frozen=True)
class Profile:
    """Every CRS input for one applicant. `as_of` and `ita_date` choose the grid."""

    age: int | None
    education: str = "less_than_secondary"
    first_language: ProfileLanguage | None = None
    second_language: ProfileLanguage | None = None
    canadian_work_years: float = 0
    foreign_work_years: float = 0
    certificate_of_qualification: bool = False
    married: bool = False
    spouse_accompanying: bool = True
    spouse_canadian: bool = False
    spouse: SpouseProfile | None = None
    provincial_nomination: bool = False
    sibling_in_canada: bool = False
    canadian_education: str = "none"
    as_of: dt.date | None = None
    ita_date: dt.date | None = None

    @property
    def with_spouse(self) -> bool:
        """Scored with a spouse: married or common-law, accompanying, not Canadian or PR."""
        return self.married and self.spouse_accompanying and not self.spouse_canadian

    @property
    def grid_date(self) -> dt.date | None:
        return self.ita_date or self.as_of


# --- PROFILE.yaml through the project's one YAML reader -----------------------------------


def _read_profile_yaml(path: Path) -> tuple[Any, dict[tuple[str, ...], int]]:
    """The YAML document at `path` and the line of every mapping key in it, by key path."""
    try:
        data = load_yaml(path)
    except DuplicateKey as exc:
        raise ProfileError(
            f"{path} line {exc.line}: {'.'.join(exc.key_path)}: "
            f"duplicate key (first on line {exc.first_line})"
        ) from None
    except InvalidYaml as exc:
        raise ProfileError(f"{path} line {exc.line}: not valid YAML: {exc.problem}") from None
    except YamlError as exc:
        raise ProfileError(f"{path} line {exc.line}: {exc.problem}") from None
    lines: dict[tuple[str, ...], int] = {}
    _collect_lines(data, (), lines)
    return data, lines


def _collect_lines(node: object, path: tuple[str, ...], lines: dict[tuple[str, ...], int]) -> None:
    if isinstance(node, LineMap):
        for key, value in node.items():
            key_path = (*path, str(key))
            lines[key_path] = node.line_of(key)
            _collect_lines(value, key_path, lines)


# --- strict field parsing ---------------------------------------------------------------


class _Reader:
    """Reads values at key paths, raising ProfileError that names the key and its line."""

    def __init__(self, name: str, lines: Lines | None, prefix: tuple[str, ...]) -> None:
        self.name = name
        self.lines = lines or {}
        self.prefix = prefix

    def fail(self, path: tuple[str, ...], message: str) -> ProfileError:
        full = (*self.prefix, *path)
        line = self.lines.get(full)
        where = tr("{name} line {line}", name=self.name, line=str(line)) if line else self.name
        return ProfileError(
            tr("{where}: {key}: {message}", where=where, key=".".join(full), message=message)
        )

    def mapping(self, value: object, path: tuple[str, ...], allowed: tuple[str, ...]) -> dict:
        if not isinstance(value, Mapping):
            raise self.fail(path, tr("expected a mapping, got {value}", value=_show(value)))
        for key in value:
            if key not in allowed:
                shown = str(key) if str(key).isprintable() else repr(key)  # one line, always
                raise self.fail(
                    (*path, shown), tr("unknown key (allowed: {keys})", keys=", ".join(allowed))
                )
        return dict(value)

    def boolean(self, value: object, path: tuple[str, ...]) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, tr("expected true or false, got {value}", value=_show(value)))
        return value

    def choice(self, value: object, path: tuple[str, ...], choices: tuple[str, ...]) -> str:
        if not isinstance(value, str) or value not in choices:
            raise self.fail(
                path,
                tr(
                    "{value} is not one of {choices}",
                    value=_show(value),
                    choices=", ".join(choices),
                ),
            )
        return value

    def whole(self, value: object, path: tuple[str, ...], low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                path,
                tr(
                    "expected a whole number {low}-{high}, got {value}",
                    low=str(low),
                    high=str(high),
                    value=_show(value),
                ),
            )
        return value

    def years(self, value: object, path: tuple[str, ...]) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or not 0 <= value <= 60
        ):
            raise self.fail(
                path, tr("expected a number of years 0-60, got {value}", value=_show(value))
            )
        return value

    def date(self, value: object, path: tuple[str, ...]) -> dt.date:
        try:
            return as_date(value)
        except ValueError:
            raise self.fail(
                path, tr("expected a date YYYY-MM-DD, got {value}", value=_show(value))
            ) from None

    def language(self, value: object, path: tuple[str, ...]) -> ProfileLanguage:
        raw = self.mapping(value, path, LANGUAGE_KEYS)
        test = raw.get("test")
        if test is not None:
            if test in REFUSED_TESTS:
                raise self.fail(
                    (*path, "test"), tr("{test} is not accepted for Express Entry", test=test)
                )
            test = self.choice(test, (*path, "test"), tuple(TEST_LANGUAGE))
        language = raw.get("language")
        if language is not None:
            language = self.choice(language, (*path, "language"), OFFICIAL_LANGUAGES)
            if test is not None and TEST_LANGUAGE[test] != language:
                raise self.fail(
                    (*path, "language"),
                    tr("{test} tests {language}", test=test, language=TEST_LANGUAGE[test]),
                )
        language = language or (TEST_LANGUAGE[test] if test else None)
        scores = {a: raw[a] for a in ABILITIES if a in raw}
        if "clb" in raw:
            if scores:
                raise self.fail(path, tr("give either clb: or raw scores, not both"))
            levels = self.mapping(raw["clb"], (*path, "clb"), ABILITIES)
            clb = {}
            for ability in ABILITIES:
                if ability not in levels:
                    raise self.fail((*path, "clb", ability), tr("missing"))
                clb[ability] = self.whole(levels[ability], (*path, "clb", ability), 0, MAX_CLB)
        else:
            clb = self._convert(raw, scores, test, path)
        return ProfileLanguage(**clb, test=test, language=language)

    def _convert(self, raw: dict, scores: dict, test: str | None, path: tuple[str, ...]) -> dict:
        if test is None:
            raise self.fail(
                path,
                tr(
                    "give clb: {abilities} or test: with the four raw scores",
                    abilities="{listening, reading, writing, speaking}",
                ),
            )
        for ability in ABILITIES:
            if ability not in scores:
                raise self.fail((*path, ability), tr("missing"))
            score = scores[ability]
            if isinstance(score, bool) or not isinstance(score, (int, float)) or score < 0:
                raise self.fail(
                    (*path, ability), tr("expected a score, got {value}", value=_show(score))
                )
        try:
            clb = clb_from_scores(test, scores)
        except (ValueError, KeyError) as exc:
            raise self.fail(
                path, tr("scores out of range for {test}: {error}", test=test, error=str(exc))
            ) from None
        return {a: max(0, min(MAX_CLB, int(clb[a]))) for a in ABILITIES}


def _show(value: object) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "nothing" if value is None else repr(value)


def read_fields(
    data: object,
    *,
    name: str,
    lines: Lines | None = None,
    prefix: tuple[str, ...] = (),
    extra_keys: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The keys present in `data`, each checked and typed (raw scores converted to CLB).

    `extra_keys` are allowed and returned unchecked (case.yaml's `claimed_score`).
    """
    r = _Reader(name, lines, prefix)
    raw = r.mapping(data if data is not None else {}, (), (*PROFILE_KEYS, *extra_keys))
    out: dict[str, Any] = {k: raw[k] for k in extra_keys if k in raw}
    for key, value in raw.items():
        p = (key,)
        if key == "age":
            out[key] = r.whole(value, p, 0, 120)
        elif key in (
            "married",
            "spouse_accompanying",
            "spouse_canadian",
            "certificate_of_qualification",
            "provincial_nomination",
            "sibling_in_canada",
        ):
            out[key] = r.boolean(value, p)
        elif key == "education":
            out[key] = r.choice(value, p, EDUCATION_LEVELS)
        elif key == "canadian_education":
            out[key] = r.choice(value, p, CANADIAN_EDUCATION_LEVELS)
        elif key in ("first_language", "second_language"):
            out[key] = r.language(value, p)
        elif key in ("canadian_work_years", "foreign_work_years"):
            out[key] = r.years(value, p)
        elif key in ("as_of", "ita_date"):
            out[key] = r.date(value, p)
        elif key == "spouse":
            out[key] = _spouse(r, value)
    first, second = out.get("first_language"), out.get("second_language")
    if first and second and first.language and first.language == second.language:
        raise r.fail(
            ("second_language",),
            tr(
                "must be the other official language than first_language (both are {language})",
                language=first.language,
            ),
        )
    if "spouse" in out and not out.get("married", False):
        raise r.fail(("spouse",), tr("given, but married is not true"))
    return out


def _spouse(r: _Reader, value: object) -> SpouseProfile:
    raw = r.mapping(value, ("spouse",), SPOUSE_KEYS)
    return SpouseProfile(
        education=(
            r.choice(raw["education"], ("spouse", "education"), EDUCATION_LEVELS)
            if "education" in raw
            else None
        ),
        first_language=(
            r.language(raw["first_language"], ("spouse", "first_language"))
            if "first_language" in raw
            else None
        ),
        canadian_work_years=(
            r.years(raw["canadian_work_years"], ("spouse", "canadian_work_years"))
            if "canadian_work_years" in raw
            else 0
        ),
    )


def profile_from_fields(fields: Mapping[str, Any]) -> Profile:
    """A Profile from checked fields; keys not given take the Profile defaults."""
    given = {k: v for k, v in fields.items() if k in PROFILE_KEYS and k != "age"}
    return Profile(age=fields.get("age"), **given)


def parse_profile(data: object, *, name: str = "PROFILE", lines: Lines | None = None) -> Profile:
    """A Profile from a PROFILE.yaml mapping: unknown keys, bad values and missing
    `age`, `education` or `first_language` raise ProfileError."""
    fields = read_fields(data, name=name, lines=lines)
    for key in REQUIRED_KEYS:
        if key not in fields:
            raise ProfileError(tr("{name}: {key}: required", name=name, key=key))
    return profile_from_fields(fields)


def load_profile(path: Path) -> Profile:
    """Read and check PROFILE.yaml."""
    data, lines = _read_profile_yaml(path)
    return parse_profile(data, name=str(path), lines=lines)
