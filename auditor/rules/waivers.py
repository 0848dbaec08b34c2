"""Consultants' waivers applied to findings, and the verdict (CONTRACT.md sections 2 and 3)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache

from auditor.models import Finding, Verdict, Waiver
from auditor.rules.checklist import load_checklists
from auditor.rules.meta import ELIGIBILITY_CATEGORIES


def _normal(path: str) -> str:
    return path.replace("\\", "/").removeprefix("./")


def _applies(waiver: Waiver, finding: Finding) -> bool:
    if waiver.rule != finding.rule or finding.status not in ("failed", "unknown"):
        return False
    if waiver.document is None:
        return True
    return _normal(waiver.document) in {_normal(d) for d in finding.documents}


def apply_waivers(findings: Iterable[Finding], waivers: Sequence[Waiver]) -> tuple[Finding, ...]:
    """Failed or unknown findings a waiver covers become `waived`, with the waiver attached.

    A waiver naming a document covers only findings on that document. Passed findings are never
    waived. The first matching waiver wins.
    """
    out = []
    for finding in findings:
        waiver = next((w for w in waivers if _applies(w, finding)), None)
        out.append(finding if waiver is None else replace(finding, status="waived", waiver=waiver))
    return tuple(out)


@cache
def shipped_categories() -> Mapping[str, str]:
    """Each shipped rule's category, from rules.yaml (a firm's checklist cannot change them)."""
    return {rule_id: meta.category for rule_id, meta in load_checklists().rules.items()}


def decides_eligibility(finding: Finding, categories: Mapping[str, str] | None = None) -> bool:
    """Whether this finding alone makes the case not eligible: a failed error of a rule in the
    eligibility or language category (`categories`: rule ID to category, default rules.yaml's)."""
    categories = shipped_categories() if categories is None else categories
    return (
        finding.status == "failed"
        and finding.severity == "error"
        and categories.get(finding.rule) in ELIGIBILITY_CATEGORIES
    )


def verdict(findings: Iterable[Finding], categories: Mapping[str, str] | None = None) -> Verdict:
    """not_eligible: an error failed in the eligibility or language category; needs_attention:
    anything failed or unknown at warning or error; else ready. Waived and info findings never
    count. `categories` maps rule IDs to categories (default: rules.yaml's; QA items have none
    that blocks eligibility)."""
    findings = list(findings)
    if any(decides_eligibility(f, categories) for f in findings):
        return "not_eligible"
    if any(
        f.status in ("failed", "unknown") and f.severity in ("error", "warning") for f in findings
    ):
        return "needs_attention"
    return "ready"
