"""Pay stub extractor: English grid with side-by-side deductions, French grid, prose stub."""

import datetime as dt

from extractors.pay_stub import EXTRACTOR
from tests.extractors.pagebuilder import page_from_text

GRID_EN = """Northwind Analytics Inc.                              EARNINGS STATEMENT
1200 Bay Street, Toronto, ON M5R 2A5

Employee: Priya Raman                 Employee ID: 10442
SIN: 046 454 286                      Pay Period: 2024-03-01 - 2024-03-15
                                      Pay Date: 2024-03-20

Earnings        Hours    Rate      Current      YTD          Deductions     Current     YTD
Regular         75.00    40.00     3,000.00     15,000.00    CPP            170.00      850.00
Overtime         4.00    60.00       240.00        480.00    EI              53.00      265.00
Gross Pay                          3,240.00     15,480.00    Income Tax     600.00    3,000.00

Net Pay                            2,417.00
"""

GRID_FR = """BULLETIN DE PAIE
Groupe Boréal Ingénierie inc.
Salarié(e) :          Élodie Marchand
NAS :                 *** *** 156
Période de paie :     du 12 octobre 2026 au 25 octobre 2026
Date de paiement :    30 octobre 2026

Gains / Retenues      Heures    Taux       Montant       Cumul annuel
Salaire de base          75     36,92 $    2 769,00 $    60 918,00 $
Salaire brut                               2 769,00 $    60 918,00 $
RRQ                                        -168,60 $      3 709,20 $
Salaire net                                2 024,34 $    44 535,48 $
"""

PROSE_EN = """PAY STATEMENT
Lakeshore Logistics Corp.
Pay to: Adaeze Okonkwo              Period: Oct 1, 2026 - Oct 15, 2026
Social Insurance No.: XXX-XXX-409   Cheque date: Oct 15, 2026
EARNINGS                            DEDUCTIONS
Regular 43.33 h @ $28.00            CPP        $63.51
Total earnings: $1,213.24           Total deductions: $265.40
NET PAY $947.84
Year to date: Gross $23,051.56      Net $18,008.96
"""


def values(text: str) -> dict:
    return {k: f.value for k, f in EXTRACTOR.extract([page_from_text(text)]).items()}


def test_english_grid_with_side_by_side_deductions() -> None:
    v = values(GRID_EN)
    assert v["employer_name"] == "Northwind Analytics Inc."
    assert v["employee_name"] == "Priya Raman"
    assert (v["period_start"], v["period_end"]) == (dt.date(2024, 3, 1), dt.date(2024, 3, 15))
    assert v["pay_date"] == dt.date(2024, 3, 20)
    assert (v["hours"], v["overtime_hours"], v["rate"]) == (75.0, 4.0, 40.0)
    assert (v["gross"], v["ytd_gross"], v["net"]) == (3240.0, 15480.0, 2417.0)
    assert (v["sin_last3"], v["sin_valid"], v["sin_temporary"]) == ("286", True, False)


def test_sin_evidence_never_shows_the_full_number() -> None:
    f = EXTRACTOR.extract([page_from_text(GRID_EN)])["sin_last3"]
    assert f.text == "XXX XXX 286"


def test_french_grid_with_space_thousands() -> None:
    v = values(GRID_FR)
    assert v["employee_name"] == "Élodie Marchand"
    assert (v["period_start"], v["period_end"]) == (dt.date(2026, 10, 12), dt.date(2026, 10, 25))
    assert v["pay_date"] == dt.date(2026, 10, 30)
    assert (v["hours"], v["rate"]) == (75.0, 36.92)
    assert (v["gross"], v["ytd_gross"], v["net"]) == (2769.0, 60918.0, 2024.34)
    assert v["sin_last3"] == "156" and "sin_valid" not in v


def test_prose_stub() -> None:
    v = values(PROSE_EN)
    assert v["employer_name"] == "Lakeshore Logistics Corp."
    assert v["employee_name"] == "Adaeze Okonkwo"
    assert (v["period_start"], v["period_end"]) == (dt.date(2026, 10, 1), dt.date(2026, 10, 15))
    assert v["pay_date"] == dt.date(2026, 10, 15)
    assert (v["hours"], v["rate"]) == (43.33, 28.0)
    assert (v["gross"], v["net"], v["ytd_gross"]) == (1213.24, 947.84, 23051.56)
    assert v["sin_last3"] == "409"
    assert "overtime_hours" not in v


def test_employer_without_suffix_beside_the_stub_title() -> None:
    text = """Lakeview Physiotherapy Centre                PAY STATEMENT
Employee: Ana Costa
Pay period: 2026-10-05 to 2026-10-18      Pay date: 2026-10-23
Regular   40.00   26.50   1,060.00
Net pay   828.56"""
    assert values(text)["employer_name"] == "Lakeview Physiotherapy Centre"
    # A person's name alone at the top is not taken for the employer.
    person = text.replace("Lakeview Physiotherapy Centre", "Ana Costa                    ")
    assert values(person).get("employer_name") is None
