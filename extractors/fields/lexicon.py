"""Label lexicons: the YAML files where a kind declares its fields, read once and strictly.

A lexicon is data a person extends (a new synonym, a French abbreviation) without touching
code. An unknown key, type, relation or field name is an error naming the file and the line:
a misspelt key must never silently drop a label.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any, cast

import yaml

from extractors.fields.labels import normalise
from extractors.fields.spec import (
    NAME_ORDERS,
    RELATIONS,
    VALUE_TYPES,
    Constraint,
    FieldSpec,
    KindSpec,
    Relation,
    Total,
    ValueType,
)

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"

_KIND_KEYS = {
    "kind",
    "fields",
    "other_labels",
    "constraints",
    "combine",
    "rows",
    "columns",
    "totals",
}
_TOTAL_KEYS = {"total", "terms", "factors"}
_FIELD_KEYS = {
    "type",
    "labels",
    "columns",
    "min",
    "max",
    "shapes",
    "values",
    "none_values",
    "lines",
    "report",
    "cells",
    "parts",
    "order",
    "fills",
}


class LexiconError(ValueError):
    """A lexicon file that cannot be used as written."""


def _where(path: Path, node: yaml.Node) -> str:
    return f"{path}:{node.start_mark.line + 1}"


def _mapping(path: Path, node: yaml.Node, allowed: set[str], what: str) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        raise LexiconError(f"{_where(path, node)}: {what} must be a mapping")
    out: dict[str, yaml.Node] = {}
    for key, value in node.value:
        name = str(key.value)
        if allowed and name not in allowed:
            raise LexiconError(
                f"{_where(path, key)}: unknown key {name!r} in {what} "
                f"(expected one of {', '.join(sorted(allowed))})"
            )
        if name in out:
            raise LexiconError(f"{_where(path, key)}: {name!r} given twice in {what}")
        out[name] = value
    return out


def _strings(path: Path, node: yaml.Node, what: str) -> tuple[str, ...]:
    """A list of strings, or a mapping of languages to lists of strings (flattened)."""
    if isinstance(node, yaml.MappingNode):
        out: list[str] = []
        for _lang, sub in _mapping(path, node, set(), what).items():
            out.extend(_strings(path, sub, what))
        return tuple(out)
    if not isinstance(node, yaml.SequenceNode):
        raise LexiconError(f"{_where(path, node)}: {what} must be a list of strings")
    items = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
            raise LexiconError(f"{_where(path, item)}: {what} must hold non-empty strings")
        items.append(str(item.value))
    return tuple(items)


def _scalar(path: Path, node: yaml.Node, what: str) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise LexiconError(f"{_where(path, node)}: {what} must be a single value")
    return yaml.safe_load(yaml.serialize(node))


def _bound(path: Path, node: yaml.Node, type_: str, what: str) -> float | dt.date:
    value = _scalar(path, node, what)
    if type_ in ("date", "date_range") and isinstance(value, dt.date):
        return value
    if type_ == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise LexiconError(f"{_where(path, node)}: {what} does not fit a field of type {type_}")


def _field(path: Path, name: str, node: yaml.Node) -> FieldSpec:
    raw = _mapping(path, node, _FIELD_KEYS, f"field {name!r}")
    if "type" not in raw:
        raise LexiconError(f"{_where(path, node)}: field {name!r} has no type")
    type_ = str(_scalar(path, raw["type"], "type"))
    if type_ not in VALUE_TYPES:
        raise LexiconError(
            f"{_where(path, raw['type'])}: unknown type {type_!r} "
            f"(expected one of {', '.join(VALUE_TYPES)})"
        )
    labels = _strings(path, raw["labels"], "labels") if "labels" in raw else ()
    if "labels" in raw:
        _check_letters(path, raw["labels"], labels, "the label")
    values: list[tuple[str, tuple[str, ...]]] = []
    if "values" in raw:
        for value, spellings in _mapping(path, raw["values"], set(), "values").items():
            values.append((value, _strings(path, spellings, f"spellings of {value!r}")))
    if type_ == "enum" and not values:
        raise LexiconError(f"{_where(path, node)}: enum field {name!r} lists no values")
    shapes = _strings(path, raw["shapes"], "shapes") if "shapes" in raw else ()
    if type_ == "code" and not shapes:
        raise LexiconError(f"{_where(path, node)}: code field {name!r} lists no shapes")
    cells: list[tuple[str, str]] = []
    if "cells" in raw:
        if not isinstance(raw["cells"], yaml.SequenceNode):
            raise LexiconError(f"{_where(path, raw['cells'])}: cells must be a list")
        for item in raw["cells"].value:
            pair = _strings(path, item, "a cell")
            if len(pair) != 2:
                raise LexiconError(f"{_where(path, item)}: a cell is [row, column]")
            cells.append((pair[0], pair[1]))
    parts = _strings(path, raw["parts"], "parts") if "parts" in raw else ()
    if type_ == "date_range" and len(parts) != 2:
        raise LexiconError(
            f"{_where(path, node)}: date_range field {name!r} needs two parts [start, end]"
        )
    lines = int(_scalar(path, raw["lines"], "lines")) if "lines" in raw else 1
    order = str(_scalar(path, raw["order"], "order")) if "order" in raw else "given_first"
    if order not in NAME_ORDERS or (order != "given_first" and type_ != "name"):
        raise LexiconError(
            f"{_where(path, raw.get('order', node))}: order {order!r} of field {name!r} must be "
            f"one of {', '.join(NAME_ORDERS)}, on a name"
        )
    report = bool(_scalar(path, raw["report"], "report")) if "report" in raw else True
    return FieldSpec(
        name=name,
        type=cast(ValueType, type_),  # checked against VALUE_TYPES above
        labels=labels,
        columns=_strings(path, raw["columns"], "columns") if "columns" in raw else (),
        min=_bound(path, raw["min"], type_, "min") if "min" in raw else None,
        max=_bound(path, raw["max"], type_, "max") if "max" in raw else None,
        shapes=shapes,
        values=tuple(values),
        none_values=_strings(path, raw["none_values"], "none_values")
        if "none_values" in raw
        else (),
        lines=max(1, lines),
        report=report,
        cells=tuple(cells),
        parts=parts,
        order=order,
        fills=str(_scalar(path, raw["fills"], "fills")) if "fills" in raw else "",
    )


def _check_letters(path: Path, node: yaml.Node, labels: tuple[str, ...], what: str) -> None:
    """A label without a letter ("5") matches any number: most often a comma inside an
    unquoted label ("temps et demi (1,5)") split it in two."""
    for label in labels:
        if not any(c.isalpha() for c in label):
            raise LexiconError(
                f"{_where(path, node)}: {what} {label!r} has no letter (quote a label that "
                f"holds a comma)"
            )


def _check_unique_labels(path: Path, fields: tuple[FieldSpec, ...], other: tuple[str, ...]) -> None:
    """A label that names two fields (or a field and an unread label) cannot say which it is."""
    seen: dict[str, str] = {}
    owners = [(f.name, f.labels) for f in fields] + [("other_labels", other)]
    for name, labels in owners:
        for label in labels:
            key = " ".join(normalise(label))
            if seen.get(key, name) != name:
                raise LexiconError(
                    f"{path}: the label {label!r} is given to both {seen[key]!r} and {name!r}"
                )
            seen[key] = name


def parse_lexicon(path: Path, text: str) -> KindSpec:
    """A kind's declaration from the text of its lexicon file (errors name `path` and line)."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from exc
    if root is None:
        raise LexiconError(f"{path}: empty lexicon")
    top = _mapping(path, root, _KIND_KEYS, "the lexicon")
    if "kind" not in top or "fields" not in top:
        raise LexiconError(f"{path}: a lexicon needs `kind` and `fields`")
    fields = tuple(
        _field(path, name, node)
        for name, node in _mapping(path, top["fields"], set(), "fields").items()
    )
    names = {f.name for f in fields}
    for f in fields:
        if not f.labels:
            raise LexiconError(f"{path}: field {f.name!r} has no labels")
    other = _strings(path, top["other_labels"], "other_labels") if "other_labels" in top else ()
    _check_unique_labels(path, fields, other)
    constraints: list[Constraint] = []
    if "constraints" in top:
        node = top["constraints"]
        if not isinstance(node, yaml.SequenceNode):
            raise LexiconError(f"{_where(path, node)}: constraints must be a list")
        for item in node.value:
            parts = _strings(path, item, "a constraint")
            margin = 0.0
            if len(parts) == 4:
                try:
                    margin = float(parts[3])
                except ValueError:
                    margin = -1.0
                if margin < 0:
                    raise LexiconError(f"{_where(path, item)}: a margin is a number >= 0")
                parts = parts[:3]
            if len(parts) != 3 or parts[1] not in RELATIONS:
                raise LexiconError(
                    f"{_where(path, item)}: a constraint is [field, relation, field] or "
                    f"[field, relation, field, margin] with relation one of "
                    f"{', '.join(RELATIONS)}"
                )
            for part in (parts[0], parts[2]):
                if part not in names:
                    raise LexiconError(f"{_where(path, item)}: unknown field {part!r}")
            relation = cast(Relation, parts[1])  # checked against RELATIONS above
            constraints.append(Constraint(parts[0], relation, parts[2], margin))
    for f in fields:
        if f.fills and f.fills not in names:
            raise LexiconError(f"{path}: field {f.name!r} fills an unknown field {f.fills!r}")
    combine: list[tuple[str, tuple[str, ...]]] = []
    if "combine" in top:
        for target, node in _mapping(path, top["combine"], set(), "combine").items():
            parts = _strings(path, node, f"combine {target!r}")
            if target not in names or any(p not in names for p in parts):
                raise LexiconError(f"{_where(path, node)}: combine names an unknown field")
            combine.append((target, parts))
    groups = {
        key: tuple(
            (g, _strings(path, n, f"{key} {g!r}"))
            for g, n in _mapping(path, top[key], set(), key).items()
        )
        if key in top
        else ()
        for key in ("rows", "columns")
    }
    for key in ("rows", "columns"):
        for _g, labels in groups[key]:
            _check_letters(path, top[key], labels, f"the {key[:-1]} label")
    if "other_labels" in top:
        _check_letters(path, top["other_labels"], other, "the label")
    for f in fields:
        for row, column in f.cells:
            for name, key in ((row, "rows"), (column, "columns")):
                if name not in names and name not in dict(groups[key]):
                    raise LexiconError(
                        f"{path}: field {f.name!r} names a cell in {name!r}, "
                        f"neither a field nor one of the lexicon's {key}"
                    )
        for part in f.parts:
            if part not in names:
                raise LexiconError(f"{path}: field {f.name!r} has an unknown part {part!r}")
    totals = _totals(path, top["totals"], names) if "totals" in top else ()
    return KindSpec(
        kind=str(_scalar(path, top["kind"], "kind")),
        fields=fields,
        other_labels=other,
        constraints=tuple(constraints),
        combine=tuple(combine),
        rows=groups["rows"],
        columns=groups["columns"],
        totals=totals,
        source=str(path),
    )


