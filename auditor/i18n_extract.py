"""Babel extractor for the checklists: each rule's and QA item's title, why, fix and source, and
each Express Entry category's title (categories.yaml; its source is IRCC's page, not a message).

`babel.cfg` names it for `checklists/*.yaml`, so `make i18n` puts the shipped rule metadata in
the catalogue beside the code's and the templates' messages. The QA lead edits the English in
the YAML files and the French in `auditor/locale/fr/LC_MESSAGES/auditor.po`, no code either way;
a source URL is a message too, translated to its French page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml

#: The keys of a rule or QA item a person reads, in the order they are extracted.
TEXT_KEYS = ("title", "why", "fix", "source")
COMMENTS = {
    "title": "the rule's title (one line, a statement of what is checked)",
    "why": "why the rule exists",
    "fix": "how to fix a finding of this rule",
    "source": "the rule's IRCC or Justice Laws source: give the address of its French page",
}


def _items(root: yaml.Node) -> Iterator[tuple[str, yaml.MappingNode]]:
    """(id, mapping node) of every rule (`rules:` mapping) and QA item (`items:` list)."""
    if not isinstance(root, yaml.MappingNode):
        return
    for key, value in root.value:
        if key.value in ("rules", "categories") and isinstance(value, yaml.MappingNode):
            for rule_id, body in value.value:
                if isinstance(body, yaml.MappingNode):
                    yield str(rule_id.value), body
        elif key.value == "items" and isinstance(value, yaml.SequenceNode):
            for body in value.value:
                if isinstance(body, yaml.MappingNode):
                    ids = [v.value for k, v in body.value if k.value == "id"]
                    yield str(ids[0]) if ids else "", body


def extract_checklist(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Babel's extractor interface: (line, function, message, comments) per text."""
    text = fileobj.read().decode("utf-8")
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is None:
        return
    categories = any(k.value == "categories" for k, _ in getattr(root, "value", ()))
    for item_id, body in _items(root):
        values = {k.value: v for k, v in body.value}
        for key in ("title",) if categories else TEXT_KEYS:
            node = values.get(key)
            if node is None:
                continue
            message = yaml.safe_load(yaml.serialize(node))
            if isinstance(message, str) and message.strip():
                yield node.start_mark.line + 1, None, message, [f"{item_id} {COMMENTS[key]}"]
