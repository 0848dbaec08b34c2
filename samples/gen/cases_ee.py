"""Sample cases for the Express Entry re-checks on the submission date (issue 15): a CEC round
whose cut-off the CRS falls below after a birthday, and a healthcare round without 12 months in
one listed occupation. Fictional people and employers only (.example e-mail, 555-01xx phones)."""

from __future__ import annotations

import datetime as dt

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import DUTIES_DB, _cy
from .common import luhn_sin
from .model import Case, File, Job
from .stubs import series

D = dt.date

# The CRS the documents support, worked by hand (DOMAIN.md section 5, single applicant), for the
# birthday case: age 29 -> 110 on the ITA date, 30 -> 105 on the submission date; master's
# degree 135 (declared); CELPIP L10 R9 W9 S10 -> 34+31+31+34 = 130; 3 years of Canadian work
# (over 4,680 qualifying hours in 10 years) 64; transferability: master's x CLB 9+ 50, master's
# x 3 years 50, bundle capped at 50. Total 110+135+130+64+50 = 489 on the ITA date, 484 on the
# submission date.
BIRTHDAY_SCORE_ON_ITA = 489
BIRTHDAY_CUTOFF = 487


def crs_birthday_below_cutoff() -> Case:
    p = {
        "name": "Tomás Herrera",
        "given": "Tomás",
        "surname": "Herrera",
        "dob": D(1996, 11, 20),  # 30th birthday between the ITA and the submission
        "country": "COL",
        "sex": "M",
    }
    emp = "Northbay Insight Analytics Inc."
    start = D(2023, 6, 5)
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "200 Bay Street, Suite 2400, Toronto, ON M5J 2J2",
        "employer_phone": "(416) 555-0171",
        "employer_email": "people@northbayinsight.example",
        "job_title": "Database Analyst",
        "noc_code": "21223",
        "start_date": start,
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 81500.0,
        "wage_period": "year",
        "benefits": "extended health and dental coverage and three weeks of paid vacation",
        "duties": DUTIES_DB,
        "signatory_name": "Grace Whitfield",
        "signatory_title": "Manager, Human Resources",
        "signed": True,
        "letter_date": D(2026, 11, 24),
        "work_location": "Toronto, Ontario",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("04753921"),
        "emp_id": "NBI-2291",
    }
    stubs = series("biweekly", 37.5, 41.80, start, D(2026, 11, 15), 3)
    lang_f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 1, 17),
        "result_date": D(2026, 1, 23),
        "listening": 10,
        "reading": 9,
        "writing": 9,
        "speaking": 10,
        "report_number": "CEL-2026-0117-51208",
    }
    files = [
        File("letters/northbay-letter.pdf", [letter(lt, "table", seed=171)], lt["letter_date"]),
        *[
            File(
                f"paystubs/northbay-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who, "grid", stubs, freq="Biweekly")
        ],
        File("language/celpip.pdf", [lang(lang_f, "celpip")], lang_f["result_date"]),
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    "AV2281947",
                    D(2031, 8, 11),
                    state_name="REPUBLIC OF COLOMBIA",
                    demonym="COLOMBIAN",
                    birthplace="MEDELLIN",
                    issued=D(2021, 8, 12),
                )
            ],
            D(2026, 11, 3),
        ),
        File(
            "status/work-permit.pdf",
            [
                permit(
                    p,
                    "U402771936",
                    D(2023, 5, 29),
                    D(2027, 5, 28),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="COLOMBIA",
                    birth_country="COLOMBIA",
                    conditions=["NOT VALID FOR EMPLOYMENT IN BUSINESSES RELATED TO THE SEX TRADE."],
                )
            ],
            D(2023, 5, 29),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 10),
        "ON",
        [
            {
                "employer": emp,
                "title": "Database Analyst",
                "noc": "21223",
                "start": start,
                "end": None,
                "hours_per_week": 37.5,
            }
        ],
        [{"test": "celpip_general", "listening": 10, "reading": 9, "writing": 9, "speaking": 10}],
    )
    cy["crs"] = {
        "education": "masters",
        "claimed_score": BIRTHDAY_SCORE_ON_ITA,
        "ita_date": D(2026, 10, 21),
        "round": {"type": "cec", "cutoff": BIRTHDAY_CUTOFF},
    }
    return Case(
        "crs-birthday-below-cutoff",
        cy,
        files,
        "needs_attention",
        ["EE-CRS-001", "XDOC-CLAIM-001"],
        [Job("northbay", start, lt["letter_date"], 37.5)],
        notes="Issue 15: invited in a CEC round of 2026-10-21 with 489 points (cut-off 487);\n"
        "the 30th birthday on 2026-11-20 costs 5 age points, so on the submission date\n"
        "2026-12-10 the documents support 484: below the cut-off (EE-CRS-001) and below\n"
        "the declared score (XDOC-CLAIM-001). Otherwise a clean, born-digital file.",
    )


