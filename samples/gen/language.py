"""Language test results: IELTS TRF, CELPIP score report, PTE Core, TEF Canada and TCF Canada."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from .common import d_dmy, d_fr, d_long, d_passport


def _box(
    pdf: FPDF,
    x: float,
    y: float,
    w: float,
    label: str,
    value: str,
    font: str = "Helvetica",
    size: float = 11,
) -> None:
    pdf.set_xy(x, y)
    pdf.set_font(font, "", 7)
    pdf.cell(w, 10, label)
    pdf.set_xy(x, y + 10)
    pdf.set_font(font, "B", size)
    pdf.cell(w, 18, value, border=1)


def ielts_trf(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """IELTS Test Report Form: module tick boxes, candidate details, four bands and overall."""
    pdf.add_page()
    pdf.set_draw_color(150, 0, 30)
    pdf.set_line_width(2)
    pdf.rect(36, 36, pdf.w - 72, pdf.h - 72)
    pdf.set_line_width(0.6)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(54, 52)
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(200, 26, "IELTS")
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 26, "Test Report Form", align="R", new_x="LMARGIN", new_y="NEXT")
    academic = f["test"] == "ielts_academic"
    pdf.set_xy(54, 96)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(110, 16, "ACADEMIC")
    pdf.cell(16, 16, "X" if academic else "", border=1, align="C")
    pdf.cell(60, 16, "")
    pdf.cell(150, 16, "GENERAL TRAINING")
    pdf.cell(16, 16, "" if academic else "X", border=1, align="C")
    _box(pdf, 54, 126, 120, "Centre Number", opt.get("centre", "CA512"))
    _box(pdf, 190, 126, 120, "Date", d_dmy(f["test_date"]))
    _box(pdf, 326, 126, 120, "Candidate Number", opt.get("cand_no", "004512"))
    pdf.set_xy(54, 172)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 16, "Candidate Details", new_x="LMARGIN", new_y="NEXT")
    family, first = opt["family"], opt["first"]
    rows = [
        ("Family Name", family.upper()),
        ("First Name(s)", first.upper()),
        ("Candidate ID", opt.get("cand_id", "P7741203")),
        ("Date of Birth", d_dmy(f["date_of_birth"])),
        ("Sex (M/F)", opt.get("sex", "F")),
        ("Country or Region of Origin", opt.get("origin", "INDIA")),
        ("First Language", opt.get("first_lang", "HINDI")),
    ]
    for lab, val in rows:
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(170, 17, lab)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 17, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 16, "Test Results", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 4
    for i, (lab, key) in enumerate(
        [
            ("Listening", "listening"),
            ("Reading", "reading"),
            ("Writing", "writing"),
            ("Speaking", "speaking"),
        ]
    ):
        _box(pdf, 54 + i * 88, y, 76, lab, f"{f[key]:.1f}", size=14)
    _box(pdf, 420, y, 118, "Overall Band Score", f"{f['overall']:.1f}", size=14)
    pdf.set_xy(54, y + 50)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 13, f"CEFR Level: {opt.get('cefr', 'C1')}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.cell(200, 13, "Administrator Comments")
    pdf.ln(40)
    _box(pdf, 54, pdf.get_y(), 150, "Date", d_dmy(f["result_date"]))
    if "report_number" in f:  # a copy without the TRF number strip
        _box(pdf, 230, pdf.get_y() - 10, 200, "Test Report Form Number", f["report_number"])
    pdf.set_xy(54, pdf.h - 90)
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.multi_cell(
        0,
        10,
        "The validity of this IELTS Test Report Form can be verified online "
        "by recognising organisations. Synthetic sample document for software "
        "testing.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def celpip_report(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """CELPIP-General Official Score Report: test taker block, level per component."""
    pdf.add_page()
    pdf.set_fill_color(0, 84, 140)
    pdf.rect(0, 0, pdf.w, 90, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(54, 24)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 24, "CELPIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(54)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 16, "CELPIP-General Test  |  Official Score Report", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(116)
    info = [
        ("Test Taker", f["candidate_name"]),
        ("CELPIP ID", opt.get("celpip_id", "CP-00831762")),
        ("Date of Birth", d_long(f["date_of_birth"])),
        ("Test Date", d_long(f["test_date"])),
        ("Score Release Date", d_long(f["result_date"])),
    ]
    if "report_number" in f:
        info.append(("Registration Number", f["report_number"]))
    for lab, val in info:
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(160, 18, lab)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 18, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(18)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 18, "Test Scores", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_fill_color(230, 238, 245)
    pdf.cell(220, 20, "Component", border=1, fill=True)
    pdf.cell(120, 20, "CELPIP Level", border=1, fill=True, align="C")
    pdf.cell(0, 20, "Descriptor", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    desc = {
        12: "Advanced proficiency",
        11: "Advanced proficiency",
        10: "Highly effective",
        9: "Effective",
        8: "Good",
        7: "Adequate",
        6: "Developing",
        5: "Acquiring",
    }
    pdf.set_font("DejaVu", "", 11)
    for lab in ("Listening", "Reading", "Writing", "Speaking"):
        lvl = f[lab.lower()]
        pdf.cell(220, 22, lab, border=1)
        pdf.set_font("DejaVu", "B", 13)
        pdf.cell(120, 22, str(lvl), border=1, align="C")
        pdf.set_font("DejaVu", "", 11)
        pdf.cell(0, 22, desc.get(lvl, ""), border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(
        0,
        12,
        "CELPIP levels correspond to Canadian Language Benchmark (CLB) levels. "
        "Results are valid for two years from the test date for immigration "
        "purposes. Synthetic sample document for software testing.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def pte_report(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """PTE Core score report: overall score and communicative skills (10-90) as bars."""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.set_text_color(0, 120, 110)
    pdf.cell(0, 30, "PTE Core", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 16, "Score Report", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    info = [
        ("Test Taker ID", opt.get("taker_id", "PTE417730021")),
        ("Registration ID", f["report_number"]),
        ("Name", f["candidate_name"]),
        ("Date of Birth", f["date_of_birth"].isoformat()),
        ("Test Date", f["test_date"].isoformat()),
        ("Report Issue Date", f["result_date"].isoformat()),
    ]
    for i, (lab, val) in enumerate(info):
        x = 54 + (i % 2) * 260
        y = 130 + (i // 2) * 34
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(240, 11, lab)
        pdf.set_xy(x, y + 11)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(240, 15, val)
    pdf.set_xy(54, 250)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(140, 18, "Overall Score")
    pdf.set_font("Helvetica", "B", 28)
    pdf.cell(80, 30, str(f["overall"]), border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 18, "Communicative Skills", new_x="LMARGIN", new_y="NEXT")
    for lab in ("Listening", "Reading", "Speaking", "Writing"):
        v = f[lab.lower()]
        y = pdf.get_y() + 6
        pdf.set_xy(54, y)
        pdf.set_font("Helvetica", "", 11)
        pdf.cell(100, 16, lab)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(40, 16, str(v), align="R")
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(210, y + 3, 300, 10, style="F")
        pdf.set_fill_color(0, 120, 110)
        pdf.rect(210, y + 3, 300 * (v - 10) / 80, 10, style="F")
        pdf.set_y(y + 20)
    pdf.set_xy(210, pdf.get_y())
    pdf.set_font("Helvetica", "", 7)
    for t in range(10, 91, 10):
        pdf.set_xy(210 + 300 * (t - 10) / 80 - 6, pdf.get_y())
        pdf.cell(12, 10, str(t), align="C")
    pdf.set_xy(54, pdf.get_y() + 40)
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(
        0,
        11,
        "Scores range from 10 to 90. Synthetic sample document for software testing.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def tef_attestation(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """TEF Canada attestation de résultats: score /699, CECR level and NCLC per épreuve."""
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 16)
    pdf.cell(0, 22, "Test d'évaluation de français", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "B", 20)
    pdf.cell(0, 26, "TEF Canada", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 12)
    pdf.cell(0, 18, "ATTESTATION DE RÉSULTATS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    info = [
        ("Numéro d'attestation", f["report_number"]),
        ("Nom", opt["family"].upper()),
        ("Prénom", opt["first"]),
        ("Date de naissance", d_fr(f["date_of_birth"])),
        ("Date de la session", d_fr(f["test_date"])),
        ("Date d'édition", d_fr(f["result_date"])),
        ("Centre d'examen", opt.get("centre", "Centre agréé n° 4127")),
    ]
    for lab, val in info:
        pdf.set_font("DejaVuSerif", "", 10)
        pdf.cell(170, 17, lab + " :")
        pdf.set_font("DejaVuSerif", "B", 11)
        pdf.cell(0, 17, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(18)
    widths = [200, 90, 80, 80, 54]
    pdf.set_font("DejaVuSerif", "B", 10)
    for w, h in zip(widths, ["Épreuve", "Score", "Sur", "CECR", "NCLC"], strict=False):
        pdf.cell(w, 20, h, border=1, align="C")
    pdf.ln()
    pdf.set_font("DejaVuSerif", "", 11)
    epreuves = [
        ("Compréhension de l'oral", "listening"),
        ("Compréhension de l'écrit", "reading"),
        ("Expression écrite", "writing"),
        ("Expression orale", "speaking"),
    ]
    for lab, key in epreuves:
        nclc, cecr = opt["nclc"][key]
        values = [lab, str(f[key]), "699", cecr, str(nclc)]
        for i, (w, v) in enumerate(zip(widths, values, strict=True)):
            pdf.cell(w, 20, v, border=1, align="L" if i == 0 else "C")
        pdf.ln()
    pdf.ln(20)
    pdf.set_font("DejaVuSerif", "I", 8.5)
    pdf.multi_cell(
        0,
        12,
        "Les résultats sont valables deux ans à compter de la date de la "
        "session. Document synthétique d'exemple pour essais logiciels.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def tcf_attestation(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """TCF Canada attestation: oral/written comprehension /699, expression /20, NCLC. With
    `title` another version of the TCF (TCF tout public, which IRCC does not accept)."""
    pdf.add_page()
    pdf.set_fill_color(30, 30, 100)
    pdf.rect(54, 50, pdf.w - 108, 54, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(54, 56)
    pdf.set_font("DejaVu", "B", 18)
    title = opt.get("title", "TCF Canada")
    pdf.cell(pdf.w - 108, 24, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(
        0,
        16,
        "Test de connaissance du français  -  Attestation de résultats",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(130)
    info = [
        ("Nom de famille", opt["family"].upper()),
        ("Prénom(s)", opt["first"]),
        ("Né(e) le", d_passport(f["date_of_birth"])),
        ("Numéro d'identification", f["report_number"]),
        ("Date de passation", f["test_date"].strftime("%d/%m/%Y")),
        ("Date d'émission", f["result_date"].strftime("%d/%m/%Y")),
    ]
    for lab, val in info:
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(180, 18, lab)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 18, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("DejaVu", "B", 10)
    heads = ["Épreuve", "Score", "Niveau CECRL", "NCLC"]
    for w, h in zip([230, 110, 110, 54], heads, strict=True):
        pdf.cell(w, 20, h, border="TB", align="C")
    pdf.ln()
    pdf.set_font("DejaVu", "", 11)
    for lab, key, scale in [
        ("Compréhension orale", "listening", 699),
        ("Compréhension écrite", "reading", 699),
        ("Expression écrite", "writing", 20),
        ("Expression orale", "speaking", 20),
    ]:
        nclc, cecr = opt["nclc"][key]
        for i, (w, v) in enumerate(
            zip([230, 110, 110, 54], [lab, f"{f[key]} / {scale}", cecr, str(nclc)], strict=True)
        ):
            pdf.cell(w, 20, v, border="B", align="L" if i == 0 else "C")
        pdf.ln()
    pdf.ln(22)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(
        0,
        12,
        "Attestation valable 2 ans. Document synthétique d'exemple pour essais logiciels.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


LAYOUTS = {
    "ielts": ielts_trf,
    "celpip": celpip_report,
    "pte": pte_report,
    "tef": tef_attestation,
    "tcf": tcf_attestation,
}
