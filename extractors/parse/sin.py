"""Social Insurance Numbers: find them, check the Luhn digit, and keep only the last three."""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.identifiers import luhn_valid
from extractors.parse.ocrfix import fix_digits

_FULL = re.compile(r"(?<![\d])(\d{3})[ \-.\u00a0]?(\d{3})[ \-.\u00a0]?(\d{3})(?![\d])")
# Masked: the first six digits hidden, or some of the middle three shown ("XXX-XX5-271").
_MASKED = re.compile(
    r"(?<![\w])(?:[X*#•x]{3}[ \-.]?(?=[X*#•x\d]{0,2}[X*#•x])[X*#•x\d]{3}[ \-.]?|"
    r"[X*#•x]{5,6}[ \-.]?)(\d{3})(?![\d])"
)


@dataclass(frozen=True)
class Sin:
    """A SIN as found: the last three digits always; validity only when all nine were shown."""

    last3: str
    valid: bool | None  # None when the number was masked
    temporary: bool | None  # a 9-series SIN, issued to temporary residents
    start: int
    end: int
    masked_text: str


def find_sin(text: str) -> Sin | None:
    """The first SIN in text, full or masked, never keeping more than its last three digits."""
    try:
        fixed = fix_digits(text)
        m = _FULL.search(fixed)
        if m:
            digits = "".join(m.groups())
            return Sin(
                digits[-3:],
                luhn_valid(digits),
                digits[0] == "9",
                m.start(),
                m.end(),
                f"XXX XXX {digits[-3:]}",
            )
        m = _MASKED.search(fixed)
        if m:
            return Sin(m.group(1), None, None, m.start(), m.end(), f"XXX XXX {m.group(1)}")
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return None
    return None
