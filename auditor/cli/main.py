"""The `audit` command: a thin layer over the pipeline, results to files and exit codes."""

from __future__ import annotations

import os

# Before anything can load libtesseract: its OpenMP threads thrash on small machines (PERF.md).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import datetime as dt  # noqa: E402
import sys  # noqa: E402
from enum import StrEnum  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Annotated  # noqa: E402

import typer  # noqa: E402

from auditor import __version__  # noqa: E402
from auditor.cli.progress import ProgressDisplay  # noqa: E402
from auditor.errors import AuditError, UsageError  # noqa: E402

FORMATS = ("html", "json")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


def _cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the
    machine has, and more workers than cores only fight over them)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _parse_formats(value: str) -> tuple[str, ...]:
    formats = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"--format: unknown format {', '.join(unknown) or '(none)'}; use html,json"
        )
    return formats


def _fails(findings, fail_on: FailOn) -> bool:
    if fail_on is FailOn.never:
        return False
    floor = SEVERITY_RANK[fail_on.value]
    return any(f.counts and SEVERITY_RANK[f.severity] >= floor for f in findings)


def _summary(result, html_path: Path | None, json_path: Path | None) -> str:
    counts = {s: 0 for s in ("error", "warning", "info")}
    for f in result.findings:
        if f.counts:
            counts[f.severity] += 1
    where = html_path or json_path
    return (
        f"{result.case_name}: {result.verdict.replace('_', ' ')} "
        f"({counts['error']} errors, {counts['warning']} warnings, {counts['info']} info)"
        + (f" -> {where}" if where else "")
    )


@app.command(
    help=(
        "Audit one or more CEC case folders and write an HTML and a JSON report for each.\n\n"
        "Example: audit cases/raman --as-of 2026-12-01 --out reports/raman\n\n"
        "Other commands: `audit rules` lists every rule, `audit rules explain RULE_ID` explains "
        "one, `audit crs PROFILE.yaml` scores a CRS profile."
    ),
    no_args_is_help=True,
)
def audit(
    case_dirs: Annotated[
        list[Path], typer.Argument(help="Case folders to audit.", show_default=False)
    ],
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Planned e-APR submission date, YYYY-MM-DD (default: case.yaml, else today).",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help=(
                "Report folder (default ./audit-reports/<case-name>/; "
                "with several cases, one subfolder each)."
            ),
        ),
    ] = None,
    formats: Annotated[
        str, typer.Option("--format", help="Comma-separated: html,json.")
    ] = "html,json",
    checklist: Annotated[
        list[Path] | None,
        typer.Option("--checklist", help="Extra or overriding checklist file (repeatable)."),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when findings reach this severity.")
    ] = FailOn.error,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", min=1, help="Worker processes (default: number of cores)."),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Read every file again; do not use or fill the cache."),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
) -> None:
    from auditor.pipeline import AuditOptions, run_batch
    from auditor.reading import cache as read_cache
    from auditor.reading import ocr
    from auditor.report.json_report import write_json

    try:
        wanted = _parse_formats(formats)
        try:
            as_of_date = dt.date.fromisoformat(as_of) if as_of else None
        except ValueError as exc:
            raise UsageError(f"--as-of: {as_of!r} is not a date of the form YYYY-MM-DD") from exc
        for c in checklist or []:
            if not c.is_file():
                raise UsageError(f"--checklist: {c}: no such file")
        engine = ocr.probe()
    except AuditError as exc:
        typer.echo(f"audit: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from exc

    display = ProgressDisplay(enabled=not quiet)
    options = AuditOptions(
        as_of=as_of_date,
        jobs=jobs or _cores(),
        cache_dir=None if no_cache else read_cache.default_dir(),
        checklist_files=tuple(checklist or ()),
        on_progress=display.update,
    )
    several = len(case_dirs) > 1
    exit_code = 0
    results = []
    display.start_case(case_dirs[0].resolve().name if not several else f"{len(case_dirs)} cases")
    try:
        outcomes = run_batch(list(case_dirs), engine, options)
    except UsageError as exc:  # a bad checklist stops the whole batch
        display.clear()
        typer.echo(f"audit: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from exc
    display.clear()
    for case_dir, outcome in zip(case_dirs, outcomes, strict=True):
        if isinstance(outcome, AuditError):
            typer.echo(f"audit: error: {case_dir}: {outcome}", err=True)
            exit_code = max(exit_code, outcome.exit_code)
            continue
        result = outcome
        name = result.case_name
        target = (out / name if several else out) if out else Path("audit-reports") / name
        html_path = json_path = None
        if "json" in wanted:
            json_path = write_json(result, target)
        if "html" in wanted:
            from auditor.report.html import write_html

            html_path = write_html(result, target, options.jobs, options.cache_dir)
        results.append((result, html_path or json_path))
        typer.echo(_summary(result, html_path, json_path))
        if _fails(result.findings, fail_on):
            exit_code = max(exit_code, 1)
    if several and results and "html" in wanted:
        from auditor.report.html import write_index

        index = write_index(results, out or Path("audit-reports"))
        typer.echo(f"index: {index}")
    raise typer.Exit(exit_code)


def main(argv: list[str] | None = None) -> None:
    """Entry point: `audit rules ...` and `audit crs ...` go to their own apps, the rest audits."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "rules":
        from auditor.cli.rules import app as rules_app

        rules_app(args[1:], prog_name="audit rules")
    elif args and args[0] == "crs":
        from auditor.cli.crs import app as crs_app

        crs_app(args[1:], prog_name="audit crs")
    elif args and args[0] in ("--version", "-V"):
        print(f"cec-auditor {__version__}")
    else:
        app(args, prog_name="audit")
