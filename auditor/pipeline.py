"""The audit as a list of named stages: discover, read, classify, evaluate, apply waivers."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from auditor import __version__, reading
from auditor.cache import ReadCache
from auditor.checklist import Checklists, load_checklists
from auditor.discover import Skipped, discover
from auditor.errors import AuditError
from auditor.evaluate import Evaluation, evaluate
from auditor.intake import Intake, load_intake, load_review
from auditor.models import Document, Finding, Page, ReadFile, SourceFile, Verdict
from auditor.ocr import Engine
from auditor.waivers import apply_waivers, verdict
from auditor.workers import Outcome, TaskFailure, run_tasks
from extractors.classify import split_and_classify

TEXT_SECONDS_BASE = 60.0
TEXT_SECONDS_PER_MB = 4.0
OCR_SECONDS_PER_PAGE = 180.0


@dataclass(frozen=True)
class Progress:
    """One step of a long run, for the progress display."""

    stage: str  # "text" or "ocr"
    done: int
    total: int
    file: str


@dataclass(frozen=True)
class AuditOptions:
    as_of: dt.date | None = None  # --as-of; else case.yaml's submission date; else `today`
    today: dt.date = field(default_factory=dt.date.today)
    jobs: int = 1
    cache_dir: Path | None = None  # None: no cache
    checklist_files: tuple[Path, ...] = ()
    on_progress: Callable[[Progress], None] | None = None


@dataclass(frozen=True)
class AuditResult:
    """Everything a report shows about one case."""

    case_name: str
    case_dir: Path
    as_of: dt.date
    as_of_source: str  # "--as-of", "case.yaml" or "today"
    intake: Intake
    files: tuple[ReadFile, ...]
    documents: tuple[Document, ...]
    evaluation: Evaluation
    findings: tuple[Finding, ...]
    verdict: Verdict
    engine: Engine
    checklists: Checklists
    checklist_hashes: tuple[tuple[str, str], ...]
    tool_version: str
    duration_seconds: float


def _text_task(file: SourceFile) -> reading.TextPass:
    return reading.read_text(file)


def _ocr_task(item: tuple[SourceFile, int, Engine]) -> Page:
    file, number, engine = item
    return reading.read_ocr_page(file, number, engine)


def _report(options: AuditOptions, stage: str, total: int) -> Callable[[Outcome], None]:
    done = 0

    def on_done(outcome: Outcome) -> None:
        nonlocal done
        done += 1
        if options.on_progress is not None:
            item = outcome.item
            file = item[0] if isinstance(item, tuple) else item
            options.on_progress(Progress(stage, done, total, file.relpath))

    return on_done


def read_files(files: list[SourceFile], engine: Engine, options: AuditOptions) -> list[ReadFile]:
    """Read every file: cached ones from the cache, text layers first, then OCR page by page."""
    cache = ReadCache(options.cache_dir, engine.settings_key)
    cached = {f.path: cache.get(f) for f in files}
    misses = [f for f in files if cached[f.path] is None]
    text = run_tasks(
        _text_task,
        misses,
        options.jobs,
        lambda f: TEXT_SECONDS_BASE + TEXT_SECONDS_PER_MB * f.size / 1e6,
        _report(options, "text", len(misses)),
    )
    passes: dict[Path, reading.TextPass] = {}  # by absolute path: cases share relative ones
    failed: set[Path] = set()
    for outcome in text:
        f = outcome.item
        if isinstance(outcome.result, TaskFailure):
            passes[f.path] = reading.TextPass(ReadFile(f, problem=outcome.result.reason), (), "")
            failed.add(f.path)
        else:
            passes[f.path] = outcome.result
    jobs_ocr = [(p.read.file, n, engine) for p in passes.values() for n in p.ocr_pages]
    ocr = run_tasks(
        _ocr_task,
        jobs_ocr,
        options.jobs,
        lambda _: OCR_SECONDS_PER_PAGE,
        _report(options, "ocr", len(jobs_ocr)),
    )
    ocr_pages: dict[Path, list[Page]] = {}
    for outcome in ocr:
        f, number, _ = outcome.item
        if isinstance(outcome.result, TaskFailure):
            ocr_pages.setdefault(f.path, []).append(
                reading.failed_page(number, outcome.result.reason)
            )
            failed.add(f.path)
        else:
            ocr_pages.setdefault(f.path, []).append(outcome.result)
    result: list[ReadFile] = []
    for f in files:
        hit = cached[f.path]
        if hit is not None:
            result.append(hit)
            continue
        read = reading.merge_ocr(passes[f.path].read, ocr_pages.get(f.path, []))
        if f.path not in failed:  # a limit hit may pass next time: never cache it
            cache.put(read)
        result.append(read)
    return result


def _skipped_file(case_dir: Path, skipped: Skipped) -> ReadFile:
    file = SourceFile(case_dir / skipped.relpath, skipped.relpath, "", 0)
    return ReadFile(file, problem=skipped.reason)


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class _CasePlan:
    case_dir: Path
    intake: Intake
    waivers: tuple
    as_of: dt.date
    as_of_source: str
    files: list[SourceFile]
    skipped: list[Skipped]


def _plan(case_dir: Path, checklists: Checklists, options: AuditOptions) -> _CasePlan:
    intake = load_intake(case_dir)
    waivers = load_review(case_dir, set(checklists.ids))
    if options.as_of is not None:
        as_of, source = options.as_of, "--as-of"
    elif intake.submission_date is not None:
        as_of, source = intake.submission_date, "case.yaml"
    else:
        as_of, source = options.today, "today"
    files, skipped = discover(case_dir)
    return _CasePlan(case_dir, intake, tuple(waivers), as_of, source, files, skipped)


def _finish(
    plan: _CasePlan,
    read: list[ReadFile],
    engine: Engine,
    checklists: Checklists,
    started: float,
) -> AuditResult:
    read = read + [_skipped_file(plan.case_dir, s) for s in plan.skipped]
    documents = tuple(d for r in read for d in split_and_classify(r))
    evaluation = evaluate(documents, plan.intake, plan.as_of, checklists)
    findings = apply_waivers(evaluation.findings, plan.waivers)
    return AuditResult(
        case_name=plan.case_dir.resolve().name,
        case_dir=plan.case_dir,
        as_of=plan.as_of,
        as_of_source=plan.as_of_source,
        intake=plan.intake,
        files=tuple(read),
        documents=documents,
        evaluation=evaluation,
        findings=findings,
        verdict=verdict(findings),
        engine=engine,
        checklists=checklists,
        checklist_hashes=tuple((str(p), _hash(p)) for p in checklists.files),
        tool_version=__version__,
        duration_seconds=round(time.monotonic() - started, 3),
    )


def run_batch(
    case_dirs: list[Path], engine: Engine, options: AuditOptions
) -> list[AuditResult | AuditError]:
    """Audit several case folders, reading all their files in one pool so every core stays busy.

    A case that cannot be audited (unreadable folder, bad case.yaml or review.yaml) gives its
    error in its place; the others are audited. A bad checklist stops the whole batch.
    """
    started = time.monotonic()
    checklists = load_checklists(options.checklist_files)
    plans: list[_CasePlan | AuditError] = []
    for case_dir in case_dirs:
        try:
            plans.append(_plan(case_dir, checklists, options))
        except AuditError as exc:
            plans.append(exc)
    every_file = [f for p in plans if isinstance(p, _CasePlan) for f in p.files]
    read = iter(read_files(every_file, engine, options))
    results: list[AuditResult | AuditError] = []
    for plan in plans:
        if isinstance(plan, AuditError):
            results.append(plan)
            continue
        case_read = [next(read) for _ in plan.files]
        results.append(_finish(plan, case_read, engine, checklists, started))
    return results


def run_audit(case_dir: Path, engine: Engine, options: AuditOptions) -> AuditResult:
    """Audit one case folder. Never prints; never writes inside the case folder."""
    result = run_batch([case_dir], engine, options)[0]
    if isinstance(result, AuditError):
        raise result
    return result
