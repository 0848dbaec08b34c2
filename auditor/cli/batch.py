"""Audit case folders into report folders: the library function under `audit CASE_DIR...`."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from auditor import i18n
from auditor.case.intake import misnamed_note
from auditor.cli import inputs, output
from auditor.cli.commands import said_error
from auditor.config.firm import FirmConfig, find_config, load_config
from auditor.config.values import OutOfRange, parse_date
from auditor.errors import AuditError, CaseUnreadable, OutputError, UsageError
from auditor.i18n import LANGS, N_, _
from auditor.pipeline import AuditOptions, Progress, run_batch
from auditor.reading import cache as read_cache
from auditor.reading import ocr
from auditor.reading.ocr import Engine
from auditor.result import AuditResult
from auditor.rules.checklist import load_checklists
from auditor.rules.waivers import unused_summary

FORMATS = ("html", "json")
FAIL_ON = ("error", "warning", "never")
# The verdicts as the summary line says them (translated there).
VERDICT_WORDS = {
    "ready": N_("ready"),
    "needs_attention": N_("needs attention"),
    "not_eligible": N_("not eligible"),
}
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
REPORTS_DIR = output.REPORTS_DIR
STDOUT = Path("-")  # `--out -`: one case's report.json to stdout, no file written
#: A batch's exit code is the first of these that any case (or the run) gives: the codes that stop
#: a run (5 output, 4 dependency, 2 usage), then 1 (a case's findings reach --fail-on), then 3 (a
#: case folder could not be audited, already named on stderr), then 0. Findings rank above an
#: unreadable folder so that one bad path in `audit cases/*` never hides the cases that fail.
EXIT_ORDER = (5, 4, 2, 1, 3, 0)


def worst_exit(codes: Sequence[int]) -> int:
    """The batch's exit code: the first code of EXIT_ORDER among `codes` (0 when none)."""
    present = set(codes)
    return next((code for code in EXIT_ORDER if code in present), 0)


class NoCaseToAudit(CaseUnreadable):
    """Every case folder given was refused (exit 3): one line each."""

    def __init__(self, refused: Sequence[CaseUnreadable]) -> None:
        super().__init__("\n".join(str(e) for e in refused))
        self.refused = tuple(refused)


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
            _("--format: unknown format {formats}; use html,json").format(
                formats=", ".join(unknown) or _("(none)")
            )
        )
    return formats


def parse_as_of(value: str | None) -> dt.date | None:
    """`--as-of`: exactly YYYY-MM-DD, a day the 3-year window and CRS ages can count from."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except OutOfRange as exc:
        raise UsageError(f"--as-of: {exc}") from None
    except ValueError:
        raise UsageError(
            _("--as-of: {value!r} is not a date of the form YYYY-MM-DD").format(value=value)
        ) from None


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
    refused: tuple[CaseUnreadable, ...] = ()  # case folders not audited (`inputs.check_case_dirs`)
    given: tuple[Path, ...] = ()  # every case folder named, refused ones too: reports stay put
    config: FirmConfig | None = None  # audit.toml or --config, recorded in each report
    baseline: Path | None = None  # --baseline: the earlier report.json to compare with
    lang: str = "en"  # the reports' language (--lang, else audit.toml's lang)

    @property
    def to_stdout(self) -> bool:
        """`--out - --format json`: the case's report.json goes to stdout, no file is written."""
        return self.out == STDOUT

    @property
    def named(self) -> tuple[Path, ...]:
        return self.given or self.case_dirs

    @property
    def title(self) -> str:
        """What the progress display calls the batch: the case's name, or `N cases`."""
        if len(self.named) > 1:
            return i18n.ngettext("{num} case", "{num} cases", len(self.named)).format(
                num=len(self.named)
            )
        return self.case_dirs[0].resolve().name

    @property
    def targets(self) -> list[Path]:
        """The report folder of each case (`output.report_folders`), placed among every case
        folder named, so a refused one does not move the others' reports."""
        folders = dict(zip(self.named, output.report_folders(self.named, self.out), strict=True))
        return [folders[c] for c in self.case_dirs]


