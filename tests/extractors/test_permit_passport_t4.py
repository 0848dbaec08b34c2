"""Permits (IMM 1442, bilingual labels), passports (MRZ with check digits), T4 slips."""

import datetime as dt

from extractors.parse.mrz import build_td3
from extractors.passport import EXTRACTOR as PASSPORT
from extractors.permit import STUDY_PERMIT, WORK_PERMIT
from extractors.t4 import EXTRACTOR as T4
from tests.extractors.pagebuilder import page_from_text

WORK = """WORK PERMIT / PERMIS DE TRAVAIL
UCI / IUC: 1122-3344
Family Name / Nom de famille:      RAMAN
Given Name(s) / Prénom(s):         PRIYA
Date of Birth / Date de naissance: 1994/03/12
Document No. / No du document:     U301188425
Date Issued / Date de délivrance:  2023/11/20
Expiry Date / Date d'expiration:   2027/11/19
Employer / Employeur:              OPEN
Remarks / Observations: Open work permit.
Not valid for employment in businesses related to the sex trade.
"""

WORK_SPECIFIC_FR = """PERMIS DE TRAVAIL
Nom de famille        Prénom(s)
MARCHAND              ÉLODIE
Date de naissance : 12 mars 1990
No du document : F123456789
Date d'expiration : 2027-06-30
Employeur : Groupe Boréal Ingénierie inc.
"""

STUDY = """STUDY PERMIT / PERMIS D'ÉTUDES
Family Name / Nom de famille: RAMAN
Given Name(s) / Prénom(s): PRIYA
Document No. / No du document: S012345678
Valid From: 2021-08-20
Expiry Date / Date d'expiration: 2023-09-30
School / École: Seneca Polytechnic
"""


def values(extractor, text: str) -> dict:
    return {k: f.value for k, f in extractor.extract([page_from_text(text)]).items()}


def test_open_work_permit() -> None:
    v = values(WORK_PERMIT, WORK)
    assert v["holder_name"] == "PRIYA RAMAN"
    assert v["date_of_birth"] == dt.date(1994, 3, 12)
    assert v["document_number"] == "U301188425"
    assert (v["valid_from"], v["valid_until"]) == (dt.date(2023, 11, 20), dt.date(2027, 11, 19))
    assert v["permit_type"] == "open"
    assert "employer" not in v


def test_employer_specific_french_permit_with_values_below_labels() -> None:
    v = values(WORK_PERMIT, WORK_SPECIFIC_FR)
    assert v["holder_name"] == "ÉLODIE MARCHAND"
    assert v["date_of_birth"] == dt.date(1990, 3, 12)
    assert v["employer"] == "Groupe Boréal Ingénierie inc."
    assert v["permit_type"] == "employer_specific"
    assert v["valid_until"] == dt.date(2027, 6, 30)


def test_study_permit() -> None:
    v = values(STUDY_PERMIT, STUDY)
    assert v["institution"] == "Seneca Polytechnic"
    assert (v["valid_from"], v["valid_until"]) == (dt.date(2021, 8, 20), dt.date(2023, 9, 30))
    assert STUDY_PERMIT.recognise(STUDY) > WORK_PERMIT.recognise(STUDY)
    assert WORK_PERMIT.recognise(WORK) > STUDY_PERMIT.recognise(WORK)


# A work permit laid out as a grid of labels with values below, where the occupation runs on
# until it nearly touches the employer printed beside it (one visual cell on the value row).
WORK_GRID_RUN_ON = """WORK PERMIT
Occupation                          Employer
SENIOR LOGISTICS PLANNING ANALYST I Harbourline Freight Ltd.
Expiry Date: 2027-05-31
"""

# A study permit whose French labels lost their accents in OCR, a header row of two labels
# with values below, and an institution name cut short by the value printed beside it.
STUDY_NO_ACCENTS = """PERMIS D'ETUDES / STUDY PERMIT
Etablissement / School                 Niveau d'etudes / Level of study
Lakeview Institute of Science and      Baccalaureat
Date d'expiration: 2026-04-30
"""


def test_value_below_a_label_row_is_cut_at_the_next_label_column() -> None:
    v = values(WORK_PERMIT, WORK_GRID_RUN_ON)
    assert v["employer"] == "Harbourline Freight Ltd."
    assert v["permit_type"] == "employer_specific"


def test_hyphenated_value_is_not_read_as_a_label() -> None:
    text = "WORK PERMIT\nType of permit: EMPLOYER-SPECIFIC\nExpiry Date: 2027-05-31\n"
    assert "employer" not in values(WORK_PERMIT, text)


def test_french_labels_match_without_accents_and_a_cut_name_is_unsure() -> None:
    fields = STUDY_PERMIT.extract([page_from_text(STUDY_NO_ACCENTS)])
    assert fields["institution"].value == "Lakeview Institute of Science and"
    assert fields["institution"].confidence < 0.5
    assert fields["valid_until"].value == dt.date(2026, 4, 30)


