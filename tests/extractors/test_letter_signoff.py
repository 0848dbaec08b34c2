"""A letter's sign-off and contact details in varied wording and layout, and how well each part
of the letter was read (the `read_*` facts the rules judge an absence with)."""

from __future__ import annotations

import pytest

from extractors.employment_letter import EXTRACTOR
from tests.extractors.pagebuilder import page_from_text

HEAD = """Cedarline Logistics Ltd.
2200 Rue Wellington, bureau 40, Montréal (Québec) H3K 1X4
Tél. : 514 555-0132 | rh@cedarline.example

Le 4 novembre 2026

Madame, Monsieur,

Nous confirmons que M. Tomás Villanueva occupe le poste de répartiteur depuis le
3 avril 2023, à raison de 40 heures par semaine, au salaire horaire de 27,50 $.
"""

BODY_EN = """Orchard & Pike Consulting Inc.
71 Riverside Quay East, Suite 900, Vancouver, BC V6B 0C2

October 20, 2026

To whom it may concern,

This letter confirms that Ms. Adaeze Okonkwo has worked for Orchard & Pike Consulting Inc.
as a Junior Accountant since February 1, 2024. She works 37.5 hours per week and earns
$31.00 per hour.
"""


def fields(text: str, source: str = "text", low: dict[str, float] | None = None) -> dict:
    return EXTRACTOR.extract([page_from_text(text, source=source, low=low)])


def values(text: str) -> dict:
    return {k: f.value for k, f in fields(text).items()}


FRENCH_CLOSINGS = [
    "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
    "- Veuillez agreer nos salutations distinguees.",  # OCR: a stray mark, accents lost
    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments respectueux.",
    "Nous vous prions de recevoir nos meilleures salutations.",
    "Cordialement,",
    "Bien cordialement,",
    "Recevez, Madame, Monsieur, nos sincères salutations.",
]


@pytest.mark.parametrize("closing", FRENCH_CLOSINGS)
def test_french_closings_lead_to_the_signatory(closing: str) -> None:
    text = f"{HEAD}\n{closing}\n\n\nGeneviève Aubin-Roy\nDirectrice des opérations\n"
    v = values(text)
    assert v["signatory_name"] == "Geneviève Aubin-Roy"
    assert v["signatory_title"] == "Directrice des opérations"


ENGLISH_CLOSINGS = [
    "Sincerely,",
    "Yours truly,",
    "Best regards,",
    "Kind regards,",
    "Regards,",
    "Respectfully,",
    "With warm regards,",
    "• Yours sincerely,",
]


@pytest.mark.parametrize("closing", ENGLISH_CLOSINGS)
def test_english_closings_lead_to_the_signatory(closing: str) -> None:
    text = f"{BODY_EN}\n{closing}\n\n\nMarcus O'Donnell\nController\n"
    v = values(text)
    assert v["signatory_name"] == "Marcus O'Donnell"
    assert v["signatory_title"] == "Controller"


def test_a_closing_run_into_the_last_sentence_of_a_line() -> None:
    text = (
        f"{HEAD}Cette attestation est délivrée à sa demande. Veuillez agréer nos salutations.\n"
        "\n\nGeneviève Aubin-Roy\nDirectrice des opérations\n"
    )
    assert values(text)["signatory_name"] == "Geneviève Aubin-Roy"


def test_a_sign_off_block_without_a_closing_formula() -> None:
    text = f"{BODY_EN}\n\n\nPriyanka Deshmukh\nPartner, Audit Services\n"
    v = values(text)
    assert v["signatory_name"] == "Priyanka Deshmukh"
    assert v["signatory_title"] == "Partner, Audit Services"


def test_a_sign_off_block_at_the_right_of_the_page() -> None:
    pad = " " * 60
    text = f"{BODY_EN}\n{pad}Sincerely,\n\n\n{pad}Hiroshi Tanabe\n{pad}Director of Finance\n"
    v = values(text)
    assert (v["signatory_name"], v["signatory_title"]) == ("Hiroshi Tanabe", "Director of Finance")


def test_name_and_title_on_one_line() -> None:
    text = f"{BODY_EN}\nRegards,\n\nLena Fischer, Human Resources Advisor\n"
    v = values(text)
    assert (v["signatory_name"], v["signatory_title"]) == (
        "Lena Fischer",
        "Human Resources Advisor",
    )


def test_a_signature_read_as_letters_is_passed_over() -> None:
    text = f"{BODY_EN}\nSincerely,\nMxq Rwl\n\nOlusegun Bakare\nOperations Manager\n"
    found = fields(text, source="ocr", low={"Mxq": 0.2, "Rwl": 0.3})
    assert found["signatory_name"].value == "Olusegun Bakare"
    assert found["signatory_title"].value == "Operations Manager"


def test_body_prose_is_not_taken_for_a_sign_off() -> None:
    # The letter ends in prose: no block of short lines below it, so no signatory.
    text = f"{BODY_EN}\nPlease contact the undersigned should you require anything further.\n"
    assert "signatory_name" not in values(text)


