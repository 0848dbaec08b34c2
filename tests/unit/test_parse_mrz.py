"""MRZ parser: ICAO check digits, field reading, OCR noise, failing digits."""

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from extractors.parse.mrz import (
    build_td3,
    check_digit,
    clean_line,
    find_td3,
    mrz_like,
    parse_mrz,
    parse_td3,
)
from extractors.parse.mrz_names import display_name, split_name

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
    assert mrz.checks["date_of_birth"] is False and mrz.checks["number"] is True


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


# ICAO 9303 specimens of the other formats (part 4-6 examples).
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
MRV_A = (
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
)


def test_td2_identity_card_is_not_a_passport() -> None:
    mrz = parse_mrz(TD2)
    assert mrz is not None and mrz.valid and mrz.format == "TD2"
    assert mrz.document_type == "identity card"
    assert (mrz.number, mrz.surname, mrz.given_names) == ("D23145890", "ERIKSSON", "ANNA MARIA")


def test_td1_three_lines() -> None:
    mrz = parse_mrz(TD1)
    assert mrz is not None and mrz.valid and mrz.format == "TD1"
    assert (mrz.number, mrz.nationality) == ("D23145890", "UTO")
    assert mrz.date_of_birth == dt.date(1974, 8, 12)


def test_visa_has_no_composite_and_says_visa() -> None:
    mrz = parse_mrz(MRV_A)
    assert mrz is not None and mrz.valid and mrz.format == "MRV-A"
    assert mrz.document_type == "visa" and "composite" not in mrz.checks
    assert mrz.expiry_date == dt.date(1996, 12, 10)  # an expiry from '70 on is a past one


def test_letters_in_digit_fields_are_typed_without_a_repair() -> None:
    mrz = parse_mrz([ICAO_1, ICAO_2.replace("7408122F12", "74O8I22FI2")])
    assert mrz is not None and mrz.valid and mrz.corrections == 0
    assert mrz.date_of_birth == dt.date(1974, 8, 12)


def test_number_repaired_by_its_check_digit() -> None:
    mrz = parse_mrz([ICAO_1, ICAO_2.replace("L898902C3", "L89B902C3")])
    assert mrz is not None and mrz.valid
    assert mrz.number == "L898902C3" and mrz.repaired == ("number",)


def test_round_letters_touching_digits_are_zeros() -> None:
    mrz = parse_mrz([ICAO_1, ICAO_2.replace("L898902C3", "L8989O2C3")])
    assert mrz is not None and mrz.valid and mrz.corrections == 0
    assert mrz.number == "L898902C3"


def test_doubled_character_dropped_to_fit_the_line() -> None:
    mrz = parse_mrz([ICAO_1, "L8989022C36UTO7408122F1204159ZE184226B<<<<<10"])
    assert mrz is not None and mrz.valid and mrz.edits == 1
    assert mrz.number == "L898902C3"


def test_unprovable_repair_does_not_verify() -> None:
    # Two check digits wrong at once: any repair that makes them hold would be a guess.
    bad = ICAO_2[:13] + "740813" + ICAO_2[19:21] + "120416" + ICAO_2[27:]
    mrz = parse_mrz([ICAO_1, bad])
    assert mrz is not None and not mrz.valid


def test_filler_read_as_k_is_cut_from_the_name() -> None:
    noisy = "P<UTOERIKSSON<<ANNA<MARIA<K<<KKKKK<<KKKEKKKKKK"
    mrz = parse_mrz([noisy, ICAO_2])
    assert mrz is not None and mrz.name is not None
    assert (mrz.surname, mrz.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert mrz.name.noisy and not mrz.name.doubtful


def test_a_digit_read_inside_the_name_makes_it_doubtful_unless_printed() -> None:
    misread = "P<UTOERIKSSON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<"
    alone = parse_mrz([misread, ICAO_2])
    assert alone is not None and alone.name is not None
    assert alone.given_names == "ANNA MARIA"
    assert alone.name.doubtful  # the digit was made a letter; nothing confirms which
    printed = parse_mrz([misread, ICAO_2], printed=["ERIKSSON", "ANNA", "MARIA"])
    assert printed is not None and printed.name is not None
    assert not printed.name.doubtful


def test_misread_separator_settled_by_the_printed_page() -> None:
    noisy = "P<UTOERIKSSONC<ANNAKMARIAK<<KKKKK<<KKKEKKKKKK"
    alone = parse_mrz([noisy, ICAO_2])
    assert alone is not None and alone.name is not None and alone.name.doubtful
    mrz = parse_mrz([noisy, ICAO_2], printed=["Eriksson", "Anna", "Maria"])
    assert mrz is not None and mrz.name is not None and not mrz.name.doubtful
    assert (mrz.surname, mrz.given_names) == ("ERIKSSON", "ANNA MARIA")


def test_clean_name_of_look_alike_letters_is_kept() -> None:
    l1, l2 = build_td3(
        "LEE", "CC", "A0000000", "CAN", dt.date(2000, 1, 1), "M", dt.date(2030, 1, 1)
    )
    mrz = parse_mrz([l1, l2])
    assert mrz is not None and (mrz.surname, mrz.given_names) == ("LEE", "CC")
    assert mrz.name is not None and not mrz.name.noisy


def test_display_name_takes_the_printed_accents_and_hyphens() -> None:
    name = split_name("LIN<<MEI<HUA<<<<<<<<<<<")
    assert display_name(name, ["LIN,", "MEI-HUA"]) == "MEI-HUA LIN"
    name = split_name("HANDRA<<ROZALIA<IRMA<<<<<<")
    assert display_name(name, ["Rozália", "Irma", "Handra"]) == "Rozália Irma Handra"
    assert display_name(name, ["Rozália"]) == "ROZALIA IRMA HANDRA"  # not every token printed


def test_edge_specks_and_lower_case_fillers() -> None:
    assert clean_line("| P<UTOERIKSSON<<ANNA<<ccc") == "P<UTOERIKSSON<<ANNA<<CCC"
    assert mrz_like("P<MARBELKACEM<<NAD IA<<<<<<<<<<<<<<<<ccccccccc")
    assert not mrz_like("Date of birth / Date de naissance 12 AUG 1974")


_TRUTH = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "benchmarks/realdocs/expected.yaml").read_text("utf-8")
)


@pytest.mark.parametrize(
    "document", [d for d in _TRUTH["documents"] if d.get("mrz")], ids=lambda d: d["path"]
)
def test_real_specimens_transcribed_zones(document: dict) -> None:
    mrz = parse_mrz(document["mrz"])
    assert mrz is not None and mrz.valid and mrz.corrections == 0
    assert (mrz.document_type == "passport") == (document["kind"] == "passport")
    fields = document["fields"]
    if fields:
        assert mrz.number == fields["passport_number"]
        assert mrz.nationality == fields["nationality"]
        assert (mrz.date_of_birth, mrz.expiry_date) == (
            fields["date_of_birth"],
            fields["expiry_date"],
        )
