"""Sample cases of the authorization and study timeline (issue 14, situations 1-3): maintained
status, work while a post-graduation work permit application waits (R186(w)), co-op permit
work, an application receipt and a school's completion letter as documents.

Every person, employer, school, address and document number here is fictional.
"""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import D, _cy
from .common import d_fr, d_long, draw_signature, luhn_sin
from .model import Case, Doc, File, Job
from .stubs import series


def _person(name: str, given: str, surname: str, dob: D, country: str, sex: str = "F") -> dict:
    return {
        "name": name,
        "given": given,
        "surname": surname,
        "dob": dob,
        "country": country,
        "sex": sex,
    }


def _letter_fields(p: dict, employer: str, **over: Any) -> dict[str, Any]:
    f: dict[str, Any] = {
        "employee_name": p["name"],
        "employer_name": employer,
        "employer_address": "450 Front Street West, Suite 900, Toronto, ON M5V 1B6",
        "employer_phone": "(416) 555-0190",
        "employer_email": "people@example.example",
        "job_title": "Business Systems Analyst",
        "noc_code": "21221",
        "start_date": D(2025, 6, 2),
        "end_date": None,
        "current": True,
        "hours_per_week": 40.0,
        "wage_amount": 82000.0,
        "wage_period": "year",
        "benefits": "extended health and dental coverage",
        "duties": [
            "Analyse business processes and document system requirements",
            "Design test plans and coordinate user acceptance testing",
            "Configure workflow software and write technical specifications",
            "Advise managers on information systems improvements",
        ],
        "signatory_name": "Laura Chen",
        "signatory_title": "Director, People and Culture",
        "signed": True,
        "letter_date": D(2026, 11, 15),
    }
    f.update(over)
    return f


def _celpip(p: dict, day: D) -> Doc:
    fields = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": day,
        "result_date": day + (D(2026, 1, 8) - D(2026, 1, 1)),
        "listening": 9,
        "reading": 8,
        "writing": 8,
        "speaking": 9,
        "report_number": "CEL-2026-0117-55102",
    }
    return lang(fields, "celpip", celpip_id="CP-00744120")


def _celpip_claim() -> list[dict]:
    return [{"test": "celpip_general", "listening": 9, "reading": 8, "writing": 8, "speaking": 9}]


