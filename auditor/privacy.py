"""Masking personal identifiers: no full SIN, passport or permit number leaves in a report."""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "•"
KEEP = 3
# A SIN: nine digits, glued or grouped 3-3-3 by one separator of any kind: a space (also the
# no-break and thin spaces of French typography), a dash (also the Unicode dashes), a dot or a
# slash, with spaces around it ("046 - 454 - 286").
_SPACE = r"[ \u00a0\u2007\u2009\u202f]"
_SEP = rf"(?:{_SPACE}*[.\-/\u2010-\u2015]{_SPACE}*|{_SPACE})?"
SIN_PATTERN = re.compile(rf"(?<![\dA-Za-z])(\d{{3}}){_SEP}(\d{{3}}){_SEP}(\d{{3}})(?![\dA-Za-z])")
# A Unique Client Identifier (UCI) behind its label: 8 or 10 digits, grouped by dashes or spaces.
UCI_PATTERN = re.compile(
    r"(?i)\b(UCI|IUC|client\s+ID|ID\s+client)(\s*(?:no\.?|n°|#)?\s*[:.]?\s*)"
    r"(\d{2,4}[ \-]?\d{4}(?:[ \-]?\d{2,4})?)(?!\d)"
)
# A machine-readable zone line: long runs of capitals, digits and filler '<'.
MRZ_PATTERN = re.compile(r"[A-Z0-9<]{5,}<[A-Z0-9<]{10,}")


def mask(value: str, keep: int = KEEP) -> str:
    """All but the last `keep` characters replaced: '•••••••123'."""
    value = value.strip()
    if len(value) <= keep:
        return MASK * len(value)
    return MASK * (len(value) - keep) + value[-keep:]


class Redactor:
    """Masks SINs, UCIs, MRZ lines and the case's known passport and permit numbers in any text.

    The one masking function of the auditor: every string a report, a log line or the terminal
    shows passes through it (document values and their raw text, messages, file names, waiver
    reasons). Known identifiers are matched whatever their case.
    """

    def __init__(self, identifiers: Iterable[str] = ()) -> None:
        ids = sorted({i.strip() for i in identifiers if i and len(i.strip()) > KEEP}, key=len)
        self._ids = [re.compile(re.escape(i), re.IGNORECASE) for i in reversed(ids)]

    def __call__(self, text: str) -> str:
        if not text:
            return text
        text = MRZ_PATTERN.sub(lambda m: mask(m.group(0)), text)
        for pattern in self._ids:
            text = pattern.sub(lambda m: mask(m.group(0)), text)
        text = UCI_PATTERN.sub(lambda m: m.group(1) + m.group(2) + mask(m.group(3)), text)
        return SIN_PATTERN.sub(lambda m: mask("".join(m.groups())), text)
