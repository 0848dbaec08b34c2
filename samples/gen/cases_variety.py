"""The `layout-variety` case (issue 3): an eligible, clean file whose T4 slips and permits use the
layouts of gen/variety.py, so every document kind has at least three layouts among the samples.
Fictional people, employers, schools and numbers only (.example e-mail domains, 555-01xx phones)."""

from __future__ import annotations

import datetime as dt

from . import stubs
from .builders import lang, letter, passport, pay_stubs
from .cases_common import DUTIES_DB, _cy
from .common import luhn_sin
from .model import Case, File, Job
from .variety import permit_doc, t4_doc

D = dt.date


def _year_end_amounts(every: list[stubs.Stub], year: int) -> dict[str, float]:
    """What a T4 reports for `year`: the YTD figures of the last stub paid that year."""
    last = [s for s in every if s.pay_date.year == year][-1]
    ded = {lab: y for lab, _, y in last.deductions}
    return {
        "income": last.ytd_gross,
        "cpp": ded["CPP"],
        "ei": ded["EI"],
        "tax": round(ded["Federal tax"] + ded["Provincial tax"], 2),
    }


def layout_variety() -> Case:
    sin = luhn_sin("13572468")
    p = {
        "name": "Linh Tran",
        "given": "Linh",
        "surname": "Tran",
        "dob": D(1998, 4, 23),
        "country": "VNM",
        "sin": sin,
    }
    emp = "Cedarline Analytics Inc."
    addr = "275 Slater Street, Suite 900, Ottawa, ON K1P 5H9"
    school = "Rideau Valley College"
    start = D(2024, 7, 8)
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": addr,
        "employer_phone": "(613) 555-0163",
        "employer_email": "people@cedarline.example",
        "job_title": "Database Analyst",
        "noc_code": "21223",
        "start_date": start,
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 74100.0,
        "wage_period": "year",
        "benefits": "group health and dental insurance and three weeks of paid vacation",
        "duties": DUTIES_DB,
        "signatory_name": "Simone Gauthier",
        "signatory_title": "Human Resources Manager",
        "signed": True,
        "letter_date": D(2026, 11, 27),
        "work_location": "Ottawa, Ontario",
    }
    who = {"employee_name": p["name"], "employer_name": emp, "employer_address": addr, "sin": sin}
    last = D(2026, 11, 22)
    every = stubs.series(
        "biweekly", 37.5, 38.00, start, last, len(stubs._periods("biweekly", start, last))
    )
    home = "41 Rochester Street, Apt 6\nOttawa ON K1R 7L9"
    t4_2023 = t4_doc(
        "summary",
        p,
        "Rideau Valley College Campus Services",
        2023,
        "ON",
        {"income": 8640.00, "cpp": 339.26, "ei": 141.70, "tax": 412.50},
        employer_address="1400 Woodroffe Avenue, Ottawa, ON K2G 1V8",
    )
    t4_2024 = t4_doc(
        "cra",
        p,
        emp,
        2024,
        "ON",
        _year_end_amounts(every, 2024),
        employer_address=addr,
        employee_address=home,
    )
    t4_2025 = t4_doc(
        "fr",
        p,
        emp,
        2025,
        "ON",
        _year_end_amounts(every, 2025),
        employer_address=addr,
        employee_address=home,
    )
    sp1 = permit_doc(
        "list",
        p,
        "F102938475",
        D(2021, 8, 16),
        D(2023, 5, 31),
        institution=school,
        dli="O19283746512",
        uci="11-2233-4455",
        level="College - diploma",
        field="Computer Systems Technology",
        conditions=[
            "Must remain enrolled at a designated learning institution.",
            "May work 20 hours per week off campus during regular academic sessions.",
        ],
    )
    sp2 = permit_doc(
        "fr",
        p,
        "F203948571",
        D(2023, 5, 15),
        D(2024, 6, 28),
        institution=school,
        dli="O19283746512",
        uci="11-2233-4455",
        citizenship="VIET NAM",
        level="Collège - diplôme avancé",
        conditions=[
            "DOIT ÊTRE INSCRIT DANS UN EED.",
            "PEUT TRAVAILLER 20 H PAR SEMAINE HORS CAMPUS.",
        ],
    )
    pgwp = permit_doc(
        "fr",
        p,
        "U403928175",
        D(2024, 6, 17),
        D(2027, 6, 16),
        "pgwp",
        uci="11-2233-4455",
        citizenship="VIET NAM",
        type_text="POSTDIPLÔME / POST-GRADUATION",
        conditions=["OUVERT - PROGRAMME DE PERMIS DE TRAVAIL POSTDIPLÔME."],
    )
    lang_f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 4, 11),
        "result_date": D(2026, 4, 17),
        "listening": 9,
        "reading": 8,
        "writing": 8,
        "speaking": 8,
        "report_number": "CEL-2026-0411-30452",
    }
    files = [
        File(
            "emploi/cedarline-letter.pdf",
            [letter(lt, "memo", seed=151, start_label="Date of hire", color=(30, 110, 120))],
            lt["letter_date"],
        ),
        *[
            File(f"emploi/paie-{s.fields['pay_date'].isoformat()}.pdf", [s], s.fields["pay_date"])
            for s in pay_stubs(who, "twocol", every[-3:], freq="Biweekly")
        ],
        File("impots/t4-2023-campus.pdf", [t4_2023], D(2024, 2, 23)),
        File("impots/IMG_0412.jpg", [t4_2024], D(2025, 2, 21), "photo", skews=[1.2], seed=1501),
        File("impots/t4-2025-fr.pdf", [t4_2025], D(2026, 2, 20)),
        File("statut/study-permit-2021.pdf", [sp1], D(2021, 8, 16)),
        File("statut/IMG_0398.jpg", [sp2], D(2023, 5, 15), "photo", skews=[-1.4], seed=1502),
        File("statut/pgwp.pdf", [pgwp], D(2024, 6, 17)),
        File(
            "language/celpip.pdf", [lang(lang_f, "celpip", celpip_id="CP-00830452")], D(2026, 4, 17)
        ),
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    "C4729183",
                    D(2033, 9, 14),
                    state_name="SOCIALIST REPUBLIC OF VIET NAM",
                    demonym="VIETNAMESE",
                    birthplace="DA NANG",
                    issued=D(2023, 9, 15),
                    tint=(236, 232, 244),
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
                "employer": emp,
                "title": "Database Analyst",
                "noc": "21223",
                "start": start,
                "end": None,
                "hours_per_week": 37.5,
            }
        ],
        [{"test": "celpip_general", "listening": 9, "reading": 8, "writing": 8, "speaking": 8}],
        study=[{"institution": school, "start": D(2021, 9, 7), "end": D(2024, 4, 26)}],
    )
    return Case(
        "layout-variety",
        cy,
        files,
        "ready",
        [],
        [Job("cedarline", start, lt["letter_date"], 37.5)],
        excluded=[
            ("full-time study at " + school + " (study permits)", D(2021, 8, 16), D(2024, 6, 28))
        ],
        notes="Issue 3 layout variety: T4 slips in the CRA box grid (phone photo), in\n"
        "French (case 14 Revenus d'emploi) and as an employer's statement; study\n"
        "permits as an English list and a French-first form (phone photo); a PGWP\n"
        "in the French-first form. Clean and eligible.",
    )


VARIETY = [layout_variety]
