"""Fixtures of the robustness tests: the hostile files, the shared corpus, a whole-file reader."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from auditor.models import Page, ReadFile, SourceFile
from auditor.reading import read as reading
from auditor.reading.discover import discover
from auditor.reading.workers import TaskFailure, run_tasks
from tests.shared import CORPUS, need_shared

HERE = Path(__file__).resolve().parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_hostile = _load("make_hostile")

TEXT_SECONDS = 60.0
OCR_SECONDS = 120.0


def read_all(
    files: list[SourceFile],
    engine,
    jobs: int = 2,
    text_seconds: float = TEXT_SECONDS,
    ocr_seconds: float = OCR_SECONDS,
) -> list[ReadFile]:
    """Read files as the pipeline does (text pass, then OCR page by page), without a cache."""
    text = run_tasks(reading.read_text, files, jobs, lambda _: text_seconds)
    passes = {}
    for outcome in text:
        f = outcome.item
        if isinstance(outcome.result, TaskFailure):
            passes[f.relpath] = reading.TextPass(ReadFile(f, problem=outcome.result.reason), (), "")
        else:
            passes[f.relpath] = outcome.result
    jobs_ocr = [(p.read.file, n) for p in passes.values() for n in p.ocr_pages]
    ocr = run_tasks(_ocr_task, [(f, n, engine) for f, n in jobs_ocr], jobs, lambda _: ocr_seconds)
    pages: dict[str, list[Page]] = {}
    for outcome in ocr:
        f, number, _ = outcome.item
        page = (
            reading.failed_page(number, outcome.result.reason)
            if isinstance(outcome.result, TaskFailure)
            else outcome.result
        )
        pages.setdefault(f.relpath, []).append(page)
    return [reading.merge_ocr(passes[f.relpath].read, pages.get(f.relpath, [])) for f in files]


def _ocr_task(item):
    file, number, engine = item
    return reading.read_ocr_page(file, number, engine)


def source(path: Path, root: Path | None = None) -> SourceFile:
    from auditor.reading.discover import sha256_of

    rel = path.relative_to(root).as_posix() if root else path.name
    return SourceFile(path, rel, sha256_of(path), path.stat().st_size)


@pytest.fixture(scope="session")
def engine():
    from auditor.reading import ocr

    return ocr.probe()


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory) -> Path:
    """Every self-made hostile file, made once per test session."""
    folder = tmp_path_factory.mktemp("hostile")
    make_hostile.make_hostile(folder)
    return folder


@pytest.fixture(scope="session")
def hostile_read(hostile_dir, engine) -> dict[str, ReadFile]:
    files, _ = discover(hostile_dir)
    return {r.file.relpath: r for r in read_all(files, engine)}


@pytest.fixture()
def corpus() -> Path:
    need_shared()
    return CORPUS