def test_contact_details_in_a_footer_and_an_address_without_a_known_street_word() -> None:
    text = (
        f"{BODY_EN}\nSincerely,\n\n\nMarcus O'Donnell\nController\n\n\n\n"
        "T 604 555 0188  ·  accounts@orchardpike.example  ·  orchardpike.example\n"
    )
    v = values(text)
    assert v["employer_address"] == "71 Riverside Quay East, Suite 900, Vancouver, BC V6B 0C2"
    assert v["employer_phone"] == "604 555 0188"
    assert v["employer_email"] == "accounts@orchardpike.example"


# --- how well each part was read ---------------------------------------------------------


def test_a_text_layer_letter_has_every_part_read_with_full_confidence() -> None:
    found = fields(f"{BODY_EN}\nSincerely,\n\n\nMarcus O'Donnell\nController\n")
    for part in ("read_signature", "read_body", "read_letter"):
        assert found[part].confidence == 1.0, part
    assert found["read_signature"].value == 0  # no line of ink left unread
    assert found["read_signature"].text == "the sign-off (page 1)"


def test_a_sign_off_read_poorly_is_recorded_with_its_confidence() -> None:
    low = {"Sincerely,": 0.4, "Marcus": 0.5, "O'Donnell": 0.45, "Controller": 0.5}
    found = fields(
        f"{BODY_EN}\nSincerely,\n\n\nMarcus O'Donnell\nController\n", source="ocr", low=low
    )
    assert found["read_signature"].confidence < 0.8
    assert found["read_body"].confidence == 1.0  # the body's words were read well


def test_a_letter_whose_end_was_not_recognised_records_no_part() -> None:
    # Read as far as the body: no closing, no signatory (a photo cut off, a page not read).
    found = fields(BODY_EN)
    assert not {"read_signature", "read_body", "read_letter"} & set(found)


def test_ink_in_the_body_that_ocr_read_no_word_from_counts_against_the_body() -> None:
    from dataclasses import replace

    text = f"{BODY_EN}\n\nSincerely,\n\n\nMarcus O'Donnell\nController\n"
    page = page_from_text(text, source="ocr")
    # A line of ink where the blank line after the body's prose is (line index 11 of the text):
    # OCR read no word from it, so it may hold the element a rule looks for.
    y = 54.0 + 11 * 14.0
    skipped = replace(page, marks=((60.0, y, 300.0, y + 10.0),))
    found = EXTRACTOR.extract([skipped])
    assert found["read_body"].confidence == 0.5
    assert found["read_body"].value == 1
    assert "1 line of ink not read as text" in found["read_body"].text
    assert found["read_signature"].confidence == 1.0  # the sign-off's own ink is a signature
    # Without that ink nothing counts against the body.
    assert EXTRACTOR.extract([page])["read_body"].confidence == 1.0


def test_a_title_below_a_stray_mark_and_beside_a_sidebar() -> None:
    gap = " " * 30
    text = (
        f"{BODY_EN}\nSincerely,\n\n\nMarcus O'Donnell\n:\nController{gap}Web orchardpike.example\n"
    )
    assert values(text)["signatory_title"] == "Controller"


def test_an_address_in_a_footer_continues_on_the_line_below() -> None:
    text = (
        f"{BODY_EN}\nSincerely,\n\n\nMarcus O'Donnell\nController\n\n\n"
        "Orchard & Pike Consulting Inc. | 4410 Kingsway\n"
        "Burnaby, BC V5H 4M2 | 604 555 0188\n"
    ).replace("71 Riverside Quay East, Suite 900, Vancouver, BC V6B 0C2\n", "")
    assert values(text)["employer_address"] == "4410 Kingsway, Burnaby, BC V5H 4M2"


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("Calgary, AB T2P SG1", "Calgary, AB T2P 5G1"),  # a digit read as a letter
        ("Québec (QC) G1) 2B4", "Québec (QC) G1J 2B4"),  # a letter read as a bracket
        ("Regina, SK S4P 3Y2", "Regina, SK S4P 3Y2"),  # read right: left alone
    ],
)
def test_a_postal_code_misread_by_ocr_is_repaired_after_the_province(
    read: str, repaired: str
) -> None:
    from extractors.letter_parts import repair_postal

    assert repair_postal(f"18 Elm Street, {read}") == f"18 Elm Street, {repaired}"


def test_an_applicants_name_is_traced_by_a_label_not_by_the_word_employee_in_prose() -> None:
    from auditor.models import strings

    def traced(text: str) -> bool:
        found = fields(text).get("traces")
        return found is not None and any(
            t.startswith("employee_name:") for t in strings(found.value)
        )

    table = "We confirm the details below.\nEmployee        Job title        Start date\n"
    assert traced(table)
    prose = "We confirm the details of our employee below.\nThe position is full-time.\n"
    assert not traced(prose)
