"""The command classes under typer: plain help without internal types, and a root that audits.

typer renders an argument as `case_dirs... <list[Path]>` and an option without a metavar as
`--as-of <str>`; a consultant reading `--help` needs the words of CONTRACT.md instead. Every
command and group of the CLI uses these classes (`cls=`), so help looks the same everywhere.
"""

from __future__ import annotations

from typing import Any

import typer
from typer._click import Context, HelpFormatter  # typer vendors click; its types live here
from typer._click.exceptions import ClickException
from typer.core import TyperArgument, TyperCommand, TyperGroup

from auditor.cli.terminal import echo, safe
from auditor.errors import AuditError
from auditor.i18n import _

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
        record = param.get_help_record(ctx)
        if record is None:
            continue
        if isinstance(param, TyperArgument):
            arguments.append((argument_name(param), record[1]))
        else:
            options.append(record)
    for title, rows in (("Arguments", arguments), ("Options", options)):
        if rows:
            with formatter.section(title):
                formatter.write_dl(rows)


class Command(TyperCommand):
    """A command whose help shows the words a user types, never a Python type."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        return usage_pieces(self, ctx)

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        format_params(self, ctx, formatter)


class Group(TyperGroup):
    """A group of commands (`audit rules`), with the same help as `Command`."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        return [*usage_pieces(self, ctx), self.subcommand_metavar]

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        format_params(self, ctx, formatter)
        self.format_commands(ctx, formatter)


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
    also the one place that turns an `AuditError` into one line on stderr and its exit code.
    """

    default_command = "audit"

    def is_subcommand(self, word: str) -> bool:
        command = self.commands.get(word)
        return command is not None and not command.hidden

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if not args or not self.is_subcommand(args[0]):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except AuditError as exc:
            for line in str(exc).splitlines() or [""]:  # one line per problem, never a traceback
                echo(f"audit: error: {safe(line)}", err=True)
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
