"""An internal error: one line and exit 3, or its traceback with --debug (which also logs)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import batch, commands
from auditor.cli.main import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_debug_left_on():
    yield
    commands.DEBUG["on"] = False
    for name in ("auditor", "extractors"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).setLevel(logging.NOTSET)


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    (case / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    return case


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a defect, SIN 046 454 286")


def test_an_internal_error_is_one_line_and_exit_3(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(batch, "run", _boom)
    result = runner.invoke(app, [str(_case(tmp_path)), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "audit: internal error: RuntimeError: a defect, SIN ••••••286; no report was written "
        "for this run (run it again with --debug to see where, and report it)"
    ]
    assert "Traceback" not in result.output


def test_with_debug_the_internal_error_keeps_its_traceback(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(batch, "run", _boom)
    args = [str(_case(tmp_path)), "--out", str(tmp_path / "out"), "-q", "--debug"]
    result = runner.invoke(app, args)
    assert isinstance(result.exception, RuntimeError)
    assert result.exit_code != 0


def test_debug_shows_log_lines_masked_on_stderr(capsys) -> None:  # noqa: ANN001
    from auditor.cli.terminal import log_to_stderr

    logging.getLogger("auditor.reading.cache").info("before --debug: not shown")
    log_to_stderr()
    logging.getLogger("auditor.reading.cache").info("entry for SIN 046-454-286.pdf not used")
    assert capsys.readouterr().err.splitlines() == [
        "audit: info: auditor.reading.cache: entry for SIN ••••••286.pdf not used"
    ]


def test_waivers_that_matched_nothing_are_named_on_stderr(tmp_path: Path) -> None:
    case = _case(tmp_path)
    (case / "review.yaml").write_text(
        "waive:\n  - rule: CEC-QUEBEC-001\n    document: letters/no-such-letter.pdf\n"
        "    reason: not in Quebec\n"
        "    by: QA\n    date: 2026-11-20\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, [str(case), "--out", str(tmp_path / "out"), "-q"])
    assert (
        f"audit: warning: {case}: 1 waiver did not apply (1 matched nothing): see the report"
        in result.stderr.splitlines()
    )
