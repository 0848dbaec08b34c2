"""Faults injected into the one OCR module: each costs its page, with a reason, never the audit."""

from __future__ import annotations

import importlib.util
import os
import signal
import time
from pathlib import Path

import pytest

from auditor.models import SourceFile
from auditor.reading import ocr
from auditor.reading import read as reading
from auditor.reading.discover import sha256_of
from auditor.reading.workers import TaskFailure, run_tasks

_spec = importlib.util.spec_from_file_location(
    "make_hostile", Path(__file__).parents[1] / "robustness" / "make_hostile.py"
)
make_hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_hostile)

ENGINE = ocr.Engine("0.0", "/nonexistent", ("eng",))  # never used: recognise is patched


def _scan(tmp_path: Path) -> SourceFile:
    path = tmp_path / "scan.png"
    path.write_bytes(make_hostile.small_png())
    return SourceFile(path, path.name, sha256_of(path), path.stat().st_size)


# A time limit no healthy page reaches: only the hang uses a short one, so that on a loaded
# machine a slow page is never taken for a hang, nor a crash reported as a time-out.
GENEROUS = 600.0
HANG_LIMIT = 3.0


def _read_scan(tmp_path: Path, seconds: float = GENEROUS):
    file = _scan(tmp_path)
    text = reading.read_text(file)
    items = [(file, n) for n in text.ocr_pages]
    outcomes = run_tasks(_ocr_page, items, 1, lambda _: seconds)
    pages = [
        reading.failed_page(o.item[1], o.result.reason)
        if isinstance(o.result, TaskFailure)
        else o.result
        for o in outcomes
    ]
    return reading.merge_ocr(text.read, pages)


def _ocr_page(item: tuple[SourceFile, int]):
    return reading.read_ocr_page(item[0], item[1], ENGINE)


def _hang(*args, **kwargs):
    time.sleep(120)


def _crash(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGSEGV)


def _fail(*args, **kwargs):
    raise RuntimeError("Tesseract: cannot allocate page image")


@pytest.mark.parametrize(
    ("fault", "seconds", "reason"),
    [
        (_hang, HANG_LIMIT, "longer than its 3-second limit"),
        (_crash, GENEROUS, "the reader crashed on this file"),
        (_fail, GENEROUS, "RuntimeError: Tesseract: cannot allocate page image"),
    ],
)
def test_an_ocr_fault_makes_the_file_unreadable_with_its_reason(
    tmp_path, monkeypatch, fault, seconds, reason
):
    monkeypatch.setattr(ocr, "recognise", fault)
    read = _read_scan(tmp_path, seconds)
    assert read.problem.startswith("the auditor could not read its page: ")
    assert reason in read.problem
    assert [p.number for p in read.pages] == [1]  # the page is kept, numbers stay true


def test_without_faults_the_same_scan_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(
        ocr,
        "recognise",
        lambda engine, image, dpi: ocr.OcrResult((ocr.OcrWord("Pay", (1, 1, 9, 9), 0.9),), 0),
    )
    read = _read_scan(tmp_path)
    assert read.problem is None and read.pages[0].text == "Pay"
