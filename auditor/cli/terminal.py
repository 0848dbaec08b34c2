"""What the CLI prints, made safe for a terminal: identifiers masked, control characters escaped.

Folder and file names come from the client (a case folder named `\\x1b]0;...\\x07` retitles
the terminal, `\\x1b[2J` clears it, U+202E turns the rest of a line around), and so do the YAML
values an error quotes. Every line the CLI prints goes through `echo`, which shows such
characters as Python would in a repr (`\\x1b`, `\\u202e`) and a byte that is not UTF-8 (kept
by the file system API as a lone surrogate) as `\\xff`, so it can neither act on the terminal
nor fail to print. Every line also goes through the one masking function of
`auditor.privacy`, so a SIN in a folder or file name never reaches the terminal in full.
"""

from __future__ import annotations

import logging
import re

import typer

from auditor.privacy import Redactor

_REDACT = Redactor()

# C0 and C1 controls and DEL; zero-width and direction marks, embeddings, overrides and
# isolates; line and paragraph separators; lone surrogates (undecodable bytes of a name).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte surrogateescape could not decode: show the byte
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def safe(text: str) -> str:
    """`text` on one line, with every character that acts on a terminal escaped."""
    return _UNSAFE.sub(_escape, text)


def safe_lines(text: str) -> str:
    """`text` line by line through `safe`: its own line breaks kept, nothing else."""
    return "\n".join(safe(line) for line in text.split("\n"))


def echo(text: str, err: bool = False) -> None:
    """Print `text` (stdout, or stderr with `err`) with identifiers masked and its lines safe."""
    typer.echo(safe_lines(_REDACT(text)), err=err)


class _Handler(logging.Handler):
    """Log records on stderr through `echo`: identifiers masked, control characters escaped."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            echo(
                f"audit: {record.levelname.lower()}: {record.name}: {record.getMessage()}", err=True
            )
        except Exception:  # a log line must never stop the audit
            self.handleError(record)


def log_to_stderr(level: int = logging.DEBUG) -> None:
    """`--debug`: the auditor's log lines (reading decisions, cache misses) on stderr."""
    for name in ("auditor", "extractors"):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        if not any(isinstance(h, _Handler) for h in logger.handlers):
            logger.addHandler(_Handler())


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}"  # a lone surrogate too: JSON escapes are code units


def emit_json(text: str) -> None:
    """Write a JSON document (already masked, as report.json is) to stdout as data: every
    character that could act on a terminal, which in JSON can only sit inside a string, written
    as its `\\uXXXX` escape, so the JSON means the same and cannot act on the terminal."""
    body = _UNSAFE.sub(lambda m: "\n" if m.group() == "\n" else _json_escape(m), text)
    typer.echo(body, nl=False)
