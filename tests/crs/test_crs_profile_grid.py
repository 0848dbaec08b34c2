"""Strict profile loading (errors name key and line), raw-score conversion, grid choice by date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from pathlib import Path

import pytest

from auditor.case.clb import clb
from auditor.crs import grid as grid_module
from auditor.crs.calculator import calculate
from auditor.crs.clb import clb_from_scores
from auditor.crs.grid import GRID_2025_03_25, NoGridError, grid_for
from auditor.crs.profile import ProfileError, load_profile, parse_profile
from auditor.errors import UsageError

GOOD = """\
age: 29
education: bachelors
first_language:
  clb: {listening: 9, reading: 9, writing: 9, speaking: 9}
as_of: 2026-01-15
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, text))
    assert isinstance(caught.value, UsageError) and caught.value.exit_code == 2
    return str(caught.value)


def test_good_profile_loads(tmp_path):
    profile = load_profile(write(tmp_path, GOOD))
    assert profile.age == 29 and profile.first_language.lowest == 9
    assert profile.as_of == dt.date(2026, 1, 15)


def test_unknown_key_named_with_line(tmp_path):
    message = load_error(tmp_path, GOOD + "job_offer: true\n")
    assert "line 6: job_offer: unknown key" in message


def test_bad_education_named_with_line(tmp_path):
    message = load_error(tmp_path, GOOD.replace("bachelors", "bachelor"))
    assert "line 2: education: 'bachelor' is not one of" in message


def test_nested_bad_clb_named_by_path(tmp_path):
    text = (
        GOOD + "married: true\nspouse:\n  first_language:\n    clb: {listening: 13, "
        "reading: 5, writing: 5, speaking: 5}\n"
    )
    message = load_error(tmp_path, text)
    assert "line 9: spouse.first_language.clb.listening: expected a whole number 0-12" in message


def test_missing_required_key(tmp_path):
    message = load_error(tmp_path, GOOD.replace("age: 29\n", ""))
    assert "age: required" in message


def test_duplicate_key(tmp_path):
    message = load_error(tmp_path, GOOD + "age: 30\n")
    assert "line 6: age: duplicate key (first on line 1)" in message


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("age: true", "age"),
        ("age: 29.5", "age"),
        ("married: yes please", "married"),
        ("canadian_work_years: -1", "canadian_work_years"),
        ("as_of: 2026-13-01", "as_of"),
    ],
)
def test_bad_values(tmp_path, line, key):
    text = GOOD.replace("age: 29\n", "") + line + "\n"
    if key != "age":
        text = "age: 29\n" + text
    line_number = 5 if key == "age" else 6
    assert f"line {line_number}: {key}:" in load_error(tmp_path, text)


def test_refused_test_is_an_error(tmp_path):
    text = GOOD.replace("  clb:", "  test: ielts_academic\n  clb:")
    assert "first_language.test: ielts_academic is not accepted" in load_error(tmp_path, text)


def test_spouse_without_marriage_is_an_error():
    with pytest.raises(ProfileError, match="spouse: given, but married is not true"):
        parse_profile(
            {
                "age": 30,
                "education": "phd",
                "spouse": {"education": "phd"},
                "first_language": {
                    "clb": dict.fromkeys(("listening", "reading", "writing", "speaking"), 9)
                },
            }
        )


def test_two_results_in_one_language_is_an_error():
    levels = {"clb": dict.fromkeys(("listening", "reading", "writing", "speaking"), 9)}
    with pytest.raises(ProfileError, match="second_language: must be the other official"):
        parse_profile(
            {
                "age": 30,
                "education": "phd",
                "first_language": levels | {"test": "celpip_general"},
                "second_language": levels | {"language": "english"},
            }
        )


def test_not_valid_yaml(tmp_path):
    assert "not valid YAML" in load_error(tmp_path, "age: [29\n")


def test_nested_duplicate_key_named_by_path(tmp_path):
    text = GOOD + "married: true\nspouse:\n  education: phd\n  education: masters\n"
    message = load_error(tmp_path, text)
    assert "line 9: spouse.education: duplicate key (first on line 8)" in message


def test_yaml_limits_are_profile_errors_with_the_line(tmp_path):
    message = load_error(tmp_path, GOOD + "spouse: " + "[" * 100 + "\n")
    assert message.endswith("line 6: nested deeper than 50 levels"), message


def test_only_true_and_false_are_booleans_as_in_case_yaml(tmp_path):
    # one YAML reader for PROFILE.yaml and case.yaml: YAML 1.1's `yes` is text in both
    message = load_error(tmp_path, GOOD + "married: yes\n")
    assert "line 6: married: expected true or false, got 'yes'" in message


