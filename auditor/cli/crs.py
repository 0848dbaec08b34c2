"""`audit crs PROFILE.yaml`: score a CRS profile without documents."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from auditor import i18n
from auditor.cli.terminal import echo
from auditor.config.values import OutOfRange, parse_date
from auditor.errors import UsageError, message_of
from auditor.i18n import N_, _

if TYPE_CHECKING:  # the calculator is imported when a profile is scored, not at start-up
    from auditor.crs.calculator import CrsResult

SECTION_TITLES = {
    "core": N_("Core / human capital"),
    "spouse": N_("Spouse factors"),
    "transferability": N_("Skill transferability"),
    "additional": N_("Additional points"),
}
# The words of the breakdown `audit crs` prints, in the CLI's language.
SCORED_AS = (N_("with spouse"), N_("single"), N_("scored as single"))

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


LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="en|fr",
        help=N_(
            "Language of the breakdown and the messages (default: audit.toml's lang, else en)."
        ),
        show_default=False,
    ),
]


def crs(
    profile: ProfileArg,
    output: FormatOption = OutputFormat.text,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:
    """The `audit crs` command (registered in `auditor.cli.main` with `HELP`); the CLI speaks
    the language `--lang` gives before the command runs (`commands.early_language`)."""
    if lang is not None and lang not in i18n.LANGS:
        raise UsageError(
            _("--lang: {value!r} is not one of {allowed}").format(
                value=lang, allowed=", ".join(i18n.LANGS)
            )
        )
    from auditor.crs.calculator import calculate
    from auditor.crs.grid import NoGridError
    from auditor.crs.profile import load_profile

    loaded = load_profile(profile)
    if loaded.grid_date is None:
        loaded = dataclasses.replace(loaded, as_of=_as_of(as_of))
    try:
        result = calculate(loaded)
    except NoGridError as exc:
        raise UsageError(message_of(exc)) from None
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
        raise UsageError(
            _("--as-of: expected a date YYYY-MM-DD, got {value!r}").format(value=value)
        ) from None


def render_text(result: CrsResult) -> str:
    """A readable breakdown: the total, each section with its factors, caps and notes, in the
    CLI's language (`--lang`, audit.toml's `lang`)."""
    from auditor.crs.calculator import SECTIONS
    from auditor.report.crs_view import factor_name

    status = _("with spouse") if result.with_spouse else _("single")
    lines = [
        _("CRS score: {total} / 1200").format(total=result.total),
        _("Scored {status}, on {date} ({source}), grid in force from {effective}").format(
            status=status,
            date=i18n.date(result.scored_on),
            source=result.date_source,
            effective=i18n.date(result.grid_effective_from),
        ),
        "",
    ]
    english = i18n.current() == i18n.DEFAULT_LANG
    names = {f.factor: f.factor if english else factor_name(f.factor) for f in result.factors}
    width = max(32, *(len(n) + 1 for n in names.values()))
    for section in SECTIONS:
        title = _(SECTION_TITLES[section])
        if section == "spouse" and not result.with_spouse:
            single = _("scored as single")
            lines.append(f"{title:<{width + 2}}{0:>5}   ({single})")
            continue
        lines.append(f"{title:<{width + 2}}{getattr(result, section):>5}")
        for f in result.factors:
            if f.section == section:
                basis = i18n.localize(f.basis)
                lines.append(f"  {names[f.factor]:<{width}}{f.points:>5}   {basis}")
    if result.caps:
        lines += ["", _("Caps applied:")] + [f"  {i18n.localize(c)}" for c in result.caps]
    if result.notes:
        lines += ["", _("Notes:")] + [f"  {i18n.localize(n)}" for n in result.notes]
    return "\n".join(lines)
