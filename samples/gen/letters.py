"""Employment reference letters in four layouts: labelled table, prose, memo and French.

Every builder prints only the fields present in the field dict it is given, so a case can omit
an element (phone, salary, signature...) simply by leaving the field out.
"""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from .common import d_fr, d_long, draw_signature, money_en, money_fr, num_fr

PAGE_BOTTOM = 740


def _contact_line(f: dict[str, Any], sep: str = "  |  ", fr: bool = False) -> str:
    parts = []
    if "employer_phone" in f:
        parts.append(("Tél. : " if fr else "Tel: ") + f["employer_phone"])
    if "employer_email" in f:
        parts.append(("Courriel : " if fr else "Email: ") + f["employer_email"])
    return sep.join(parts)


def _wage_en(f: dict[str, Any], cents: bool) -> str:
    per = {
        "year": "per year",
        "hour": "per hour",
        "month": "per month",
        "week": "per week",
        "biweekly": "biweekly",
    }[f["wage_period"]]
    return f"{money_en(f['wage_amount'], cents)} {per}"


def _hours(h: float) -> str:
    return f"{h:g}"


def _ensure(pdf: FPDF, need: float, header: str) -> None:
    if pdf.get_y() + need > PAGE_BOTTOM:
        pdf.add_page()
        pdf.set_font_size(8)
        pdf.cell(0, 12, header, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)


