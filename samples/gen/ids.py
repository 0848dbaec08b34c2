"""Identity and status documents: passport data page (TD3 MRZ), IMM 1442 permits, T4 slip."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from .common import d_passport, money_en, mrz_td3

PASSPORT_SIZE = (360.0, 252.0)  # ~125 x 88 mm data page

PASSPORT_LABELS = {
    # variant: (type, code, number, surname, given, nationality, dob, sex, pob, issue, expiry)
    "en": (
        "Type",
        "Country code",
        "Passport No.",
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
    ),
    "fr": (
        "Type",
        "Code du pays / Country code",
        "N° du passeport / Passport No.",
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "Date de délivrance / Date of issue",
        "Date d'expiration / Date of expiry",
    ),
    "es": (
        "Tipo / Type",
        "Código / Code",
        "Pasaporte N° / Passport No.",
        "Apellidos / Surname",
        "Nombres / Given names",
        "Nacionalidad / Nationality",
        "Fecha de nacimiento / Date of birth",
        "Sexo / Sex",
        "Lugar de nacimiento / Place of birth",
        "Fecha de expedición / Date of issue",
        "Fecha de vencimiento / Date of expiry",
    ),
}


def passport_page(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """A passport data page: photo box, printed fields in a label-over-value grid, 2-line MRZ."""
    pdf.add_page(format=PASSPORT_SIZE)
    variant = opt.get("variant", "en")
    lab = PASSPORT_LABELS[variant]
    bil = variant != "en"
    pdf.set_fill_color(*opt.get("tint", (232, 240, 236)))
    pdf.rect(0, 0, PASSPORT_SIZE[0], PASSPORT_SIZE[1], style="F")
    pdf.set_xy(12, 8)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(336, 12, opt["state_name"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(12, 19)
    pdf.set_font("DejaVu", "", 7)
    pdf.cell(336, 9, opt.get("title", "PASSPORT / PASSEPORT"), align="C")
    # photo placeholder: head and shoulders silhouette
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(14, 36, 84, 108, style="F")
    pdf.set_fill_color(150, 150, 150)
    pdf.ellipse(38, 52, 36, 44, style="F")
    pdf.ellipse(24, 104, 64, 60, style="F")
    pdf.set_fill_color(*opt.get("tint", (232, 240, 236)))
    pdf.rect(14, 144, 84, 30, style="F")
    given, surname = opt["given"], opt["surname"]
    cells = [
        [(lab[0], "P"), (lab[1], opt["country"]), (lab[2], f["passport_number"])],
        [(lab[3], surname.upper())],
        [(lab[4], given.upper())],
        [(lab[5], opt["demonym"])],
        [(lab[6], d_passport(f["date_of_birth"], bil)), (lab[7], opt.get("sex", "F"))],
        [(lab[8], opt["birthplace"])],
        [(lab[9], d_passport(opt["issued"], bil)), (lab[10], d_passport(f["expiry_date"], bil))],
    ]
    if variant == "es":  # another field order
        cells[3], cells[5] = cells[5], cells[3]
    y = 34
    for row in cells:
        x = 106
        width = 242 / len(row) if len(row) < 3 else 80
        for label, value in row:
            pdf.set_xy(x, y)
            pdf.set_font("DejaVu", "", 5)
            pdf.cell(width, 6, label)
            pdf.set_xy(x, y + 6)
            pdf.set_font("DejaVu", "B", 8.5)
            pdf.cell(width, 11, value)
            x += width
        y += 19
    l1, l2 = mrz_td3(
        opt["country"],
        surname,
        given,
        f["passport_number"],
        opt["country"],
        f["date_of_birth"],
        opt.get("sex", "F"),
        f["expiry_date"],
        opt.get("personal", ""),
    )
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(0, 190, PASSPORT_SIZE[0], 62, style="F")
    pdf.set_font("Mono", "", 11.6)
    pdf.set_xy(12, 200)
    pdf.cell(336, 18, l1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(12, 222)
    pdf.cell(336, 18, l2)


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """The text cut into lines that fit a cell `width` wide (cell margins kept) in the current
    font, breaking between words."""
    room = width - 2 * pdf.c_margin
    lines: list[str] = []
    for word in text.split():
        if lines and pdf.get_string_width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def permit_imm1442(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """A work or study permit shaped like IMM 1442: bilingual labelled boxes and conditions."""
    pdf.add_page()
    study = opt.get("study", False)
    variant = opt.get("variant", "a")
    pdf.set_font("Helvetica", "", 8)
    pdf.set_fill_color(200, 0, 0)
    pdf.rect(54, 40, 10, 14, style="F")
    pdf.set_xy(70, 40)
    pdf.cell(0, 8, "Immigration, Refugees and Citizenship Canada", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(70)
    pdf.cell(0, 8, "Immigration, Refugies et Citoyennete Canada")
    pdf.set_xy(54, 64)
    pdf.set_font("Helvetica", "B", 15)
    title = "STUDY PERMIT / PERMIS D'ETUDES" if study else "WORK PERMIT / PERMIS DE TRAVAIL"
    pdf.cell(0, 20, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(
        0,
        11,
        "THIS DOES NOT AUTHORIZE RE-ENTRY / LE PRESENT DOCUMENT NE PERMET PAS LA RENTREE",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if variant == "a":
        from_lab, until_lab = "Date Issued / Date de delivrance", "Expiry Date / Date d'expiration"
    else:
        from_lab, until_lab = "Valid from / Valide a compter du", "Valid until / Valide jusqu'au"
    surname, given = opt["surname"], opt["given"]
    boxes = [
        ("UCI / IUC", opt.get("uci", "1122-3344")),
        ("Document No. / No de document", f["document_number"]),
        ("Family Name / Nom de famille", surname.upper()),
        ("Given Name(s) / Prenom(s)", given.upper()),
        ("Date of Birth / Date de naissance", f["date_of_birth"].isoformat()),
        ("Sex / Sexe", opt.get("sex", "F")),
        ("Country of Birth / Pays de naissance", opt.get("birth_country", "INDIA")),
        ("Citizenship / Citoyennete", opt.get("citizenship", "INDIA")),
        (from_lab, f["valid_from"].isoformat()),
        (until_lab, f["valid_until"].isoformat()),
    ]
    if variant == "b":  # validity first, identity after
        boxes = boxes[:2] + boxes[8:] + boxes[2:8]
    if study:
        boxes.append(("Institution / Etablissement", f["institution"]))
        boxes.append(("Level of study / Niveau d'etudes", opt.get("level", "College diploma")))
    else:
        boxes.append(("Type of permit / Type de permis", opt["type_text"]))
        if "employer" in f:
            boxes.append(("Employer / Employeur", f["employer"]))
            boxes.append(("Occupation / Profession", opt.get("occupation", "")))
        else:
            boxes.append(("Employer / Employeur", "OPEN / OUVERT"))
    y, value_h = 110, 18.0
    for i, (label, value) in enumerate(boxes):
        x = 54 + (i % 2) * 252
        if i % 2 == 0:
            if i:
                y += 16 + value_h
            # A value too long for its box wraps inside it, and the row grows to hold it (a
            # value running on under the next box would be read as part of that box's value);
            # opt run_on keeps one line that may run on beside the next box.
            pdf.set_font("Courier", "B", 11)
            lines = max(len(_wrap(pdf, v, 246)) for _, v in boxes[i : i + 2])
            lines = 1 if opt.get("run_on") else lines
            value_h = 18.0 if lines == 1 else 13.0 * lines + 5
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "", 7)
        pdf.cell(246, 10, label, border="LTR")
        pdf.set_xy(x, y + 10)
        pdf.set_font("Courier", "B", 11)
        if value_h == 18.0:
            pdf.cell(246, 18, value, border="LBR")
        else:
            pdf.rect(x, y + 10, 246, value_h)
            for k, part in enumerate(_wrap(pdf, value, 246)):
                pdf.set_xy(x, y + 12.5 + 13 * k)
                pdf.cell(246, 13, part)
    pdf.set_xy(54, y + 32 + value_h)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 12, "Conditions:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "", 9)
    for c in opt.get("conditions", []):
        pdf.multi_cell(0, 11, c, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 12, "Remarks / Observations:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "", 9)
    pdf.multi_cell(0, 11, opt.get("remarks", "NONE"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(54, 740)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 9, "IMM 1442 (synthetic sample for software testing)")


def t4_slip(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """T4 Statement of Remuneration Paid, with the numbered boxes employers fill in."""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 16, "T4  Statement of Remuneration Paid", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 12, "Etat de la remuneration payee", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(440, 54)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(60, 10, "Year / Annee")
    pdf.set_xy(440, 64)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(70, 20, str(opt["year"]), border=1, align="C")
    pdf.set_xy(54, 96)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(250, 10, "Employer's name / Nom de l'employeur", border="LTR")
    pdf.set_xy(54, 106)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(250, 13, opt["employer_name"] + "\n" + opt["employer_address"], border="LBR")
    amounts = opt["amounts"]
    boxes = [
        ("14", "Employment income", amounts["income"]),
        ("16", "Employee's CPP contributions", amounts["cpp"]),
        ("18", "Employee's EI premiums", amounts["ei"]),
        ("22", "Income tax deducted", amounts["tax"]),
        ("24", "EI insurable earnings", amounts["income"]),
        ("26", "CPP pensionable earnings", amounts["income"]),
    ]
    for i, (num, label, val) in enumerate(boxes):
        x = 320 + (i % 2) * 120
        y = 100 + (i // 2) * 40
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "", 6.5)
        pdf.cell(114, 10, f"{num}  {label}", border="LTR")
        pdf.set_xy(x, y + 10)
        pdf.set_font("Courier", "B", 10)
        pdf.cell(114, 18, f"{val:,.2f}", border="LBR", align="R")
    pdf.set_xy(54, 230)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(120, 10, "12  Social insurance number", border="LTR")
    pdf.cell(10, 10, "")
    pdf.cell(60, 10, "10  Province", border="LTR")
    pdf.set_xy(54, 240)
    pdf.set_font("Courier", "B", 10)
    pdf.cell(120, 18, f"{opt['sin'][:3]} {opt['sin'][3:6]} {opt['sin'][6:]}", border="LBR")
    pdf.cell(10, 18, "")
    pdf.cell(60, 18, opt.get("province", "ON"), border="LBR")
    pdf.set_xy(54, 274)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(250, 10, "Employee's name and address / Nom et adresse de l'employe", border="LTR")
    pdf.set_xy(54, 284)
    pdf.set_font("Courier", "B", 10)
    pdf.multi_cell(
        250, 13, opt["employee_last_first"] + "\n" + opt["employee_address"], border="LBR"
    )
    pdf.set_xy(54, 340)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(
        0,
        9,
        f"Total employment income {money_en(amounts['income'])}. Synthetic sample "
        "for software testing.",
    )


LAYOUTS = {"passport": passport_page, "permit": permit_imm1442, "t4": t4_slip}