def _totals(path: Path, node: yaml.Node, names: set[str]) -> tuple[Total, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise LexiconError(f"{_where(path, node)}: totals must be a list")
    out: list[Total] = []
    for item in node.value:
        raw = _mapping(path, item, _TOTAL_KEYS, "a total")
        if "total" not in raw or "terms" not in raw:
            raise LexiconError(f"{_where(path, item)}: a total needs `total` and `terms`")
        total = str(_scalar(path, raw["total"], "total"))
        if not isinstance(raw["terms"], yaml.SequenceNode) or not raw["terms"].value:
            raise LexiconError(f"{_where(path, raw['terms'])}: terms must be a list of lists")
        terms = tuple(_strings(path, t, "a term") for t in raw["terms"].value)
        for name in (total, *(n for t in terms for n in t)):
            if name not in names:
                raise LexiconError(f"{_where(path, item)}: unknown field {name!r}")
        factors: tuple[float, ...] = (1.0,)
        if "factors" in raw:
            factors = tuple(float(_scalar(path, f, "a factor")) for f in _seq(path, raw["factors"]))
        out.append(Total(total, terms, factors))
    return tuple(out)


def _seq(path: Path, node: yaml.Node) -> list[yaml.Node]:
    if not isinstance(node, yaml.SequenceNode):
        raise LexiconError(f"{_where(path, node)}: must be a list")
    return list(node.value)


@functools.cache
def load_lexicon(name: str) -> KindSpec:
    """The lexicon `extractors/lexicons/<name>.yaml`, read and checked once per process."""
    path = LEXICON_DIR / f"{name}.yaml"
    return parse_lexicon(path, path.read_text(encoding="utf-8"))
