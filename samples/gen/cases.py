"""The sample cases. Every person, employer, address, phone number and document number here is
fictional (e-mail domains use the reserved .example TLD, phone numbers the 555-01xx range)."""

from __future__ import annotations

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_clean import eligible_en_digital, eligible_fr_scanned, short_hours_parttime
from .cases_common import D, _cy
from .cases_mixed import photo_mixed_multidoc, study_overlap_permit_gap
from .cases_overlap import ielts_academic_low_clb, two_jobs_overlap
from .common import luhn_sin
from .model import Case, File, Job
from .stubs import series


def identity_mismatch() -> Case:
    p = {
        "name": "Nadia Belkacem",
        "given": "Nadia",
        "surname": "Belkacem",
        "dob": D(1991, 7, 14),
        "country": "MAR",
    }
    emp = "Groupe Financier Granit inc."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "155, rue Queen, bureau 1100, Ottawa (Ontario) K1P 6L1",
        "employer_phone": "613 555-0138",
        "employer_email": "talents@granitfinancier.example",
        "job_title": "Analyste financière",
        "noc_code": "11101",
        "start_date": D(2023, 9, 11),
        "end_date": None,
        "current": True,
        "hours_per_week": 40.0,
        "wage_amount": 85000.0,
        "wage_period": "year",
        "benefits": "régime de retraite, assurances collectives et trois semaines de congé",
        "duties": [
            "Analyser les états financiers des sociétés clientes",
            "Préparer des modèles financiers et des prévisions de flux de trésorerie",
            "Rédiger des recommandations d'investissement pour le comité",
            "Suivre la performance des portefeuilles et présenter les résultats",
        ],
        "signatory_name": "Marie-Josée Gagnon",
        "signatory_title": "Vice-présidente, Talents",
        "signed": True,
        "letter_date": D(2026, 12, 4),
        "work_location": "Ottawa (Ontario)",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("96247135"),
    }
    st = series("biweekly", 40, 40.87, D(2023, 9, 11), D(2026, 11, 29), 2)
    tcf_name, tcf_dob = "Nadia Belkhir", D(1991, 4, 7)
    lang_f = {
        "test": "tcf_canada",
        "candidate_name": tcf_name,
        "date_of_birth": tcf_dob,
        "test_date": D(2026, 2, 21),
        "result_date": D(2026, 3, 6),
        "listening": 530,
        "reading": 510,
        "writing": 12,
        "speaking": 14,
        "report_number": "TCFCA-2026-118274",
    }
    nclc = {
        "listening": (9, "C1"),
        "reading": (8, "B2"),
        "writing": (8, "B2"),
        "speaking": (9, "C1"),
    }
    files = [
        File(
            "01-attestation-emploi.pdf",
            [letter(lt, "fr", seed=81, city="Ottawa")],
            lt["letter_date"],
        ),
        *[
            File(f"0{i + 2}-talon-de-paie.pdf", [s], s.fields["pay_date"])
            for i, s in enumerate(pay_stubs(who, "twocol", st, freq="Biweekly"))
        ],
        File(
            "04-tcf-canada.pdf",
            [lang(lang_f, "tcf", family="Belkhir", first="Nadia", nclc=nclc)],
            D(2026, 3, 6),
        ),
        File(
            "05-passeport.png",
            [
                passport(
                    p,
                    "UZ4821730",
                    D(2030, 10, 2),
                    variant="fr",
                    state_name="ROYAUME DU MAROC",
                    demonym="MAROCAINE",
                    birthplace="FES",
                    issued=D(2020, 10, 3),
                    tint=(240, 228, 232),
                )
            ],
            D(2026, 11, 2),
            "scan",
            skews=[2.4],
            seed=801,
        ),
        File(
            "06-permis-travail.pdf",
            [
                permit(
                    p,
                    "U483019562",
                    D(2023, 8, 28),
                    D(2027, 8, 27),
                    "pgwp",
                    variant="b",
                    type_text="POST-GRADUATION WORK PERMIT",
                    citizenship="MOROCCO",
                    birth_country="MOROCCO",
                    conditions=["OPEN - POST-GRADUATION WORK PERMIT PROGRAM."],
                )
            ],
            D(2023, 8, 28),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 18),
        "ON",
        [
            {
                "employer": emp,
                "title": "Analyste financière",
                "noc": "11101",
                "start": D(2023, 9, 11),
                "end": None,
                "hours_per_week": 40,
            }
        ],
        [{"test": "tcf_canada", "listening": 530, "reading": 510, "writing": 12, "speaking": 14}],
    )
    return Case(
        "identity-mismatch",
        cy,
        files,
        "needs_attention",
        ["XDOC-NAME-001", "XDOC-DOB-001"],
        [Job("granit", D(2023, 9, 11), D(2026, 12, 4), 40)],
        notes="The TCF Canada attestation names 'Nadia Belkhir', born 1991-04-07; the\n"
        "passport and every other document say Nadia Belkacem, born 1991-07-14.",
    )


