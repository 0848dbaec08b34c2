"""The field engine's tables, ranges, locale numbers and names, on small layouts built here
(issue 13): a cell is found at (row label, column header) from the words' alignment, a row
with no header is read in the declared column order, one label may hold a period, values
add up to their declared total, and constraints take a margin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor.models import Field, Word
from extractors.fields.candidates import Candidate
from extractors.fields.engine import assign, find_fields
from extractors.fields.lexicon import LexiconError, parse_lexicon
from extractors.fields.spec import Constraint, Total
from extractors.fields.values import document_date_order
from extractors.parse.dates import Order
from tests.extractors.pagebuilder import page_from_text

LEXICON = """
kind: test
fields:
  hours:
    type: number
    min: 0.5
    max: 400
    cells: [[regular, hours]]
    labels: [hours worked]
  overtime:
    type: number
    min: 0
    max: 200
    cells: [[extra, hours]]
    labels: [overtime hours]
  rate:
    type: number
    min: 1
    max: 1000
    cells: [[regular, rate]]
    labels: [hourly rate]
  gross:
    type: number
    min: 1
    max: 100000
    cells: [[gross, current]]
    labels: [gross pay, salaire brut]
  ytd:
    type: number
    min: 1
    max: 2000000
    cells: [[gross, ytd]]
    labels: [ytd gross]
  period:
    type: date_range
    report: false
    parts: [start, end]
    labels: [pay period, période]
  start:
    type: date
    labels: [period start, du]
  end:
    type: date
    labels: [period end, au]
  paid:
    type: date
    labels: [pay date]
  employee:
    type: name
    labels: [employee, employé]
rows:
  regular: [regular, salaire régulier]
  extra: [overtime, temps supplémentaire]
columns:
  hours: [hours, heures]
  rate: [rate, taux]
  current: [current, montant]
  ytd: [ytd, cumul]
other_labels: [description, deductions, cpp]
constraints:
  - [start, not_after, end]
  - [end, not_after, paid, 10]
totals:
  - total: gross
    terms: [[hours, rate], [overtime, rate]]
    factors: [1.5, 2]
