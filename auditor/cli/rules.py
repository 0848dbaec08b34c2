"""`audit rules` and `audit rules explain RULE_ID`: the rule catalogue, from checklists/*.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from auditor.cli.commands import Command, Group
from auditor.cli.terminal import echo
from auditor.errors import UsageError

if TYPE_CHECKING:  # the checklists are loaded when a rule is shown, not at start-up
    from auditor.rules.checklist import Checklists, QAItem, RuleMeta

app = typer.Typer(
    name="rules",
    cls=Group,
    add_completion=False,
    invoke_without_command=True,
    help="List the rules the auditor checks, or explain one.\n\nExample: audit rules",
)

ChecklistOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--checklist", help="Extra checklist file whose overrides to show.", metavar="FILE"
    ),
]


def _load(checklist: list[Path] | None) -> Checklists:
    """The checklists; a bad one raises UsageError (exit 2) naming its file and line."""
    from auditor.rules.checklist import load_checklists

    return load_checklists(checklist or ())


def table(lists: Checklists) -> str:
    """One line per rule and QA item: ID, severity, title, in ID order."""
    rows = [(m.id, m.severity, m.title) for m in lists.rules.values()]
    rows += [(q.id, q.severity, q.title) for q in lists.qa]
    rows.sort()
    width = max(len(r[0]) for r in rows)
    lines = [f"{'RULE'.ljust(width)}  {'SEVERITY':8}  TITLE"]
    lines += [f"{rid.ljust(width)}  {sev:8}  {title}" for rid, sev, title in rows]
    return "\n".join(lines)


@app.callback()
def rules(ctx: typer.Context, checklist: ChecklistOption = None) -> None:
    """Every rule: ID, severity, title (firm QA items included).

    Example: audit rules --checklist firm.yaml
    """
    if ctx.invoked_subcommand is None:
        echo(table(_load(checklist)))


def describe(item: RuleMeta | QAItem) -> str:
    """The fixed shape every rule is documented in."""
    from auditor.rules.checklist import QAItem, RuleMeta

    lines = [f"{item.id}  ({item.severity})", item.title, ""]
    if isinstance(item, QAItem):
        operand = {
            "value": item.value,
            "values": list(item.values) or None,
            "min": item.min,
            "max": item.max,
            "pattern": item.pattern,
            "days": item.days,
        }
        shown = ", ".join(f"{k}={v}" for k, v in operand.items() if v is not None)
        lines += [
            "What it checks:",
            f"  {item.op} on {item.field} of "
            f"{', '.join(item.applies_to)}" + (f" ({shown})" if shown else ""),
            "",
        ]
    lines += [
        "Why:",
        f"  {item.why or '-'}",
        "",
        "How to fix:",
        f"  {item.fix or '-'}",
        "",
        "Source:",
        f"  {item.source or '-'}",
    ]
    if isinstance(item, RuleMeta):
        lines += ["", "Parameters:"]
        if item.parameters:
            for name, value in item.parameters.items():
                shown = ", ".join(map(str, value)) if isinstance(value, tuple) else value
                lines.append(f"  {name}: {shown}")
        else:
            lines.append("  none")
    lines += ["", f"Defined at: {item.origin}"]
    return "\n".join(lines)


@app.command(cls=Command)
def explain(
    rule_id: Annotated[
        str, typer.Argument(metavar="RULE_ID", help="A rule ID, e.g. CEC-HOURS-001.")
    ],
    checklist: ChecklistOption = None,
) -> None:
    """What a rule checks, why, how to fix it, its source and parameters.

    Example: audit rules explain CEC-HOURS-001
    """
    lists = _load(checklist)
    wanted = rule_id.strip().upper()
    item: RuleMeta | QAItem | None = lists.rules.get(wanted) or next(
        (q for q in lists.qa if q.id == wanted), None
    )
    if item is None:
        raise UsageError(f"unknown rule {rule_id!r}; `audit rules` lists them all.")
    echo(describe(item))
