"""`audit rules` and `audit rules explain RULE_ID`: the rule catalogue, from checklists/*.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from auditor.errors import UsageError
from auditor.rules.checklist import Checklists, QAItem, RuleMeta, load_checklists

app = typer.Typer(
    name="rules",
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
    try:
        return load_checklists(checklist or ())
    except UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


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
        typer.echo(table(_load(checklist)))


def describe(item: RuleMeta | QAItem) -> str:
    """The fixed shape every rule is documented in."""
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


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(help="A rule ID, e.g. CEC-HOURS-001.")],
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
        typer.echo(f"error: unknown rule {rule_id!r}; `audit rules` lists them all.", err=True)
        raise typer.Exit(2)
    typer.echo(describe(item))
