"""More layouts per document kind (issue 3: at least three per kind) and the case that shows them.

T4 slips: `cra` (CRA box grid: caption above each box, the box number printed left of the
amount, last and first names in separate boxes), `fr` (French-only table: Case / Renseignement /
Montant, decimal commas) and `summary` (an employer's printed statement: "Label: value" lines and
a Box / Description / Amount table). Permits: `fr` (French label over its English translation,
label column left of the value column, French field order, "Établissement d'enseignement
désigné" and DLI number) and `list` (an English "Label: value" list in a serif font, "Name of
holder", "Issued on", "Expires on", "Designated learning institution").
Fictional people, employers, schools and numbers only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fpdf import FPDF

from .common import MONTHS_EN, d_long, luhn_sin
from .model import Doc

D = dt.date


def _money_fr(x: float) -> str:
    """52 340,00 (a no-break space would do too; a plain space is what the slips print)."""
    whole, cents = f"{x:,.2f}".split(".")
    return whole.replace(",", " ") + "," + cents


_FR_ABBR = [
    "JANV",
    "FÉVR",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOÛT",
    "SEPT",
    "OCT",
    "NOV",
    "DÉC",
]


def _d_bil(d: dt.date) -> str:
    """23 APR/AVR 1998: an English/French month pair, as bilingual federal forms print it."""
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()}/{_FR_ABBR[d.month - 1]} {d.year}"


def _sin_spaced(sin: str) -> str:
    return f"{sin[:3]} {sin[3:6]} {sin[6:]}"


# --------------------------------------------------------------------------------------- T4 slips


def t4_cra(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """CRA's T4 box grid: a caption over each box and the box number left of its amount."""
    pdf.add_page()
    pdf.set_font("DejaVuCond", "", 8)
    pdf.set_xy(54, 48)
    pdf.cell(200, 10, "Canada Revenue Agency")
    pdf.set_xy(54, 58)
    pdf.cell(200, 10, "Agence du revenu du Canada")
    pdf.set_xy(300, 46)
    pdf.set_font("DejaVuCond", "B", 13)
    pdf.cell(258, 16, "T4", align="R")
    pdf.set_xy(300, 62)
    pdf.set_font("DejaVuCond", "", 8)
    pdf.cell(258, 10, "Statement of Remuneration Paid / État de la rémunération payée", align="R")
    # year box
    pdf.set_xy(258, 84)
    pdf.set_font("DejaVuCond", "", 7)
    pdf.cell(80, 10, "Year / Année", border="LTR", align="C")
    pdf.set_xy(258, 94)
    pdf.set_font("DejaVuCond", "B", 13)
    pdf.cell(80, 20, str(f["tax_year"]), border="LBR", align="C")
    # employer block
    pdf.set_xy(54, 84)
    pdf.set_font("DejaVuCond", "", 7)
    pdf.cell(190, 10, "Employer's name - Nom de l'employeur", border="LTR")
    pdf.set_xy(54, 94)
    pdf.set_font("DejaVuCond", "B", 10)
    pdf.multi_cell(190, 13, f["employer_name"] + "\n" + opt["employer_address"], border="LBR")
    # small boxes: 54 account number, 10 province, 12 SIN
    small = [
        ("54", "Employer's account number", opt.get("account", "812345678RP0001"), 150),
        ("10", "Province of employment", f["province"], 90),
        ("12", "Social insurance number", _sin_spaced(opt["sin"]), 130),
    ]
    x = 54
    for num, cap, val, w in small:
        pdf.set_xy(x, 150)
        pdf.set_font("DejaVuCond", "", 6.5)
        pdf.cell(w, 10, cap, border="LTR")
        pdf.set_xy(x, 160)
        pdf.set_font("DejaVuCond", "", 7)
        pdf.cell(18, 20, num, border="LB")
        pdf.set_font("Mono", "B", 11)
        pdf.cell(w - 18, 20, val, border="RB")
        x += w + 8
    # amount grid, two columns in CRA's order (14 | 22, 16 | 24, 18 | 26, 44 | 46)
    amounts = [
        ("14", "Employment income", f["employment_income"]),
        ("22", "Income tax deducted", f["income_tax"]),
        ("16", "Employee's CPP contributions", f["cpp"]),
        ("24", "EI insurable earnings", f["employment_income"]),
        ("18", "Employee's EI premiums", f["ei"]),
        ("26", "CPP/QPP pensionable earnings", f["employment_income"]),
        ("44", "Union dues", None),
        ("46", "Charitable donations", None),
    ]
    for i, (num, cap, val) in enumerate(amounts):
        x = 54 + (i % 2) * 252
        y = 200 + (i // 2) * 42
        pdf.set_xy(x, y)
        pdf.set_font("DejaVuCond", "", 6.5)
        pdf.cell(244, 10, cap, border="LTR")
        pdf.set_xy(x, y + 10)
        pdf.set_font("DejaVuCond", "", 7)
        pdf.cell(22, 22, num, border="LB")
        pdf.set_font("Mono", "B", 12)
        pdf.cell(222, 22, "" if val is None else f"{val:,.2f}", border="RB", align="R")
    # employee block: last name and first name in their own boxes, address below
    y = 380
    pdf.set_xy(54, y)
    pdf.set_font("DejaVuCond", "", 7)
    pdf.cell(496, 10, "Employee's name and address - Nom et adresse de l'employé", border="LTR")
    pdf.set_xy(54, y + 12)
    pdf.set_font("DejaVuCond", "", 6.5)
    pdf.cell(
        240, 9, "Last name (in capital letters) - Nom de famille (en lettres moulées)", border="L"
    )
    pdf.cell(160, 9, "First name - Prénom")
    pdf.cell(96, 9, "Initial - Initiale", border="R")
    pdf.set_xy(54, y + 21)
    pdf.set_font("Mono", "B", 11)
    pdf.cell(240, 16, opt["surname"].upper(), border="L")
    pdf.cell(160, 16, opt["given"])
    pdf.cell(96, 16, "", border="R")
    pdf.set_xy(54, y + 37)
    pdf.set_font("Mono", "", 10)
    pdf.multi_cell(496, 13, opt["employee_address"], border="LBR")
    pdf.set_xy(54, 740)
    pdf.set_font("DejaVuCond", "", 6.5)
    pdf.cell(0, 9, "T4 (synthetic sample for software testing)")


def t4_fr(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """A French-only T4 in a serif font: a Case / Renseignement / Montant table."""
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 14)
    pdf.cell(0, 20, "T4 – État de la rémunération payée", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 9)
    pdf.cell(0, 13, f"Année : {f['tax_year']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVuSerif", "", 8)
    pdf.cell(0, 11, "Nom de l'employeur", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "B", 10)
    pdf.multi_cell(
        300, 13, f["employer_name"] + "\n" + opt["employer_address"], new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(8)
    pdf.set_font("DejaVuSerif", "", 8)
    pdf.cell(0, 11, "Nom et adresse de l'employé", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "B", 10)
    pdf.multi_cell(
        300,
        13,
        f"{opt['surname'].upper()}, {opt['given']}\n" + opt["employee_address"],
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(14)
    rows = [
        ("Case", "Renseignement", "Montant ($)", "B"),
        ("10", "Province d'emploi", f["province"], ""),
        ("12", "Numéro d'assurance sociale", _sin_spaced(opt["sin"]), ""),
        ("14", "Revenus d'emploi", _money_fr(f["employment_income"]), ""),
        ("16", "Cotisations de l'employé au RPC", _money_fr(f["cpp"]), ""),
        ("18", "Cotisations de l'employé à l'AE", _money_fr(f["ei"]), ""),
        ("22", "Impôt sur le revenu retenu", _money_fr(f["income_tax"]), ""),
        ("24", "Gains assurables d'AE", _money_fr(f["employment_income"]), ""),
        ("26", "Gains ouvrant droit à pension – RPC", _money_fr(f["employment_income"]), ""),
    ]
    for num, label, val, style in rows:
        pdf.set_font("DejaVuSerif", style, 9.5)
        pdf.cell(60, 18, num, border=1, align="C")
        pdf.cell(280, 18, label, border=1)
        pdf.cell(130, 18, val, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("DejaVuSerif", "I", 7.5)
    pdf.multi_cell(
        470,
        10,
        "Conservez ce feuillet pour vos dossiers. Échantillon synthétique pour essais logiciels.",
    )


def t4_summary(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """An employer's printed T4 statement: letterhead, "Label: value" lines, then a table."""
    pdf.add_page()
    pdf.set_fill_color(*opt.get("color", (30, 80, 60)))
    pdf.rect(0, 0, 612, 8, style="F")
    pdf.set_xy(54, 30)
    pdf.set_font("Times", "B", 15)
    pdf.cell(0, 18, f["employer_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 9)
    pdf.cell(
        0, 12, opt["employer_address"] + "  |  Payroll Services", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(18)
    pdf.set_font("Times", "B", 12)
    pdf.cell(
        0,
        16,
        f"Your {f['tax_year']} T4 slip - Statement of Remuneration Paid",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.set_font("Times", "", 10.5)
    for label, value in (
        ("Employee", opt["given"] + " " + opt["surname"]),
        ("Employer", f["employer_name"]),
        ("Tax year", str(f["tax_year"])),
        ("Province of employment", f["province"]),
        ("Social insurance number", "XXX XXX " + opt["sin"][6:]),
    ):
        pdf.cell(160, 15, label + ":")
        pdf.cell(0, 15, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.multi_cell(
        500,
        14,
        "The amounts below are those reported to the Canada Revenue Agency "
        "on your T4 slip. Keep this statement with your tax records.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    pdf.set_font("Times", "B", 10.5)
    pdf.cell(50, 17, "Box", border="B")
    pdf.cell(260, 17, "Description", border="B")
    pdf.cell(110, 17, "Amount", border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10.5)
    for num, label, val in (
        ("14", "Employment income", f["employment_income"]),
        ("16", "Employee's CPP contributions", f["cpp"]),
        ("18", "Employee's EI premiums", f["ei"]),
        ("22", "Income tax deducted", f["income_tax"]),
    ):
        pdf.cell(50, 17, num)
        pdf.cell(260, 17, label)
        pdf.cell(110, 17, f"${val:,.2f}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Times", "I", 8)
    pdf.cell(0, 10, "Synthetic sample for software testing.")


T4_LAYOUTS = {"cra": t4_cra, "fr": t4_fr, "summary": t4_summary}


def t4_doc(
    layout: str,
    person: dict[str, Any],
    employer: str,
    year: int,
    province: str,
    amounts: dict[str, float],
    **opt: Any,
) -> Doc:
    """A T4 with its ground truth: every field the slip shows."""
    fields = {
        "tax_year": year,
        "employer_name": employer,
        "employee_name": person["name"],
        "employment_income": amounts["income"],
        "cpp": amounts["cpp"],
        "ei": amounts["ei"],
        "income_tax": amounts["tax"],
        "province": province,
        "sin_last3": person["sin"][6:],
    }
    o = {"given": person["given"], "surname": person["surname"], "sin": person["sin"], **opt}
    return Doc("t4", fields, lambda pdf: T4_LAYOUTS[layout](pdf, fields, o))


# ----------------------------------------------------------------------------------------- permits


def permit_fr(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """IMM 1442 F-style: French label over its English translation, value column on the right."""
    pdf.add_page()
    study = opt.get("study", False)
    pdf.set_fill_color(200, 0, 0)
    pdf.rect(54, 40, 10, 14, style="F")
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(70, 40)
    pdf.cell(0, 8, "Immigration, Réfugiés et Citoyenneté Canada")
    pdf.set_xy(70, 48)
    pdf.cell(0, 8, "Immigration, Refugees and Citizenship Canada")
    pdf.set_xy(54, 66)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(
        0, 20, "PERMIS D'ÉTUDES / STUDY PERMIT" if study else "PERMIS DE TRAVAIL / WORK PERMIT"
    )
    rows = [
        ("Numéro de document", "Document number", f["document_number"]),
        ("Nom de famille", "Surname", opt["surname"].upper()),
        ("Prénom(s)", "Given name(s)", opt["given"].upper()),
        ("Date de naissance", "Date of birth", _d_bil(f["date_of_birth"])),
        ("Citoyenneté", "Citizenship", opt.get("citizenship", "")),
        ("Date d'entrée en vigueur", "Effective date", _d_bil(f["valid_from"])),
        ("Date d'expiration", "Expiry date", _d_bil(f["valid_until"])),
    ]
    if study:
        rows += [
            (
                "Établissement d'enseignement désigné",
                "Designated learning institution",
                f["institution"],
            ),
            ("Numéro d'EED", "DLI number", opt["dli"]),
            ("Niveau d'études", "Level of study", opt.get("level", "")),
        ]
    else:
        rows += [
            ("Type de permis", "Type of permit", opt["type_text"]),
            ("Employeur", "Employer", f.get("employer", "OUVERT / OPEN")),
        ]
    rows.append(("IUC", "UCI", opt.get("uci", "1122-3344")))
    y = 100
    for fr, en, value in rows:
        pdf.set_draw_color(160, 160, 160)
        pdf.line(54, y + 26, 558, y + 26)
        pdf.set_xy(54, y + 4)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(220, 10, fr)
        pdf.set_font("Mono", "B", 10)
        pdf.cell(284, 10, value)
        pdf.set_xy(54, y + 14)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.cell(220, 9, en)
        y += 28
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(54, y + 14)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 12, "Conditions :", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Mono", "", 8.5)
    for c in opt.get("conditions", []):
        pdf.multi_cell(500, 11, c, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(54, 740)
    pdf.set_font("DejaVu", "", 6.5)
    pdf.cell(0, 9, "IMM 1442 F (échantillon synthétique pour essais logiciels / synthetic sample)")


def permit_list(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """An English "Label: value" list in a serif font: the client copy of a permit."""
    pdf.add_page()
    study = opt.get("study", False)
    pdf.set_font("DejaVuSerif", "", 9)
    pdf.cell(0, 12, "Immigration, Refugees and Citizenship Canada", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVuSerif", "B", 16)
    pdf.cell(0, 22, "STUDY PERMIT" if study else "WORK PERMIT", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "I", 9)
    pdf.cell(
        0, 12, "Client copy - keep this document with your passport", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(12)
    lines = [
        ("Name of holder", f"{opt['given']} {opt['surname'].upper()}"),
        ("Date of birth", d_long(f["date_of_birth"])),
        ("Permit number", f["document_number"]),
        ("UCI", opt.get("uci", "1122-3344")),
        ("Issued on", d_long(f["valid_from"])),
        ("Expires on", d_long(f["valid_until"])),
    ]
    if study:
        lines += [
            ("Designated learning institution", f["institution"]),
            ("DLI number", opt["dli"]),
            ("Level of study", opt.get("level", "")),
            ("Field of study", opt.get("field", "")),
        ]
    else:
        lines += [("Type of permit", opt["type_text"]), ("Employer", f.get("employer", "OPEN"))]
    for label, value in lines:
        pdf.set_font("DejaVuSerif", "", 10)
        pdf.cell(0, 16, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVuSerif", "B", 10)
    pdf.cell(0, 14, "Conditions", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 9.5)
    for c in opt.get("conditions", []):
        pdf.multi_cell(500, 13, "- " + c, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(54, 740)
    pdf.set_font("DejaVuSerif", "I", 7)
    pdf.cell(0, 9, "IMM 1442 (synthetic sample for software testing)")


PERMIT_LAYOUTS = {"fr": permit_fr, "list": permit_list}


def permit_doc(
    layout: str,
    person: dict[str, Any],
    number: str,
    valid_from: D,
    valid_until: D,
    permit_type: str | None = None,
    institution: str | None = None,
    **opt: Any,
) -> Doc:
    study = institution is not None
    fields: dict[str, Any] = {
        "holder_name": person["name"],
        "date_of_birth": person["dob"],
        "document_number": number,
        "valid_from": valid_from,
        "valid_until": valid_until,
    }
    if permit_type:
        fields["permit_type"] = permit_type
    if institution:
        fields["institution"] = institution
    o = {"given": person["given"], "surname": person["surname"], "study": study, **opt}
    return Doc(
        "study_permit" if study else "work_permit",
        fields,
        lambda pdf: PERMIT_LAYOUTS[layout](pdf, fields, o),
    )


__all__ = ["T4_LAYOUTS", "PERMIT_LAYOUTS", "t4_doc", "permit_doc", "luhn_sin"]
