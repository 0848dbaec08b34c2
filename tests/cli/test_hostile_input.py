"""Hostile case folders and options at the command line (issue 18): one line and an exit code.

Each test runs the real CLI (`python -m auditor`) on small case folders made in `tmp_path`,
built from the issue's reproduction, and checks that the one bad case or option gives one line
on stderr with its exit code (CONTRACT.md section 1), no traceback, and that the other cases of
a batch are still audited and reported.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import traceback
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
    """A case folder with one unreadable stub document (fast to audit: a folder with no
    document at all is refused up front), with `case_yaml` as its case.yaml."""
    case = base / name
    case.mkdir()
    (case / "notes.pdf").write_bytes(b"%PDF-1.4\n")
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


@pytest.mark.parametrize("name", ["case.yml", "Case.yaml", "review.yml"])
def test_a_misnamed_case_file_is_reported_not_read(tmp_path: Path, name: str) -> None:
    """Before: case.yml (or review.yml, Case.yaml) was passed over without a word."""
    case = folder(tmp_path, "case", None)
    (case / name).write_text("not: [yaml", encoding="utf-8")  # never parsed
    done = run(str(case), "--out", "out", "-q", "--format", "json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # an empty case: findings, and no usage error
    meant = "review.yaml" if name.startswith("review") else "case.yaml"
    note = f"{name} is not read: the auditor reads only a file named exactly {meant}; rename it"
    assert done.stderr == f"audit: warning: {case}: {note}\n"
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    (finding,) = [f for f in report["findings"] if f["documents"] == [name]]
    assert (finding["rule"], finding["severity"]) == ("DOC-UNKNOWN-001", "info")
    assert finding["message"] == note + "."


CONTROL_NAME = "case\x1b[2J\x1b]0;owned\x07\u202eevil"


def test_names_reach_the_terminal_escaped(tmp_path: Path) -> None:
    """Before: a case folder named with escape sequences cleared and retitled the terminal
    (in the summary line, the error line and the progress line); a name that is not UTF-8
    broke report writing with UnicodeEncodeError."""
    bad = folder(tmp_path, CONTROL_NAME, "client:\n  name: [unclosed\n")
    good = folder(tmp_path, CONTROL_NAME + "-ok")
    raw = os.fsencode(tmp_path) + b"/bytes\xff"
    os.mkdir(raw)
    (Path(os.fsdecode(raw)) / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    done = subprocess.run(
        [sys.executable, "-m", "auditor", bad.name, good.name, b"bytes\xff", "--out", "out"]
        + ["--format", "json", "--no-cache", "--jobs", "1"],
        capture_output=True,
        cwd=tmp_path,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 2, done.stderr
    for stream in (done.stdout, done.stderr):
        assert not any(b < 0x20 and b != 0x0A for b in stream), stream
        assert "\u202e".encode() not in stream and b"\xff" not in stream
    shown = "case\\x1b[2J\\x1b]0;owned\\x07\\u202eevil"
    assert f"audit: error: {shown}/case.yaml:3: invalid YAML".encode() in done.stderr
    assert f"{shown}-ok: needs attention".encode() in done.stdout
    assert b"bytes\\xff: needs attention" in done.stdout
    assert len(list((tmp_path / "out").glob("bytes*/report.json"))) == 1  # written, UTF-8


NOBODY = 65534


def test_an_unreadable_case_folder_is_exit_3_and_the_batch_goes_on() -> None:
    """Before: a case folder the user may not read raised PermissionError (from case.yaml's
    Path.is_file) and every case of the batch was lost. As root permissions stop nothing, so
    the batch runs in a fork that has dropped to `nobody` (everything imported beforehand)."""
    from auditor.cli import batch
    from auditor.reading import read  # noqa: F401 - imported before the fork (the stub is read)
    from auditor.report import json_report  # noqa: F401 - imported before the fork
    from extractors import classify  # noqa: F401 - imported before the fork

    base = Path(tempfile.mkdtemp(prefix="unreadable-batch-"))
    try:
        base.chmod(0o777)
        closed = [p for p in base.parents if not p.stat().st_mode & stat.S_IXOTH]
        if os.geteuid() == 0 and closed:
            pytest.skip(f"`nobody` cannot reach {base}: {closed[0]} is closed to other users")
        locked, good = folder(base, "locked"), folder(base, "good")
        (base / "out").mkdir(mode=0o777)
        (base / "out").chmod(0o777)
        good.chmod(0o755)
        (good / "case.yaml").chmod(0o644)
        locked.chmod(0o000)
        # Warm up as root: `nobody` cannot import what is not imported yet (the interpreter's
        # own library may live in a folder closed to other users).
        warm = folder(base, "warm")
        batch.audit_cases(
            batch.prepare([warm], out=base / "warm-out", formats="json", jobs=1, use_cache=False)
        )
        plan = batch.prepare(
            [locked, good], out=base / "out", formats="json", jobs=1, use_cache=False
        )
        lines, code = _in_fork_as_nobody(lambda: _audit_lines(batch, plan))
        assert code == 0, "\n".join(lines)
        assert lines == [
            f"{locked}: cannot be read (Permission denied)",
            f"{good}: needs attention",
            "exit 1",  # the batch order: findings (1) are not hidden by an unreadable folder (3)
        ]
    finally:
        (base / "locked").chmod(0o755)
        shutil.rmtree(base)


def _audit_lines(batch, plan) -> list[str]:
    report = batch.audit_cases(plan)
    lines = [
        c.summary if c.error else f"{c.case_dir}: {c.result.verdict.replace('_', ' ')}"
        for c in report.cases
    ]
    return [*lines, f"exit {report.exit_code}"]


def _in_fork_as_nobody(work) -> tuple[list[str], int]:
    """Run `work()` in a child process as `nobody` (as the user itself when not root)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(reader)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            payload = json.dumps(work())
            code = 0
        except BaseException:  # noqa: BLE001 - reported to the parent as text
            payload = json.dumps(traceback.format_exc().splitlines())
        finally:
            try:
                with os.fdopen(writer, "w", encoding="utf-8") as out:
                    out.write(payload)
            finally:
                os._exit(code)
    os.close(writer)
    with os.fdopen(reader, encoding="utf-8") as received:
        payload = received.read()
    _, status = os.waitpid(pid, 0)
    return json.loads(payload), os.waitstatus_to_exitcode(status)


def test_a_bad_crs_section_stops_its_case_only(tmp_path: Path) -> None:
    """case.yaml's `crs:` section is checked as the case is scored, after every case's files
    are read; before, its error ended the whole batch (no report for the valid case) and
    named no case ('case.yaml: crs.age: ...')."""
    bad = folder(tmp_path, "bad", "crs:\n  age: old\n")
    good = folder(tmp_path, "good")
    done = run(str(bad), str(good), "--out", "out", "-q", "--format", "json", cwd=tmp_path)
    assert done.returncode == 2
    assert one_error_line(done.stderr) == (
        f"audit: error: {bad / 'case.yaml'}: crs.age: expected a whole number 0-120, got 'old'"
    )
    assert (tmp_path / "out" / "good" / "report.json").is_file()
