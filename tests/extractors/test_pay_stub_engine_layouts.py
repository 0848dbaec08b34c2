"""Pay stubs read by the shared field engine, in layouts described here from how payroll
software prints them (issue 13): columns in another order, the overtime rate beside the
overtime hours, values in the row under their headers, French decimal commas and spaced
thousands, `LAST, First`, a logo's letters before the employer, and header words that are
never values."""

from __future__ import annotations

import datetime as dt

from auditor.models import Field
from extractors.pay_stub import EXTRACTOR
from tests.extractors.pagebuilder import page_from_text


def read(text: str) -> dict[str, Field]:
    return EXTRACTOR.extract([page_from_text(text)])


def values(text: str) -> dict[str, object]:
    return {k: f.value for k, f in read(text).items()}


# Rate before hours, an overtime line whose rate (47.25) sits where hours sit elsewhere, a
# month-first date that only another date on the page tells apart, the employee as LAST, First.
RATE_FIRST = """\
Maple Ridge Dental Group Inc.                        Earnings Statement
Company Code:  MRD 00123              Period Beginning:  03/02/2025
Employee:  NGUYEN, Thi Minh           Period Ending:     03/15/2025
SIN:  ***-***-417                     Pay Date:          03/21/2025

Earnings        Rate      Hours     This Period     Year to Date
Regular         31.50     72.00       2,268.00        13,608.00
Overtime        47.25      3.50         165.38           330.76
Gross Pay                            $2,433.38       $13,938.76
Deductions                            This Period     Year to Date
CPP                                     139.87           839.22
Net Pay                              $1,801.12
"""


def test_columns_in_another_order_and_the_overtime_rate_is_not_hours() -> None:
    v = values(RATE_FIRST)
    assert (v["hours"], v["rate"], v["overtime_hours"]) == (72.0, 31.5, 3.5)
    assert (v["gross"], v["ytd_gross"], v["net"]) == (2433.38, 13938.76, 1801.12)


def test_month_first_dates_and_last_comma_first_name() -> None:
    v = values(RATE_FIRST)
    assert (v["period_start"], v["period_end"]) == (dt.date(2025, 3, 2), dt.date(2025, 3, 15))
    assert v["pay_date"] == dt.date(2025, 3, 21)
    assert v["employee_name"] == "Thi Minh NGUYEN"
    assert v["employer_name"] == "Maple Ridge Dental Group Inc."  # "Company Code" is no name
    assert v["sin_last3"] == "417"


def test_table_values_are_sure_and_carry_their_evidence() -> None:
    f = read(RATE_FIRST)
    assert f["hours"].confidence >= 0.9 and f["hours"].text == "72.00"
    assert f["overtime_hours"].text == "3.50"


# French: labels over their values in a band, the table's decimal commas, spaced thousands
# (a non-breaking space in one), "$" after the amount, the overtime line named in French.
FRENCH_BAND = """\
Boulangerie Saint-Laurent ltée
RELEVÉ DE PAIE
Employé(e)              Matricule     Du            Au            Date de paie
TREMBLAY, Marc-André    00412         2025-03-09    2025-03-22    2025-03-27

Gains                   Heures     Taux       Montant        Cumulatif
Salaire régulier        37,5       28,40      1 065,00       6\u00a0390,00
Temps supplémentaire    2,25       42,60         95,85         191,70
Salaire brut                                  1 160,85 $     6 581,70 $
Salaire net                                     852,19 $
"""


def test_french_band_and_table_with_decimal_commas() -> None:
    v = values(FRENCH_BAND)
    assert v["employee_name"] == "Marc-André TREMBLAY"
    assert (v["period_start"], v["period_end"]) == (dt.date(2025, 3, 9), dt.date(2025, 3, 22))
    assert v["pay_date"] == dt.date(2025, 3, 27)
    assert (v["hours"], v["rate"], v["overtime_hours"]) == (37.5, 28.4, 2.25)
    assert (v["gross"], v["ytd_gross"], v["net"]) == (1160.85, 6581.7, 852.19)
    assert v["employer_name"] == "Boulangerie Saint-Laurent ltée"


# A summary band: labels on one row, values in the row under them, a period written once
# with its year ("Mar 16 - Mar 29, 2025").
SUMMARY_BAND = """\
Harbourfront Bicycle Co-operative Ltd.                  PAY STUB
Employee: Amara Diallo

Pay Date        Pay Period                  Hours     Gross Pay     Net Pay
Apr 4, 2025     Mar 16 - Mar 29, 2025       75.00     2,062.50      1,550.32
"""


def test_values_in_the_row_under_their_labels() -> None:
    v = values(SUMMARY_BAND)
    assert v["pay_date"] == dt.date(2025, 4, 4)
    assert (v["period_start"], v["period_end"]) == (dt.date(2025, 3, 16), dt.date(2025, 3, 29))
    assert (v["hours"], v["gross"], v["net"]) == (75.0, 2062.5, 1550.32)


def test_a_day_only_start_and_a_french_range_in_one_label() -> None:
    v = values("PAY STUB\nPay period: Oct 12 - 25, 2026\nNet pay: 1,000.00\nGross pay: 1,200.00\n")
    assert (v["period_start"], v["period_end"]) == (dt.date(2026, 10, 12), dt.date(2026, 10, 25))
    v = values("BULLETIN DE PAIE\nPériode : du 12 au 25 octobre 2026\nSalaire net : 900,00 $\n")
    assert (v["period_start"], v["period_end"]) == (dt.date(2026, 10, 12), dt.date(2026, 10, 25))


