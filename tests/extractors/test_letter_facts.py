"""Letter facts read in context: positions from promotions, dated leave, self-employment and
unpaid work with their negations (issue 14, situations 4 and 5)."""

from __future__ import annotations

import datetime as dt

from auditor.models import Record, records
from extractors.employment_letter import EXTRACTOR
from tests.extractors.pagebuilder import page_from_text

D = dt.date
HEAD = """Maplewood Analytics Inc.
200 Bay Street, Toronto, ON M5J 2J5
Tel: (416) 555-0142   Email: hr@maplewood.example

November 2, 2026

To Whom It May Concern,

"""
TAIL = """

Sincerely,

Dana Whitfield
Human Resources Manager
"""


def read(body: str) -> dict:
    return EXTRACTOR.extract([page_from_text(HEAD + body + TAIL)])


def positions(fields: dict) -> list[dict]:
    f = fields.get("positions")
    assert f is not None
    return [{name: field.value for name, field in r.fields} for r in records(f.value)]


BENEFIT_AND_LEAVE = """This letter confirms that Lucia Ferreira has been employed by Maplewood
Analytics Inc. as a Data Analyst (NOC 21223) since June 5, 2023, and she remains
employed with us. She works 37.5 hours per week at an annual salary of $78,000.
Her benefits include extended health and dental coverage and two paid volunteer days
per year. She took an approved unpaid leave March 1-31, 2025. Ms. Ferreira is a
salaried employee; she is not self-employed and is not an independent contractor."""


def test_a_volunteer_day_benefit_and_an_unpaid_leave_are_not_unpaid_work() -> None:
    fields = read(BENEFIT_AND_LEAVE)
    assert "unpaid" not in fields
    assert fields["self_employed"].value is False
    assert "not" in fields["self_employed"].text
    leave = records(fields["leave"].value)
    assert [(r.value("start"), r.value("end"), r.value("kind")) for r in leave] == [
        (D(2025, 3, 1), D(2025, 3, 31), "unpaid")
    ]
    assert fields["start_date"].value == D(2023, 6, 5)
    assert fields["current"].value is True
    assert len(positions(fields)) == 1


def test_volunteer_work_and_self_employment_stated_are_read_as_true() -> None:
    fields = read(
        "This confirms that Omar Haddad worked with us as a volunteer coordinator on a\n"
        "volunteer basis from January 9, 2024 to June 30, 2025, 20 hours per week."
    )
    assert fields["unpaid"].value is True
    fields = read(
        "Omar Haddad has provided bookkeeping services to our firm as an independent\n"
        "contractor since January 9, 2024, about 25 hours per week."
    )
    assert fields["self_employed"].value is True


def test_parental_leave_in_french_is_a_dated_leave() -> None:
    fields = read(
        "Nous attestons que Mme Claire Dubois occupe le poste d'analyste financière\n"
        "depuis le 5 juin 2023, à raison de 37,5 heures par semaine. Elle a été en congé\n"
        "parental du 1er février 2025 au 31 juillet 2025."
    )
    leave = records(fields["leave"].value)
    assert [(r.value("start"), r.value("end"), r.value("kind")) for r in leave] == [
        (D(2025, 2, 1), D(2025, 7, 31), "parental")
    ]
    assert fields["start_date"].value == D(2023, 6, 5)


PROMOTION_TABLE = """This letter confirms that Lucia Ferreira is currently employed by Maplewood
Analytics Inc. She has held the following positions:

Position                  NOC      Start date     End date
Junior Data Analyst       21223    2023-01-10     2024-02-29
Senior Data Analyst       21223    2024-03-01     Present

She works 37.5 hours per week; her current salary is $92,000 per year."""


def test_a_promotion_table_gives_every_position_with_its_title() -> None:
    fields = read(PROMOTION_TABLE)
    got = positions(fields)
    assert [(p["job_title"], p.get("start_date"), p.get("end_date")) for p in got] == [
        ("Junior Data Analyst", D(2023, 1, 10), D(2024, 2, 29)),
        ("Senior Data Analyst", D(2024, 3, 1), None),
    ]
    assert got[1]["current"] is True
    assert fields["job_title"].value == "Senior Data Analyst"
    assert fields["start_date"].value == D(2024, 3, 1)


PROMOTION_PROSE = """This letter confirms that Lucia Ferreira joined Maplewood Analytics Inc. on
January 10, 2023 as a Junior Data Analyst (NOC 21223) and held that position until
February 29, 2024. She was promoted to Senior Data Analyst (NOC 21223) on March 1, 2024
and remains in this position. She works 37.5 hours per week at $92,000 per year."""


