"""Sample cases built for the rules the first nine miss: excluded work and bare letters.

Every person, employer, address, phone number and document number here is fictional.
"""

from __future__ import annotations

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import D, _cy
from .common import luhn_sin
from .model import Case, File, Job
from .stubs import series


def excluded_work_quebec() -> Case:
    p = {
        "name": "Kwame Mensah",
        "given": "Kwame",
        "surname": "Mensah",
        "dob": D(1993, 4, 9),
        "country": "GHA",
        "sex": "M",
    }
    ea, eb = "Cascadia Retail Analytics LLC", "Harbourfront Community Food Bank"
    ec, ed = "Northgate Software Consulting Ltd.", "Ferme Les Trois Érables inc."
    abroad = {
        "employee_name": p["name"],
        "employer_name": ea,
        "employer_address": "1420 Fifth Avenue, Suite 2200, Seattle, WA 98101",
        "employer_phone": "(206) 555-0147",
        "employer_email": "people@cascadiaretail.example",
        "job_title": "Data Analyst",
        "noc_code": "21223",
        "start_date": D(2023, 6, 5),
        "end_date": D(2024, 8, 16),
        "current": False,
        "hours_per_week": 40.0,
        "wage_amount": 82000.0,
        "wage_period": "year",
        "benefits": "medical, dental and 401(k) plan",
        "duties": [
            "Build monthly sales and churn dashboards for telecom clients",
            "Clean and join customer data from billing and CRM systems",
            "Write SQL and Python scripts to automate recurring reports",
            "Present findings to client account managers",
        ],
        "signatory_name": "Abena Owusu",
        "signatory_title": "Head of People",
        "signed": True,
        "letter_date": D(2026, 10, 19),
        "work_location": "Seattle, Washington, United States",
    }
    volunteer = {
        "employee_name": p["name"],
        "employer_name": eb,
        "employer_address": "4210 rue Saint-Denis, Montréal, QC H2J 2K8",
        "employer_phone": "(514) 555-0108",
        "employer_email": "info@harbourfrontfood.example",
        "job_title": "Volunteer Program Assistant",
        "noc_code": "13110",
        "start_date": D(2024, 9, 3),
        "end_date": D(2025, 2, 28),
        "current": False,
        "hours_per_week": 15.0,
        "duties": [
            "Schedule weekend sorting shifts and send reminders",
            "Keep the donor and client intake spreadsheets up to date",
            "Prepare weekly distribution reports for the board",
        ],
        "signatory_name": "Sylvie Gauthier",
        "signatory_title": "Executive Director",
        "signed": True,
        "letter_date": D(2026, 10, 22),
    }
    contractor = {
        "employee_name": p["name"],
        "employer_name": ec,
        "employer_address": "1100 boulevard René-Lévesque Ouest, bureau 900, Montréal, QC H3B 4N4",
        "employer_phone": "(514) 555-0193",
        "employer_email": "contracts@northgatesoftware.example",
        "job_title": "Software Developer",
        "noc_code": "21232",
        "start_date": D(2024, 10, 1),
        "end_date": D(2025, 9, 30),
        "current": False,
        "hours_per_week": 35.0,
        "wage_amount": 60.0,
        "wage_period": "hour",
        "benefits": "none (fees invoiced monthly)",
        "duties": [
            "Develop REST services in Java for client insurance platforms",
            "Write unit and integration tests",
            "Review pull requests and document deployments",
        ],
        "signatory_name": "Marc-André Pelletier",
        "signatory_title": "Managing Partner",
        "signed": True,
        "letter_date": D(2026, 10, 5),
    }
    farm = {
        "employee_name": p["name"],
        "employer_name": ed,
        "employer_address": "2455, rang Saint-Édouard, Saint-Hyacinthe (Québec) J2R 1B3",
        "employer_phone": "450 555-0166",
        "employer_email": "emplois@troiserables.example",
        "job_title": "Ouvrier agricole (production laitière)",
        "noc_code": "85100",
        "start_date": D(2025, 10, 6),
        "end_date": None,
        "current": True,
        "hours_per_week": 84.0,
        "wage_amount": 17.5,
        "wage_period": "hour",
        "benefits": "logement fourni sur la ferme et repas du midi",
        "duties": [
            "Nourrir le troupeau et nettoyer les étables",
            "Assurer la traite du matin et du soir",
            "Surveiller la santé des animaux et signaler les problèmes",
            "Entretenir l'équipement et les bâtiments de la ferme",
        ],
        "signatory_name": "Mathieu Bergeron",
        "signatory_title": "Propriétaire",
        "signed": True,
        "letter_date": D(2026, 11, 23),
        "work_location": "Saint-Hyacinthe (Québec)",
    }
    lang_f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2024, 9, 14),
        "result_date": D(2024, 9, 20),
        "listening": 9,
        "reading": 9,
        "writing": 8,
        "speaking": 9,
    }  # printed without its registration no.
    files = [
        File(
            "experience/cascadia-analytics-seattle.pdf",
            [letter(abroad, "memo", seed=111, color=(200, 150, 20))],
            abroad["letter_date"],
        ),
        File(
            "experience/food-bank-volunteer.pdf",
            [
                letter(
                    volunteer,
                    "prose",
                    seed=112,
                    engaged="served with us",
                    extra="This was an unpaid volunteer position.",
                    font="DejaVuSerif",
                )
            ],
            volunteer["letter_date"],
        ),
        File(
            "experience/northgate-contract.pdf",
            [
                letter(
                    contractor,
                    "table",
                    seed=113,
                    color=(90, 90, 90),
                    status="Independent contractor (contract for services)",
                )
            ],
            contractor["letter_date"],
        ),
        File(
            "experience/attestation-ferme.pdf",
            [
                letter(
                    farm,
                    "fr",
                    seed=114,
                    city="Saint-Hyacinthe",
                    status="Saisonnier à l'année (en poste)",
                )
            ],
            farm["letter_date"],
        ),
        File(
            "language/celpip-2024.pdf",
            [lang(lang_f, "celpip", celpip_id="CP-00652093")],
            D(2024, 9, 20),
        ),
        File(
            "identity/passport-gha.pdf",
            [
                passport(
                    p,
                    "G2214089",
                    D(2031, 6, 30),
                    state_name="REPUBLIC OF GHANA",
                    demonym="GHANAIAN",
                    birthplace="KUMASI",
                    issued=D(2021, 7, 1),
                    tint=(240, 236, 222),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "identity/open-work-permit.pdf",
            [
                permit(
                    p,
                    "U208817365",
                    D(2024, 8, 26),
                    D(2027, 8, 25),
                    "open",
                    sex="M",
                    type_text="OPEN WORK PERMIT",
                    citizenship="GHANA",
                    birth_country="GHANA",
                    conditions=[
                        "SPOUSE OF SKILLED WORKER - R205(C)(I). NOT VALID FOR "
                        "EMPLOYMENT IN BUSINESSES RELATED TO THE SEX TRADE."
                    ],
                )
            ],
            D(2024, 8, 26),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 14),
        "QC",
        [
            {
                "employer": ea,
                "title": "Data Analyst",
                "noc": "21223",
                "start": D(2023, 6, 5),
                "end": D(2024, 8, 16),
                "hours_per_week": 40,
            },
            {
                "employer": eb,
                "title": "Volunteer Program Assistant",
                "noc": "13110",
                "start": D(2024, 9, 3),
                "end": D(2025, 2, 28),
                "hours_per_week": 15,
            },
            {
                "employer": ec,
                "title": "Software Developer",
                "noc": "21232",
                "start": D(2024, 10, 1),
                "end": D(2025, 9, 30),
                "hours_per_week": 35,
            },
            {
                "employer": ed,
                "title": "Ouvrier agricole (production laitière)",
                "noc": "85100",
                "start": D(2025, 10, 6),
                "end": None,
                "hours_per_week": 84,
            },
        ],
        [{"test": "celpip_general", "listening": 9, "reading": 9, "writing": 8, "speaking": 9}],
    )
    return Case(
        "excluded-work-quebec",
        cy,
        files,
        "not_eligible",
        [
            "CEC-QUEBEC-001",
            "CEC-ABROAD-001",
            "CEC-PAID-001",
            "CEC-SELFEMP-001",
            "CEC-TEER-001",
            "CEC-HOURS-001",
            "LANG-EXPIRED-001",
            "LETTER-SALARY-001",
            "LETTER-NOC-001",
            "QA-LETTER-002",
            "QA-TEST-001",
        ],
        [],
        notes="Four jobs, none of which counts: data analyst in Seattle, USA (abroad),\n"
        "an unpaid volunteer position (no salary in its letter either; its duties\n"
        "are a general office clerk's, not the administrative assistant's claimed), an\n"
        "independent contractor, and a dairy farm labourer (NOC 85100, TEER 5)\n"
        "whose letter states 84 hours a week. Intends to live in Quebec; the\n"
        "CELPIP result (2024-09-20, printed without its registration number)\n"
        "expired on 2026-09-20. Qualifying hours: 0.",
    )


def bare_letters_no_language() -> Case:
    p = {
        "name": "Sofia Petrova",
        "given": "Sofia",
        "surname": "Petrova",
        "dob": D(1996, 1, 25),
        "country": "BGR",
    }
    ea, eb, ec = (
        "Lakeview Auto Body Ltd.",
        "Brightside Tutoring Centre Inc.",
        "Maple Leaf Courier Services Ltd.",
    )
    bare = {
        "employee_name": p["name"],
        "employer_name": ea,
        "employer_address": "1980 Lakeshore Road East, Mississauga, ON L5E 1E4",
        "employer_phone": "(905) 555-0135",
        "employer_email": "office@lakeviewautobody.example",
        "start_date": D(2024, 3, 4),
        "end_date": None,
        "current": True,
        "wage_amount": 45000.0,
        "wage_period": "year",
        "benefits": "health and dental coverage after three months",
        "signatory_name": "Greg Kowalski",
        "signed": True,
        "letter_date": D(2026, 11, 19),
    }
    typo = {
        "employer_name": eb,
        "employer_address": "350 Burnhamthorpe Road West, Mississauga, ON L5B 3J1",
        "employer_phone": "(905) 555-0181",
        # A webmail address (QA-LETTER-001). Gmail allows no hyphen in an address, so
        # this one cannot belong to anyone.
        "employer_email": "brightside-tutoring@gmail.com",
        "job_title": "Administrative Assistant",
        "noc_code": "13110",
        "start_date": D(2023, 9, 5),
        "end_date": D(2023, 2, 23),
        "current": False,
        "hours_per_week": 25.0,
        "wage_amount": 19.5,
        "wage_period": "hour",
        "benefits": "paid sick days",
        "duties": [
            "Greet students and parents and answer the phone",
            "Book tutoring sessions and keep the tutors' calendars",
            "Collect fees and issue receipts",
            "Order classroom supplies",
        ],
        "signatory_name": "Priya Shah",
        "signatory_title": "Centre Director",
        "signed": True,
        "letter_date": D(2026, 11, 2),
    }
    who = {
        "employee_name": p["name"],
        "employer_name": ea,
        "employer_address": bare["employer_address"],
        "sin": luhn_sin("93361058"),
    }
    st = series("semimonthly", 37.5, 23.08, D(2024, 3, 16), D(2026, 11, 15), 3)
    files = [
        File("scan0001.pdf", [letter(bare, "plain", seed=121)], bare["letter_date"]),
        File(
            "scan0002.pdf",
            [
                letter(
                    typo,
                    "table",
                    seed=122,
                    color=(150, 40, 60),
                    start_label="Date of hire",
                    status="Part-time",
                )
            ],
            typo["letter_date"],
        ),
        *[
            File(f"pay/lakeview-{s.fields['pay_date'].isoformat()}.pdf", [s], s.fields["pay_date"])
            for s in pay_stubs(who, "twocol", st, freq="Semi-monthly")
        ],
        File(
            "passport.pdf",
            [
                passport(
                    p,
                    "386512947",
                    D(2033, 4, 12),
                    state_name="REPUBLIC OF BULGARIA",
                    demonym="BULGARIAN",
                    birthplace="PLOVDIV",
                    issued=D(2023, 4, 13),
                    tint=(236, 240, 246),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "work-permit.pdf",
            [
                permit(
                    p,
                    "U115902784",
                    D(2023, 8, 14),
                    D(2027, 8, 13),
                    "open",
                    variant="b",
                    type_text="OPEN WORK PERMIT",
                    citizenship="BULGARIA",
                    birth_country="BULGARIA",
                    conditions=[
                        "SPOUSE OF FULL-TIME STUDENT. NOT VALID FOR EMPLOYMENT IN "
                        "BUSINESSES RELATED TO THE SEX TRADE."
                    ],
                )
            ],
            D(2023, 8, 14),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "ON",
        [
            {
                "employer": ea,
                "title": "Office Administrator",
                "noc": "13100",
                "start": D(2024, 3, 4),
                "end": None,
                "hours_per_week": 37.5,
            },
            {
                "employer": eb,
                "title": "Administrative Assistant",
                "noc": "13110",
                "start": D(2023, 9, 5),
                "end": D(2024, 2, 23),
                "hours_per_week": 25,
            },
            {
                "employer": ec,
                "title": "Dispatcher",
                "noc": "14201",
                "start": D(2022, 5, 2),
                "end": D(2023, 8, 31),
                "hours_per_week": 40,
            },
        ],
        [{"test": "celpip_general", "listening": 8, "reading": 8, "writing": 7, "speaking": 8}],
    )
    return Case(
        "bare-letters-no-language",
        cy,
        files,
        "not_eligible",
        [
            "LETTER-LETTERHEAD-001",
            "LETTER-TITLE-001",
            "LETTER-DUTIES-001",
            "LETTER-HOURS-001",
            "LETTER-SIGNATORY-001",
            "LETTER-NAME-001",
            "LETTER-DATES-001",
            "LANG-MISSING-001",
            "DOC-MISSING-001",
            "XDOC-CLAIM-001",
            "QA-LETTER-001",
            "LETTER-NOC-001",
        ],
        [Job("lakeview", D(2024, 3, 4), D(2026, 11, 19), 37.5)],
        notes="scan0001.pdf: a letter typed on plain paper (no letterhead) that gives no\n"
        "job title, duties or hours, and the signatory's name without a title; the\n"
        "hours come from the pay stubs (37.5 h/week). scan0002.pdf: a letterhead\n"
        "letter that never names the applicant and ends before it starts (end\n"
        "date typed 2023-02-23 for 2024-02-23): 0 h. No letter from the third\n"
        "claimed employer, no language result although case.yaml declares one.\n"
        "scan0002.pdf gives a webmail contact address (gmail.com). Its duties (greet\n"
        "visitors, answer the phone, book sessions, collect fees) are a receptionist's\n"
        "(NOC 14101), not the claimed administrative assistant's (13110): LETTER-NOC-001.",
    )
