"""Dates in English and French, in words or numbers, with a confidence for ambiguous forms."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from extractors.parse.ocrfix import fix_digits

Order = Literal["dmy", "mdy"]

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "janvier": 1,
    "janv": 1,
    "february": 2,
    "feb": 2,
    "fevrier": 2,
    "fev": 2,
    "fevr": 2,
    "febr": 2,
    "march": 3,
    "mar": 3,
    "mars": 3,
    "april": 4,
    "apr": 4,
    "avril": 4,
    "avr": 4,
    "may": 5,
    "mai": 5,
    "june": 6,
    "jun": 6,
    "juin": 6,
    "july": 7,
    "jul": 7,
    "juillet": 7,
    "juil": 7,
    "august": 8,
    "aug": 8,
    "aout": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "septembre": 9,
    "october": 10,
    "oct": 10,
    "octobre": 10,
    "november": 11,
    "nov": 11,
    "novembre": 11,
    "december": 12,
    "dec": 12,
    "decembre": 12,
}

_MONTH_WORD = r"(?P<mon>[A-Za-zÀ-ÿ]{3,10})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|re|e)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_SEP = r"[\s\u00a0]*"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<!\d)" + _YEAR + r"[-/. ](?P<m>[01]?\d)[-/. ](?P<d>[0-3]?\d)(?!\d)")),
    ("compact", re.compile(r"(?<!\d)" + _YEAR + r"(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")),
    (
        "mdy_words",
        re.compile(r"(?<![A-Za-zÀ-ÿ])" + _MONTH_WORD + _SEP + _DAY + r",?" + _SEP + _YEAR, re.I),
    ),
    (
        "dmy_words",
        re.compile(
            r"(?<!\d)"
            + _DAY
            + r"[\s\-./\u00a0]*(?:de\s+|of\s+)?"
            + _MONTH_WORD
            + r"(?:\s*/\s*[A-Za-zÀ-ÿ]{3,9}\.?)?,?[\s\-./\u00a0]*"
            + _YEAR,
            re.I,
        ),
    ),
    (
        "numeric",
        re.compile(
            r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<s>[/.-])(?P<b>[0-3]?\d)(?P=s)(?P<y>(?:19|20)?\d\d)(?![\d/])"
        ),
    ),
]
_MONTH_YEAR = re.compile(
    r"(?<![A-Za-zÀ-ÿ\d])" + _MONTH_WORD + r",?(?:\s+(?:de\s+|of\s+)?)" + _YEAR, re.I
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in text, with where it was and how sure the parser is."""

    value: dt.date
    start: int
    end: int
    confidence: float


def _fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
    ).lower()


def month_number(word: str) -> int | None:
    """The month number of an English or French month name or abbreviation."""
    w = _fold(word).rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    if len(w) >= 3:
        for name, num in MONTHS.items():
            if len(name) > 4 and name.startswith(w) and len(w) >= 4:
                return num
    return None


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, order: Order | None = None, month_year: bool = False) -> list[DateMatch]:
    """Every date in text, in order of position, without overlaps.

    `order` says how to read an ambiguous numeric date like 01/03/2024 (day-first or
    month-first); without it such a date is skipped, never guessed. With `month_year`, a month
    and year alone ("March 2021", "mars 2021") give the first of the month at confidence 0.5.
    """
    try:
        return _find_dates(text, order, month_year)
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return []


def _find_dates(text: str, order: Order | None, month_year: bool) -> list[DateMatch]:
    fixed = fix_digits(text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(fixed):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            res = _interpret(name, m, order)
            if res is None:
                continue
            value, conf = res
            if fixed[m.start() : m.end()] != text[m.start() : m.end()]:
                conf *= 0.85  # read through OCR letter/digit repairs
            found.append(DateMatch(value, m.start(), m.end(), round(conf, 4)))
            taken.append((m.start(), m.end()))
    if month_year:
        for m in _MONTH_YEAR.finditer(fixed):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mon = month_number(m["mon"])
            if mon is not None:
                found.append(DateMatch(dt.date(int(m["year"]), mon, 1), m.start(), m.end(), 0.5))
    found.sort(key=lambda d: d.start)
    return found


def _interpret(name: str, m: re.Match[str], order: Order | None) -> tuple[dt.date, float] | None:
    if name in ("iso", "compact"):
        value = _make(int(m["year"]), int(m["m"]), int(m["d"]))
        return (value, 1.0 if name == "iso" else 0.8) if value else None
    if name in ("mdy_words", "dmy_words"):
        mon = month_number(m["mon"])
        if mon is None:
            return None
        value = _make(int(m["year"]), mon, int(m["day"]))
        return (value, 1.0) if value else None
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else 2000 + int(y)
    conf = 1.0 if len(y) == 4 else 0.8
    if a > 12 and b <= 12:
        value = _make(year, b, a)
    elif b > 12 and a <= 12:
        value = _make(year, a, b)
    elif a == b:
        value = _make(year, a, a)
    elif order == "dmy":
        value, conf = _make(year, b, a), conf * 0.7
    elif order == "mdy":
        value, conf = _make(year, a, b), conf * 0.7
    else:
        return None
    return (value, conf) if value else None


def parse_date(text: str, order: Order | None = None) -> tuple[dt.date | None, float]:
    """The first date in text and the parser's confidence, or (None, 0.0)."""
    found = find_dates(text, order)
    if not found:
        return None, 0.0
    return found[0].value, found[0].confidence
