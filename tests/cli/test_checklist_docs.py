"""The checklist format is documented where a QA lead looks (README, `audit rules --help`), and
the examples there are checklists and configuration files the auditor accepts as they stand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.config.firm import load_config
from auditor.rules.checklist import load_checklists

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def readme_block(section: str, language: str) -> str:
    text = (REPO / "README.md").read_text()
    body = text[text.index(f"## {section}\n") :]
    found = re.search(rf"```{language}\n(.*?)```", body, re.DOTALL)
    assert found, section
    return found[1]


def help_example() -> str:
    page = runner.invoke(app, ["rules", "--help"]).stdout
    lines = page[page.index("\n    rules:\n") + 1 : page.index("  Operators:")].splitlines()
    return "\n".join(line.removeprefix("    ") for line in lines) + "\n"


@pytest.mark.parametrize("example", ["readme", "help"])
def test_the_documented_checklist_example_loads_and_does_what_it_says(
    tmp_path: Path, example: str
) -> None:
    path = tmp_path / "firm.yaml"
    path.write_text(readme_block("Checklists", "yaml") if example == "readme" else help_example())
    lists = load_checklists([path])
    assert lists.severity("LETTER-AGE-001") == "warning"
    assert lists.param("LETTER-AGE-001", "max_age_days") == 120
    assert set(lists.disabled) == {"STUB-GAP-001"}
    assert lists.severity("QA-LETTER-009") == "info"
    passport = next(i for i in lists.qa if i.id == "QA-PASSPORT-001")
    assert (passport.days, passport.op) == (365, "valid_for_days")


def test_the_documented_configuration_loads(tmp_path: Path) -> None:
    (tmp_path / "checklists").mkdir()
    (tmp_path / "checklists" / "firm.yaml").write_text(readme_block("Checklists", "yaml"))
    (tmp_path / "audit.toml").write_text(readme_block("Firm configuration", "toml"))
    config = load_config(tmp_path / "audit.toml")
    assert (config.checklists, config.fail_on, config.report_mode, config.lang) == (
        (tmp_path / "checklists" / "firm.yaml",),
        "warning",
        "0640",
        "fr",
    )


def test_the_rules_list_and_explain_show_a_check_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "firm.yaml").write_text(
        "rules:\n  STUB-GAP-001:\n    enabled: false\n    reason: Checked by payroll\n"
    )
    (tmp_path / "audit.toml").write_text('checklists = ["firm.yaml"]\n')
    monkeypatch.chdir(tmp_path)
    listed = runner.invoke(app, ["rules"])
    (row,) = [line for line in listed.stdout.splitlines() if line.startswith("STUB-GAP-001")]
    assert row.split()[:2] == ["STUB-GAP-001", "off"]
    explained = runner.invoke(app, ["rules", "explain", "STUB-GAP-001"])
    assert explained.stdout.endswith("\n\nTurned off: Checked by payroll (firm.yaml:3)\n")
