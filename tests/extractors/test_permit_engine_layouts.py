"""Permits read by the shared field engine, in layouts described here (issue 13): a grid of
boxes with the English and French labels on two lines above the value, French labels with the
English one below, rows with OCR slips, and the permit type read from the permit's own words."""

from __future__ import annotations

import datetime as dt

from extractors.permit import STUDY_PERMIT, WORK_PERMIT
from tests.extractors.pagebuilder import page_from_text

# A grid of boxes: each box prints its label in English, then in French, then the value.
BOXES = """\
Immigration, Refugees and Citizenship Canada
POST-GRADUATION WORK PERMIT

Family Name                     Given Name(s)
Nom de famille                  Prénom(s)
NAKASHIMA                       HARUTO KENJI

Date of Birth                   Document No.
Date de naissance               No de document
09 JUL 1996                     U7O2318846

Date Issued                     Expiry Date
Date de délivrance              Date d'expiration
2025/01/15                      2028/01/14

Employer                        Sex
Employeur                       Sexe
OPEN / OUVERT                   M
"""

# French labels first, the English label in small type under each, the value to the right.
FRENCH_FIRST = """\
PERMIS DE TRAVAIL / WORK PERMIT
Nom de famille                     BERGERON-LAVOIE
Surname
Prénom(s)                          ANNE-SOPHIE
Given name(s)
Date de naissance                  1994-02-28
Date of birth
Date de délivrance                 2025-06-02
Date issued
Date d'expiration                  2027-06-01
Expiry date
Employeur                          TIDEWATER MARINE SERVICES LTD., HALIFAX NS
Employer
Conditions :
NE PEUT TRAVAILLER QUE POUR L'EMPLOYEUR INDIQUÉ CI-DESSUS.
"""

# One label per row, a colon printed apart, OCR slips in the labels.
ROWS_OCR = """\
STUDY PERMIT
Farnily Name             :   OYELARAN
Given Narnes             :   TEMITOPE
Date of Birth            :   14 OCT 2001
Permit number            :   F4O9871123
Valid from               :   2024-08-20
Valid until              :   2026-12-31
School name              :   RED DEER POLYTECHNIC
DLI number               :   O19391234567
"""


def test_boxes_with_labels_on_two_lines_and_the_type_in_the_title() -> None:
    f = WORK_PERMIT.extract([page_from_text(BOXES)])
    assert f["holder_name"].value == "HARUTO KENJI NAKASHIMA"
    assert f["date_of_birth"].value == dt.date(1996, 7, 9)
    assert f["document_number"].value == "U702318846"  # O read for 0, where a digit must be
    assert f["document_number"].confidence < 0.9
    assert f["valid_from"].value == dt.date(2025, 1, 15)
    assert f["valid_until"].value == dt.date(2028, 1, 14)
    assert "employer" not in f  # OPEN / OUVERT says there is none
    assert f["permit_type"].value == "pgwp"
    assert f["holder_name"].bbox is not None and f["holder_name"].page == 1


def test_french_first_labels_and_an_employer_specific_condition() -> None:
    f = WORK_PERMIT.extract([page_from_text(FRENCH_FIRST)])
    assert f["holder_name"].value == "ANNE-SOPHIE BERGERON-LAVOIE"
    assert f["date_of_birth"].value == dt.date(1994, 2, 28)
    assert f["valid_from"].value == dt.date(2025, 6, 2)
    assert f["valid_until"].value == dt.date(2027, 6, 1)
    assert f["employer"].value == "TIDEWATER MARINE SERVICES LTD."  # without its city
    assert f["permit_type"].value == "employer_specific"
    assert f["permit_type"].confidence >= 0.8


def test_rows_with_ocr_slips_in_labels_and_values() -> None:
    f = STUDY_PERMIT.extract([page_from_text(ROWS_OCR, source="ocr")])
    assert f["holder_name"].value == "TEMITOPE OYELARAN"
    assert f["date_of_birth"].value == dt.date(2001, 10, 14)
    assert f["document_number"].value == "F409871123"
    assert f["valid_until"].value == dt.date(2026, 12, 31)
    assert f["institution"].value == "RED DEER POLYTECHNIC"  # not the DLI number
    assert f["permit_type"].value == "study"


def test_a_work_permit_without_a_type_and_no_employer_has_no_type() -> None:
    text = "WORK PERMIT\nSurname: LI\nGiven names: WEI\nExpiry date: 2027-01-31\n"
    f = WORK_PERMIT.extract([page_from_text(text)])
    assert f["holder_name"].value == "WEI LI"
    assert "permit_type" not in f


def test_an_employer_without_any_type_wording_is_employer_specific_but_unsure() -> None:
    text = "WORK PERMIT\nEmployer: BLUE HERON FARMS INC.\nExpiry date: 2027-01-31\n"
    f = WORK_PERMIT.extract([page_from_text(text)])
    assert f["permit_type"].value == "employer_specific"
    assert f["permit_type"].confidence < 0.8


# A heading, a subtitle naming the type, labels over their values in a band of columns; the
# conditions say "open" too, and the employer's city and province follow its name.
SUBTITLE_AND_BAND = """\
Immigration, Refugees and Citizenship Canada
WORK PERMIT / PERMIS DE TRAVAIL
POST-GRADUATION WORK PERMIT
Family Name - Nom de famille          Given Name(s) - Prénom(s)
OYELARAN                              TEMITOPE
Conditions:
OPEN WORK PERMIT
"""

BAND_OF_LABELS = """\
WORK PERMIT / PERMIS DE TRAVAIL
EMPLOYER-SPECIFIC WORK PERMIT
Employer                                   Occupation
Employeur                                  Profession
BLUE HERON FOODS INC., MONCTON, NB         94141 - BUTCHER
"""


def test_the_subtitle_under_the_heading_decides_the_type_before_the_conditions() -> None:
    f = WORK_PERMIT.extract([page_from_text(SUBTITLE_AND_BAND)])
    assert f["permit_type"].value == "pgwp"
    assert f["holder_name"].value == "TEMITOPE OYELARAN"


def test_a_hyphenated_title_word_is_no_label_and_the_city_is_not_the_employer() -> None:
    f = WORK_PERMIT.extract([page_from_text(BAND_OF_LABELS)])
    assert f["employer"].value == "BLUE HERON FOODS INC."
    assert f["permit_type"].value == "employer_specific"
    assert f["permit_type"].confidence >= 0.9
    cut = BAND_OF_LABELS.replace("EMPLOYER-SPECIFIC", "EMPLOYER- SPECIFIC")  # as OCR cuts it
    assert WORK_PERMIT.extract([page_from_text(cut)])["employer"].value == "BLUE HERON FOODS INC."


# The employer's box read as nothing, and the conditions wrap with "EMPLOYER" opening a line.
CONDITION_WRAPS = """\
WORK PERMIT / PERMIS DE TRAVAIL
Family Name          OKONJO
Conditions:
NOT AUTHORIZED TO WORK IN ANY OCCUPATION OR FOR ANY
EMPLOYER OTHER THAN STATED.
"""


def test_a_label_word_opening_a_wrapped_sentence_is_no_label() -> None:
    f = WORK_PERMIT.extract([page_from_text(CONDITION_WRAPS)])
    assert "employer" not in f
    assert f["permit_type"].value == "employer_specific"