def _signature_block(
    pdf: FPDF, f: dict[str, Any], font: str, closing: str, caption: str, seed: int
) -> None:
    pdf.set_font(font, "", 11)
    pdf.cell(0, 16, closing, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    if f.get("signed"):
        draw_signature(pdf, pdf.l_margin + 4, y + 4, 130, 34, seed)
    pdf.set_y(y + 42)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 180, pdf.get_y())
    pdf.set_font(font, "I", 8)
    if f.get("signed"):
        pdf.cell(0, 11, caption, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.ln(11)
    pdf.set_font(font, "B", 11)
    if "signatory_name" in f:
        pdf.cell(0, 15, f["signatory_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 11)
    if "signatory_title" in f:
        pdf.cell(0, 15, f["signatory_title"], new_x="LMARGIN", new_y="NEXT")


def letter_table(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """Letterhead band, subject line, then a two-column table of labelled facts and duties."""
    pdf.add_page()
    r, g, b = opt.get("color", (22, 74, 120))
    pdf.set_fill_color(r, g, b)
    pdf.rect(0, 0, pdf.w, 70, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(54, 18)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 24, f["employer_name"])
    pdf.set_xy(54, 44)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 12, f["employer_address"] + "    " + _contact_line(f, "    "))
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(54, 96)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 15, d_long(f["letter_date"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(0, 15, "To Whom It May Concern,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    who = f" - {f['employee_name']}" if "employee_name" in f else ""
    pdf.cell(0, 15, f"Re: Employment Verification{who}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    status = "is currently employed" if f.get("current") else "was employed"
    whom = "the employee named below" if "employee_name" in f else "our former employee"
    pdf.multi_cell(
        0,
        15,
        f"This letter confirms that {whom} {status} by "
        f"{f['employer_name'].rstrip('.')}. The details of the position are as follows:",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    rows = [("Employee name", f["employee_name"])] if "employee_name" in f else []
    rows.append(("Position", f["job_title"]))
    if "noc_code" in f:
        rows.append((opt.get("noc_label", "NOC 2021 code"), f["noc_code"]))
    fmt = opt.get("date_fmt", d_long)
    rows.append((opt.get("start_label", "Start date"), fmt(f["start_date"])))
    if f.get("current"):
        rows.append(("Employment status", opt.get("status", "Full-time, permanent (current)")))
    else:
        rows.append(("End date", opt.get("date_fmt", d_long)(f["end_date"])))
        rows.append(("Employment status", opt.get("status", "Full-time, permanent")))
    rows.append(("Hours per week", _hours(f["hours_per_week"])))
    if "wage_amount" in f:
        label = "Annual salary" if f["wage_period"] == "year" else "Rate of pay"
        rows.append((label, _wage_en(f, True)))
    if "benefits" in f:
        rows.append(("Benefits", f["benefits"]))
    if "work_location" in f:
        rows.append(("Work location", f["work_location"]))
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "", 10)
        pdf.set_x(204)
        pdf.multi_cell(0, 18, value, border=1, new_x="LMARGIN", new_y="NEXT")
        bottom = pdf.get_y()  # a wrapped value makes the row taller: the next row goes below
        pdf.set_fill_color(234, 240, 246)
        pdf.rect(54, y, 150, bottom - y, style="DF")
        pdf.set_xy(54, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(150, 18, label)
        pdf.set_y(max(bottom, y + 18))
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 15, "Main duties and responsibilities:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    split = opt.get("break_after_duty")
    for i, duty in enumerate(f["duties"]):
        if split is not None and i == split:
            pdf.add_page()
            pdf.set_font("Helvetica", "I", 8)
            pdf.cell(
                0,
                12,
                f"{f['employer_name']} - Employment Verification, "
                f"{f['employee_name']} (page 2 of 2)",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(10)
            pdf.set_font("Helvetica", "", 10)
        pdf.set_x(66)
        pdf.multi_cell(0, 14, "- " + duty, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    _ensure(pdf, 160, f["employer_name"])
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(
        0,
        15,
        "Should you require further information, please contact the undersigned.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    _signature_block(pdf, f, "Helvetica", "Sincerely,", "Authorized signature", opt.get("seed", 1))


def letter_prose(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """A right-aligned letterhead and everything in sentences; duties as a numbered list."""
    pdf.add_page()
    font = opt.get("font", "Times")
    pdf.set_font(font, "B", 18)
    pdf.cell(0, 22, f["employer_name"].upper(), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 9)
    pdf.cell(0, 12, f["employer_address"], align="R", new_x="LMARGIN", new_y="NEXT")
    contact = _contact_line(f, " - ")
    if contact:
        pdf.cell(0, 12, contact, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(120, 0, 0)
    pdf.set_line_width(1.5)
    pdf.line(54, pdf.get_y() + 4, pdf.w - 54, pdf.get_y() + 4)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    pdf.ln(24)
    pdf.set_font(font, "", 12)
    pdf.cell(0, 16, d_long(f["letter_date"], ordinal_day=True), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(0, 16, "Dear Sir or Madam,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    name, pron = f["employee_name"], opt.get("pronoun", "she")
    poss = {"she": "her", "he": "his", "they": "their"}[pron]
    title = f["job_title"]
    art = "an" if title[0].lower() in "aeiou" else "a"
    noc = f" (NOC {opt.get('noc_label', '')}{f['noc_code']})" if "noc_code" in f else ""
    since = d_long(f["start_date"], ordinal_day=True)
    if "engaged" in opt:  # e.g. volunteer work: "volunteered with us from ... to ..."
        s1 = (
            f"This is to certify that {name} {opt['engaged']} from {since} to "
            f"{d_long(f['end_date'], ordinal_day=True)} as {art} {title}{noc}, working "
            f"{_hours(f['hours_per_week'])} hours per week"
        )
    elif f.get("current"):
        s1 = (
            f"This is to certify that {name} has been employed with us since {since} as "
            f"{art} {title}{noc}, working {_hours(f['hours_per_week'])} hours per week"
        )
    else:
        s1 = (
            f"This is to certify that {name} was employed with us from {since} to "
            f"{d_long(f['end_date'], ordinal_day=True)} as {art} {title}{noc}, working "
            f"{_hours(f['hours_per_week'])} hours per week"
        )
    if "wage_amount" in f:
        if f["wage_period"] == "year":
            s1 += f" at an annual salary of {money_en(f['wage_amount'], False)}"
        else:
            s1 += f" at a rate of {_wage_en(f, True)}"
        if "benefits" in f:
            s1 += f" plus benefits ({f['benefits']})"
    s1 += "."
    if "extra" in opt:
        s1 += " " + opt["extra"]
    if "work_location" in f:
        s1 += f" {name.split()[0]} works at our {f['work_location']} location."
    if f.get("current"):
        s1 += f" {pron.capitalize()} remains a permanent {opt.get('status', 'full-time')} employee."
    pdf.multi_cell(0, 17, s1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.multi_cell(
        0, 17, f"In this role, {poss} main duties include:", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    for i, duty in enumerate(f["duties"], 1):
        pdf.set_x(72)
        pdf.multi_cell(0, 16, f"{i}. {duty}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.multi_cell(
        0,
        17,
        "We have been very satisfied with the quality of the work "
        "performed. Please do not hesitate to contact us should you need to verify "
        "this information.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(12)
    _signature_block(pdf, f, font, "Yours truly,", "Signature", opt.get("seed", 2))


def letter_memo(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """A left sidebar letterhead and "Label: value" lines with different wordings."""
    pdf.add_page()
    pdf.set_fill_color(*opt.get("color", (236, 110, 40)))
    pdf.rect(0, 0, 18, pdf.h, style="F")
    pdf.set_xy(54, 40)
    pdf.set_font("DejaVuCond", "B", 16)
    pdf.cell(0, 20, f["employer_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuCond", "", 9)
    pdf.cell(0, 12, f["employer_address"], new_x="LMARGIN", new_y="NEXT")
    contact = _contact_line(f, "   ")
    if contact:
        pdf.cell(0, 12, contact, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(22)
    pdf.set_font("DejaVuCond", "B", 14)
    pdf.cell(0, 18, "EMPLOYMENT CONFIRMATION", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuCond", "", 10)
    pdf.cell(0, 14, f"Issued on {f['letter_date'].isoformat()}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVuCond", "", 11)
    pdf.multi_cell(
        0,
        15,
        "We confirm the employment of the following person with our organization:",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    rows = [
        ("Employee", f["employee_name"]),
        (opt.get("start_label", "Employed since"), f["start_date"].isoformat()),
    ]
    if f.get("current"):
        rows.append(("Status", "Active employee, " + opt.get("status", "full-time")))
    else:
        rows.append(("Last day of employment", f["end_date"].isoformat()))
    rows.append(("Job title", f["job_title"]))
    if "noc_code" in f:
        rows.append(("NOC", f["noc_code"]))
    rows.append(("Weekly hours", _hours(f["hours_per_week"])))
    if "wage_amount" in f:
        rows.append(("Compensation", _wage_en(f, True)))
    if "benefits" in f:
        rows.append(("Benefits", f["benefits"]))
    if "work_location" in f:
        rows.append(("Place of work", f["work_location"]))
    for label, value in rows:
        pdf.set_x(66)
        pdf.set_font("DejaVuCond", "B", 11)
        pdf.cell(150, 17, label + ":")
        pdf.set_font("DejaVuCond", "", 11)
        pdf.multi_cell(0, 17, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVuCond", "B", 11)
    pdf.cell(0, 16, "Responsibilities", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuCond", "", 10.5)
    for i, duty in enumerate(f["duties"]):
        if opt.get("break_after_duty") == i:
            pdf.add_page()
            pdf.set_fill_color(*opt.get("color", (236, 110, 40)))
            pdf.rect(0, 0, 18, pdf.h, style="F")
            pdf.set_font("DejaVuCond", "I", 8)
            pdf.cell(
                0,
                12,
                f"{f['employer_name']} - Employment confirmation for {f['employee_name']} - page 2",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(12)
            pdf.set_font("DejaVuCond", "", 10.5)
        pdf.set_x(66)
        pdf.multi_cell(0, 14, "\u2022 " + duty, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    _ensure(pdf, 150, f["employer_name"])
    _signature_block(
        pdf, f, "DejaVuCond", "Regards,", "Signature of authorized officer", opt.get("seed", 3)
    )


def letter_fr(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """Attestation d'emploi in French, centred letterhead, labelled lines and bullet duties."""
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 17)
    pdf.cell(0, 22, f["employer_name"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 9)
    pdf.cell(0, 12, f["employer_address"], align="C", new_x="LMARGIN", new_y="NEXT")
    contact = _contact_line(f, "   -   ", fr=True)
    if contact:
        pdf.cell(0, 12, contact, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.line(150, pdf.get_y() + 6, pdf.w - 150, pdf.get_y() + 6)
    pdf.ln(26)
    pdf.set_font("DejaVuSerif", "", 11)
    city = opt.get("city", "Montréal")
    pdf.cell(
        0, 15, f"{city}, le {d_fr(f['letter_date'])}", align="R", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(12)
    pdf.set_font("DejaVuSerif", "B", 13)
    pdf.cell(0, 18, "ATTESTATION D'EMPLOI", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVuSerif", "", 11)
    pdf.cell(0, 15, "À qui de droit,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    verb = "est à l'emploi de" if f.get("current") else "a été à l'emploi de"
    pdf.multi_cell(
        0,
        16,
        f"Nous attestons par la présente que {f['employee_name']} {verb} "
        f"{f['employer_name']} selon les conditions suivantes :",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    rows = [("Titre du poste", f["job_title"])]
    if "noc_code" in f:
        rows.append(("Code CNP 2021", f["noc_code"]))
    rows.append(("Date d'entrée en fonction", d_fr(f["start_date"])))
    if f.get("current"):
        rows.append(("Statut", opt.get("status", "Permanent, temps plein (en poste)")))
    else:
        rows.append(("Date de fin d'emploi", d_fr(f["end_date"])))
    rows.append(("Heures par semaine", num_fr(f["hours_per_week"])))
    if "wage_amount" in f:
        lab = "Salaire annuel" if f["wage_period"] == "year" else "Taux horaire"
        rows.append((lab, money_fr(f["wage_amount"], f["wage_period"] != "year")))
    if "benefits" in f:
        rows.append(("Avantages sociaux", f["benefits"]))
    if "work_location" in f:
        rows.append(("Lieu de travail", f["work_location"]))
    for label, value in rows:
        pdf.set_x(70)
        pdf.set_font("DejaVuSerif", "B", 10.5)
        pdf.cell(170, 16, label + " :")
        pdf.set_font("DejaVuSerif", "", 10.5)
        pdf.multi_cell(0, 16, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVuSerif", "B", 11)
    pdf.cell(0, 16, "Principales tâches :", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 10.5)
    for duty in f["duties"]:
        pdf.set_x(70)
        pdf.multi_cell(0, 14.5, "\u2013 " + duty, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.multi_cell(
        0,
        16,
        "Cette attestation est délivrée à la demande de l'intéressée pour "
        "servir et valoir ce que de droit.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(10)
    _signature_block(
        pdf,
        f,
        "DejaVuSerif",
        "Veuillez agréer nos salutations distinguées,",
        "Signature",
        opt.get("seed", 4),
    )


def letter_plain(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """A short letter typed on plain paper: no letterhead, the company's name and contact
    details only under the signature. Prints only what the field dict holds, in sentences that
    use no wording of an element the letter leaves out."""
    pdf.add_page()
    font = opt.get("font", "DejaVuSerif")
    pdf.set_y(opt.get("top", 190))
    pdf.set_font(font, "", 11)
    pdf.cell(0, 16, d_long(f["letter_date"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(0, 16, "To Whom It May Concern:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    name = f.get("employee_name", "the bearer of this letter")
    since = d_long(f["start_date"])
    if f.get("current"):
        s1 = f"{f['employer_name']} confirms that {name} has been employed with us since {since}."
    else:
        s1 = (
            f"{f['employer_name']} confirms that {name} was employed with us from {since} to "
            f"{d_long(f['end_date'])}."
        )
    if "wage_amount" in f:
        per = {"year": "a year", "month": "a month", "week": "a week"}[f["wage_period"]]
        s1 += f" The salary is {money_en(f['wage_amount'], False)} {per}"
        s1 += f", plus {f['benefits']}." if "benefits" in f else "."
    pdf.multi_cell(0, 17, s1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.multi_cell(
        0,
        17,
        opt.get("closing_text", "Please call or write to us if you need anything else."),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(14)
    pdf.cell(0, 16, "Thank you,", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    if f.get("signed"):
        draw_signature(pdf, pdf.l_margin + 4, y + 4, 120, 32, opt.get("seed", 5))
    pdf.set_y(y + 44)
    for key in ("signatory_name", "signatory_title"):
        if key in f:
            pdf.cell(0, 15, f[key], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 15, f["employer_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 9.5)
    pdf.cell(0, 13, f["employer_address"], new_x="LMARGIN", new_y="NEXT")
    contact = _contact_line(f, "   ")
    if contact:
        pdf.cell(0, 13, contact, new_x="LMARGIN", new_y="NEXT")


LAYOUTS = {
    "table": letter_table,
    "prose": letter_prose,
    "memo": letter_memo,
    "fr": letter_fr,
    "plain": letter_plain,
}
