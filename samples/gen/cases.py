"""The sample cases. Every person, employer, address, phone number and document number here is
fictional (e-mail domains use the reserved .example TLD, phone numbers the 555-01xx range)."""

from __future__ import annotations

import datetime as dt

from .builders import lang, letter, passport, pay_stubs, permit, t4
from .common import luhn_sin
from .model import Case, File, Job
from .stubs import series

D = dt.date

DUTIES_DB = [
    "Design, build and maintain SQL Server and PostgreSQL databases for the analytics platform",
    "Write and tune queries, views and stored procedures used by reporting teams",
    "Model data for new business requirements and document the data dictionary",
    "Monitor database performance, backups and access controls",
    "Support internal clients with data extracts and troubleshoot data quality issues",
]


def _cy(
    person: dict,
    sub: D,
    province: str,
    work: list[dict],
    language: list[dict] | None,
    study: list[dict] | None = None,
) -> dict:
    claims: dict = {"work": work}
    if language:
        claims["language"] = language
    if study:
        claims["study"] = study
    return {
        "client": {"name": person["name"], "date_of_birth": person["dob"]},
        "application": {"submission_date": sub, "intended_province": province},
        "claims": claims,
    }


def eligible_en_digital() -> Case:
    p = {
        "name": "Meera Joshi",
        "given": "Meera",
        "surname": "Joshi",
        "dob": D(1994, 3, 12),
        "country": "IND",
    }
    emp = "Maplecrest Data Labs Inc."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "480 Front Street West, Suite 1200, Toronto, ON M5V 3B6",
        "employer_phone": "(416) 555-0142",
        "employer_email": "hr@maplecrestdatalabs.example",
        "job_title": "Database Analyst",
        "noc_code": "21223",
        "start_date": D(2024, 1, 8),
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 78000.0,
        "wage_period": "year",
        "benefits": "extended health and dental coverage, 4% RRSP matching, three weeks of "
        "paid vacation",
        "duties": DUTIES_DB,
        "signatory_name": "Daniel Okafor",
        "signatory_title": "Director, People Operations",
        "signed": True,
        "letter_date": D(2026, 11, 27),
        "work_location": "Toronto, Ontario",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("04621873"),
        "emp_id": "MDL-0417",
    }
    stubs = series("biweekly", 37.5, 40.00, D(2024, 1, 8), D(2026, 11, 22), 3)
    y2025 = series("biweekly", 37.5, 40.00, D(2024, 1, 8), D(2025, 12, 28), 1)[0]
    ded = {lab: y for lab, _, y in y2025.deductions}
    t4doc = t4(
        year=2025,
        employer_name=emp,
        employer_address=lt["employer_address"],
        sin=who["sin"],
        employee_last_first="JOSHI, MEERA",
        employee_address="88 Grenville Street, Apt 1407\nToronto ON M4Y 0A2",
        amounts={
            "income": y2025.ytd_gross,
            "cpp": ded["CPP"],
            "ei": ded["EI"],
            "tax": round(ded["Federal tax"] + ded["Provincial tax"], 2),
        },
    )
    lang_f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 2, 14),
        "result_date": D(2026, 2, 20),
        "listening": 9,
        "reading": 8,
        "writing": 8,
        "speaking": 9,
        "report_number": "CEL-2026-0214-88317",
    }
    files = [
        File(
            "letters/maplecrest-employment-letter.pdf",
            [letter(lt, "table", seed=11)],
            lt["letter_date"],
        ),
        *[
            File(
                f"paystubs/maplecrest-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who, "grid", stubs, freq="Biweekly")
        ],
        File("paystubs/t4-2025.pdf", [t4doc], D(2026, 2, 20)),
        File("language/celpip-score-report.pdf", [lang(lang_f, "celpip")], D(2026, 2, 20)),
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    "Z4418273",
                    D(2032, 5, 19),
                    state_name="REPUBLIC OF INDIA",
                    demonym="INDIAN",
                    birthplace="PUNE, MAHARASHTRA",
                    issued=D(2022, 5, 20),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "status/work-permit.pdf",
            [
                permit(
                    p,
                    "U301188425",
                    D(2023, 11, 20),
                    D(2027, 11, 19),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="INDIA",
                    birth_country="INDIA",
                    conditions=[
                        "SPOUSE OF SKILLED WORKER - R205(C)(I). NOT VALID FOR "
                        "EMPLOYMENT IN BUSINESSES RELATED TO THE SEX TRADE."
                    ],
                )
            ],
            D(2023, 11, 20),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "ON",
        [
            {
                "employer": emp,
                "title": "Database Analyst",
                "noc": "21223",
                "start": D(2024, 1, 8),
                "end": None,
                "hours_per_week": 37.5,
            }
        ],
        [{"test": "celpip_general", "listening": 9, "reading": 8, "writing": 8, "speaking": 9}],
    )
    return Case(
        "eligible-en-digital",
        cy,
        files,
        "ready",
        [],
        [Job("maplecrest", D(2024, 1, 8), D(2026, 11, 27), 37.5)],
        notes="Clean born-digital English case used by `make demo`.",
    )


def eligible_fr_scanned() -> Case:
    p = {
        "name": "Élodie Marchand",
        "given": "Élodie",
        "surname": "Marchand",
        "dob": D(1992, 10, 27),
        "country": "FRA",
    }
    emp = "Groupe Boréal Ingénierie inc."
    addr = "1250, rue Sainte-Catherine Ouest, bureau 800, Montréal (Québec) H3G 1P1"
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": addr,
        "employer_phone": "514 555-0187",
        "employer_email": "rh@groupeboreal.example",
        "job_title": "Technologue en génie civil",
        "noc_code": "22300",
        "start_date": D(2024, 3, 1),
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 72000.0,
        "wage_period": "year",
        "benefits": "assurance collective, REER collectif avec contribution de l'employeur, "
        "quatre semaines de vacances",
        "duties": [
            "Préparer les plans et devis de projets d'infrastructures municipales",
            "Réaliser les relevés de terrain et les essais de matériaux",
            "Estimer les quantités et les coûts des travaux",
            "Surveiller les chantiers et rédiger les rapports d'inspection",
            "Assurer le suivi de la conformité aux normes et aux devis",
        ],
        "signatory_name": "Julien Tremblay-Ouellet",
        "signatory_title": "Directeur des ressources humaines",
        "signed": True,
        "letter_date": D(2026, 11, 20),
        "work_location": "Montréal (Québec)",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": addr,
        "sin": luhn_sin("92748315"),
    }
    st = series("biweekly", 37.5, 36.92, D(2024, 3, 4), D(2026, 11, 15), 2, scheme="qc")
    s1, s2 = pay_stubs(who, "fr", st)
    lang_f = {
        "test": "tef_canada",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 1, 17),
        "result_date": D(2026, 2, 3),
        "listening": 480,
        "reading": 470,
        "writing": 450,
        "speaking": 500,
        "report_number": "TEF-2026-4127-005831",
    }
    nclc = {
        "listening": (8, "B2"),
        "reading": (8, "B2"),
        "writing": (7, "B2"),
        "speaking": (8, "B2"),
    }
    files = [
        File(
            "lettre-emploi-scan.pdf",
            [letter(lt, "fr", seed=21)],
            lt["letter_date"],
            "scan",
            skews=[1.2],
            seed=201,
        ),
        File("paie/bulletin-2026-11-06.pdf", [s1], s1.fields["pay_date"]),
        File(
            "paie/bulletin-2026-11-20-numerise.pdf",
            [s2],
            s2.fields["pay_date"],
            "scan",
            skews=[-0.8],
            turns=[90],
            seed=202,
        ),
        File(
            "langue/attestation-tef-canada.pdf",
            [lang(lang_f, "tef", family="Marchand", first="Élodie", nclc=nclc)],
            D(2026, 2, 3),
        ),
        File(
            "identite/passeport.pdf",
            [
                passport(
                    p,
                    "19AB48213",
                    D(2031, 4, 5),
                    variant="fr",
                    state_name="RÉPUBLIQUE FRANÇAISE",
                    demonym="FRANÇAISE",
                    birthplace="LYON (69)",
                    issued=D(2021, 4, 6),
                    tint=(236, 230, 244),
                )
            ],
            D(2026, 11, 2),
            "scan",
            skews=[-1.6],
            seed=203,
        ),
        File(
            "statut/permis-de-travail.pdf",
            [
                permit(
                    p,
                    "U917264031",
                    D(2024, 2, 19),
                    D(2027, 2, 18),
                    "employer-specific",
                    employer=emp,
                    variant="b",
                    type_text="EMPLOYER-SPECIFIC / EMPLOYEUR DETERMINE",
                    occupation="22300 - Technologue en genie civil",
                    # The type runs on a few points beside the employer, as printers do
                    # (commit 5be3158: the extractor cuts a value at the next column).
                    run_on=True,
                    citizenship="FRANCE",
                    birth_country="FRANCE",
                    conditions=[
                        "MUST NOT WORK FOR ANY OTHER EMPLOYER THAN SPECIFIED.",
                        "LOCATION: MONTREAL QC",
                    ],
                )
            ],
            D(2024, 2, 19),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 14),
        "NB",
        [
            {
                "employer": emp,
                "title": "Technologue en génie civil",
                "noc": "22300",
                "start": D(2024, 3, 1),
                "end": None,
                "hours_per_week": 37.5,
            }
        ],
        [{"test": "tef_canada", "listening": 480, "reading": 470, "writing": 450, "speaking": 500}],
    )
    return Case(
        "eligible-fr-scanned",
        cy,
        files,
        "ready",
        [],
        [Job("boreal", D(2024, 3, 1), D(2026, 11, 20), 37.5)],
        notes="French documents, scanned; work in Quebec counts, intends to live in NB.",
    )


