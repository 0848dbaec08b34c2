"""The firm's configuration file: ./audit.toml or --config, its keys checked, the command line
winning over it, and its path and sha256 recorded in the audit trail of every report."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.config.firm import find_config, load_config
from auditor.errors import UsageError

REPO = Path(__file__).resolve().parents[2]
READY = REPO / "samples" / "eligible-en-digital"
SHORT_HOURS = REPO / "samples" / "short-hours-parttime"  # not eligible: errors

FIRM_CHECKLIST = """\
rules:
  LETTER-AGE-001:
    enabled: false
    reason: Letters are re-dated at submission.
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args, "-q"],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={k: v for k, v in os.environ.items() if k != "AUDIT_REPORT_MODE"},
        timeout=600,
    )


def firm(tmp_path: Path, toml: str, sample: Path = READY) -> Path:
    shutil.copytree(sample, tmp_path / "raman")
    (tmp_path / "checklists").mkdir()
    (tmp_path / "checklists" / "firm.yaml").write_text(FIRM_CHECKLIST)
    (tmp_path / "audit.toml").write_text(toml)
    return tmp_path


def test_audit_toml_in_the_working_folder_is_used_and_recorded(tmp_path: Path) -> None:
    toml = 'checklists = ["checklists/firm.yaml"]\nreport_mode = "0640"\n'
    firm(tmp_path, toml)
    done = run("raman", "--out", "out", "--no-cache", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["audit"]["config"] == {
        "path": "audit.toml",
        "sha256": hashlib.sha256(toml.encode()).hexdigest(),
    }
    assert report["audit"]["disabled"] == [
        {
            "rule": "LETTER-AGE-001",
            "reason": "Letters are re-dated at submission.",
            "origin": "checklists/firm.yaml:3",
        }
    ]
    assert report["audit"]["checklists"][-1]["path"] == "checklists/firm.yaml"
    assert "LETTER-AGE-001" not in {f["rule"] for f in report["findings"]}
    assert oct((tmp_path / "out" / "report.json").stat().st_mode & 0o777) == "0o640"
    html = (tmp_path / "out" / "report.html").read_text()
    assert "<code>audit.toml</code>" in html
    assert (
        "<code>LETTER-AGE-001</code>: Letters are re-dated at submission. "
        '<span class="muted">(checklists/firm.yaml:3)</span>'
    ) in html


def test_fail_on_comes_from_the_config_and_the_command_line_wins(tmp_path: Path) -> None:
    firm(tmp_path, 'fail_on = "never"\n', SHORT_HOURS)
    args = ("raman", "--out", "out", "--format", "json")
    assert run(*args, cwd=tmp_path).returncode == 0
    assert run(*args, "--fail-on", "error", cwd=tmp_path).returncode == 1


def test_config_given_by_option_from_another_folder(tmp_path: Path) -> None:
    firm(tmp_path, 'fail_on = "never"\n', SHORT_HOURS)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "audit.toml").rename(tmp_path / "elsewhere" / "firm.toml")
    args = ("raman", "--out", "out", "--format", "json")
    assert run(*args, cwd=tmp_path).returncode == 1  # no ./audit.toml: the default, error
    assert run(*args, "--config", "elsewhere/firm.toml", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(
    ("toml", "stderr"),
    [
        (
            'fail_on = "warning"\nfail-on = "never"\n',
            "audit: error: audit.toml:2: unknown key 'fail-on' "
            "(allowed: checklists, fail_on, report_mode, lang)\n",
        ),
        (
            'fail_on = "sometimes"\n',
            "audit: error: audit.toml:1: fail_on = 'sometimes' is not one of "
            "error, warning, never\n",
        ),
        (
            'checklists = ["nope.yaml"]\n',
            "audit: error: audit.toml:1: checklist nope.yaml: no such file\n",
        ),
        (
            'report_mode = "0666"\n',
            "audit: error: audit.toml: report_mode: '0666' is not a report permission; use 0600 "
            "(private, the default), 0640 (the group may read) or 0644 (everyone may read)\n",
        ),
        ("lang = 'de'\n", "audit: error: audit.toml:1: lang = 'de' is not one of en, fr\n"),
        ("fail_on = \n", "audit: error: audit.toml:1: not valid TOML: Invalid value\n"),
    ],
)
def test_a_bad_config_is_one_line_naming_file_and_key(
    tmp_path: Path, toml: str, stderr: str
) -> None:
    firm(tmp_path, toml)
    done = run("raman", "--out", "out", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", stderr)
    assert not (tmp_path / "out").exists()


def test_a_missing_config_file_is_a_usage_error(tmp_path: Path) -> None:
    firm(tmp_path, "")
    done = run("raman", "--config", "nope.toml", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        2,
        "audit: error: --config: nope.toml: no such file\n",
    )


def test_a_bad_checklist_named_by_the_config_stops_the_run_before_reading(tmp_path: Path) -> None:
    firm(tmp_path, 'checklists = ["checklists/firm.yaml"]\n')
    (tmp_path / "checklists" / "firm.yaml").write_text(
        "rules:\n  LETTER-AGE-001:\n    enabled: false\n"
    )
    done = run("raman", "--out", "out", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        2,
        "audit: error: checklists/firm.yaml:3: LETTER-AGE-001: 'enabled: false' needs a "
        "'reason' (why the firm turns this check off)\n",
    )


def test_the_config_is_found_only_in_the_working_folder(tmp_path: Path) -> None:
    assert find_config(None, tmp_path) is None
    (tmp_path / "audit.toml").write_text('lang = "en"\n')
    assert find_config(None, tmp_path) == tmp_path / "audit.toml"
    assert find_config(Path("x.toml"), tmp_path) == Path("x.toml")
    assert load_config(tmp_path / "audit.toml").lang == "en"
    (tmp_path / "audit.toml").write_bytes(b"lang = '\xff'\n")
    with pytest.raises(UsageError, match="not UTF-8 text"):
        load_config(tmp_path / "audit.toml")