def test_a_promotion_in_prose_gives_both_positions() -> None:
    fields = read(PROMOTION_PROSE)
    got = positions(fields)
    assert [(p.get("job_title"), p.get("start_date"), p.get("end_date")) for p in got] == [
        ("Junior Data Analyst", D(2023, 1, 10), D(2024, 2, 29)),
        ("Senior Data Analyst", D(2024, 3, 1), None),
    ]
    assert got[0]["noc_code"] == "21223"
    assert got[1]["current"] is True
    assert fields["job_title"].value == "Senior Data Analyst"


def test_a_start_date_stated_twice_is_one_position_with_its_title() -> None:
    fields = read(
        "Employee: Lucia Ferreira\n"
        "Position: Payroll Clerk\n"
        "Start date: February 24, 2025\n\n"
        "Ms. Ferreira has worked with us as a Payroll Clerk since February 24, 2025 and\n"
        "is currently employed, 30 hours per week."
    )
    got = positions(fields)
    assert len(got) == 1, fields["positions"].text
    assert got[0]["job_title"] == "Payroll Clerk"
    assert got[0]["start_date"] == D(2025, 2, 24)


def test_records_survive_the_cache_encoding() -> None:
    from auditor.reading.cache_records import _decode_value, _value

    fields = read(PROMOTION_TABLE)
    value = fields["positions"].value
    assert _decode_value(_value(value)) == value
    assert all(isinstance(r, Record) for r in records(value))


def test_a_duty_bullet_that_wraps_over_lines_is_kept_whole() -> None:
    fields = read(
        "Lucia Ferreira has worked with us as a Data Analyst since June 5, 2023, 37.5 hours\n"
        "per week. Her main duties are:\n"
        "• Build and maintain the monthly sales dashboards used by the regional\n"
        "managers and the finance team\n"
        "• Clean and validate data\n"
        "• Write SQL queries and stored procedures for the reporting\n"
        "  warehouse, and document them\n"
    )
    assert fields["duties"].value == (
        "Build and maintain the monthly sales dashboards used by the regional managers and "
        "the finance team",
        "Clean and validate data",
        "Write SQL queries and stored procedures for the reporting warehouse, and document them",
    )


def test_an_address_with_middle_dots_is_not_cut() -> None:
    page = page_from_text(
        "Maplewood Analytics Inc.\n"
        "200 Bay Street · Suite 1400 · Toronto, ON M5J 2J3 · Tel: (416) 555-0142\n\n"
        "November 2, 2026\n\nTo Whom It May Concern,\n\n"
        "Lucia Ferreira has worked with us as a Data Analyst since June 5, 2023." + TAIL
    )
    fields = EXTRACTOR.extract([page])
    assert fields["employer_address"].value == "200 Bay Street, Suite 1400, Toronto, ON M5J 2J3"
    assert fields["employer_phone"].value == "(416) 555-0142"


SECTIONS = """This letter confirms that Lucia Ferreira has held two positions with Maplewood
Analytics Inc. and currently holds the second.

Junior Data Analyst (NOC 21223)
Dates: January 10, 2023 to February 29, 2024
Hours: 37.5 per week
Salary: $64,000 per year
Duties:
• Clean and validate the weekly sales data
• Build the monthly reports

Senior Data Analyst (NOC 21222)
Dates: March 1, 2024 to present
Hours: 40 per week
Salary: $86,000 per year
Duties:
• Lead the forecasting analyses
• Review the work of two junior analysts"""


def test_each_position_section_gives_its_own_noc_hours_pay_and_duties() -> None:
    got = positions(read(SECTIONS))
    assert [
        (p["job_title"], p["noc_code"], p["hours_per_week"], p["wage_amount"], p["duties"])
        for p in got
    ] == [
        (
            "Junior Data Analyst",
            "21223",
            37.5,
            64000.0,
            ("Clean and validate the weekly sales data", "Build the monthly reports"),
        ),
        (
            "Senior Data Analyst",
            "21222",
            40.0,
            86000.0,
            ("Lead the forecasting analyses", "Review the work of two junior analysts"),
        ),
    ]
    assert got[0]["end_date"] == D(2024, 2, 29) and got[1]["current"] is True
    fields = read(SECTIONS)
    assert fields["hours_per_week"].value == 40.0 and fields["noc_code"].value == "21222"
    assert fields["job_title"].value == "Senior Data Analyst"


