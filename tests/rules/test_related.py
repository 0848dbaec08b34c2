"""One problem, one finding (issue 16 item 6): a missing language result or a claimed job
without a letter is one error, with the rules that said the same listed under it; photos that
cannot be checked for editing are one info line per case."""

from __future__ import annotations

from dataclasses import replace

from auditor.case.intake import WorkClaim
from auditor.models import Finding
from auditor.result import summarize
from tests.rules.builders import D, doc, good_documents, intake, page, run

OPEN = ("failed", "unknown")


def _open(findings: tuple[Finding, ...], *rules: str) -> list[Finding]:
    return [f for f in findings if f.rule in rules and f.status in OPEN]


def test_a_missing_language_result_is_one_error_with_the_others_related() -> None:
    documents = [d for d in good_documents() if d.kind != "language_test"]
    findings = run(documents).findings
    shown = _open(findings, "LANG-MISSING-001", "DOC-MISSING-001", "XDOC-CLAIM-001")
    assert [f.rule for f in shown] == ["LANG-MISSING-001"]
    assert shown[0].details is not None
    related = shown[0].details["related"]
    assert [r["rule"] for r in related] == ["DOC-MISSING-001", "XDOC-CLAIM-001"]  # type: ignore[index,union-attr]
    assert summarize(findings).failed["error"] == 1


def test_a_claimed_job_without_a_letter_is_one_error() -> None:
    extra = WorkClaim(
        "Maple Leaf Courier Services Ltd.",
        "Courier",
        "74101",
        D(2022, 1, 3),
        D(2023, 1, 3),
        40.0,
        line=30,
    )
    case = intake()
    case = replace(case, work=(*case.work, extra))
    shown = _open(run(good_documents(), case).findings, "DOC-MISSING-001", "XDOC-CLAIM-001")
    assert [f.rule for f in shown] == ["DOC-MISSING-001"]
    assert shown[0].details is not None and len(shown[0].details["related"]) == 1  # type: ignore[arg-type]
    assert shown[0].base_id == "DOC-MISSING-001:case.yaml:maple-leaf-courier-services-ltd."


def test_photos_that_cannot_be_checked_for_editing_are_one_info_line() -> None:
    photos = [
        doc("other", f"phone/IMG_{n}.jpg", pdf=None, pages=(page(f"photo {n}", font=None),))
        for n in range(3)
    ]
    found = _open(run(good_documents() + photos).findings, "DOC-TAMPER-001")
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].documents == tuple(f"phone/IMG_{n}.jpg" for n in range(3))
    assert found[0].message.startswith("3 images have no PDF structure or fonts")
