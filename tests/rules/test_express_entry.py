"""EE-CRS-001 and EE-CATEGORY-001: the A11.2 re-check on the submission date, and the lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.crs.profile import ProfileError
from auditor.errors import UsageError
from auditor.models import Finding
from auditor.rules.categories import load_categories, shipped_categories
from tests.rules.builders import D, good_documents, intake, letter, run, swap_in
from tests.rules.ee_cases import (
    EE_CASES,
    STEM_LETTER,
    birthday_below_cutoff,
    birthday_documents,
    category,
    crs,
    french,
    invited,
    scores,
    weakly_read_birth_date,
)


def findings(case: tuple, rule: str) -> list[Finding]:
    documents, intake_ = case
    return [f for f in run(documents, intake_).findings if f.rule == rule]


def only(case: tuple, rule: str) -> Finding:
    (finding,) = findings(case, rule)
    return finding


@pytest.mark.parametrize(
    ("rule", "status"),
    [(rule, status) for rule in sorted(EE_CASES) for status in ("failed", "passed", "unknown")],
)
def test_each_express_entry_rule_fails_passes_and_needs_a_person(rule: str, status: str) -> None:
    assert {f.status for f in findings(EE_CASES[rule][status](), rule)} == {status}


def test_a_birthday_between_ita_and_submission_drops_the_score_below_the_cutoff() -> None:
    then, now = scores(birthday_documents())
    assert then - now == 5  # single, age 29 -> 30: 110 -> 105
    finding = only(birthday_below_cutoff(), "EE-CRS-001")
    assert finding.status == "failed" and finding.severity == "error"
    assert "age 29 -> 30 on 2026-12-01: -5" in finding.message
    assert f"supports on 2026-12-01 (the submission date): {now}." in finding.message
    assert f"invited down to {then}" in finding.message
    assert f"On the ITA date the evidence supported {then}." in finding.message
    assert f"5 below the cut-off {then} and 5 below the declared {then}" in finding.message


def test_the_same_birthday_passes_when_the_score_still_reaches_the_cutoff() -> None:
    finding = only(invited(birthday_documents()), "EE-CRS-001")
    assert finding.status == "passed"
    assert "age 29 -> 30 on 2026-12-01: -5" in finding.message


def test_a_score_below_the_declared_score_alone_fails() -> None:
    _, now = scores(good_documents())
    finding = only(invited(claimed_score=now + 1), "EE-CRS-001")
    assert finding.status == "failed"
    assert f"1 below the declared {now + 1}" in finding.message
    assert "No factor changed" in finding.message


def test_a_weakly_read_birth_date_makes_the_failure_unknown_and_names_it() -> None:
    finding = only(weakly_read_birth_date(), "EE-CRS-001")
    assert finding.status == "unknown"
    assert "id/passport.pdf: date_of_birth (50%)" in finding.message


def test_no_passport_makes_the_score_unknown() -> None:
    documents = [d for d in birthday_below_cutoff()[0] if d.kind != "passport"]
    finding = only((documents, birthday_below_cutoff()[1]), "EE-CRS-001")
    assert finding.status == "unknown"
    assert "age: no passport date of birth was read" in finding.message


def test_an_expired_result_earns_no_points_on_the_submission_date() -> None:
    from tests.rules.builders import ielts

    # Valid until 2026-11-10: scored on the ITA date, expired on the submission date.
    documents = swap_in(
        good_documents(), ielts(test_date=D(2024, 11, 1), result_date=D(2024, 11, 10))
    )
    then, now = scores(documents)
    assert now < then
    finding = only(invited(documents, round={"type": "cec", "cutoff": then}), "EE-CRS-001")
    assert finding.status == "failed"
    assert "first language" in finding.message and "on 2026-12-01" in finding.message


@pytest.mark.parametrize(
    ("over", "named"),
    [
        ({"ita_date": None}, "crs.ita_date"),
        ({"round": None}, "crs.round"),
        ({"round": {"type": "cec"}}, "crs.round.cutoff"),
    ],
)
def test_a_missing_ita_date_round_or_cutoff_is_unknown_and_named(over: dict, named: str) -> None:
    finding = only(invited(**over), "EE-CRS-001")
    assert finding.status == "unknown" and finding.severity == "error"
    assert f"case.yaml gives no {named}:" in finding.message


def test_without_an_invitation_one_passed_finding_says_neither_check_ran() -> None:
    evaluation = run(good_documents())
    ee = [f for f in evaluation.findings if f.rule.startswith("EE-")]
    assert [(f.rule, f.status) for f in ee] == [("EE-CRS-001", "passed")]
    assert ee[0].message.startswith("Not applicable: ")
    assert "EE-CATEGORY-001 did not run" in ee[0].message


def test_a_round_without_an_ita_date_still_checks_the_category() -> None:
    case = category("healthcare")
    documents, intake_ = case
    block = {k: v for k, v in (intake_.crs or {}).items() if k != "ita_date"}
    assert only((documents, intake(crs=block, work=())), "EE-CATEGORY-001").status == "failed"


def test_a_bad_round_in_case_yaml_is_a_usage_error() -> None:
    with pytest.raises(ProfileError, match=r"crs\.round\.cutoff: expected a whole number"):
        run(good_documents(), intake(crs=crs(round={"type": "cec", "cutoff": "high"})))
    with pytest.raises(ProfileError, match=r"crs\.round\.date: unknown key"):
        run(good_documents(), intake(crs=crs(round={"type": "cec", "date": D(2026, 1, 1)})))


def test_a_cec_round_needs_no_category() -> None:
    assert only(invited(), "EE-CATEGORY-001").status == "passed"


def test_a_category_finding_says_the_list_is_unverified_and_what_was_found() -> None:
    finding = only(category("healthcare"), "EE-CATEGORY-001")
    assert finding.status == "failed" and finding.severity == "warning"
    assert "The healthcare list (checklists/categories.yaml" in finding.message
    assert "is not verified" in finding.message
    assert "Not on the list: NOC 21223." in finding.message


def test_too_few_hours_in_a_listed_occupation_fail_with_the_count() -> None:
    # 21300 since 2026-01-05 at 37.5 h/week: about 1,420 counted hours by 2026-12-01.
    finding = only(category("stem", noc_code="21300", start_date=D(2026, 1, 5)), "EE-CATEGORY-001")
    assert finding.status == "failed"
    assert "NOC 21300: 1," in finding.message and "h counted" in finding.message


def test_continuous_requires_one_run_of_weeks() -> None:
    from tests.rules.test_parameters import _with

    documents, case = category("stem", noc_code="21300", start_date=D(2024, 1, 8))
    lists = _with("EE-CATEGORY-001", continuous=True)
    finding = [f for f in run(documents, case, lists=lists).findings if f.rule == "EE-CATEGORY-001"]
    assert [f.status for f in finding] == ["passed"]


def test_a_canadian_experience_category_does_not_count_work_abroad() -> None:
    abroad = dict(noc_code="31102", work_location="Seattle, Washington, United States")
    assert only(category("physicians", **abroad), "EE-CATEGORY-001").status == "failed"
    assert only(category("physicians", noc_code="31102"), "EE-CATEGORY-001").status == "passed"


def test_an_unknown_round_type_is_unknown_and_lists_the_categories() -> None:
    finding = only(category("agriculture"), "EE-CATEGORY-001")
    assert finding.status == "unknown"
    assert "'agriculture' is not general, cec, french or a category" in finding.message


@pytest.mark.parametrize(
    ("over", "status"),
    [
        ({}, "passed"),
        ({"speaking": 450}, "failed"),  # NCLC 6 in speaking
        ({"test_date": D(2024, 1, 10), "result_date": D(2024, 1, 20)}, "failed"),  # expired
        ({"speaking": None}, "unknown"),
    ],
)
def test_the_french_round_needs_nclc_7_in_all_four(over: dict, status: str) -> None:
    assert only(french(**over), "EE-CATEGORY-001").status == status


def test_a_french_round_without_a_french_result_fails() -> None:
    finding = only((good_documents(), french()[1]), "EE-CATEGORY-001")
    assert finding.status == "failed"
    assert "no French test result in the file" in finding.message


def test_shipped_lists_are_unverified_with_source_and_date() -> None:
    lists = shipped_categories()
    assert {"healthcare", "stem", "trade", "physicians", "senior-managers"} <= set(lists)
    assert all(not c.verified and c.source.startswith("https://") for c in lists.values())
    assert lists["senior-managers"].codes == {"00012", "00013", "00014", "00015"}
    assert lists["physicians"].canadian_experience and not lists["stem"].canadian_experience


@pytest.mark.parametrize(
    ("body", "line", "says"),
    [
        ("categories:\n  stem:\n    title: S\n    colour: red\n", 4, "unknown key 'colour'"),
        ("categories:\n  stem:\n    title: S\n", 2, "missing required key 'codes'"),
        ("lists: {}\n", 1, "unknown key 'lists'"),
        (
            "categories:\n  stem:\n    title: S\n    codes:\n    - 12\n"
            "    effective_from: 2026-02-18\n    source: x\n    verified: false\n",
            5,
            "not a 5-digit NOC 2021 code",
        ),
    ],
)
def test_a_bad_categories_file_names_file_and_line(
    tmp_path: Path, body: str, line: int, says: str
) -> None:
    path = tmp_path / "categories.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(UsageError, match=rf"categories\.yaml:{line}: .*{says}"):
        load_categories(path)


def test_a_job_with_unread_hours_in_a_listed_occupation_is_unknown() -> None:
    documents = swap_in(
        [d for d in good_documents() if d.kind != "pay_stub"],
        letter(noc_code="21300", hours_per_week=None),
    )
    case = (documents, intake(crs=crs(round={"type": "stem", "cutoff": 400}), work=()))
    finding = only(case, "EE-CATEGORY-001")
    assert finding.status == "unknown"
    assert "hours or dates not read" in finding.message


def test_a_job_without_a_noc_code_may_be_in_the_category_so_it_is_unknown() -> None:
    finding = only(category("healthcare", noc_code=None), "EE-CATEGORY-001")
    assert finding.status == "unknown"
    assert "letters/northwind.pdf: NOC code not known (none)" in finding.message


def test_an_ita_before_the_list_took_effect_needs_the_list_of_that_day() -> None:
    documents, case = category("stem", **STEM_LETTER)
    block = {**(case.crs or {}), "ita_date": D(2025, 11, 5)}
    finding = only((documents, intake(crs=block, work=())), "EE-CATEGORY-001")
    assert finding.status == "unknown"
    assert "predates the list in checklists/categories.yaml (in force from 2026-02-18)" in (
        finding.message
    )


def test_the_months_follow_the_hours_parameter() -> None:
    from tests.rules.test_parameters import _with

    documents, case = category("healthcare")
    lists = _with("EE-CATEGORY-001", required_hours=780)
    (finding,) = [
        f for f in run(documents, case, lists=lists).findings if f.rule == "EE-CATEGORY-001"
    ]
    assert "needs 780 h (6 months full-time or the equivalent)" in finding.message
