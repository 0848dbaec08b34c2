"""`audit rules` and `audit rules explain RULE_ID`: the rule catalogue, from checklists/*.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from auditor import i18n
from auditor.cli.commands import Command, Group
from auditor.cli.terminal import echo
from auditor.errors import UsageError
from auditor.i18n import N_, _

if TYPE_CHECKING:  # the checklists are loaded when a rule is shown, not at start-up
    from auditor.rules.checklist import Checklists, QAItem, RuleMeta

HELP = "\n\n".join(
    (
        N_("List the rules the auditor checks, or explain one."),
        N_("Example: audit rules --checklist firm.yaml"),
        "\b\n"
        + N_(
            'A firm checklist is YAML (README, "Checklists"), given with --checklist or in\n'
            "audit.toml; a later file overrides an earlier one by ID:\n"
            "  rules:\n"
            "    LETTER-AGE-001:                # a rule: severity, parameters\n"
            "      severity: warning\n"
            "      parameters: {max_age_days: 120}\n"
            "    STUB-GAP-001:                  # turned off: not run, listed in the audit trail\n"
            "      enabled: false\n"
            "      reason: Pay periods are checked by payroll\n"
            "  items:\n"
            "    - id: QA-LETTER-009            # a new QA item: one operator on one field\n"
            "      title: Letter states the work location\n"
            "      severity: info\n"
            "      applies_to: employment_letter\n"
            "      field: work_location\n"
            "      op: exists\n"
            "    - id: QA-PASSPORT-001          # an existing item: only the fields given change\n"
            "      days: 365\n"
            "Operators: exists, equals (value), not_equals (value), in (values), range (min, "
            "max),\nmatches (pattern), within_days (days), valid_for_days (days), "
            "same_across_documents."
        ),
    )
)

app = typer.Typer(
    name="rules",
    cls=Group,
    add_completion=False,
    invoke_without_command=True,
    help=HELP,
)

ChecklistOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--checklist",
        help=N_("Extra checklist file whose overrides to show (repeatable), after audit.toml's."),
        metavar="FILE",
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help=N_("The firm's configuration (default: ./audit.toml when there is one)."),
        show_default=False,
    ),
]

LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="en|fr",
        help=N_("Language of titles and explanations (default: audit.toml's lang, else en)."),
        show_default=False,
    ),
]


def _language(lang: str | None, config: Path | None) -> str:
    """--lang, else audit.toml's `lang`, else English."""
    from auditor.config.firm import find_config, load_config

    if lang is not None:
        if lang not in i18n.LANGS:
            raise UsageError(
                _("--lang: {value!r} is not one of {allowed}").format(
                    value=lang, allowed=", ".join(i18n.LANGS)
                )
            )
        return lang
    path = find_config(config)
    return (load_config(path).lang if path is not None else None) or i18n.DEFAULT_LANG


def _load(checklist: list[Path] | None, config: Path | None = None) -> Checklists:
    """The checklists audit.toml (or `config`) names, then `checklist`; a bad one raises
    UsageError (exit 2) naming its file and line."""
    from auditor.config.firm import find_config, load_config
    from auditor.rules.checklist import load_checklists

    path = find_config(config)
    firm = load_config(path).checklists if path is not None else ()
    return load_checklists((*firm, *(checklist or ())))


def table(lists: Checklists) -> str:
    """One line per rule and QA item: ID, severity, title, in ID order."""
    rows = [
        (m.id, _("off") if m.id in lists.disabled else _(m.severity), _(m.title))
        for m in lists.rules.values()
    ]
    rows += [(q.id, _(q.severity), _(q.title)) for q in lists.qa]
    rows += [(d.id, _("off"), d.reason) for d in lists.disabled.values() if d.id not in lists.rules]
    rows.sort()
    width = max(len(r[0]) for r in rows)
    severity = max(8, *(len(r[1]) for r in rows))
    heads = (_("RULE"), _("SEVERITY"), _("TITLE"))
    lines = [f"{heads[0].ljust(width)}  {heads[1]:{severity}}  {heads[2]}"]
    lines += [f"{rid.ljust(width)}  {sev:{severity}}  {title}" for rid, sev, title in rows]
    return "\n".join(lines)


@app.callback()
def rules(
    ctx: typer.Context,
    checklist: ChecklistOption = None,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """Every rule: ID, severity (`off`: turned off), title (firm QA items included)."""
    if ctx.invoked_subcommand is None:
        with i18n.language(_language(lang, config)):
            echo(table(_load(checklist, config)))


def describe(item: RuleMeta | QAItem) -> str:
    """The fixed shape every rule is documented in."""
    from auditor.rules.checklist import QAItem, RuleMeta

    lines = [f"{item.id}  ({_(item.severity)})", _(item.title), ""]
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
            _("What it checks:"),
            "  "
            + _("{op} on {field} of {kinds}").format(
                op=item.op, field=item.field, kinds=", ".join(item.applies_to)
            )
            + (f" ({shown})" if shown else ""),
            "",
        ]
    lines += [
        _("Why:"),
        f"  {_(item.why) or '-'}",
        "",
        _("How to fix:"),
        f"  {_(item.fix) or '-'}",
        "",
        _("Source:"),
        f"  {_(item.source) or '-'}",
    ]
    if isinstance(item, RuleMeta):
        lines += ["", _("Parameters:")]
        if item.parameters:
            for name, value in item.parameters.items():
                shown = ", ".join(map(str, value)) if isinstance(value, tuple) else value
                lines.append(f"  {name}: {shown}")
        else:
            lines.append("  " + _("none"))
    lines += ["", _("Defined at:") + f" {item.origin}"]
    return "\n".join(lines)


@app.command(
    cls=Command,
    help=N_("What a rule checks, why, how to fix it, its source and parameters.")
    + "\n\n"
    + N_("Example: audit rules explain CEC-HOURS-001 --lang fr"),
)
def explain(
    rule_id: Annotated[
        str, typer.Argument(metavar="RULE_ID", help=N_("A rule ID, e.g. CEC-HOURS-001."))
    ],
    checklist: ChecklistOption = None,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """What a rule checks, why, how to fix it, its source and parameters.

    Example: audit rules explain CEC-HOURS-001 --lang fr
    """
    with i18n.language(_language(lang, config)):
        _explain(rule_id, _load(checklist, config))


def _explain(rule_id: str, lists: Checklists) -> None:
    wanted = rule_id.strip().upper()
    item: RuleMeta | QAItem | None = lists.rules.get(wanted) or next(
        (q for q in lists.qa if q.id == wanted), None
    )
    off = lists.disabled.get(wanted)
    if item is None and off is None:
        raise UsageError(
            _("unknown rule {rule!r}; `audit rules` lists them all.").format(rule=rule_id)
        )
    shown = describe(item) if item is not None else wanted
    if off is not None:
        shown += "\n\n" + _("Turned off:") + f" {off.reason} ({off.origin})"
    echo(shown)
