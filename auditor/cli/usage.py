"""click's usage errors (unknown option, missing argument, bad value...) in the CLI's language.

typer vendors click, whose usage errors are English f-strings: `Error: No such option: --bogus`,
`Try 'audit --help' for help.`. `CaseGroup` turns each usage error into a `SaidUsageError`,
which says the common kinds again through the catalogue from the exception's own attributes
(the option, its suggestions, the parameter, the reason) and shows them the way click does: the
usage line, the hint, then `Error: ...` on stderr, exit code 2. English comes out byte for byte
as click writes it; a usage error of another kind keeps click's text, under translated words.
"""

from __future__ import annotations

import re
from typing import IO, Any

from typer._click._compat import get_text_stderr
from typer._click.exceptions import (
    BadArgumentUsage,
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
    _join_param_hints,
)
from typer._click.utils import _escape_control_characters, echo

from auditor.i18n import N_, _

# The reasons typer and pydantic give for a value they cannot convert (`--jobs x`), said in
# the CLI's language where the catalogue has them; any other reason is shown as it is.
REASONS = (
    N_("Input should be a valid integer, unable to parse string as an integer"),
    N_("Input should be a valid integer, got a number with a fractional part"),
    N_("Input should be a valid number, unable to parse string as a number"),
    N_("Input should be a valid boolean, unable to interpret input"),
    N_("Value must be an iterable."),
)
# What a missing parameter is, in click's words: `Missing argument 'CASE_DIR'.`
MISSING = {
    "argument": N_("Missing argument {name}."),
    "option": N_("Missing option {name}."),
    "parameter": N_("Missing parameter {name}."),
}
# The usage errors click raises as a bare `UsageError(message)`: its English form, the msgid.
_BARE = (
    (re.compile(r"Got unexpected extra argument\(s\) \((?P<extra>.*)\)", re.DOTALL),
     N_("Got unexpected extra argument(s) ({extra})")),
    (re.compile(r"No such command (?P<name>'.*')\.", re.DOTALL), N_("No such command {name}.")),
    (re.compile(r"Missing command\."), N_("Missing command.")),
)  # fmt: skip
_TAKES = re.compile(r"Argument (?P<name>'.*') takes (?P<n>\d+) values\.", re.DOTALL)


class SaidUsageError(UsageError):
    """A usage error of click, shown in the CLI's language (the current `i18n.language`)."""

    def __init__(self, error: UsageError) -> None:
        super().__init__(error.message, error.ctx)
        self.error = error
        self.exit_code = error.exit_code

    def format_message(self) -> str:
        return message(self.error)

    def show(self, file: IO[Any] | None = None) -> None:
        """click's `UsageError.show`, in words from the catalogue."""
        if file is None:
            file = get_text_stderr()
        ctx, color = self.ctx, None
        if ctx is not None:
            color = ctx.color
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                hint = (
                    _("Try '{command} {option}' for help.").format(
                        command=ctx.command_path, option=ctx.help_option_names[0]
                    )
                    + "\n"
                )
            echo(f"{ctx.get_usage()}\n{hint}", file=file, color=color)
        echo(_("Error: {message}").format(message=self.format_message()), file=file, color=color)


def said(error: UsageError) -> UsageError:
    """`error` as a `SaidUsageError`; a request for help (`NoArgsIsHelpError`) stays as it is."""
    if isinstance(error, NoArgsIsHelpError | SaidUsageError):
        return error
    return SaidUsageError(error)


def message(error: UsageError) -> str:
    """The text after `Error: `, in the CLI's language; click's own text for another kind."""
    english = error.format_message()
    if isinstance(error, MissingParameter):
        return _missing(error) or english
    if isinstance(error, BadParameter):
        return _bad_value(error) or english
    if isinstance(error, NoSuchOption):
        return _no_such_option(error) or english
    if isinstance(error, BadOptionUsage):
        return _option_usage(error) or english
    if isinstance(error, BadArgumentUsage):
        found = _TAKES.fullmatch(error.message)
        if found:
            return _("Argument {name} takes {n} values.").format(**found.groupdict())
        return english
    for pattern, msgid in _BARE:
        found = pattern.fullmatch(error.message)
        if found:
            return _(msgid).format(**found.groupdict())
    return english


def _hint(error: BadParameter) -> str | None:
    """The parameter as click names it in an error: `'--jobs'`, `'CASE_DIR'`."""
    if error.param_hint is not None:
        return _join_param_hints(error.param_hint)
    if error.param is not None:
        return _join_param_hints(error.param.get_error_hint())
    return None


def _missing(error: MissingParameter) -> str | None:
    hint = _hint(error)
    kind = error.param_type or (error.param.param_type_name if error.param is not None else None)
    if not hint or kind not in MISSING:
        return None
    said_ = _(MISSING[kind]).format(name=hint)
    detail = error.message
    if error.param is not None:
        extra = error.param.get_missing_message(ctx=error.ctx)  # typer's `Choose from: ...`
        if extra:
            detail = f"{detail}. {extra}" if detail else extra
    return f"{said_} {detail}" if detail else said_


def _bad_value(error: BadParameter) -> str:
    hint = _hint(error)
    reason = _(error.message)
    if hint is None:
        return _("Invalid value: {reason}").format(reason=reason)
    return _("Invalid value for {name}: {reason}").format(name=hint, reason=reason)


def _no_such_option(error: NoSuchOption) -> str | None:
    name = _escape_control_characters(error.option_name)
    if error.message != f"No such option: {name}":
        return None  # a message of its own: click's text
    if not error.possibilities:
        return _("No such option: {option}").format(option=name)
    return _("No such option: {option} (Possible options: {options})").format(
        option=name, options=", ".join(sorted(error.possibilities))
    )


def _option_usage(error: BadOptionUsage) -> str | None:
    option = repr(error.option_name)
    if error.message == f"Option {option} requires an argument.":
        return _("Option {option} requires an argument.").format(option=option)
    if error.message == f"Option {option} does not take a value.":
        return _("Option {option} does not take a value.").format(option=option)
    prefix = re.escape(f"Option {option} requires ")
    found = re.fullmatch(prefix + r"(\d+) arguments\.", error.message)
    if found:
        return _("Option {option} requires {n} arguments.").format(option=option, n=found.group(1))
    return None