def test_hours_under_a_label_may_say_per_week() -> None:
    fields = read("Employee: Lucia Ferreira\nPosition: Payroll Clerk\nHours: 37.5 per week\n")
    assert fields["hours_per_week"].value == 37.5


def test_volunteer_words_that_are_not_unpaid_work() -> None:
    for sentence in (
        "Omar Haddad has been employed as a Volunteer Coordinator since January 9, 2024,\n"
        "37.5 hours per week at $52,000 per year.",
        "Omar Haddad has been employed as a Data Analyst since January 9, 2024. He\n"
        "volunteered to lead our charity drive in 2025.",
        "Omar Haddad has been employed as a Data Analyst since January 9, 2024. He is\n"
        "not a volunteer: he is paid $52,000 per year.",
    ):
        assert read(sentence).get("unpaid") is None or read(sentence)["unpaid"].value is False


PAY_TABLE = """This letter confirms that Lucia Ferreira is currently employed by Maplewood
Analytics Inc. in the following positions:

Position               NOC     Start        End          Hours/week   Annual salary
Junior Data Analyst    21223   2023-01-10   2024-02-29   37.5         $64,000
Senior Data Analyst    21222   2024-03-01   Present      40           $86,500

Her benefits include health and dental coverage and a $1,000 annual training budget."""


def test_a_table_of_positions_gives_each_row_its_hours_and_pay() -> None:
    fields = read(PAY_TABLE)
    got = positions(fields)
    assert [
        (p["job_title"], p["noc_code"], p["hours_per_week"], p["wage_amount"], p["wage_period"])
        for p in got
    ] == [
        ("Junior Data Analyst", "21223", 37.5, 64000.0, "year"),
        ("Senior Data Analyst", "21222", 40.0, 86500.0, "year"),
    ]
    assert fields["wage_amount"].value == 86500.0 and fields["hours_per_week"].value == 40.0


def test_freelance_work_and_its_french_denial() -> None:
    fields = read(
        "Omar Haddad has worked with our studio as a freelancer since January 9, 2024,\n"
        "invoicing us monthly for about 25 hours per week."
    )
    assert fields["self_employed"].value is True
    fields = read(
        "Nous attestons que Mme Claire Dubois occupe le poste d'analyste financière depuis\n"
        "le 5 juin 2023. Mme Dubois est salariée; elle n'est pas travailleuse autonome."
    )
    assert fields["self_employed"].value is False


def test_a_denied_leave_over_the_employment_dates_is_no_leave() -> None:
    fields = read(
        "Lucia Ferreira was employed as a Data Analyst from January 10, 2023 to June 30, 2025;\n"
        "she took no leave of absence from January 10, 2023 to June 30, 2025."
    )
    assert "leave" not in fields
    assert fields["start_date"].value == D(2023, 1, 10)


def test_a_promotion_in_french_prose_gives_both_positions() -> None:
    fields = read(
        "Nous attestons que Mme Claire Dubois a été embauchée le 3 août 2020 à titre de commis\n"
        "de bureau (CNP 14100) et a occupé ce poste jusqu'au 16 décembre 2022. Elle a été promue\n"
        "au poste d'adjointe administrative (CNP 13110) le 19 décembre 2022 et occupe toujours\n"
        "ce poste. Elle travaille 37,5 heures par semaine."
    )
    got = positions(fields)
    assert [(p["job_title"], p["noc_code"], p["start_date"], p.get("end_date")) for p in got] == [
        ("commis de bureau", "14100", D(2020, 8, 3), D(2022, 12, 16)),
        ("adjointe administrative", "13110", D(2022, 12, 19), None),
    ]
    assert got[1]["current"] is True and fields["noc_code"].value == "13110"


def test_a_form_of_labelled_dates_is_one_ended_position() -> None:
    fields = read(
        "Nous attestons que Mme Claire Dubois a été à notre emploi selon les conditions\n"
        "suivantes :\n"
        "Titre du poste : Analyste financière\n"
        "Date d'entrée en fonction : 6 mai 2024\n"
        "Date de fin d'emploi : 30 juin 2025\n"
        "Heures par semaine : 37,5\n"
    )
    assert (fields["start_date"].value, fields["end_date"].value) == (D(2024, 5, 6), D(2025, 6, 30))
    assert fields["current"].value is False
    got = positions(fields)
    assert [(p["job_title"], p["start_date"], p["end_date"]) for p in got] == [
        ("Analyste financière", D(2024, 5, 6), D(2025, 6, 30))
    ]
