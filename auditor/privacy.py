"""Masking personal identifiers: no full SIN or passport number leaves the auditor in a report."""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "•"
KEEP = 3
# A SIN: nine digits, optionally grouped 3-3-3 by spaces, dashes or dots.
SIN_PATTERN = re.compile(r"(?<![\dA-Za-z])(\d{3})[ .\-]?(\d{3})[ .\-]?(\d{3})(?![\dA-Za-z])")
# A machine-readable zone line: long runs of capitals, digits and filler '<'.
MRZ_PATTERN = re.compile(r"[A-Z0-9<]{5,}<[A-Z0-9<]{10,}")


def mask(value: str, keep: int = KEEP) -> str:
    """All but the last `keep` characters replaced: '•••••••123'."""
    value = value.strip()
    if len(value) <= keep:
        return MASK * len(value)
    return MASK * (len(value) - keep) + value[-keep:]


class Redactor:
    """Masks SINs, MRZ lines and the case's known passport and permit numbers in any text."""

    def __init__(self, identifiers: Iterable[str] = ()) -> None:
        ids = sorted({i.strip() for i in identifiers if i and len(i.strip()) > KEEP}, key=len)
        self._ids = [re.compile(re.escape(i), re.IGNORECASE) for i in reversed(ids)]

    def __call__(self, text: str) -> str:
        if not text:
            return text
        text = MRZ_PATTERN.sub(lambda m: mask(m.group(0)), text)
        for pattern in self._ids:
            text = pattern.sub(lambda m: mask(m.group(0)), text)
        return SIN_PATTERN.sub(lambda m: mask("".join(m.groups())), text)