def category_round_short_occupation() -> Case:
    p = {
        "name": "Grace Adeyemi",
        "given": "Grace",
        "surname": "Adeyemi",
        "dob": D(1991, 5, 14),
        "country": "NGA",
    }
    ea, eb = "Brightwater Long-Term Care Inc.", "Lakeshore Community Health Centre"
    a_start, a_end = D(2024, 9, 2), D(2025, 4, 30)
    b_start = D(2026, 2, 2)
    aide = {
        "employee_name": p["name"],
        "employer_name": ea,
        "employer_address": "75 Ridgeway Road, Hamilton, ON L8W 2X4",
        "employer_phone": "(905) 555-0129",
        "employer_email": "careers@brightwaterltc.example",
        "job_title": "Nurse Aide",
        "noc_code": "33102",
        "start_date": a_start,
        "end_date": a_end,
        "current": False,
        "hours_per_week": 37.5,
        "wage_amount": 23.40,
        "wage_period": "hour",
        "benefits": "group health and dental insurance",
        "duties": [
            "Help residents with bathing, dressing, feeding and moving safely",
            "Take and record temperature, pulse and blood pressure",
            "Report changes in residents' condition to the charge nurse",
            "Keep residents' rooms clean and supplied",
        ],
        "signatory_name": "Paul Desrosiers",
        "signatory_title": "Director of Care",
        "signed": True,
        "letter_date": D(2026, 10, 6),
        "work_location": "Hamilton, Ontario",
    }
    lpn = {
        "employee_name": p["name"],
        "employer_name": eb,
        "employer_address": "1180 Lakeshore Road East, Mississauga, ON L5E 1E9",
        "employer_phone": "(905) 555-0186",
        "employer_email": "hr@lakeshorechc.example",
        "job_title": "Registered Practical Nurse",
        "noc_code": "32101",
        "start_date": b_start,
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 34.10,
        "wage_period": "hour",
        "benefits": "extended health, dental and a pension plan",
        "duties": [
            "Assess clients and carry out the care plan set with the registered nurse",
            "Give medication and immunizations and record them in the chart",
            "Dress wounds and monitor clients with chronic conditions",
            "Teach clients and families about their medication and care at home",
        ],
        "signatory_name": "Helen Karras",
        "signatory_title": "Human Resources Manager",
        "signed": True,
        "letter_date": D(2026, 11, 25),
        "work_location": "Mississauga, Ontario",
    }
    who_a = {
        "employee_name": p["name"],
        "employer_name": ea,
        "employer_address": aide["employer_address"],
        "sin": luhn_sin("04916285"),
    }
    who_b = {**who_a, "employer_name": eb, "employer_address": lpn["employer_address"]}
    stubs_a = series("biweekly", 37.5, 23.40, a_start, D(2025, 4, 27), 2)
    stubs_b = series("biweekly", 37.5, 34.10, b_start, D(2026, 11, 15), 2)
    lang_f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2025, 11, 8),
        "result_date": D(2025, 11, 14),
        "listening": 9,
        "reading": 8,
        "writing": 8,
        "speaking": 9,
        "report_number": "CEL-2025-1108-40671",
    }
    files = [
        File(
            "letters/brightwater-letter.pdf", [letter(aide, "memo", seed=181)], aide["letter_date"]
        ),
        File("letters/lakeshore-letter.pdf", [letter(lpn, "table", seed=182)], lpn["letter_date"]),
        *[
            File(
                f"paystubs/brightwater-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who_a, "grid", stubs_a, freq="Biweekly")
        ],
        *[
            File(
                f"paystubs/lakeshore-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who_b, "grid", stubs_b, freq="Biweekly")
        ],
        File("language/celpip.pdf", [lang(lang_f, "celpip")], lang_f["result_date"]),
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    "B09927413",
                    D(2030, 3, 2),
                    state_name="FEDERAL REPUBLIC OF NIGERIA",
                    demonym="NIGERIAN",
                    birthplace="IBADAN",
                    issued=D(2020, 3, 3),
                )
            ],
            D(2026, 11, 3),
        ),
        File(
            "status/work-permit.pdf",
            [
                permit(
                    p,
                    "U519038264",
                    D(2024, 8, 12),
                    D(2027, 8, 11),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="NIGERIA",
                    birth_country="NIGERIA",
                    conditions=["NOT VALID FOR EMPLOYMENT IN BUSINESSES RELATED TO THE SEX TRADE."],
                )
            ],
            D(2024, 8, 12),
        ),
    ]
    work = [
        {
            "employer": ea,
            "title": "Nurse Aide",
            "noc": "33102",
            "start": a_start,
            "end": a_end,
            "hours_per_week": 37.5,
        },
        {
            "employer": eb,
            "title": "Registered Practical Nurse",
            "noc": "32101",
            "start": b_start,
            "end": None,
            "hours_per_week": 37.5,
        },
    ]
    cy = _cy(
        p,
        D(2026, 12, 10),
        "ON",
        work,
        [{"test": "celpip_general", "listening": 9, "reading": 8, "writing": 8, "speaking": 9}],
    )
    # CRS, single: age 35 77, master's 135 (declared), CLB L9 R8 W8 S9 108, 1 year of Canadian
    # work 40; transferability 50 (education) + 50 (3 years of nursing abroad, declared): 460
    # on both dates, above the round's cut-off: only the category is missing.
    cy["crs"] = {
        "education": "masters",
        "foreign_work_years": 3,
        "claimed_score": 460,
        "ita_date": D(2026, 10, 22),
        "round": {"type": "healthcare", "cutoff": 452},
    }
    return Case(
        "category-round-short-occupation",
        cy,
        files,
        "needs_attention",
        ["EE-CATEGORY-001"],
        [
            Job("brightwater", a_start, a_end, 37.5),
            Job("lakeshore", b_start, lpn["letter_date"], 37.5),
        ],
        notes="Issue 15: invited in a healthcare round; 8 months as a nurse aide (NOC 33102)\n"
        "and 10 months as a practical nurse (NOC 32101), both on the (unverified) list:\n"
        "enough hours for CEC, but not 12 months in one occupation (EE-CATEGORY-001).",
    )


EE = [crs_birthday_below_cutoff, category_round_short_occupation]