def _header_ircc(pdf: FPDF) -> None:
    pdf.add_page()
    pdf.set_fill_color(200, 0, 0)
    pdf.rect(54, 42, 10, 14, style="F")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(70, 42)
    pdf.cell(0, 9, "Immigration, Refugees and Citizenship Canada", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(70)
    pdf.cell(0, 9, "Immigration, Réfugiés et Citoyenneté Canada")


def receipt_aor(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """An acknowledgment of receipt of an in-Canada application, as IRCC's online account
    shows it: a labelled summary, then the letter."""
    _header_ircc(pdf)
    pdf.set_xy(54, 84)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 20, "Acknowledgment of Receipt", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    rows = [
        ("Applicant name:", f["applicant_name"]),
        ("Date of birth:", opt["dob"].isoformat()),
        ("UCI:", opt.get("uci", "11-2233-4455")),
        ("Application number:", f["application_number"]),
        ("Application type:", opt["type_text"]),
        ("Date received:", d_long(f["filed_date"])),
    ]
    for label, value in rows:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(150, 16, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 16, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(
        0,
        14,
        "This letter confirms that your application was received. We will review it to make "
        "sure it is complete. If you applied before your permit expired and you stay in "
        "Canada, you may keep working under the conditions of your current permit until we "
        "make a decision. Do not send documents unless we ask for them.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def receipt_imm0127(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """An interim authorization letter (IMM 0127): a letter, with its facts in a small table."""
    _header_ircc(pdf)
    pdf.set_xy(54, 84)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 14, d_long(opt["issued"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 16, "Interim authorization to work (WP-EXT)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(6)
    pdf.cell(0, 14, f"Dear {f['applicant_name']},", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.multi_cell(
        0,
        14,
        f"We received your application to extend your work permit on "
        f"{d_long(f['filed_date'])}, before your work permit expired. While we process it, "
        "you are authorized to continue working in Canada under the same conditions as your "
        "current work permit. Keep this letter with you and show it to your employer.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    for label, value in (
        ("Application number", f["application_number"]),
        ("Employer", opt["employer"]),
    ):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(150, 16, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 16, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.cell(0, 14, "Sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 14, "Case Processing Centre", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(54, 740)
    pdf.set_font("DejaVu", "", 7)
    pdf.cell(0, 9, "IMM 0127 (synthetic sample for software testing)")


def completion_fr(pdf: FPDF, f: dict[str, Any], opt: dict[str, Any]) -> None:
    """A registrar's attestation of completion, in French: letterhead, a sentence, a table."""
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 15)
    pdf.cell(0, 20, f["institution"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 12, "Bureau du registraire", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 12, opt["address"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 14, f"Montréal, le {d_fr(opt['issued'])}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 16, "ATTESTATION DE FIN D'ÉTUDES", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(
        0,
        14,
        f"Nous attestons que {f['student_name']} a terminé tous les cours et exigences du "
        f"programme ci-dessous le {d_fr(f['completion_date'])}, à titre d'étudiante inscrite "
        "à temps plein.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    rows = [
        ("Nom de l'étudiante :", f["student_name"]),
        ("Matricule :", opt["student_id"]),
        ("Programme :", f["program"]),
        ("Date de début :", d_fr(opt["start"])),
        ("Date de fin du programme :", d_fr(f["completion_date"])),
        ("Régime d'études :", "Temps plein"),
    ]
    for label, value in rows:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(170, 16, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 16, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    y = pdf.get_y()
    draw_signature(pdf, 54, y, 120, 26, 1401)
    pdf.set_xy(54, y + 32)
    pdf.cell(0, 14, opt["signatory"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 14, "Registraire", new_x="LMARGIN", new_y="NEXT")


def _doc(kind: str, fields: dict[str, Any], draw: Any, opt: dict[str, Any]) -> Doc:
    return Doc(kind, fields, lambda pdf: draw(pdf, fields, opt))


_STATES = {
    "BRA": ("FEDERATIVE REPUBLIC OF BRAZIL", "BRAZILIAN", "SAO PAULO"),
    "VNM": ("SOCIALIST REPUBLIC OF VIET NAM", "VIETNAMESE", "HA NOI"),
    "IND": ("REPUBLIC OF INDIA", "INDIAN", "PUNE"),
    "GHA": ("REPUBLIC OF GHANA", "GHANAIAN", "KUMASI"),
    "FRA": ("REPUBLIQUE FRANCAISE", "FRANCAISE", "LYON"),
}


def _passport(p: dict, number: str) -> File:
    state, demonym, birthplace = _STATES[p["country"]]
    return File(
        "identity/passport.pdf",
        [
            passport(
                p,
                number,
                D(2031, 4, 2),
                issued=D(2021, 4, 3),
                state_name=state,
                demonym=demonym,
                birthplace=birthplace,
            )
        ],
        D(2026, 10, 1),
    )


def maintained_status_extension() -> Case:
    """Issue 14, situation 1: the PGWP ended 2025-12-31; an extension was filed as a worker on
    2025-12-10; the new permit came 2026-08-01. Maintained status covers the months between."""
    p = _person("Mariana Duarte Silva", "Mariana", "Duarte Silva", D(1995, 2, 14), "BRA")
    emp = "Harbourline Insurance Services Inc."
    lf = _letter_fields(p, emp, wage_amount=62400.0)
    sin = luhn_sin("94736120")
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lf["employer_address"],
        "sin": sin,
    }
    during = series("weekly", 40, 30.00, D(2025, 6, 2), D(2026, 3, 22), 2)
    files = [
        File("work/harbourline-letter.pdf", [letter(lf, "prose", seed=1401)], lf["letter_date"]),
        *[
            File(f"work/pay-{s.fields['pay_date'].isoformat()}.pdf", [s], s.fields["pay_date"])
            for s in pay_stubs(who, "weekly", during)
        ],
        File(
            "status/pgwp.pdf",
            [
                permit(
                    p,
                    "U702118345",
                    D(2023, 1, 1),
                    D(2025, 12, 31),
                    "pgwp",
                    type_text="POST-GRADUATION WORK PERMIT",
                    citizenship="BRAZIL",
                    birth_country="BRAZIL",
                    conditions=["OPEN - POST-GRADUATION WORK PERMIT PROGRAM."],
                )
            ],
            D(2023, 1, 1),
        ),
        File(
            "status/new-work-permit.pdf",
            [
                permit(
                    p,
                    "U918224570",
                    D(2026, 8, 1),
                    D(2028, 7, 31),
                    "open",
                    variant="b",
                    type_text="OPEN WORK PERMIT",
                    citizenship="BRAZIL",
                    birth_country="BRAZIL",
                )
            ],
            D(2026, 8, 1),
        ),
        File("language/celpip.pdf", [_celpip(p, D(2026, 1, 17))], D(2026, 1, 24)),
        _passport(p, "FX482215"),
    ]
    cy = _cy(
        p,
        D(2026, 12, 1),
        "ON",
        [
            {
                "employer": emp,
                "title": lf["job_title"],
                "noc": lf["noc_code"],
                "start": lf["start_date"],
                "end": None,
                "hours_per_week": 40,
            }
        ],
        _celpip_claim(),
    )
    cy["status_history"] = [
        {
            "kind": "work_permit_extension",
            "applied_as": "worker",
            "filed": D(2025, 12, 10),
            "decided": D(2026, 8, 1),
        }
    ]
    return Case(
        "maintained-status-extension",
        cy,
        files,
        "ready",
        [],
        [Job("harbourline", lf["start_date"], lf["letter_date"], 40)],
        notes="PGWP ended 2025-12-31; extension filed as a worker 2025-12-10 (case.yaml\n"
        "status_history); new permit from 2026-08-01. Maintained status (R183(5), R186(u))\n"
        "covers 2026-01-01..2026-07-31: every day counts (~2,280 h). The weekly stubs of\n"
        "March 2026 print a 9-series SIN, valid while status is maintained.",
    )


def pgwp_pending_r186w() -> Case:
    """Issue 14, situation 2: program completed 2024-04-30, study permit printed to 2024-08-31,
    PGWP applied for on 2024-05-15 (decided 2024-09-20): R186(w) covers the wait."""
    p = _person("Thanh Huong Nguyen", "Thanh Huong", "Nguyen", D(1998, 7, 9), "VNM")
    emp = "Birchgate Analytics Ltd."
    lf = _letter_fields(
        p,
        emp,
        employer_address="1200 Portage Avenue, Winnipeg, MB R3G 0T5",
        employer_phone="(204) 555-0117",
        employer_email="hr@birchgate.example",
        job_title="Data Analyst",
        noc_code="21223",
        start_date=D(2024, 5, 21),
        end_date=D(2025, 6, 30),
        current=False,
        hours_per_week=37.5,
        wage_amount=64000.0,
        letter_date=D(2025, 7, 4),
        duties=[
            "Collect and clean sales and operations data",
            "Build dashboards and monthly reports for managers",
            "Apply statistical methods to forecast demand",
            "Document data sources and quality checks",
        ],
    )
    files = [
        File("work/birchgate-letter.pdf", [letter(lf, "table", seed=1402)], lf["letter_date"]),
        File(
            "status/study-permit.pdf",
            [
                permit(
                    p,
                    "F304518826",
                    D(2022, 8, 15),
                    D(2024, 8, 31),
                    "study",
                    institution="Red River Polytechnic",
                    citizenship="VIET NAM",
                    birth_country="VIET NAM",
                    conditions=["MUST REMAIN ENROLLED AT A DLI."],
                )
            ],
            D(2022, 8, 15),
        ),
        File(
            "status/pgwp.pdf",
            [
                permit(
                    p,
                    "U604419930",
                    D(2024, 9, 20),
                    D(2027, 9, 19),
                    "pgwp",
                    type_text="POST-GRADUATION WORK PERMIT",
                    citizenship="VIET NAM",
                    birth_country="VIET NAM",
                    conditions=["OPEN - POST-GRADUATION WORK PERMIT PROGRAM."],
                )
            ],
            D(2024, 9, 20),
        ),
        File("language/celpip.pdf", [_celpip(p, D(2026, 1, 17))], D(2026, 1, 24)),
        _passport(p, "C7712094"),
    ]
    cy = _cy(
        p,
        D(2026, 12, 1),
        "MB",
        [
            {
                "employer": emp,
                "title": lf["job_title"],
                "noc": lf["noc_code"],
                "start": lf["start_date"],
                "end": lf["end_date"],
                "hours_per_week": 37.5,
            }
        ],
        _celpip_claim(),
        [{"institution": "Red River Polytechnic", "start": D(2022, 9, 6), "end": D(2024, 4, 30)}],
    )
    cy["claims"]["study"][0]["full_time"] = True
    cy["status_history"] = [
        {"kind": "pgwp_application", "filed": D(2024, 5, 15), "decided": D(2024, 9, 20)}
    ]
    return Case(
        "pgwp-pending-r186w",
        cy,
        files,
        "ready",
        ["LETTER-AGE-001"],
        [Job("birchgate", lf["start_date"], lf["end_date"], 37.5)],
        notes="Program completed 2024-04-30 (declared); the study permit's printed 2024-08-31\n"
        "is not the study. PGWP applied for on 2024-05-15 while the study permit was valid:\n"
        "R186(w) authorizes full-time work until the PGWP of 2024-09-20 (~1,740 h).",
    )


def coop_permit_work() -> Case:
    """Issue 14, situation 3: work on a co-op work permit is student work, never CEC."""
    p = _person("Arjun Mehta", "Arjun", "Mehta", D(2000, 11, 23), "IND", "M")
    emp = "Northgate Robotics Corp."
    lf = _letter_fields(
        p,
        emp,
        employer_address="88 Wellington Street North, Kitchener, ON N2H 5J9",
        employer_phone="(519) 555-0144",
        employer_email="talent@northgaterobotics.example",
        job_title="Software Developer (co-op)",
        noc_code="21232",
        start_date=D(2023, 12, 4),
        end_date=D(2025, 4, 25),
        current=False,
        hours_per_week=37.5,
        wage_amount=28.0,
        wage_period="hour",
        letter_date=D(2025, 4, 28),
        duties=[
            "Write and test code for robot control software",
            "Fix defects reported by the test team",
            "Write unit tests and take part in code reviews",
            "Document software modules",
        ],
    )
    files = [
        File("work/northgate-letter.pdf", [letter(lf, "memo", seed=1403)], lf["letter_date"]),
        File(
            "status/coop-work-permit.pdf",
            [
                permit(
                    p,
                    "U550183362",
                    D(2023, 9, 1),
                    D(2025, 4, 30),
                    "co_op",
                    type_text="CO-OP WORK PERMIT",
                    citizenship="INDIA",
                    birth_country="INDIA",
                    conditions=[
                        "CO-OP WORK PERMIT. WORK MUST BE AN INTEGRAL PART OF THE PROGRAM OF "
                        "STUDY. NOT VALID AFTER THE STUDY PERMIT EXPIRES."
                    ],
                )
            ],
            D(2023, 9, 1),
        ),
        File("language/celpip.pdf", [_celpip(p, D(2026, 1, 17))], D(2026, 1, 24)),
        _passport(p, "V5521807"),
    ]
    cy = _cy(
        p,
        D(2026, 12, 1),
        "ON",
        [
            {
                "employer": emp,
                "title": lf["job_title"],
                "noc": lf["noc_code"],
                "start": lf["start_date"],
                "end": lf["end_date"],
                "hours_per_week": 37.5,
            }
        ],
        _celpip_claim(),
    )
    return Case(
        "coop-permit-work",
        cy,
        files,
        "not_eligible",
        ["CEC-HOURS-001", "CEC-STUDY-001", "LETTER-AGE-001"],
        [Job("northgate", lf["start_date"], lf["end_date"], 37.5)],
        excluded=[("student work on a co-op work permit", D(2023, 9, 1), D(2025, 4, 30))],
        notes="Every day of the job falls on a co-op work permit: student work never counts\n"
        "for CEC (IRCC Help Centre Q377), so 0 h instead of ~2,180 h.",
    )


def receipt_pending_extension() -> Case:
    """Maintained status shown by a document alone: an employer-specific permit expired
    2026-02-28, and an interim authorization letter (IMM 0127) says the extension was filed
    on 2026-02-10; still pending on the submission date. case.yaml declares nothing."""
    p = _person("Kwame Asante", "Kwame", "Asante", D(1991, 4, 3), "GHA", "M")
    emp = "Prairie Fields Veterinary Hospital Ltd."
    lf = _letter_fields(
        p,
        emp,
        employer_address="2410 Victoria Avenue, Regina, SK S4P 1T6",
        employer_phone="(306) 555-0166",
        employer_email="office@prairiefieldsvet.example",
        job_title="Veterinary Technologist",
        noc_code="32104",
        start_date=D(2024, 3, 4),
        hours_per_week=40.0,
        wage_amount=26.5,
        wage_period="hour",
        letter_date=D(2026, 11, 20),
        work_location="Regina, Saskatchewan",
        duties=[
            "Assist veterinarians during surgery and examinations",
            "Take radiographs and run laboratory tests",
            "Administer medication and vaccines as directed",
            "Monitor animals under anaesthesia and during recovery",
        ],
    )
    sin = luhn_sin("95128830")
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lf["employer_address"],
        "sin": sin,
    }
    recent = series("weekly", 40, 26.50, lf["start_date"], D(2026, 11, 15), 2)
    receipt = {
        "applicant_name": p["name"],
        "application_type": "work_permit_extension",
        "filed_date": D(2026, 2, 10),
        "application_number": "W309917254",
    }
    files = [
        File("work/prairiefields-letter.pdf", [letter(lf, "prose", seed=1404)], lf["letter_date"]),
        *[
            File(f"work/pay-{s.fields['pay_date'].isoformat()}.pdf", [s], s.fields["pay_date"])
            for s in pay_stubs(who, "weekly", recent)
        ],
        File(
            "status/work-permit.pdf",
            [
                permit(
                    p,
                    "U417730026",
                    D(2024, 3, 1),
                    D(2026, 2, 28),
                    "employer_specific",
                    employer=emp.upper(),
                    occupation="VETERINARY TECHNOLOGIST",
                    type_text="EMPLOYER-SPECIFIC WORK PERMIT (LMIA)",
                    citizenship="GHANA",
                    birth_country="GHANA",
                    conditions=[
                        "NOT VALID FOR EMPLOYMENT WITH ANY OTHER EMPLOYER OR IN ANY OTHER "
                        "OCCUPATION. LOCATION: REGINA, SK."
                    ],
                )
            ],
            D(2024, 3, 1),
        ),
        File(
            "status/interim-authorization.pdf",
            [
                _doc(
                    "application_receipt",
                    receipt,
                    receipt_imm0127,
                    {"issued": D(2026, 2, 24), "employer": emp},
                )
            ],
            D(2026, 2, 24),
        ),
        File("language/celpip.pdf", [_celpip(p, D(2026, 1, 17))], D(2026, 1, 24)),
        _passport(p, "G3380471"),
    ]
    cy = _cy(
        p,
        D(2026, 12, 1),
        "SK",
        [
            {
                "employer": emp,
                "title": lf["job_title"],
                "noc": lf["noc_code"],
                "start": lf["start_date"],
                "end": None,
                "hours_per_week": 40,
            }
        ],
        _celpip_claim(),
    )
    return Case(
        "receipt-pending-extension",
        cy,
        files,
        "ready",
        [],
        [Job("prairiefields", lf["start_date"], lf["letter_date"], 40)],
        notes="The employer-specific permit expired 2026-02-28; the IMM 0127 interim\n"
        "authorization letter shows the extension filed 2026-02-10, still pending: maintained\n"
        "status keeps the permit's conditions (this employer) to the submission date, and the\n"
        "stubs' 9-series SIN stays valid.",
    )


def completion_letter_study() -> Case:
    """Full-time study ends on the school's completion date, not on the study permit's: a
    French registrar's attestation (completed 2024-04-30) and a study permit printed to
    2024-12-31; the work, from 2024-05-06 on a spousal open work permit, counts."""
    p = _person("Amélie Tremblay", "Amélie", "Tremblay", D(1997, 5, 28), "FRA")
    emp = "Groupe Conseil Boréal inc."
    lf = _letter_fields(
        p,
        emp,
        employer_address="1250, boulevard René-Lévesque Ouest, Montréal (Québec) H3B 4W8",
        employer_phone="514 555-0133",
        employer_email="rh@groupeboreal.example",
        job_title="Analyste financière",
        noc_code="11101",
        start_date=D(2024, 5, 6),
        end_date=D(2025, 6, 30),
        current=False,
        hours_per_week=37.5,
        wage_amount=68000.0,
        letter_date=D(2026, 10, 2),
        signatory_name="Sylvie Gagnon",
        signatory_title="Directrice des ressources humaines",
        duties=[
            "Analyser les états financiers des clients",
            "Préparer des prévisions et des modèles financiers",
            "Rédiger des rapports de recommandations",
            "Suivre la conformité aux normes comptables",
        ],
    )
    completion = {
        "student_name": p["name"],
        "institution": "Collège Mont-Royal",
        "program": "DEC en techniques de comptabilité et de gestion",
        "completion_date": D(2024, 4, 30),
        "full_time": True,
    }
    files = [
        File("travail/lettre-boreal.pdf", [letter(lf, "fr", seed=1405)], lf["letter_date"]),
        File(
            "statut/permis-etudes.pdf",
            [
                permit(
                    p,
                    "F219904473",
                    D(2021, 8, 20),
                    D(2024, 12, 31),
                    "study",
                    institution="COLLEGE MONT-ROYAL",
                    citizenship="FRANCE",
                    birth_country="FRANCE",
                )
            ],
            D(2021, 8, 20),
        ),
        File(
            "statut/permis-travail-ouvert.pdf",
            [
                permit(
                    p,
                    "U733015248",
                    D(2023, 6, 1),
                    D(2027, 5, 31),
                    "open",
                    variant="b",
                    type_text="OPEN WORK PERMIT / PERMIS DE TRAVAIL OUVERT",
                    citizenship="FRANCE",
                    birth_country="FRANCE",
                    conditions=["SPOUSAL OPEN WORK PERMIT."],
                )
            ],
            D(2023, 6, 1),
        ),
        File(
            "etudes/attestation-fin-etudes.pdf",
            [
                _doc(
                    "completion_letter",
                    completion,
                    completion_fr,
                    {
                        "issued": D(2024, 5, 10),
                        "address": "4200, rue Sherbrooke Est, Montréal (Québec) H1X 1C5",
                        "student_id": "2021-0847",
                        "start": D(2021, 8, 30),
                        "signatory": "Marc-André Pelletier",
                    },
                )
            ],
            D(2024, 5, 10),
        ),
        File("langue/celpip.pdf", [_celpip(p, D(2026, 1, 17))], D(2026, 1, 24)),
        _passport(p, "21AB44719"),
    ]
    cy = _cy(
        p,
        D(2026, 12, 1),
        "ON",
        [
            {
                "employer": emp,
                "title": lf["job_title"],
                "noc": lf["noc_code"],
                "start": lf["start_date"],
                "end": lf["end_date"],
                "hours_per_week": 37.5,
            }
        ],
        _celpip_claim(),
    )
    return Case(
        "completion-letter-study",
        cy,
        files,
        "ready",
        [],
        [Job("boreal", lf["start_date"], lf["end_date"], 37.5)],
        notes="The study permit runs to 2024-12-31, but the registrar's attestation says the\n"
        "program was completed 2024-04-30 (full time): work from 2024-05-06 counts (~1,804 h);\n"
        "taking the permit's dates as the study would leave ~776 h.",
    )


TIMELINE = [
    maintained_status_extension,
    pgwp_pending_r186w,
    coop_permit_work,
    receipt_pending_extension,
    completion_letter_study,
]
