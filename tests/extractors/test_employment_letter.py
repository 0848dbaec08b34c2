"""Employment letter extractor on three layouts: English prose, English form table, French prose."""

import datetime as dt
from dataclasses import replace

from extractors.employment_letter import EXTRACTOR
from tests.extractors.pagebuilder import page_from_text, pages_from_texts

PROSE_EN = """Northwind Analytics Inc.
1200 Bay Street, Suite 400
Toronto, ON M5R 2A5
Tel: (416) 555-0142 | hr@northwind.ca

November 3, 2026

To whom it may concern,

This is to confirm that Ms. Priya Raman has been employed by Northwind Analytics Inc. as a
full-time Data Analyst (NOC 21223) since June 5, 2023 and is currently employed with us.
She works 7.5 hours a day, five days a week at our Toronto, Ontario office and earns an annual
salary of $78,000.00 plus extended health and dental benefits.

Her main duties include:
  • Building dashboards for clients
  • Cleaning and validating data sets
  • Presenting findings to managers

Should you need more information, please contact me.

Sincerely,

Jordan Ellis
Human Resources Manager
"""

FORM_EN = """Maplecrest Data Labs Inc.
480 Front Street West, Suite 1200, Toronto, ON M5V 3B6 Tel: (416) 555-0142 Email: hr@maple.example

November 27, 2026
To Whom It May Concern,
Re: Employment Verification - Meera Joshi
The details of the position are as follows:
Employee name                  Meera Joshi
Position                       Database Analyst
NOC 2021 code                  21223
Start date                     January 8, 2024
End date                       March 31, 2026
Hours per week                 37.5
Annual salary                  $78,000.00 per year
Benefits                       extended health and dental coverage, 4% RRSP matching,
                               three weeks of paid vacation
Work location                  Toronto, Ontario
Responsibilities
  - Design and maintain databases
  - Write and tune queries
Sincerely,
Authorized signature
Daniel Okafor
Director, People Operations
"""

PROSE_FR = """GROUPE BOULANGERIE LAVOIE LTÉE
455, rue Sainte-Catherine Ouest, bureau 300
Montréal (Québec) H3B 1A7
Téléphone : 514-555-0199    Courriel : rh@lavoie.qc.ca

Montréal, le 1er octobre 2026

Objet : Attestation d'emploi

Madame, Monsieur,

Nous attestons par la présente que Mme Marie-Ève Tremblay est à notre emploi depuis le
15 août 2022 à titre de chef boulangère (CNP 63200), à raison de 37,5 heures par semaine.
Son salaire annuel est de 52 000 $. Elle bénéficie de nos assurances collectives.

Ses principales tâches sont :
- superviser l'équipe de production;
- préparer les pâtes et les viennoiseries;

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Jean-François Lavoie
Directeur des ressources humaines
"""


def values(text: str) -> dict:
    return {k: f.value for k, f in EXTRACTOR.extract([page_from_text(text)]).items()}


def test_english_prose() -> None:
    v = values(PROSE_EN)
    assert v["employer_name"] == "Northwind Analytics Inc."
    assert v["employer_address"] == "1200 Bay Street, Suite 400, Toronto, ON M5R 2A5"
    assert v["employer_phone"] == "(416) 555-0142"
    assert v["employer_email"] == "hr@northwind.ca"
    assert v["employee_name"] == "Priya Raman"
    assert v["job_title"] == "Data Analyst"
    assert v["noc_code"] == "21223"
    assert v["start_date"] == dt.date(2023, 6, 5)
    assert "end_date" not in v
    assert v["current"] is True
    assert v["hours_per_week"] == 37.5
    assert (v["wage_amount"], v["wage_period"]) == (78000.0, "year")
    assert v["benefits"] == "extended health and dental benefits."
    assert v["duties"] == (
        "Building dashboards for clients",
        "Cleaning and validating data sets",
        "Presenting findings to managers",
    )
    assert (v["signatory_name"], v["signatory_title"]) == (
        "Jordan Ellis",
        "Human Resources Manager",
    )
    assert "signed" not in v  # one blank line between closing and name: no room to tell
    assert v["letter_date"] == dt.date(2026, 11, 3)
    assert v["work_location"] == "Toronto, Ontario"


