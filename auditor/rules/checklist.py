"""Rule metadata and firm QA checklists: strict load of checklists/*.yaml (file:line errors)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from auditor.config.yaml import LineList, LineMap, load_yaml
from auditor.errors import UsageError
from auditor.i18n import tr
from auditor.models import DOCUMENT_KINDS, KIND_FIELDS, Severity
from auditor.resources import data_dir
from auditor.rules.catalogue import RULES
from auditor.rules.meta import CATEGORIES, Checklists, Disabled, QAItem, RuleMeta

__all__ = ["Checklists", "Disabled", "QAItem", "RuleMeta", "load_checklists"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

#: Field names per document kind, CONTRACT.md section 3.
FIELDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {kind: frozenset(names) for kind, names in KIND_FIELDS.items()}
)

#: The closed vocabulary of QA operators, with the keys each one needs.
OPERATORS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "exists": frozenset(),
        "equals": frozenset({"value"}),
        "not_equals": frozenset({"value"}),
        "in": frozenset({"values"}),
        "range": frozenset({"min", "max"}),  # at least one of them
        "matches": frozenset({"pattern"}),
        "within_days": frozenset({"days"}),  # date in [as_of - days, as_of]
        "valid_for_days": frozenset({"days"}),  # date on or after as_of + days
        "same_across_documents": frozenset(),
    }
)

QA_ID = re.compile(r"^QA-[A-Z]+-\d{3}$")
RULE_KEYS = {"title", "category", "severity", "why", "fix", "source", "parameters"}
QA_KEYS = {
    "id",
    "title",
    "severity",
    "applies_to",
    "field",
    "op",
    "value",
    "values",
    "min",
    "max",
    "pattern",
    "days",
    "why",
    "fix",
    "source",
    "enabled",
    "reason",
}
OPERANDS = frozenset({"value", "values", "min", "max", "pattern", "days"})
SWITCH_KEYS = {"enabled", "reason"}  # `enabled: false` turns a rule or item off; `reason` is why


def _fail(path: Path, line: int, message: str) -> UsageError:
    """`file:line: message`, the message translatable (the CLI says it in its language)."""
    return UsageError(
        tr("{path}:{line}: {message}", path=str(path), line=str(line), message=message)
    )


def _keys(path: Path, node: LineMap, allowed: set[str], where: str) -> None:
    for key in node:
        if key not in allowed:
            raise _fail(
                path,
                node.line_of(key),
                tr(
                    "unknown key {key!r} in {where} (allowed: {keys})",
                    key=key,
                    where=where,
                    keys=", ".join(sorted(allowed)),
                ),
            )


def _str(path: Path, node: LineMap, key: str, where: str) -> str:
    value = node.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _fail(
            path,
            node.line_of(key),
            tr("{where}: {key!r} must be non-empty text", where=where, key=key),
        )
    return value.strip()


def _severity(path: Path, node: LineMap, where: str) -> Severity:
    value = node.get("severity")
    if value not in SEVERITIES:
        raise _fail(
            path,
            node.line_of("severity"),
            tr(
                "{where}: severity {value!r} is not one of {allowed}",
                where=where,
                value=value,
                allowed=", ".join(SEVERITIES),
            ),
        )
    return value


def _category(path: Path, node: LineMap, where: str) -> str:
    value = node.get("category")
    if value not in CATEGORIES:
        raise _fail(
            path,
            node.line_of("category"),
            tr(
                "{where}: category {value!r} is not one of {allowed}",
                where=where,
                value=value,
                allowed=", ".join(CATEGORIES),
            ),
        )
    return str(value)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _plain(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_plain(v) for v in value)
    return value


def _same_type(old: Any, new: Any) -> bool:
    number = (int, float)
    if isinstance(old, bool) or isinstance(new, bool):
        return isinstance(old, bool) and isinstance(new, bool)
    if isinstance(old, number):
        return isinstance(new, number)
    if isinstance(old, tuple):
        return isinstance(new, list | tuple)
    return type(old) is type(new)


def _load_rule_meta(path: Path, root: LineMap, known: set[str]) -> dict[str, RuleMeta]:
    rules = root.get("rules")
    if not isinstance(rules, LineMap):
        raise _fail(
            path, root.line_of("rules"), tr("'rules' must be a mapping of rule ID to metadata")
        )
    out = {}
    for rule_id, node in rules.items():
        line = rules.line_of(rule_id)
        if rule_id not in known:
            raise _fail(
                path,
                line,
                tr("unknown rule ID {rule!r}: no rule is registered under it", rule=rule_id),
            )
        if not isinstance(node, LineMap):
            raise _fail(path, line, tr("{rule}: metadata must be a mapping", rule=rule_id))
        _keys(path, node, RULE_KEYS, rule_id)
        params = node.get("parameters") or LineMap()
        if not isinstance(params, LineMap):
            raise _fail(
                path,
                node.line_of("parameters"),
                tr("{rule}: parameters must be a mapping", rule=rule_id),
            )
        out[rule_id] = RuleMeta(
            id=rule_id,
            title=_str(path, node, "title", rule_id),
            category=_category(path, node, rule_id),
            severity=_severity(path, node, rule_id),
            why=_str(path, node, "why", rule_id),
            fix=_str(path, node, "fix", rule_id),
            source=_str(path, node, "source", rule_id),
            parameters=_plain(params),
            origin=f"{path}:{line}",
        )
    return out


def _switch(path: Path, node: LineMap, rule_id: str) -> Disabled | None:
    """`enabled: false` with its `reason` -> Disabled; `enabled: true` or nothing -> None."""
    enabled = node.get("enabled", True)
    if not isinstance(enabled, bool):
        raise _fail(
            path,
            node.line_of("enabled"),
            tr("{rule}: 'enabled' must be true or false", rule=rule_id),
        )
    if enabled:
        if "reason" in node:
            raise _fail(
                path,
                node.line_of("reason"),
                tr(
                    "{rule}: 'reason' goes with 'enabled: false' (why the check is turned off)",
                    rule=rule_id,
                ),
            )
        return None
    reason = node.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise _fail(
            path,
            node.line_of("enabled"),
            tr(
                "{rule}: 'enabled: false' needs a 'reason' (why the firm turns this check off)",
                rule=rule_id,
            ),
        )
    return Disabled(rule_id, reason.strip(), f"{path}:{node.line_of('enabled')}")


def _apply_overrides(
    path: Path, root: LineMap, rules: dict[str, RuleMeta], disabled: dict[str, Disabled]
) -> None:
    overrides = root.get("rules")
    if overrides is None:
        return
    if not isinstance(overrides, LineMap):
        raise _fail(
            path, root.line_of("rules"), tr("'rules' must be a mapping of rule ID to overrides")
        )
    for rule_id, node in overrides.items():
        line = overrides.line_of(rule_id)
        if rule_id not in rules:
            raise _fail(path, line, tr("unknown rule ID {rule!r}", rule=rule_id))
        if not isinstance(node, LineMap):
            raise _fail(path, line, tr("{rule}: override must be a mapping", rule=rule_id))
        _keys(
            path,
            node,
            {"severity", "parameters", *SWITCH_KEYS},
            tr("override of {rule}", rule=rule_id),
        )
        off = _switch(path, node, rule_id)
        if off is not None:
            disabled[rule_id] = off
        elif "enabled" in node:  # a later checklist turns it back on
            disabled.pop(rule_id, None)
        meta = rules[rule_id]
        severity = _severity(path, node, rule_id) if "severity" in node else meta.severity
        params = dict(meta.parameters)
        given = node.get("parameters") or LineMap()
        if not isinstance(given, LineMap):
            raise _fail(
                path,
                node.line_of("parameters"),
                tr("{rule}: parameters must be a mapping", rule=rule_id),
            )
        for name, value in given.items():
            pline = given.line_of(name)
            if name not in params:
                raise _fail(
                    path,
                    pline,
                    tr(
                        "{rule} has no parameter {name!r} (has: {names})",
                        rule=rule_id,
                        name=name,
                        names=", ".join(sorted(params)) or tr("none"),
                    ),
                )
            if not _same_type(params[name], value):
                raise _fail(
                    path,
                    pline,
                    tr(
                        "{rule}.{name}: expected a value like {example!r}, got {value!r}",
                        rule=rule_id,
                        name=name,
                        example=params[name],
                        value=value,
                    ),
                )
            params[name] = _plain(value)
        rules[rule_id] = replace(
            meta, severity=severity, parameters=MappingProxyType(params), origin=f"{path}:{line}"
        )


def _qa_item(path: Path, node: LineMap, where: str) -> QAItem:
    _keys(path, node, QA_KEYS, where)
    item_id = _str(path, node, "id", where)
    if not QA_ID.match(item_id):
        raise _fail(
            path,
            node.line_of("id"),
            tr(
                "{where}: QA item ID {item!r} must look like QA-<AREA>-<NNN>, e.g. QA-LETTER-001",
                where=where,
                item=item_id,
            ),
        )
    where = item_id
    kinds_raw = node.get("applies_to")
    kinds = (kinds_raw,) if isinstance(kinds_raw, str) else tuple(kinds_raw or ())
    if not kinds:
        raise _fail(path, node.line, tr("{where}: 'applies_to' needs a document kind", where=where))
    for kind in kinds:
        if kind not in FIELDS:
            raise _fail(
                path,
                node.line_of("applies_to"),
                tr(
                    "{where}: unknown document kind {kind!r} (known: {kinds})",
                    where=where,
                    kind=kind,
                    kinds=", ".join(k for k in DOCUMENT_KINDS if k in FIELDS),
                ),
            )
    field_name = _str(path, node, "field", where)
    for kind in kinds:
        if field_name not in FIELDS[kind]:
            raise _fail(
                path,
                node.line_of("field"),
                tr(
                    "{where}: unknown field {field!r} for {kind} (known: {fields})",
                    where=where,
                    field=field_name,
                    kind=kind,
                    fields=", ".join(sorted(FIELDS[kind])),
                ),
            )
    op = node.get("op")
    if not isinstance(op, str) or op not in OPERATORS:
        raise _fail(
            path,
            node.line_of("op"),
            tr(
                "{where}: unknown operator {op!r} (known: {ops})",
                where=where,
                op=op,
                ops=", ".join(OPERATORS),
            ),
        )
    needed = OPERATORS[op]
    operands = {"value", "values", "min", "max", "pattern", "days"}
    for key in operands & set(node):
        if key not in needed:
            raise _fail(
                path,
                node.line_of(key),
                tr("{where}: operator {op!r} takes no {key!r}", where=where, op=op, key=key),
            )
    if op == "range":
        if "min" not in node and "max" not in node:
            raise _fail(
                path, node.line, tr("{where}: operator 'range' needs 'min' or 'max'", where=where)
            )
        for key in ("min", "max"):
            if key in node and (
                isinstance(node[key], bool) or not isinstance(node[key], int | float)
            ):
                raise _fail(
                    path,
                    node.line_of(key),
                    tr("{where}: {key!r} must be a number", where=where, key=key),
                )
    else:
        for key in needed:
            if key not in node:
                raise _fail(
                    path,
                    node.line,
                    tr("{where}: operator {op!r} needs {key!r}", where=where, op=op, key=key),
                )
    if "values" in node and not isinstance(node["values"], LineList):
        raise _fail(
            path, node.line_of("values"), tr("{where}: 'values' must be a list", where=where)
        )
    if "days" in node and (
        isinstance(node["days"], bool) or not isinstance(node["days"], int) or node["days"] < 0
    ):
        raise _fail(
            path,
            node.line_of("days"),
            tr("{where}: 'days' must be a whole number >= 0", where=where),
        )
    if "pattern" in node:
        try:
            re.compile(str(node["pattern"]))
        except re.error as exc:
            raise _fail(
                path,
                node.line_of("pattern"),
                tr("{where}: bad pattern: {error}", where=where, error=str(exc)),
            ) from None
    return QAItem(
        id=item_id,
        title=_str(path, node, "title", where),
        severity=_severity(path, node, where),
        applies_to=kinds,
        field=field_name,
        op=op,
        value=_plain(node.get("value")),
        values=tuple(_plain(node.get("values") or ())),
        min=node.get("min"),
        max=node.get("max"),
        pattern=node.get("pattern"),
        days=node.get("days"),
        why=node.get("why") or "",
        fix=node.get("fix") or "",
        source=node.get("source") or "",
        origin=f"{path}:{node.line}",
    )


def _merged(earlier: LineMap, later: LineMap) -> LineMap:
    """An item as a later checklist overrides it by ID: its keys over the earlier item's.

    A new `op` brings its own operands (the earlier ones are dropped); turning the item back on
    drops the earlier `reason`. The keys kept from the earlier file are reported at the line of
    the override, the file the error names.
    """
    merged = LineMap()
    merged.line = later.line
    for key, value in earlier.items():
        if "op" in later and key in OPERANDS:
            continue
        if key == "reason" and later.get("enabled") is True:
            continue
        merged[key] = value
    for key, value in later.items():
        merged[key] = value
        merged.lines[key] = later.line_of(key)
    return merged


def _load_items(
    path: Path,
    root: LineMap,
    items: dict[str, QAItem],
    nodes: dict[str, LineMap],
    disabled: dict[str, Disabled],
) -> None:
    raw = root.get("items")
    if raw is None:
        return
    if not isinstance(raw, LineList):
        raise _fail(path, root.line_of("items"), tr("'items' must be a list of QA items"))
    seen: set[str] = set()
    for i, node in enumerate(raw):
        if not isinstance(node, LineMap):
            raise _fail(path, raw.line_of(i), tr("items[{i}] must be a mapping", i=str(i)))
        given = node.get("id")
        if isinstance(given, str) and given.strip() in nodes:  # an override of an earlier item
            node = _merged(nodes[given.strip()], node)
        item = _qa_item(path, node, f"items[{i}]")
        if item.id in seen:
            raise _fail(path, node.line, tr("duplicate QA item {item} in this file", item=item.id))
        seen.add(item.id)
        nodes[item.id] = node
        items[item.id] = item  # a later file's item overrides an earlier one with the same ID
        off = _switch(path, node, item.id)
        if off is None:
            disabled.pop(item.id, None)
        else:
            disabled[item.id] = off


def _root(path: Path, allowed: set[str]) -> LineMap:
    root = load_yaml(path)
    if root is None:
        root = LineMap()
        root.line = 1
    if not isinstance(root, LineMap):
        raise _fail(path, 1, tr("a checklist file must be a mapping"))
    _keys(path, root, allowed, "checklist")
    return root


def load_checklists(extra: Sequence[Path] = (), directory: Path | None = None) -> Checklists:
    """Load rules.yaml and qa-default.yaml, then each extra file's items and overrides, in order.

    A later file overrides an earlier one by ID: a rule's severity and parameters, a QA item's
    fields. `enabled: false` with a `reason` turns a rule or an item off: it is not run, and
    `Checklists.disabled` keeps it (with its reason) for the audit trail.
    """
    base = directory or data_dir("checklists")
    rules_path = base / "rules.yaml"
    rules = _load_rule_meta(rules_path, _root(rules_path, {"rules"}), set(RULES))
    items: dict[str, QAItem] = {}
    nodes: dict[str, LineMap] = {}
    disabled: dict[str, Disabled] = {}
    loaded = [rules_path]
    qa_path = base / "qa-default.yaml"
    if qa_path.exists():
        _load_items(qa_path, _root(qa_path, {"items"}), items, nodes, disabled)
        loaded.append(qa_path)
    for path in extra:
        root = _root(Path(path), {"rules", "items"})
        _apply_overrides(Path(path), root, rules, disabled)
        _load_items(Path(path), root, items, nodes, disabled)
        loaded.append(Path(path))
    return Checklists(
        rules=MappingProxyType(rules),
        qa=tuple(item for item in items.values() if item.id not in disabled),
        files=tuple(loaded),
        disabled=MappingProxyType(disabled),
    )
