"""Amounts of money and plain decimal numbers in English and French notation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.parse.ocrfix import fix_digits

# A number: digits with optional thousands groups (comma, dot, space, thin/narrow space) and
# an optional decimal part (dot or comma).
NUMBER = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:(?:[,.\u00a0\u202f\u2009']| (?=\d{3}(?!\d)))\d{3})+"
    r"(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)
_CURRENCY_BEFORE = re.compile(r"(?:\$|CAD|C\$|CA\$|USD|US\$|€)\s*$", re.I)
_CURRENCY_AFTER = re.compile(r"^\s*(?:\$|CAD|dollars?|\$\s*CA|€|k\b)", re.I)


@dataclass(frozen=True)
class Amount:
    """A number found in text, where it was, whether a currency marked it, and how sure."""

    value: float
    start: int
    end: int
    confidence: float
    currency: bool


def parse_number(token: str) -> tuple[float | None, float]:
    """A number token in English or French notation ("78,000.00", "78 000,00", "37,5")."""
    try:
        return _parse_number(token)
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return None, 0.0


def _parse_number(token: str) -> tuple[float | None, float]:
    t = fix_digits(token.strip()).replace("\u00a0", " ").replace("\u202f", " ")
    t = t.replace("\u2009", " ").replace("'", " ")
    if not t or not re.fullmatch(r"[\d ,.]+", t) or not re.search(r"\d", t):
        return None, 0.0
    conf = 1.0
    t = t.strip(" ,.")
    if "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        thou = "." if dec == "," else ","
        t = t.replace(thou, "").replace(" ", "").replace(dec, ".")
    elif "," in t:
        head, _, tail = t.rpartition(",")
        if len(tail) == 3 and t.count(",") >= 1 and re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})*", head):
            t = t.replace(",", "").replace(" ", "")
            conf = 0.9 if t.count(",") == 0 and len(head) <= 3 and " " not in head else 1.0
        elif len(tail) in (1, 2) and head.count(",") == 0:
            t = head.replace(" ", "").replace(".", "") + "." + tail
        elif len(tail) == 2 and re.fullmatch(r"\d{1,3}(?:,\d{3})+", head):
            t = head.replace(",", "") + "." + tail  # "4,306,75": OCR read the point as a comma
            conf = 0.8
        else:
            t = t.replace(",", "").replace(" ", "")
            conf = 0.6
    elif "." in t:
        parts = t.split(".")
        if len(parts) > 2 and all(len(p) == 3 for p in parts[1:]):
            t = t.replace(".", "").replace(" ", "")
        else:
            if len(parts) > 2:
                return None, 0.0
            if len(parts[1]) == 3 and len(parts[0]) <= 3:
                conf = 0.7  # "1.234": decimal or thousands
            t = t.replace(" ", "")
    else:
        groups = t.split(" ")
        if len(groups) > 1 and not all(len(g) == 3 for g in groups[1:]):
            return None, 0.0
        t = t.replace(" ", "")
    try:
        return float(t), conf
    except ValueError:
        return None, 0.0


def find_amounts(text: str) -> list[Amount]:
    """Every number in text, marking those next to a currency sign or word."""
    out: list[Amount] = []
    try:
        fixed = fix_digits(text)
        for m in NUMBER.finditer(fixed):
            value, conf = parse_number(m["num"])
            if value is None:
                continue
            before = fixed[max(0, m.start() - 5) : m.start()]
            after = fixed[m.end() : m.end() + 9]
            currency = bool(_CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.search(after))
            if re.match(r"\s*k\b", after, re.I):
                value *= 1000
            out.append(Amount(value, m.start(), m.end(), conf, currency))
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return out
    return out


def parse_money(text: str) -> tuple[float | None, float]:
    """The amount in text: the first one marked with a currency, else the only number."""
    amounts = find_amounts(text)
    marked = [a for a in amounts if a.currency]
    if marked:
        return marked[0].value, marked[0].confidence
    if len(amounts) == 1:
        return amounts[0].value, amounts[0].confidence * 0.9
    return None, 0.0
