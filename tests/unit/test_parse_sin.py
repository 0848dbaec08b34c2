"""SIN parser: Luhn check, 9-series, masking to the last three digits."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.parse.sin import find_sin, luhn_valid


@pytest.mark.parametrize(
    ("digits", "valid"), [("046454286", True), ("046454287", False), ("", False), ("abc", False)]
)
def test_luhn(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid


@pytest.mark.parametrize("text", ["SIN: 046 454 286", "046-454-286", "NAS 046454286"])
def test_full_sin_keeps_only_last_three(text: str) -> None:
    sin = find_sin(text)
    assert sin is not None
    assert (sin.last3, sin.valid, sin.temporary, sin.masked_text) == (
        "286",
        True,
        False,
        "XXX XXX 286",
    )


def test_temporary_resident_sin() -> None:
    sin = find_sin("SIN 912 345 678")
    assert sin is not None and sin.temporary is True


@pytest.mark.parametrize("text", ["XXX XXX 731", "XXX-XXX-731", "***-***-731", "******731"])
def test_masked_sin(text: str) -> None:
    sin = find_sin(text)
    assert sin is not None and (sin.last3, sin.valid, sin.temporary) == ("731", None, None)


def test_no_sin() -> None:
    assert find_sin("Employee ID 1234") is None


@given(st.text())
def test_never_raises(text: str) -> None:
    find_sin(text)


def test_a_sin_masked_but_for_a_middle_digit_keeps_its_last_three() -> None:
    from extractors.parse.sin import find_sin

    for text in ("XXX-XX5-271", "***-*45-271", "xxx xx5 271"):
        sin = find_sin(text)
        assert sin is not None and sin.last3 == "271" and sin.valid is None
        assert sin.masked_text == "XXX XXX 271"  # the shown middle digit is not kept
    assert find_sin("XXX-555-271") is None  # nothing of the middle masked: not a masked SIN


def test_masks_spaced_apart_or_of_other_signs() -> None:
    for printed in ("XXX - XXX - 282", "XXX-XXX- 282", "???-???-282", "∗∗∗-∗∗∗-282"):
        found = find_sin(printed)
        assert found is not None and found.last3 == "282" and found.valid is None
    assert find_sin("Pay XXXX 2026") is None
