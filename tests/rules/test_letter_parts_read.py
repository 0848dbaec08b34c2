"""Issue 14: a letter's element is reported missing (failed) only when the part of the letter
where it would be was found and read with confidence (the extractor's `read_*` facts);
otherwise the check is unknown and says what a person must look at."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.models import Document, Finding
from tests.rules.builders import good_documents, letter, page, run, swap_in

# The letter's text shows none of the elements removed below: no trace words.
BARE = "Northwind Analytics Inc.\nNovember 15, 2026\nThis confirms that Priya Raman works here."


def bare(**fields: object) -> Document:
    return replace(letter(**fields), pages=(page(BARE),))


def read_at(document: Document, part: str, confidence: float) -> Document:
    f = document.fields[part]
    return replace(document, fields={**document.fields, part: replace(f, confidence=confidence)})


def findings(document: Document, rule: str, subject: str) -> list[Finding]:
    result = run(swap_in(good_documents(), document))
    return [f for f in result.findings if f.rule == rule and f.subject == subject]


# (rule, element removed, the part of the letter where it would be)
ELEMENTS = [
    ("LETTER-SIGNATORY-001", "signatory_name", "read_signature"),
    ("LETTER-SIGNATORY-001", "signatory_title", "read_signature"),
    ("LETTER-CONTACT-001", "employer_address", "read_letter"),
    ("LETTER-CONTACT-001", "employer_phone", "read_letter"),
    ("LETTER-HOURS-001", "hours_per_week", "read_body"),
    ("LETTER-TITLE-001", "job_title", "read_body"),
    ("LETTER-NAME-001", "employee_name", "read_body"),
]


@pytest.mark.parametrize(("rule", "element", "part"), ELEMENTS)
def test_missing_from_a_part_read_with_confidence_fails(rule: str, element: str, part: str) -> None:
    (finding,) = findings(bare(**{element: None}), rule, element)
    assert finding.status == "failed"
    assert "does not give" in finding.message
    # The part read is the evidence: where a person sees that the element is not there.
    assert [e.field_name for e in finding.evidence] == [part]


@pytest.mark.parametrize(("rule", "element", "part"), ELEMENTS)
def test_missing_from_a_part_read_below_the_threshold_is_unknown(
    rule: str, element: str, part: str
) -> None:
    document = read_at(bare(**{element: None}), part, 0.62)
    (finding,) = findings(document, rule, element)
    assert finding.status == "unknown"
    assert "was read with 62% confidence (threshold 80%)" in finding.message
    assert "check" in finding.message


@pytest.mark.parametrize(("rule", "element", "part"), ELEMENTS)
def test_missing_where_the_letters_end_was_not_recognised_is_unknown(
    rule: str, element: str, part: str
) -> None:
    (finding,) = findings(bare(**{element: None, part: None}), rule, element)
    assert finding.status == "unknown"
    assert "was not recognised" in finding.message


def test_the_signatory_unread_says_what_to_look_at() -> None:
    document = read_at(bare(signatory_name=None), "read_signature", 0.41)
    (finding,) = findings(document, "LETTER-SIGNATORY-001", "signatory_name")
    assert finding.status == "unknown"
    assert "the sign-off (page 1) was read with 41% confidence" in finding.message
    assert "check that the letter is signed and names its signatory" in finding.message
    assert finding.message.startswith("letters/northwind.pdf")


def test_only_the_part_where_the_element_would_be_decides() -> None:
    # The sign-off read poorly says nothing about the body: a missing job title still fails.
    document = read_at(bare(job_title=None), "read_signature", 0.3)
    (finding,) = findings(document, "LETTER-TITLE-001", "job_title")
    assert finding.status == "failed"
    # ... and the body read poorly leaves a missing job title unknown.
    document = read_at(bare(job_title=None), "read_body", 0.3)
    (finding,) = findings(document, "LETTER-TITLE-001", "job_title")
    assert finding.status == "unknown"


def test_present_elements_pass_however_the_parts_were_read() -> None:
    document = read_at(read_at(letter(), "read_signature", 0.3), "read_letter", 0.3)
    result = run(swap_in(good_documents(), document))
    for rule in ("LETTER-SIGNATORY-001", "LETTER-CONTACT-001"):
        assert {f.status for f in result.findings if f.rule == rule} == {"passed"}


def test_dates_missing_from_a_body_not_read_well_are_unknown() -> None:
    def dates(document: Document) -> list[Finding]:
        result = run(swap_in(good_documents(), document))
        return [f for f in result.findings if f.rule == "LETTER-DATES-001"]

    document = bare(current=None)  # no end date and no statement that the job is current
    assert [f.status for f in dates(document)] == ["failed"]
    (finding,) = dates(read_at(document, "read_body", 0.5))
    assert finding.status == "unknown"
    assert "50% confidence" in finding.message


def test_a_missing_kind_is_unknown_while_a_document_of_no_kind_was_read_poorly() -> None:
    from tests.rules.builders import doc, without

    def missing_passport(extra: Document) -> list[Finding]:
        result = run([*without("passport"), extra])
        return [f for f in result.findings if f.rule == "DOC-MISSING-001"]

    # A photo whose kind was not recognised, read at 65%: it may be the passport.
    photo = doc("other", "id/photo.jpg", "", pages=(page("R  PAS 0RT", source="ocr"),))
    photo = replace(photo, pages=(replace(photo.pages[0], ocr_confidence=0.65),))
    (finding,) = missing_passport(photo)
    assert finding.status == "unknown"
    assert "check whether id/photo.jpg, not read with confidence, holds it" in finding.message
    # A document of no kind read with confidence (a cover note) does not hide the absence.
    note = doc("other", "notes/cover.pdf", "Cover note for the file of Priya Raman")
    (finding,) = missing_passport(note)
    assert finding.status == "failed"


def test_a_body_with_ink_ocr_read_no_word_from_says_so() -> None:
    document = bare(duties=None)
    f = document.fields["read_body"]
    document = replace(
        document, fields={**document.fields, "read_body": replace(f, value=2, confidence=0.5)}
    )
    (finding,) = findings(document, "LETTER-DUTIES-001", "duties")
    assert finding.status == "unknown"
    assert "with 2 lines of ink not read as text" in finding.message
