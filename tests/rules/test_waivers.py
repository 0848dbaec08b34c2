"""Waivers and the verdict (CONTRACT.md sections 2 and 3)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.models import Finding, Waiver
from auditor.rules.waivers import apply_waivers, verdict
from tests.rules.builders import good_documents, intake, run


def f(
    rule: str,
    status: str = "failed",
    severity: str = "warning",
    documents: tuple[str, ...] = ("a.pdf",),
) -> Finding:
    return Finding(rule, status, severity, "m", documents)  # type: ignore[arg-type]


def test_waiver_marks_finding_waived_and_keeps_it() -> None:
    w = Waiver("XDOC-HOURS-001", "HR confirmed paid training")
    (out,) = apply_waivers([f("XDOC-HOURS-001")], [w])
    assert out.status == "waived" and out.waiver == w and out.message == "m"


def test_waiver_with_document_applies_only_to_that_document() -> None:
    w = Waiver("LETTER-AGE-001", "fine", document="./b.pdf")
    out = apply_waivers(
        [f("LETTER-AGE-001", documents=("a.pdf",)), f("LETTER-AGE-001", documents=("b.pdf",))], [w]
    )
    assert [x.status for x in out] == ["failed", "waived"]


def test_waiver_of_other_rule_or_passed_finding_does_nothing() -> None:
    w = Waiver("LETTER-AGE-001", "fine")
    out = apply_waivers([f("LETTER-HOURS-001"), f("LETTER-AGE-001", "passed")], [w])
    assert [x.status for x in out] == ["failed", "passed"]


def test_unknown_findings_can_be_waived() -> None:
    (out,) = apply_waivers(
        [f("CEC-STATUS-001", "unknown", "error")],
        [Waiver("CEC-STATUS-001", "maintained status letter on file")],
    )
    assert out.status == "waived"


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([f("CEC-HOURS-001", "failed", "error")], "not_eligible"),
        ([f("LANG-CLB-001", "failed", "error")], "not_eligible"),
        ([f("LANG-EXPIRING-001", "failed", "warning")], "needs_attention"),
        ([f("XDOC-NAME-001", "failed", "error")], "needs_attention"),  # not CEC-/LANG-
        ([f("CEC-HOURS-001", "unknown", "error")], "needs_attention"),
        ([f("LETTER-AGE-001", "failed", "info")], "ready"),
        ([f("CEC-HOURS-001", "waived", "error")], "ready"),
        ([f("CEC-HOURS-001", "passed", "error")], "ready"),
        ([], "ready"),
    ],
)
def test_verdict(findings: list[Finding], expected: str) -> None:
    assert verdict(findings) == expected


def test_waived_error_no_longer_blocks_the_end_to_end_verdict() -> None:
    claim = replace(intake().work[0], hours_per_week=40.0)  # the letter says 37.5
    findings = run(good_documents(), intake(work=(claim,))).findings
    assert verdict(findings) == "needs_attention"
    waived = apply_waivers(findings, [Waiver("XDOC-CLAIM-001", "profile to be corrected")])
    assert verdict(waived) == "ready"


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("eligibility", "not_eligible"),
        ("language", "not_eligible"),
        ("cross-document", "needs_attention"),
        ("qa", "needs_attention"),
    ],
)
def test_verdict_follows_the_category_not_the_id(category: str, expected: str) -> None:
    findings = [f("XDOC-NAME-001", "failed", "error")]
    assert verdict(findings, {"XDOC-NAME-001": category}) == expected


def test_shipped_categories_block_eligibility_for_exactly_the_cec_and_lang_rules() -> None:
    from auditor.rules.meta import ELIGIBILITY_CATEGORIES
    from auditor.rules.waivers import shipped_categories

    blocking = {r for r, c in shipped_categories().items() if c in ELIGIBILITY_CATEGORIES}
    assert blocking == {r for r in shipped_categories() if r.startswith(("CEC-", "LANG-"))}