def short_hours_parttime() -> Case:
    p = {
        "name": "Tomás Rivera",
        "given": "Tomás",
        "surname": "Rivera",
        "dob": D(1997, 8, 23),
        "country": "MEX",
        "sex": "M",
    }
    emp = "Harbourline Outfitters Ltd."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "2150 West 4th Avenue, Vancouver, BC V6K 1N6",
        "employer_phone": "(604) 555-0119",
        "employer_email": "careers@harbourline.example",
        "job_title": "Retail Sales Supervisor",
        "noc_code": "62010",
        "start_date": D(2025, 11, 3),
        "end_date": None,
        "current": True,
        "hours_per_week": 20.0,
        "wage_amount": 24.5,
        "wage_period": "hour",
        "benefits": "staff discount, paid sick days and a health spending account",
        "duties": [
            "Supervise and schedule a team of eight sales associates",
            "Open and close the store and reconcile daily cash and card sales",
            "Train new staff on products, customer service and safety procedures",
            "Handle escalated customer returns and complaints",
            "Monitor inventory levels and prepare weekly reorder lists",
        ],
        "signatory_name": "Rebecca Lindqvist",
        "signatory_title": "Store Manager",
        "signed": True,
        "letter_date": D(2026, 11, 6),
        "work_location": "Kitsilano",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("93106654"),
    }
    st = series("weekly", 20, 24.50, D(2025, 11, 3), D(2026, 11, 1), 2)
    lang_f = {
        "test": "ielts_general_training",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2025, 9, 27),
        "result_date": D(2025, 10, 14),
        "listening": 6.5,
        "reading": 6.0,
        "writing": 6.0,
        "speaking": 6.5,
        "overall": 6.5,
        "report_number": "25CA004512RIVT001G",
    }
    files = [
        File(
            "IMG_20261107_093412.jpg",
            [letter(lt, "prose", seed=31, pronoun="he", status="part-time")],
            lt["letter_date"],
            "photo",
            skews=[-2.0],
            seed=301,
        ),
        *[
            File(
                f"stubs/week-ending-{s.fields['period_end'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who, "weekly", st)
        ],
        File(
            "ielts-trf.pdf",
            [
                lang(
                    lang_f,
                    "ielts",
                    family="Rivera",
                    first="Tomás",
                    sex="M",
                    origin="MEXICO",
                    first_lang="SPANISH",
                    cefr="B2",
                    cand_id="G8812004",
                )
            ],
            D(2025, 10, 14),
        ),
        File(
            "passport-mex.pdf",
            [
                passport(
                    p,
                    "G48817263",
                    D(2030, 7, 14),
                    variant="es",
                    state_name="ESTADOS UNIDOS MEXICANOS",
                    title="PASAPORTE / PASSPORT",
                    demonym="MEXICANA",
                    birthplace="GUADALAJARA, JAL.",
                    issued=D(2024, 7, 15),
                    tint=(232, 238, 226),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "work-permit-iec.pdf",
            [
                permit(
                    p,
                    "U552019374",
                    D(2025, 10, 20),
                    D(2027, 10, 19),
                    "open",
                    variant="b",
                    type_text="OPEN WORK PERMIT",
                    citizenship="MEXICO",
                    birth_country="MEXICO",
                    sex="M",
                    conditions=["INTERNATIONAL EXPERIENCE CANADA - OPEN."],
                )
            ],
            D(2025, 10, 20),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "BC",
        [
            {
                "employer": emp,
                "title": "Retail Sales Supervisor",
                "noc": "62010",
                "start": D(2025, 11, 3),
                "end": None,
                "hours_per_week": 20,
            }
        ],
        [
            {
                "test": "ielts_general_training",
                "listening": 6.5,
                "reading": 6.0,
                "writing": 6.0,
                "speaking": 6.5,
            }
        ],
    )
    return Case(
        "short-hours-parttime",
        cy,
        files,
        "not_eligible",
        ["CEC-HOURS-001"],
        [Job("harbourline", D(2025, 11, 3), D(2026, 11, 6), 20)],
        notes="20 h/week for about one year: far below 1,560 hours.",
    )


def two_jobs_overlap() -> Case:
    p = {
        "name": "Adaeze Okonkwo",
        "given": "Adaeze",
        "surname": "Okonkwo",
        "dob": D(1990, 5, 30),
        "country": "NGA",
    }
    ea, eb = "Lakeshore Logistics Corp.", "Cedargrove Family Dental Clinic"
    la = {
        "employee_name": p["name"],
        "employer_name": ea,
        "employer_address": "3300 Lakeshore Boulevard West, Etobicoke, ON M8W 1N2",
        "employer_phone": "(647) 555-0163",
        "employer_email": "payroll.hr@lakeshorelog.example",
        "job_title": "Payroll Administrator",
        "noc_code": "13102",
        "start_date": D(2025, 12, 1),
        "end_date": None,
        "current": True,
        "hours_per_week": 20.0,
        "wage_amount": 28.0,
        "wage_period": "hour",
        "benefits": "group health and dental plan (prorated)",
        "duties": [
            "Process semi-monthly payroll for 240 hourly and salaried employees",
            "Maintain employee pay, tax and benefit records in the payroll system",
            "Reconcile payroll accounts and prepare remittances to the CRA",
            "Prepare T4 slips and Records of Employment",
            "Answer employee questions about pay and deductions",
        ],
        "signatory_name": "Marcus Delgado",
        "signatory_title": "Human Resources Manager",
        "signed": True,
        "letter_date": D(2026, 11, 6),
        "work_location": "Etobicoke, Ontario",
    }
    lb = {
        "employee_name": p["name"],
        "employer_name": eb,
        "employer_address": "77 Cedargrove Road, Unit 4, Mississauga, ON L5B 3C1",
        "employer_phone": "(905) 555-0128",
        "employer_email": "office@cedargrovedental.example",
        "job_title": "Bookkeeper",
        "noc_code": "12200",
        "start_date": D(2025, 12, 1),
        "end_date": D(2026, 11, 1),
        "current": False,
        "hours_per_week": 20.0,
        "wage_amount": 26.5,
        "wage_period": "hour",
        "benefits": "two weeks of paid vacation",
        "duties": [
            "Record accounts payable and receivable in QuickBooks",
            "Reconcile bank and credit card statements monthly",
            "Prepare HST returns and month-end financial statements",
            "Issue patient and insurer invoices and follow up on overdue accounts",
        ],
        "signatory_name": "Dr. Helen Vasquez",
        "signatory_title": "Practice Owner",
        "signed": True,
        "letter_date": D(2026, 11, 13),
    }
    sin = luhn_sin("92615540")
    wa = {
        "employee_name": p["name"],
        "employer_name": ea,
        "employer_address": la["employer_address"],
        "sin": sin,
    }
    wb = {
        "employee_name": p["name"],
        "employer_name": eb,
        "employer_address": lb["employer_address"],
        "sin": sin,
        "emp_id": "CG-112",
    }
    sa = series("semimonthly", 20, 28.00, D(2025, 12, 1), D(2026, 10, 31), 2)
    sb = series("biweekly", 20, 26.50, D(2025, 12, 1), D(2026, 11, 1), 2)
    lang_f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 3, 21),
        "result_date": D(2026, 3, 27),
        "listening": 7,
        "reading": 7,
        "writing": 7,
        "speaking": 8,
        "report_number": "CEL-2026-0321-40219",
    }
    files = [
        File(
            "documents/letter-lakeshore.pdf",
            [letter(la, "memo", seed=41, status="part-time (20 hours per week)")],
            la["letter_date"],
        ),
        File(
            "documents/letter-cedargrove.pdf",
            [
                letter(
                    lb,
                    "table",
                    seed=42,
                    start_label="Date of hire",
                    color=(40, 110, 80),
                    status="Part-time, permanent",
                )
            ],
            lb["letter_date"],
        ),
        *[
            File(
                f"documents/pay-lakeshore-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(wa, "twocol", sa, freq="Semi-monthly")
        ],
        *[
            File(
                f"documents/pay-cedargrove-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(wb, "grid", sb, freq="Biweekly")
        ],
        File(
            "documents/celpip.pdf",
            [lang(lang_f, "celpip", celpip_id="CP-00911024")],
            D(2026, 3, 27),
        ),
        File(
            "documents/passport.pdf",
            [
                passport(
                    p,
                    "A09384716",
                    D(2029, 8, 3),
                    state_name="FEDERAL REPUBLIC OF NIGERIA",
                    demonym="NIGERIAN",
                    birthplace="ENUGU",
                    issued=D(2019, 8, 4),
                    tint=(226, 240, 228),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "documents/open-work-permit.pdf",
            [
                permit(
                    p,
                    "U640028817",
                    D(2025, 8, 11),
                    D(2027, 8, 10),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="NIGERIA",
                    birth_country="NIGERIA",
                    conditions=[
                        "SPOUSAL OPEN WORK PERMIT. NOT VALID FOR EMPLOYMENT IN "
                        "BUSINESSES RELATED TO THE SEX TRADE."
                    ],
                )
            ],
            D(2025, 8, 11),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 16),
        "ON",
        [
            {
                "employer": ea,
                "title": "Payroll Administrator",
                "noc": "13102",
                "start": D(2025, 12, 1),
                "end": None,
                "hours_per_week": 20,
            },
            {
                "employer": eb,
                "title": "Bookkeeper",
                "noc": "12200",
                "start": D(2025, 12, 1),
                "end": D(2026, 11, 1),
                "hours_per_week": 20,
            },
        ],
        [{"test": "celpip_general", "listening": 7, "reading": 7, "writing": 7, "speaking": 8}],
    )
    return Case(
        "two-jobs-overlap",
        cy,
        files,
        "not_eligible",
        ["CEC-HOURS-001"],
        [
            Job("lakeshore", D(2025, 12, 1), D(2026, 11, 6), 20),
            Job("cedargrove", D(2025, 12, 1), D(2026, 11, 1), 20),
        ],
        notes="Two concurrent 20 h/week jobs: 40 h/week is capped at 30, so ~1,454 h.\n"
        "Capping each job separately (wrong) would give ~1,934 h and pass.",
    )


def ielts_academic_low_clb() -> Case:
    p = {
        "name": "Hyun-woo Park",
        "given": "Hyun-woo",
        "surname": "Park",
        "dob": D(1995, 11, 18),
        "country": "KOR",
        "sex": "M",
    }
    emp = "Tidewater Software Ltd."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "1801 Hollis Street, 14th Floor, Halifax, NS B3J 3N4",
        "employer_phone": "(902) 555-0175",
        "employer_email": "people@tidewatersoft.example",
        "job_title": "Software Developer",
        "noc_code": "21232",
        "start_date": D(2024, 4, 15),
        "end_date": None,
        "current": True,
        "hours_per_week": 40.0,
        "wage_amount": 92000.0,
        "wage_period": "year",
        "benefits": "health, dental and vision coverage, and an annual training allowance",
        "duties": [
            "Design and implement features of the fleet-tracking web application",
            "Write automated unit and integration tests",
            "Review code and mentor two junior developers",
            "Diagnose and fix production defects reported by customers",
            "Take part in sprint planning and estimate development work",
        ],
        "signatory_name": "Siobhan MacLeod",
        "signatory_title": "Engineering Manager",
        "signed": True,
        "letter_date": D(2026, 12, 1),
        "work_location": "Halifax, Nova Scotia",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("91937702"),
    }
    st = series("semimonthly", 40, 44.23, D(2024, 4, 16), D(2026, 11, 30), 2)
    lang_f = {
        "test": "ielts_academic",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 3, 14),
        "result_date": D(2026, 3, 27),
        "listening": 7.5,
        "reading": 7.0,
        "writing": 5.5,
        "speaking": 6.5,
        "overall": 6.5,
        "report_number": "26CA318207PARH002A",
    }
    files = [
        File(
            "employment/tidewater-letter.pdf",
            [letter(lt, "memo", seed=51, start_label="Date of hire", color=(20, 90, 160))],
            lt["letter_date"],
        ),
        *[
            File(
                f"employment/stub-{s.fields['pay_date'].isoformat()}.pdf", [s], s.fields["pay_date"]
            )
            for s in pay_stubs(who, "twocol", st, freq="Semi-monthly")
        ],
        File(
            "language/scan_ielts.pdf",
            [
                lang(
                    lang_f,
                    "ielts",
                    family="Park",
                    first="Hyun-woo",
                    sex="M",
                    origin="KOREA",
                    first_lang="KOREAN",
                    centre="CA318",
                    cand_no="018207",
                    cand_id="M48213957",
                    cefr="B2",
                )
            ],
            D(2026, 3, 27),
            "scan",
            skews=[1.8],
            seed=501,
        ),
        File(
            "id/passport.pdf",
            [
                passport(
                    p,
                    "M48213957",
                    D(2033, 1, 9),
                    state_name="REPUBLIC OF KOREA",
                    demonym="REPUBLIC OF KOREA",
                    birthplace="SEOUL",
                    issued=D(2023, 1, 10),
                    tint=(230, 234, 246),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "id/pgwp.pdf",
            [
                permit(
                    p,
                    "U118420563",
                    D(2024, 3, 25),
                    D(2027, 3, 24),
                    "post-graduation",
                    variant="b",
                    type_text="POST-GRADUATION WORK PERMIT",
                    sex="M",
                    citizenship="KOREA, SOUTH",
                    birth_country="KOREA, SOUTH",
                    conditions=["OPEN - POST-GRADUATION WORK PERMIT PROGRAM."],
                )
            ],
            D(2024, 3, 25),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 17),
        "NS",
        [
            {
                "employer": emp,
                "title": "Software Developer",
                "noc": "21232",
                "start": D(2024, 4, 15),
                "end": None,
                "hours_per_week": 40,
            }
        ],
        None,
    )
    return Case(
        "ielts-academic-low-clb",
        cy,
        files,
        "not_eligible",
        ["LANG-TEST-001", "LANG-CLB-001"],
        [Job("tidewater", D(2024, 4, 15), D(2026, 12, 1), 40)],
        notes="IELTS Academic (not accepted) with Writing 5.5 = CLB 6, below CLB 7 "
        "for a TEER 1 job.",
    )


def photo_mixed_multidoc() -> Case:
    p = {
        "name": "Maria Clara Santos",
        "given": "Maria Clara",
        "surname": "Santos",
        "dob": D(1991, 1, 25),
        "country": "PHL",
    }
    e1, e2 = "Saltmarsh Bistro Ltd.", "Prairie Crown Hospitality Inc."
    l1 = {
        "employee_name": p["name"],
        "employer_name": e1,
        "employer_address": "1020 17th Avenue SW, Calgary, AB T2T 0A5",
        "employer_phone": "(403) 555-0134",
        "employer_email": "manager@saltmarshbistro.example",
        "job_title": "Cook",
        "noc_code": "63200",
        "start_date": D(2023, 10, 2),
        "end_date": D(2024, 9, 29),
        "current": False,
        "hours_per_week": 40.0,
        "wage_amount": 19.0,
        "wage_period": "hour",
        "benefits": "staff meals and 4% vacation pay",
        "duties": [
            "Prepare and cook complete meals and individual dishes on the line",
            "Prepare mise en place for lunch and dinner service",
            "Follow recipes, portion standards and plating guidelines",
            "Clean and sanitize the kitchen, equipment and work areas",
            "Receive deliveries and rotate stock following first-in, first-out",
            "Record fridge and freezer temperatures for the food safety log",
            "Help plan weekly specials with the head chef",
            "Train kitchen helpers on food handling and knife safety",
        ],
        "signatory_name": "Graham Whitcombe",
        "signatory_title": "Owner and Head Chef",
        "signed": True,
        "letter_date": D(2024, 10, 4),
        "work_location": "Calgary, Alberta",
    }
    l2 = {
        "employee_name": p["name"],
        "employer_name": e2,
        "employer_address": "655 Banff Trail NW, Calgary, AB T2M 4N6",
        "employer_phone": "(403) 555-0190",
        "employer_email": "hr@prairiecrown.example",
        "job_title": "Chef",
        "noc_code": "62200",
        "start_date": D(2024, 10, 7),
        "end_date": None,
        "current": True,
        "hours_per_week": 40.0,
        "wage_amount": 59280.0,
        "wage_period": "year",
        "benefits": "health and dental plan after three months",
        "duties": [
            "Plan menus and estimate food and labour costs",
            "Supervise, train and schedule a kitchen brigade of six",
            "Prepare and cook dishes for banquets and the restaurant",
            "Order supplies and manage inventory with suppliers",
            "Enforce food safety and sanitation standards",
        ],
        "signatory_name": "Anita Baptiste",
        "signatory_title": "HR Coordinator",
        "signed": True,
        "letter_date": D(2026, 11, 20),
        "work_location": "Calgary, Alberta",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": e2,
        "employer_address": l2["employer_address"],
        "sin": luhn_sin("95081266"),
    }
    st = series("weekly", 40, 28.50, D(2024, 10, 7), D(2026, 11, 15), 2)
    lang_f = {
        "test": "pte_core",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 4, 18),
        "result_date": D(2026, 4, 20),
        "overall": 70,
        "listening": 72,
        "reading": 65,
        "speaking": 70,
        "writing": 74,
        "report_number": "PTE-RG-558120947",
    }
    multi = [
        letter(l2, "table", seed=62, color=(120, 30, 40), date_fmt=lambda d: d.strftime("%Y-%m-%d"))
    ] + pay_stubs(who, "weekly", st)
    files = [
        File(
            "scans/saltmarsh-reference.tiff",
            [letter(l1, "memo", seed=61, break_after_duty=4, color=(60, 130, 60))],
            l1["letter_date"],
            "scan",
            skews=[0.9, -1.1],
            seed=601,
        ),
        File(
            "scans/prairie-crown-letter-and-stubs.pdf",
            multi,
            D(2026, 11, 20),
            "scan",
            skews=[-0.7, 1.3, 0.4],
            turns=[0, 0, 180],
            seed=602,
        ),
        File(
            "phone/IMG_4471.jpg",
            [lang(lang_f, "pte", taker_id="PTE880214471")],
            D(2026, 4, 20),
            "photo",
            skews=[2.2],
            seed=603,
        ),
        File(
            "phone/IMG_4472.jpg",
            [
                passport(
                    p,
                    "P7718302B",
                    D(2031, 6, 11),
                    state_name="REPUBLIC OF THE PHILIPPINES",
                    title="PASAPORTE / PASSPORT",
                    demonym="FILIPINO",
                    birthplace="CEBU CITY",
                    issued=D(2021, 6, 12),
                    tint=(238, 232, 222),
                )
            ],
            D(2026, 11, 2),
            "photo",
            skews=[-1.4],
            seed=604,
        ),
        File(
            "work_permit.pdf",
            [
                permit(
                    p,
                    "U220347719",
                    D(2023, 9, 11),
                    D(2027, 9, 10),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="PHILIPPINES",
                    birth_country="PHILIPPINES",
                    conditions=[
                        "SPOUSE OF FULL-TIME STUDENT. NOT VALID FOR EMPLOYMENT IN "
                        "BUSINESSES RELATED TO THE SEX TRADE."
                    ],
                )
            ],
            D(2023, 9, 11),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "AB",
        [
            {
                "employer": e1,
                "title": "Cook",
                "noc": "63200",
                "start": D(2023, 10, 2),
                "end": D(2024, 9, 29),
                "hours_per_week": 40,
            },
            {
                "employer": e2,
                "title": "Chef",
                "noc": "62200",
                "start": D(2024, 10, 7),
                "end": None,
                "hours_per_week": 40,
            },
        ],
        [{"test": "pte_core", "listening": 72, "reading": 65, "writing": 74, "speaking": 70}],
    )
    # the ended job's letter (2024-10-04) is older than 180 days: LETTER-AGE-001 is info only
    return Case(
        "photo-mixed-multidoc",
        cy,
        files,
        "ready",
        ["LETTER-AGE-001"],
        [
            Job("saltmarsh", D(2023, 10, 2), D(2024, 9, 29), 40),
            Job("prairie-crown", D(2024, 10, 7), D(2026, 11, 20), 40),
        ],
        notes="Phone photos, a 2-page TIFF letter, and one scanned PDF holding a letter\n"
        "and two pay stubs (the last page upside down). PTE Core.",
    )


def study_overlap_permit_gap() -> Case:
    p = {
        "name": "Wei Ling Chen",
        "given": "Wei Ling",
        "surname": "Chen",
        "dob": D(1999, 6, 21),
        "country": "CHN",
    }
    school = "Northshore College of Applied Arts and Technology"
    e1, e2 = "Bluefin Digital Studio Inc.", "Quillstone Media Group Ltd."
    l1 = {
        "employee_name": p["name"],
        "employer_name": e1,
        "employer_address": "210 King Street East, Hamilton, ON L8N 1B5",
        "employer_phone": "(289) 555-0151",
        "employer_email": "studio@bluefindigital.example",
        "job_title": "Junior Web Developer",
        "noc_code": "21234",
        "start_date": D(2024, 1, 8),
        "end_date": D(2025, 4, 25),
        "current": False,
        "hours_per_week": 20.0,
        "wage_amount": 23.0,
        "wage_period": "hour",
        "benefits": "flexible hours around the academic schedule",
        "duties": [
            "Build responsive web pages from design mock-ups",
            "Fix front-end defects and improve page load times",
            "Maintain content management system templates for clients",
            "Test websites across browsers and devices",
        ],
        "signatory_name": "Farid Haddad",
        "signatory_title": "Studio Director",
        "signed": True,
        "letter_date": D(2025, 4, 25),
    }
    l2 = {
        "employee_name": p["name"],
        "employer_name": e2,
        "employer_address": "95 Queen Street South, Mississauga, ON L5M 1K7",
        "employer_phone": "(905) 555-0172",
        "employer_email": "hr@quillstonemedia.example",
        "job_title": "Web Developer",
        "noc_code": "21234",
        "start_date": D(2025, 5, 5),
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 70200.0,
        "wage_period": "year",
        "benefits": "group benefits and a remote-work allowance",
        "duties": [
            "Develop and maintain the company's publishing websites",
            "Integrate third-party APIs for advertising and analytics",
            "Write automated tests and take part in code reviews",
            "Optimize site performance and accessibility (WCAG 2.1)",
            "Deploy releases through the continuous integration pipeline",
        ],
        "signatory_name": "Natalie Brooks",
        "signatory_title": "Human Resources Business Partner",
        "signed": True,
        "letter_date": D(2026, 11, 27),
        "work_location": "Mississauga, Ontario",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": e2,
        "employer_address": l2["employer_address"],
        "sin": luhn_sin("94420318"),
    }
    st = series("biweekly", 37.5, 36.00, D(2025, 5, 5), D(2026, 11, 22), 2)
    lang_f = {
        "test": "ielts_general_training",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 5, 16),
        "result_date": D(2026, 5, 29),
        "listening": 8.0,
        "reading": 7.0,
        "writing": 7.0,
        "speaking": 7.0,
        "overall": 7.5,
        "report_number": "26CA077130CHEW011G",
    }
    files = [
        File(
            "work/bluefin-letter.pdf",
            [letter(l1, "prose", seed=71, font="DejaVuSerif", pronoun="she", status="part-time")],
            l1["letter_date"],
        ),
        File(
            "work/quillstone-letter.pdf",
            [
                letter(
                    l2,
                    "table",
                    seed=72,
                    start_label="Date of hire",
                    color=(70, 50, 120),
                    date_fmt=lambda d: f"{d:%b} {d.day}, {d.year}",
                )
            ],
            l2["letter_date"],
        ),
        *[
            File(
                f"work/quillstone-pay-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who, "grid", st, freq="Biweekly")
        ],
        File(
            "status/study-permit-scan.pdf",
            [
                permit(
                    p,
                    "F304471882",
                    D(2023, 8, 21),
                    D(2025, 4, 30),
                    "",
                    institution=school,
                    variant="a",
                    citizenship="CHINA",
                    birth_country="CHINA",
                    level="College diploma - Computer Programming",
                    conditions=[
                        "MAY WORK 20 HRS PER WEEK OFF CAMPUS OR FULL-TIME DURING "
                        "REGULARLY SCHEDULED BREAKS IF MEETING CRITERIA."
                    ],
                )
            ],
            D(2023, 8, 21),
            "scan",
            skews=[0.6],
            turns=[180],
            seed=701,
        ),
        File(
            "status/pgwp.pdf",
            [
                permit(
                    p,
                    "U770315246",
                    D(2025, 6, 16),
                    D(2028, 6, 15),
                    "post-graduation",
                    type_text="POST-GRADUATION WORK PERMIT",
                    citizenship="CHINA",
                    birth_country="CHINA",
                    conditions=["OPEN - POST-GRADUATION WORK PERMIT PROGRAM."],
                )
            ],
            D(2025, 6, 16),
        ),
        File(
            "language/ielts.pdf",
            [
                lang(
                    lang_f,
                    "ielts",
                    family="Chen",
                    first="Wei Ling",
                    origin="CHINA",
                    first_lang="CHINESE",
                    centre="CA077",
                    cand_no="013011",
                    cand_id="EJ4471820",
                    cefr="C1",
                )
            ],
            D(2026, 5, 29),
        ),
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    "EJ4471820",
                    D(2034, 2, 27),
                    state_name="PEOPLE'S REPUBLIC OF CHINA",
                    demonym="CHINESE",
                    birthplace="SICHUAN",
                    issued=D(2024, 2, 28),
                    tint=(244, 232, 232),
                )
            ],
            D(2026, 11, 2),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "ON",
        [
            {
                "employer": e1,
                "title": "Junior Web Developer",
                "noc": "21234",
                "start": D(2024, 1, 8),
                "end": D(2025, 4, 25),
                "hours_per_week": 20,
            },
            {
                "employer": e2,
                "title": "Web Developer",
                "noc": "21234",
                "start": D(2025, 5, 5),
                "end": None,
                "hours_per_week": 37.5,
            },
        ],
        [
            {
                "test": "ielts_general_training",
                "listening": 8.0,
                "reading": 7.0,
                "writing": 7.0,
                "speaking": 7.0,
            }
        ],
        study=[{"institution": school, "start": D(2023, 9, 5), "end": D(2025, 4, 25)}],
    )
    return Case(
        "study-overlap-permit-gap",
        cy,
        files,
        "not_eligible",
        ["CEC-STUDY-001", "CEC-STATUS-001", "LETTER-AGE-001"],
        [
            Job("bluefin", D(2024, 1, 8), D(2025, 4, 25), 20),
            Job("quillstone", D(2025, 5, 5), D(2026, 11, 27), 37.5),
        ],
        excluded=[
            ("full-time study at " + school, D(2023, 9, 5), D(2025, 4, 25)),
            (
                "no work authorization: study permit expired 2025-04-30, PGWP "
                "valid from 2025-06-16",
                D(2025, 5, 1),
                D(2025, 6, 15),
            ),
        ],
        notes="Part-time work while a full-time student (excluded), then 6 weeks of work\n"
        "between the study permit's expiry and the PGWP (unauthorized).",
    )


def identity_mismatch() -> Case:
    p = {
        "name": "Nadia Belkacem",
        "given": "Nadia",
        "surname": "Belkacem",
        "dob": D(1991, 7, 14),
        "country": "MAR",
    }
    emp = "Groupe Financier Granit inc."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "155, rue Queen, bureau 1100, Ottawa (Ontario) K1P 6L1",
        "employer_phone": "613 555-0138",
        "employer_email": "talents@granitfinancier.example",
        "job_title": "Analyste financière",
        "noc_code": "11101",
        "start_date": D(2023, 9, 11),
        "end_date": None,
        "current": True,
        "hours_per_week": 40.0,
        "wage_amount": 85000.0,
        "wage_period": "year",
        "benefits": "régime de retraite, assurances collectives et trois semaines de congé",
        "duties": [
            "Analyser les états financiers des sociétés clientes",
            "Préparer des modèles financiers et des prévisions de flux de trésorerie",
            "Rédiger des recommandations d'investissement pour le comité",
            "Suivre la performance des portefeuilles et présenter les résultats",
        ],
        "signatory_name": "Marie-Josée Gagnon",
        "signatory_title": "Vice-présidente, Talents",
        "signed": True,
        "letter_date": D(2026, 12, 4),
        "work_location": "Ottawa (Ontario)",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("96247135"),
    }
    st = series("biweekly", 40, 40.87, D(2023, 9, 11), D(2026, 11, 29), 2)
    tcf_name, tcf_dob = "Nadia Belkhir", D(1991, 4, 7)
    lang_f = {
        "test": "tcf_canada",
        "candidate_name": tcf_name,
        "date_of_birth": tcf_dob,
        "test_date": D(2026, 2, 21),
        "result_date": D(2026, 3, 6),
        "listening": 530,
        "reading": 510,
        "writing": 12,
        "speaking": 14,
        "report_number": "TCFCA-2026-118274",
    }
    nclc = {
        "listening": (9, "C1"),
        "reading": (8, "B2"),
        "writing": (8, "B2"),
        "speaking": (9, "C1"),
    }
    files = [
        File(
            "01-attestation-emploi.pdf",
            [letter(lt, "fr", seed=81, city="Ottawa")],
            lt["letter_date"],
        ),
        *[
            File(f"0{i + 2}-talon-de-paie.pdf", [s], s.fields["pay_date"])
            for i, s in enumerate(pay_stubs(who, "twocol", st, freq="Biweekly"))
        ],
        File(
            "04-tcf-canada.pdf",
            [lang(lang_f, "tcf", family="Belkhir", first="Nadia", nclc=nclc)],
            D(2026, 3, 6),
        ),
        File(
            "05-passeport.png",
            [
                passport(
                    p,
                    "UZ4821730",
                    D(2030, 10, 2),
                    variant="fr",
                    state_name="ROYAUME DU MAROC",
                    demonym="MAROCAINE",
                    birthplace="FES",
                    issued=D(2020, 10, 3),
                    tint=(240, 228, 232),
                )
            ],
            D(2026, 11, 2),
            "scan",
            skews=[2.4],
            seed=801,
        ),
        File(
            "06-permis-travail.pdf",
            [
                permit(
                    p,
                    "U483019562",
                    D(2023, 8, 28),
                    D(2027, 8, 27),
                    "post-graduation",
                    variant="b",
                    type_text="POST-GRADUATION WORK PERMIT",
                    citizenship="MOROCCO",
                    birth_country="MOROCCO",
                    conditions=["OPEN - POST-GRADUATION WORK PERMIT PROGRAM."],
                )
            ],
            D(2023, 8, 28),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 18),
        "ON",
        [
            {
                "employer": emp,
                "title": "Analyste financière",
                "noc": "11101",
                "start": D(2023, 9, 11),
                "end": None,
                "hours_per_week": 40,
            }
        ],
        [{"test": "tcf_canada", "listening": 530, "reading": 510, "writing": 12, "speaking": 14}],
    )
    return Case(
        "identity-mismatch",
        cy,
        files,
        "needs_attention",
        ["XDOC-NAME-001", "XDOC-DOB-001"],
        [Job("granit", D(2023, 9, 11), D(2026, 12, 4), 40)],
        notes="The TCF Canada attestation names 'Nadia Belkhir', born 1991-04-07; the\n"
        "passport and every other document say Nadia Belkacem, born 1991-07-14.",
    )


def incomplete_letter_noc2016() -> Case:
    p = {
        "name": "Olena Kovalenko",
        "given": "Olena",
        "surname": "Kovalenko",
        "dob": D(1988, 2, 19),
        "country": "UKR",
    }
    emp = "Golden Wheat Family Restaurant Ltd."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "1455 Pembina Highway, Winnipeg, MB R3T 2C4",
        "job_title": "Food Service Supervisor",
        "noc_code": "6311",
        "start_date": D(2024, 2, 5),
        "end_date": None,
        "current": True,
        "hours_per_week": 40.0,
        "duties": [
            "Supervise and coordinate the activities of servers and kitchen helpers",
            "Establish work schedules and monitor staff performance",
            "Estimate and order ingredients and supplies",
            "Ensure food service quality and cleanliness standards are met",
        ],
        "signatory_name": "Victor Lam",
        "signatory_title": "General Manager",
        "signed": False,
        "letter_date": D(2026, 11, 20),
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("92873310"),
    }
    st = series("biweekly", 40, 19.25, D(2024, 2, 5), D(2026, 11, 15), 2)
    lang_f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 6, 13),
        "result_date": D(2026, 6, 19),
        "listening": 8,
        "reading": 7,
        "writing": 7,
        "speaking": 8,
        "report_number": "CEL-2026-0613-72005",
    }
    files = [
        File(
            "reference_letter_scan.pdf",
            [letter(lt, "prose", seed=91, noc_label="B - ", pronoun="she")],
            lt["letter_date"],
            "scan",
            skews=[-1.0],
            seed=901,
        ),
        *[
            File(f"paystub_{i + 1}.pdf", [s], s.fields["pay_date"])
            for i, s in enumerate(pay_stubs(who, "grid", st, freq="Biweekly"))
        ],
        File(
            "celpip_results.pdf", [lang(lang_f, "celpip", celpip_id="CP-00774410")], D(2026, 6, 19)
        ),
        File(
            "passport_ukr.pdf",
            [
                passport(
                    p,
                    "FT219847",
                    D(2032, 3, 1),
                    state_name="UKRAINE",
                    demonym="UKRAINE",
                    birthplace="KHARKIV",
                    issued=D(2022, 3, 2),
                    tint=(228, 236, 248),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "work_permit.pdf",
            [
                permit(
                    p,
                    "U309927514",
                    D(2024, 1, 22),
                    D(2027, 1, 21),
                    "employer-specific",
                    employer=emp,
                    type_text="EMPLOYER-SPECIFIC",
                    occupation="62020 - FOOD SERVICE SUPERVISOR",
                    citizenship="UKRAINE",
                    birth_country="UKRAINE",
                    conditions=[
                        "MUST NOT WORK FOR ANY OTHER EMPLOYER THAN SPECIFIED.",
                        "LOCATION: WINNIPEG MB",
                    ],
                )
            ],
            D(2024, 1, 22),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "MB",
        [
            {
                "employer": emp,
                "title": "Food Service Supervisor",
                "noc": "62020",
                "start": D(2024, 2, 5),
                "end": None,
                "hours_per_week": 40,
            }
        ],
        [{"test": "celpip_general", "listening": 8, "reading": 7, "writing": 7, "speaking": 8}],
    )
    return Case(
        "incomplete-letter-noc2016",
        cy,
        files,
        "needs_attention",
        ["LETTER-CONTACT-001", "LETTER-SALARY-001", "LETTER-SIGNATURE-001", "CEC-NOC-001"],
        [Job("golden-wheat", D(2024, 2, 5), D(2026, 11, 20), 40)],
        notes="Scanned letter with no phone, e-mail, salary or signature, quoting\n"
        "'NOC B - 6311' (NOC 2016). case.yaml claims its NOC 2021 successor 62020.",
    )


ALL = [
    eligible_en_digital,
    eligible_fr_scanned,
    short_hours_parttime,
    two_jobs_overlap,
    ielts_academic_low_clb,
    photo_mixed_multidoc,
    study_overlap_permit_gap,
    identity_mismatch,
    incomplete_letter_noc2016,
]

from .cases_extra import EXTRA  # noqa: E402 - cases built for the rules the nine above miss

ALL += EXTRA

from .cases_variety import VARIETY  # noqa: E402 - issue 3: more layouts per document kind

ALL += VARIETY

from .cases_ee import EE  # noqa: E402 - issue 15: the Express Entry re-checks on submission

ALL += EE
from .cases_noc import NOC  # noqa: E402 - issue 15: duties, codes and titles against NOC 2021

ALL += NOC
