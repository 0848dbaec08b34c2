"""Waivers and the verdict (CONTRACT.md sections 2 and 3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from auditor.models import Finding, Waiver
from auditor.rules.waivers import apply_waivers, unused_summary, verdict, waiver_outcomes
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


AS_OF = dt.date(2026, 12, 1)
SHA_A, SHA_B = "a" * 64, "b" * 64
HASHES = {"a.pdf": SHA_A, "b.pdf": SHA_B}


def w(rule: str = "LETTER-AGE-001", document: str | None = "a.pdf", **kw: object) -> Waiver:
    return Waiver(rule, "fine", "J. T.", dt.date(2026, 11, 20), document, **kw)  # type: ignore[arg-type]


def outcomes(findings: list[Finding], waivers: list[Waiver]) -> tuple[list[str], list[str]]:
    out, done = waiver_outcomes(findings, waivers, AS_OF, HASHES)
    return [x.status for x in out], [o.status for o in done]


def test_an_applied_waiver_records_the_document_sha256_and_its_findings() -> None:
    out, (done,) = waiver_outcomes([f("LETTER-AGE-001")], [w()], AS_OF, HASHES)
    assert out[0].status == "waived"
    assert (done.status, done.findings, done.document_sha256, done.note) == (
        "applied",
        1,
        SHA_A,
        "",
    )


def test_document_all_waives_every_document() -> None:
    findings = [f("LETTER-AGE-001", documents=(p,)) for p in ("a.pdf", "b.pdf")]
    out, done = waiver_outcomes(findings, [w(document=None)], AS_OF, HASHES)
    assert [x.status for x in out] == ["waived", "waived"]
    assert (done[0].status, done[0].findings, done[0].document_sha256) == ("applied", 2, None)


@pytest.mark.parametrize(
    ("expires", "finding", "status"),
    [
        (dt.date(2026, 11, 30), "failed", "expired"),  # lapsed before the as-of date
        (AS_OF, "waived", "applied"),  # holds through its last day
        (None, "waived", "applied"),
    ],
)
def test_an_expired_waiver_no_longer_applies(
    expires: dt.date | None, finding: str, status: str
) -> None:
    assert outcomes([f("LETTER-AGE-001")], [w(expires=expires)]) == ([finding], [status])


def test_an_expired_waiver_says_when_it_lapsed() -> None:
    _, (done,) = waiver_outcomes(
        [f("LETTER-AGE-001")], [w(expires=dt.date(2026, 11, 30))], AS_OF, HASHES
    )
    assert done.note == "expired on 2026-11-30 (audited as of 2026-12-01)"


def test_a_waiver_bound_to_changed_content_is_stale() -> None:
    out, (done,) = waiver_outcomes([f("LETTER-AGE-001")], [w(sha256=SHA_B)], AS_OF, HASHES)
    assert out[0].status == "failed" and done.status == "stale"
    assert done.document_sha256 == SHA_A
    assert "a.pdf changed since the waiver was written" in done.note
    assert outcomes([f("LETTER-AGE-001")], [w(sha256=SHA_A)]) == (["waived"], ["applied"])


def test_a_misspelt_document_is_unused_with_a_suggestion() -> None:
    out, (done,) = waiver_outcomes([f("LETTER-AGE-001")], [w(document="a.pfd")], AS_OF, HASHES)
    assert out[0].status == "failed"
    assert (done.status, done.note) == ("unused", "no document a.pfd; did you mean a.pdf?")


def test_a_waiver_of_a_passed_rule_is_unused() -> None:
    out, (done,) = waiver_outcomes([f("LETTER-AGE-001", "passed")], [w()], AS_OF, HASHES)
    assert out[0].status == "passed"
    assert (done.status, done.note) == ("unused", "LETTER-AGE-001 passed on a.pdf")


def test_a_waiver_of_a_rule_with_no_finding_or_covered_twice_is_unused() -> None:
    findings = [f("LETTER-AGE-001")]
    _, done = waiver_outcomes(findings, [w(), w(), w("LETTER-HOURS-001")], AS_OF, HASHES)
    assert [(o.status, o.note) for o in done] == [
        ("applied", ""),
        ("unused", "an earlier waiver already covers the same findings"),
        ("unused", "no finding of LETTER-HOURS-001 on a.pdf"),
    ]


def test_the_summary_line_counts_the_waivers_that_did_not_apply() -> None:
    findings = [f("LETTER-AGE-001")]
    waivers = [w(), w(document="x.pdf"), w("LETTER-HOURS-001"), w(sha256=SHA_B)]
    _, done = waiver_outcomes(findings, waivers, AS_OF, HASHES)
    assert unused_summary(done) == (
        "3 waivers did not apply (2 matched nothing, 1 stale): see the report"
    )
    assert unused_summary(done[:1]) is None


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


# Issue 14: one file holding several documents. A waiver names one part by its identity
# (`stubs.pdf#page=3`) or every part by the file's path; its content is the file's.
PARTS = ("stubs.pdf#pages=1-2", "stubs.pdf#page=3", "stubs.pdf#page=4")
PART_HASHES = {"stubs.pdf": SHA_A, "b.pdf": SHA_B}


def parts(rule: str = "XDOC-PERIOD-001") -> list[Finding]:
    return [f(rule, documents=(p,)) for p in PARTS[1:]]


def test_a_waiver_naming_a_part_waives_that_part_only() -> None:
    out, (done,) = waiver_outcomes(
        parts(), [w("XDOC-PERIOD-001", PARTS[1])], AS_OF, PART_HASHES, PARTS
    )
    assert [x.status for x in out] == ["waived", "failed"]
    assert (done.status, done.findings, done.document_sha256) == ("applied", 1, SHA_A)


def test_a_waiver_naming_the_file_waives_every_part_of_it() -> None:
    findings = [*parts(), f("XDOC-PERIOD-001", documents=("b.pdf",))]
    out, (done,) = waiver_outcomes(
        findings, [w("XDOC-PERIOD-001", "./stubs.pdf")], AS_OF, PART_HASHES, PARTS
    )
    assert [x.status for x in out] == ["waived", "waived", "failed"]
    assert (done.findings, done.document_sha256) == (2, SHA_A)


def test_a_waiver_on_a_part_is_stale_when_its_file_changed() -> None:
    waiver = w("XDOC-PERIOD-001", PARTS[1], sha256=SHA_B)
    out, (done,) = waiver_outcomes(parts(), [waiver], AS_OF, PART_HASHES, PARTS)
    assert [x.status for x in out] == ["failed", "failed"] and done.status == "stale"
    assert done.document_sha256 == SHA_A and f"{PARTS[1]} changed" in done.note


def test_a_part_without_findings_is_known_and_a_missing_part_is_not() -> None:
    # The letter's part has no open finding of the rule: the waiver is unused, not misnamed.
    _, (letter,) = waiver_outcomes(
        parts(), [w("XDOC-PERIOD-001", PARTS[0])], AS_OF, PART_HASHES, PARTS
    )
    assert (letter.status, letter.note) == (
        "unused",
        f"no finding of XDOC-PERIOD-001 on {PARTS[0]}",
    )
    _, (gone,) = waiver_outcomes(
        parts(), [w("XDOC-PERIOD-001", "stubs.pdf#page=5")], AS_OF, PART_HASHES, PARTS
    )
    assert gone.status == "unused" and gone.note.startswith("no document stubs.pdf#page=5")


def test_a_file_named_like_a_page_range_is_a_file() -> None:
    hashes = {"scan#page=2": SHA_A}
    findings = [f("LETTER-AGE-001", documents=("scan#page=2",))]
    out, (done,) = waiver_outcomes(findings, [w(document="scan#page=2")], AS_OF, hashes)
    assert out[0].status == "waived" and done.document_sha256 == SHA_A
