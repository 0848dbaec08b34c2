"""The command classes under typer: plain help without internal types, and a root that audits.

typer renders an argument as `case_dirs... <list[Path]>` and an option without a metavar as
`--as-of <str>`; a consultant reading `--help` needs the words of CONTRACT.md instead. Every
command and group of the CLI uses these classes (`cls=`), so help looks the same everywhere.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer
from typer._click import Context, HelpFormatter  # typer vendors click; its types live here
from typer._click.exceptions import ClickException, UsageError
from typer._click.utils import make_default_short_help
from typer.core import TyperArgument, TyperCommand, TyperGroup

from auditor import i18n
from auditor.cli import usage
from auditor.cli.terminal import echo, safe
from auditor.errors import AuditError, message_of
from auditor.i18n import N_, _

#: Exit code of an internal error (a defect of the auditor): the case could not be audited.
INTERNAL_ERROR = 3
#: Set by `--debug`: internal errors show their traceback instead of one line.
DEBUG = {"on": False}


def argument_name(param: TyperArgument) -> str:
    """`CASE_DIR...` for an argument: its metavar (else its name in capitals), `...` if many."""
    name = param.metavar or (param.name or "").upper()
    return name + ("..." if param.nargs != 1 else "")


def usage_pieces(command: TyperCommand | TyperGroup, ctx: Context) -> list[str]:
    """The usage line after the command's name: `[OPTIONS] CASE_DIR...`, click's plain form."""
    pieces = [command.options_metavar] if command.options_metavar else []
    for param in command.get_params(ctx):
        if isinstance(param, TyperArgument):
            name = argument_name(param)
            pieces.append(name if param.required else f"[{name}]")
        else:
            pieces.extend(param.get_usage_pieces(ctx))
    return pieces


def format_params(
    command: TyperCommand | TyperGroup, ctx: Context, formatter: HelpFormatter
) -> None:
    """The Arguments and Options sections, with argument names instead of typer's type labels
    (options name their values with a metavar)."""
    arguments, options = [], []
    for param in command.get_params(ctx):
        english = getattr(param, "help", None)
        if english:
            setattr(param, "help", said(english))  # noqa: B010 - click's Parameter has no `help`
        try:
            record = param.get_help_record(ctx)
        finally:
            if english:
                setattr(param, "help", english)  # noqa: B010
        if record is None:
            continue
        name, text = record
        if isinstance(param, TyperArgument):
            arguments.append((argument_name(param), _extra(text)))
        else:
            options.append((name, _extra(text)))
    for title, rows in ((_("Arguments"), arguments), (_("Options"), options)):
        if rows:
            with formatter.section(title):
                formatter.write_dl(rows)


# The words click and typer write themselves, said in the CLI's language where help is shown.
CLICK_WORDS = (
    N_("Usage: "),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("default"),
    N_("env var"),
    N_("required"),
)
_EXTRA = re.compile(r"\[((?:env var|default): .*|required)\]$")


def _extra(text: str) -> str:
    """typer's `[default: ...; env var: ...]` after an option's help, in the CLI's language."""
    found = _EXTRA.search(text)
    if not found:
        return text
    parts = []
    for part in found.group(1).split("; "):
        word, sep, rest = part.partition(": ")
        if word in ("default", "env var") and sep:
            parts.append(_("{word}: {value}").format(word=_(word), value=rest))
        else:
            parts.append(_(part) if part == "required" else part)
    return text[: found.start()] + "[" + "; ".join(parts) + "]"


def said(text: str) -> str:
    """A help text in the CLI's language: each paragraph is a message of the catalogue, and a
    paragraph that click must not rewrap (opening with `\\b`) keeps its mark."""
    out = []
    for paragraph in text.split("\n\n"):
        keep = paragraph.startswith("\b\n")
        body = paragraph[2:] if keep else paragraph
        out.append(("\b\n" if keep else "") + _(body))
    return "\n\n".join(out)


def help_text(command: TyperCommand | TyperGroup, formatter: HelpFormatter) -> None:
    """The command's help in the CLI's language (click's `format_help_text`, translated)."""
    text = said(inspect.cleandoc(command.help)).partition("\f")[0] if command.help else ""
    if text:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(text)


def short_help(command: TyperCommand | TyperGroup, limit: int) -> str:
    """The one line a list of commands shows, in the CLI's language."""
    if command.short_help:
        return _(command.short_help)
    return make_default_short_help(said(command.help), limit) if command.help else ""


