"""Which command runs, and how a run ends: the default command, sub-commands, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import __version__
from auditor.cli.main import app
from auditor.errors import DependencyMissing
from auditor.reading import ocr

runner = CliRunner()


@pytest.fixture
def folder_named_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "notes.pdf").write_bytes(b"%PDF-1.4\n")  # a document, unreadable
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.ocr
def test_a_folder_named_like_a_command_is_audited_by_its_path(folder_named_rules: Path) -> None:
    result = runner.invoke(app, ["./rules", "--out", "out", "-q", "--no-cache", "--jobs", "1"])
    assert result.exit_code == 1, result.output  # a case of one unreadable file misses the rest
    assert (
        result.stdout == "rules: needs attention (0 errors, 1 warning, 0 info; 9 to check by hand)"
        " -> out/report.html\n"
    )
    assert (folder_named_rules / "out" / "report.json").is_file()


def test_the_command_wins_over_a_folder_of_its_name(folder_named_rules: Path) -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    assert result.stdout.startswith("RULE ")
    assert not (folder_named_rules / "audit-reports").exists()


def test_after_double_dash_every_word_is_a_case_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["-q", "--", str(tmp_path / "crs")])
    assert result.exit_code == 3
    assert result.stderr == f"audit: error: {tmp_path / 'crs'}: no such folder\n"
    assert result.stdout == ""


def test_version() -> None:
    for flag in ("--version", "-V"):
        result = runner.invoke(app, [flag])
        assert (result.exit_code, result.stdout) == (0, f"cec-auditor {__version__}\n")


def test_no_arguments_shows_the_audit_help_on_stderr_and_exits_2() -> None:
    result = runner.invoke(app, [])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Usage: audit [OPTIONS] CASE_DIR...\n")


def test_a_usage_error_of_the_default_command_names_audit_once(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--bogus", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:2] == [
        "Usage: audit [OPTIONS] CASE_DIR...",
        "Try 'audit --help' for help.",
    ]


def test_a_run_ending_error_is_one_line_with_its_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_tesseract() -> ocr.Engine:
        raise DependencyMissing("Tesseract is not installed: sudo apt-get install tesseract-ocr")

    monkeypatch.setattr(ocr, "probe", no_tesseract)
    (tmp_path / "case").mkdir()
    (tmp_path / "case" / "letter.pdf").write_bytes(b"%PDF-1.4\n")
    result = runner.invoke(app, [str(tmp_path / "case"), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 4
    assert result.stderr == (
        "audit: error: Tesseract is not installed: sudo apt-get install tesseract-ocr\n"
    )
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "code", "stderr"),
    [
        (
            ["CASE", "--as-of", "2026-13-45"],
            2,
            "audit: error: --as-of: '2026-13-45' is not a date of the form YYYY-MM-DD\n",
        ),
        (
            ["CASE", "--format", "pdf"],
            2,
            "audit: error: --format: unknown format pdf; use html,json\n",
        ),
        (
            ["CASE", "--checklist", "nope.yaml"],
            2,
            "audit: error: --checklist: nope.yaml: no such file\n",
        ),
        (["audit", "-q"], 3, "audit: error: audit: no such folder\n"),  # no command `audit`
        (
            ["rules", "explain", "NOPE-000"],
            2,
            "audit: error: unknown rule 'NOPE-000'; `audit rules` lists them all.\n",
        ),
        (
            ["crs", "nope.yaml"],
            2,
            "audit: error: nope.yaml: cannot read: No such file or directory\n",
        ),
    ],
)
def test_errors_are_one_line_on_stderr(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    code: int,
    stderr: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [str(tmp_path) if a == "CASE" else a for a in args])
    assert (result.exit_code, result.stderr, result.stdout) == (code, stderr, "")
