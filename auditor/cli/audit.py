"""`audit CASE_DIR...`: the default command, a thin layer over `auditor.cli.batch`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from auditor import __version__, i18n
from auditor.cli import commands
from auditor.cli.commands import said_error
from auditor.cli.progress import ProgressDisplay
from auditor.cli.terminal import echo, emit_json, log_to_stderr, safe
from auditor.errors import UsageError
from auditor.i18n import N_, _

if TYPE_CHECKING:  # the pipeline is imported only when a case is audited, not for `--help`
    from auditor.cli.batch import Batch, CaseReport

HELP = "\n\n".join(
    (
        N_("Audit one or more CEC case folders and write an HTML and a JSON report for each."),
        N_("Example: audit cases/raman --as-of 2026-12-01 --out reports/raman"),
        N_("A case folder named like a command is audited by its path: audit ./rules"),
        "\b\n"
        + N_(
            "Exit codes (several case folders: the first of 5, 4, 2, 1, 3 that applies):\n"
            "  0  the audit ran and no finding reached --fail-on\n"
            "  1  findings reached --fail-on\n"
            "  2  usage error: an option, a checklist, audit.toml, case.yaml or review.yaml "
            "is wrong\n"
            "  3  a case folder is missing, cannot be read, or holds no documents; or an "
            "internal\n"
            "     error stopped the run (--debug shows its traceback)\n"
            "  4  Tesseract or a language pack is missing (the message gives the install "
            "command)\n"
            "  5  a report cannot be written, or its folder lies inside a case folder"
        ),
    )
)


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"cec-auditor {__version__}")
        raise typer.Exit()


CaseDirs = Annotated[
    list[Path],
    typer.Argument(metavar="CASE_DIR", help=N_("Case folders to audit."), show_default=False),
]
AsOf = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help=N_("Planned e-APR submission date (default: case.yaml, else today)."),
    ),
]
Out = Annotated[
    Path | None,
    typer.Option(
        "--out",
        metavar="DIR",
        help=N_(
            "Report folder, outside every case folder (default ./audit-reports/<case-name>/; "
            "with several cases, one subfolder each: the case's path below their common parent). "
            "`--out - --format json`: one case's report.json to stdout."
        ),
    ),
]
Formats = Annotated[
    str, typer.Option("--format", metavar="html,json", help=N_("Comma-separated report formats."))
]
Checklists = Annotated[
    list[Path] | None,
    typer.Option(
        "--checklist",
        metavar="FILE",
        help=N_(
            "Extra or overriding checklist file (repeatable), after audit.toml's; the format: "
            "audit rules --help."
        ),
    ),
]
FailOnOption = Annotated[
    FailOn | None,
    typer.Option(
        "--fail-on",
        metavar="error|warning|never",
        help=N_("Exit 1 when findings reach this severity (default: audit.toml, else error)."),
        show_default=False,
    ),
]
Config = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help=N_(
            "The firm's configuration (default: ./audit.toml when there is one): checklists, "
            "fail_on, report_mode; options given here win. See README, 'Firm configuration'."
        ),
        show_default=False,
    ),
]
Lang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="en|fr",
        help=N_(
            "Language of the reports, the request list and the messages (default: audit.toml's "
            "lang, else en)."
        ),
        show_default=False,
    ),
]
Baseline = Annotated[
    Path | None,
    typer.Option(
        "--baseline",
        metavar="REPORT_JSON",
        help=N_(
            "An earlier report.json to compare with (default: the report already in the "
            "case's report folder): the report opens with what changed since."
        ),
        show_default=False,
    ),
]
Jobs = Annotated[
    int | None,
    typer.Option("--jobs", metavar="N", help=N_("Worker processes (default: number of cores).")),
]
NoCache = Annotated[
    bool,
    typer.Option("--no-cache", help=N_("Read every file again; do not use or fill the cache.")),
]
ReportMode = Annotated[
    str | None,
    typer.Option(
        "--report-mode",
        metavar="0600|0640|0644",
        envvar="AUDIT_REPORT_MODE",
        show_envvar=True,
        help=N_(
            "Permission of the reports written (default: audit.toml, else 0600: only you may "
            "read them; "
            "0640: your group too, e.g. on a firm's shared drive)."
        ),
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help=N_("No progress on stderr."))]
Debug = Annotated[
    bool,
    typer.Option(
        "--debug",
        help=N_(
            "Show the traceback of an internal error, and the reading decisions (log lines), "
            "on stderr."
        ),
    ),
]
Version = Annotated[
    bool,
    typer.Option(
        "--version",
        "-V",
        callback=_show_version,
        is_eager=True,
        help=N_("Show the version and exit."),
    ),
]


def _echo(case: CaseReport) -> None:
    for warning in case.warnings:
        echo(_("audit: warning: {message}").format(message=safe(warning)), err=True)
    if case.error is not None:
        echo(_("audit: error: {message}").format(message=safe(case.summary)), err=True)
    elif case.json_text is not None:  # `--out -`: stdout carries only the report
        echo(safe(case.summary), err=True)
        emit_json(case.json_text)
    else:
        echo(safe(case.summary))


def audit(
    case_dirs: CaseDirs,
    as_of: AsOf = None,
    out: Out = None,
    formats: Formats = "html,json",
    checklist: Checklists = None,
    fail_on: FailOnOption = None,
    jobs: Jobs = None,
    no_cache: NoCache = False,
    report_mode: ReportMode = None,
    config: Config = None,
    lang: Lang = None,
    baseline: Baseline = None,
    quiet: Quiet = False,
    debug: Debug = False,
    version: Version = False,
) -> None:
    from auditor.cli import batch as library

    if debug:
        commands.DEBUG["on"] = True
        log_to_stderr()

    if lang is not None and lang not in i18n.LANGS:
        raise UsageError(
            _("--lang: {value!r} is not one of {allowed}").format(
                value=lang, allowed=", ".join(i18n.LANGS)
            )
        )
    display = ProgressDisplay(enabled=not quiet)
    with i18n.language(lang):
        batch = library.prepare(
            case_dirs,
            as_of=as_of,
            out=out,
            formats=formats,
            checklists=checklist or (),
            fail_on=fail_on.value if fail_on is not None else None,
            jobs=jobs,
            use_cache=not no_cache,
            on_progress=display.update,
            report_mode=report_mode,
            config=config,
            lang=lang,
            baseline=baseline,
        )
    with i18n.language(batch.lang):
        _run(batch, display)


def _run(batch: Batch, display: ProgressDisplay) -> None:
    from auditor.cli import batch as library

    for refused in batch.refused:  # before any reading: the folders that will not be audited
        echo(_("audit: error: {message}").format(message=safe(said_error(refused))), err=True)
    display.start_case(batch.title)
    try:
        outcomes = library.run(batch)
    finally:
        display.clear()
    report = library.write_reports(batch, outcomes, on_case=_echo)
    if report.index is not None:
        echo(_("index: {path}").format(path=safe(str(report.index))))
    raise typer.Exit(report.exit_code)
