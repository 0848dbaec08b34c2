"""Issue 14: what a reference letter says, read in context (situations 4, 5 and 6).

- leave-benefit-letter: "two paid volunteer days" as a benefit, an approved unpaid leave in
  March 2025 and "she is not self-employed": one month excluded, the rest counts.
- promotion-letters: a promotion in sentences (an ended job) and one in a table (the current
  job): every position counts, each with its NOC; true claims are supported.
- current-job-old-letter: a letter dated 2026-06-01 says the job is current; pay stubs run to
  mid-November 2026: hours evidenced to the last stub, and an updated letter is asked for.

Every person, employer, address, phone number and document number here is fictional.
"""

from __future__ import annotations

from typing import Any

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import DUTIES_DB, D, _cy
from .common import luhn_sin
from .letters_positions import letter_promotion_prose, letter_promotion_table
from .model import Case, Doc, File, Job
from .stubs import series


def _ids(p: dict[str, Any], passport_no: str, permit_no: str, permit_from: D) -> list[File]:
    return [
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    passport_no,
                    D(2031, 4, 2),
                    state_name="FEDERATIVE REPUBLIC OF BRAZIL",
                    demonym="BRAZILIAN",
                    birthplace="CAMPINAS",
                    issued=D(2021, 4, 3),
                )
            ],
            D(2026, 10, 20),
        ),
        File(
            "status/open-work-permit.pdf",
            [
                permit(
                    p,
                    permit_no,
                    permit_from,
                    D(2027, 9, 30),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="BRAZIL",
                    birth_country="BRAZIL",
                    conditions=["NOT VALID FOR EMPLOYMENT IN BUSINESSES RELATED TO THE SEX TRADE."],
                )
            ],
            permit_from,
        ),
    ]


def _celpip(p: dict[str, Any], number: str) -> File:
    f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 1, 17),
        "result_date": D(2026, 1, 23),
        "listening": 9,
        "reading": 8,
        "writing": 8,
        "speaking": 9,
        "report_number": number,
    }
    return File("language/celpip.pdf", [lang(f, "celpip")], D(2026, 1, 23))


CELPIP_CLAIM = [
    {"test": "celpip_general", "listening": 9, "reading": 8, "writing": 8, "speaking": 9}
]


def leave_benefit_letter() -> Case:
    p = {
        "name": "Marisol Quintero",
        "given": "Marisol",
        "surname": "Quintero",
        "dob": D(1993, 8, 21),
        "country": "BRA",
    }
    emp = "Brightwater Insights Inc."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "250 Wellington Street West, Suite 900, Toronto, ON M5V 3P6",
        "employer_phone": "(416) 555-0177",
        "employer_email": "people@brightwaterinsights.example",
        "job_title": "Database Analyst",
        "noc_code": "21223",
        "start_date": D(2023, 6, 5),
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 81000.0,
        "wage_period": "year",
        "benefits": "extended health and dental coverage and two paid volunteer days per year",
        "duties": DUTIES_DB,
        "signatory_name": "Gregory Ashworth",
        "signatory_title": "Human Resources Manager",
        "signed": True,
        "letter_date": D(2026, 11, 10),
        "self_employed": False,
        "leave": [{"start": D(2025, 3, 1), "end": D(2025, 3, 31), "kind": "unpaid"}],
    }
    extra = (
        "She was on an approved unpaid leave from March 1 to March 31, 2025. "
        "Ms. Quintero is a salaried employee; she is not self-employed."
    )
    files = [
        File(
            "letters/brightwater-letter.pdf",
            [letter(lt, "prose", seed=61, extra=extra)],
            lt["letter_date"],
        ),
        _celpip(p, "CEL-2026-0117-51840"),
        *_ids(p, "FQ518204", "U512093377", D(2023, 5, 1)),
    ]
    cy = _cy(
        p,
        D(2026, 12, 1),
        "ON",
        [
            {
                "employer": emp,
                "title": "Database Analyst",
                "noc": "21223",
                "start": D(2023, 6, 5),
                "end": None,
                "hours_per_week": 37.5,
            }
        ],
        CELPIP_CLAIM,
    )
    return Case(
        "leave-benefit-letter",
        cy,
        files,
        "ready",
        ["CEC-LEAVE-001"],
        [Job("brightwater", D(2023, 6, 5), D(2026, 11, 10), 37.5)],
        excluded=[("unpaid leave", D(2025, 3, 1), D(2025, 3, 31))],
        notes="Issue 14 situation 4: a volunteer-day benefit, an approved unpaid leave in "
        "March 2025 and a denial of self-employment. Only March 2025 is excluded "
        "(CEC-LEAVE-001, info); the rest counts.",
    )


