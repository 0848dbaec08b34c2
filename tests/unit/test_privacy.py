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


SEPARATORS = ["", " ", "-", ".", "/", "\u00a0", "\u202f", "\u2009", " - ", "\u2013", " / "]


@given(
    st.integers(min_value=0, max_value=999_999_999),
    st.sampled_from(SEPARATORS),
    st.sampled_from(["SIN ", "NAS: ", "(", "sin=", "", "No. ", "stub_"]),
    st.sampled_from(["", ".", ")", " end", ".pdf", ", paid"]),
)
def test_a_sin_in_any_separator_or_glued_form_keeps_only_its_last_three(
    n: int, sep: str, before: str, after: str
) -> None:
    digits = f"{n:09d}"
    text = f"{before}{digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]}{after}"
    out = Redactor()(text)
    assert digits[:6] not in "".join(c for c in out if c.isdigit())
    assert out.endswith(digits[6:] + after)


@given(st.from_regex(r"[A-Z]{1,2}[0-9]{7,9}", fullmatch=True), st.sampled_from(["", "No. ", "#"]))
def test_a_known_identifier_is_masked_in_any_case_and_context(number: str, label: str) -> None:
    redact = Redactor([number])
    for text in (f"{label}{number}", f"{label}{number.lower()} issued", f"({number})"):
        out = redact(text)
        assert number.casefold() not in out.casefold()
        assert number[-3:].casefold() in out.casefold()


def test_uci_behind_its_label_is_masked() -> None:
    r = Redactor()
    assert r("UCI: 1234-5678") == "UCI: ••••••678"
    assert r("IUC / UCI 12-3456-7890").endswith("890") and "3456" not in r("UCI 12-3456-7890")
    assert r("Client ID 1234 5678 issued") == "Client ID ••••••678 issued"
