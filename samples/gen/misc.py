"""Documents of no CEC kind that clients put in their folders: a utility bill, a civil-status
record in Spanish."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from .common import d_long, money_en


def utility_bill(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """A hydro bill: account box, billing period, usage table and amount due."""
    pdf.add_page()
    pdf.set_fill_color(0, 102, 68)
    pdf.rect(0, 0, pdf.w, 64, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(54, 20)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 24, opt["utility"])
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(54, 90)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 16, "Your electricity bill", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in (
        opt["customer"],
        *opt["service_address"].split("\n"),
        "",
        f"Account number: {opt['account']}",
        f"Billing period: {d_long(opt['from'])} - {d_long(opt['to'])}",
        f"Bill date: {d_long(opt['bill_date'])}",
    ):
        pdf.cell(0, 14, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    widths = [230, 90, 90, 94]
    pdf.set_font("Helvetica", "B", 9.5)
    for w, h in zip(widths, ["Charge", "Usage (kWh)", "Price", "Amount"], strict=True):
        pdf.cell(w, 18, h, border=1, align="C")
    pdf.ln()
    pdf.set_font("Helvetica", "", 9.5)
    total = 0.0
    for label, kwh, price in opt["lines"]:
        amount = round(kwh * price, 2) if kwh else price
        total += amount
        pdf.cell(widths[0], 17, label, border=1)
        pdf.cell(widths[1], 17, f"{kwh:,}" if kwh else "", border=1, align="R")
        pdf.cell(widths[2], 17, f"{price:.4f}" if kwh else "", border=1, align="R")
        pdf.cell(
            widths[3], 17, money_en(amount), border=1, align="R", new_x="LMARGIN", new_y="NEXT"
        )
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(
        0, 20, f"Amount due: {money_en(round(total, 2))}", align="R", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        14,
        f"Please pay by {d_long(opt['due'])}. Thank you for being our customer.",
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )


MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def acta_nacimiento(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """A Mexican birth certificate (copia certificada del acta de nacimiento), in Spanish."""
    pdf.add_page()
    pdf.set_draw_color(60, 90, 60)
    pdf.set_line_width(1.5)
    pdf.rect(40, 40, pdf.w - 80, pdf.h - 80)
    pdf.set_line_width(0.6)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(54, 60)
    pdf.set_font("DejaVuSerif", "B", 13)
    pdf.cell(0, 18, "ESTADOS UNIDOS MEXICANOS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 11)
    pdf.cell(
        0,
        16,
        "Registro Civil del Estado de " + opt["estado"],
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.set_font("DejaVuSerif", "B", 15)
    pdf.cell(0, 20, "ACTA DE NACIMIENTO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "I", 9)
    pdf.cell(0, 13, "Copia certificada", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    dob = opt["dob"]
    rows = [
        ("Entidad de registro", opt["estado"]),
        ("Municipio de registro", opt["municipio"]),
        ("Número de acta", opt["acta"]),
        ("Datos de la persona registrada", ""),
        ("Nombre(s)", opt["nombres"]),
        ("Primer apellido", opt["apellido1"]),
        ("Segundo apellido", opt["apellido2"]),
        ("Sexo", opt["sexo"]),
        ("Fecha de nacimiento", f"{dob.day} de {MESES[dob.month - 1]} de {dob.year}"),
        ("Lugar de nacimiento", opt["lugar"]),
        ("Datos de los padres", ""),
        ("Nombre de la madre", opt["madre"]),
        ("Nombre del padre", opt["padre"]),
    ]
    for label, value in rows:
        if not value:
            pdf.ln(4)
            pdf.set_font("DejaVuSerif", "B", 10.5)
            pdf.cell(0, 16, label.upper(), new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_x(70)
        pdf.set_font("DejaVuSerif", "", 9.5)
        pdf.cell(170, 16, label)
        pdf.set_font("DejaVuSerif", "B", 10.5)
        pdf.cell(0, 16, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(18)
    pdf.set_font("DejaVuSerif", "", 9.5)
    pdf.multi_cell(
        0,
        13,
        "El suscrito Oficial del Registro Civil certifica que la presente es "
        "copia fiel del acta que obra en los libros de esta oficialía, y se expide "
        "a petición de la persona interesada para los usos legales que le convengan. "
        "Documento sintético de muestra para pruebas de software.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
