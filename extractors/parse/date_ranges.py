"""Periods written as ranges: "2024-02-05 to 2024-08-02", "March 1-31, 2025", "du 1er au 31 mars".

A period whose first date leaves out its year or its month ("March 1 to 31, 2025") takes them
from the second date; a start that would fall after the end is the year before ("December 15 to
January 10, 2025"). Nothing is guessed beyond that: a range without a year is not a period.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractors.parse.dates import DateMatch, find_dates, month_number

_MONTH = r"[A-Za-zÀ-ÿ]{3,10}\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er)?"
_SEP = r"\s*(?:-|–|—|to|until|till|through|thru|and|au|à|et|jusqu['’]au)\s*"
_LEAD = r"(?:(?:from|between|du|entre\s+le|entre)\s+)?"
# "March 1-31, 2025", "March 1 to April 2, 2025": month first, the year once at the end.
_MONTH_FIRST = re.compile(
    rf"\b{_LEAD}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_SEP}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}),?"
    rf"\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "1 to 31 March 2025", "du 1er mars au 31 mars 2025", "du 1er au 31 mars 2025": day first.
_DAY_FIRST = re.compile(
    rf"\b{_LEAD}(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?{_SEP}(?:le\s+)?(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})"
    rf",?\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RANGE_SEP = re.compile(r"^" + _SEP + r"(?:le\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """A period found in text: first and last day (both included) and where it was written."""

    start: dt.date
    end: dt.date
    offset: int
    stop: int
    confidence: float


def _day(raw: str) -> int:
    return int(re.sub(r"\D", "", raw))


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _short_range(m: re.Match[str]) -> DateRange | None:
    m1 = month_number(m.group("m1")) if m.group("m1") else None
    m2 = month_number(m.group("m2")) if m.group("m2") else None
    if m.group("m1") and m1 is None or m.group("m2") and m2 is None:
        return None  # a word that is not a month
    m1, m2 = m1 or m2, m2 or m1
    if m1 is None or m2 is None:
        return None
    year = int(m.group("y"))
    end = _make(year, m2, _day(m.group("d2")))
    start = _make(year, m1, _day(m.group("d1")))
    if start is not None and end is not None and start > end:
        start = _make(year - 1, m1, _day(m.group("d1")))
    if start is None or end is None or start > end:
        return None
    return DateRange(start, end, m.start(), m.end(), 0.95)


def find_ranges(text: str, dates: list[DateMatch] | None = None) -> list[DateRange]:
    """Every period in text, in order of position, without overlaps."""
    dates = find_dates(text, order=None, month_year=True) if dates is None else dates
    found: list[DateRange] = []
    for a, b in zip(dates, dates[1:], strict=False):
        if a.value <= b.value and _RANGE_SEP.match(text[a.end : b.start]):
            found.append(
                DateRange(a.value, b.value, a.start, b.end, min(a.confidence, b.confidence))
            )
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        for m in pattern.finditer(text):
            r = _short_range(m)
            if r is not None and not any(r.offset < f.stop and f.offset < r.stop for f in found):
                found.append(r)
    return sorted(found, key=lambda r: r.offset)
