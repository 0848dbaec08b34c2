"""Reference letters that list several positions (a promotion): as a table, or in sentences.

The letter's fields describe the latest position (CONTRACT.md); `positions` lists every one,
oldest first, each with job_title, noc_code, start_date and end_date (None while current).
"""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from .common import d_long, money_en
from .letters import _contact_line, _hours, _signature_block


def _head(pdf: FPDF, f: dict[str, Any], font: str) -> None:
    pdf.add_page()
    pdf.set_font(font, "B", 17)
    pdf.cell(0, 22, f["employer_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 9)
    pdf.cell(0, 12, f["employer_address"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 12, _contact_line(f, "   "), new_x="LMARGIN", new_y="NEXT")
    pdf.line(54, pdf.get_y() + 4, pdf.w - 54, pdf.get_y() + 4)
    pdf.ln(22)
    pdf.set_font(font, "", 11)
    pdf.cell(0, 15, d_long(f["letter_date"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 15, "To Whom It May Concern,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)


def _tail(pdf: FPDF, f: dict[str, Any], font: str, pron: str) -> None:
    poss = {"she": "her", "he": "his", "they": "their"}[pron]
    pdf.ln(6)
    pdf.multi_cell(
        0, 15, f"In {poss} current role, {poss} main duties include:", new_x="LMARGIN", new_y="NEXT"
    )
    for duty in f["duties"]:
        pdf.set_x(66)
        pdf.multi_cell(0, 15, f"- {duty}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.multi_cell(
        0,
        15,
        "Please contact the undersigned should you need to verify this information.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(10)
    _signature_block(pdf, f, font, "Sincerely,", "Signature", 7)


def letter_promotion_table(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """The positions as rows of a table (title, NOC, start, end), then hours and pay."""
    font = opt.get("font", "Helvetica")
    _head(pdf, f, font)
    pron = opt.get("pronoun", "she")
    status = "is currently employed" if f.get("current") else "was employed"
    pdf.multi_cell(
        0,
        15,
        f"This letter confirms that {f['employee_name']} {status} by {f['employer_name']}. "
        f"{pron.capitalize()} has held the following positions with us:",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    widths = (190, 70, 110, 110)
    pdf.set_font(font, "B", 10)
    for w, head in zip(widths, ("Position", "NOC 2021", "Start date", "End date"), strict=True):
        pdf.cell(w, 16, head, border="B")
    pdf.ln(18)
    pdf.set_font(font, "", 10)
    for p in f["positions"]:
        end = p["end_date"].isoformat() if p["end_date"] else "Present"
        row = (p["job_title"], p["noc_code"], p["start_date"].isoformat(), end)
        for w, cell in zip(widths, row, strict=True):
            pdf.cell(w, 16, cell)
        pdf.ln(16)
    pdf.ln(8)
    pdf.set_font(font, "", 11)
    pdf.multi_cell(
        0,
        15,
        f"{pron.capitalize()} works {_hours(f['hours_per_week'])} hours per week; "
        f"{'her' if pron == 'she' else 'his'} current salary is "
        f"{money_en(f['wage_amount'], False)} per year plus benefits ({f['benefits']}).",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    _tail(pdf, f, font, pron)


def letter_promotion_prose(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """The positions in sentences: hired as one, promoted to the next, "remains in this
    position" (or an end date)."""
    font = opt.get("font", "Times")
    _head(pdf, f, font)
    pron = opt.get("pronoun", "he")
    first, *later = f["positions"]
    text = (
        f"This letter confirms that {f['employee_name']} joined {f['employer_name']} on "
        f"{d_long(first['start_date'])} as a {first['job_title']} (NOC {first['noc_code']})"
    )
    if first["end_date"]:
        text += f" and held that position until {d_long(first['end_date'])}."
    for i, p in enumerate(later):
        text += (
            f" {pron.capitalize()} was promoted to {p['job_title']} (NOC {p['noc_code']}) on "
            f"{d_long(p['start_date'])}"
        )
        if p["end_date"] is None:
            text += " and remains in this position."
        elif i == len(later) - 1:
            text += f" and held it until {d_long(p['end_date'])}, when {pron} left the company."
        else:
            text += f" and held it until {d_long(p['end_date'])}."
    text += (
        f" {pron.capitalize()} worked {_hours(f['hours_per_week'])} hours per week; "
        f"{'his' if pron == 'he' else 'her'} last salary was {money_en(f['wage_amount'], False)} "
        f"per year plus benefits ({f['benefits']})."
    )
    pdf.multi_cell(0, 16, text, new_x="LMARGIN", new_y="NEXT")
    _tail(pdf, f, font, pron)