"""
SPEC = parse_lexicon(Path("test.yaml"), LEXICON)


def read(text: str, date_order: Order | None = None) -> dict[str, Field]:
    return find_fields([page_from_text(text)], SPEC, date_order=date_order)


def test_a_cell_is_the_word_under_its_column_header_whatever_the_order() -> None:
    text = (
        "Description     Rate      Hours     Current      YTD\n"
        "Regular         31.50     72.00     2,268.00     13,608.00\n"
        "Overtime        47.25      3.50       165.38        330.76\n"
        "Gross pay                            2,433.38     13,938.76\n"
    )
    f = read(text)
    assert (f["hours"].value, f["rate"].value, f["overtime"].value) == (72.0, 31.5, 3.5)
    assert (f["gross"].value, f["ytd"].value) == (2433.38, 13938.76)
    assert f["overtime"].text == "3.50"  # not the overtime rate printed before it


def test_right_aligned_numbers_wider_than_their_header_and_a_second_table_beside() -> None:
    text = (
        "Earnings   Hours       Current          YTD   Deductions   Current      YTD\n"
        "Regular       80.00    2,000.00    48,000.00  CPP           110.00   2,640.00\n"
        "Gross pay              2,000.00    48,000.00\n"
    )
    f = read(text)
    assert (f["hours"].value, f["gross"].value, f["ytd"].value) == (80.0, 2000.0, 48000.0)


def test_a_table_with_headers_and_no_such_column_has_no_value() -> None:
    text = "Description     Current      YTD\nRegular         2,268.00     13,608.00\n"
    assert "hours" not in read(text) and "rate" not in read(text)


def test_a_row_without_headers_is_read_in_the_declared_order_unsurely() -> None:
    f = read("Regular   40.00   26.50   1,060.00   9,540.00\nGross pay   1,060.00\n")
    assert (f["hours"].value, f["rate"].value) == (40.0, 26.5)
    assert f["hours"].confidence < 0.8


def test_french_table_with_decimal_commas_and_spaced_thousands() -> None:
    text = (
        "Gains                  Heures    Taux       Montant        Cumul\n"
        "Salaire régulier       37,5      28,40      1 065,00       6\u202f390,00\n"
        "Temps supplémentaire   2,25      42,60         95,85         191,70\n"
        "Salaire brut                                1 160,85 $     72 150 $\n"
    )
    f = read(text)
    assert (f["hours"].value, f["rate"].value, f["overtime"].value) == (37.5, 28.4, 2.25)
    assert (f["gross"].value, f["ytd"].value) == (1160.85, 72150.0)


@pytest.mark.parametrize(
    ("printed", "start", "end"),
    [
        ("Pay period: 2024-03-01 - 2024-03-15", (2024, 3, 1), (2024, 3, 15)),
        ("Pay period: Oct 12 - 25, 2026", (2026, 10, 12), (2026, 10, 25)),
        ("Pay period: Mar 16 - Mar 29, 2025", (2025, 3, 16), (2025, 3, 29)),
        ("Période : du 12 au 25 octobre 2026", (2026, 10, 12), (2026, 10, 25)),
        ("Période : du 26 octobre 2026 au 8 novembre 2026", (2026, 10, 26), (2026, 11, 8)),
        ("Pay period: 2024-03-01 to 2024-03-15", (2024, 3, 1), (2024, 3, 15)),
        ("Pay period: 15 Feb 2026 - 28 Feb 2026", (2026, 2, 15), (2026, 2, 28)),
        ("Pay period: Feb 15,2026-Feb 28,2026", (2026, 2, 15), (2026, 2, 28)),
        ("Pay Period Feb 15, 2026 through Feb 28, 2026", (2026, 2, 15), (2026, 2, 28)),
    ],
)
def test_one_label_holds_a_period(printed: str, start: tuple, end: tuple) -> None:
    f = read(printed + "\n")
    assert (f["start"].value, f["end"].value) == (dt.date(*start), dt.date(*end))


def test_a_period_whose_end_comes_first_is_no_period() -> None:
    f = read("Pay period: 2024-03-15 - 2024-03-01\n")
    assert "start" not in f or "end" not in f


def test_numeric_dates_read_in_the_order_the_document_writes_them() -> None:
    text = "Period start: 03/02/2025\nPeriod end: 03/15/2025\n"
    assert "start" not in read(text)  # 03/02 alone is ambiguous
    order = document_date_order(text)
    assert order == "mdy"
    assert read(text, date_order=order)["start"].value == dt.date(2025, 3, 2)
    assert document_date_order("02/03/2025 and 25/03/2025") == "dmy"
    assert document_date_order("25/03/2025 and 03/25/2025") is None  # they disagree


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Employee: NGUYEN, Thi Minh", "Thi Minh NGUYEN"),
        ("Employee: Okafor, Chidi E.", "Chidi E. Okafor"),
        ("Employé : TREMBLAY, Marc-André", "Marc-André TREMBLAY"),
        ("Employee: Priya Raman", "Priya Raman"),
    ],
)
def test_last_comma_first_names(printed: str, name: str) -> None:
    assert read(printed + "\n")["employee"].value == name


def test_a_constraint_margin_lets_a_salary_be_paid_before_the_period_ends() -> None:
    f = read("Period end: 2026-10-31\nPay date: 2026-10-25\n")
    assert f["paid"].value == dt.date(2026, 10, 25)  # 6 days before: inside the margin
    f = read("Period end: 2026-10-31\nPay date: 2026-10-05\n")
    assert "paid" not in f or "end" not in f  # 26 days before: one of them is wrong


def word(text: str, x: float) -> Word:
    return Word(text, (x, 0.0, x + 10.0, 10.0), 1.0)


def cand(name: str, value: float, x: float, score: float = 1.0) -> Candidate:
    return Candidate(name, value, 1, (word(str(value), x),), score, "table")


def test_values_that_add_up_to_their_total_are_preferred() -> None:
    found = {
        "gross": [cand("gross", 2433.38, 0)],
        "hours": [cand("hours", 47.25, 1, 0.96), cand("hours", 72.0, 2, 0.95)],
        "rate": [cand("rate", 31.5, 3)],
        "overtime": [cand("overtime", 3.5, 4)],
    }
    total = Total("gross", (("hours", "rate"), ("overtime", "rate")), (1.5,))
    chosen = assign(found, [], [total])
    assert chosen["hours"].value == 72.0  # 72 x 31.50 + 3.5 x 31.50 x 1.5 = 2,433.38
    assert assign(found, [])["hours"].value == 47.25  # without the total, the higher score


def test_constraint_with_margin_in_assign() -> None:
    d = dt.date
    found = {
        "end": [Candidate("end", d(2026, 10, 31), 1, (word("a", 0),), 1.0, "right")],
        "paid": [Candidate("paid", d(2026, 10, 25), 1, (word("b", 1),), 1.0, "right")],
    }
    assert "paid" not in assign(found, [Constraint("end", "not_after", "paid")])
    assert "paid" in assign(found, [Constraint("end", "not_after", "paid", 10)])


def test_lexicon_errors_for_tables_ranges_and_totals() -> None:
    bad_cell = LEXICON.replace("cells: [[regular, hours]]", "cells: [[regular, minutes]]")
    with pytest.raises(LexiconError, match="minutes"):
        parse_lexicon(Path("t.yaml"), bad_cell)
    bad_range = LEXICON.replace("parts: [start, end]", "parts: [start]")
    with pytest.raises(LexiconError, match="two parts"):
        parse_lexicon(Path("t.yaml"), bad_range)
    bad_total = LEXICON.replace("terms: [[hours, rate]", "terms: [[hours, wage]")
    with pytest.raises(LexiconError, match="wage"):
        parse_lexicon(Path("t.yaml"), bad_total)
    bad_margin = LEXICON.replace("[end, not_after, paid, 10]", "[end, not_after, paid, soon]")
    with pytest.raises(LexiconError, match="margin"):
        parse_lexicon(Path("t.yaml"), bad_margin)


def test_a_label_a_comma_split_is_an_error() -> None:
    split = LEXICON.replace("extra: [overtime, temps supplémentaire]", "extra: [overtime, (1,5)]")
    with pytest.raises(LexiconError, match="no letter"):
        parse_lexicon(Path("t.yaml"), split)


@pytest.mark.parametrize("printed", ["38,50h", "38.50 hrs", "38,5 h", "38.5hrs"])
def test_hours_with_their_unit_glued_or_apart(printed: str) -> None:
    assert read(f"Hours worked: {printed}\n")["hours"].value == 38.5


@pytest.mark.parametrize("printed", ["33,56$/h", "33.56/hr", "$33.56 / h", "33,56 $"])
def test_a_rate_with_its_unit(printed: str) -> None:
    assert read(f"Hourly rate: {printed}\n")["rate"].value == 33.56


def test_a_header_ocr_misread_by_one_letter_among_headers_read_right() -> None:
    text = (
        "Description     Rale      Hcurs     Current      YTD\n"
        "Regular         31.50     72.00     2,268.00     13,608.00\n"
    )
    f = read(text)
    assert (f["hours"].value, f["rate"].value) == (72.0, 31.5)


def test_a_page_read_again_after_its_labels_were_forgotten_reads_the_same() -> None:
    from extractors.fields import engine

    text = (
        "Employee: Ana Costa\n"
        "Description     Rate      Hours     Current      YTD\n"
        "Regular         31.50     72.00     2,268.00     13,608.00\n"
    )
    page = page_from_text(text)
    first = find_fields([page], SPEC)
    engine._page_memo.clear()  # the labels are read again; the table's grid is remembered
    again = find_fields([page], SPEC)
    assert {k: f.value for k, f in again.items()} == {k: f.value for k, f in first.items()}
    pl = engine.page_labels(page, SPEC)
    engine.page_grid(page, SPEC)
    header = pl.rows[1]
    assert all(pl.is_label(w) for w in header if w.text in ("Current", "YTD"))
