"""A case's reports are written as a set: old set or new set, never a mix; no stale format."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.cli import batch
from auditor.reading.ocr import Engine
from auditor.report import files, html
from auditor.result import AuditResult

ENGINE = Engine("5.3.0", "/nowhere", ("eng",))  # writing reports needs no Tesseract


def _write(result: AuditResult, out: Path, formats: tuple[str, ...] = ("html", "json"), **kw):
    plan = batch.Batch((Path("case"),), ENGINE, batch.AuditOptions(), out, formats, **kw)
    return batch.write_reports(plan, [result])


def _verdicts(out: Path) -> dict[str, str]:
    """The verdict each report of the folder shows, by file name."""
    found = {}
    if (out / "report.json").exists():
        found["report.json"] = json.loads((out / "report.json").read_text())["verdict"]
    if (out / "report.html").exists():
        page = (out / "report.html").read_text(encoding="utf-8")
        found["report.html"] = "ready" if "Ready to submit" in page else "not_eligible"
    return found


@pytest.mark.parametrize("user_file", [False, True], ids=["report-folder", "shared-folder"])
def test_an_interrupted_write_leaves_the_old_set_whole(
    hostile_result: AuditResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_file: bool
) -> None:
    out = tmp_path / "r"
    _write(hostile_result, out)
    if user_file:  # `--out` holds the user's own file too: it is kept
        (out / "notes.txt").write_text("mine")
    old = {name: (out / name).read_bytes() for name in ("report.json", "report.html")}
    assert _verdicts(out) == {"report.json": "not_eligible", "report.html": "not_eligible"}

    def interrupted(*args: object, **kw: object) -> Path:
        raise KeyboardInterrupt  # Ctrl-C after report.json, before report.html

    monkeypatch.setattr(html, "write_html", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _write(replace(hostile_result, verdict="ready"), out)
    assert {name: (out / name).read_bytes() for name in old} == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]  # no temporary folder left
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["report.html", "report.json", *(["notes.txt"] if user_file else [])]
    )


@pytest.mark.parametrize("user_file", [False, True], ids=["report-folder", "shared-folder"])
def test_json_only_into_an_old_folder_leaves_no_report_html(
    hostile_result: AuditResult, tmp_path: Path, user_file: bool
) -> None:
    out = tmp_path / "r"
    _write(hostile_result, out)
    if user_file:
        (out / "notes.txt").write_text("mine")
    done = _write(replace(hostile_result, verdict="ready"), out, ("json",))
    assert done.cases[0].report == out / "report.json"
    assert _verdicts(out) == {"report.json": "ready"}
    assert (out / "notes.txt").exists() == user_file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]


def test_a_new_set_replaces_the_old_one(hostile_result: AuditResult, tmp_path: Path) -> None:
    out = tmp_path / "r"
    _write(hostile_result, out)
    _write(replace(hostile_result, verdict="ready"), out)
    assert _verdicts(out) == {"report.json": "ready", "report.html": "ready"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]


def test_the_working_folder_is_never_renamed_away(
    hostile_result: AuditResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "r"
    _write(hostile_result, out)
    monkeypatch.chdir(out)  # `cd r && audit ../case --out .`
    inode = out.stat().st_ino
    _write(replace(hostile_result, verdict="ready"), Path("."))
    assert (out.stat().st_ino, _verdicts(out)) == (
        inode,
        {"report.json": "ready", "report.html": "ready"},
    )


def test_reports_are_private_unless_a_mode_is_given(
    hostile_result: AuditResult, tmp_path: Path
) -> None:
    _write(hostile_result, tmp_path / "private")
    _write(hostile_result, tmp_path / "shared", report_mode=0o640)
    modes = {
        f"{p.parent.name}/{p.name}": oct(stat.S_IMODE(p.stat().st_mode))
        for folder in ("private", "shared")
        for p in [tmp_path / folder, *sorted((tmp_path / folder).iterdir())]
    }
    assert modes == {
        f"{tmp_path.name}/private": "0o700",
        "private/report.html": "0o600",
        "private/report.json": "0o600",
        f"{tmp_path.name}/shared": "0o750",
        "shared/report.html": "0o640",
        "shared/report.json": "0o640",
    }


def test_a_json_only_batch_leaves_no_old_index(hostile_result: AuditResult, tmp_path: Path) -> None:
    cases = (Path("a/raman"), Path("a/joshi"))
    out = tmp_path / "r"
    both = batch.Batch(cases, ENGINE, batch.AuditOptions(), out)
    assert batch.write_reports(both, [hostile_result, hostile_result]).index == out / "index.html"
    json_only = batch.Batch(cases, ENGINE, batch.AuditOptions(), out, ("json",))
    assert batch.write_reports(json_only, [hostile_result, hostile_result]).index is None
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.*")) == [
        "index.csv",  # the batch's rows as data stay: they link to no HTML
        "index.json",
        "joshi/report.json",
        "raman/report.json",
    ]


def test_sets_left_by_a_killed_run_are_removed_once_old(
    hostile_result: AuditResult, tmp_path: Path
) -> None:
    old, recent = tmp_path / ".r.tmp-killed", tmp_path / ".r.old-at-work"
    for folder in (old, recent):
        folder.mkdir()
        (folder / "report.json").write_text("{}")
    os.utime(old, (0, 0))
    _write(hostile_result, tmp_path / "r")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".r.old-at-work", "r"]


def test_a_report_folder_in_a_folder_one_cannot_write_is_replaced_file_by_file(
    hostile_result: AuditResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "shared" / "r"
    _write(hostile_result, out, ("html", "json"))
    # A shared drive: the report folder is the analyst's, the folder above it is not (tests run
    # as root, whom permissions do not stop, so the check is answered here).
    real_access = os.access
    monkeypatch.setattr(
        files.os, "access", lambda p, m: Path(p).name != "shared" and real_access(p, m)
    )
    monkeypatch.setattr(files.os, "rename", lambda *a: pytest.fail("renamed in shared/"))
    _write(replace(hostile_result, verdict="ready"), out, ("json",))
    assert _verdicts(out) == {"report.json": "ready"}
    assert sorted(p.name for p in (tmp_path / "shared").iterdir()) == ["r"]
    assert sorted(p.name for p in out.iterdir()) == ["report.json"]
