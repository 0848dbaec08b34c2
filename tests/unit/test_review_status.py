"""review.yaml's review statuses and sign-off (issue 17): strict reading with the line of each
error, and how each is bound to content and held against an audit (rules/review.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor.case.intake import load_review, read_review
from auditor.case.review import ReviewStatus, Signoff
from auditor.errors import UsageError
from auditor.models import Finding, Waiver
from auditor.rules.review import (
    Binding,
    Prior,
    case_fingerprint,
    review_outcomes,
    signoff_outcome,
)

RULES = {"XDOC-WAGE-001", "CEC-HOURS-001"}
D = dt.date
A, B = "a" * 64, "b" * 64


def review(tmp_path: Path, text: str) -> Path:
    (tmp_path / "review.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_statuses_and_sign_off_are_read_beside_waivers(tmp_path: Path) -> None:
    folder = review(
        tmp_path,
        """\
waive:
  - {rule: CEC-HOURS-001, document: all, reason: r, by: A, date: 2026-11-20}
review:
  - finding: XDOC-WAGE-001:letters/northwind.pdf
    status: awaiting_document
    by: J. Tremblay
    date: 2026-11-21
    note: Asked HR for a corrected letter
  - {finding: "CEC-HOURS-001:case", status: reviewed, by: A, date: 2026-11-22,
     sha256: "SHA"}