def _promotion_doc(fields: dict[str, Any], table: bool) -> Doc:
    draw = letter_promotion_table if table else letter_promotion_prose
    return Doc("employment_letter", fields, lambda pdf: draw(pdf, fields, {}))


def promotion_letters() -> Case:
    p = {
        "name": "Rafael Albuquerque",
        "given": "Rafael",
        "surname": "Albuquerque",
        "dob": D(1991, 7, 19),
        "country": "BRA",
        "sex": "M",
    }
    e1, e2 = "Harrowgate Freight Ltd.", "Cobaltline Software Inc."
    first = {
        "employee_name": p["name"],
        "employer_name": e1,
        "employer_address": "1200 Lakeshore Road East, Mississauga, ON L5E 1E9",
        "employer_phone": "(905) 555-0134",
        "employer_email": "hr@harrowgatefreight.example",
        "job_title": "Accounting Technician",
        "noc_code": "12200",
        "start_date": D(2024, 5, 1),
        "end_date": D(2025, 2, 28),
        "current": False,
        "hours_per_week": 37.5,
        "wage_amount": 58000.0,
        "wage_period": "year",
        "benefits": "group health insurance",
        "duties": [
            "Record accounts payable and receivable and reconcile vendor statements",
            "Prepare month-end journal entries and bank reconciliations",
            "Process payroll for 60 drivers and warehouse staff",
        ],
        "signatory_name": "Philippa Drummond",
        "signatory_title": "Controller",
        "signed": True,
        "letter_date": D(2025, 3, 14),
        "positions": [
            {
                "job_title": "Payroll Administrator",
                "noc_code": "13102",
                "start_date": D(2023, 3, 6),
                "end_date": D(2024, 4, 30),
            },
            {
                "job_title": "Accounting Technician",
                "noc_code": "12200",
                "start_date": D(2024, 5, 1),
                "end_date": D(2025, 2, 28),
            },
        ],
    }
    second = {
        "employee_name": p["name"],
        "employer_name": e2,
        "employer_address": "95 King Street East, Suite 500, Toronto, ON M5C 1G4",
        "employer_phone": "(416) 555-0188",
        "employer_email": "careers@cobaltlinesoftware.example",
        "job_title": "Data Analyst",
        "noc_code": "21223",
        "start_date": D(2026, 1, 1),
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 84000.0,
        "wage_period": "year",
        "benefits": "health and dental coverage",
        "duties": DUTIES_DB[:3],
        "signatory_name": "Yvonne Castellanos",
        "signatory_title": "Director, People and Culture",
        "signed": True,
        "letter_date": D(2026, 11, 9),
        "positions": [
            {
                "job_title": "Junior Data Analyst",
                "noc_code": "21223",
                "start_date": D(2025, 3, 17),
                "end_date": D(2025, 12, 31),
            },
            {
                "job_title": "Data Analyst",
                "noc_code": "21223",
                "start_date": D(2026, 1, 1),
                "end_date": None,
            },
        ],
    }
    files = [
        File("letters/harrowgate-letter.pdf", [_promotion_doc(first, False)], first["letter_date"]),
        File(
            "letters/cobaltline-letter.pdf", [_promotion_doc(second, True)], second["letter_date"]
        ),
        _celpip(p, "CEL-2026-0117-62215"),
        *_ids(p, "FR902716", "U588120944", D(2022, 10, 1)),
    ]
    cy = _cy(
        p,
        D(2026, 12, 1),
        "ON",
        [
            {
                "employer": e1,
                "noc": "12200",
                "start": D(2023, 3, 6),
                "end": D(2025, 2, 28),
                "hours_per_week": 37.5,
            },
            {
                "employer": e2,
                "title": "Junior Data Analyst",
                "noc": "21223",
                "start": D(2025, 3, 17),
                "end": D(2025, 12, 31),
                "hours_per_week": 37.5,
            },
            {
                "employer": e2,
                "title": "Data Analyst",
                "noc": "21223",
                "start": D(2026, 1, 1),
                "end": None,
                "hours_per_week": 37.5,
            },
        ],
        CELPIP_CLAIM,
    )
    return Case(
        "promotion-letters",
        cy,
        files,
        "ready",
        ["LETTER-AGE-001"],
        [
            Job("harrowgate", D(2023, 3, 6), D(2025, 2, 28), 37.5),
            Job("cobaltline", D(2025, 3, 17), D(2026, 11, 9), 37.5),
        ],
        notes="Issue 14 situation 5: a promotion in sentences (ended job) and one in a table "
        "(current job). Every position counts with its own NOC and TEER; the claims (the whole "
        "first employment, then each position of the second) are supported. The first "
        "letter, of a job that ended in 2025, is older than the firm's 180 days (info).",
    )


