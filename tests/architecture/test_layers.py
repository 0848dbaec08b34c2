"""The packages are the stages: imports flow one way, and no module imports itself round a cycle.

Every `import` counts, at the top of a module or inside a function: a late import is how a cycle
hides, so it is held to the same layering as any other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("auditor", "extractors")

# What each stage may import, besides itself. Read top to bottom as the data flow:
# files are read, documents extracted, the case assembled, rules evaluated, results rendered.
ALLOWED: dict[str, frozenset[str]] = {
    # models, errors, privacy, resources, identifiers, i18n (translations): what everyone shares
    "base": frozenset(),
    "config": frozenset({"base"}),
    "reading": frozenset({"base"}),
    "extractors": frozenset({"base"}),
    "case": frozenset({"base", "config"}),
    "crs": frozenset({"base", "config", "case"}),
    "rules": frozenset({"base", "config", "case", "crs"}),
    "result": frozenset({"base", "reading", "case", "crs", "rules"}),
    "evaluate": frozenset({"base", "case", "crs", "rules", "result"}),
    "pipeline": frozenset(
        {"base", "config", "reading", "extractors", "case", "rules", "evaluate", "result"}
    ),
    "report": frozenset({"base", "reading", "case", "crs", "rules", "result"}),
    "cli": frozenset(
        {"base", "config", "reading", "case", "crs", "rules", "result", "pipeline", "report"}
    ),
    "__main__": frozenset({"cli"}),
}
BASE_MODULES = {"models", "errors", "privacy", "resources", "identifiers", "i18n", "i18n_extract"}
# Known breaches being removed (issue 12); the list must end empty.
KNOWN_BREACHES: set[str] = set()
KNOWN_CYCLES: set[str] = set()


def stage(module: str) -> str | None:
    """The stage a dotted module name belongs to (None: outside the project)."""
    parts = module.split(".")
    if parts[0] == "extractors":
        return "extractors"
    if parts[0] != "auditor":
        return None
    if len(parts) == 1 or parts[1] in BASE_MODULES:
        return "base"
    return parts[1]


def modules() -> Iterator[tuple[str, Path]]:
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            name = ".".join(path.relative_to(REPO).with_suffix("").parts)
            yield name.removesuffix(".__init__"), path


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every project module `path` imports, wherever the import stands."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            known = {name for name, _ in modules()}
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                yield node.lineno, full if full in known else node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name


def project_graph() -> dict[str, set[str]]:
    known = {name for name, _ in modules()}
    graph: dict[str, set[str]] = {}
    for name, path in modules():
        graph[name] = {m for _, m in imports(path) if m in known and m != name}
    return graph


def test_every_module_belongs_to_a_known_stage() -> None:
    unknown = sorted(name for name, _ in modules() if stage(name) not in ALLOWED)
    assert unknown == []


def test_imports_flow_from_reading_to_report_never_back() -> None:
    wrong = []
    for name, path in modules():
        here = stage(name)
        for line, target in imports(path):
            there = stage(target)
            if there is None or there == here:
                continue
            if there not in ALLOWED[here]:
                wrong.append(f"{path.relative_to(REPO)}:{line}: {here} imports {target} ({there})")
    assert set(wrong) - KNOWN_BREACHES == set()


def test_no_module_imports_itself_round_a_cycle() -> None:
    graph = project_graph()
    cycles = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for child in sorted(graph[node]):
            if state.get(child) == 1:
                cycles.append(" -> ".join([*stack[stack.index(child) :], child]))
            elif child not in state:
                visit(child)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert set(cycles) - KNOWN_CYCLES == set()


def test_renderers_depend_on_records_not_on_the_orchestrator() -> None:
    graph = project_graph()
    report = {m: deps for m, deps in graph.items() if m.startswith("auditor.report")}
    assert report, "no report modules found"
    reaching = {m: sorted(d for d in deps if d == "auditor.pipeline") for m, deps in report.items()}
    assert {m: d for m, d in reaching.items() if d} == {}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from auditor.pipeline import run_audit\n", "auditor.pipeline"),
        ("def f():\n    import auditor.reading.ocr\n", "auditor.reading.ocr"),
    ],
)
def test_the_checker_sees_top_level_and_late_imports(
    tmp_path: Path, source: str, expected: str
) -> None:
    module = tmp_path / "m.py"
    module.write_text(source, encoding="utf-8")
    assert [m for _, m in imports(module)] == [expected]
