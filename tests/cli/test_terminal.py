"""Text made safe for a terminal: every control character escaped, nothing else changed."""

from __future__ import annotations

import pytest

from auditor.cli.terminal import safe, safe_lines


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("case\x1b[2J", "case\\x1b[2J"),  # clears the screen
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),  # retitles the terminal
        ("abc\u202edef", "abc\\u202edef"),  # shows the rest of the line backwards
        ("two\nlines\r", "two\\x0alines\\x0d"),
        ("\x9b31m", "\\x9b31m"),  # the one-byte CSI
        ("bytes\udcff", "bytes\\xff"),  # an undecodable byte of a file name
        ("Élodie Marchand — Québec", "Élodie Marchand — Québec"),
        ("already \\x1b shown", "already \\x1b shown"),
    ],
)
def test_safe_escapes_what_acts_on_a_terminal(text: str, shown: str) -> None:
    assert safe(text) == shown
    assert safe(safe(text)) == shown


def test_safe_lines_keeps_the_line_breaks_of_a_table() -> None:
    assert safe_lines("ID\tTitle\nA-1\x1b[0m") == "ID\\x09Title\nA-1\\x1b[0m"


def test_a_sin_in_a_printed_name_is_masked(capsys) -> None:  # noqa: ANN001
    from auditor.cli.terminal import echo

    echo("SIN 046 454 286: ready -> out/SIN 046 454 286/report.html")
    out = capsys.readouterr().out
    assert "046 454" not in out and out.count("••••••286") == 2
