"""What a kind declares about its fields: labels, value type, plausible range, constraints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

# name: a person's whole name; name_part: a surname or given names, whole in one word;
# date_range: two dates under one label ("Pay period: 2024-03-01 - 2024-03-15"), read into
# the two fields its `parts` name
ValueType = Literal["date", "name", "name_part", "text", "code", "number", "enum", "date_range"]
VALUE_TYPES: tuple[str, ...] = (
    "date",
    "name",
    "name_part",
    "text",
    "code",
    "number",
    "enum",
    "date_range",
)
NAME_ORDERS: tuple[str, ...] = ("given_first", "surname_first")
Relation = Literal["before", "not_after", "differ"]
RELATIONS: tuple[str, ...] = ("before", "not_after", "differ")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind: how its label reads and what its value may be."""

    name: str
    type: ValueType
    labels: tuple[str, ...]  # every language, synonyms and abbreviations, as printed
    columns: tuple[str, ...] = ()  # table: column headers; `labels` are then the row labels
    min: float | dt.date | None = None  # plausible range of a number or a date
    max: float | dt.date | None = None
    shapes: tuple[str, ...] = ()  # code: "A" a letter, "9" a digit, other characters as is
    values: tuple[tuple[str, tuple[str, ...]], ...] = ()  # enum: value and its spellings
    none_values: tuple[str, ...] = ()  # texts that say "no value" ("OPEN", "N/A")
    lines: int = 1  # text: how many lines a value may wrap onto
    report: bool = True  # False: a helper field, read for another one (surname, given names)
    # table: the cells that hold the value, as (row, column) names: a name of the kind's
    # `rows` or `columns` groups, or of a field (its labels head that row or column)
    cells: tuple[tuple[str, str], ...] = ()
    parts: tuple[str, ...] = ()  # date_range: the fields its first and second dates fill
    # name: the order its labels announce ("Nom et prénom", "Last name, first name"):
    # given_first (the usual) or surname_first (read back into given names, then surname)
    order: str = "given_first"
    fills: str = ""  # a helper's value goes to this field when it is surer than the field's


@dataclass(frozen=True)
class Constraint:
    """A relation between two fields that the joint assignment keeps: `left relation right`."""

    left: str
    relation: Relation
    right: str
    margin: float = 0.0  # slack: days for dates, units for numbers (left <= right + margin)


@dataclass(frozen=True)
class Total:
    """A field that is the sum of products of others (gross = hours x rate + overtime hours x
    rate x 1.5): an assignment whose parts add up to the total, each extra term at one of its
    factors, is preferred; one whose parts do not is still allowed (printed arithmetic may be
    wrong, and that is for a rule to say)."""

    total: str
    terms: tuple[tuple[str, ...], ...]  # each a product of fields; the first term is required
    factors: tuple[float, ...] = (1.0,)  # factors an extra term may carry (overtime premium)


@dataclass(frozen=True)
class KindSpec:
    """A kind's declaration: its fields, the labels of what it does not read, its constraints."""

    kind: str
    fields: tuple[FieldSpec, ...]
    other_labels: tuple[str, ...] = ()  # labels of the form this kind does not read
    constraints: tuple[Constraint, ...] = ()
    combine: tuple[tuple[str, tuple[str, ...]], ...] = ()  # holder_name = given + family
    rows: tuple[tuple[str, tuple[str, ...]], ...] = ()  # table row labels by name ("regular")
    columns: tuple[tuple[str, tuple[str, ...]], ...] = ()  # column headers by name ("hours")
    totals: tuple[Total, ...] = ()
    source: str = ""  # the file it was read from
    by_name: dict[str, FieldSpec] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.by_name.update({f.name: f for f in self.fields})