def prepare(
    case_dirs: Sequence[Path],
    *,
    as_of: str | None = None,
    out: Path | None = None,
    formats: str = "html,json",
    checklists: Sequence[Path] = (),
    fail_on: str | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    on_progress: Callable[[Progress], None] | None = None,
    report_mode: str | None = None,
    config: Path | None = None,
    cwd: Path | None = None,
    baseline: Path | None = None,
    lang: str | None = None,
) -> Batch:
    """Check the options and the report folders and find Tesseract, before any case is read.

    The firm's configuration (`config`, else `audit.toml` in `cwd`, the working folder) gives
    checklists loaded before `checklists`, and `fail_on` and `report_mode` when they are None.

    Raises UsageError (exit 2) for a bad option, NoCaseToAudit (exit 3) when no case folder
    given can be audited, OutputError (exit 5) for a report folder that cannot be written or
    lies in a case folder, DependencyMissing (exit 4) without Tesseract. Case folders that are
    missing, plain files or hold no document are left out and listed in `Batch.refused`.
    """
    wanted = parse_formats(formats)
    as_of_date = parse_as_of(as_of)
    config_path = find_config(config, cwd)
    firm = load_config(config_path) if config_path is not None else None
    for checklist in checklists:
        if not checklist.is_file():
            raise UsageError(_("--checklist: {path}: no such file").format(path=checklist))
    if jobs is not None and jobs < 1:
        raise UsageError(
            _("--jobs: {jobs} is not a number of workers; give 1 or more").format(jobs=jobs)
        )
    if fail_on is not None and fail_on not in FAIL_ON:
        raise UsageError(
            _("--fail-on: {value!r} is not one of {allowed}").format(
                value=fail_on, allowed=", ".join(FAIL_ON)
            )
        )
    fail_on = fail_on or (firm.fail_on if firm else None) or "error"
    if lang is not None and lang not in LANGS:
        raise UsageError(
            _("--lang: {value!r} is not one of {allowed}").format(
                value=lang, allowed=", ".join(LANGS)
            )
        )
    lang = lang or (firm.lang if firm else None) or "en"
    if report_mode is None and firm is not None and firm.report_mode is not None:
        mode = output.parse_report_mode(firm.report_mode, f"{firm.path}: report_mode")
    else:
        mode = output.parse_report_mode(report_mode)
    every_checklist = (*(firm.checklists if firm else ()), *checklists)
    load_checklists(every_checklist)  # a bad checklist stops the run before any reading
    if baseline is not None:
        from auditor.report.changes import read_baseline

        if len(case_dirs) > 1:
            raise UsageError(
                _(
                    "--baseline: compares one case with an earlier report; give one case folder "
                    "(with several, each case is compared with the report already in its folder)"
                )
            )
        read_baseline(baseline)  # a file that cannot serve stops the run before any reading
    checked = inputs.check_case_dirs(case_dirs)
    if not checked.accepted:
        raise NoCaseToAudit(checked.refused)
    if out == STDOUT:
        if len(case_dirs) != 1 or wanted != ("json",):
            raise UsageError(
                _(
                    "--out -: writes one case's report.json to stdout; give one case folder and "
                    "--format json"
                )
            )
    else:
        output.check_output(case_dirs, out)
    engine = ocr.probe()
    options = AuditOptions(
        as_of=as_of_date,
        jobs=jobs or cores(),
        cache_dir=read_cache.checked_dir() if use_cache else None,
        checklist_files=every_checklist,
        on_progress=on_progress,
        audited_at=dt.datetime.now(dt.UTC).replace(microsecond=0),  # the CLI reads the clock
    )
    return Batch(
        checked.accepted,
        engine,
        options,
        out,
        wanted,
        fail_on,
        mode,
        checked.refused,
        tuple(case_dirs),
        firm,
        baseline,
        lang,
    )


