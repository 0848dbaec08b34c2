"""Masking of SINs, MRZ lines and known passport numbers in any text a report shows."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from auditor.privacy import Redactor, mask


def test_mask_keeps_last_three() -> None:
    assert mask("AB1234567") == "••••••567"
    assert mask("12") == "••"


def test_sin_in_any_grouping_is_masked() -> None:
    r = Redactor()
    for text in ("SIN: 046 454 286", "SIN 046-454-286", "NAS : 046454286", "sin=046.454.286"):
        out = r(text)
        assert "046" not in out.replace("286", ""), out
        assert out.endswith("286"), out


def test_phone_numbers_dates_and_amounts_are_left_alone() -> None:
    r = Redactor()
    for text in ("Tel. 416-555-0199", "2024-03-01", "$78,000.00", "(613) 555-0142"):
        assert r(text) == text


def test_known_passport_number_masked_wherever_printed() -> None:
    r = Redactor(["XK1234567"])
    assert r("Passport No. XK1234567 issued") == "Passport No. ••••••567 issued"
    assert r("passport xk1234567") == "passport ••••••567"


def test_mrz_line_is_masked() -> None:
    line = "P<CANRAMAN<<PRIYA<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    line2 = "XK12345674CAN9403121F3005219<<<<<<<<<<<<<<02"
    r = Redactor()
    assert "XK1234567" not in r(line2)
    assert r(line).endswith("<<<")


@given(st.integers(min_value=0, max_value=999_999_999))
def test_no_nine_digit_number_survives(n: int) -> None:
    digits = f"{n:09d}"
    out = Redactor()(f"number {digits[:3]} {digits[3:6]} {digits[6:]} end")
    assert digits[:6] not in out.replace(" ", "").replace("•", "")
