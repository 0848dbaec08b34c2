"""Pay stubs: the arithmetic of a pay series, and four layouts (grid, two-column, weekly, French).

The arithmetic is computed once (gross = hours x rate, net = gross - deductions, YTD = running
sum over the calendar year), so every layout prints numbers that add up.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from fpdf import FPDF

from .common import d_fr, d_long, d_short, money_en, money_fr, num2, num_fr

DEDUCTIONS = {
    "en": [("CPP", 0.0595), ("EI", 0.0164), ("Federal tax", 0.105), ("Provincial tax", 0.045)],
    "qc": [
        ("RRQ", 0.064),
        ("Assurance-emploi", 0.0131),
        ("RQAP", 0.00494),
        ("Impôt fédéral", 0.09),
        ("Impôt du Québec", 0.10),
    ],
}
PER_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24}


@dataclass
class Stub:
    period_start: dt.date
    period_end: dt.date
    pay_date: dt.date
    hours: float
    rate: float
    gross: float
    deductions: list[tuple[str, float, float]] = field(default_factory=list)  # label, cur, ytd
    net: float = 0.0
    ytd_gross: float = 0.0
    ytd_net: float = 0.0


def _periods(
    schedule: str, first_start: dt.date, last_end: dt.date
) -> list[tuple[dt.date, dt.date, dt.date]]:
    out = []
    if schedule in ("weekly", "biweekly"):
        step = 7 if schedule == "weekly" else 14
        s = first_start
        while s + dt.timedelta(days=step - 1) <= last_end:
            e = s + dt.timedelta(days=step - 1)
            out.append((s, e, e + dt.timedelta(days=5)))
            s = e + dt.timedelta(days=1)
    else:
        assert first_start.day in (1, 16)
        s = first_start
        while True:
            if s.day == 1:
                e = s.replace(day=15)
            else:
                e = s.replace(day=calendar.monthrange(s.year, s.month)[1])
            if e > last_end:
                break
            out.append((s, e, e))
            s = e + dt.timedelta(days=1)
    return out


def series(
    schedule: str,
    hours_per_week: float,
    rate: float,
    job_start: dt.date,
    last_end: dt.date,
    count: int,
    scheme: str = "en",
) -> list[Stub]:
    """The last `count` stubs of a job paid from job_start, with YTD running from January."""
    hours = round(hours_per_week * 52 / PER_YEAR[schedule], 2)
    gross = round(hours * rate, 2)
    ppy = PER_YEAR[schedule]
    stubs: list[Stub] = []
    ytd: dict[str, float] = {}
    year = None
    for s, e, pay in _periods(schedule, job_start, last_end):
        if pay.year != year:
            year, ytd = pay.year, {}
        deds = []
        for label, pct in DEDUCTIONS[scheme]:
            base = gross - 3500 / ppy if label in ("CPP", "RRQ") else gross
            amt = round(base * pct, 2)
            ytd[label] = round(ytd.get(label, 0) + amt, 2)
            deds.append((label, amt, ytd[label]))
        net = round(gross - sum(d[1] for d in deds), 2)
        ytd["gross"] = round(ytd.get("gross", 0) + gross, 2)
        ytd["net"] = round(ytd.get("net", 0) + net, 2)
        stubs.append(Stub(s, e, pay, hours, rate, gross, deds, net, ytd["gross"], ytd["net"]))
    assert len(stubs) >= count, "not enough pay periods"
    return stubs[-count:]


def expected_fields(
    st: Stub, who: dict[str, Any], overtime_shown: bool, sin_shown: bool
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "employee_name": who["employee_name"],
        "employer_name": who["employer_name"],
        "period_start": st.period_start,
        "period_end": st.period_end,
        "pay_date": st.pay_date,
        "hours": st.hours,
    }
    if overtime_shown:
        out["overtime_hours"] = 0.0
    out.update({"rate": st.rate, "gross": st.gross, "net": st.net, "ytd_gross": st.ytd_gross})
    if sin_shown:
        out["sin_last3"] = who["sin"][-3:]
    return out


def _mask(sin: str) -> str:
    return f"XXX-XXX-{sin[-3:]}"


def stub_grid(pdf: FPDF, st: Stub, who: dict[str, Any], opt: dict[str, Any]) -> None:
    """Earnings statement: header boxes, then a Description/Hours/Rate/Current/YTD grid."""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 18, who["employer_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 11, who["employer_address"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(380, 54)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(178, 18, "EARNINGS STATEMENT", align="R")
    pdf.set_y(100)
    info = [
        ("Employee", who["employee_name"]),
        ("Employee ID", who.get("emp_id", "E-10234")),
        ("SIN", _mask(who["sin"])),
        ("Pay period", f"{st.period_start.isoformat()} to {st.period_end.isoformat()}"),
        ("Pay date", st.pay_date.isoformat()),
        ("Pay frequency", opt.get("freq", "Biweekly")),
    ]
    for i, (label, value) in enumerate(info):
        x = 54 + (i % 2) * 252
        y = 100 + (i // 2) * 30
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "", 7)
        pdf.cell(246, 10, label.upper(), border="LTR")
        pdf.set_xy(x, y + 10)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(246, 16, value, border="LBR")
    pdf.set_y(200)
    widths = [180, 70, 70, 92, 92]
    pdf.set_fill_color(40, 40, 40)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 9)
    for w, h in zip(widths, ["Description", "Hours", "Rate", "Current", "YTD"], strict=False):
        pdf.cell(w, 18, h, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 9.5)
    ytd_ot = 0.0
    rows = [
        ("Regular", num2(st.hours), num2(st.rate), num2(st.gross), num2(st.ytd_gross)),
        ("Overtime", "0.00", num2(st.rate * 1.5), "0.00", num2(ytd_ot)),
        ("GROSS PAY", "", "", num2(st.gross), num2(st.ytd_gross)),
    ]
    rows += [(lab, "", "", num2(c), num2(y)) for lab, c, y in st.deductions]
    total_d = round(sum(d[1] for d in st.deductions), 2)
    total_y = round(sum(d[2] for d in st.deductions), 2)
    rows += [
        ("TOTAL DEDUCTIONS", "", "", num2(total_d), num2(total_y)),
        ("NET PAY", "", "", num2(st.net), num2(st.ytd_net)),
    ]
    for row in rows:
        bold = row[0].isupper()
        pdf.set_font("Helvetica", "B" if bold else "", 9.5)
        for i, (w, v) in enumerate(zip(widths, row, strict=False)):
            pdf.cell(w, 17, v, border=1, align="L" if i == 0 else "R")
        pdf.ln()
    pdf.ln(14)
    pdf.set_font("Helvetica", "", 8)
    acct = who.get("acct", "4417")
    pdf.cell(
        0,
        11,
        f"Direct deposit: {money_en(st.net)} to account ******{acct}",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def stub_twocol(pdf: FPDF, st: Stub, who: dict[str, Any], opt: dict[str, Any]) -> None:
    """Pay statement with side-by-side EARNINGS and DEDUCTIONS columns; YTD in a footer band."""
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 18, "PAY STATEMENT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(
        0,
        12,
        f"{who['employer_name']}  -  {who['employer_address']}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(12)
    left = [f"Pay to: {who['employee_name']}", f"Social Insurance No.: {_mask(who['sin'])}"]
    right = [
        f"Period: {d_short(st.period_start)} - {d_short(st.period_end)}",
        f"Cheque date: {d_short(st.pay_date)}",
    ]
    for a, b in zip(left, right, strict=False):
        pdf.cell(252, 15, a)
        pdf.cell(0, 15, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    top = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_fill_color(220, 230, 215)
    pdf.cell(246, 18, "EARNINGS", border=1, fill=True)
    pdf.set_x(306)
    pdf.cell(252, 18, "DEDUCTIONS", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_xy(58, top + 24)
    pdf.cell(240, 14, f"Regular  {num2(st.hours)} h @ {money_en(st.rate)}")
    pdf.set_xy(58, top + 40)
    pdf.cell(240, 14, f"Amount: {money_en(st.gross)}")
    y = top + 24
    for lab, cur, _ in st.deductions:
        pdf.set_xy(310, y)
        pdf.cell(150, 14, lab)
        pdf.cell(90, 14, money_en(cur), align="R")
        y += 16
    bottom = max(y, top + 60) + 6
    pdf.rect(54, top + 18, 246, bottom - top - 18)
    pdf.rect(306, top + 18, 252, bottom - top - 18)
    pdf.set_xy(54, bottom + 6)
    pdf.set_font("DejaVu", "B", 10)
    total_d = round(sum(d[1] for d in st.deductions), 2)
    pdf.cell(246, 16, f"Total earnings: {money_en(st.gross)}")
    pdf.set_x(306)
    pdf.cell(252, 16, f"Total deductions: {money_en(total_d)}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 20, f"NET PAY  {money_en(st.net)}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_fill_color(245, 245, 245)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(
        0,
        16,
        f"Year to date:   Gross {money_en(st.ytd_gross)}     Net {money_en(st.ytd_net)}",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0, 14, f"Pay frequency: {opt.get('freq', 'Semi-monthly')}", new_x="LMARGIN", new_y="NEXT"
    )


def stub_weekly(pdf: FPDF, st: Stub, who: dict[str, Any], opt: dict[str, Any]) -> None:
    """A small printed cheque stub in monospace, on a half-letter page."""
    pdf.add_page(format=(612, 396))
    pdf.set_font("Mono", "B", 11)
    pdf.set_xy(36, 30)
    pdf.cell(0, 14, who["employer_name"].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(36)
    pdf.set_font("Mono", "", 8.5)
    pdf.cell(0, 11, who["employer_address"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(36)
    pdf.cell(0, 11, "-" * 92, new_x="LMARGIN", new_y="NEXT")
    lines = [
        f"EMPLOYEE : {who['employee_name']:<32} SIN: {who['sin'][:3]} {who['sin'][3:6]} "
        f"{who['sin'][6:]}",
        f"WEEK ENDING: {st.period_end.strftime('%Y-%m-%d')}   PERIOD: "
        f"{st.period_start.strftime('%Y-%m-%d')} - {st.period_end.strftime('%Y-%m-%d')}",
        f"PAID ON    : {d_long(st.pay_date)}",
        "",
        f"{'EARNINGS':<22}{'HRS':>8}{'RATE':>10}{'AMOUNT':>12}{'YTD':>14}",
        f"{'Regular pay':<22}{num2(st.hours):>8}{num2(st.rate):>10}{num2(st.gross):>12}"
        f"{num2(st.ytd_gross):>14}",
        "",
        f"{'DEDUCTIONS':<40}{'':>12}{'YTD':>14}",
    ]
    lines += [f"{lab:<40}{num2(c):>12}{num2(y):>14}" for lab, c, y in st.deductions]
    lines += ["", f"{'GROSS':<10}{num2(st.gross):>12}   {'NET PAY':<10}{num2(st.net):>12}"]
    for ln in lines:
        pdf.set_x(36)
        pdf.cell(0, 12, ln, new_x="LMARGIN", new_y="NEXT")


def stub_fr(pdf: FPDF, st: Stub, who: dict[str, Any], opt: dict[str, Any]) -> None:
    """Bulletin de paie (Quebec): French labels, decimal commas, RRQ/AE/RQAP deductions."""
    pdf.add_page()
    pdf.set_font("DejaVuCond", "B", 16)
    pdf.cell(0, 20, "BULLETIN DE PAIE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuCond", "B", 11)
    pdf.cell(0, 15, who["employer_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuCond", "", 9)
    pdf.cell(0, 12, who["employer_address"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    info = [
        ("Salarié(e)", who["employee_name"]),
        ("NAS", f"*** *** {who['sin'][-3:]}"),
        ("Période de paie", f"du {d_fr(st.period_start)} au {d_fr(st.period_end)}"),
        ("Date de paiement", d_fr(st.pay_date)),
        ("Fréquence", opt.get("freq", "Aux deux semaines")),
    ]
    for lab, val in info:
        pdf.set_font("DejaVuCond", "B", 10)
        pdf.cell(120, 15, lab + " :")
        pdf.set_font("DejaVuCond", "", 10)
        pdf.cell(0, 15, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    widths = [190, 70, 80, 80, 84]
    pdf.set_font("DejaVuCond", "B", 9.5)
    pdf.set_fill_color(200, 215, 235)
    heads = ["Gains / Retenues", "Heures", "Taux", "Montant", "Cumul annuel"]
    for w, h in zip(widths, heads, strict=True):
        pdf.cell(w, 18, h, border="B", fill=True, align="C")
    pdf.ln()
    pdf.set_font("DejaVuCond", "", 10)
    rows = [
        (
            "Salaire de base",
            num_fr(st.hours),
            money_fr(st.rate),
            money_fr(st.gross),
            money_fr(st.ytd_gross),
        ),
        ("Salaire brut", "", "", money_fr(st.gross), money_fr(st.ytd_gross)),
    ]
    rows += [(lab, "", "", "-" + money_fr(c), money_fr(y)) for lab, c, y in st.deductions]
    rows += [("Salaire net", "", "", money_fr(st.net), money_fr(st.ytd_net))]
    for row in rows:
        pdf.set_font("DejaVuCond", "B" if row[0].startswith("Salaire") else "", 10)
        for i, (w, v) in enumerate(zip(widths, row, strict=False)):
            pdf.cell(w, 17, v, border="B", align="L" if i == 0 else "R")
        pdf.ln()
    pdf.ln(16)
    pdf.set_font("DejaVuCond", "I", 8.5)
    pdf.multi_cell(
        0,
        11,
        "Dépôt direct effectué au compte du salarié. Conservez ce bulletin pour vos dossiers.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


LAYOUTS = {"grid": stub_grid, "twocol": stub_twocol, "weekly": stub_weekly, "fr": stub_fr}
OVERTIME_SHOWN = {"grid": True, "twocol": False, "weekly": False, "fr": False}
