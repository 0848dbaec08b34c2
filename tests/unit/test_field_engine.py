"""The shared field engine on small layouts built here: where values sit, what is no value,
and values chosen jointly under a kind's constraints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor.models import Field, Word
from extractors.fields.candidates import Candidate
from extractors.fields.engine import assign, find_fields
from extractors.fields.lexicon import LexiconError, load_lexicon, parse_lexicon
from extractors.fields.spec import Constraint
from tests.extractors.pagebuilder import page_from_text

LEXICON = """
kind: test
fields:
  surname:
    type: name_part
    report: false
    labels: {en: [family name, surname], fr: [nom de famille]}
  given:
    type: name_part
    report: false
    labels: {en: [given names], fr: [prénoms]}
  holder:
    type: name
    labels: {en: [name of holder]}
  birth:
    type: date
    min: 1920-01-01
    max: 2015-12-31
    labels: {en: [date of birth], fr: [date de naissance]}
  start:
    type: date
    labels: {en: [valid from, start date], fr: [date de début]}
  end:
    type: date
    labels: {en: [valid until, expires on], fr: [date d'expiration]}
  number:
    type: code
    shapes: [A999999999]
    labels: {en: [document no.], fr: [no de document]}
  hours:
    type: number
    min: 0
    max: 200
    labels: [regular, regular hours]
    columns: [hours, heures]
  employer:
    type: text
    lines: 2
    none_values: [open, ouvert]
    labels: {en: [employer], fr: [employeur]}
other_labels: [sex, citizenship, rate, description]
constraints:
  - [birth, before, start]
  - [start, before, end]
combine:
  holder: [given, surname]
"""
SPEC = parse_lexicon(Path("test.yaml"), LEXICON)


def read(text: str) -> dict[str, Field]:
    return find_fields([page_from_text(text)], SPEC)


def test_value_right_of_its_label_on_the_same_line() -> None:
    f = read("Valid from: 2024-03-01        Valid until:   2026-02-28\n")
    assert f["start"].value == dt.date(2024, 3, 1)
    assert f["end"].value == dt.date(2026, 2, 28)
    assert f["start"].confidence >= 0.95
    assert f["start"].text == "2024-03-01"
    assert f["start"].bbox is not None


def test_value_below_its_bilingual_label_in_its_own_column() -> None:
    text = (
        "Family name / Nom de famille     Given names / Prénoms      Sex\n"
        "OKAFOR                           CHIDI EMEKA                M\n"
    )
    f = read(text)
    assert f["holder"].value == "CHIDI EMEKA OKAFOR"
    assert f["holder"].confidence >= 0.9


def test_value_printed_before_its_label_past_a_separator() -> None:
    text = (
        "OKAFOR : Family name (Nom de famille)\n"
        "CHIDI EMEKA : Given names (Prénoms)\n"
        "2024-03-01 : Valid from\n"
        "Sex: F      Valid until\n"
    )
    f = read(text)
    assert f["holder"].value == "CHIDI EMEKA OKAFOR"
    assert f["start"].value == dt.date(2024, 3, 1)
    assert f["start"].confidence < 0.9  # less sure than a value right of its label
    assert "end" not in f  # the words before it are another label's value


def test_fuzzy_label_without_accents_and_with_an_ocr_slip() -> None:
    f = read("Date d'expiratlon    14 MARS 2027\nDate de debut   2025-01-02\n")
    assert f["end"].value == dt.date(2027, 3, 14)
    assert f["start"].value == dt.date(2025, 1, 2)
    assert f["end"].confidence < f["start"].confidence  # the label matched less closely


def test_cell_at_row_label_and_column_header() -> None:
    text = (
        "Description        Rate       Hours      Current\n"
        "Regular            25.00      37.50      937.50\n"
    )
    assert read(text)["hours"].value == 37.5


def test_value_in_prose_is_found_but_not_sure() -> None:
    f = read("This permit expires on 2027-05-31 unless it is cancelled earlier.\n")
    assert f["end"].value == dt.date(2027, 5, 31)
    assert f["end"].confidence < 0.8


def test_a_label_below_an_empty_label_is_no_value() -> None:
    text = "Family name:\nGiven names:   AMARA\nEmployer:\nSex: F\n"
    f = find_fields([page_from_text(text)], SPEC, keep_helpers=True)
    assert "surname" not in f
    assert f["given"].value == "AMARA"
    assert "employer" not in f


def test_a_value_outside_its_plausible_range_is_no_value() -> None:
    assert "birth" not in read("Date of birth: 2031-06-01\n")


def test_a_none_value_is_no_value_and_a_wrapped_value_is_read_whole() -> None:
    assert "employer" not in read("Employer / Employeur\nOPEN / OUVERT\n")
    f = read("Employer\nNorthern Lights Engineering\nand Surveying Ltd.\nSex\nF\n")
    assert f["employer"].value == "Northern Lights Engineering and Surveying Ltd."


def test_code_repairs_look_alikes_only_where_its_shape_wants_a_digit() -> None:
    f = read("Document No.   U3O1188425\n")
    assert f["number"].value == "U301188425"
    assert f["number"].confidence < 0.95
    assert "number" not in read("Document No.   0301188425\n") or (
        read("Document No.   0301188425\n")["number"].value == "O301188425"
    )


def test_constraint_keeps_dates_in_order() -> None:
    # The first date under "Valid from" is a typing slip the engine cannot repair; the end date
    # comes before it, so the constraint leaves the later-read field, not both, standing.
    f = read("Date of birth: 1990-01-01\nValid from: 2027-01-01\nValid until: 2026-01-01\n")
    assert f["birth"].value == dt.date(1990, 1, 1)
    assert not ("start" in f and "end" in f)


def _word(text: str, x: float) -> Word:
    return Word(text, (x, 0.0, x + 10.0, 10.0))


def test_joint_assignment_beats_the_greedy_choice() -> None:
    # Field a's best candidate is the only word field b can use; greedy (surest field first)
    # gives a that word and leaves b empty, the joint choice gives each field a word.
    w1, w2 = _word("2024-01-01", 0), _word("2024-02-01", 50)
    found = {
        "a": [Candidate("a", "x", 1, (w1,), 0.9, "right"), Candidate("a", "y", 1, (w2,), 0.8, "")],
        "b": [Candidate("b", "x", 1, (w1,), 0.85, "below")],
    }
    chosen = assign(found, [])
    assert chosen["a"].value == "y" and chosen["b"].words == (w1,)
    # and a constraint overrules a field's best value when another field contradicts it
    d = {
        "s": [
            Candidate("s", dt.date(2027, 1, 1), 1, (w1,), 0.9, ""),
            Candidate("s", dt.date(2024, 1, 1), 1, (w2,), 0.6, ""),
        ],
        "e": [Candidate("e", dt.date(2026, 1, 1), 1, (_word("e", 99),), 0.95, "")],
    }
    chosen = assign(d, [Constraint("s", "before", "e")])
    assert chosen["s"].value == dt.date(2024, 1, 1)


def test_lexicon_errors_name_the_file_and_line() -> None:
    bad = "kind: x\nfields:\n  a:\n    type: date\n    lables: [a]\n"
    with pytest.raises(LexiconError, match=r"bad.yaml:5: unknown key 'lables'"):
        parse_lexicon(Path("bad.yaml"), bad)
    with pytest.raises(LexiconError, match="unknown type"):
        parse_lexicon(Path("t.yaml"), "kind: x\nfields:\n  a: {type: colour, labels: [a]}\n")
    with pytest.raises(LexiconError, match="unknown field 'b'"):
        parse_lexicon(
            Path("t.yaml"),
            "kind: x\nfields:\n  a: {type: date, labels: [a]}\nconstraints:\n  - [a, before, b]\n",
        )


def test_a_label_given_to_two_fields_is_an_error() -> None:
    text = (
        "kind: x\nfields:\n  a: {type: date, labels: [Date]}\n  b: {type: date, labels: [date]}\n"
    )
    with pytest.raises(LexiconError, match="given to both 'a' and 'b'"):
        parse_lexicon(Path("t.yaml"), text)


@pytest.mark.parametrize(
    "printed",
    [
        "2026/03/14",
        "2026-03-14",
        "14 MAR 2026",
        "14 mars 2026",
        "14-03-2026",
        "March 14, 2026",
        "14 MAR/MARS 2026",
        "2026/03/ 14",
    ],
)
def test_dates_in_the_forms_permits_print(printed: str) -> None:
    assert read(f"Valid until:  {printed}\n")["end"].value == dt.date(2026, 3, 14)


def test_an_ambiguous_numeric_date_is_no_value() -> None:
    assert "end" not in read("Valid until:  03-04-2026\n")


def test_the_shipped_lexicons_load() -> None:
    spec = load_lexicon("permit")
    assert {"holder_name", "valid_from", "valid_until", "document_number"} <= set(spec.by_name)
