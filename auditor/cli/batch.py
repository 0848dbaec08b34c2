"""Audit case folders into report folders: the library function under `audit CASE_DIR...`."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from auditor.cli import output
from auditor.errors import AuditError, OutputError, UsageError
from auditor.pipeline import AuditOptions, Progress, run_batch
from auditor.reading import cache as read_cache
from auditor.reading import ocr
from auditor.reading.ocr import Engine
from auditor.result import AuditResult

FORMATS = ("html", "json")
FAIL_ON = ("error", "warning", "never")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
REPORTS_DIR = output.REPORTS_DIR


def cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the
    machine has, and more workers than cores only fight over them)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def parse_formats(value: str) -> tuple[str, ...]:
    """`html,json` -> ("html", "json"); an unknown or empty list is a usage error."""
    formats = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"--format: unknown format {', '.join(unknown) or '(none)'}; use html,json"
        )
    return formats


def parse_as_of(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError as exc:
        raise UsageError(f"--as-of: {value!r} is not a date of the form YYYY-MM-DD") from exc


@dataclass(frozen=True)
class Batch:
    """A checked request to audit: the case folders, how to read them, where reports go."""

    case_dirs: tuple[Path, ...]
    engine: Engine
    options: AuditOptions
    out: Path | None = None  # None: ./audit-reports/<case-name>/
    formats: tuple[str, ...] = FORMATS
    fail_on: str = "error"
    report_mode: int = output.DEFAULT_REPORT_MODE

    @property
    def title(self) -> str:
        """What the progress display calls the batch: the case's name, or `N cases`."""
        if len(self.case_dirs) > 1:
            return f"{len(self.case_dirs)} cases"
        return self.case_dirs[0].resolve().name

    @property
    def targets(self) -> list[Path]:
        """The report folder of each case (`output.report_folders`)."""
        return output.report_folders(self.case_dirs, self.out)


def prepare(
    case_dirs: Sequence[Path],
    *,
    as_of: str | None = None,
    out: Path | None = None,
    formats: str = "html,json",
    checklists: Sequence[Path] = (),
    fail_on: str = "error",
    jobs: int | None = None,
    use_cache: bool = True,
    on_progress: Callable[[Progress], None] | None = None,
    report_mode: str | None = None,
) -> Batch:
    """Check the options and the report folders and find Tesseract, before any case is read.

    Raises UsageError (exit 2) for a bad option, OutputError (exit 5) for a report folder that
    cannot be written or lies in a case folder, DependencyMissing (exit 4) without Tesseract.
    """
    wanted = parse_formats(formats)
    as_of_date = parse_as_of(as_of)
    for checklist in checklists:
        if not checklist.is_file():
            raise UsageError(f"--checklist: {checklist}: no such file")
    if fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on: {fail_on!r} is not one of {', '.join(FAIL_ON)}")
    mode = output.parse_report_mode(report_mode)
    output.check_output(case_dirs, out)
    engine = ocr.probe()
    options = AuditOptions(
        as_of=as_of_date,
        jobs=jobs or cores(),
        cache_dir=read_cache.default_dir() if use_cache else None,
        checklist_files=tuple(checklists),
        on_progress=on_progress,
        audited_at=dt.datetime.now(dt.UTC).replace(microsecond=0),  # the CLI reads the clock
    )
    return Batch(tuple(case_dirs), engine, options, out, wanted, fail_on, mode)


def run(batch: Batch) -> list[AuditResult | AuditError]:
    """Audit every case folder; a case that cannot be audited gives its error in its place.
    A bad checklist stops the whole batch (UsageError)."""
    return run_batch(list(batch.case_dirs), batch.engine, batch.options)


@dataclass(frozen=True)
class CaseReport:
    """One case's outcome: its reports written, or the error that stopped its audit."""

    case_dir: Path
    result: AuditResult | None = None
    report: Path | None = None  # the HTML report, else the JSON one
    error: AuditError | None = None

    @property
    def summary(self) -> str:
        """`name: verdict (1 error, 2 warnings, 0 info; 1 to check by hand) -> report`, the line
        stdout shows; its counts are the case's one count (`AuditResult.summary`)."""
        if self.result is None:
            return f"{self.case_dir}: {self.error}"
        return (
            f"{self.result.case_name}: {self.result.verdict.replace('_', ' ')} "
            f"({self.result.summary.line()})" + (f" -> {self.report}" if self.report else "")
        )


@dataclass(frozen=True)
class BatchReport:
    cases: list[CaseReport] = field(default_factory=list)
    index: Path | None = None  # index.html of a batch of several cases
    exit_code: int = 0


def fails(result: AuditResult, fail_on: str) -> bool:
    """Whether a counted finding reaches `--fail-on` (exit 1)."""
    if fail_on == "never":
        return False
    floor = SEVERITY_RANK[fail_on]
    return any(f.counts and SEVERITY_RANK[f.severity] >= floor for f in result.findings)


def write_reports(
    batch: Batch,
    outcomes: Sequence[AuditResult | AuditError],
    on_case: Callable[[CaseReport], None] | None = None,
) -> BatchReport:
    """Write each case's reports (and a batch's index), calling `on_case` as each is done.

    The exit code is the worst of: 1 when findings reach `fail_on`, a failed case's own code.
    A report that cannot be written stops the batch with OutputError (exit 5).
    """
    cases, exit_code = [], 0
    for case_dir, target, outcome in zip(batch.case_dirs, batch.targets, outcomes, strict=True):
        if isinstance(outcome, AuditError):
            case = CaseReport(case_dir, error=outcome)
            exit_code = max(exit_code, outcome.exit_code)
        else:
            case = CaseReport(case_dir, outcome, write_case(batch, outcome, target))
            if fails(outcome, batch.fail_on):
                exit_code = max(exit_code, 1)
        cases.append(case)
        if on_case is not None:
            on_case(case)
    index = None
    written = [(c.result, c.report) for c in cases if c.result is not None and c.report]
    if len(batch.case_dirs) > 1 and written:
        from auditor.report.files import remove_index

        try:
            if "html" in batch.formats:
                from auditor.report.html import write_index

                index = write_index(written, batch.out or REPORTS_DIR, batch.report_mode)
            else:  # an older index would link to report.html files no longer there
                remove_index(batch.out or REPORTS_DIR)
        except OSError as exc:
            raise OutputError(cannot_write(batch.out or REPORTS_DIR, exc)) from exc
    return BatchReport(cases, index, exit_code)


def cannot_write(folder: Path, exc: OSError) -> str:
    why = (exc.strerror or str(exc)).lower()
    return f"{folder}: the reports cannot be written ({why}); choose another --out folder"


def write_case(batch: Batch, result: AuditResult, target: Path) -> Path:
    """Write one case's reports into `target` as a set; the HTML report's path, else the JSON's."""
    from auditor.report.files import Writer, write_report_set

    mode = batch.report_mode
    writers: list[Writer] = []
    if "json" in batch.formats:
        from auditor.report.json_report import write_json

        writers.append(lambda folder: write_json(result, folder, mode))
    if "html" in batch.formats:  # last: its path is the one shown
        from auditor.report.html import write_html

        options = batch.options
        writers.append(
            lambda folder: write_html(result, folder, options.jobs, options.cache_dir, mode)
        )
    try:
        written = write_report_set(target, writers, mode)
    except OSError as exc:
        raise OutputError(cannot_write(target, exc)) from exc
    return written[-1]


def audit_cases(batch: Batch) -> BatchReport:
    """Audit every case folder of `batch` and write its reports; never prints."""
    return write_reports(batch, run(batch))