def run(batch: Batch) -> list[AuditResult | AuditError]:
    """Audit every case folder; a case that cannot be audited gives its error in its place.
    A bad checklist stops the whole batch (UsageError). The firm's configuration file, when
    there is one, is recorded in each result (path and sha256) for the audit trail."""
    outcomes = run_batch(list(batch.case_dirs), batch.engine, batch.options)
    if batch.config is None:
        return outcomes
    record = (str(batch.config.path), batch.config.sha256)
    return [o if isinstance(o, AuditError) else replace(o, config=record) for o in outcomes]


@dataclass(frozen=True)
class CaseReport:
    """One case's outcome: its reports written, or the error that stopped its audit."""

    case_dir: Path
    result: AuditResult | None = None
    report: Path | None = None  # the HTML report, else the JSON one
    error: AuditError | None = None
    notes: tuple[str, ...] = ()  # e.g. why the earlier report was not compared with
    json_text: str | None = None  # `--out -`: the report.json to print on stdout

    @property
    def warnings(self) -> list[str]:
        """What the user should know although the audit ran: files it did not read, and
        waivers of review.yaml that did not apply."""
        if self.result is None:
            return []
        notes = [
            f"{self.case_dir}: {i18n.localize(misnamed_note(n))}"
            for n in self.result.intake.misnamed
        ]
        idle = unused_summary(self.result.waivers)
        notes += [f"{self.case_dir}: {n}" for n in self.notes]
        review = review_summary(self.result)
        shown = [i18n.localize(idle)] if idle else []
        return notes + [f"{self.case_dir}: {line}" for line in shown + review]

    @property
    def summary(self) -> str:
        """`name: verdict (1 error, 2 warnings, 0 info; 1 to check by hand) -> report`, the line
        stdout shows; its counts are the case's one count (`AuditResult.summary`)."""
        if self.result is None:
            message = said_error(self.error) if self.error is not None else ""
            # Most errors name the case folder or a file in it already.
            return (
                message if message.startswith(str(self.case_dir)) else f"{self.case_dir}: {message}"
            )
        verdict = self.result.verdict
        return (
            f"{self.result.case_name}: {_(VERDICT_WORDS.get(verdict, verdict))} "
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

    The exit code is the first of EXIT_ORDER among: 1 when findings reach `fail_on`, a failed
    case's own code, 3 for a refused case folder. A report that cannot be written stops the
    batch with OutputError (exit 5).
    """
    cases: list[CaseReport] = []
    codes = [e.exit_code for e in batch.refused]
    for case_dir, target, outcome in zip(batch.case_dirs, batch.targets, outcomes, strict=True):
        if isinstance(outcome, AuditError):
            case = CaseReport(case_dir, error=outcome)
            codes.append(outcome.exit_code)
        elif batch.to_stdout:
            from auditor.report.json_report import report_text

            outcome, notes = compared(batch, outcome, target)
            case = CaseReport(case_dir, outcome, notes=notes, json_text=report_text(outcome))
            if fails(outcome, batch.fail_on):
                codes.append(1)
        else:
            outcome, notes = compared(batch, outcome, target)
            case = CaseReport(case_dir, outcome, write_case(batch, outcome, target), notes=notes)
            if fails(outcome, batch.fail_on):
                codes.append(1)
        cases.append(case)
        if on_case is not None:
            on_case(case)
    index = None
    written = [(c.result, c.report) for c in cases if c.result is not None and c.report]
    if len(batch.named) > 1 and written and not batch.to_stdout:
        from auditor.report.files import remove_index
        from auditor.report.index_files import write_index_data
        from auditor.report.index_view import build_index

        try:
            root = batch.out or REPORTS_DIR
            with i18n.language(i18n.DEFAULT_LANG):  # data for tools, English as report.json
                rows = build_index(written, root)
            write_index_data(rows, root, batch.report_mode)
            if "html" in batch.formats:
                from auditor.report.html import write_index

                index = write_index(
                    written, batch.out or REPORTS_DIR, batch.report_mode, batch.lang
                )
            else:  # an older index would link to report.html files no longer there
                remove_index(batch.out or REPORTS_DIR)
        except OSError as exc:
            raise OutputError(cannot_write(batch.out or REPORTS_DIR, exc)) from exc
    return BatchReport(cases, index, worst_exit(codes))


def compared(
    batch: Batch, result: AuditResult, target: Path
) -> tuple[AuditResult, tuple[str, ...]]:
    """`result` compared with its baseline: `--baseline`, else the report.json already in the
    case's report folder when it is of the same case; with what to tell the user about it."""
    from auditor.report.changes import BaselineError, read_baseline, with_baseline
    from auditor.report.json_report import report_dict

    notes: list[str] = []
    baseline = None
    path = batch.baseline or target / "report.json"
    if batch.baseline is not None or (not batch.to_stdout and path.is_file()):
        try:
            baseline = read_baseline(path)
        except BaselineError as exc:
            if batch.baseline is not None:
                raise
            notes.append(_("the earlier report is not compared with: {why}").format(why=exc))
    if baseline is not None:
        from auditor.report.changes import same_case

        if not same_case(baseline, report_dict(result)):
            if batch.baseline is None:
                notes.append(
                    _("{path} is another case's report: not compared with").format(path=path)
                )
                baseline = None
            else:
                notes.append(
                    _("--baseline {path} is a report of another case folder").format(path=path)
                )
    return with_baseline(result, baseline), tuple(notes)


def review_summary(result: AuditResult) -> list[str]:
    """Lines for stderr about review.yaml's statuses and sign-off that no longer hold."""
    lines = []
    stale = sum(1 for o in result.review if o.state == "stale")
    unused = sum(1 for o in result.review if o.state == "unused")
    if stale or unused:
        parts = [
            text.format(num=n)
            for n, text in ((stale, _("{num} stale")), (unused, _("{num} naming no finding")))
            if n
        ]
        lines.append(
            i18n.ngettext(
                "{num} review status to look at ({parts}): see the report",
                "{num} review statuses to look at ({parts}): see the report",
                stale + unused,
            ).format(num=stale + unused, parts=", ".join(parts))
        )
    if result.signoff_outcome is not None and not result.signoff_outcome.valid:
        lines.append(
            _("the sign-off is void: the case changed since it was signed; see the report")
        )
    return lines


def cannot_write(folder: Path, exc: OSError) -> str:
    why = (exc.strerror or str(exc)).lower()
    return _("{folder}: the reports cannot be written ({why}); choose another --out folder").format(
        folder=folder, why=why
    )


def write_case(batch: Batch, result: AuditResult, target: Path) -> Path:
    """Write one case's reports into `target` as a set; the HTML report's path, else the JSON's."""
    from auditor.report.files import Writer, write_report_set

    mode = batch.report_mode
    writers: list[Writer] = []
    if "json" in batch.formats:
        from auditor.report.json_report import write_json

        writers.append(lambda folder: write_json(result, folder, mode))
    if "html" in batch.formats:  # last: its path is the one shown
        from auditor.report.html import write_html, write_requests

        options = batch.options
        lang = batch.lang
        writers.append(lambda folder: write_requests(result, folder, mode, lang))
        writers.append(
            lambda folder: write_html(result, folder, options.jobs, options.cache_dir, mode, lang)
        )
    try:
        written = write_report_set(target, writers, mode)
    except OSError as exc:
        raise OutputError(cannot_write(target, exc)) from exc
    return written[-1]


def audit_cases(batch: Batch) -> BatchReport:
    """Audit every case folder of `batch` and write its reports; never prints."""
    return write_reports(batch, run(batch))
