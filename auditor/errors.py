"""Exceptions that end a run, each carrying the exit code of CONTRACT.md section 1."""

from __future__ import annotations


class AuditError(Exception):
    """An error that stops the audit; the CLI prints it and exits with `exit_code`."""

    exit_code = 1


class UsageError(AuditError):
    """The command line, a checklist or a review file is wrong (exit 2)."""

    exit_code = 2


class CaseUnreadable(AuditError):
    """A case folder could not be read at all (exit 3)."""

    exit_code = 3


class DependencyMissing(AuditError):
    """Tesseract or a language pack is missing (exit 4); the message says how to install it."""

    exit_code = 4


class OutputError(AuditError):
    """A report folder or file cannot be written, or lies inside a case folder (exit 5)."""

    exit_code = 5


def message_of(exc: BaseException) -> str:
    """An error's message as it was made: a `i18n.tr` message stays translatable (the CLI and
    the report say it in the reader's language), anything else is its text."""
    from auditor.i18n import Text

    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Text) else str(exc)
