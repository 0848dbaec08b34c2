"""Issue 15 cases: eligible born-digital files whose one letter fails a NOC 2021 check (duties of
another occupation, duties copied from the NOC, a code that does not exist). Fictional people,
employers and numbers only (.example e-mail domains, 555-01xx phones). The copied duties are
Statistics Canada's NOC 2021 text (Open Government Licence - Canada)."""

from __future__ import annotations

import datetime as dt

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import _cy
from .common import luhn_sin
from .model import Case, File, Job
from .stubs import series

D = dt.date

# A help-desk technician's work (NOC 22221, user support technicians), in a letter that claims
# 21232 software developers and programmers.
DUTIES_HELP_DESK = [
    "Answer tickets from staff in our Zendesk queue and solve login, e-mail and printer problems",
    "Set up laptops and phones for new hires and install the standard software image",
    "Walk users through password resets and VPN access over the phone",
    "Log recurring hardware faults and escalate server issues to the infrastructure team",
    "Keep the inventory of laptops, monitors and licences up to date",
]
# Main duties of NOC 21232 copied word for word (Statistics Canada, NOC 2021 Version 1.0).
DUTIES_COPIED_21232 = [
    "Design, write, read, test, and correct code for new software",
    "Write, modify, integrate and test software code for e-commerce, Internet and mobile "
    "applications",
    "Write documentation for new and updated software",
]
# A business analyst's work, in the employer's own words.
DUTIES_ANALYST = [
    "Interview department heads to map the order-to-cash process and write the requirements",
    "Prepare business cases with cost and benefit estimates for new software purchases",
    "Track project scope and report progress to the steering committee every month",
    "Write test scripts with users and sign off the new ERP modules before launch",
]