def incomplete_letter_noc2016() -> Case:
    p = {
        "name": "Olena Kovalenko",
        "given": "Olena",
        "surname": "Kovalenko",
        "dob": D(1988, 2, 19),
        "country": "UKR",
    }
    emp = "Golden Wheat Family Restaurant Ltd."
    lt = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": "1455 Pembina Highway, Winnipeg, MB R3T 2C4",
        "job_title": "Food Service Supervisor",
        "noc_code": "6311",
        "start_date": D(2024, 2, 5),
        "end_date": None,
        "current": True,
        "hours_per_week": 40.0,
        "duties": [
            "Supervise and coordinate the activities of servers and kitchen helpers",
            "Establish work schedules and monitor staff performance",
            "Estimate and order ingredients and supplies",
            "Ensure food service quality and cleanliness standards are met",
        ],
        "signatory_name": "Victor Lam",
        "signatory_title": "General Manager",
        "signed": False,
        "letter_date": D(2026, 11, 20),
    }
    who = {
        "employee_name": p["name"],
        "employer_name": emp,
        "employer_address": lt["employer_address"],
        "sin": luhn_sin("92873310"),
    }
    st = series("biweekly", 40, 19.25, D(2024, 2, 5), D(2026, 11, 15), 2)
    lang_f = {
        "test": "celpip_general",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 6, 13),
        "result_date": D(2026, 6, 19),
        "listening": 8,
        "reading": 7,
        "writing": 7,
        "speaking": 8,
        "report_number": "CEL-2026-0613-72005",
    }
    files = [
        File(
            "reference_letter_scan.pdf",
            [letter(lt, "prose", seed=91, noc_label="B - ", pronoun="she")],
            lt["letter_date"],
            "scan",
            skews=[-1.0],
            seed=901,
        ),
        *[
            File(f"paystub_{i + 1}.pdf", [s], s.fields["pay_date"])
            for i, s in enumerate(pay_stubs(who, "grid", st, freq="Biweekly"))
        ],
        File(
            "celpip_results.pdf", [lang(lang_f, "celpip", celpip_id="CP-00774410")], D(2026, 6, 19)
        ),
        File(
            "passport_ukr.pdf",
            [
                passport(
                    p,
                    "FT219847",
                    D(2032, 3, 1),
                    state_name="UKRAINE",
                    demonym="UKRAINE",
                    birthplace="KHARKIV",
                    issued=D(2022, 3, 2),
                    tint=(228, 236, 248),
                )
            ],
            D(2026, 11, 2),
        ),
        File(
            "work_permit.pdf",
            [
                permit(
                    p,
                    "U309927514",
                    D(2024, 1, 22),
                    D(2027, 1, 21),
                    "employer_specific",
                    employer=emp,
                    type_text="EMPLOYER-SPECIFIC",
                    occupation="62020 - FOOD SERVICE SUPERVISOR",
                    citizenship="UKRAINE",
                    birth_country="UKRAINE",
                    conditions=[
                        "MUST NOT WORK FOR ANY OTHER EMPLOYER THAN SPECIFIED.",
                        "LOCATION: WINNIPEG MB",
                    ],
                )
            ],
            D(2024, 1, 22),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "MB",
        [
            {
                "employer": emp,
                "title": "Food Service Supervisor",
                "noc": "62020",
                "start": D(2024, 2, 5),
                "end": None,
                "hours_per_week": 40,
            }
        ],
        [{"test": "celpip_general", "listening": 8, "reading": 7, "writing": 7, "speaking": 8}],
    )
    return Case(
        "incomplete-letter-noc2016",
        cy,
        files,
        "needs_attention",
        ["LETTER-CONTACT-001", "LETTER-SALARY-001", "LETTER-SIGNATURE-001", "CEC-NOC-001"],
        [Job("golden-wheat", D(2024, 2, 5), D(2026, 11, 20), 40)],
        notes="Scanned letter with no phone, e-mail, salary or signature, quoting\n"
        "'NOC B - 6311' (NOC 2016). case.yaml claims its NOC 2021 successor 62020.",
    )


ALL = [
    eligible_en_digital,
    eligible_fr_scanned,
    short_hours_parttime,
    two_jobs_overlap,
    ielts_academic_low_clb,
    photo_mixed_multidoc,
    study_overlap_permit_gap,
    identity_mismatch,
    incomplete_letter_noc2016,
]

from .cases_extra import EXTRA  # noqa: E402 - cases built for the rules the nine above miss

ALL += EXTRA

from .cases_variety import VARIETY  # noqa: E402 - issue 3: more layouts per document kind

ALL += VARIETY

from .cases_ee import EE  # noqa: E402 - issue 15: the Express Entry re-checks on submission

ALL += EE
from .cases_noc import NOC  # noqa: E402 - issue 15: duties, codes and titles against NOC 2021

ALL += NOC

from .cases_timeline import TIMELINE  # noqa: E402 - issue 14: the authorization and study timeline

ALL += TIMELINE

from .cases_letters import LETTERS  # noqa: E402 - issue 14: leave, promotions, old letters

ALL += LETTERS

from .cases_honest import HONEST  # noqa: E402 - issue 14: language results not accepted

ALL += HONEST

from .cases_parts import PARTS  # noqa: E402 - issue 14: one file holding several documents

ALL += PARTS