def test_an_unreadable_profile_is_a_usage_error(tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_bytes(b"age: \xff\n")
    with pytest.raises(UsageError, match="not UTF-8 text"):
        load_profile(path)
    with pytest.raises(UsageError, match="cannot read"):
        load_profile(tmp_path / "absent.yaml")


# --- raw scores, converted by auditor.case.clb (the project's one copy of the tables)
def test_raw_ielts_scores_convert_per_ability(tmp_path):
    # IELTS GT: listening 8.0 -> CLB 9, reading 6.5 -> 8, writing 7.5 -> 10, speaking 6.0 -> 7
    text = GOOD.replace(
        "  clb: {listening: 9, reading: 9, writing: 9, speaking: 9}",
        "  test: ielts_general_training\n  listening: 8.0\n  reading: 6.5\n"
        "  writing: 7.5\n  speaking: 6.0",
    )
    levels = load_profile(write(tmp_path, text)).first_language.levels
    assert levels == {"listening": 9, "reading": 8, "writing": 10, "speaking": 7}
    scores = {"listening": 8.0, "reading": 6.5, "writing": 7.5, "speaking": 6.0}
    assert clb_from_scores("ielts_general_training", scores) == levels
    assert clb("ielts_general_training", "writing", 7.5) == 10


def test_raw_tef_scores_earn_french_points():
    # TEF Canada: L 434 R 434 W 428 S 456 are each the NCLC 7 minimum -> French 25 without English
    profile = parse_profile(
        {
            "age": 45,
            "education": "less_than_secondary",
            "as_of": "2026-01-15",
            "first_language": {
                "test": "tef_canada",
                "listening": 434,
                "reading": 434,
                "writing": 428,
                "speaking": 456,
            },
        }
    )
    assert profile.first_language.levels == dict.fromkeys(
        ("listening", "reading", "writing", "speaking"), 7
    )
    assert calculate(profile).points("french") == 25


def test_raw_score_out_of_range_is_an_error(tmp_path):
    text = GOOD.replace(
        "  clb: {listening: 9, reading: 9, writing: 9, speaking: 9}",
        "  test: ielts_general_training\n  listening: 9.5\n  reading: 6.5\n"
        "  writing: 7.5\n  speaking: 6.0",
    )
    assert "line 3: first_language: scores out of range" in load_error(tmp_path, text)


# --- grid choice by date
def test_grid_before_2025_03_25_is_refused():
    with pytest.raises(NoGridError, match="no CRS grid for 2025-03-24"):
        grid_for(dt.date(2025, 3, 24))
    assert grid_for(dt.date(2025, 3, 25)).grid is GRID_2025_03_25


def test_unconfirmed_grid_note_from_2026_11_03():
    assert grid_for(dt.date(2026, 11, 2)).notes == ()
    notes = grid_for(dt.date(2026, 11, 3)).notes
    assert len(notes) == 1 and "last confirmed grid" in notes[0]
    assert "high-wage-occupation" in notes[0]


def test_ita_date_chooses_the_grid_before_as_of():
    base = {
        "age": 45,
        "education": "phd",
        "first_language": {
            "clb": dict.fromkeys(("listening", "reading", "writing", "speaking"), 9)
        },
    }
    by_ita = calculate(parse_profile(base | {"as_of": "2026-12-01", "ita_date": "2026-06-01"}))
    assert by_ita.scored_on == dt.date(2026, 6, 1) and by_ita.date_source == "ita_date"
    assert not any("last confirmed grid" in n for n in by_ita.notes)
    by_as_of = calculate(parse_profile(base | {"as_of": "2026-12-01"}))
    assert by_as_of.date_source == "as_of"
    assert any("last confirmed grid" in n for n in by_as_of.notes)


def test_a_later_grid_is_a_new_table(monkeypatch):
    # appending a grid changes scores from its date on and leaves earlier dates alone
    later = dataclasses.replace(GRID_2025_03_25, effective_from=dt.date(2027, 1, 1), sibling=20)
    monkeypatch.setattr(grid_module, "GRIDS", (GRID_2025_03_25, later))
    base = {
        "age": 45,
        "education": "less_than_secondary",
        "sibling_in_canada": True,
        "first_language": {
            "clb": dict.fromkeys(("listening", "reading", "writing", "speaking"), 3)
        },
    }
    assert calculate(parse_profile(base | {"as_of": "2026-12-31"})).additional == 15
    newer = calculate(parse_profile(base | {"as_of": "2027-01-01"}))
    assert newer.additional == 20
    assert not any("last confirmed grid" in n for n in newer.notes)
    assert GRID_2025_03_25.sibling == 15


def test_profile_reads_through_the_one_yaml_reader():
    source = Path(importlib.import_module("auditor.crs.profile").__file__).read_text()
    assert "import yaml" not in source and "SafeLoader" not in source


def test_module_has_no_clock_calls_below_cli():
    for name in ("grid", "profile", "calculator", "evidence", "clb"):
        source = Path(importlib.import_module(f"auditor.crs.{name}").__file__).read_text()
        assert "today()" not in source and "now()" not in source, name
