"""MRZ parser: ICAO check digits, field reading, OCR noise, failing digits."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from extractors.parse.mrz import build_td3, check_digit, clean_line, find_td3, parse_td3

ICAO_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
ICAO_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


def test_check_digits_of_the_icao_specimen() -> None:
    assert check_digit("L898902C3") == 6
    assert check_digit("740812") == 2
    assert check_digit("120415") == 9


def test_icao_specimen() -> None:
    mrz = parse_td3(ICAO_1, ICAO_2)
    assert mrz is not None and mrz.valid
    assert (mrz.surname, mrz.given_names, mrz.passport_number) == (
        "ERIKSSON",
        "ANNA MARIA",
        "L898902C3",
    )
    assert (mrz.nationality, mrz.sex) == ("UTO", "F")
    assert mrz.date_of_birth == dt.date(1974, 8, 12)
    assert mrz.expiry_date == dt.date(2012, 4, 15)


def test_failing_check_digit_is_reported() -> None:
    bad = ICAO_2[:13] + "740813" + ICAO_2[19:]
    mrz = parse_td3(ICAO_1, bad)
    assert mrz is not None and not mrz.valid
    assert mrz.checks["date_of_birth"] is False and mrz.checks["passport_number"] is True


def test_ocr_noise_spaces_and_guillemets() -> None:
    noisy = "P<UTOERIKSSON«ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    assert clean_line(noisy).startswith("P<UTOERIKSSON<<ANNA")
    mrz = parse_td3(noisy, ICAO_2.replace("7408122", "74O8122"))
    assert mrz is not None and mrz.date_of_birth == dt.date(1974, 8, 12)


def test_find_among_lines() -> None:
    found = find_td3(["PASSPORT", "Surname ERIKSSON", ICAO_1, ICAO_2])
    assert found is not None and found[0] == 2


def test_not_an_mrz() -> None:
    assert parse_td3("hello", "world") is None
    assert find_td3(["nothing here"]) is None


@given(st.text(), st.text())
def test_never_raises(a: str, b: str) -> None:
    parse_td3(a, b)
    find_td3([a, b])


@given(
    st.from_regex(r"[A-Z]{2,12}", fullmatch=True),
    st.from_regex(r"[A-Z]{2,10}", fullmatch=True),
    st.from_regex(r"[A-Z][0-9]{7,8}", fullmatch=True),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2010, 12, 31)),
    st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2040, 12, 31)),
)
def test_round_trip(surname: str, given_: str, number: str, dob: dt.date, expiry: dt.date) -> None:
    l1, l2 = build_td3(surname, given_, number, "CAN", dob, "M", expiry)
    mrz = parse_td3(l1, l2)
    assert mrz is not None and mrz.valid
    assert (mrz.surname, mrz.given_names, mrz.passport_number) == (surname, given_, number)
    assert (mrz.date_of_birth, mrz.expiry_date) == (dob, expiry)
