"""A logical document's identity (issue 14): its file's path, with its page range when the
file holds several documents; what findings, evidence, waivers and the report name it by."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from auditor.models import (
    Document,
    Evidence,
    Finding,
    Page,
    SourceFile,
    document_file,
    document_id,
    document_pages,
    finding_ids,
)

FILE = SourceFile(Path("/case/hr/stubs.pdf"), "hr/stubs.pdf", "0" * 64, 1)


def page(number: int) -> Page:
    return Page(number, 612.0, 792.0, (), "text")


def doc(*numbers: int, split: bool = True) -> Document:
    return Document(FILE, tuple(page(n) for n in numbers), "pay_stub", split=split)


@pytest.mark.parametrize(
    ("pages", "identity"),
    [(None, "hr/stubs.pdf"), ((4, 4), "hr/stubs.pdf#page=4"), ((2, 3), "hr/stubs.pdf#pages=2-3")],
)
def test_an_identity_names_the_file_and_the_part_and_reads_back(
    pages: tuple[int, int] | None, identity: str
) -> None:
    assert document_id("hr/stubs.pdf", pages) == identity
    assert document_file(identity) == "hr/stubs.pdf"
    assert document_pages(identity) == pages


def test_a_document_is_named_by_its_pages_only_when_its_file_holds_several() -> None:
    assert doc(1, 2, split=False).id == "hr/stubs.pdf"
    assert doc(2, 3).id == "hr/stubs.pdf#pages=2-3" and doc(2, 3).page_range == (2, 3)
    assert doc(4).id == "hr/stubs.pdf#page=4"
    assert doc(4).id == doc(4).id  # the same split, the same name, run after run


def test_an_identity_adds_only_characters_safe_in_a_url_fragment() -> None:
    # A PDF viewer reads `#page=N` after the file's name; nothing is added that needs escaping.
    assert re.fullmatch(r"hr/stubs\.pdf#pages=2-3", doc(2, 3).id)
    assert urlsplit("file:///case/" + doc(2, 3).id).fragment == "pages=2-3"


def test_a_file_whose_name_ends_like_a_page_range_stays_a_file() -> None:
    assert document_file("scan#page=2", files={"scan#page=2"}) == "scan#page=2"
    assert document_file("scan#page=2") == "scan"


def test_findings_on_two_parts_of_one_file_get_ids_of_their_own() -> None:
    first, second = doc(3), doc(4)
    findings = [
        Finding("XDOC-PERIOD-001", "failed", "warning", "m", (d.id,), (Evidence.of(d, None),))
        for d in (first, second)
    ]
    assert finding_ids(findings) == [
        "XDOC-PERIOD-001:hr/stubs.pdf#page=3",
        "XDOC-PERIOD-001:hr/stubs.pdf#page=4",
    ]
    assert [f.evidence[0].document for f in findings] == [first.id, second.id]
