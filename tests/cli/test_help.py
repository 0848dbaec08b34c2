"""Every command and sub-command has help with an example, under `-h` as under `--help`."""

from __future__ import annotations

import re

import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from auditor.cli.main import app

runner = CliRunner()

# typer's labels for Python types: `<str>`, `<list[Path]>`, `<int range>`, `<text|json>`.
INTERNAL_TYPE = re.compile(r"<[\w|\[\], ]+>")


def command_paths() -> list[list[str]]:
    """The words of every command, walked from the app itself so a new one cannot be missed;
    the default command (audit CASE_DIR...) is reached with no word at all."""
    paths: list[list[str]] = []

    def walk(group: TyperGroup, words: list[str]) -> None:
        for name, command in group.commands.items():
            path = words if command.hidden else [*words, name]
            paths.append(path)
            if isinstance(command, TyperGroup):
                walk(command, path)

    walk(typer.main.get_group(app), [])
    return paths


def test_the_walk_finds_every_command() -> None:
    assert command_paths() == [[], ["crs"], ["rules"], ["rules", "explain"]]


@pytest.mark.parametrize("words", command_paths(), ids=lambda w: " ".join(["audit", *w]))
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_command_has_help_with_an_example(words: list[str], flag: str) -> None:
    result = runner.invoke(app, [*words, flag])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: {' '.join(['audit', *words])} [OPTIONS]")
    assert re.search(r"^\s*(Example|audit \w)", result.stdout, re.MULTILINE), result.stdout
    assert INTERNAL_TYPE.findall(result.stdout) == []


def test_h_and_help_show_the_same_page() -> None:
    assert runner.invoke(app, ["-h"]).stdout == runner.invoke(app, ["--help"]).stdout


def test_the_internal_type_pattern_catches_typer_labels() -> None:
    shown = (
        "  case_dirs... <list[Path]>  Case folders.\n  --jobs <int range>\n  --format <text|json>"
    )
    assert INTERNAL_TYPE.findall(shown) == ["<list[Path]>", "<int range>", "<text|json>"]
    assert INTERNAL_TYPE.findall("default ./audit-reports/<case-name>/") == []


def test_audit_help_lists_the_sub_commands() -> None:
    lines = runner.invoke(app, ["--help"]).stdout.splitlines()
    commands = lines[lines.index("Commands:") + 1 :]
    assert commands == [
        "  crs    Score a CRS profile without documents.",
        "  rules  List the rules the auditor checks, or explain one.",
    ]


def test_audit_help_shows_every_option_of_the_contract() -> None:
    out = runner.invoke(app, ["--help"]).stdout
    assert out.startswith("Usage: audit [OPTIONS] CASE_DIR...\n")
    for option in (
        "--as-of YYYY-MM-DD",
        "--out DIR",
        "--format html,json",
        "--checklist FILE",
        "--fail-on error|warning|never",
        "--jobs N",
        "--no-cache",
        "-q, --quiet",
        "-V, --version",
        "-h, --help",
    ):
        assert f"\n  {option} " in out, option


def test_the_audit_help_lists_every_exit_code_and_the_batch_order() -> None:
    page = runner.invoke(app, ["--help"]).stdout
    codes = page[page.index("Exit codes") :].split("\n\n")[0].splitlines()
    assert [line.removeprefix("  ") for line in codes] == [
        "Exit codes (several case folders: the first of 5, 4, 2, 1, 3 that applies):",
        "  0  the audit ran and no finding reached --fail-on",
        "  1  findings reached --fail-on",
        "  2  usage error: an option, a checklist, audit.toml, case.yaml or review.yaml is wrong",
        "  3  a case folder is missing, cannot be read, or holds no documents; or an internal",
        "     error stopped the run (--debug shows its traceback)",
        "  4  Tesseract or a language pack is missing (the message gives the install command)",
        "  5  a report cannot be written, or its folder lies inside a case folder",
    ]


def test_no_option_shows_a_click_range_label() -> None:
    page = runner.invoke(app, ["--help"]).stdout
    assert "[x>=" not in page, page
    result = runner.invoke(app, ["--jobs", "0", "case"])
    assert (result.exit_code, result.stderr) == (
        2,
        "audit: error: --jobs: 0 is not a number of workers; give 1 or more\n",
    )