def _passport(dob_line: str, mrz_dob: dt.date) -> str:
    l1, l2 = build_td3("JOSHI", "MEERA", "Z4418273", "IND", mrz_dob, "F", dt.date(2032, 5, 19))
    return f"""REPUBLIC OF INDIA    PASSPORT
Surname       JOSHI
Given Names   Meera
Nationality   INDIAN
{dob_line}
Passport No.  Z4418273
{l1}
{l2}
"""


def test_passport_mrz_agrees_with_printed_page() -> None:
    fields = PASSPORT.extract(
        [page_from_text(_passport("Date of Birth 12/03/1994", dt.date(1994, 3, 12)))]
    )
    v = {k: f.value for k, f in fields.items()}
    assert v["holder_name"] == "Meera JOSHI"
    assert v["date_of_birth"] == dt.date(1994, 3, 12)
    assert v["expiry_date"] == dt.date(2032, 5, 19)
    assert v["passport_number"] == "Z4418273"
    assert v["nationality"] == "IND"
    assert v["mrz_valid"] is True and "mrz_mismatch" not in v
    assert fields["date_of_birth"].confidence == 1.0


def test_a_verified_date_of_birth_points_at_the_printed_date_not_the_mrz() -> None:
    """Reports mask the MRZ band: the printed date is the box a person can read (issue 16)."""
    page = page_from_text(_passport("Date of Birth 12/03/1994", dt.date(1994, 3, 12)))
    dob = PASSPORT.extract([page])["date_of_birth"]
    assert (dob.value, dob.text, dob.confidence) == (dt.date(1994, 3, 12), "12/03/1994", 1.0)
    mrz_top = next(ln.words[0].bbox[1] for ln in page.lines if ln.text.startswith("P<"))
    assert dob.bbox is not None and dob.bbox[1] < mrz_top


def test_passport_failing_check_digit_gives_low_confidence() -> None:
    text = _passport("", dt.date(1994, 3, 12))
    lines = text.rstrip("\n").split("\n")
    lines[-1] = lines[-1][:13] + "940313" + lines[-1][19:]  # altered date, old check digit
    fields = PASSPORT.extract([page_from_text("\n".join(lines))])
    assert fields["mrz_valid"].value is False
    assert fields["date_of_birth"].value == dt.date(1994, 3, 13)
    assert fields["date_of_birth"].confidence < 0.8


def test_passport_printed_page_disagreeing_with_mrz_is_flagged() -> None:
    fields = PASSPORT.extract(
        [page_from_text(_passport("Date of Birth 12/03/1995", dt.date(1994, 3, 12)))]
    )
    assert fields["mrz_mismatch"].value == ("date_of_birth",)
    # a verified zone is never overridden by the printed page; the disagreement lowers it
    assert fields["date_of_birth"].value == dt.date(1994, 3, 12)
    assert 0.8 <= fields["date_of_birth"].confidence < 1.0


T4_SLIP = """T4 Statement of Remuneration Paid / État de la rémunération payée
Year / Année   2025
Employer's name / Nom de l'employeur   Maplecrest Data Labs Inc.
14 Employment income / Revenus d'emploi    78,000.00
16 Employee's CPP contributions            4,034.10
10 Province of employment                  ON
Social insurance number  046 454 286
"""


def test_t4() -> None:
    v = values(T4, T4_SLIP)
    assert v["tax_year"] == 2025
    assert v["employer_name"] == "Maplecrest Data Labs Inc."
    assert v["employment_income"] == 78000.0
    assert v["cpp"] == 4034.10
    assert v["province"] == "ON"
    assert v["sin_last3"] == "286"


# Values wrapped inside their boxes, both columns of the row running onto a second line.
STUDY_WRAPPED = """STUDY PERMIT / PERMIS D'ETUDES
Family Name / Nom de famille        Given Name(s) / Prenom(s)
OKAFOR                              CHIDI
School / Ecole                      Level of study / Niveau d'etudes
Red River Polytechnic Institute     Advanced diploma in Business
of Applied Business Studies         Administration
Expiry Date / Date d'expiration     Sex / Sexe
2025-04-30                          M
"""
WORK_WRAPPED = """WORK PERMIT / PERMIS DE TRAVAIL
Employer / Employeur                Occupation / Profession
Harbourline Collision and Auto      72410 - Automotive service
Body Ltd.                           technician
Expiry Date / Date d'expiration     Type of permit / Type de permis
2027-05-31                          EMPLOYER-SPECIFIC
"""


def test_a_value_wrapped_inside_its_box_is_read_whole() -> None:
    fields = STUDY_PERMIT.extract([page_from_text(STUDY_WRAPPED)])
    assert fields["institution"].value == (
        "Red River Polytechnic Institute of Applied Business Studies"
    )
    assert fields["institution"].confidence == 1.0
    assert (
        values(WORK_PERMIT, WORK_WRAPPED)["employer"] == "Harbourline Collision and Auto Body Ltd."
    )
