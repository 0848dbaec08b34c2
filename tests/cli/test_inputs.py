"""The case folders named on the command line, checked before any work: one line each, the path
once, "did you mean" for a mistyped folder, and the batch's exit code the most severe."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import batch, inputs

REPO = Path(__file__).resolve().parents[2]
SHORT_HOURS = REPO / "samples" / "short-hours-parttime"  # not eligible: exit 1 with --fail-on error


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args, "-q"],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(os.environ),
        timeout=600,
    )


def test_a_missing_folder_is_named_once_with_a_close_sibling_suggested(tmp_path: Path) -> None:
    (tmp_path / "cases" / "raman").mkdir(parents=True)
    (tmp_path / "cases" / "joshi").mkdir()
    done = run("cases/ramn", "--out", "out", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (
        3,
        "",
        "audit: error: cases/ramn: no such folder; did you mean cases/raman?\n",
    )


def test_a_missing_folder_without_a_close_sibling_gets_no_suggestion(tmp_path: Path) -> None:
    done = run("nowhere", "--out", "out", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (3, "audit: error: nowhere: no such folder\n")


def test_plain_files_and_folders_without_documents_are_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "gen").mkdir()
    (tmp_path / "gen" / "cases.py").write_text("CASES = []\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / "README.md").write_text("# samples\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(batch.ocr, "probe", lambda: pytest.fail("probed Tesseract"))
    with pytest.raises(batch.NoCaseToAudit) as caught:
        batch.prepare([Path("README.md"), Path("empty"), Path("gen")], out=Path("out"))
    assert caught.value.exit_code == 3
    assert str(caught.value).splitlines() == [
        "README.md: a file, not a case folder; give the folder it is in",
        "no documents found in empty (no PDF, PNG, JPEG or TIFF file)",
        "no documents found in gen (no PDF, PNG, JPEG or TIFF file)",
    ]


def test_every_refused_input_is_one_line_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.txt").write_text("not a case\n")
    done = run("notes.txt", "empty", "--out", "out", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (
        3,
        "",
        "audit: error: notes.txt: a file, not a case folder; give the folder it is in\n"
        "audit: error: no documents found in empty (no PDF, PNG, JPEG or TIFF file)\n",
    )
    assert not (tmp_path / "out").exists()


def test_a_document_found_only_by_its_first_bytes_makes_a_case(tmp_path: Path) -> None:
    (tmp_path / "case" / "scans").mkdir(parents=True)
    (tmp_path / "case" / "case.yaml").write_text("client: {name: A}\n")
    assert not inputs.has_document(tmp_path / "case")
    (tmp_path / "case" / "scans" / "letter").write_bytes(b"%PDF-1.7\n")
    assert inputs.has_document(tmp_path / "case")


@pytest.mark.parametrize(
    ("codes", "worst"),
    [([], 0), ([0, 3], 3), ([3, 1], 1), ([1, 3, 2], 2), ([3, 5, 1], 5), ([4, 1], 4)],
)
def test_the_batch_exit_code_is_the_first_of_the_documented_order(
    codes: list[int], worst: int
) -> None:
    assert batch.worst_exit(codes) == worst


@pytest.mark.ocr
def test_an_unreadable_case_does_not_hide_the_findings_of_another(tmp_path: Path) -> None:
    shutil.copytree(SHORT_HOURS, tmp_path / "cases" / "short")
    (tmp_path / "cases" / "empty").mkdir()
    done = run("cases/short", "cases/empty", "--out", "out", "--format", "json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr == (
        "audit: error: no documents found in cases/empty (no PDF, PNG, JPEG or TIFF file)\n"
    )
    assert done.stdout.startswith("short: not eligible (")
    assert (tmp_path / "out" / "short" / "report.json").is_file()
    assert not (tmp_path / "out" / "empty").exists()