def test_english_form_table() -> None:
    v = values(FORM_EN)
    assert v["employee_name"] == "Meera Joshi"
    assert v["employer_address"] == "480 Front Street West, Suite 1200, Toronto, ON M5V 3B6"
    assert v["job_title"] == "Database Analyst"
    assert v["noc_code"] == "21223"
    assert (v["start_date"], v["end_date"]) == (dt.date(2024, 1, 8), dt.date(2026, 3, 31))
    assert v["hours_per_week"] == 37.5
    assert (v["wage_amount"], v["wage_period"]) == (78000.0, "year")
    assert v["benefits"] == (
        "extended health and dental coverage, 4% RRSP matching, three weeks of paid vacation"
    )
    assert v["duties"] == ("Design and maintain databases", "Write and tune queries")
    assert v["signatory_name"] == "Daniel Okafor"
    assert v["signatory_title"] == "Director, People Operations"
    assert "signed" not in v  # a printed caption is no signature; no ink was seen near it


def test_french_prose() -> None:
    v = values(PROSE_FR)
    assert v["employer_name"] == "GROUPE BOULANGERIE LAVOIE LTÉE"
    assert v["employee_name"] == "Marie-Ève Tremblay"
    assert v["job_title"] == "chef boulangère"
    assert v["noc_code"] == "63200"
    assert v["start_date"] == dt.date(2022, 8, 15)
    assert v["current"] is True
    assert v["hours_per_week"] == 37.5
    assert (v["wage_amount"], v["wage_period"]) == (52000.0, "year")
    assert v["letter_date"] == dt.date(2026, 10, 1)
    assert v["duties"] == (
        "superviser l'équipe de production",
        "préparer les pâtes et les viennoiseries",
    )
    assert v["signatory_name"] == "Jean-François Lavoie"
    assert v["signatory_title"] == "Directeur des ressources humaines"
    assert v["employer_phone"] == "514-555-0199"


def test_old_noc_wording_is_kept_raw() -> None:
    v = values(PROSE_EN.replace("(NOC 21223)", "(NOC B)"))
    assert v["noc_code"] == "NOC B"
    v = values(PROSE_EN.replace("(NOC 21223)", "(NOC 2171)"))
    assert v["noc_code"] == "2171"


def test_blank_signature_line_means_unsigned_and_missing_fields_are_absent() -> None:
    text = """Acme Widgets Ltd.
To whom it may concern,
This is to confirm that John Smith worked for us as a Welder from 2020-01-06 to 2022-03-31.
Signature: ________________
"""
    v = values(text)
    assert v["signed"] is False
    assert v["start_date"] == dt.date(2020, 1, 6) and v["end_date"] == dt.date(2022, 3, 31)
    assert v["job_title"] == "Welder"
    for absent in ("hours_per_week", "wage_amount", "duties", "employer_email", "current"):
        assert absent not in v or (absent == "current" and v[absent] is False)


def test_self_employment_and_evidence() -> None:
    page = page_from_text(
        PROSE_EN.replace("has been employed by", "has been a self-employed contractor for")
    )
    fields = EXTRACTOR.extract([page])
    assert fields["self_employed"].value is True
    f = fields["employee_name"]
    assert f.page == 1 and f.text == "Priya Raman" and f.bbox is not None and f.confidence == 1.0


def test_low_ocr_confidence_lowers_field_confidence() -> None:
    page = page_from_text(PROSE_EN, low={"Raman": 0.5})
    assert EXTRACTOR.extract([page])["employee_name"].confidence == 0.5


def test_letter_over_two_pages() -> None:
    first, _, rest = PROSE_EN.partition("Her main duties")
    pages = pages_from_texts(first, "Her main duties" + rest)
    fields = EXTRACTOR.extract(pages)
    assert fields["signatory_name"].page == 2
    assert fields["duties"].value[0] == "Building dashboards for clients"
    assert fields["start_date"].page == 1


def _signed(text: str, marks: tuple = (), **kwargs: object) -> object:
    page = replace(page_from_text(text, **kwargs), marks=marks)  # type: ignore[arg-type]
    f = EXTRACTOR.extract([page]).get("signed")
    return None if f is None else f.value


def _y(text: str, startswith: str) -> float:
    """Top of the line starting with `startswith` on a page_from_text page (54 + 14 per line)."""
    i = next(i for i, ln in enumerate(text.split("\n")) if ln.startswith(startswith))
    return 54.0 + 14.0 * i


FR_CLOSING = """Boulangerie Lavoie ltée
Objet : attestation d'emploi
Nous confirmons que Marie Roy travaille chez nous depuis le 3 mars 2022.
Veuillez agréer nos salutations distinguées.




Jean Lavoie
Directeur"""


def test_ink_between_closing_and_name_means_signed() -> None:
    top = _y(FR_CLOSING, "Veuillez") + 20
    assert _signed(FR_CLOSING, marks=((60.0, top, 180.0, top + 30),)) is True
    # The same ink far below the name, or a logo in the letterhead, is not a signature.
    assert _signed(FR_CLOSING, marks=((60.0, 20.0, 180.0, 50.0),)) is False


