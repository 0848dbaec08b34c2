"""Sample cases of overlapping jobs and a low IELTS Academic result.

Every person, employer, address, phone number and document number here is fictional.
"""

from __future__ import annotations

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import D, _cy
from .common import luhn_sin
from .model import Case, File, Job
from .stubs import series


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
        ["CEC-HOURS-001", "LETTER-NOC-001"],
        [
            Job("lakeshore", D(2025, 12, 1), D(2026, 11, 6), 20),
            Job("cedargrove", D(2025, 12, 1), D(2026, 11, 1), 20),
        ],
        notes="Two concurrent 20 h/week jobs: 40 h/week is capped at 30, so ~1,454 h.\n"
        "Capping each job separately (wrong) would give ~1,934 h and pass.\n"
        "The bookkeeper letter's duties (invoices, payables, reconciliations) read as\n"
        "an accounting clerk's (14200, TEER 4) more than 12200's: a warning.",
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
                    "pgwp",
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
        # The scan's ticked module is read with 79% confidence: below the threshold, so
        # LANG-TEST-001 is unknown (a person checks the module); Writing fails confidently.
        ["LANG-CLB-001"],
        [Job("tidewater", D(2024, 4, 15), D(2026, 12, 1), 40)],
        unknown=["LANG-TEST-001"],
        notes="IELTS Academic (not accepted) with Writing 5.5 = CLB 6, below CLB 7 "
        "for a TEER 1 job.",
    )