signoff: {by: J. Tremblay, date: 2026-11-28}
""".replace("SHA", A.upper()),
    )
    read = read_review(folder, RULES)
    assert (
        [w.rule for w in read.waivers]
        == ["CEC-HOURS-001"]
        == [w.rule for w in load_review(folder, RULES)]
    )
    first, second = read.statuses
    assert first == ReviewStatus(
        "XDOC-WAGE-001:letters/northwind.pdf",
        "awaiting_document",
        "J. Tremblay",
        D(2026, 11, 21),
        "Asked HR for a corrected letter",
    )
    assert first.line == 4 and second.sha256 == A and second.note == ""
    assert read.signoff == Signoff("J. Tremblay", D(2026, 11, 28))


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("review:\n  - {finding: X:case, status: done, by: A, date: 2026-11-01}\n", ":2: "),
        ("review:\n  - {status: fixed, by: A, date: 2026-11-01}\n", ":2: "),
        ("review:\n  - {finding: X:case, status: fixed, by: A, date: someday}\n", ":2: "),
        (
            "review:\n  - {finding: X:case, status: fixed, by: A, date: 2026-11-01, sha256: 12}\n",
            ":2: ",
        ),
        ("review: {finding: X}\n", ":1: "),
        ("signoff: {by: A}\n", ":1: "),
        ("signoff: {by: A, date: 2026-11-01, when: now}\n", ":1: "),
        (
            "review:\n  - {finding: X:case, status: fixed, by: A, date: 2026-11-01}\n"
            "  - {finding: X:case, status: reviewed, by: B, date: 2026-11-02}\n",
            ":3: ",
        ),
    ],
)
def test_a_bad_entry_is_refused_at_its_line(tmp_path: Path, text: str, where: str) -> None:
    with pytest.raises(UsageError) as caught:
        read_review(review(tmp_path, text), RULES)
    assert f"review.yaml{where}" in str(caught.value)


def test_the_fingerprint_is_the_documents_case_yaml_and_waivers() -> None:
    waiver = Waiver("CEC-HOURS-001", "r", "A", D(2026, 11, 20))
    base = case_fingerprint({"a.pdf": A, "b.pdf": B}, A, [waiver])
    assert base == case_fingerprint({"b.pdf": B, "a.pdf": A}, A, [waiver])  # order of files
    assert base != case_fingerprint({"a.pdf": B, "b.pdf": B}, A, [waiver])
    assert base != case_fingerprint({"a.pdf": A, "b.pdf": B}, B, [waiver])
    assert base != case_fingerprint({"a.pdf": A, "b.pdf": B}, A, [])
    assert base != case_fingerprint({"a.pdf": A}, A, [waiver])


FINDINGS = [
    Finding("XDOC-WAGE-001", "failed", "warning", "m", ("letter.pdf", "stub.pdf")),
    Finding("CEC-HOURS-001", "failed", "error", "m"),
]
IDS = ["XDOC-WAGE-001:letter.pdf", "CEC-HOURS-001:case"]


def status(finding: str, sha256: str | None = None) -> ReviewStatus:
    return ReviewStatus(finding, "reviewed", "A", D(2026, 11, 21), sha256=sha256)


def test_without_a_baseline_a_status_is_bound_to_this_audit() -> None:
    entries = [status(IDS[0]), status(IDS[1]), status("LANG-CLB-001:case")]
    hashes = {"letter.pdf": A, "stub.pdf": B}
    wage, hours, nothing = review_outcomes(FINDINGS, IDS, entries, hashes, "f1")
    assert wage.state == "current" and wage.bound.documents == (("letter.pdf", A), ("stub.pdf", B))
    assert hours.state == "current" and hours.bound == Binding((), "f1")
    assert nothing.state == "unused" and "no finding LANG-CLB-001:case" in nothing.note


def test_a_new_status_is_bound_to_what_the_baseline_audited() -> None:
    prior = Prior("f0", {"letter.pdf": A, "stub.pdf": A})
    hashes = {"letter.pdf": A, "stub.pdf": B}
    wage, hours = review_outcomes(
        FINDINGS, IDS, [status(IDS[0]), status(IDS[1])], hashes, "f1", prior
    )
    assert wage.state == "stale" and "stub.pdf" in wage.note and "letter.pdf" not in wage.note
    assert hours.state == "stale" and "the case" in hours.note


def test_a_binding_carries_over_from_the_baseline_and_review_yaml_wins() -> None:
    entry = status(IDS[0])
    key = (entry.finding, entry.status, entry.by, entry.date.isoformat())
    prior = Prior("f1", {"letter.pdf": B}, {key: Binding((("letter.pdf", A), ("stub.pdf", B)))})
    hashes = {"letter.pdf": A, "stub.pdf": B}
    (kept,) = review_outcomes(FINDINGS, IDS, [entry], hashes, "f1", prior)
    assert kept.state == "current"  # bound to A back then; the letter is A now
    (written,) = review_outcomes(FINDINGS, IDS, [status(IDS[0], sha256=B)], hashes, "f1", prior)
    assert written.state == "stale" and written.bound.documents[0] == ("letter.pdf", B)


def test_the_sign_off_is_void_once_the_fingerprint_changes() -> None:
    signoff = Signoff("A", D(2026, 11, 28))
    assert signoff_outcome(None, "f1") is None
    first = signoff_outcome(signoff, "f1")  # no baseline: signs this audit's case
    assert first is not None and first.valid and first.signed == "f1"
    carried = signoff_outcome(signoff, "f2", Prior("f2", signoff=("A", "2026-11-28", "f1")))
    assert carried is not None and not carried.valid and "void" in carried.note
    new = signoff_outcome(signoff, "f2", Prior("f1"))  # written after reading the f1 report
    assert new is not None and not new.valid and new.signed == "f1"
    same = signoff_outcome(signoff, "f1", Prior("f1"))
    assert same is not None and same.valid
    named = signoff_outcome(Signoff("A", D(2026, 11, 28), "f2"), "f2", Prior("f1"))
    assert named is not None and named.valid  # review.yaml names the fingerprint it signs


def test_a_finding_marked_fixed_that_is_still_reported_says_so() -> None:
    entry = ReviewStatus(IDS[1], "fixed", "A", D(2026, 11, 21))
    (outcome,) = review_outcomes(FINDINGS, IDS, [entry], {}, "f1")
    assert outcome.state == "current" and "still reports" in outcome.note
    (gone,) = review_outcomes(FINDINGS[:1], IDS[:1], [entry], {}, "f1")
    assert gone.state == "unused" and "the fix holds" in gone.note


def test_an_unused_status_names_the_finding_it_probably_meant() -> None:
    (outcome,) = review_outcomes(FINDINGS, IDS, [status("XDOC-WAGE-001:leter.pdf")], {}, "f1")
    assert outcome.state == "unused" and outcome.note.endswith(
        "did you mean XDOC-WAGE-001:letter.pdf?"
    )


def test_a_status_on_a_part_of_a_file_is_bound_to_the_file_and_stale_when_it_changes() -> None:
    # Issue 14: two pay stubs of one PDF have findings (and statuses) of their own; their
    # content is their file's.
    stubs = [
        Finding("XDOC-PERIOD-001", "failed", "warning", "m", (part,))
        for part in ("stubs.pdf#page=3", "stubs.pdf#page=4")
    ]
    ids = ["XDOC-PERIOD-001:stubs.pdf#page=3", "XDOC-PERIOD-001:stubs.pdf#page=4"]
    (now,) = review_outcomes(stubs, ids, [status(ids[0])], {"stubs.pdf": A}, "f1")
    assert now.state == "current" and now.bound.documents == (("stubs.pdf#page=3", A),)
    prior = Prior("f0", {"stubs.pdf": B})  # the baseline audited the file's older content
    (later,) = review_outcomes(stubs, ids, [status(ids[0])], {"stubs.pdf": A}, "f1", prior)
    assert later.state == "stale" and "stubs.pdf#page=3 changed" in later.note
