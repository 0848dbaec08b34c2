"""`audit rules` and `audit rules explain`, through typer's CliRunner on the whole CLI."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.rules.catalogue import RULES

runner = CliRunner()


def test_lists_every_rule_with_severity_and_title() -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["RULE", "SEVERITY", "TITLE"]
    for rule in RULES:
        assert any(line.startswith(rule + " ") for line in lines), rule
    hours = next(line for line in lines if line.startswith("CEC-HOURS-001 "))
    assert hours.split()[1] == "error" and "1,560" in hours
    assert any(line.startswith("QA-PASSPORT-001 ") for line in lines)


def test_explain_shows_the_fixed_shape() -> None:
    result = runner.invoke(app, ["rules", "explain", "LETTER-AGE-001"])
    assert result.exit_code == 0, result.output
    for heading in ("Why:", "How to fix:", "Source:", "Parameters:"):
        assert heading in result.output
    assert "max_age_days: 180" in result.output
    assert result.output.startswith("LETTER-AGE-001  (info)")


def test_explain_qa_item() -> None:
    result = runner.invoke(app, ["rules", "explain", "qa-passport-001"])
    assert result.exit_code == 0
    assert "valid_for_days on expiry_date of passport (days=180)" in result.output


def test_explain_unknown_rule_exits_2() -> None:
    result = runner.invoke(app, ["rules", "explain", "CEC-NOPE-001"])
    assert result.exit_code == 2
    assert "unknown rule 'CEC-NOPE-001'" in result.output


def test_checklist_override_is_shown(tmp_path: Path) -> None:
    path = tmp_path / "firm.yaml"
    path.write_text("rules:\n  LETTER-AGE-001:\n    parameters:\n      max_age_days: 90\n")
    result = runner.invoke(app, ["rules", "explain", "LETTER-AGE-001", "--checklist", str(path)])
    assert "max_age_days: 90" in result.output


def test_bad_checklist_exits_2_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "firm.yaml"
    path.write_text("rules:\n  LETTER-AGE-001:\n    colour: red\n")
    result = runner.invoke(app, ["rules", "--checklist", str(path)])
    assert result.exit_code == 2
    assert f"{path}:3:" in result.output


def test_every_command_has_help_with_an_example() -> None:
    for args in (["rules", "--help"], ["rules", "explain", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0
        assert "Example: audit rules" in result.output
