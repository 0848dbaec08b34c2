"""Hostile case folders and options at the command line (issue 18): one line and an exit code.

Each test runs the real CLI (`python -m auditor`) on small case folders made in `tmp_path`,
built from the issue's reproduction, and checks that the one bad case or option gives one line
on stderr with its exit code (CONTRACT.md section 1), no traceback, and that the other cases of
a batch are still audited and reported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.ocr  # the audit probes Tesseract before reading any case

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "eligible-en-digital"
VALID_CASE_YAML = "client:\n  name: Meera Joshi\n  date_of_birth: 1994-03-12\n"


def run(*args: str, cwd: Path):
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args, "--no-cache", "--jobs", "1"],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def folder(base: Path, name: str, case_yaml: str | None = VALID_CASE_YAML) -> Path:
    """A case folder without documents (fast to audit), with `case_yaml` as its case.yaml."""
    case = base / name
    case.mkdir()
    if case_yaml is not None:
        (case / "case.yaml").write_text(case_yaml, encoding="utf-8")
    return case


def one_error_line(stderr: str) -> str:
    """The single `audit: error:` line of stderr; fails on a traceback or several lines."""
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("audit: error: ")]
    assert len(errors) == 1, stderr
    return errors[0]


@pytest.mark.parametrize(
    ("as_of", "message"),
    [
        ("9999-12-31", "--as-of: 9999-12-31 is not between 1900-01-01 and 2199-12-31"),
        ("0001-01-01", "--as-of: 0001-01-01 is not between 1900-01-01 and 2199-12-31"),
        ("20261201", "--as-of: '20261201' is not a date of the form YYYY-MM-DD"),
    ],
)
def test_an_as_of_the_audit_cannot_count_from_is_a_usage_error(
    tmp_path: Path, as_of: str, message: str
) -> None:
    """Before: 9999-12-31 ended in OverflowError and 0001-01-01 in ValueError (tracebacks,
    exit 1); 20261201 was taken as 2026-12-01."""
    case = folder(tmp_path, "case")
    done = run(str(case), "--as-of", as_of, "--out", "out", "-q", cwd=tmp_path)
    assert done.returncode == 2
    assert one_error_line(done.stderr) == f"audit: error: {message}"
    assert done.stdout == "" and not (tmp_path / "out").exists()


@pytest.mark.parametrize("as_of", ["1900-01-01", "2199-12-31"])
def test_the_first_and_last_as_of_dates_audit_a_real_case(tmp_path: Path, as_of: str) -> None:
    done = run(
        str(SAMPLE), "--as-of", as_of, "--out", "out", "-q", "--format", "json", cwd=tmp_path
    )
    assert done.returncode == 1, done.stderr  # not eligible on such a day: findings, no crash
    assert done.stderr == "" and (tmp_path / "out" / "report.json").is_file()


def test_a_batch_goes_on_past_a_case_with_an_impossible_date(tmp_path: Path) -> None:
    """Before: a submission date of 9999-12-31 in one case.yaml stopped the whole batch with a
    traceback, and the valid cases got no report."""
    good = folder(tmp_path, "good")
    bad = folder(tmp_path, "bad", "application:\n  submission_date: 9999-12-31\n")
    dob = folder(tmp_path, "dob", "client:\n  date_of_birth: 1994-02-30\n")
    done = run(
        str(good), str(bad), str(dob), "--out", "out", "-q", "--format", "json", cwd=tmp_path
    )
    assert done.returncode == 2  # the worst case's code: a usage error beats findings (1)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.splitlines() == [
        f"audit: error: {bad / 'case.yaml'}:2: application.submission_date: "
        "9999-12-31 is not between 1900-01-01 and 2199-12-31",
        f"audit: error: {dob / 'case.yaml'}:2: client.date_of_birth: "
        "expected a date YYYY-MM-DD, got '1994-02-30'",
    ]
    assert (tmp_path / "out" / "good" / "report.json").is_file()
    assert not (tmp_path / "out" / "bad").exists() and not (tmp_path / "out" / "dob").exists()


@pytest.mark.parametrize("name", ["case.yaml", "review.yaml"])
def test_a_linked_case_file_is_named_never_read(tmp_path: Path, name: str) -> None:
    """Before: case.yaml linked to /etc/shadow printed its first line in the error."""
    secret = tmp_path / "shadow"
    secret.write_text("root:$y$j9T$not-a-real-hash:20228:0:99999:7:::\n", encoding="utf-8")
    case = folder(tmp_path, "case", None)
    (case / name).symlink_to(secret)
    good = folder(tmp_path, "good")
    done = run(str(case), str(good), "--out", "out", "-q", "--format", "json", cwd=tmp_path)
    assert done.returncode == 2
    line = one_error_line(done.stderr)
    assert line == (
        f"audit: error: {case / name}: is a symbolic link, which the auditor does not follow "
        "(it could lead out of the case folder); put the file itself in the case folder"
    )
    assert "root:" not in done.stderr + done.stdout
    assert (tmp_path / "out" / "good" / "report.json").is_file()
