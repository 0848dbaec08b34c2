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
    cached = {f.relpath: cache.get(f) for f in files}
    misses = [f for f in files if cached[f.relpath] is None]
    text = run_tasks(
        _text_task,
        misses,
        options.jobs,
        lambda f: TEXT_SECONDS_BASE + TEXT_SECONDS_PER_MB * f.size / 1e6,
        _report(options, "text", len(misses)),
    )
    passes: dict[str, reading.TextPass] = {}
    failed: set[str] = set()
    for outcome in text:
        f = outcome.item
        if isinstance(outcome.result, TaskFailure):
            passes[f.relpath] = reading.TextPass(ReadFile(f, problem=outcome.result.reason), (), "")
            failed.add(f.relpath)
        else:
            passes[f.relpath] = outcome.result
    jobs_ocr = [(p.read.file, n, engine) for p in passes.values() for n in p.ocr_pages]
    ocr = run_tasks(
        _ocr_task,
        jobs_ocr,
        options.jobs,
        lambda _: OCR_SECONDS_PER_PAGE,
        _report(options, "ocr", len(jobs_ocr)),
    )
    ocr_pages: dict[str, list[Page]] = {}
    for outcome in ocr:
        f, number, _ = outcome.item
        if isinstance(outcome.result, TaskFailure):
            ocr_pages.setdefault(f.relpath, []).append(
                reading.failed_page(number, outcome.result.reason)
            )
            failed.add(f.relpath)
        else:
            ocr_pages.setdefault(f.relpath, []).append(outcome.result)
    result: list[ReadFile] = []
    for f in files:
        hit = cached[f.relpath]
        if hit is not None:
            result.append(hit)
            continue
        read = reading.merge_ocr(passes[f.relpath].read, ocr_pages.get(f.relpath, []))
        if f.relpath not in failed:  # a limit hit may pass next time: never cache it
            cache.put(read)
        result.append(read)
    return result


def _skipped_file(case_dir: Path, skipped: Skipped) -> ReadFile:
    file = SourceFile(case_dir / skipped.relpath, skipped.relpath, "", 0)
    return ReadFile(file, problem=f"not read: {skipped.reason}")


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_audit(case_dir: Path, engine: Engine, options: AuditOptions) -> AuditResult:
    """Audit one case folder. Never prints; never writes inside the case folder."""
    started = time.monotonic()
    checklists = load_checklists(options.checklist_files)
    intake = load_intake(case_dir)
    waivers = load_review(case_dir, set(checklists.rule_ids))
    if options.as_of is not None:
        as_of, source = options.as_of, "--as-of"
    elif intake.submission_date is not None:
        as_of, source = intake.submission_date, "case.yaml"
    else:
        as_of, source = options.today, "today"
    files, skipped = discover(case_dir)
    read = read_files(files, engine, options) + [_skipped_file(case_dir, s) for s in skipped]
    documents = tuple(d for r in read for d in split_and_classify(r))
    evaluation = evaluate(documents, intake, as_of, checklists)
    findings = apply_waivers(evaluation.findings, waivers)
    return AuditResult(
        case_name=case_dir.resolve().name,
        case_dir=case_dir,
        as_of=as_of,
        as_of_source=source,
        intake=intake,
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
