"""`audit crs PROFILE.yaml`: score a CRS profile without documents."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from auditor.cli.terminal import echo
from auditor.config.values import OutOfRange, parse_date
from auditor.errors import UsageError
from auditor.i18n import N_

if TYPE_CHECKING:  # the calculator is imported when a profile is scored, not at start-up
    from auditor.crs.calculator import CrsResult

SECTION_TITLES = {
    "core": "Core / human capital",
    "spouse": "Spouse factors",
    "transferability": "Skill transferability",
    "additional": "Additional points",
}

EXAMPLE = (
    N_("Example PROFILE.yaml:")
    + """

\b
  age: 29
  education: bachelors
  first_language:
    test: celpip_general
    clb: {listening: 9, reading: 8, writing: 8, speaking: 9}
  canadian_work_years: 2
  as_of: 2026-11-20

\b
  audit crs profile.yaml
  audit crs profile.yaml --format json
"""
)

SHORT_HELP = N_("Score a CRS profile without documents.")
HELP = N_("Score PROFILE (a YAML file of CRS inputs) and print the breakdown.") + "\n\n" + EXAMPLE


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


ProfileArg = Annotated[Path, typer.Argument(metavar="PROFILE.yaml", help=N_("CRS inputs in YAML."))]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", metavar="text|json", help=N_("text or json."))
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help=N_(
            "Date that chooses the grid when PROFILE has neither as_of nor ita_date "
            "(default: today)."
        ),
    ),
]


def crs(
    profile: ProfileArg,
    output: FormatOption = OutputFormat.text,
    as_of: AsOfOption = None,
) -> None:
    """The `audit crs` command (registered in `auditor.cli.main` with `HELP`)."""
    from auditor.crs.calculator import calculate
    from auditor.crs.grid import NoGridError
    from auditor.crs.profile import load_profile

    loaded = load_profile(profile)
    if loaded.grid_date is None:
        loaded = dataclasses.replace(loaded, as_of=_as_of(as_of))
    try:
        result = calculate(loaded)
    except NoGridError as exc:
        raise UsageError(str(exc)) from None
    if output is OutputFormat.json:
        echo(json.dumps(result.to_dict(), indent=2))
    else:
        echo(render_text(result))


def _as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()  # the CLI entry is the one place that reads the clock
    try:
        return parse_date(value)
    except OutOfRange as exc:
        raise UsageError(f"--as-of: {exc}") from None
    except ValueError:
        raise UsageError(f"--as-of: expected a date YYYY-MM-DD, got {value!r}") from None


def render_text(result: CrsResult) -> str:
    """A readable breakdown: the total, each section with its factors, caps and notes."""
    from auditor.crs.calculator import SECTIONS

    status = "with spouse" if result.with_spouse else "single"
    lines = [
        f"CRS score: {result.total} / 1200",
        f"Scored {status}, on {result.scored_on.isoformat()} ({result.date_source}), "
        f"grid in force from {result.grid_effective_from.isoformat()}",
        "",
    ]
    for section in SECTIONS:
        if section == "spouse" and not result.with_spouse:
            lines.append(f"{SECTION_TITLES[section]:<34}{0:>5}   (scored as single)")
            continue
        lines.append(f"{SECTION_TITLES[section]:<34}{getattr(result, section):>5}")
        for f in result.factors:
            if f.section == section:
                lines.append(f"  {f.factor:<32}{f.points:>5}   {f.basis}")
    if result.caps:
        lines += ["", "Caps applied:"] + [f"  {c}" for c in result.caps]
    if result.notes:
        lines += ["", "Notes:"] + [f"  {n}" for n in result.notes]
    return "\n".join(lines)
