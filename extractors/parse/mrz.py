"""The machine-readable zone of a passport (ICAO 9303 TD3): find it, check digits, read fields."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_WEIGHTS = (7, 3, 1)
_LINE_CHARS = re.compile(r"[^A-Z0-9<]")


def char_value(c: str) -> int:
    """The ICAO value of an MRZ character: digits as is, A=10..Z=35, filler '<' = 0."""
    if c.isdigit():
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - 55
    return 0


def check_digit(data: str) -> int:
    """The ICAO 9303 check digit of a field (weights 7, 3, 1 repeating, modulo 10)."""
    return sum(char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(data)) % 10


def _digit_ok(data: str, check: str) -> bool:
    if check == "<":
        check = "0"
    return check.isdigit() and check_digit(data) == int(check)


def clean_line(raw: str) -> str:
    """An OCR'd MRZ line: upper-case, spaces dropped, look-alikes of '<' turned into '<'."""
    t = raw.upper().replace("«", "<<").replace("‹", "<").replace(" ", "")
    return _LINE_CHARS.sub("<", t)


def _digits(s: str) -> str:
    return s.translate(str.maketrans("OQDIL|SBZ", "001111582"))


@dataclass(frozen=True)
class Mrz:
    """What a TD3 MRZ says, and which of its check digits hold."""

    document_type: str
    issuing_state: str
    surname: str
    given_names: str
    passport_number: str
    nationality: str
    date_of_birth: dt.date | None
    sex: str
    expiry_date: dt.date | None
    checks: dict[str, bool] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return bool(self.checks) and all(self.checks.values())

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_names, self.surname) if p)


def _date(yymmdd: str, birth: bool, expiry: dt.date | None = None) -> dt.date | None:
    if not yymmdd.isdigit() or len(yymmdd) != 6:
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    year = 2000 + yy
    if birth:
        limit = expiry.year if expiry else 2000 + 40
        if year > limit:
            year -= 100
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        return None


def parse_td3(line1: str, line2: str) -> Mrz | None:
    """Read a TD3 MRZ from its two lines (44 characters each, OCR noise tolerated)."""
    try:
        return _parse_td3(clean_line(line1), clean_line(line2))
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return None


def _parse_td3(l1: str, l2: str) -> Mrz | None:
    if len(l1) < 30 or len(l2) < 30 or l1[0] not in "PV":
        return None
    l1 = (l1 + "<" * 44)[:44]
    l2 = (l2 + "<" * 44)[:44]
    names = l1[5:44].strip("<")
    surname, _, given = names.partition("<<")
    surname = surname.replace("<", " ").strip()
    given = re.sub(r"<+", " ", given).strip()
    number = l2[0:9]
    dob_raw, exp_raw = _digits(l2[13:19]), _digits(l2[21:27])
    fix = {
        9: _digits(l2[9]),
        19: _digits(l2[19]),
        27: _digits(l2[27]),
        42: _digits(l2[42]),
        43: _digits(l2[43]),
    }
    checks = {
        "passport_number": _digit_ok(number, fix[9]),
        "date_of_birth": _digit_ok(dob_raw, fix[19]),
        "expiry_date": _digit_ok(exp_raw, fix[27]),
        "personal_number": _digit_ok(l2[28:42], fix[42]) or l2[28:43].strip("<") == "",
    }
    composite = number + fix[9] + dob_raw + fix[19] + exp_raw + fix[27] + l2[28:43]
    checks["composite"] = _digit_ok(composite, fix[43])
    expiry = _date(exp_raw, birth=False)
    return Mrz(
        document_type=l1[0:2].strip("<"),
        issuing_state=l1[2:5].strip("<"),
        surname=surname,
        given_names=given,
        passport_number=number.strip("<"),
        nationality=l2[10:13].strip("<"),
        date_of_birth=_date(dob_raw, birth=True, expiry=expiry),
        sex=l2[20],
        expiry_date=expiry,
        checks=checks,
    )


def find_td3(lines: list[str]) -> tuple[int, Mrz] | None:
    """The index of the first line of a TD3 MRZ among text lines, with its reading."""
    try:
        cleaned = [clean_line(x) for x in lines]
        for i in range(len(cleaned) - 1):
            a, b = cleaned[i], cleaned[i + 1]
            if (
                a.startswith("P")
                and a.count("<") >= 5
                and 38 <= len(a) <= 48
                and 38 <= len(b) <= 48
            ):
                mrz = _parse_td3(a, b)
                if mrz is not None:
                    return i, mrz
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return None
    return None


def build_td3(
    surname: str,
    given: str,
    number: str,
    nationality: str,
    dob: dt.date,
    sex: str,
    expiry: dt.date,
    state: str | None = None,
    personal: str = "",
) -> tuple[str, str]:
    """The two TD3 lines for the given data, with correct check digits (for tests and samples)."""

    def pad(s: str, n: int) -> str:
        return (s + "<" * n)[:n]

    name = surname.upper().replace(" ", "<") + "<<" + given.upper().replace(" ", "<")
    l1 = pad("P<" + pad(state or nationality, 3) + name, 44)
    num = pad(number.upper(), 9)
    d, e = dob.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    pers = pad(personal, 14)
    pers_check = str(check_digit(pers)) if personal else "<"
    body = (
        num
        + str(check_digit(num))
        + pad(nationality, 3)
        + d
        + str(check_digit(d))
        + sex
        + e
        + str(check_digit(e))
        + pers
        + pers_check
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return l1, body + str(check_digit(composite))
