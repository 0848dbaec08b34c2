"""The client's request list: what it asks for, in English and French, and what it never shows."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest

from auditor import i18n
from auditor.models import Document, Field, Finding, Status
from auditor.report.html import render_requests, write_requests
from auditor.report.requests_view import LETTER_ELEMENTS, build_requests
from auditor.result import AuditResult
from tests.report.fixtures import HOSTILE, PASSPORT, SIN
from tests.report.test_html_safety import assert_inert

DOB = dt.date(1991, 4, 17)


def _case(result: AuditResult) -> AuditResult:
    """The hostile case with findings a document settles, a passport expiring, and a date of
    birth, SIN and passport number in the documents, the findings and a file name."""
    letter, test, passport = result.documents
    passport = replace(
        passport,
        file=replace(passport.file, relpath=f"passport {PASSPORT}.pdf"),
        fields={
            **passport.fields,
            "date_of_birth": Field(DOB, 1, None, DOB.isoformat(), 0.95),
            "expiry_date": Field(dt.date(2027, 2, 1), 1, None, "2027-02-01", 0.95),
        },
    )
    documents: tuple[Document, ...] = (letter, test, passport)

    def on(
        rule: str,
        document: Document | None,
        status: Status = "failed",
        subject: str | None = None,
        details: dict[str, object] | None = None,
    ) -> Finding:
        paths = (document.id,) if document is not None else ()
        message = f"{rule}: SIN {SIN}, passport {PASSPORT}, born {DOB.isoformat()}."
        return Finding(rule, status, "warning", message, paths, details=details, subject=subject)

    findings = (
        on("LETTER-CONTACT-001", letter, subject="employer_phone"),
        on("LETTER-SIGNATORY-001", letter, subject="signatory_title"),
        on("LETTER-HOURS-001", letter, subject="hours_per_week"),
        on("LETTER-SIGNATURE-001", letter),
        on("LETTER-CONTACT-001", letter, "unknown", subject="employer_address"),  # a person checks
        on(
            "DOC-MISSING-001",
            None,
            details={"missing": "employment_letter", "employer": "Maple Leaf Courier Ltd."},
            subject="Maple Leaf Courier Ltd.",
        ),
        on("DOC-MISSING-001", None, details={"missing": "work_permit"}, subject="work_permit"),
        on("QA-PASSPORT-001", passport),
        on("DOC-UNREADABLE-001", passport),  # names the file, whose name holds the number
        on("XDOC-NAME-001", passport),  # a mismatch the consultant judges
        on("LETTER-TITLE-001", letter, "passed", subject="job_title"),
    )
    return replace(result, documents=documents, findings=findings)


@pytest.fixture
def case(hostile_result: AuditResult) -> AuditResult:
    return _case(hostile_result)


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_letters_are_asked_for_each_missing_element(case: AuditResult) -> None:
    view = build_requests(case)
    employers = {g.heading: g for g in view.groups if g.addressee == "employer"}
    letter = next(g for h, g in employers.items() if "Northwind" in h)
    (fix,) = letter.requests
    assert fix.text == "Please correct the reference letter letter.pdf:"
    assert fix.details == (
        "add the company's telephone number",
        "add the job title of the person signing the letter",
        "add the number of hours worked per week",
        "sign the letter by hand (or with a verifiable e-signature)",
    )
    missing = employers["From the employer: Maple Leaf Courier Ltd."]
    assert missing.requests[0].text.startswith("A reference letter for the job held there")


def test_the_client_is_asked_for_documents_and_renewals(case: AuditResult) -> None:
    view = build_requests(case)
    client = next(g for g in view.groups if g.addressee == "client")
    texts = [r.text for r in client.requests]
    assert texts[:2] == [
        "Every work permit that covers the work you claim, front and back",
        "A renewed passport: the current one expires on 2027-02-01",
    ]
    assert texts[2].startswith("A clearer copy of passport ••") and len(texts) == 3
    assert view.groups[0].addressee == "client"


def test_what_a_person_must_judge_is_only_counted(case: AuditResult) -> None:
    view = build_requests(case)
    texts = " ".join(r.text + " ".join(r.details) for g in view.groups for r in g.requests)
    assert "address" not in texts  # LETTER-CONTACT-001 employer_address is unknown
    assert view.left_to_consultant == 2  # the unknown address and XDOC-NAME-001


def test_in_french_dates_and_requests_are_french(case: AuditResult) -> None:
    with i18n.language("fr"):
        view = build_requests(case)
        html = render_requests(view)
    text = _text(html)
    assert '<html lang="fr">' in html
    assert "Documents à demander" in text
    assert "ajouter le numéro de téléphone de l'entreprise" in text
    assert "Un passeport renouvelé : l'actuel expire le 1 février 2027" in text
    assert "De l'employeur : Maple Leaf Courier Ltd." in text
    assert "1 décembre 2026" in text  # the planned submission, as a French reader writes it


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_no_sin_passport_number_or_date_of_birth(
    case: AuditResult, tmp_path: Path, lang: str
) -> None:
    """Every finding message and a file name carry the identifiers; the page shows none."""
    html = write_requests(case, tmp_path, lang=lang).read_text(encoding="utf-8")
    assert SIN not in html and SIN.replace(" ", "") not in html
    assert PASSPORT not in html
    for shown in (DOB.isoformat(), "17 avril 1991", "April 17, 1991", "1991"):
        assert shown not in html
    assert "passport ••" in html  # the masked file name, as report.html shows it


def test_the_page_is_inert_with_hostile_names(case: AuditResult, tmp_path: Path) -> None:
    html = write_requests(case, tmp_path).read_text(encoding="utf-8")
    assert_inert(html)
    assert HOSTILE not in html  # the employer's name is text, escaped
    assert "Content-Security-Policy" in html


def test_nothing_to_request(hostile_result: AuditResult) -> None:
    quiet = replace(hostile_result, findings=())
    view = build_requests(quiet)
    assert view.groups == () and view.left_to_consultant == 0
    assert "Nothing to request" in render_requests(view)


def test_every_letter_element_is_in_the_catalogue() -> None:
    with i18n.language("fr"):
        untranslated = [e for e in LETTER_ELEMENTS.values() if i18n._(e) == e]
    assert not untranslated


def _parts(case: AuditResult) -> AuditResult:
    """The case with its letter as pages 1-2 of a file that also holds a foreign-language
    document on page 3 (issue 14: one PDF, several documents)."""
    letter, test, passport = case.documents
    old, first = letter.id, letter.pages[0]
    bundle = replace(letter.file, relpath="hr/bundle.pdf")
    two_pages = (replace(first, number=1), replace(first, number=2))
    letter = replace(letter, file=bundle, pages=two_pages, split=True)
    stub = replace(letter, kind="pay_stub", pages=(replace(first, number=3),))
    findings = tuple(
        replace(f, documents=tuple(letter.id if d == old else d for d in f.documents))
        for f in case.findings
    ) + (Finding("DOC-LANGUAGE-001", "failed", "warning", "m", (stub.id,)),)
    return replace(case, documents=(letter, stub, test, passport), findings=findings)


def test_a_part_of_a_file_is_named_by_its_pages_and_file(case: AuditResult) -> None:
    view = build_requests(_parts(case))
    texts = [r.text for g in view.groups for r in g.requests]
    assert "Please correct the reference letter hr/bundle.pdf, pages 1-2:" in texts
    assert "A certified English or French translation of pay stub, page 3 of hr/bundle.pdf" in texts
    with i18n.language("fr"):
        texts = [r.text for g in build_requests(_parts(case)).groups for r in g.requests]
    assert any(t.endswith("hr/bundle.pdf, pages 1 à 2 :") for t in texts), texts
    assert any(t.endswith("talon de paie, page 3 de hr/bundle.pdf") for t in texts), texts
