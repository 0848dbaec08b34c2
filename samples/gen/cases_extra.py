"""Sample cases built to fail the rules the first nine cases never trigger (issue 4): excluded
kinds of work, bare letters, pay-stub discrepancies, and files that are not what they should be.
Fictional people and employers only (.example e-mail domains, 555-01xx phone numbers)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from . import misc, stubs
from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import D, _cy
from .cases_excluded import bare_letters_no_language, excluded_work_quebec
from .common import luhn_sin
from .edits import incremental_edit, truncated
from .model import Case, Doc, File, Job
from .stubs import series


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
                    "pgwp",
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
