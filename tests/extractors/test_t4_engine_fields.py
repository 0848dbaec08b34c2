"""T4 fields read by the shared field engine (issue 13): province and year by their captions,
whatever the box numbers and layout around them, and the slip's own name."""

from __future__ import annotations

from extractors.t4 import EXTRACTOR as T4
from tests.extractors.pagebuilder import page_from_text

# A box grid in the CRA's manner: box number, caption, value below the caption.
GRID = """\
Canada Revenue Agency        T4           Year / Année
Statement of Remuneration Paid            2025

10 Province of employment       14 Employment income
   Province d'emploi               Revenus d'emploi
   Nouvelle-Écosse                 48,210.55
"""


def test_province_by_name_below_its_caption_and_the_year_beside_its_label() -> None:
    f = T4.extract([page_from_text(GRID)])
    assert f["province"].value == "NS"
    assert f["tax_year"].value == 2025 and isinstance(f["tax_year"].value, int)
    assert f["slip"].value == "t4"


def test_a_t4a_slip_and_a_province_code_beside_its_label() -> None:
    text = "T4A  Statement of Pension, Retirement, Annuity and Other Income\nProvince: QC\n"
    f = T4.extract([page_from_text(text)])
    assert f["slip"].value == "t4a"
    assert f["province"].value == "QC"


# Box numbers before the captions, two captions side by side with no column gap, each value
# below its caption with the next column's value on the same line, cents in their own cell.
SIDE_BY_SIDE = """\
T4 Statement of Remuneration Paid                   Year 2024
16 Employee's CPP contributions / Cotisations de l'employé au RPC 24 EI insurable earnings
                   2,326   29                                  42,597   26
18 Employee's EI premiums / Cotisations de l'employé à l'AE 26 CPP pensionable earnings
                     698   60                                  42,597   26
"""


def test_a_value_below_its_caption_when_the_next_box_s_caption_shares_its_line() -> None:
    f = T4.extract([page_from_text(SIDE_BY_SIDE)])
    assert f["cpp"].value == 2326.29
    assert f["ei"].value == 698.60


# The CRA's own layout: the box number at the box's left edge, the value right of it on the
# box's bottom line, the caption above; amounts in dollars and cents.
BOX_NUMBERS = """\
T4  Statement of Remuneration Paid
Employment income              Income tax deducted
Revenus d'emploi               Impôt sur le revenu retenu
14         61250.00            22          9870.40
Employee's CPP contributions   Employee's EI premiums
16          3436.13            18          1016.75
Province of employment         Social insurance number
10  ON                         12   046 454 286
"""


def test_box_number_anchored_values() -> None:
    f = T4.extract([page_from_text(BOX_NUMBERS)])
    got = {k: f[k].value for k in ("employment_income", "income_tax", "cpp", "ei", "province")}
    assert got == {
        "employment_income": 61250.0,
        "income_tax": 9870.4,
        "cpp": 3436.13,
        "ei": 1016.75,
        "province": "ON",
    }
    assert f["sin_last3"].value == "286"


def test_a_box_s_number_alone_is_never_its_amount() -> None:
    blank = "\n".join(line.split("  ")[0] for line in BOX_NUMBERS.splitlines())
    f = T4.extract([page_from_text(blank + "\n14\n16\n18\n22\n")])
    for name in ("employment_income", "income_tax", "cpp", "ei"):
        assert name not in f


def test_the_engine_reads_below_a_caption_whose_line_goes_on_with_another_box() -> None:
    from extractors.fields.engine import find_fields
    from extractors.fields.lexicon import load_lexicon

    f = find_fields([page_from_text(SIDE_BY_SIDE)], load_lexicon("t4"))
    assert f["cpp"].value == 2326.29
    assert f["ei"].value == 698.60


def test_an_employee_named_last_name_first_with_a_comma_is_put_in_natural_order() -> None:
    for text in (
        "T4 Statement of Remuneration Paid   Year 2025\n"
        "Employee's name and address:   HERNANDO, ANA LUISA\n",
        "T4 Statement of Remuneration Paid   Year 2025\n"
        "Employee name        SIN             Province\n"
        "HERNANDO, ANA LUISA  XXX-XX5-271     AB\n",
    ):
        f = T4.extract([page_from_text(text)])
        assert str(f["employee_name"].value).casefold() == "ana luisa hernando"


# A T4A for fees paid to a contractor: the payer and the recipient, box 048 for the income.
T4A_FEES = """\
Canada Revenue Agency / Agence du revenu du Canada          T4A
Statement of Pension, Retirement, Annuity, and Other Income
Year / Année  2025
Payer's name / Nom du payeur             022 Income tax deducted
Lakeview Design Co.                      0.00
048 Fees for services
31,250.00
Recipient's name and address / Nom et adresse du bénéficiaire
Novak, Irena
"""


def test_a_t4a_is_recognised_and_read_with_its_payer_recipient_and_fees() -> None:
    page = page_from_text(T4A_FEES)
    assert T4.recognise(page.text) >= 0.6
    f = T4.extract([page])
    assert f["slip"].value == "t4a"
    assert f["employer_name"].value == "Lakeview Design Co."
    assert f["employee_name"].value == "Irena Novak"
    assert f["employment_income"].value == 31250.0


# The caption's note, and a word of it OCR split off, under the surname's caption.
NOTE_FOR_SURNAME = """\
T4 Statement of Remuneration Paid                   Year 2025
Last name (in capital letters)      First name
capital                             NADIA
"""


def test_a_caption_note_or_a_lower_case_word_is_no_name_part() -> None:
    assert "employee_name" not in T4.extract([page_from_text(NOTE_FOR_SURNAME)])


def test_a_name_in_capitals_without_a_comma_is_read_in_an_unsure_order() -> None:
    text = "T4 Statement of Remuneration Paid   Year 2025\nEmployee's name\nOKORO CHINEDU\n"
    name = T4.extract([page_from_text(text)])["employee_name"]
    assert name.confidence < 0.8
    text = "T4 Statement of Remuneration Paid   Year 2025\nEmployee's name\nOKORO, CHINEDU\n"
    name = T4.extract([page_from_text(text)])["employee_name"]
    assert (name.value, name.confidence >= 0.8) == ("CHINEDU OKORO", True)


def test_a_box_captioned_by_its_abbreviation_alone() -> None:
    text = (
        "T4 (2025)  Copy 2 - for employee\n"
        "14 Employment income                 16 CPP\n"
        "40,216.00                            2,183.35\n"
    )
    assert T4.extract([page_from_text(text)])["cpp"].value == 2183.35
