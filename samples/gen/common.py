"""Shared helpers: deterministic PDFs, fonts, date/money formats, signatures, SIN and MRZ."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TIME = dt.time(9, 30)
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]

_FONTS = {
    "DejaVu": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"},
    "DejaVuCond": {
        "": "DejaVuSansCondensed.ttf",
        "B": "DejaVuSansCondensed-Bold.ttf",
        "I": "DejaVuSansCondensed-Oblique.ttf",
    },
    "DejaVuSerif": {
        "": "DejaVuSerif.ttf",
        "B": "DejaVuSerif-Bold.ttf",
        "I": "DejaVuSerif-Italic.ttf",
    },
    "Mono": {"": "DejaVuSansMono.ttf", "B": "DejaVuSansMono-Bold.ttf"},
}


def new_pdf(created: dt.date, fmt: str | tuple[float, float] = "Letter") -> FPDF:
    """A blank PDF in points with fixed metadata, so output is byte-identical run to run."""
    pdf = FPDF(unit="pt", format=fmt)
    pdf.set_creation_date(dt.datetime.combine(created, FIXED_TIME, tzinfo=dt.UTC))
    pdf.set_creator("Office document export")
    pdf.set_auto_page_break(False)
    pdf.set_margins(54, 54, 54)
    for family, styles in _FONTS.items():
        for style, file in styles.items():
            pdf.add_font(family, style, str(FONT_DIR / file))
    return pdf


def ordinal(n: int) -> str:
    """1 -> 1st, 2 -> 2nd, 11 -> 11th."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def d_long(d: dt.date, ordinal_day: bool = False) -> str:
    """March 1st, 2024 / March 1, 2024."""
    day = ordinal(d.day) if ordinal_day else str(d.day)
    return f"{MONTHS_EN[d.month - 1]} {day}, {d.year}"


def d_short(d: dt.date) -> str:
    """Mar 1, 2024."""
    return f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"


def d_fr(d: dt.date) -> str:
    """1er mars 2024 / 15 mars 2024."""
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"


def d_dmy(d: dt.date, sep: str = "/") -> str:
    """15/03/2024: only used when the day is above 12, so it cannot be misread."""
    assert d.day > 12, f"ambiguous day/month date {d}"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def d_passport(d: dt.date, bilingual: bool = False) -> str:
    """12 MAR 1994, or 12 MAR/MARS 1994 on bilingual documents."""
    en = MONTHS_EN[d.month - 1][:3].upper()
    if bilingual:
        fr = MONTHS_FR[d.month - 1][:4].upper().rstrip(".").replace("É", "E").replace("Û", "U")
        return f"{d.day:02d} {en}/{fr} {d.year}"
    return f"{d.day:02d} {en} {d.year}"


def money_en(x: float, cents: bool = True) -> str:
    """$78,000.00 / $78,000."""
    return f"${x:,.2f}" if cents else f"${x:,.0f}"


def money_fr(x: float, cents: bool = True) -> str:
    """72 000 $ / 1 384,50 $ (French Canadian grouping with spaces, decimal comma)."""
    s = f"{x:,.2f}" if cents else f"{x:,.0f}"
    return s.replace(",", " ").replace(".", ",") + " $"


def num_fr(x: float) -> str:
    """37,5 / 75,00-style decimal comma."""
    s = f"{x:g}" if x != int(x) else f"{int(x)}"
    return s.replace(".", ",")


def num2(x: float) -> str:
    return f"{x:,.2f}"


def draw_signature(pdf: FPDF, x: float, y: float, w: float, h: float, seed: int) -> None:
    """A handwritten-looking scribble made of vector strokes, inside the box (x, y, w, h)."""
    rng = random.Random(seed)
    pdf.set_draw_color(20, 30, 90)
    pdf.set_line_width(1.1)
    pts = []
    steps = 40
    for i in range(steps + 1):
        t = i / steps
        px = x + t * w * 0.9 + rng.uniform(-2, 2)
        loop = (i % 7) / 7
        py = y + h * (0.5 + 0.4 * ((-1) ** i) * (0.4 + loop * 0.6)) + rng.uniform(-2, 2)
        pts.append((px, py))
    pdf.polyline(pts)
    pdf.line(x + w * 0.05, y + h * 0.95, x + w * 0.8, y + h * 0.85)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)


def luhn_sin(first8: str) -> str:
    """Complete 8 digits into a 9-digit SIN whose last digit satisfies the Luhn check."""
    assert len(first8) == 8 and first8.isdigit()
    for check in range(10):
        digits = [int(c) for c in first8 + str(check)]
        total = 0
        for i, dgt in enumerate(digits):
            if i % 2 == 1:
                dgt *= 2
                if dgt > 9:
                    dgt -= 9
            total += dgt
        if total % 10 == 0:
            return first8 + str(check)
    raise AssertionError("unreachable")


def _mrz_check(s: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * weights[i % 3]
    return str(total % 10)


def _mrz_name(s: str) -> str:
    table = str.maketrans("ÀÂÄÁÉÈÊËÎÏÍÔÖÓÙÛÜÚÇÑ", "AAAAEEEEIIIOOOUUUUCN")
    return s.upper().translate(table).replace("-", "<").replace(" ", "<").replace("'", "")


def mrz_td3(
    country: str,
    surname: str,
    given: str,
    number: str,
    nationality: str,
    dob: dt.date,
    sex: str,
    expiry: dt.date,
    personal: str = "",
) -> tuple[str, str]:
    """The two 44-character lines of a passport (ICAO 9303 TD3) with correct check digits."""
    line1 = f"P<{country}{_mrz_name(surname)}<<{_mrz_name(given)}"
    line1 = (line1 + "<" * 44)[:44]
    num = (number + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    dob_s, exp_s = dob.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    pers_check = _mrz_check(pers) if personal else "<"
    composite = (
        num
        + _mrz_check(num)
        + dob_s
        + _mrz_check(dob_s)
        + exp_s
        + _mrz_check(exp_s)
        + pers
        + pers_check
    )
    line2 = (
        num
        + _mrz_check(num)
        + nationality
        + dob_s
        + _mrz_check(dob_s)
        + sex
        + exp_s
        + _mrz_check(exp_s)
        + pers
        + pers_check
        + _mrz_check(composite)
    )
    assert len(line2) == 44, line2
    return line1, line2
