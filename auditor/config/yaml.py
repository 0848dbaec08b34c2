"""The one YAML reader: strict, bounded, and keeping the line of every key and item for errors.

Every YAML file the auditor reads (case.yaml, review.yaml, checklists, a CRS PROFILE.yaml) is
input from outside and is read here with limits, each refused as a one-line `YamlError` at
file:line, never a traceback, a memory blow-up or a hang (issue 18):

- a file larger than `MAX_BYTES` (1 MiB) is not parsed at all;
- more than `MAX_NODES` (20,000) keys, items and values: pure-Python parsing takes ~40 µs each;
- nesting deeper than `MAX_DEPTH` (50) levels is refused where it passes the limit;
- anchors and aliases (`&name`, `*name`, and so `<<: *name` merges) are refused outright: a case
  file or a checklist needs none, and aliases are how a 700-byte file expands to gigabytes;
- a mapping key must be a scalar: a list or mapping as a key is refused.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent, NodeEvent

from auditor.errors import UsageError

MAX_BYTES = 1024 * 1024
"""Largest YAML file read; the biggest checklist is a few dozen KiB."""
MAX_NODES = 20_000
"""Most keys, items and values in one file; rules.yaml has under 600."""
MAX_DEPTH = 50
"""Deepest nesting of mappings and lists (a scalar counts as one level)."""


class YamlError(UsageError):
    """A YAML file that cannot be read: `path:line: problem` (exit 2)."""

    def __init__(self, path: Path | str, line: int, problem: str) -> None:
        self.path, self.line, self.problem = str(path), line, problem
        super().__init__(f"{path}:{line}: {self.detail}")

    @property
    def detail(self) -> str:
        return self.problem

    def __reduce__(self) -> tuple[Any, ...]:  # picklable, for worker processes
        return type(self), (self.path, self.line, self.problem)


class InvalidYaml(YamlError):
    """The text is not YAML this reader accepts (syntax, a bad value, a duplicate key)."""

    @property
    def detail(self) -> str:
        return f"invalid YAML: {self.problem}"


class DuplicateKey(InvalidYaml):
    """A mapping gives the same key twice; `key_path` leads to it and `first_line` is the first."""

    def __init__(
        self, path: Path | str, line: int, key: Any, key_path: tuple[str, ...], first_line: int
    ) -> None:
        self.key, self.key_path, self.first_line = key, key_path, first_line
        super().__init__(path, line, f"duplicate key {key!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.path, self.line, self.key, self.key_path, self.first_line)


class LineMap(dict):
    """A YAML mapping that remembers its own line and the line of each key (1-based)."""

    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[Any, int] = {}

    def line_of(self, key: Any) -> int:
        return self.lines.get(key, self.line)


class LineList(list):
    """A YAML sequence that remembers its own line and the line of each item (1-based)."""

    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


class _Refused(yaml.MarkedYAMLError):
    """A limit of this reader, raised where the YAML passes it."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem=problem, problem_mark=mark)


class _Duplicate(yaml.MarkedYAMLError):
    """A duplicate key, with the path of keys leading to it and the line of the first one."""

    def __init__(self, key: Any, key_path: tuple[str, ...], first_line: int, mark: Any) -> None:
        super().__init__(problem=f"duplicate key {key!r}", problem_mark=mark)
        self.key, self.key_path, self.first_line = key, key_path, first_line


class _LineLoader(yaml.SafeLoader):
    """SafeLoader with this module's limits; mappings and sequences carry line numbers.

    Only true/false are booleans: YAML 1.1 would read a province code `ON` (or `NO`) as one.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0
        self.nodes = 0
        self.key_path: list[str] = []

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Refused(f"alias *{event.anchor} refused: {_NO_ANCHORS}", event.start_mark)
        if isinstance(event, NodeEvent) and event.anchor is not None:
            raise _Refused(f"anchor &{event.anchor} refused: {_NO_ANCHORS}", event.start_mark)
        if self.depth >= MAX_DEPTH:
            raise _Refused(f"nested deeper than {MAX_DEPTH} levels", event.start_mark)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Refused(f"more than {MAX_NODES:,} keys, items and values", event.start_mark)
        self.depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self.depth -= 1
        if isinstance(node, yaml.MappingNode):
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _Refused(
                        "a mapping key must be text, a number or a date, not a list or mapping",
                        key_node.start_mark,
                    )
        return node

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except ValueError as exc:  # an integer beyond Python's digit limit, for one
            kind = node.tag.rsplit(":", 1)[-1]
            raise _Refused(f"cannot read this {kind}: {exc}", node.start_mark) from None


_NO_ANCHORS = "a case file or checklist needs no anchors or aliases; write the value out"

_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineMap:
    loader.flatten_mapping(node)
    result = LineMap()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in result:
            path = (*loader.key_path, str(key))
            raise _Duplicate(key, path, result.lines[key], key_node.start_mark)
        loader.key_path.append(str(key))
        try:
            result[key] = loader.construct_object(value_node, deep=True)
        finally:
            loader.key_path.pop()
        result.lines[key] = line
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList()
    result.line = node.start_mark.line + 1
    for index, child in enumerate(node.value):
        loader.key_path.append(str(index))
        try:
            result.append(loader.construct_object(child, deep=True))
        finally:
            loader.key_path.pop()
        result.lines.append(child.start_mark.line + 1)
    return result


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    """A date or datetime; an impossible one (2026-13-01) stays text for its key's own error."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _read_text(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return _decode(raw, path)


def _decode(raw: bytes, path: Path) -> str:
    if len(raw) > MAX_BYTES:
        raise YamlError(path, 1, f"over the {MAX_BYTES // (1024 * 1024)} MiB limit for a YAML file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")  # as text mode reads it


def load_yaml(path: Path) -> Any:
    """Parse `path` into LineMap/LineList/scalars; bad or oversized YAML is a YamlError."""
    return _parse(_read_text(path), path)


def load_yaml_bytes(raw: bytes, path: Path) -> Any:
    """As `load_yaml`, from bytes the caller read (at most MAX_BYTES + 1 of them) from `path`."""
    return _parse(_decode(raw, path), path)


def _parse(text: str, path: Path) -> Any:
    """Parse YAML text read from `path` (named in errors) with this module's limits."""
    try:  # the reader checks every character as it is made: a control character fails here
        loader = _LineLoader(text)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise InvalidYaml(path, line, f"character U+{exc.character:04X} is not allowed") from None
    try:
        return loader.get_single_data()
    except _Duplicate as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else 1
        raise DuplicateKey(path, line, exc.key, exc.key_path, exc.first_line) from None
    except _Refused as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else 1
        raise YamlError(path, line, str(exc.problem)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise InvalidYaml(path, line, str(exc.problem or exc)) from exc
    except yaml.YAMLError as exc:
        raise InvalidYaml(path, 1, str(exc)) from exc
    except ValueError as exc:  # the scanner's chr() of an escape past U+10FFFF ("\U00110000")
        line = loader.get_mark().line + 1
        raise InvalidYaml(path, line, f"a value cannot be read ({exc})") from None
    finally:
        loader.dispose()