def early_language(argv: Sequence[str]) -> str:
    """The language the CLI speaks, known before typer builds `--help` or reads an option:
    `--lang`, else the firm configuration's `lang` (`--config`, else ./audit.toml), else
    English. A bad value or file is left for the command itself to report."""
    from auditor.config.firm import find_config, load_config

    args = list(argv)
    if "--" in args:
        args = args[: args.index("--")]

    def value_of(option: str) -> str | None:
        found = None
        for i, arg in enumerate(args):
            if arg == option and i + 1 < len(args):
                found = args[i + 1]
            elif arg.startswith(option + "="):
                found = arg.split("=", 1)[1]
        return found

    lang = value_of("--lang")
    if lang in i18n.LANGS:
        return lang
    try:
        config = value_of("--config")
        path = find_config(Path(config) if config else None)
        firm = load_config(path).lang if path is not None else None
    except (AuditError, OSError, ValueError):
        firm = None
    return firm if firm in i18n.LANGS else i18n.DEFAULT_LANG


def said_error(exc: BaseException) -> str:
    """An error's message in the CLI's language: one made with `i18n.tr` (in a worker process,
    before the language was known) is said again; any other as it is."""
    return i18n.localize(message_of(exc))


class Command(TyperCommand):
    """A command whose help shows the words a user types, never a Python type."""

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        formatter.write_usage(
            ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix=_("Usage: ")
        )

    def format_help_text(self, ctx: Context, formatter: HelpFormatter) -> None:
        help_text(self, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        return short_help(self, limit)

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        return usage_pieces(self, ctx)

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        format_params(self, ctx, formatter)


class Group(TyperGroup):
    """A group of commands (`audit rules`), with the same help as `Command`."""

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        formatter.write_usage(
            ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix=_("Usage: ")
        )

    def format_help_text(self, ctx: Context, formatter: HelpFormatter) -> None:
        help_text(self, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        return short_help(self, limit)

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        return [*usage_pieces(self, ctx), self.subcommand_metavar]

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        format_params(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        """The sub-commands and their short help, under a title in the CLI's language."""
        commands = [
            (name, command)
            for name in self.list_commands(ctx)
            if (command := self.get_command(ctx, name)) is not None and not command.hidden
        ]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _c in commands)
            with formatter.section(_("Commands")):
                formatter.write_dl([(n, c.get_short_help_str(limit)) for n, c in commands])


class DefaultContext(Context):
    """The default command's context: named like its parent, so usage and error hints say
    `audit [OPTIONS] CASE_DIR...`, not `audit audit ...`."""

    @property
    def command_path(self) -> str:
        return self.parent.command_path if self.parent is not None else super().command_path


class DefaultCommand(Command):
    """The command run when the first word names no sub-command; its help is the CLI's help,
    so it lists the sub-commands too."""

    context_class = DefaultContext

    def format_epilog(self, ctx: Context, formatter: HelpFormatter) -> None:
        parent = ctx.parent
        if parent is not None and isinstance(parent.command, TyperGroup):
            parent.command.format_commands(parent, formatter)
        super().format_epilog(ctx, formatter)


class CaseGroup(Group):
    """The root: `audit rules ...` and `audit crs ...` are sub-commands; any other first word
    (a case folder, an option, nothing) goes to the hidden default command, `audit`.

    The fallback happens in `parse_args`, before click reads anything, so the default command
    parses every option itself and a folder named `rules` stays reachable as `./rules`. This is
    also the one place that turns an `AuditError` into one line on stderr and its exit code,
    and click's usage errors into the CLI's language (`usage.said`).
    """

    default_command = "audit"

    def main(self, args: Sequence[str] | None = None, *rest: Any, **options: Any) -> Any:
        """Run the CLI in its language (`early_language`): help, messages and reports."""
        argv = list(sys.argv[1:] if args is None else args)
        with i18n.language(early_language(argv)):
            return super().main(argv, *rest, **options)

    def is_subcommand(self, word: str) -> bool:
        command = self.commands.get(word)
        return command is not None and not command.hidden

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if not args or not self.is_subcommand(args[0]):
            args = [self.default_command, *args]
        try:
            return super().parse_args(ctx, args)
        except UsageError as exc:
            raise usage.said(exc) from exc  # in the CLI's language

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as exc:  # a sub-command's: click prints it, in the CLI's language
            raise usage.said(exc) from exc
        except AuditError as exc:
            for line in said_error(exc).splitlines() or [""]:  # one line per problem
                echo(_("audit: error: {message}").format(message=safe(line)), err=True)
            raise typer.Exit(exc.exit_code) from None
        except (ClickException, typer.Exit, typer.Abort):
            raise  # usage errors, help and exit codes: click prints and exits as it should
        except Exception as exc:  # a defect of the auditor, not of the case: one line, exit 3
            if DEBUG["on"]:
                raise
            echo(
                "audit: "
                + _(
                    "internal error: {kind}: {error}; no report was written for this run (run it "
                    "again with --debug to see where, and report it)"
                ).format(kind=safe(type(exc).__name__), error=safe(str(exc))),
                err=True,
            )
            raise typer.Exit(INTERNAL_ERROR) from None