def _noc_case(
    name: str,
    person: dict,
    employer: str,
    domain: str,
    title: str,
    noc: str,
    duties: list[str],
    seed: int,
) -> tuple[dict, list[File], dict]:
    """An eligible file: one current job from 2024-02-05 at 37.5 h/week (letter, 3 biweekly
    stubs), CELPIP 9/8/8/9, passport and an open work permit; the letter as given."""
    start = D(2024, 2, 5)
    lt = {
        "employee_name": person["name"],
        "employer_name": employer,
        "employer_address": "1200 Bay Street, Suite 900, Toronto, ON M5R 2A5",
        "employer_phone": "(416) 555-0163",
        "employer_email": f"people@{domain}",
        "job_title": title,
        "noc_code": noc,
        "start_date": start,
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 74000.0,
        "wage_period": "year",
        "benefits": "health and dental coverage, three weeks of paid vacation",
        "duties": duties,
        "signatory_name": "Helen Tran",
        "signatory_title": "Manager, Human Resources",
        "signed": True,
        "letter_date": D(2026, 11, 20),
        "work_location": "Toronto, Ontario",
    }
    who = {
        "employee_name": person["name"],
        "employer_name": employer,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin(person["sin8"]),
        "emp_id": f"E-{seed:04d}",
    }
    stubs = series("biweekly", 37.5, 37.95, start, D(2026, 11, 15), 3)
    lang_f = {
        "test": "celpip_general",
        "candidate_name": person["name"],
        "date_of_birth": person["dob"],
        "test_date": D(2026, 3, 7),
        "result_date": D(2026, 3, 13),
        "listening": 9,
        "reading": 8,
        "writing": 8,
        "speaking": 9,
        "report_number": f"CEL-2026-0307-{seed:05d}",
    }
    files = [
        File("letters/employment-letter.pdf", [letter(lt, "table", seed=seed)], lt["letter_date"]),
        *[
            File(f"paystubs/{s.fields['pay_date'].isoformat()}.pdf", [s], s.fields["pay_date"])
            for s in pay_stubs(who, "grid", stubs, freq="Biweekly")
        ],
        File("language/celpip.pdf", [lang(lang_f, "celpip")], D(2026, 3, 13)),
        File(
            "identity/passport.pdf",
            [
                passport(
                    person,
                    person["passport"],
                    D(2033, 4, 2),
                    state_name="REPUBLIC OF THE PHILIPPINES",
                    demonym="FILIPINO",
                    birthplace="CEBU CITY",
                    issued=D(2023, 4, 3),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "status/work-permit.pdf",
            [
                permit(
                    person,
                    person["permit"],
                    D(2023, 12, 1),
                    D(2027, 11, 30),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="PHILIPPINES",
                    birth_country="PHILIPPINES",
                )
            ],
            D(2023, 12, 1),
        ),
    ]
    cy = _cy(
        person,
        D(2026, 12, 10),
        "ON",
        [
            {
                "employer": employer,
                "title": title,
                "noc": noc,
                "start": start,
                "end": None,
                "hours_per_week": 37.5,
            }
        ],
        [{"test": "celpip_general", "listening": 9, "reading": 8, "writing": 8, "speaking": 9}],
    )
    return cy, files, lt


def _person(name: str, given: str, surname: str, dob: D, sin8: str, n: int) -> dict:
    return {
        "name": name,
        "given": given,
        "surname": surname,
        "dob": dob,
        "country": "PHL",
        "sin8": sin8,
        "passport": f"P{7301120 + n}A",
        "permit": f"U4{n:02d}551872",
    }


def noc_duties_other_occupation() -> Case:
    p = _person("Angelo Reyes", "Angelo", "Reyes", D(1993, 8, 21), "91752304", 1)
    cy, files, lt = _noc_case(
        "noc-duties-other-occupation",
        p,
        "Lakeshore Logistics Software Ltd.",
        "lakeshorelogistics.example",
        "Software Developer",
        "21232",
        DUTIES_HELP_DESK,
        151,
    )
    return Case(
        "noc-duties-other-occupation",
        cy,
        files,
        "needs_attention",
        ["LETTER-NOC-001"],
        [Job("lakeshore", D(2024, 2, 5), lt["letter_date"], 37.5)],
        notes="The letter claims NOC 21232 (software developers and programmers) for a help-desk\n"
        "technician's duties (tickets, laptop set-up, password resets: NOC 22221 user\n"
        "support technicians, TEER 2): LETTER-NOC-001 fails and names the codes that fit.",
    )


def noc_duties_verbatim() -> Case:
    p = _person("Maricel Santos", "Maricel", "Santos", D(1995, 1, 30), "93418275", 2)
    cy, files, lt = _noc_case(
        "noc-duties-verbatim",
        p,
        "Harbourline Apps Inc.",
        "harbourlineapps.example",
        "Software Developer",
        "21232",
        DUTIES_COPIED_21232,
        152,
    )
    return Case(
        "noc-duties-verbatim",
        cy,
        files,
        "needs_attention",
        ["LETTER-NOC-002"],
        [Job("harbourline", D(2024, 2, 5), lt["letter_date"], 37.5)],
        notes="The letter's three duties are main duties of NOC 21232 copied word for word:\n"
        "LETTER-NOC-002 lists the copied passages. The duties do match the code\n"
        "(LETTER-NOC-001 passes).",
    )


def noc_code_nonexistent() -> Case:
    p = _person("Joel Navarro", "Joel", "Navarro", D(1992, 11, 4), "94620158", 3)
    cy, files, lt = _noc_case(
        "noc-code-nonexistent",
        p,
        "Cedarview Foods Distribution Inc.",
        "cedarviewfoods.example",
        "Business Analyst",
        "11209",
        DUTIES_ANALYST,
        153,
    )
    return Case(
        "noc-code-nonexistent",
        cy,
        files,
        "needs_attention",
        ["CEC-NOC-002"],
        [Job("cedarview", D(2024, 2, 5), lt["letter_date"], 37.5)],
        unknown=["LETTER-NOC-001"],
        notes="The letter (and case.yaml) give NOC 11209, which is not a NOC 2021 unit group\n"
        "(its second digit still reads as TEER 1, so the hours count): CEC-NOC-002 fails.\n"
        "The duties cannot be compared with a code that does not exist: LETTER-NOC-001\n"
        "is unknown (info).",
    )


NOC = [noc_duties_other_occupation, noc_duties_verbatim, noc_code_nonexistent]
