"""Name helpers: normal forms that ignore order, accents, hyphens, case and middle names."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.parse.names import (
    HONORIFICS,
    clean_person_name,
    looks_like_company,
    name_tokens,
    names_match,
    normalise_name,
)


def test_normal_form() -> None:
    assert normalise_name("Marie-Ève  TREMBLAY") == "eve marie tremblay"
    assert normalise_name("TREMBLAY, Marie Eve") == "eve marie tremblay"
    assert name_tokens("Mr. John O'Brien") == ("john", "o", "brien")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Priya Raman", "RAMAN PRIYA", True),
        ("Priya Raman", "Priya Lakshmi Raman", True),
        ("Émilie Côté", "Emilie Cote", True),
        ("Jean-Pierre Roy", "Jean Pierre Roy", True),
        ("Ms. Priya Raman", "Priya Raman", True),
        ("Priya Raman", "Priya Ramen", False),
        ("Priya Raman", "Raman", False),
        ("Priya Raman", "Anita Raman", False),
        ("", "Priya Raman", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Ms. Priya Raman", "Priya Raman"),
        ("RAMAN, Priya", "Priya RAMAN"),
        ("  Jean-François Lavoie. ", "Jean-François Lavoie"),
        ("Mme Marie-Ève Tremblay", "Marie-Ève Tremblay"),
        ("Employee ID", None),
        ("21223", None),
        ("a very long sentence that is not a name at all", None),
    ],
)
def test_clean_person_name(raw: str, name: str | None) -> None:
    assert clean_person_name(raw)[0] == name


def test_company_names() -> None:
    assert looks_like_company("Northwind Analytics Inc.")
    assert looks_like_company("Boulangerie Lavoie Ltée")
    assert not looks_like_company("Priya Raman")


@given(st.text())
def test_never_raises(text: str) -> None:
    normalise_name(text)
    clean_person_name(text)
    names_match(text, "Priya Raman")


_NAME_WORD = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True).filter(
    lambda w: w.casefold() not in HONORIFICS  # "Mx Mx" is a title, not a name
)


@given(st.lists(_NAME_WORD, min_size=2, max_size=4))
def test_order_and_case_do_not_matter(words: list[str]) -> None:
    name = " ".join(words)
    assert names_match(name, " ".join(reversed(words)).upper())
    assert normalise_name(name) == normalise_name(" ".join(reversed(words)).lower())


def test_a_surname_read_alone_may_open_with_a_particle() -> None:
    assert clean_person_name("DE LA FUENTE")[0] is None  # a whole name: "de" is a leftover
    assert clean_person_name("DE LA FUENTE", particles=True)[0] == "DE LA FUENTE"
    assert clean_person_name("van der Berg", particles=True)[0] == "van der Berg"
    assert clean_person_name("de", particles=True)[0] is None


def test_names_with_letters_of_latin_extended_a() -> None:
    """Polish, Czech, Turkish names ("Wiśniewski", "Dvořák", "Yılmaz") are names."""
    for raw in ("Tomasz Wiśniewski", "Antonín Dvořák", "Ayşe Yılmaz"):
        assert clean_person_name(raw)[0] == raw
