"""Issue 4: every rule and QA item is failed by at least one sample case designed for it, and the
clean samples fail nothing that counts. Reads the samples' expected.yaml only (fast, no OCR): the
golden tests in test_samples.py check that the audits really produce those failures."""

from __future__ import annotations

from auditor.rules.catalogue import RULES
from auditor.rules.checklist import load_checklists
from samples.groundtruth import load_expected, sample_cases

CHECKLISTS = load_checklists()
QA_IDS = {item.id for item in CHECKLISTS.qa}


def _failed_anywhere() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for case in sample_cases():
        for rule in load_expected(case).failed:
            out.setdefault(rule, []).append(case.name)
    return out


def test_every_rule_and_qa_item_is_failed_by_a_sample() -> None:
    covered = _failed_anywhere()
    missing = sorted((set(RULES) | QA_IDS) - set(covered))
    assert not missing, f"no sample case is designed to fail: {', '.join(missing)}"


def test_expected_failures_name_known_rules() -> None:
    known = set(RULES) | QA_IDS
    for case in sample_cases():
        unknown = sorted(load_expected(case).failed - known)
        assert not unknown, f"{case.name}: expected.yaml lists unknown rule IDs {unknown}"


def test_clean_samples_fail_nothing_at_warning_or_error() -> None:
    for case in sample_cases():
        expected = load_expected(case)
        if expected.verdict != "ready":
            continue
        counting = sorted(
            r for r in expected.failed if CHECKLISTS.severity(r) in ("warning", "error")
        )
        assert not counting, (
            f"{case.name} is ready but lists failed rules at warning/error severity: {counting}"
        )