def current_job_old_letter() -> Case:
    p = {
        "name": "Joaquim Bettencourt",
        "given": "Joaquim",
        "surname": "Bettencourt",
        "dob": D(1990, 2, 11),
        "country": "BRA",
        "sex": "M",
    }
    emp = "Tidewater Civic Analytics Ltd."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "1100 Melville Street, Suite 600, Vancouver, BC V6E 4A6",
        "employer_phone": "(604) 555-0166",
        "employer_email": "hr@tidewatercivic.example",
        "job_title": "Database Analyst",
        "noc_code": "21223",
        "start_date": D(2025, 6, 30),
        "end_date": None,
        "current": True,
        "hours_per_week": 30.0,
        "wage_amount": 36.0,
        "wage_period": "hour",
        "benefits": "health and dental coverage",
        "duties": DUTIES_DB,
        "signatory_name": "Harriet Lindqvist",
        "signatory_title": "Human Resources Manager",
        "signed": True,
        "letter_date": D(2026, 6, 1),
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("05718263"),
        "emp_id": "TCA-2291",
    }
    stubs = series("biweekly", 30, 36.00, D(2025, 6, 30), D(2026, 11, 22), 12)
    last = max(s.fields["period_end"] for s in pay_stubs(who, "grid", stubs, freq="Biweekly"))
    files = [
        File("letters/tidewater-letter.pdf", [letter(lt, "table", seed=63)], lt["letter_date"]),
        *[
            File(
                f"paystubs/tidewater-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who, "grid", stubs, freq="Biweekly")
        ],
        _celpip(p, "CEL-2026-0117-73902"),
        *_ids(p, "FS330418", "U604417720", D(2025, 5, 15)),
    ]
    cy = _cy(
        p,
        D(2026, 12, 1),
        "BC",
        [
            {
                "employer": emp,
                "title": "Database Analyst",
                "noc": "21223",
                "start": D(2025, 6, 30),
                "end": None,
                "hours_per_week": 30,
            }
        ],
        CELPIP_CLAIM,
    )
    return Case(
        "current-job-old-letter",
        cy,
        files,
        "needs_attention",
        ["XDOC-PERIOD-001", "LETTER-AGE-001"],
        [Job("tidewater", D(2025, 6, 30), last, 30)],
        notes="Issue 14 situation 6: the letter (2026-06-01) says the job is current and the "
        f"pay stubs run to {last}. Counting to the letter's date gives ~1,444 h (not "
        "eligible); the stubs evidence the work to their last day, and XDOC-PERIOD-001 asks "
        "for an updated letter.",
    )


LETTERS = [leave_benefit_letter, promotion_letters, current_job_old_letter]
