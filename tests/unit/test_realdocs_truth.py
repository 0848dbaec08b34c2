"""The real specimens' truth holds together: each MRZ verifies and agrees with its fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
TRUTH = yaml.safe_load((REPO / "benchmarks" / "realdocs" / "expected.yaml").read_text("utf-8"))
WITH_MRZ = [d for d in TRUTH["documents"] if d.get("mrz")]


def check_digit(text: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, < as 0."""
    total = 0
    for i, char in enumerate(text):
        value = int(char) if char.isdigit() else ord(char) - 55 if char.isalpha() else 0
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def yymmdd(text: str, century: int) -> dt.date:
    return dt.date(century + int(text[:2]), int(text[2:4]), int(text[4:6]))


def test_the_check_digit_is_icao_9303s() -> None:
    assert check_digit("L898902C3") == "6"  # ICAO 9303 part 4 specimen
    assert check_digit("740812") == "2"


@pytest.mark.parametrize("document", WITH_MRZ, ids=lambda d: d["path"])
def test_every_check_digit_of_the_transcribed_mrz_verifies(document: dict) -> None:
    first, second = document["mrz"]
    if len(second) == 44:  # TD3: passport booklets
        composite = second[0:10] + second[13:20] + second[21:43]
        digits = [(second[0:9], second[9]), (second[13:19], second[19])]
        digits += [(second[21:27], second[27]), (composite, second[43])]
    else:  # TD2 cards
        assert len(first) == len(second) == 36
        composite = second[0:10] + second[13:20] + second[21:35]
        digits = [(second[0:9], second[9]), (second[13:19], second[19])]
        digits += [(second[21:27], second[27]), (composite, second[35])]
    assert [check_digit(field) for field, _ in digits] == [digit for _, digit in digits]


@pytest.mark.parametrize("document", [d for d in WITH_MRZ if d["kind"] == "passport"], ids=str)
def test_the_fields_are_what_the_mrz_says(document: dict) -> None:
    first, second = document["mrz"]
    fields = document["fields"]
    assert first[0] == "P"
    assert fields["passport_number"] == second[0:9].rstrip("<")
    assert fields["nationality"] == second[10:13]
    assert fields["date_of_birth"] == yymmdd(second[13:19], 1900)
    expiry = yymmdd(second[21:27], 2000)
    assert fields["expiry_date"] in (expiry, expiry.replace(year=expiry.year - 100))
    surname = first[5:].split("<<")[0].replace("<", " ")
    assert fields["holder_name"].upper().endswith(surname)
