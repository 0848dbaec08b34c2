"""Length-preserving repairs of OCR letter/digit confusions inside numeric tokens."""

from __future__ import annotations

import re

_DIGITISH = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "D": "0",
        "Q": "0",
        "I": "1",
        "l": "1",
        "|": "1",
        "S": "5",
        "B": "8",
        "Z": "2",
    }
)
_TOKEN = re.compile(r"[0-9OoDQIl|SBZ.,/\-]+")


def fix_digits(text: str) -> str:
    """Replace look-alike letters by digits in tokens that are mostly digits already.

    Only tokens with at least two real digits, where the digits outnumber the look-alikes,
    are touched; the result has the same length so match offsets stay valid.
    """

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        digits = sum(c.isdigit() for c in tok)
        look = sum(c in "OoDQIl|SBZ" for c in tok)
        if digits >= 2 and look and digits > look:
            return tok.translate(_DIGITISH)
        return tok

    return _TOKEN.sub(repl, text)
