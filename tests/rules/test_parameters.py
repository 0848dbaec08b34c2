"""Every threshold a rule uses is a rules.yaml parameter, equal to the value DOMAIN.md gives."""

from __future__ import annotations

import dataclasses
import re
from types import MappingProxyType

import pytest

from auditor.case import clb, hours
from auditor.report.eligibility_view import required_hours
from auditor.result import Evaluation
from auditor.rules.checklist import Checklists, load_checklists
from tests.rules.builders import good_documents, run
from tests.shared import SHARED

DOMAIN = SHARED / "DOMAIN.md"

# (rule, parameter, the sentence of DOMAIN.md that gives the value, as a pattern around it)
FROM_DOMAIN = [
    ("CEC-HOURS-001", "required_hours", r"1 year of skilled work in Canada = ([\d,]+) hours"),
    ("CEC-HOURS-001", "window_years", r"within the \*\*(\d+) years before the\s+date"),
    ("CEC-HOURS-001", "weekly_cap_hours", r"Hours above (\d+) per week never count"),
    ("LANG-CLB-001", "clb_teer_0_1", r"CLB/NCLC (\d+) for TEER 0 or 1"),
    ("LANG-CLB-001", "clb_teer_2_3", r"CLB/NCLC (\d+) for TEER 2 or 3"),
    ("LANG-EXPIRED-001", "valid_years", r"Valid for \*\*(\d+) years after the test result date"),
    ("EE-CATEGORY-001", "french_nclc", r"French-language proficiency \(NCLC (\d+) in all four"),
    ("EE-CATEGORY-001", "window_years", r"one eligible\s+occupation within the last (\d+) years"),
    ("EE-CATEGORY-001", "required_hours", r"1 year of skilled work in Canada = ([\d,]+) hours"),
]


@pytest.mark.skipif(not DOMAIN.is_file(), reason="the shared DOMAIN.md is not here")
@pytest.mark.parametrize(("rule", "name", "pattern"), FROM_DOMAIN, ids=[r[1] for r in FROM_DOMAIN])
def test_parameter_equals_domain(rule: str, name: str, pattern: str) -> None:
    match = re.search(pattern, DOMAIN.read_text(encoding="utf-8"))
    assert match, f"DOMAIN.md no longer says: {pattern}"
    assert load_checklists().param(rule, name) == int(match.group(1).replace(",", ""))


@pytest.mark.parametrize(
    ("rule", "name", "default"),
    [
        ("CEC-HOURS-001", "required_hours", hours.REQUIRED_HOURS),
        ("CEC-HOURS-001", "window_years", hours.WINDOW_YEARS),
        ("CEC-HOURS-001", "weekly_cap_hours", hours.WEEKLY_CAP),
        ("LANG-CLB-001", "clb_teer_0_1", clb.CLB_TEER_0_1),
        ("LANG-CLB-001", "clb_teer_2_3", clb.CLB_TEER_2_3),
        ("LANG-EXPIRED-001", "valid_years", clb.VALID_YEARS),
    ],
)
def test_documented_defaults_equal_the_parameters(rule: str, name: str, default: float) -> None:
    assert load_checklists().param(rule, name) == default


def _with(rule: str, **params: object) -> Checklists:
    """The shipped checklists with some of one rule's parameters changed."""
    lists = load_checklists()
    meta = lists.rules[rule]
    changed = dataclasses.replace(meta, parameters=MappingProxyType({**meta.parameters, **params}))
    return dataclasses.replace(lists, rules=MappingProxyType({**lists.rules, rule: changed}))


def _messages(evaluation: Evaluation, rule: str) -> list[tuple[str, str]]:
    return [(f.status, f.message) for f in evaluation.findings if f.rule == rule]


def test_the_hours_rule_reads_its_parameters() -> None:
    base = run(good_documents())
    assert [s for s, _ in _messages(base, "CEC-HOURS-001")] == ["passed"]
    stricter = run(good_documents(), lists=_with("CEC-HOURS-001", required_hours=99999))
    ((status, message),) = _messages(stricter, "CEC-HOURS-001")
    assert status == "failed" and "99,999 required" in message
    assert stricter.eligibility["required_hours"] == 99999
    assert required_hours(_with("CEC-HOURS-001", required_hours=2000)) == 2000.0
    capped = run(good_documents(), lists=_with("CEC-HOURS-001", weekly_cap_hours=10))
    assert "The 10 h/week cap removed" in _messages(capped, "CEC-HOURS-001")[0][1]
    shorter = run(good_documents(), lists=_with("CEC-HOURS-001", window_years=1))
    assert shorter.hours.window_years == 1


def test_the_language_rules_read_their_parameters() -> None:
    stricter = run(good_documents(), lists=_with("LANG-CLB-001", clb_teer_0_1=10))
    ((status, message),) = _messages(stricter, "LANG-CLB-001")
    assert status == "failed" and "below the minimum CLB 10" in message
    shorter = run(good_documents(), lists=_with("LANG-EXPIRED-001", valid_years=0))
    ((status, message),) = _messages(shorter, "LANG-EXPIRED-001")
    assert status == "failed" and "+ 0 years" in message
