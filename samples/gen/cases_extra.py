"""Sample cases built to fail the rules the first nine cases never trigger (issue 4): excluded
kinds of work, bare letters, pay-stub discrepancies, and files that are not what they should be.
Fictional people and employers only (.example e-mail domains, 555-01xx phone numbers)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from . import misc, stubs
from .builders import lang, letter, passport, pay_stubs, permit
from .common import luhn_sin
from .edits import incremental_edit, truncated
from .model import Case, Doc, File, Job
from .stubs import series

D = dt.date


def _cy(person: dict, sub: D, province: str, work: list[dict], language: list[dict] | None) -> dict:
    claims: dict = {"work": work}
    if language:
        claims["language"] = language
    return {
        "client": {"name": person["name"], "date_of_birth": person["dob"]},
        "application": {"submission_date": sub, "intended_province": province},
        "claims": claims,
    }


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
            "QA-LETTER-002",
            "QA-TEST-001",
        ],
        [],
        notes="Four jobs, none of which counts: data analyst in Seattle, USA (abroad),\n"
        "an unpaid volunteer position (no salary in its letter either), an\n"
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


def paystub_discrepancies() -> Case:
    p = {
        "name": "Arjun Nair",
        "given": "Arjun",
        "surname": "Nair",
        "dob": D(1991, 12, 23),
        "country": "IND",
        "sex": "M",
    }
    emp, agency = "Foothills Property Management Ltd.", "Summit Staffing Solutions Inc."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "600 3 Avenue SW, Suite 1500, Calgary, AB T2P 0G5",
        "employer_phone": "(403) 555-0124",
        "employer_email": "leasing@foothillsproperty.example",
        "job_title": "Administrative Assistant",
        "noc_code": "13110",
        "start_date": D(2024, 6, 3),
        "end_date": None,
        "current": True,
        "hours_per_week": 40.0,
        "wage_amount": 28.0,
        "wage_period": "hour",
        "benefits": "group health and dental plan, two weeks of paid vacation",
        "duties": [
            "Coordinate tenant requests and maintenance work orders",
            "Prepare lease documents and renewal notices",
            "Record rent payments and follow up on arrears",
            "Schedule unit inspections and keep the property calendar",
        ],
        "signatory_name": "Lauren MacKenzie",
        "signatory_title": "Office Manager",
        "signed": True,
        "letter_date": D(2026, 11, 18),
        "work_location": "Calgary, Alberta",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("94417206"),
        "emp_id": "FPM-2291",
    }
    start, last = D(2024, 4, 8), D(2026, 11, 15)
    every = series("biweekly", 30, 25.00, start, last, len(stubs._periods("biweekly", start, last)))
    edited = dataclasses.replace(every[-1], hours=80.0)  # 60 h typed over as 80; pay unchanged
    own = pay_stubs(who, "grid", [every[0], every[-3], every[-2], edited], freq="Biweekly")
    bad_sin = luhn_sin("94621738")
    bad_sin = bad_sin[:8] + str((int(bad_sin[8]) + 3) % 10)  # a mistyped check digit
    spouse = {
        "employee_name": "Kavya Nair",
        "employer_name": agency,
        "employer_address": "808 - 4 Avenue SW, Calgary, AB T2P 3E8",
        "sin": bad_sin,
    }
    (other,) = pay_stubs(
        spouse, "weekly", series("weekly", 24, 21.00, D(2026, 1, 5), D(2026, 11, 8), 1)
    )
    lang_f = {
        "test": "ielts_general_training",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2025, 1, 18),
        "result_date": D(2025, 1, 31),
        "listening": 7.0,
        "reading": 7.0,
        "writing": 6.5,
        "speaking": 7.0,
        "overall": 7.5,
        "report_number": "25CA618021175NAIA004G",
    }
    tampered = incremental_edit(
        "Adobe Acrobat Pro (64-bit) 24.2.20687",
        dt.datetime(2026, 11, 20, 9, 30),
        dt.datetime(2026, 11, 27, 21, 14),
    )
    files = [
        File(
            "01-employment-letter.pdf",
            [letter(lt, "table", seed=131, color=(120, 60, 20))],
            lt["letter_date"],
        ),
        *[
            File(
                f"02-paystub-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
                post=tampered if s is own[-1] else None,
            )
            for s in own
        ],
        File("03-paystub-summit.pdf", [other], other.fields["pay_date"]),
        File(
            "04-ielts-trf.pdf",
            [
                lang(
                    lang_f,
                    "ielts",
                    family="Nair",
                    first="Arjun",
                    sex="M",
                    origin="INDIA",
                    first_lang="MALAYALAM",
                    centre="CA618",
                    cand_no="021175",
                    cand_id="T7730418",
                    cefr="C1",
                )
            ],
            D(2025, 1, 31),
        ),
        File(
            "05-passport.pdf",
            [
                passport(
                    p,
                    "T7730418",
                    D(2027, 3, 10),
                    state_name="REPUBLIC OF INDIA",
                    demonym="INDIAN",
                    birthplace="KOCHI, KERALA",
                    issued=D(2017, 3, 11),
                    sex="M",
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "06-pgwp.pdf",
            [
                permit(
                    p,
                    "U562093318",
                    D(2024, 3, 25),
                    D(2027, 3, 24),
                    "post-graduation",
                    sex="M",
                    type_text="POST-GRADUATION WORK PERMIT",
                    citizenship="INDIA",
                    birth_country="INDIA",
                    conditions=["OPEN - POST-GRADUATION WORK PERMIT PROGRAM."],
                )
            ],
            D(2024, 3, 25),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "AB",
        [
            {
                "employer": emp,
                "title": "Administrative Assistant",
                "noc": "13110",
                "start": D(2024, 4, 8),
                "end": None,
                "hours_per_week": 40,
            }
        ],
        [
            {
                "test": "ielts_general_training",
                "listening": 7.0,
                "reading": 7.0,
                "writing": 6.5,
                "speaking": 7.0,
            }
        ],
    )
    return Case(
        "paystub-discrepancies",
        cy,
        files,
        "needs_attention",
        [
            "XDOC-EMPLOYER-001",
            "XDOC-PERIOD-001",
            "XDOC-HOURS-001",
            "XDOC-WAGE-001",
            "XDOC-CLAIM-001",
            "XDOC-NAME-001",
            "STUB-MATH-001",
            "STUB-GAP-001",
            "STUB-SIN-001",
            "DOC-TAMPER-001",
            "LANG-EXPIRING-001",
            "LANG-SCORE-001",
            "QA-PASSPORT-001",
            "QA-STUB-001",
            "LETTER-NOC-001",
        ],
        [Job("foothills", D(2024, 6, 3), D(2026, 11, 18), 40)],
        notes="The letter says 40 h/week at $28.00/h from 2024-06-03; the stubs show 60 h\n"
        "per two weeks at $25.00/h, the first from April 2024 (before the letter's\n"
        "start date, as case.yaml claims), then a gap to the last three. The last\n"
        "stub was edited in Acrobat (hours typed over as 80, pay unchanged). A\n"
        "weekly stub of the applicant's spouse from a staffing agency, with a\n"
        "mistyped SIN. IELTS TRF with a printed overall of 7.5\n"
        "(the bands give 7.0), valid until 2027-01-31; passport expires 2027-03-10.\n"
        "The letter's duties (tenant requests, leases, rent, inspections) are a property\n"
        "administrator's (NOC 13101), not the claimed 13110: LETTER-NOC-001.",
    )


def unreadable_foreign_duplicate() -> Case:
    p = {
        "name": "Valeria Ortiz",
        "given": "Valeria",
        "surname": "Ortiz",
        "dob": D(1995, 9, 17),
        "country": "MEX",
    }
    emp = "Bluenose Marine Engineering Ltd."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "1595 Bedford Highway, Suite 402, Bedford, NS B4A 3Y4",
        "employer_phone": "(902) 555-0157",
        "employer_email": "careers@bluenosemarine.example",
        "job_title": "Mechanical Engineering Technologist",
        "noc_code": "22301",
        "start_date": D(2024, 2, 12),
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 68500.0,
        "wage_period": "year",
        "benefits": "health and dental plan, pension plan with employer match",
        "duties": [
            "Prepare 3D models and drawings of vessel piping and machinery layouts",
            "Carry out stress and heat-load calculations under an engineer's review",
            "Inspect installations at the shipyard and write survey reports",
            "Keep equipment specifications and change records up to date",
        ],
        "signatory_name": "Colin Fraser",
        "signatory_title": "Engineering Manager",
        "signed": True,
        "letter_date": D(2026, 11, 16),
        "work_location": "Bedford, Nova Scotia",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("95530172"),
    }
    st = series("biweekly", 37.5, 35.13, D(2024, 2, 12), D(2026, 11, 8), 2)
    lang_f = {
        "test": "ielts_general_training",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 3, 14),
        "result_date": D(2026, 3, 27),
        "listening": 7.5,
        "reading": 7.0,
        "writing": 7.0,
        "speaking": 7.0,
        "overall": 7.0,
        "report_number": "26CA061447ORTV017G",
    }
    trf = lang(
        lang_f,
        "ielts",
        family="Ortiz",
        first="Valeria",
        origin="MEXICO",
        first_lang="SPANISH",
        centre="CA061",
        cand_no="014470",
        cand_id="G61728304",
        cefr="C1",
    )
    contract = {**lt, "letter_date": D(2024, 2, 1)}
    bill = Doc(
        "other",
        {},
        lambda pdf: misc.utility_bill(
            pdf,
            {},
            {
                "utility": "Nova Scotia Hydro-Electric (sample)",
                "customer": "VALERIA ORTIZ",
                "service_address": "77 Larry Uteck Boulevard, Unit 1204\nHalifax NS B3M 0E2",
                "account": "5520 118 403",
                "from": D(2026, 9, 24),
                "to": D(2026, 10, 23),
                "bill_date": D(2026, 10, 27),
                "due": D(2026, 11, 17),
                "lines": [
                    ("Basic customer charge", 0, 10.83),
                    ("Energy charge", 612, 0.1876),
                    ("Efficiency charge", 612, 0.0052),
                ],
            },
        ),
    )
    acta = Doc(
        "other",
        {},
        lambda pdf: misc.acta_nacimiento(
            pdf,
            {},
            {
                "estado": "Jalisco",
                "municipio": "Zapopan",
                "acta": "01297",
                "nombres": "VALERIA",
                "apellido1": "ORTIZ",
                "apellido2": "SALAZAR",
                "sexo": "Mujer",
                "dob": p["dob"],
                "lugar": "Zapopan, Jalisco",
                "madre": "MARÍA ELENA SALAZAR RUIZ",
                "padre": "JORGE ORTIZ MEDINA",
            },
        ),
    )
    files = [
        File(
            "work/bluenose-letter.pdf",
            [letter(lt, "memo", seed=141, color=(20, 90, 140))],
            lt["letter_date"],
        ),
        *[
            File(
                f"work/bluenose-pay-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who, "twocol", st, freq="Biweekly")
        ],
        File(
            "work/offer-and-contract.pdf",
            [Doc("unreadable", {}, lambda pdf: letter(contract, "memo", seed=142).draw(pdf))],
            D(2024, 2, 1),
            post=truncated(0.3),
        ),
        File("language/ielts-trf.pdf", [trf], D(2026, 3, 27)),
        File("Downloads/ielts-trf (1).pdf", [trf], D(2026, 3, 27)),
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    "G61728304",
                    D(2034, 8, 22),
                    variant="es",
                    state_name="ESTADOS UNIDOS MEXICANOS",
                    title="PASAPORTE / PASSPORT",
                    demonym="MEXICANA",
                    birthplace="ZAPOPAN, JAL.",
                    issued=D(2024, 8, 23),
                    tint=(232, 238, 226),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "identity/acta-de-nacimiento.pdf", [acta], D(2025, 6, 2), "scan", skews=[0.7], seed=1401
        ),
        File(
            "identity/open-work-permit.pdf",
            [
                permit(
                    p,
                    "U873301526",
                    D(2024, 1, 29),
                    D(2027, 1, 28),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="MEXICO",
                    birth_country="MEXICO",
                    conditions=["SPOUSE OF SKILLED WORKER - R205(C)(I)."],
                )
            ],
            D(2024, 1, 29),
        ),
        File("IMG_20261102_181455.jpg", [bill], D(2026, 11, 2), "photo", skews=[1.8], seed=1402),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "NS",
        [
            {
                "employer": emp,
                "title": "Mechanical Engineering Technologist",
                "noc": "22301",
                "start": D(2024, 2, 12),
                "end": None,
                "hours_per_week": 37.5,
            }
        ],
        [
            {
                "test": "ielts_general_training",
                "listening": 7.5,
                "reading": 7.0,
                "writing": 7.0,
                "speaking": 7.0,
            }
        ],
    )
    return Case(
        "unreadable-foreign-duplicate",
        cy,
        files,
        "needs_attention",
        ["DOC-UNREADABLE-001", "DOC-UNKNOWN-001", "DOC-LANGUAGE-001", "DOC-DUPLICATE-001"],
        [Job("bluenose", D(2024, 2, 12), D(2026, 11, 16), 37.5)],
        notes="An eligible file cluttered the way clients send it: a PDF cut short in\n"
        "download (unreadable), a hydro bill as a phone photo and a Mexican birth\n"
        "certificate in Spanish (scanned): both of no CEC kind, the second needing\n"
        "a certified translation; the IELTS TRF saved twice.",
    )


EXTRA = [
    excluded_work_quebec,
    bare_letters_no_language,
    paystub_discrepancies,
    unreadable_foreign_duplicate,
]
