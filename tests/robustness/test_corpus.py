"""Every file of the shared robustness corpus is read or refused with a reason; none crashes."""

from __future__ import annotations

import pytest

from auditor.reading.discover import discover
from tests.shared import ABSENT, CORPUS, HAVE_SHARED, need_shared

from .conftest import read_all

ENCRYPTED = [
    "pdfminer__aes-256-r6__pw-foo.pdf",
    "pdfminer__rc4-40__pw-foo.pdf",
    "pdfplumber__password-example__pw-test.pdf",
    "pypdf__r6-user-password__pw-asdfzxcv.pdf",
]
# file -> a piece of text the reader must find in it (repaired, rotated, scanned or plain)
READABLE = {
    "pdfplumber__pr-138__encrypted-empty-pw-signed-form.pdf": "",
    "pdfminer__zen_of_python_corrupted.pdf": "Beautiful is better than ugly",
    "pdfplumber__issue-848__junk-before-header.pdf": "",
    "pdfminer__issue-1113-evil-xobjects__no-startxref.pdf": "",
    "pypdf__selenium-issue-177__no-EOF.pdf": "",
    "pdfplumber__nics-rotated.pdf": "",  # sideways text comes out letter by letter (left to do)
    "pypdf__Seige_of_Vicksburg_Sample_OCR__scan-with-ocr-layer.pdf": "Vicksburg",
    "pdfplumber__malformed-from-issue-932.pdf": "",
    "pdfminer__pdf-with-jbig2.pdf": "",
}
REPAIRED = [
    "pdfplumber__issue-848__junk-before-header.pdf",
    "pdfminer__issue-1113-evil-xobjects__no-startxref.pdf",
    "pypdf__selenium-issue-177__no-EOF.pdf",
]


@pytest.fixture(scope="module")
def corpus_read(engine):
    need_shared()
    files, skipped = discover(CORPUS)
    assert not skipped
    return {r.file.relpath: r for r in read_all(files, engine)}


def test_the_whole_corpus_is_read_and_every_file_is_accounted_for(corpus_read):
    assert sorted(corpus_read) == sorted(p.name for p in CORPUS.iterdir())


@pytest.mark.parametrize("name", ENCRYPTED)
def test_an_unknown_password_is_an_unreadable_file_with_that_reason(corpus_read, name):
    assert corpus_read[name].problem == (
        "the PDF is encrypted with a password; ask the client for an unprotected copy"
    )


@pytest.mark.parametrize("name", sorted(READABLE))
def test_damaged_and_unusual_files_still_give_their_text(corpus_read, name):
    read = corpus_read[name]
    text = " ".join(p.text for p in read.pages)
    assert read.problem is None, read.problem
    assert len(text.strip()) >= 5
    assert READABLE[name] in text


def test_the_empty_password_form_simply_opens(corpus_read):
    read = corpus_read["pdfplumber__pr-138__encrypted-empty-pw-signed-form.pdf"]
    assert len(read.pages) == 2 and all(p.source == "text" for p in read.pages)
    assert read.pdf is not None and read.pdf.encrypted


@pytest.mark.parametrize("name", REPAIRED)
def test_a_repaired_pdf_says_so(corpus_read, name):
    assert any("repaired" in n for n in corpus_read[name].notes)


def test_zero_bytes_and_blank_files_have_plain_reasons(corpus_read):
    assert "the file is empty (0 bytes)" in corpus_read["pdfplumber__empty-0-bytes.pdf"].problem
    blank = corpus_read["pdfplumber__issue-297__bad-startxref.pdf"].problem
    assert blank.startswith("no readable text on any page")


def test_a_ccitt_fax_scan_is_read_without_a_reader_failure(corpus_read):
    read = corpus_read["pypdf__imagemagick-CCITTFaxDecode.pdf"]
    assert "technical detail" not in (read.problem or "")


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in CORPUS.iterdir())
    if HAVE_SHARED
    else [pytest.param("", marks=pytest.mark.skip(reason=ABSENT))],
)
def test_no_file_ends_in_a_crash_or_an_unexplained_error(corpus_read, name):
    read = corpus_read[name]
    for text in [read.problem or "", *read.notes]:
        assert "crashed" not in text and "technical detail" not in text, text
        assert "longer than" not in text, text
