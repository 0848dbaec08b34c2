"""The `audit` command line: one typer app whose default command audits, beside rules and crs."""

from __future__ import annotations

import os

# Before anything can load libtesseract: its OpenMP threads thrash on small machines (PERF.md).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import typer  # noqa: E402

from auditor.cli import crs, rules  # noqa: E402
from auditor.cli.audit import HELP, audit  # noqa: E402
from auditor.cli.commands import CaseGroup, Command, DefaultCommand  # noqa: E402

app = typer.Typer(
    name="audit",
    cls=CaseGroup,
    add_completion=False,
    add_help_option=False,  # every word goes to a sub-command; `audit -h` is the audit's help
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["--help", "-h"]},
)
app.command(
    CaseGroup.default_command, cls=DefaultCommand, hidden=True, help=HELP, no_args_is_help=True
)(audit)
app.add_typer(rules.app, name="rules")
app.command("crs", cls=Command, help=crs.HELP, short_help=crs.SHORT_HELP)(crs.crs)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `audit` script and of `python -m auditor`."""
    app(argv, prog_name="audit")
