"""Each rule is declared once: one `@rule(ID)`, one rules.yaml entry, one CONTRACT.md line."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from auditor.case.hours import compute_hours
from auditor.case.intake import Intake
from auditor.case.work import assemble
from auditor.models import Finding
from auditor.rules import catalogue, registry
from auditor.rules.catalogue import RULES
from auditor.rules.checklist import load_checklists
from auditor.rules.context import Context
from tests.rules.builders import AS_OF
from tests.shared import SHARED

REPO = Path(__file__).resolve().parents[2]
CONTRACT = SHARED / "spec" / "CONTRACT.md"
RULE_ID = re.compile(r"`([A-Z]+-[A-Z]+-\d{3})`")
# CONTRACT.md section 4 rules not implemented yet ("Added in schema 2"). The test below fails
# when one of them is registered, so that it is taken off this list.
NOT_YET_IMPLEMENTED: set[str] = set()


def contract_rule_ids(text: str) -> set[str]:
    """Every rule ID named in section 4 of CONTRACT.md (QA item IDs are firm data, not rules)."""
    section = text.split("## 4. Rule catalogue", 1)[1].split("\n## ", 1)[0]
    return set(RULE_ID.findall(section))


def test_registered_rules_are_the_rules_of_rules_yaml() -> None:
    assert list(RULES) == list(load_checklists().rules)


@pytest.mark.skipif(not CONTRACT.is_file(), reason="the shared CONTRACT.md is not here")
def test_registered_rules_are_the_implemented_rules_of_the_contract() -> None:
    contract = contract_rule_ids(CONTRACT.read_text(encoding="utf-8"))
    assert NOT_YET_IMPLEMENTED <= contract
    assert set(RULES) == contract - NOT_YET_IMPLEMENTED, set(RULES) ^ (
        contract - NOT_YET_IMPLEMENTED
    )


def test_contract_ids_are_read_from_section_4_only() -> None:
    text = (
        "## 3. JSON\n`DOC-FOO-001`\n"
        "## 4. Rule catalogue\n- `CEC-HOURS-001` error\n"
        "## 5. Next\n`EE-BAR-002`"
    )
    assert contract_rule_ids(text) == {"CEC-HOURS-001"}


def _decorated_ids() -> list[str]:
    found = []
    for path in sorted((REPO / "auditor").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                for deco in node.decorator_list:
                    if (
                        isinstance(deco, ast.Call)
                        and isinstance(deco.func, ast.Name)
                        and deco.func.id == "rule"
                        and isinstance(deco.args[0], ast.Constant)
                    ):
                        found.append(str(deco.args[0].value))
    return found


def test_each_rule_id_is_declared_by_exactly_one_decorator() -> None:
    declared = _decorated_ids()
    assert sorted(declared) == sorted(RULES)
    assert len(declared) == len(set(declared))


def test_every_module_declaring_rules_is_in_the_catalogue() -> None:
    declaring = {
        f"auditor.rules.{p.stem}"
        for p in (REPO / "auditor" / "rules").glob("*.py")
        if re.search(r"^@rule\(", p.read_text(encoding="utf-8"), re.MULTILINE)
    }
    assert declaring == {m.__name__ for m in catalogue.MODULES}


def test_findings_are_built_in_one_place() -> None:
    """Only the context builds a Finding, so every finding takes its rule's ID and severity."""
    builders = []
    for package in ("auditor", "extractors"):
        for path in sorted((REPO / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "Finding"
                ):
                    builders.append(str(path.relative_to(REPO)))
    assert builders == ["auditor/rules/context.py"]


def test_an_id_cannot_be_registered_twice() -> None:
    with pytest.raises(ValueError, match="CEC-HOURS-001 is registered twice"):
        registry.rule("CEC-HOURS-001")(lambda ctx: [])


def _unbound_context() -> Context:
    case = Intake()
    return Context(
        (), case, AS_OF, load_checklists(), assemble((), case, AS_OF), compute_hours([], [], AS_OF),
        None,
    )  # fmt: skip


def test_the_decorator_binds_findings_and_parameters_to_the_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(registry, "REGISTERED", {})

    @registry.rule("LANG-EXPIRING-001")
    def check(ctx: Context) -> list[Finding]:
        return [ctx.finding("failed", f"warning at {ctx.param('expiring_days')} days")]

    (finding,) = check(_unbound_context())
    assert (finding.rule, finding.severity, finding.message) == (
        "LANG-EXPIRING-001",
        "warning",
        "warning at 90 days",
    )
    assert registry.REGISTERED == {"LANG-EXPIRING-001": check}


def test_a_finding_outside_a_rule_is_a_bug() -> None:
    with pytest.raises(RuntimeError, match="outside a rule"):
        _unbound_context().finding("passed", "m")
