"""Check digits of the identifiers documents carry: the Luhn digit of a Social Insurance Number."""

from __future__ import annotations


def luhn_valid(digits: str) -> bool:
    """Whether a string of digits passes the Luhn check (the SIN's check digit)."""
    if not digits.isdigit() or not digits:
        return False
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
