"""CLB/NCLC conversion at every table boundary, IELTS rounding, validity, required CLB."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.case.clb import TestResult as LanguageTestResult
from auditor.case.clb import (
    choose,
    clb,
    convert,
    ielts_overall,
    required_clb,
    score_problems,
)

D = dt.date
GT = "ielts_general_training"

BOUNDARIES = [
    # IELTS General Training: CLB 7 needs 6.0 in every ability; 5.5 is CLB 6 (W, L, S) / 6 (R: 5.0)
    (GT, "reading", 6.0, 7),
    (GT, "reading", 5.5, 6),
    (GT, "reading", 5.0, 6),
    (GT, "reading", 4.5, 5),
    (GT, "writing", 6.0, 7),
    (GT, "writing", 5.5, 6),
    (GT, "writing", 5.0, 5),
    (GT, "listening", 6.0, 7),
    (GT, "listening", 5.5, 6),
    (GT, "listening", 5.0, 5),
    (GT, "speaking", 6.0, 7),
    (GT, "speaking", 5.5, 6),
    (GT, "speaking", 5.0, 5),
    # CLB 9/10 edges: listening 8.0 -> 9, 8.5 -> 10; reading 7.5 -> 9, 8.0 -> 10
    (GT, "listening", 8.0, 9),
    (GT, "listening", 8.5, 10),
    (GT, "reading", 7.5, 9),
    (GT, "reading", 8.0, 10),
    (GT, "writing", 7.5, 10),
    (GT, "speaking", 7.5, 10),
    # below the table (reading < 3.5): "3 or lower"
    (GT, "reading", 3.0, 3),
    (GT, "reading", 3.5, 4),
    # TEF Canada (tests after 2023-12-10): reading/listening 433 -> 6, 434 -> 7
    ("tef_canada", "reading", 433, 6),
    ("tef_canada", "reading", 434, 7),
    ("tef_canada", "listening", 433, 6),
    ("tef_canada", "listening", 434, 7),
    ("tef_canada", "writing", 427, 6),
    ("tef_canada", "writing", 428, 7),
    ("tef_canada", "speaking", 455, 6),
    ("tef_canada", "speaking", 456, 7),
    ("tef_canada", "speaking", 556, 10),
    ("tef_canada", "reading", 305, 3),
    # TCF Canada: reading 452 -> 6, 453 -> 7; listening 457 -> 6, 458 -> 7; W/S 9 -> 6, 10 -> 7
    ("tcf_canada", "reading", 452, 6),
    ("tcf_canada", "reading", 453, 7),
    ("tcf_canada", "listening", 457, 6),
    ("tcf_canada", "listening", 458, 7),
    ("tcf_canada", "writing", 9, 6),
    ("tcf_canada", "writing", 10, 7),
    ("tcf_canada", "speaking", 9, 6),
    ("tcf_canada", "speaking", 10, 7),
    ("tcf_canada", "writing", 6, 5),
    ("tcf_canada", "writing", 5, 4),
    # PTE Core: reading 59 -> 6, 60 -> 7; writing 68/69; listening 59/60; speaking 67/68
    ("pte_core", "reading", 59, 6),
    ("pte_core", "reading", 60, 7),
    ("pte_core", "writing", 68, 6),
    ("pte_core", "writing", 69, 7),
    ("pte_core", "listening", 59, 6),
    ("pte_core", "listening", 60, 7),
    ("pte_core", "speaking", 67, 6),
    ("pte_core", "speaking", 68, 7),
    ("pte_core", "writing", 89, 9),
    ("pte_core", "writing", 90, 10),
    # CELPIP-General: level = CLB; 11 and 12 count as 10
    ("celpip_general", "reading", 6, 6),
    ("celpip_general", "reading", 7, 7),
    ("celpip_general", "listening", 11, 10),
    ("celpip_general", "speaking", 12, 10),
    ("celpip_general", "writing", 4, 4),
]


@pytest.mark.parametrize(("test", "ability", "score", "level"), BOUNDARIES)
def test_boundary(test: str, ability: str, score: float, level: int) -> None:
    assert clb(test, ability, score) == level


def test_unknown_score_or_test() -> None:
    assert clb(GT, "reading", None) is None
    assert clb("toefl", "reading", 25) is None


@pytest.mark.parametrize(
    ("bands", "overall"),
    [
        ((6.0, 6.0, 6.5, 6.0), 6.0),  # mean 6.125 -> 6.0
        ((6.0, 6.5, 6.5, 6.0), 6.5),  # mean 6.25 -> 6.5 (.25 rounds up)
        ((6.5, 6.5, 7.0, 7.0), 7.0),  # mean 6.75 -> 7.0 (.75 rounds up)
        ((6.5, 6.5, 7.0, 6.5), 6.5),  # mean 6.625 -> 6.5
        ((7.0, 7.0, 7.0, 6.5), 7.0),  # mean 6.875 -> 7.0
        ((8.0, 7.0, 7.0, 7.0), 7.5),  # mean 7.25 -> 7.5
    ],
)
def test_ielts_overall_rounding(bands: tuple[float, ...], overall: float) -> None:
    names = ("listening", "reading", "writing", "speaking")
    assert ielts_overall(dict(zip(names, bands, strict=True))) == overall


def test_score_problems() -> None:
    scores = {"listening": 8.0, "reading": 7.0, "writing": 7.0, "speaking": 7.0}
    assert score_problems(GT, scores, 7.5) == []
    assert "rounds to 7.5" in score_problems(GT, scores, 8.0)[0]
    assert "not a valid score" in score_problems(GT, {**scores, "reading": 6.3}, None)[0]
    assert "not a valid score" in score_problems("pte_core", {**scores, "reading": 95}, None)[0]
    assert "not a valid score" in score_problems("tcf_canada", {"writing": 21}, None)[0]


RESULT_DAY, TEST_DAY = D(2024, 12, 1), D(2024, 11, 20)


def _result(
    test: str = GT, result_date: dt.date | None = RESULT_DAY, test_date: dt.date | None = TEST_DAY
) -> LanguageTestResult:
    scores = {"listening": 8.0, "reading": 7.0, "writing": 7.0, "speaking": 7.0}
    return convert("t.pdf", test, scores, result_date, test_date)


def test_valid_two_years_from_result_date() -> None:
    r = _result()  # result 2024-12-01 -> valid until 2026-12-01
    assert r.valid_until == D(2026, 12, 1)
    assert r.expired(D(2026, 12, 1)) is False  # still valid on the submission day
    assert r.expired(D(2026, 12, 2)) is True


def test_leap_day_result() -> None:
    assert _result(result_date=D(2024, 2, 29)).valid_until == D(2026, 2, 28)


def test_tef_before_new_table_is_expired_not_converted() -> None:
    old = convert("t.pdf", "tef_canada", {"reading": 500}, D(2023, 12, 20), D(2023, 12, 10))
    new = convert("t.pdf", "tef_canada", {"reading": 500}, D(2023, 12, 20), D(2023, 12, 11))
    assert old.old_tef and old.expired(D(2024, 1, 1)) and old.clb["reading"] is None
    assert not new.old_tef and new.clb["reading"] == 8


def test_accepted_and_not_accepted() -> None:
    assert _result().accepted is True
    assert _result("ielts_academic").accepted is False
    assert _result("celpip_general_ls").accepted is False
    assert _result("pte_academic").accepted is False
    assert _result("toefl").accepted is None
    retake = "ielts_one_skill_retake"
    refused = convert("t.pdf", retake, {}, None, None, (retake,))
    assert refused.accepted is False


def test_choose_prefers_accepted_valid() -> None:
    academic = _result("ielts_academic", D(2026, 1, 1))
    old = _result(GT, D(2023, 1, 1))
    good = _result(GT, D(2025, 6, 1))
    assert choose((academic, old, good), D(2026, 12, 1)) is good


@pytest.mark.parametrize(
    ("hours", "teers", "expected"),
    [
        ({1: 1000.0, 3: 600.0}, [], (7, "TEER 0-1")),  # TEER 0-1 holds 1,000 of 1,600 > half
        ({1: 600.0, 2: 1000.0}, [], (5, "TEER 2-3")),  # TEER 2-3 holds more than half
        ({0: 780.0, 3: 780.0}, [], (7, "TEER 0-1")),  # exact half: the stricter 7
        ({}, [2], (5, "TEER 2-3")),  # nothing counted: the jobs' TEERs decide
        ({}, [5], (None, None)),
    ],
)
def test_required_clb(
    hours: dict[int, float], teers: list[int], expected: tuple[int | None, str | None]
) -> None:
    assert required_clb(hours, teers) == expected


def test_required_clb_strictest_parameter() -> None:
    assert required_clb({1: 100.0, 3: 1500.0}, [], "strictest") == (7, "TEER 0-1")


def test_pte_core_is_accepted_from_its_start_date() -> None:
    scores = {"listening": 70.0, "reading": 70.0, "writing": 70.0, "speaking": 70.0}
    before = convert("t.pdf", "pte_core", scores, D(2024, 2, 5), D(2024, 1, 29))
    first_day = convert("t.pdf", "pte_core", scores, D(2024, 2, 5), D(2024, 1, 30))
    only_result = convert("t.pdf", "pte_core", scores, D(2024, 1, 20), None)
    undated = convert("t.pdf", "pte_core", scores, None, None)
    assert before.accepted is False
    assert before.refused_because is not None and "2024-01-29" in before.refused_because
    assert first_day.accepted is True and first_day.refused_because is None
    assert only_result.accepted is False  # taken before its result came out
    assert undated.accepted is True  # the dates rules report what is not known
    # Other tests are not held to PTE Core's start.
    assert convert("t.pdf", "celpip_general", {}, D(2023, 1, 5), D(2023, 1, 2)).accepted


def test_an_ielts_one_skill_retake_is_refused_whatever_its_module() -> None:
    scores = {"listening": 7.0, "reading": 7.0, "writing": 7.0, "speaking": 7.0}
    retake = convert("t.pdf", "ielts_general_training", scores, D(2026, 3, 8), D(2026, 2, 23),
                     one_skill_retake=True)  # fmt: skip
    whole = convert("t.pdf", "ielts_general_training", scores, D(2026, 3, 8), D(2026, 2, 23))
    assert retake.accepted is False
    assert retake.refused_because is not None and "One Skill Retake" in retake.refused_because
    assert whole.accepted is True and whole.refused_because is None