def test_a_logo_monogram_before_the_employer_is_left_out() -> None:
    text = "CC Cedar Creek Landscaping Ltd.\nPAY STATEMENT\nNet pay: 950.00\nGross pay: 1,100.00\n"
    assert values(text)["employer_name"] == "Cedar Creek Landscaping Ltd."
    text = "6 Northgate Plumbing Inc.\nPAY STATEMENT\nNet pay: 950.00\n"
    assert values(text)["employer_name"] == "Northgate Plumbing Inc."


# Section headers over boxes: "Address" under the employer's caption and "Social Sec" under
# the employee's are captions, never values.
HEADER_WORDS = """\
PAY STATEMENT
Employer                           Employee Information
Address                            Social Sec #
Pay date: 2025-05-30               Net pay: 1,234.56
"""


def test_header_words_are_never_values() -> None:
    v = values(HEADER_WORDS)
    assert "employer_name" not in v or v["employer_name"] != "Address"
    assert "employee_name" not in v
    assert v["net"] == 1234.56


def test_a_date_in_a_sentence_is_not_hours() -> None:
    text = (
        "PAY STATEMENT\nEmployee: Ana Costa\nHours: see the schedule ending December 15th\n"
        "Net pay: 950.00\n"
    )
    assert "hours" not in values(text)


def test_a_headerless_earnings_row_is_read_in_the_usual_order_unsurely() -> None:
    text = """\
Lakeview Physiotherapy Centre                PAY STATEMENT
Employee: Ana Costa
Pay period: 2026-10-05 to 2026-10-18      Pay date: 2026-10-23
Regular   40.00   26.50   1,060.00
Gross pay 1,060.00
Net pay   828.56"""
    f = read(text)
    assert (f["hours"].value, f["rate"].value) == (40.0, 26.5)
    assert f["hours"].confidence < 0.8  # no header says which number is which


def test_printed_arithmetic_that_does_not_add_up_is_read_as_printed() -> None:
    text = RATE_FIRST.replace("$2,433.38", "$2,500.00")
    assert values(text)["gross"] == 2500.0  # a rule flags it; the reader does not fix it


# No label names the employee: the name over a mailing address is theirs, unsurely; the
# employer's own name over its address is not taken for it.
ADDRESS_BLOCK = """\
Maple Ridge Dental Group Inc.                        Earnings Statement
1200 Bay Street, Toronto, ON M5R 2A5
                                                     THI MINH NGUYEN
                                                     45 Elm Avenue, Apt 3
                                                     Ottawa ON K1P 5H9
Pay Date: 2025-03-21
Net Pay  1,801.12
"""


def test_an_unlabelled_name_over_a_mailing_address_is_the_employee_unsurely() -> None:
    f = read(ADDRESS_BLOCK)
    assert f["employee_name"].value == "THI MINH NGUYEN"
    assert f["employee_name"].confidence < 0.8
    assert f["employer_name"].value == "Maple Ridge Dental Group Inc."
    alone = ADDRESS_BLOCK.replace("THI MINH NGUYEN", "               ")
    assert "employee_name" not in read(alone)


def test_hours_worked_in_a_summary_count_overtime_and_are_not_the_regular_hours() -> None:
    text = RATE_FIRST + "Hours Worked:   75.50\n"
    assert values(text)["hours"] == 72.0


def test_a_summary_box_of_hours_gives_way_to_the_regular_rows_cell() -> None:
    text = RATE_FIRST + "Summary         Hours:    75.50\n"
    f = read(text)
    assert f["hours"].value == 72.0
    assert f["hours"].confidence < 0.8  # another reading of the field disagrees


def test_an_employer_without_a_legal_suffix_under_the_stub_title() -> None:
    text = (
        "PAY STUB\nLakeside Community Health Centre\n22 Shore Road, Kingston ON K7L 2P3\n"
        "Employee: Ana Costa\nNet pay: 950.00\n"
    )
    f = read(text)
    assert f["employer_name"].value == "Lakeside Community Health Centre"
    assert f["employer_name"].confidence < 0.8  # no label says it is the employer


def test_a_logo_read_as_a_lone_letter_is_left_out_but_an_ampersand_name_is_kept() -> None:
    text = "PAY STUB\nM Lakeside Community Health Centre\nNet pay: 950.00\n"
    assert values(text)["employer_name"] == "Lakeside Community Health Centre"
    text = "A & W Food Services of Canada Inc.\nPAY STUB\nNet pay: 950.00\n"
    assert values(text)["employer_name"] == "A & W Food Services of Canada Inc."


def test_a_sin_under_a_us_templates_label() -> None:
    text = "EARNINGS STATEMENT\nEmployee: Ana Costa\nSocial Sec #: XXX-XXX-282\nNet pay: 950.00\n"
    f = read(text)
    assert f["sin_last3"].value == "282" and f["sin_last3"].text == "XXX XXX 282"
    assert f["employee_name"].value == "Ana Costa"


# A band of labels over values centred under them: a value that starts left of its label's
# column is read whole; the SIN, centred under its label, is read there.
BAND_CENTRED = """\
EARNINGS STATEMENT
Northgate Plumbing Inc.
      Employee             Employee ID        SIN          Pay Date
  Ana Sofia Costa           004512        XXX - XXX - 282   2026-03-20
Net pay: 950.00
"""


def test_values_centred_under_a_band_of_labels() -> None:
    v = values(BAND_CENTRED)
    assert v["employee_name"] == "Ana Sofia Costa"
    assert v["sin_last3"] == "282"
    assert v["pay_date"] == dt.date(2026, 3, 20)
