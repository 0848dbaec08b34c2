"""Issue 14, item 2: one PDF holding several logical documents, each with its own findings.

Every person, employer, address, phone number and document number here is fictional.
"""

from __future__ import annotations

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import DUTIES_DB, D, _cy
from .common import luhn_sin
from .model import Case, File, Job
from .stubs import series


def letter_and_stubs_one_pdf() -> Case:
    """A born-digital PDF the employer sent as one file: a two-page reference letter (pages 1-2)
    and two biweekly pay stubs (pages 3 and 4). The stub on page 3 pays a period before the
    letter's start date (the employee worked a paid trial fortnight the letter leaves out), the
    one on page 4 a recent period: XDOC-PERIOD-001 fails for the part `#page=3` only, and every
    finding, its evidence and its id name the part it is about, not the whole file."""
    p = {
        "name": "Ines Valdivia Rojas",
        "given": "Ines",
        "surname": "Valdivia Rojas",
        "dob": D(1993, 8, 4),
        "country": "CHL",
    }
    emp = "Harbourline Data Services Ltd."
    start = D(2024, 3, 4)
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "1701 Hollis Street, Suite 800, Halifax, NS B3J 3M8",
        "employer_phone": "(902) 555-0163",
        "employer_email": "people@harbourlinedata.example",
        "job_title": "Database Analyst",
        "noc_code": "21223",
        "start_date": start,
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 78000.0,
        "wage_period": "year",
        "benefits": "health and dental plan, 5% RRSP matching, three weeks of paid vacation",
        "duties": DUTIES_DB,
        "signatory_name": "Colm Brennan",
        "signatory_title": "Manager, People and Culture",
        "signed": True,
        "letter_date": D(2026, 11, 24),
        "work_location": "Halifax, Nova Scotia",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("05377214"),
        "emp_id": "HDS-2291",
    }
    # The trial fortnight before the letter's start date, then the latest pay period.
    trial = series("biweekly", 37.5, 40.00, D(2024, 2, 19), D(2024, 3, 3), 1)
    latest = series("biweekly", 37.5, 40.00, D(2024, 2, 19), D(2026, 11, 22), 1)
    bundle = [
        letter(lt, "table", seed=71, break_after_duty=3),
        *pay_stubs(who, "grid", trial + latest, freq="Biweekly"),
    ]
    lang_f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 3, 7),
        "result_date": D(2026, 3, 13),
        "listening": 9,
        "reading": 8,
        "writing": 8,
        "speaking": 9,
        "report_number": "CEL-2026-0307-51942",
    }
    files = [
        File("harbourline/letter-and-pay-stubs.pdf", bundle, lt["letter_date"]),
        File("language/celpip-score-report.pdf", [lang(lang_f, "celpip")], D(2026, 3, 13)),
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    "P31874402",
                    D(2033, 2, 9),
                    state_name="REPUBLIC OF CHILE",
                    demonym="CHILEAN",
                    birthplace="VALPARAISO",
                    issued=D(2023, 2, 10),
                )
            ],
            D(2026, 10, 5),
        ),
        File(
            "status/work-permit.pdf",
            [
                permit(
                    p,
                    "U418830152",
                    D(2023, 12, 4),
                    D(2027, 12, 3),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="CHILE",
                    birth_country="CHILE",
                    conditions=[
                        "SPOUSE OF SKILLED WORKER - R205(C)(I). NOT VALID FOR "
                        "EMPLOYMENT IN BUSINESSES RELATED TO THE SEX TRADE."
                    ],
                )
            ],
            D(2023, 12, 4),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "NS",
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
        [{"test": "celpip_general", "listening": 9, "reading": 8, "writing": 8, "speaking": 9}],
    )
    return Case(
        "letter-and-stubs-one-pdf",
        cy,
        files,
        "needs_attention",
        ["XDOC-PERIOD-001", "STUB-GAP-001"],
        [Job("harbourline", start, lt["letter_date"], 37.5)],
        notes="One born-digital PDF holding a 2-page letter (pages 1-2) and two pay stubs\n"
        "(page 3: a trial fortnight before the letter's start date; page 4: November 2026).",
    )


PARTS = [letter_and_stubs_one_pdf]
