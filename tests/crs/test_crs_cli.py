"""`audit crs PROFILE.yaml`: exit codes, JSON shape and text output, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app

runner = CliRunner()

# Hand-worked (single): age 29 110 + bachelors 120 + CLB 9,8,8,9 31+23+23+31=108
# + Canadian 2 years 53 = 391 core; transferability: bachelors with lowest CLB 8 -> 13,
# bachelors with 2 years Canadian -> 25 = 38; additional 0. Total 429.
PROFILE = """\
age: 29
education: bachelors
first_language:
  test: celpip_general
  clb: {listening: 9, reading: 8, writing: 8, speaking: 9}
canadian_work_years: 2
as_of: 2026-01-15
"""


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "profile.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    return path


def test_json_shape_and_figures(profile):
    result = runner.invoke(app, ["crs", str(profile), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"total", "breakdown", "details"}
    assert data["total"] == 429
    assert data["breakdown"] == {"core": 391, "spouse": 0, "transferability": 38, "additional": 0}
    details = data["details"]
    assert details["with_spouse"] is False
    assert details["grid"] == {
        "effective_from": "2025-03-25",
        "date": "2026-01-15",
        "date_source": "as_of",
    }
    assert details["core"]["first_language"]["points"] == 108
    assert details["transferability"]["education_language"] == {
        "points": 13,
        "basis": "one credential, lowest CLB 8",
        "bundle": "education",
    }
    assert details["spouse"] == {}
    assert details["notes"] == [] and details["caps_applied"] == []


def test_text_output_is_a_readable_breakdown(profile):
    result = runner.invoke(app, ["crs", str(profile)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "CRS score: 429 / 1200"
    assert lines[1] == ("Scored single, on 2026-01-15 (as_of), grid in force from 2025-03-25")
    assert "Core / human capital                391" in lines
    assert "  first_language                    108   CLB L9 R8 W8 S9 -> 31+23+23+31" in lines
    assert "Skill transferability                38" in lines
    assert "Spouse factors                        0   (scored as single)" in lines


def test_unconfirmed_grid_is_said_in_both_formats(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(PROFILE.replace("2026-01-15", "2026-11-03"), encoding="utf-8")
    text = runner.invoke(app, ["crs", str(path)])
    assert text.exit_code == 0
    assert "uses the last confirmed grid" in text.stdout
    data = json.loads(runner.invoke(app, ["crs", str(path), "--format", "json"]).stdout)
    assert any("last confirmed grid" in n for n in data["details"]["notes"])
    assert data["total"] == 429  # same figures: the 2025-03-25 grid is still used


def test_as_of_option_used_when_profile_has_no_date(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(PROFILE.replace("as_of: 2026-01-15\n", ""), encoding="utf-8")
    result = runner.invoke(app, ["crs", str(path), "--as-of", "2025-04-01", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["details"]["grid"]["date"] == "2025-04-01"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (PROFILE + "job_offer: true\n", "line 8: job_offer: unknown key"),
        (PROFILE.replace("bachelors", "BA"), "line 2: education: 'BA' is not one of"),
        (
            PROFILE.replace("reading: 8,", "reading: 15,"),
            "line 5: first_language.clb.reading: expected a whole number 0-12",
        ),
        (PROFILE.replace("2026-01-15", "2024-06-01"), "no CRS grid for 2024-06-01"),
    ],
)
def test_bad_profile_exits_2_naming_the_key(tmp_path, text, message):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["crs", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_missing_file_exits_2(tmp_path):
    result = runner.invoke(app, ["crs", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_bad_as_of_option_exits_2(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(PROFILE.replace("as_of: 2026-01-15\n", ""), encoding="utf-8")
    result = runner.invoke(app, ["crs", str(path), "--as-of", "soon"])
    assert result.exit_code == 2
    assert "--as-of: expected a date" in result.stderr


def test_bad_format_option_exits_2(profile):
    assert runner.invoke(app, ["crs", str(profile), "--format", "xml"]).exit_code == 2


def test_help_has_an_example():
    result = runner.invoke(app, ["crs", "--help"])
    assert result.exit_code == 0
    assert "audit crs profile.yaml --format json" in result.stdout
