"""The audit as a list of named stages: discover, read, classify, evaluate, apply waivers."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import __version__
from auditor.case.intake import Intake, Review, load_intake, read_review
from auditor.config.values import OutOfRange, in_range
from auditor.errors import AuditError, CaseUnreadable, UsageError
from auditor.evaluate import evaluate
from auditor.models import Document, Page, ReadFile, SourceFile, finding_ids
from auditor.reading.cache import ReadCache
from auditor.reading.discover import Skipped, discover
from auditor.reading.ocr import Engine
from auditor.reading.workers import Budget, Outcome, TaskFailure, run_tasks
from auditor.result import AuditResult
from auditor.rules.checklist import Checklists, load_checklists
from auditor.rules.review import case_fingerprint, review_outcomes, signoff_outcome
from auditor.rules.waivers import verdict, waiver_outcomes

if TYPE_CHECKING:
    from auditor.reading import read as reading

TEXT_SECONDS_BASE = 60.0
TEXT_SECONDS_PER_MB = 4.0
OCR_SECONDS_PER_PAGE = 180.0
# Reading one file (its text pass and all its pages, as worker-seconds) stops after this long:
# a small file built to draw slowly must not hold the case for hours (SECURITY.md).
FILE_SECONDS = 300.0


@dataclass(frozen=True)
class Progress:
    """One step of a long run, for the progress display.

    `done`/`total` count the tasks of the stage (files in "text", pages in "ocr"), `elapsed`
    the seconds since the stage started (an estimate of the time left is based on it). The
    whole run's files and pages done go with every step; `pages_total` is 0 while unknown
    (until every file's page count is known, at the end of the "text" stage).
    """

    stage: str  # "text" or "ocr"
    done: int
    total: int
    file: str
    elapsed: float = 0.0
    files_done: int = 0
    files_total: int = 0
    pages_done: int = 0
    pages_total: int = 0


@dataclass(frozen=True)
class AuditOptions:
    as_of: dt.date | None = None  # --as-of; else case.yaml's submission date; else `today`
    today: dt.date = field(default_factory=dt.date.today)
    audited_at: dt.datetime | None = None  # when the audit ran; the CLI reads the clock
    jobs: int = 1
    cache_dir: Path | None = None  # None: no cache
    checklist_files: tuple[Path, ...] = ()
    on_progress: Callable[[Progress], None] | None = None
    file_seconds: float = FILE_SECONDS  # the most time reading one file may take in all


Classified = tuple[ReadFile, tuple[Document, ...]]


def _classify(read: ReadFile) -> tuple[Document, ...]:
    # Imported here: a warm run finds every file's documents in the cache and needs no
    # extractor (their import is ~90 ms of start-up).
    from extractors.classify import split_and_classify

    return tuple(split_and_classify(read))


def _text_task(file: SourceFile) -> tuple[reading.TextPass, tuple[Document, ...] | None]:
    """Read a file's text layer; a file needing no OCR is also classified here, in the worker,
    so classification and extraction run on every core (None: the parent classifies)."""
    from auditor.reading import read as reading

    text = reading.read_text(file)
    if text.ocr_pages:
        return text, None
    read = reading.merge_ocr(text.read, [])
    try:
        documents: tuple[Document, ...] | None = _classify(read)
    except Exception:  # noqa: BLE001 - the parent classifies again, and raises as it always did
        documents = None
    return replace(text, read=read), documents


def _ocr_task(item: tuple[SourceFile, int, Engine]) -> Page:
    from auditor.reading import read as reading

    file, number, engine = item
    return reading.read_ocr_page(file, number, engine)


class _Tally:
    """Files and pages done across the whole run, for `Progress` (sent only for real work)."""

    def __init__(self, options: AuditOptions, files_total: int) -> None:
        self.options = options
        self.files_total = files_total
        self.files_done = 0
        self.pages_done = 0
        self.pages_total = 0
        self.stage = ""
        self.stage_started = time.monotonic()
        self.done = 0

    def start(self, stage: str) -> None:
        self.stage, self.stage_started, self.done = stage, time.monotonic(), 0

    def file_done(self, pages: int) -> None:
        self.files_done += 1
        self.pages_done += pages

    def step(self, total: int, relpath: str) -> None:
        self.done += 1
        if self.options.on_progress is not None:
            self.options.on_progress(
                Progress(
                    self.stage,
                    self.done,
                    total,
                    relpath,
                    time.monotonic() - self.stage_started,
                    self.files_done,
                    self.files_total,
                    self.pages_done,
                    self.pages_total,
                )
            )


def read_files(files: list[SourceFile], engine: Engine, options: AuditOptions) -> list[ReadFile]:
    """Read every file: cached ones from the cache, text layers first, then OCR page by page."""
    return [read for read, _ in read_and_classify(files, engine, options)]


def read_and_classify(
    files: list[SourceFile], engine: Engine, options: AuditOptions
) -> list[Classified]:
    """Every file read and split into its documents, in the order given.

    A cached file comes back with its documents when the extractors have not changed since it
    was cached (else its pages are classified again). The others are read in worker processes:
    text layers first, each file needing no OCR classified in its worker; then OCR page by
    page, each file classified here as soon as its last page is read, while OCR goes on.
    """
    cache = ReadCache(options.cache_dir, engine.settings_key)
    cached = {f.path: cache.lookup(f) for f in files}
    misses = [f for f in files if cached[f.path] is None]
    tally = _Tally(options, len(files))
    for hit in cached.values():
        if hit is not None:
            tally.file_done(len(hit[0].pages))
    reads: dict[Path, ReadFile] = {}  # by absolute path: cases share relative ones
    documents: dict[Path, tuple[Document, ...]] = {}
    failed: set[Path] = set()
    if misses:
        _read_misses(misses, engine, options, tally, reads, documents, failed)
    result: list[Classified] = []
    for f in files:
        hit = cached[f.path]
        if hit is not None:
            read, docs = hit
            if docs is None:  # cached before the extractors last changed
                docs = _classify(read)
                cache.put(read, docs)
            result.append((read, docs))
            continue
        read = reads[f.path]
        docs = documents.get(f.path)
        if docs is None:
            docs = _classify(read)
        if f.path not in failed:  # a limit hit may pass next time: never cache it
            cache.put(read, docs)
        result.append((read, docs))
    return result


def _read_misses(
    misses: list[SourceFile],
    engine: Engine,
    options: AuditOptions,
    tally: _Tally,
    reads: dict[Path, ReadFile],
    documents: dict[Path, tuple[Document, ...]],
    failed: set[Path],
) -> None:
    from auditor.reading import read as reading
    from extractors import classify  # noqa: F401 - before the workers fork: imported once

    passes: dict[Path, reading.TextPass] = {}

    def text_done(outcome: Outcome) -> None:
        f = outcome.item
        if isinstance(outcome.result, TaskFailure):
            passes[f.path] = reading.TextPass(ReadFile(f, problem=outcome.result.reason), (), "")
            failed.add(f.path)
        else:
            passes[f.path], docs = outcome.result
            if docs is not None:
                documents[f.path] = docs
        text = passes[f.path]
        tally.pages_done += len(text.read.pages)
        if not text.ocr_pages:
            reads[f.path] = reading.merge_ocr(text.read, [])
            tally.file_done(0)
        tally.step(len(misses), f.relpath)

    # One budget per file across both passes: past it, the file's other pages are not read.
    budget: Budget[SourceFile] = Budget(options.file_seconds, lambda f: f.path)
    tally.start("text")
    run_tasks(
        _text_task,
        misses,
        options.jobs,
        lambda f: TEXT_SECONDS_BASE + TEXT_SECONDS_PER_MB * f.size / 1e6,
        text_done,
        budget=budget,
    )
    jobs_ocr = [(p.read.file, n, engine) for p in passes.values() for n in p.ocr_pages]
    left = {path: len(p.ocr_pages) for path, p in passes.items() if p.ocr_pages}
    ocr_pages: dict[Path, list[Page]] = {}
    tally.pages_total = tally.pages_done + len(jobs_ocr)

    def ocr_done(outcome: Outcome) -> None:
        f, number, _ = outcome.item
        if isinstance(outcome.result, TaskFailure):
            page = reading.failed_page(number, outcome.result.reason)
            failed.add(f.path)
        else:
            page = outcome.result
        ocr_pages.setdefault(f.path, []).append(page)
        tally.pages_done += 1
        left[f.path] -= 1
        if left[f.path] == 0:  # the file's last page: classify it while OCR goes on
            read = reading.merge_ocr(passes[f.path].read, ocr_pages[f.path])
            reads[f.path] = read
            documents[f.path] = _classify(read)
            tally.file_done(0)
        tally.step(len(jobs_ocr), f.relpath)

    tally.start("ocr")
    run_tasks(
        _ocr_task,
        jobs_ocr,
        options.jobs,
        lambda _: OCR_SECONDS_PER_PAGE,
        ocr_done,
        budget=budget.for_items(lambda item: item[0].path),
    )


def _skipped_file(case_dir: Path, skipped: Skipped) -> ReadFile:
    file = SourceFile(case_dir / skipped.relpath, skipped.relpath, "", 0)
    return ReadFile(file, problem=skipped.reason)


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def case_name(case_dir: Path) -> str:
    """The case folder's name as text: a byte that is not UTF-8 shown as `\\xff`, as in the
    documents' paths (the reports are UTF-8 and could not hold it)."""
    name = case_dir.resolve().name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class _CasePlan:
    case_dir: Path
    intake: Intake
    review: Review
    as_of: dt.date
    as_of_source: str
    files: list[SourceFile]
    skipped: list[Skipped]


def _plan(case_dir: Path, checklists: Checklists, options: AuditOptions) -> _CasePlan:
    intake = load_intake(case_dir)
    review = read_review(case_dir, set(checklists.ids))
    if options.as_of is not None:
        try:
            as_of, source = in_range(options.as_of), "--as-of"
        except OutOfRange as exc:
            raise UsageError(f"--as-of: {exc}") from None
    elif intake.submission_date is not None:
        as_of, source = intake.submission_date, "case.yaml"
    else:
        as_of, source = options.today, "today"
    files, skipped = discover(case_dir)
    return _CasePlan(case_dir, intake, review, as_of, source, files, skipped)


def _finish(
    plan: _CasePlan,
    classified: list[Classified],
    engine: Engine,
    checklists: Checklists,
    started: float,
    audited_at: dt.datetime | None = None,
) -> AuditResult:
    skipped = [_skipped_file(plan.case_dir, s) for s in plan.skipped]
    classified = classified + [(r, _classify(r)) for r in skipped]
    read = [r for r, _ in classified]
    documents = tuple(d for _, docs in classified for d in docs)
    evaluation = evaluate(documents, plan.intake, plan.as_of, checklists)
    hashes = {r.file.relpath: r.file.sha256 for r in read if r.file.sha256}
    review = plan.review
    findings, waivers = waiver_outcomes(
        evaluation.findings, review.waivers, plan.as_of, hashes, (d.id for d in documents)
    )
    fingerprint = case_fingerprint(hashes, plan.intake.sha256, review.waivers)
    ids = finding_ids(findings)
    return AuditResult(
        case_name=case_name(plan.case_dir),
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
        waivers=waivers,
        audited_at=audited_at,
        review_statuses=review.statuses,
        signoff=review.signoff,
        fingerprint=fingerprint,
        review=review_outcomes(findings, ids, review.statuses, hashes, fingerprint),
        signoff_outcome=signoff_outcome(review.signoff, fingerprint),
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
        except OSError as exc:  # the folder went away or closed while it was planned
            plans.append(CaseUnreadable(f"{case_dir}: cannot be read ({exc.strerror or exc})"))
    every_file = [f for p in plans if isinstance(p, _CasePlan) for f in p.files]
    classified = iter(read_and_classify(every_file, engine, options))
    results: list[AuditResult | AuditError] = []
    for plan in plans:
        if isinstance(plan, AuditError):
            results.append(plan)
            continue
        case_files = [next(classified) for _ in plan.files]
        try:
            results.append(
                _finish(plan, case_files, engine, checklists, started, options.audited_at)
            )
        except AuditError as exc:  # case.yaml's crs: section, checked as the case is scored
            results.append(exc)
    return results


def run_audit(case_dir: Path, engine: Engine, options: AuditOptions) -> AuditResult:
    """Audit one case folder. Never prints; never writes inside the case folder."""
    result = run_batch([case_dir], engine, options)[0]
    if isinstance(result, AuditError):
        raise result
    return result
