"""Working hours per week from English or French wording, and wages with their pay period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from extractors.parse.money import NUMBER, find_amounts, parse_number
from extractors.parse.ocrfix import fix_digits

WagePeriod = Literal["hour", "week", "biweekly", "month", "year"]

NUMBER_WORDS: dict[str, float] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "thirty-five": 35,
    "thirty-seven": 37,
    "forty": 40,
    "forty-four": 44,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "trente-cinq": 35,
    "quarante": 40,
}
_NUM = (
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d{1,2})?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?:\s*(?:and a half|et demie?|½))?"
)
_HOURS = r"(?:hours?|hrs?\.?|h(?![a-z])|heures?)"
_WEEK = r"(?:week|wk|semaine|sem\.?(?![a-z]))"
_PER = r"(?:\s*/\s*|\s+(?:per|a|an|each|every|par|chaque|/|by\s+the)\s+|\s+)"
_DAY = r"(?:day|jour|journée|shift|quart)"

_WEEKLY = [
    re.compile(
        _NUM + r"[\s-]*" + _HOURS + r"(?:\s+of\s+work)?" + _PER + r"(?:the\s+|la\s+)?" + _WEEK, re.I
    ),
    re.compile(_NUM + r"[\s-]*" + _HOURS + r"\s*(?:work\s*)?" + _WEEK, re.I),
    re.compile(_NUM + r"[\s-]*" + _HOURS + r"\s+(?:weekly|hebdomadaires?)", re.I),
    re.compile(
        r"(?:weekly\s+hours|hours\s+per\s+week|hours/week|heures\s+par\s+semaine|"
        r"heures\s+hebdomadaires)\s*(?:of|:|de)?\s*" + _NUM,
        re.I,
    ),
]
_DAILY = re.compile(
    _NUM
    + r"[\s-]*"
    + _HOURS
    + _PER
    + _DAY
    + r"[\s,]*(?:and\s+|et\s+|x\s+|,\s*)?(?P<d>\d|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?:days?|jours?)"
    + r"(?:"
    + _PER
    + _WEEK
    + r")?",
    re.I,
)
_BIWEEKLY = re.compile(
    _NUM
    + r"[\s-]*"
    + _HOURS
    + r"\s*(?:per\s+|par\s+|/\s*|every\s+|a\s+|each\s+|aux\s+|toutes\s+les\s+)?"
    r"(?:bi-?weekly|two\s+weeks|2\s+weeks|fortnight|pay\s+period|deux\s+semaines|quinzaine)",
    re.I,
)
_MONTHLY = re.compile(_NUM + r"[\s-]*" + _HOURS + _PER + r"(?:month|mois)", re.I)


@dataclass(frozen=True)
class HoursMatch:
    """Weekly hours found in text, with the characters they came from."""

    per_week: float
    start: int
    end: int
    confidence: float


def _num(token: str) -> float | None:
    t = token.lower().strip()
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    value, _ = parse_number(t)
    return value


def _half(m: re.Match[str]) -> float:
    return 0.5 if re.search(r"half|demi|½", m.group(0), re.I) else 0.0


def find_hours(text: str) -> list[HoursMatch]:
    """Every statement of working hours in text, converted to hours per week."""
    out: list[HoursMatch] = []
    try:
        fixed = fix_digits(text)
        taken: list[tuple[int, int]] = []

        def add(m: re.Match[str], per_week: float | None, conf: float) -> None:
            if per_week is None or not 0 < per_week <= 100:
                return
            if any(m.start() < e and s < m.end() for s, e in taken):
                return
            taken.append((m.start(), m.end()))
            out.append(HoursMatch(round(per_week, 2), m.start(), m.end(), conf))

        for m in _DAILY.finditer(fixed):
            n, d = _num(m["n"]), _num(m["d"])
            if n is not None and d is not None and d <= 7:
                add(m, (n + _half(m)) * d, 1.0)
        for m in _BIWEEKLY.finditer(fixed):
            n = _num(m["n"])
            add(m, None if n is None else (n + _half(m)) / 2, 0.9)
        for m in _MONTHLY.finditer(fixed):
            n = _num(m["n"])
            add(m, None if n is None else (n + _half(m)) * 12 / 52, 0.8)
        for pattern in _WEEKLY:
            for m in pattern.finditer(fixed):
                n = _num(m["n"])
                conf = 1.0
                before = fixed[max(0, m.start() - 4) : m.start()]
                if re.search(r"\d\s*[-–]\s*$|\bto\s*$|\bà\s*$", before):
                    conf = 0.6  # the upper end of a range like "35-40 hours"
                add(m, None if n is None else n + _half(m), conf)
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return out
    out.sort(key=lambda h: h.start)
    return out


def parse_hours(text: str) -> tuple[float | None, float]:
    """Hours per week stated in text, or (None, 0.0) when the text gives no number of hours."""
    found = find_hours(text)
    if not found:
        return None, 0.0
    best = found[0]
    conf = best.confidence
    if len({h.per_week for h in found}) > 1:
        conf *= 0.8  # several different statements
    return best.per_week, conf


_PERIOD_WORDS: list[tuple[WagePeriod, re.Pattern[str]]] = [
    (
        "biweekly",
        re.compile(
            r"bi-?weekly|every\s+(?:two|2)\s+weeks|fortnight|aux\s+(?:deux|2)\s+semaines|"
            r"par\s+quinzaine|toutes\s+les\s+deux\s+semaines",
            re.I,
        ),
    ),
    (
        "hour",
        re.compile(
            r"/\s*h(?:ou)?r\b|/\s*h\b|per\s+hour|an\s+hour|hourly|/\s*heure|"
            r"de\s+l['’]heure|l['’]heure|par\s+heure|taux\s+horaire|horaire",
            re.I,
        ),
    ),
    (
        "week",
        re.compile(
            r"/\s*w(?:ee)?k\b|per\s+week|a\s+week|weekly|par\s+semaine|/\s*sem|hebdomadaire", re.I
        ),
    ),
    (
        "month",
        re.compile(
            r"/\s*mo(?:nth)?\b|per\s+month|a\s+month|monthly|par\s+mois|/\s*mois|mensuel", re.I
        ),
    ),
    (
        "year",
        re.compile(
            r"/\s*y(?:ea)?r\b|per\s+(?:year|annum)|a\s+year|annual(?:ly)?|yearly|p\.?a\.|"
            r"par\s+an(?:née)?|/\s*an\b|annuel(?:le)?(?:ment)?|salary|salaire",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class WageMatch:
    """A pay amount with its period, where it was, and how sure."""

    amount: float
    period: WagePeriod
    start: int
    end: int
    confidence: float


def find_wages(text: str) -> list[WageMatch]:
    """Amounts of pay in text, each with its period (hour, week, biweekly, month, year)."""
    out: list[WageMatch] = []
    try:
        for a in find_amounts(text):
            if not a.currency and not re.search(
                r"(?:rate|wage|salary|salaire|taux|paid|earn)\w*\W{0,12}$",
                text[max(0, a.start - 30) : a.start],
                re.I,
            ):
                continue
            after = text[a.end : a.end + 40]
            before = text[max(0, a.start - 40) : a.start]
            period: WagePeriod | None = None
            conf = 1.0
            for name, pattern in _PERIOD_WORDS:
                m = pattern.search(after)
                if m and (name != "year" or m.group(0).lower() not in ("salary", "salaire")):
                    period = name
                    break
            if period is None:
                before = re.split(r"[.;!?]\s", before)[-1]  # the same sentence only
                best = -1
                for name, pattern in _PERIOD_WORDS:
                    for m in pattern.finditer(before):
                        if m.end() > best:
                            best, period, conf = m.end(), name, 0.9
            if period is None:
                continue
            if period == "hour" and a.value > 500 or period == "year" and a.value < 1000:
                conf *= 0.5
            out.append(WageMatch(a.value, period, a.start, a.end, a.confidence * conf))
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return out
    return out


def parse_wage(text: str) -> tuple[float | None, WagePeriod | None, float]:
    """The first wage in text with its period, or (None, None, 0.0)."""
    found = find_wages(text)
    if not found:
        return None, None, 0.0
    w = found[0]
    return w.amount, w.period, w.confidence


__all__ = ["NUMBER", "find_hours", "find_wages", "parse_hours", "parse_wage"]


# Digits that OCR takes for one another in print (a 5 read as 9 or 6 or 3, a 0 as 8).
_DIGIT_LOOKALIKES: dict[str, str] = {
    "0": "8",
    "3": "58",
    "5": "369",
    "6": "58",
    "8": "036",
    "9": "5",
}
# Confidence of weekly hours repaired to the quarter-hour grammar, or read off it and kept.
REPAIRED_HOURS_CONFIDENCE = 0.6
OFF_GRAMMAR_HOURS_CONFIDENCE = 0.45


def weekly_hours_grammar(value: float, text: str) -> tuple[float, float | None]:
    """Weekly hours as OCR read them, checked against how schedules are written.

    Hours per week are whole, half or quarter hours (40, 37.5, 37.75): a single tenth digit
    other than 0 or 5 ("37,9") is far more likely a misread 5 than a schedule. When exactly one
    look-alike of that digit gives a half hour, that is the value, with lowered confidence (the
    ceiling returned); when none or several do, the value read is kept, with less confidence
    still. Values on the grammar come back unchanged with no ceiling.
    """
    m = re.search(r"(\d+)[.,](\d)(?!\d)", text)
    if m is None or abs(float(f"{m.group(1)}.{m.group(2)}") - value) > 1e-9:
        return value, None
    tenth = m.group(2)
    if tenth in "05":
        return value, None
    fits = {d for d in _DIGIT_LOOKALIKES.get(tenth, "") if d in "05"}
    if len(fits) == 1:
        return float(f"{m.group(1)}.{fits.pop()}"), REPAIRED_HOURS_CONFIDENCE
    return value, OFF_GRAMMAR_HOURS_CONFIDENCE
