"""Verdicts that say why (issue 16 item 7): the verdict box names the deciding rules in their own
words, and the CRS panel does not headline a score built on missing inputs."""

from __future__ import annotations

from dataclasses import replace

from auditor.case.hours import HoursResult
from auditor.report.crs_view import crs_panel
from auditor.report.view import build_view
from auditor.result import AuditResult
from tests.report.test_crs_view import evidence


def test_not_eligible_names_the_rules_that_decided_it(hostile_result: AuditResult) -> None:
    view = build_view(hostile_result)
    assert view.verdict_explain.startswith("Not eligible: LANG-CLB-001 — ")
    assert "; CEC-HOURS-001 — " in view.verdict_explain
    assert "qualifying hours" in view.verdict_explain


def test_met_hours_beside_not_eligible_are_explained(hostile_result: AuditResult) -> None:
    hours: HoursResult = hostile_result.evaluation.hours
    met = replace(hours, qualifying_hours=2271.43)
    findings = tuple(f for f in hostile_result.findings if f.rule != "CEC-HOURS-001")
    result = replace(
        hostile_result,
        findings=findings,
        evaluation=replace(hostile_result.evaluation, hours=met, findings=findings),
    )
    why = build_view(result).verdict_explain
    assert why.startswith("Not eligible: LANG-CLB-001 — ")
    assert "The hours requirement is met (2,271 h of 1,560); the rule above decides" in why


def test_the_crs_headline_says_what_is_missing_not_a_partial_score() -> None:
    partial = crs_panel(evidence(None))
    assert partial is not None
    assert partial.headline.startswith("CRS incomplete: education not declared (partial score ")
    assert "declared in case.yaml (crs:): nothing" in partial.inputs
    assert "missing (scored 0): education" in partial.inputs
    whole = crs_panel(evidence({"education": "bachelors"}))
    assert whole is not None
    assert whole.headline == f"CRS score the documents support: {whole.total}"
    assert "declared in case.yaml (crs:): education" in whole.inputs