def test_an_empty_signature_space_means_unsigned_only_when_the_page_reads_well() -> None:
    assert _signed(FR_CLOSING) is False
    poor = replace(page_from_text(FR_CLOSING, source="ocr"), ocr_confidence=0.4)
    assert "signed" not in EXTRACTOR.extract([poor])
    good = replace(page_from_text(FR_CLOSING, source="ocr"), ocr_confidence=0.93)
    assert EXTRACTOR.extract([good])["signed"].value is False


def test_ink_above_a_signature_caption_or_beside_a_label_means_signed() -> None:
    caption = """Acme Welding Ltd.
To whom it may concern,
This confirms that John Smith worked for us as a Welder from 2020-01-06 to 2022-03-31.
Best regards,
____________________
Authorized signature
Mary Chen, Plant Manager"""
    y = _y(caption, "____")
    assert _signed(caption, marks=((60.0, y - 25, 160.0, y + 4),)) is True
    assert _signed(caption) is False  # a printed line and caption, no ink: not signed
    form = """Employment verification form
Employee: John Smith
Position: Welder
Signature:                         Date: 2026-01-05"""
    y = _y(form, "Signature")
    assert _signed(form, marks=((140.0, y - 12, 250.0, y + 8),)) is True
    assert _signed(form) is False  # the label with nothing after it and no ink


WRAPPED = """Northern Lights Logistics Inc.
To whom it may concern,
We confirm that Ana Costa has worked at our Calgary depot as a Senior Warehouse
Inventory Controller, 40 hours a week, since 2021-04-12 (NOC 13201).
Regards,"""


def test_a_prose_title_cut_by_the_line_end_continues_on_the_next_line() -> None:
    v = values(WRAPPED)
    assert v["job_title"] == "Senior Warehouse Inventory Controller"
    # A labelled title keeps its own line: the next line is another label.
    v = values("Acme Ltd.\nEmployee: Ana Costa\nTitle: Warehouse\nClerk Level 2, since 2021-04-12")
    assert v["job_title"] == "Warehouse"


def test_a_skill_type_followed_by_a_code_gives_the_code() -> None:
    v = values(PROSE_EN.replace("(NOC 21223)", "(NOC 2016 skill level B, code 2171)"))
    assert v["noc_code"] == "2171"
    v = values(PROSE_EN.replace("(NOC 21223)", "(CNP A / 1111)"))
    assert v["noc_code"] == "1111"


def test_current_employment_said_in_other_words() -> None:
    text = """Acme Ltd.
To whom it may concern,
This confirms that John Smith has been working for Acme since 2021-04-12 as a Welder.
Regards,"""
    assert values(text)["current"] is True
    text = text.replace("has been working for Acme since", "joined us on") + (
        "\nHe remains a valued full-time employee."
    )
    assert values(text)["current"] is True


def test_a_letterhead_without_company_suffix_is_the_employer() -> None:
    text = """Riverside Veterinary Hospital
12 King Street, Halifax, NS B3H 1A1

To whom it may concern,
This confirms that Ana Costa works at Riverside Veterinary Hospital as a Technician
since 2021-04-12.
Regards,"""
    assert values(text)["employer_name"] == "Riverside Veterinary Hospital"
    # Only the e-mail domain ties this top line to the employer: taken, with less confidence.
    weak = """Moss Keller
12 King Street, Halifax, NS B3H 1A1   info@mosskeller.example

To whom it may concern,
This confirms that Ana Costa works with us as a Technician since 2021-04-12."""
    f = EXTRACTOR.extract([page_from_text(weak)])["employer_name"]
    assert f.value == "Moss Keller" and f.confidence < 0.8
    # A person's name at the top, with nothing tying it to an organisation, is not the employer.
    person = weak.replace("info@mosskeller.example", "")
    assert values(person).get("employer_name") != "Moss Keller"


def test_a_doctors_title_stays_in_the_signatory_name() -> None:
    text = PROSE_EN.replace("Jordan Ellis", "Dr. Jordan Ellis").replace(
        "Human Resources Manager", "Chief Veterinarian"
    )
    assert values(text)["signatory_name"] == "Dr. Jordan Ellis"
    assert values(PROSE_EN.replace("Jordan Ellis", "Ms. Jordan Ellis"))["signatory_name"] == (
        "Jordan Ellis"
    )


