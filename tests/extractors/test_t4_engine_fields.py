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
