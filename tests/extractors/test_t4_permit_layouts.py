"""T4 slips and permits in layouts the samples do not use (issue 3): box grids with the box
number left of the amount, French tables, captions with "(case 14)", last/first name boxes, and
French-first or list-style permits with a designated learning institution and DLI number."""

import datetime as dt

from extractors.permit import STUDY_PERMIT, WORK_PERMIT
from extractors.t4 import EXTRACTOR as T4
from tests.extractors.pagebuilder import page_from_text


def values(extractor, text: str, **kw) -> dict:
    return {k: f.value for k, f in extractor.extract([page_from_text(text, **kw)]).items()}


T4_GRID = """T4   Statement of Remuneration Paid - État de la rémunération payée
Employer's name - Nom de l'employeur             Year - Année
Northwind Foods Ltd.                             2024
Province of employment      Social insurance number      Employer's account number
10   BC                     12   046 454 286             54   812345678RP0001
Employment income                       Income tax deducted
14            41,250.00 |               22            6,180.40
Employee's CPP contributions            Employee's El premiums
16            2, 301.55)                18            676.50
Union dues                              Charitable donations
44                                      46
Employee's name and address - Nom et adresse de l'employé
Last name - Nom de famille          First name - Prénom        Initial - Initiale
OKAFOR                              Chidi
"""


def test_t4_box_grid_with_box_numbers_left_of_amounts() -> None:
    v = values(T4, T4_GRID, source="ocr")
    assert v["employment_income"] == 41250.00
    assert v["income_tax"] == 6180.40
    assert v["cpp"] == 2301.55  # a border read as ")" and a space after the comma
    assert v["ei"] == 676.50  # "EI" read as "El"
    assert v["tax_year"] == 2024
    assert v["employer_name"] == "Northwind Foods Ltd."
    assert v["employee_name"] == "Chidi OKAFOR"
    assert v["province"] == "BC"
    assert v["sin_last3"] == "286"  # not the employer's 9-digit business number


T4_FR_LINES = """Feuillet T4 - État de la rémunération payée
Année : 2025
Nom de l'employeur : Boulangerie Lavoie ltée
Nom de l'employé : LAVOIE, Marc-André
Province d'emploi : Nouveau-Brunswick
Numéro d'assurance sociale : 046 454 286
Revenus d'emploi (case 14) : 48 912,35 $
Cotisations de l'employé au RPC (case 16) : 2 744,10 $
Cotisations de l'employé à l'AE (case 18) : 802,16 $
Impôt sur le revenu retenu (case 22) : 7 015,00 $
"""


def test_t4_french_lines_with_box_references_and_province_name() -> None:
    v = values(T4, T4_FR_LINES)
    assert v["employment_income"] == 48912.35
    assert v["cpp"] == 2744.10
    assert v["ei"] == 802.16
    assert v["income_tax"] == 7015.00
    assert v["tax_year"] == 2025
    assert v["employee_name"] == "Marc-André LAVOIE"
    assert v["province"] == "NB"
    assert v["sin_last3"] == "286"


def test_t4_amounts_are_not_the_next_box_number() -> None:
    """A caption followed on its row by the next box's caption: the amount is below it."""
    text = """14 Employment income      16 Employee's CPP contributions
          52,000.00                    2,950.10
"""
    v = values(T4, text)
    assert (v["employment_income"], v["cpp"]) == (52000.00, 2950.10)


STUDY_FR = """PERMIS D'ÉTUDES / STUDY PERMIT
Nom de famille / Surname                       OKAFOR
Prénom(s) / Given name(s)                      CHIDI
Numéro de document / Document number           F998877665
Date d'entrée en vigueur / Effective date      03 SEP/SEPT 2022
Date d'expiration / Expiry date                30 NOV/NOV 2024
Établissement d'enseignement désigné           Collège Boréal
Designated learning institution
Numéro d'EED / DLI number                      O19395677007
"""


def test_french_first_study_permit_with_dli_and_value_column() -> None:
    v = values(STUDY_PERMIT, STUDY_FR)
    assert v["holder_name"] == "CHIDI OKAFOR"
    assert v["document_number"] == "F998877665"
    assert v["valid_from"] == dt.date(2022, 9, 3)
    assert v["valid_until"] == dt.date(2024, 11, 30)
    assert v["institution"] == "Collège Boréal"


STUDY_LIST = """STUDY PERMIT
Name of holder: Chidi OKAFOR
Permit number: F998877665
Issued on: September 3, 2022
Expires on: November 30, 2024
DLI number: O19395677007
Designated learning institution (DLI): Fanshawe College
"""


def test_list_study_permit_does_not_take_the_dli_number_for_the_school() -> None:
    v = values(STUDY_PERMIT, STUDY_LIST)
    assert v["holder_name"] == "Chidi OKAFOR"
    assert v["valid_from"] == dt.date(2022, 9, 3)
    assert v["valid_until"] == dt.date(2024, 11, 30)
    assert v["institution"] == "Fanshawe College"


def test_french_first_work_permit_open() -> None:
    text = """PERMIS DE TRAVAIL / WORK PERMIT
Numéro du document / Document No.        U123456789
Date d'entrée en vigueur                 2024-06-17
Date d'expiration                        2027-06-16
Type de permis / Type of permit          POSTDIPLÔME / POST-GRADUATION
Employeur / Employer                     OUVERT / OPEN
"""
    v = values(WORK_PERMIT, text)
    assert v["document_number"] == "U123456789"
    assert (v["valid_from"], v["valid_until"]) == (dt.date(2024, 6, 17), dt.date(2027, 6, 16))
    assert v["permit_type"] == "pgwp"
    assert "employer" not in v
