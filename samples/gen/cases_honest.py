"""Issue 14 situations 7 and 8: language results IRCC does not accept or that have expired.

`language-not-accepted`: an otherwise eligible born-digital file whose English result (IELTS
General Training, expiring 36 days after the submission date) counts, beside a TEF Canada that
expired before the submission date (the profile still declares it as second language: it earns
0 CRS points, 62 before issue 14), a TCF tout public (not TCF Canada: not accepted) and a PTE
Core taken before 2024-01-30 (not accepted).
"""

from __future__ import annotations

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import DUTIES_DB, D, _cy
from .common import luhn_sin
from .model import Case, File, Job
from .stubs import series


def language_not_accepted() -> Case:
    p = {
        "name": "Amara Nwosu",
        "given": "Amara",
        "surname": "Nwosu",
        "dob": D(1993, 9, 17),
        "country": "NGA",
    }
    emp = "Lakeview Analytics Corp."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "95 King Street East, Suite 700, Toronto, ON M5C 1G4",
        "employer_phone": "(416) 555-0163",
        "employer_email": "people@lakeviewanalytics.example",
        "job_title": "Database Analyst",
        "noc_code": "21223",
        "start_date": D(2024, 2, 5),
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 81000.0,
        "wage_period": "year",
        "benefits": "extended health and dental coverage and three weeks of paid vacation",
        "duties": DUTIES_DB,
        "signatory_name": "Grace Whitfield",
        "signatory_title": "Director, Human Resources",
        "signed": True,
        "letter_date": D(2026, 11, 26),
        "work_location": "Toronto, Ontario",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("05318264"),
        "emp_id": "LVA-2211",
    }
    stubs = series("biweekly", 37.5, 41.54, D(2024, 2, 5), D(2026, 11, 22), 3)
    person = {"family": p["surname"], "first": p["given"]}
    ielts_f = {
        "test": "ielts_general_training",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        # valid until 2027-01-20, 36 days after the submission date: LANG-EXPIRING-001
        "test_date": D(2025, 1, 18),
        "result_date": D(2025, 1, 20),
        "listening": 8.5,
        "reading": 7.5,
        "writing": 7.0,
        "speaking": 7.5,
        "overall": 7.5,
        "report_number": "25CA204871NWOA001G",
    }
    tef_f = {  # expired on 2026-06-19, before the submission date 2026-12-15
        "test": "tef_canada",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2024, 6, 8),
        "result_date": D(2024, 6, 19),
        "listening": 470,
        "reading": 465,
        "writing": 480,
        "speaking": 500,
        "report_number": "TEF-2024-0619-55102",
    }
    tef_nclc = {
        "listening": (8, "B2"),
        "reading": (8, "B2"),
        "writing": (8, "B2"),
        "speaking": (8, "B2"),
    }
    tcf_f = {  # TCF tout public: not TCF Canada
        "test": "tcf",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 4, 18),
        "result_date": D(2026, 4, 24),
        "listening": 520,
        "reading": 505,
        "writing": 12,
        "speaking": 13,
        "report_number": "TCFTP-2026-331904",
    }
    tcf_nclc = {
        "listening": (8, "B2"),
        "reading": (8, "B2"),
        "writing": (8, "B2"),
        "speaking": (8, "B2"),
    }
    pte_f = {  # taken before 2024-01-30, when IRCC began to accept PTE Core
        "test": "pte_core",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2024, 1, 20),
        "result_date": D(2024, 1, 25),
        "listening": 72,
        "reading": 70,
        "writing": 75,
        "speaking": 78,
        "overall": 73,
        "report_number": "PTE-CORE-2024-77310",
    }
    files = [
        File(
            "letters/lakeview-employment-letter.pdf",
            [letter(lt, "table", seed=141)],
            lt["letter_date"],
        ),
        *[
            File(
                f"paystubs/lakeview-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who, "grid", stubs, freq="Biweekly")
        ],
        File("language/ielts-trf.pdf", [lang(ielts_f, "ielts", **person)], D(2025, 1, 20)),
        File(
            "language/tef-canada-2024.pdf",
            [lang(tef_f, "tef", nclc=tef_nclc, **person)],
            D(2024, 6, 19),
        ),
        File(
            "language/tcf-tout-public.pdf",
            [lang(tcf_f, "tcf", nclc=tcf_nclc, title="TCF tout public", **person)],
            D(2026, 4, 24),
        ),
        File("language/pte-core-2024.pdf", [lang(pte_f, "pte")], D(2024, 1, 25)),
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    "A07731942",
                    D(2031, 8, 2),
                    state_name="FEDERAL REPUBLIC OF NIGERIA",
                    demonym="NIGERIAN",
                    birthplace="ENUGU",
                    issued=D(2021, 8, 3),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "status/work-permit.pdf",
            [
                permit(
                    p,
                    "U418830271",
                    D(2023, 12, 4),
                    D(2027, 12, 3),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="NIGERIA",
                    birth_country="NIGERIA",
                )
            ],
            D(2023, 12, 4),
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
                "start": D(2024, 2, 5),
                "end": None,
                "hours_per_week": 37.5,
            }
        ],
        [
            {
                "test": "ielts_general_training",
                "listening": 8.5,
                "reading": 7.5,
                "writing": 7.0,
                "speaking": 7.5,
            }
        ],
    )
    cy["crs"] = {  # the profile's declarations: the TEF Canada still counted as second language
        "education": "bachelors",
        "second_language": {
            "test": "tef_canada",
            "clb": {"listening": 8, "reading": 8, "writing": 8, "speaking": 8},
        },
    }
    return Case(
        "language-not-accepted",
        cy,
        files,
        "needs_attention",
        # LANG-TEST-001 at info: an accepted result is in the file; it expires 36 days after
        # the submission date (LANG-EXPIRING-001, warning).
        ["LANG-TEST-001", "LANG-EXPIRING-001"],
        [Job("lakeview", D(2024, 2, 5), D(2026, 11, 26), 37.5)],
        notes="Issue 14 situations 7 and 8: an expired TEF Canada declared as second language "
        "earns no CRS points; TCF tout public and a PTE Core taken before 2024-01-30 are not "
        "accepted (noted, an IELTS General Training result counts, expiring soon).",
    )


HONEST = [language_not_accepted]