def test_ocr_split_email_and_postal_code_letters_are_repaired_with_less_confidence() -> None:
    text = """Fraser Valley Orchards Ltd.
88 River Road, Abbotsford, BC V2S IO4
Phone 604-555-0101   hr @fraservalley.example

To whom it may concern,
This confirms that Ana Costa works with us as a Picker since 2021-04-12."""
    fields = EXTRACTOR.extract([page_from_text(text, source="ocr")])
    assert fields["employer_address"].value == "88 River Road, Abbotsford, BC V2S 1O4"
    assert fields["employer_address"].confidence < 1.0
    assert fields["employer_email"].value == "hr@fraservalley.example"
    assert fields["employer_email"].confidence < 1.0
    clean = EXTRACTOR.extract([page_from_text(text.replace("IO4", "1O4").replace(" @", "@"))])
    assert clean["employer_email"].confidence == 1.0


def test_a_prose_sentence_wrapping_between_the_verb_and_the_title_still_gives_the_title() -> None:
    text = (
        "Harbour & Pine Veterinary Clinic\n"
        "March 2, 2026\n"
        "We confirm that Mr. Joao Pereira worked at our clinic from 15 May 2023\n"
        "to 28 February 2026 as an Animal Health Technologist, 32 hours per week.\n"
        "Sincerely,\nDana Whitfield\nPractice Manager"
    )
    v = values(text)
    assert v["job_title"] == "Animal Health Technologist"
    # "to <date>" and "as of <date>" are no titles.
    v = values("We confirm Ana Lee has worked with us\nsince 2024-01-02 as of today, full time.")
    assert "job_title" not in v


def test_ocr_weekly_hours_misread_digit_is_repaired_with_less_confidence() -> None:
    text = "Kestrel Roofing Ltd.\nJob title: Estimator\nWeekly hours: 32.9\nSincerely,\nAmy Roy"
    scanned = EXTRACTOR.extract([page_from_text(text, source="ocr")])["hours_per_week"]
    assert (scanned.value, scanned.confidence <= 0.6) == (32.5, True)
    typed = EXTRACTOR.extract([page_from_text(text)])["hours_per_week"]
    assert (typed.value, typed.confidence) == (32.9, 1.0)  # a text layer is what was typed


def test_ocr_bullets_read_as_symbols_and_a_list_going_on_after_a_page_head() -> None:
    first = (
        "Fernhill Dental Group\nJune 1, 2026\nDaniel Ortiz works for us as a Dental Assistant.\n"
        "Key tasks:\n"
        "© Prepare treatment rooms and sterilize instruments\n"
        "« Take and develop dental radiographs"
    )
    second = (
        "Fernhill Dental Group - Daniel Ortiz - page 2\n\n\n"
        "° Record patient charts\n"
        "Sincerely,\nMei Tan\nOffice Manager"
    )
    pages = pages_from_texts(first, second, source="ocr")
    assert EXTRACTOR.extract(pages)["duties"].value == (
        "Prepare treatment rooms and sterilize instruments",
        "Take and develop dental radiographs",
        "Record patient charts",
    )


# A plain letter from a firm whose name wraps, with a foreign telephone number.
PLAIN_WRAPPED = """November 12, 2026

To whom it may concern,

We confirm that Mr. Kwame Mensah has been employed full-time with Harbourline Collision and
Auto Body Ltd. since March 4, 2024. He is paid $31.50 per hour for 40 hours per week.
Benefits include group dental coverage, a uniform allowance and ten paid sick days.

Regards,

Ama Owusu
Office Manager
Tel: +233 (302) 555-0147    accounts@harbourline-autobody.example
"""


def test_a_wrapped_employer_name_current_employment_and_a_list_of_benefits() -> None:
    v = values(PLAIN_WRAPPED)
    assert v["employer_name"] == "Harbourline Collision and Auto Body Ltd."
    assert v["current"] is True and "end_date" not in v
    assert v["start_date"] == dt.date(2024, 3, 4)
    assert v["benefits"] == "group dental coverage, a uniform allowance and ten paid sick days"
    assert v["employer_phone"] == "+233 (302) 555-0147"


def test_a_company_name_under_the_signature_wrapping_on_a_joining_word() -> None:
    text = """To whom it may concern,
This confirms that Kwame Mensah has been employed with us since March 4, 2024.
Regards,
Ama Owusu
Office Manager
Harbourline Collision and
Auto Body Ltd.
"""
    assert values(text)["employer_name"] == "Harbourline Collision and Auto Body Ltd."
    # A line of its own above the company's (the signatory's title) is not part of the name.
    alone = text.replace("Harbourline Collision and\n", "")
    assert values(alone)["employer_name"] == "Auto Body Ltd."
