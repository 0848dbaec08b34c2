"""False positives seen on clean documents, each pinned by a test that failed before its fix."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.case.intake import WorkClaim
from auditor.models import Document, Field, Line, Word
from tests.rules.builders import (
    D,
    good_documents,
    intake,
    letter,
    page,
    run,
    stub,
    swap_in,
    with_text_facts,
)


def findings(documents: list[Document], rule: str, case=None) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(f.status, f.message) for f in run(documents, case).findings if f.rule == rule]


def status_set(documents: list[Document], rule: str, case=None) -> set[str]:  # type: ignore[no-untyped-def]
    return {s for s, _ in findings(documents, rule, case)}


# --- DOC-TAMPER-001: mixed fonts inside one value -------------------------------------------


def _w(text: str, x0: float, top: float, font: str | None, width: float | None = None) -> Word:
    return Word(text, (x0, top, x0 + (width or 6 * len(text)), top + 11), 0.99, font)


def _with_rows(
    base: Document,
    rows: list[list[Word]],
    name: str,
    value: object,
    text: str,
    bbox: tuple[float, float, float, float],
) -> Document:
    page = base.pages[0]
    lines = (*page.lines, *(Line(tuple(r)) for r in rows))
    fields = dict(base.fields)
    fields[name] = Field(value, 1, bbox, text, 0.99)  # type: ignore[arg-type]
    return replace(base, pages=(replace(page, lines=lines),), fields=fields)


def test_bold_label_beside_regular_value_is_not_mixed_fonts() -> None:
    row = [
        _w("Hours", 57, 400, "DejaVuSansBold"),
        _w("per", 90, 400, "DejaVuSansBold"),
        _w("week", 110, 400, "DejaVuSansBold"),
        _w("37.5", 207, 400, "DejaVuSansBook"),
    ]
    edited = _with_rows(
        letter(), [row], "hours_per_week", 37.5, "Hours per week 37.5", (56, 399, 232, 412)
    )
    assert status_set(swap_in(good_documents(), edited), "DOC-TAMPER-001") == {"passed"}


def test_condensed_bold_label_and_colon_is_not_mixed_fonts() -> None:
    row = [
        _w("NOC:", 69, 400, "DejaVuSansCondensedBold"),
        _w("21223", 120, 400, "DejaVuSansCondensed"),
    ]
    edited = _with_rows(letter(), [row], "noc_code", "21223", "NOC: 21223", (68, 399, 152, 412))
    assert status_set(swap_in(good_documents(), edited), "DOC-TAMPER-001") == {"passed"}


def test_form_label_line_in_another_font_than_the_value_line() -> None:
    label = [
        _w("Employer", 309, 400, "Helvetica"),
        _w("/", 341, 400, "Helvetica"),
        _w("Employeur", 344, 400, "Helvetica"),
    ]
    value = [_w("OPEN", 57, 413, "Courier-Bold"), _w("WORK", 90, 413, "Courier-Bold")]
    edited = _with_rows(
        letter(),
        [label, value],
        "job_title",
        "open",
        "Employer / Employeur\nOPEN",
        (56, 399, 378, 425),
    )
    assert status_set(swap_in(good_documents(), edited), "DOC-TAMPER-001") == {"passed"}


def test_label_words_outside_the_value_text_are_ignored() -> None:
    rows = [
        [_w("RAMAN", 108, 400, "DejaVuSansBold")],
        [_w("Given", 108, 413, "TimesNewRomanPSMT"), _w("names", 140, 413, "TimesNewRomanPSMT")],
        [_w("PRIYA", 108, 426, "DejaVuSansBold")],
    ]
    edited = _with_rows(
        letter(), rows, "employee_name", "PRIYA RAMAN", "PRIYA RAMAN", (107, 399, 175, 438)
    )
    assert status_set(swap_in(good_documents(), edited), "DOC-TAMPER-001") == {"passed"}


def test_one_word_mixing_font_families_is_the_strong_sign() -> None:
    row = [_w("Hours", 57, 400, "Helvetica-Bold"), _w("47.5", 207, 400, "ArialMT|Helvetica")]
    edited = _with_rows(letter(), [row], "hours_per_week", 47.5, "Hours 47.5", (56, 399, 232, 412))
    found = findings(swap_in(good_documents(), edited), "DOC-TAMPER-001")
    assert any(s == "failed" and "'47.5'" in m and "arial" in m for s, m in found), found


def test_one_word_mixing_styles_of_one_family_is_not_a_sign() -> None:
    row = [_w("37.5", 207, 400, "Helvetica|Helvetica-Bold")]
    edited = _with_rows(letter(), [row], "hours_per_week", 37.5, "37.5", (200, 399, 232, 412))
    assert status_set(swap_in(good_documents(), edited), "DOC-TAMPER-001") == {"passed"}


# --- CEC-NOC-001: NOC 2021 wording is current ---------------------------------------------


def _letter_text(sentence: str) -> Document:
    text = (
        "Northwind Analytics Inc. 100 King St W, Toronto, ON M5X 1A9\n"
        f"Priya Raman works here as a Data Analyst. {sentence}\nJane Smith, HR Manager"
    )
    return with_text_facts(replace(letter(), pages=(page(text),)))


@pytest.mark.parametrize(
    "sentence",
    [
        "NOC 2021 code 21223",
        "NOC 2021: 21223",
        "(NOC 21223)",
        "NOC TEER 1",
        "CNP 2021 : 21223",
        "under NOC 2021 TEER 1",
        "National Occupational Classification 21223",
    ],
)
def test_noc_2021_wording_does_not_fire(sentence: str) -> None:
    docs = swap_in(good_documents(), _letter_text(sentence))
    assert status_set(docs, "CEC-NOC-001") == {"passed"}, findings(docs, "CEC-NOC-001")


@pytest.mark.parametrize(
    "sentence",
    [
        "NOC B",
        "NOC skill level A",
        "NOC 0",
        "NOC 2016",
        "NOC 2171",
        "NOC B - 6311",
        "skill level B",
        "NOC code: 2171",
        "CNP 2016",
        "NOC 2021: 2171",
        "NOC Skill Type 0",
    ],
)
def test_noc_2016_wording_still_fires(sentence: str) -> None:
    docs = swap_in(good_documents(), _letter_text(sentence))
    assert "failed" in status_set(docs, "CEC-NOC-001"), findings(docs, "CEC-NOC-001")


# --- CEC-ABROAD-001: fail only on positive evidence of a foreign place -------------------------


def test_unrecognised_neighbourhood_with_canadian_address_passes() -> None:
    docs = swap_in(
        good_documents(),
        letter(
            work_location="Kitsilano",
            employer_address="2150 West 4th Avenue, Vancouver, BC V6K 1N6",
        ),
    )
    assert status_set(docs, "CEC-ABROAD-001") == {"passed"}
    assert status_set(docs, "CEC-HOURS-001") == {"passed"}


def test_unrecognised_location_without_address_is_not_a_failure() -> None:
    docs = swap_in(
        good_documents(),
        replace(
            letter(work_location="Kitsilano", employer_address=None),
            pages=(page("Harbourline letter"),),
        ),
    )
    assert "failed" not in status_set(docs, "CEC-ABROAD-001")


@pytest.mark.parametrize(
    "place",
    [
        "Bengaluru, India",
        "Seattle, WA 98101",
        "London, United Kingdom",
        "Austin, Texas, USA",
        "Ciudad de México, México",
    ],
)
def test_foreign_work_location_fails(place: str) -> None:
    docs = swap_in(good_documents(), letter(work_location=place))
    assert status_set(docs, "CEC-ABROAD-001") == {"failed"}


def test_canadian_places_pass() -> None:
    for place in (
        "Etobicoke, Ontario",
        "Vancouver, BC",
        "1055 West Georgia Street, Vancouver",
        "Montréal (Québec)",
        "Halifax",
        "Moncton, Nouveau-Brunswick",
    ):
        docs = swap_in(good_documents(), letter(work_location=place))
        assert status_set(docs, "CEC-ABROAD-001") == {"passed"}, place


def test_foreign_employer_address_without_work_location_fails() -> None:
    docs = swap_in(
        good_documents(), letter(employer_address="500 Pine Street, Seattle, WA 98101, USA")
    )
    assert status_set(docs, "CEC-ABROAD-001") == {"failed"}


# --- NOC 2016 letter with a NOC 2021 claim ------------------------------------------------------


def _noc2016_letter(code: str) -> Document:
    text = (
        "Northwind Analytics Inc. 100 King St W, Toronto, ON M5X 1A9 hr@northwind.ca\n"
        "Priya Raman works for us as a Food Service Supervisor (NOC B - 6311) since "
        "June 5, 2023, 37.5 hours per week, salary $78,000 per year plus benefits."
    )
    return replace(letter(noc_code=code), pages=(page(text),))


def _claim(noc: str) -> object:
    return intake(
        work=(
            WorkClaim(
                "Northwind Analytics Inc.",
                "Food Service Supervisor",
                noc,
                D(2023, 6, 5),
                None,
                37.5,
                line=10,
            ),
        )
    )


@pytest.mark.parametrize("code", ["6311", "NOC B"])
def test_obsolete_letter_noc_takes_teer_from_the_claim(code: str) -> None:
    docs = swap_in(good_documents(), _noc2016_letter(code))
    evaluation = run(docs, _claim("62020"))  # type: ignore[arg-type]
    teer = [(f.status, f.message) for f in evaluation.findings if f.rule == "CEC-TEER-001"]
    assert (
        [s for s, _ in teer] == ["passed"] and "62020" in teer[0][1] and "case.yaml" in teer[0][1]
    )
    assert evaluation.hours.hours_by_teer == {2: evaluation.hours.qualifying_hours}
    assert evaluation.hours.qualifying_hours > 1560
    statuses = {f.status for f in evaluation.findings if f.rule == "CEC-NOC-001"}
    assert statuses == {"failed"}
    claim = {f.status for f in evaluation.findings if f.rule == "XDOC-CLAIM-001"}
    assert "failed" not in claim, claim


def test_obsolete_letter_noc_of_another_skill_level_is_unknown_not_unsupported() -> None:
    docs = swap_in(good_documents(), _noc2016_letter("6311"))
    claim = [f for f in findings(docs, "XDOC-CLAIM-001", _claim("21223")) if "line 10" in f[1]]
    assert [s for s, _ in claim] == ["unknown"] and "skill level B" in claim[0][1], claim


def test_obsolete_letter_noc_without_a_claim_counts_no_hours() -> None:
    docs = swap_in(good_documents(), _noc2016_letter("6311"))
    evaluation = run(docs, intake(work=()))
    assert {f.status for f in evaluation.findings if f.rule == "CEC-TEER-001"} == {"failed"}
    assert evaluation.hours.qualifying_hours == 0


# --- LETTER-*: failed only when the letter demonstrably lacks the element ------------------------


def test_email_in_the_text_that_extraction_missed_is_unknown() -> None:
    text = (
        "Harbourline Outfitters Ltd. 2150 West 4th Avenue, Vancouver, BC V6K 1N6\n"
        "Tel: (604) 555-0119 - Email: careers @harbourline.example\n"
        "Priya Raman has been employed with us since June 5, 2023."
    )
    bare = replace(letter(employer_email=None), pages=(page(text),))
    docs = swap_in(good_documents(), with_text_facts(bare))
    assert status_set(docs, "LETTER-CONTACT-001") == {"unknown"}


def test_current_job_wording_that_extraction_missed_is_unknown() -> None:
    text = (
        "Northwind Analytics Inc.\nPriya Raman has been employed with us since June 5, 2023."
        " She remains a permanent full-time employee."
    )
    bare = replace(letter(current=None), pages=(page(text),))
    docs = swap_in(good_documents(), with_text_facts(bare))
    assert status_set(docs, "LETTER-DATES-001") == {"unknown"}


def test_letter_with_no_trace_of_an_email_fails() -> None:
    text = "Northwind Analytics Inc. 100 King St W, Toronto, ON M5X 1A9 Tel 416-555-0100"
    docs = swap_in(good_documents(), replace(letter(employer_email=None), pages=(page(text),)))
    assert status_set(docs, "LETTER-CONTACT-001") == {"failed"}


# --- A letter whose employer name was not extracted still matches its claim -----------------------


def test_letter_without_employer_field_matches_the_claim_named_in_its_text() -> None:
    docs = swap_in(good_documents(), letter(employer_name=None))
    evaluation = run(docs)
    by_rule = {
        r: {f.status for f in evaluation.findings if f.rule == r}
        for r in ("DOC-MISSING-001", "XDOC-CLAIM-001", "CEC-SELFEMP-001")
    }
    assert by_rule == {
        "DOC-MISSING-001": {"passed"},
        "XDOC-CLAIM-001": {"passed"},
        "CEC-SELFEMP-001": {"passed"},
    }, by_rule


def test_stub_without_employer_field_matches_the_letter_named_in_its_text() -> None:
    docs = [d for d in good_documents() if d.kind != "pay_stub"]
    docs += [stub(n, employer_name=None) for n in range(3)]
    assert status_set(docs, "XDOC-EMPLOYER-001") == {"passed"}
    assert status_set(docs, "XDOC-PERIOD-001") == {"passed"}
