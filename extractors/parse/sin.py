"""Social Insurance Numbers: find them, check the Luhn digit, and keep only the last three."""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.identifiers import luhn_valid
from extractors.parse.ocrfix import fix_digits

# Between the groups: a space (also non-breaking or thin), a dot, or any dash.
_SEP = "[ .\\-\u00a0\u202f\u2009\u2010-\u2015\u2212]"
_MASK = "[X*#•●∙·■▪○◦∗⁎×?x]"
_MASK_OR_DIGIT = "[X*#•●∙·■▪○◦∗⁎×?x\\d]"
_FULL = re.compile(rf"(?<![\d])(\d{{3}}){_SEP}?(\d{{3}}){_SEP}?(\d{{3}})(?![\d])")
# Masked: the first six digits hidden, or some of the middle three shown ("XXX-XX5-271").
_MASKED = re.compile(
    rf"(?<![\w*•●])(?:{_MASK}{{2,4}}{_SEP}{{0,3}}(?={_MASK_OR_DIGIT}{{0,3}}{_MASK})"
    rf"{_MASK_OR_DIGIT}{{2,4}}{_SEP}{{0,3}}|{_MASK}{{4,6}}{_SEP}{{0,3}})"
    rf"(\d{{3}})(?![\d])"
)

# Only the last digits, said in words: "ending in 282", "last 3 digits: 282",
# "(3 derniers chiffres) : 282".
_LAST_DIGITS = re.compile(
    r"(?i:ending\s+(?:in|with)|last\s+(?:3|three)(?:\s+digits)?|se\s+terminant\s+par|"
    r"finissant\s+par|3\s+derniers\s+chiffres)\)?\s*[:\-]?\s*(\d{3})(?!\d)"
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
        m = _MASKED.search(fixed) or _LAST_DIGITS.search(fixed)
        if m:
            return Sin(m.group(1), None, None, m.start(), m.end(), f"XXX XXX {m.group(1)}")
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return None
    return None
