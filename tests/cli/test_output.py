"""Where reports go: exit 5 for a report folder that cannot be written or lies in a case folder,
one folder per case even when case folders share a name, report permissions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import batch, output
from auditor.errors import OutputError
from auditor.reading.discover import discover
from auditor.reading.ocr import Engine
from tests.report.fixtures import build_result

ENGINE = Engine("5.3.0", "/nowhere", ("eng",))  # placing reports needs no Tesseract


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args, "-q"],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=600,
    )


def refused(done: subprocess.CompletedProcess[str]) -> tuple[int, str, str]:
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def case(tmp_path: Path) -> Path:
    folder = tmp_path / "raman"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def test_out_on_an_existing_file_exits_5(tmp_path: Path, case: Path) -> None:
    (tmp_path / "r").write_text("a file")
    assert refused(run("raman", "--out", "r", cwd=tmp_path)) == (
        5,
        "",
        "audit: error: --out r: r is a file, not a folder; give a folder path for the reports\n",
    )


def test_out_under_a_file_exits_5(tmp_path: Path, case: Path) -> None:
    (tmp_path / "r").write_text("a file")
    assert refused(run("raman", "--out", "r/raman", cwd=tmp_path)) == (
        5,
        "",
        "audit: error: --out r/raman: r is a file, not a folder; "
        "give a folder path for the reports\n",
    )


def test_an_unwritable_out_is_refused_before_any_reading(
    tmp_path: Path, case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    # Tests run as root, whom permissions do not stop: the check asks os.access, so ask it here.
    monkeypatch.setattr(output.os, "access", lambda path, mode: Path(path).name != "locked")
    monkeypatch.setattr(batch.ocr, "probe", lambda: pytest.fail("probed Tesseract"))
    with pytest.raises(OutputError) as caught:
        batch.prepare([case], out=tmp_path / "locked" / "r")
    assert caught.value.exit_code == 5
    assert str(caught.value) == (
        f"--out {tmp_path}/locked/r: {tmp_path}/locked cannot be written (permission denied); "
        "choose a folder you can write to"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_an_unwritable_out_exits_5(tmp_path: Path, case: Path) -> None:
    (tmp_path / "locked").mkdir(mode=0o500)
    assert refused(run("raman", "--out", "locked/r", cwd=tmp_path)) == (
        5,
        "",
        "audit: error: --out locked/r: locked cannot be written (permission denied); "
        "choose a folder you can write to\n",
    )


def test_a_report_that_cannot_be_written_exits_5(tmp_path: Path) -> None:
    (tmp_path / "r").write_text("made a file after the check")
    plan = batch.Batch((tmp_path / "case-hostile",), ENGINE, batch.AuditOptions(), tmp_path / "r")
    with pytest.raises(OutputError) as caught:
        batch.write_reports(plan, [build_result(tmp_path)])
    assert caught.value.exit_code == 5
    assert str(caught.value) == (
        f"{tmp_path}/r: the reports cannot be written (not a directory); "
        "choose another --out folder"
    )


def test_the_default_report_folder_inside_the_case_exits_5(case: Path) -> None:
    assert refused(run(".", cwd=case)) == (
        5,
        "",
        "audit: error: report folder audit-reports/raman: inside the case folder ., which the "
        "auditor never writes to; run the audit from outside the case folder, or give --out a "
        "folder outside it\n",
    )
    assert sorted(p.name for p in case.iterdir()) == ["notes.pdf"]


def test_out_inside_the_case_exits_5(tmp_path: Path, case: Path) -> None:
    assert refused(run("raman", "--out", "raman/reports", cwd=tmp_path)) == (
        5,
        "",
        "audit: error: --out raman/reports: inside the case folder raman, which the auditor "
        "never writes to; give --out a folder outside it\n",
    )
    assert sorted(p.name for p in case.iterdir()) == ["notes.pdf"]


def test_a_report_folder_in_a_case_is_not_read_as_documents(case: Path) -> None:
    (case / "audit-reports" / "raman").mkdir(parents=True)
    (case / "audit-reports" / "raman" / "report.html").write_text("<html></html>")
    (case / "status" / "audit-reports").mkdir(parents=True)
    (case / "status" / "audit-reports" / "report.json").write_text("{}")
    files, skipped = discover(case)
    assert [f.relpath for f in files] == ["notes.pdf"] and skipped == []


@pytest.mark.parametrize(
    ("out", "cases", "expected"),
    [
        (None, ["a/raman"], ["audit-reports/raman"]),
        ("r", ["a/raman"], ["r"]),
        ("r", ["a/raman", "a/joshi"], ["r/raman", "r/joshi"]),
        (None, ["a/raman", "a/joshi"], ["audit-reports/raman", "audit-reports/joshi"]),
        (
            "r",
            ["a/raman/documents", "a/joshi/documents"],
            ["r/raman/documents", "r/joshi/documents"],
        ),
        ("r", ["x/raman", "y/z/raman"], ["r/x/raman", "r/y/z/raman"]),
    ],
)
def test_each_case_gets_its_own_report_folder(
    out: str | None, cases: list[str], expected: list[str]
) -> None:
    plan = batch.Batch(tuple(Path(c) for c in cases), ENGINE, batch.AuditOptions(), out=None)
    plan = batch.Batch(plan.case_dirs, ENGINE, plan.options, Path(out) if out else None)
    assert plan.targets == [Path(e) for e in expected]


def test_same_named_cases_get_their_own_reports_and_index_rows(tmp_path: Path) -> None:
    raman = build_result(tmp_path / "raman")
    joshi = build_result(tmp_path / "joshi", employer="Joshi Employer Inc.")
    cases = (tmp_path / "raman" / "case-hostile", tmp_path / "joshi" / "case-hostile")
    plan = batch.Batch(cases, ENGINE, batch.AuditOptions(), tmp_path / "r", ("html", "json"))
    done = batch.write_reports(plan, [raman, joshi])
    assert [c.report for c in done.cases] == [
        tmp_path / "r" / "raman" / "case-hostile" / "report.html",
        tmp_path / "r" / "joshi" / "case-hostile" / "report.html",
    ]
    assert "Joshi Employer" in (done.cases[1].report or Path()).read_text(encoding="utf-8")
    assert done.index is not None
    index = done.index.read_text(encoding="utf-8")
    for name in ("raman", "joshi"):
        assert f'href="{name}/case-hostile/report.html"' in index
        assert f"{name}/case-hostile</" in index  # the row says which case it is


def test_a_bad_report_mode_is_a_usage_error(tmp_path: Path, case: Path) -> None:
    assert refused(run("raman", "--report-mode", "0666", "--out", "r", cwd=tmp_path)) == (
        2,
        "",
        "audit: error: --report-mode: '0666' is not a report permission; use 0600 (private, "
        "the default), 0640 (the group may read) or 0644 (everyone may read)\n",
    )


def test_the_report_mode_may_come_from_the_environment(tmp_path: Path, case: Path) -> None:
    done = run("raman", "--out", "r", cwd=tmp_path, env={"AUDIT_REPORT_MODE": "0777"})
    assert (done.returncode, done.stderr.startswith("audit: error: --report-mode: '0777' ")) == (
        2,
        True,
    )


def test_report_modes_are_parsed() -> None:
    assert [output.parse_report_mode(v) for v in (None, "", "0600", "640", "0o644")] == [
        0o600,
        0o600,
        0o600,
        0o640,
        0o644,
    ]


@pytest.mark.ocr
def test_the_cli_writes_same_named_cases_to_their_own_folders(tmp_path: Path) -> None:
    for client in ("raman", "joshi"):
        (tmp_path / "cases" / client / "documents").mkdir(parents=True)
        (tmp_path / "cases" / client / "documents" / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    done = run(
        "cases/raman/documents",
        "cases/joshi/documents",
        "--out",
        "r",
        "--no-cache",
        "--jobs",
        "1",
        cwd=tmp_path,
    )
    assert (done.returncode, done.stdout) == (
        1,
        "documents: needs attention (0 errors, 1 warning, 0 info; 9 to check by hand)"
        " -> r/raman/documents/report.html\n"
        "documents: needs attention (0 errors, 1 warning, 0 info; 9 to check by hand)"
        " -> r/joshi/documents/report.html\n"
        "index: r/index.html\n",
    )
    assert sorted(
        p.relative_to(tmp_path / "r").as_posix() for p in (tmp_path / "r").rglob("*.*")
    ) == [
        "index.csv",
        "index.html",
        "index.json",
        "joshi/documents/report.html",
        "joshi/documents/report.json",
        "raman/documents/report.html",
        "raman/documents/report.json",
    ]
