"""Sample cases of mixed photographed bundles and study overlapping a permit gap.

Every person, employer, address, phone number and document number here is fictional.
"""

from __future__ import annotations

from .builders import lang, letter, passport, pay_stubs, permit
from .cases_common import D, _cy
from .common import luhn_sin
from .model import Case, File, Job
from .stubs import series


def photo_mixed_multidoc() -> Case:
    p = {
        "name": "Maria Clara Santos",
        "given": "Maria Clara",
        "surname": "Santos",
        "dob": D(1991, 1, 25),
        "country": "PHL",
    }
    e1, e2 = "Saltmarsh Bistro Ltd.", "Prairie Crown Hospitality Inc."
    l1 = {
        "employee_name": p["name"],
        "employer_name": e1,
        "employer_address": "1020 17th Avenue SW, Calgary, AB T2T 0A5",
        "employer_phone": "(403) 555-0134",
        "employer_email": "manager@saltmarshbistro.example",
        "job_title": "Cook",
        "noc_code": "63200",
        "start_date": D(2023, 10, 2),
        "end_date": D(2024, 9, 29),
        "current": False,
        "hours_per_week": 40.0,
        "wage_amount": 19.0,
        "wage_period": "hour",
        "benefits": "staff meals and 4% vacation pay",
        "duties": [
            "Prepare and cook complete meals and individual dishes on the line",
            "Prepare mise en place for lunch and dinner service",
            "Follow recipes, portion standards and plating guidelines",
            "Clean and sanitize the kitchen, equipment and work areas",
            "Receive deliveries and rotate stock following first-in, first-out",
            "Record fridge and freezer temperatures for the food safety log",
            "Help plan weekly specials with the head chef",
            "Train kitchen helpers on food handling and knife safety",
        ],
        "signatory_name": "Graham Whitcombe",
        "signatory_title": "Owner and Head Chef",
        "signed": True,
        "letter_date": D(2024, 10, 4),
        "work_location": "Calgary, Alberta",
    }
    l2 = {
        "employee_name": p["name"],
        "employer_name": e2,
        "employer_address": "655 Banff Trail NW, Calgary, AB T2M 4N6",
        "employer_phone": "(403) 555-0190",
        "employer_email": "hr@prairiecrown.example",
        "job_title": "Chef",
        "noc_code": "62200",
        "start_date": D(2024, 10, 7),
        "end_date": None,
        "current": True,
        "hours_per_week": 40.0,
        "wage_amount": 59280.0,
        "wage_period": "year",
        "benefits": "health and dental plan after three months",
        "duties": [
            "Plan menus and estimate food and labour costs",
            "Supervise, train and schedule a kitchen brigade of six",
            "Prepare and cook dishes for banquets and the restaurant",
            "Order supplies and manage inventory with suppliers",
            "Enforce food safety and sanitation standards",
        ],
        "signatory_name": "Anita Baptiste",
        "signatory_title": "HR Coordinator",
        "signed": True,
        "letter_date": D(2026, 11, 20),
        "work_location": "Calgary, Alberta",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": e2,
        "employer_address": l2["employer_address"],
        "sin": luhn_sin("95081266"),
    }
    st = series("weekly", 40, 28.50, D(2024, 10, 7), D(2026, 11, 15), 2)
    lang_f = {
        "test": "pte_core",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 4, 18),
        "result_date": D(2026, 4, 20),
        "overall": 70,
        "listening": 72,
        "reading": 65,
        "speaking": 70,
        "writing": 74,
        "report_number": "PTE-RG-558120947",
    }
    multi = [
        letter(l2, "table", seed=62, color=(120, 30, 40), date_fmt=lambda d: d.strftime("%Y-%m-%d"))
    ] + pay_stubs(who, "weekly", st)
    files = [
        File(
            "scans/saltmarsh-reference.tiff",
            [letter(l1, "memo", seed=61, break_after_duty=4, color=(60, 130, 60))],
            l1["letter_date"],
            "scan",
            skews=[0.9, -1.1],
            seed=601,
        ),
        File(
            "scans/prairie-crown-letter-and-stubs.pdf",
            multi,
            D(2026, 11, 20),
            "scan",
            skews=[-0.7, 1.3, 0.4],
            turns=[0, 0, 180],
            seed=602,
        ),
        File(
            "phone/IMG_4471.jpg",
            [lang(lang_f, "pte", taker_id="PTE880214471")],
            D(2026, 4, 20),
            "photo",
            skews=[2.2],
            seed=603,
        ),
        File(
            "phone/IMG_4472.jpg",
            [
                passport(
                    p,
                    "P7718302B",
                    D(2031, 6, 11),
                    state_name="REPUBLIC OF THE PHILIPPINES",
                    title="PASAPORTE / PASSPORT",
                    demonym="FILIPINO",
                    birthplace="CEBU CITY",
                    issued=D(2021, 6, 12),
                    tint=(238, 232, 222),
                )
            ],
            D(2026, 11, 2),
            "photo",
            skews=[-1.4],
            seed=604,
        ),
        File(
            "work_permit.pdf",
            [
                permit(
                    p,
                    "U220347719",
                    D(2023, 9, 11),
                    D(2027, 9, 10),
                    "open",
                    type_text="OPEN WORK PERMIT",
                    citizenship="PHILIPPINES",
                    birth_country="PHILIPPINES",
                    conditions=[
                        "SPOUSE OF FULL-TIME STUDENT. NOT VALID FOR EMPLOYMENT IN "
                        "BUSINESSES RELATED TO THE SEX TRADE."
                    ],
                )
            ],
            D(2023, 9, 11),
        ),
    ]
    cy = _cy(
        p,
        D(2026, 12, 15),
        "AB",
        [
            {
                "employer": e1,
                "title": "Cook",
                "noc": "63200",
                "start": D(2023, 10, 2),
                "end": D(2024, 9, 29),
                "hours_per_week": 40,
            },
            {
                "employer": e2,
                "title": "Chef",
                "noc": "62200",
                "start": D(2024, 10, 7),
                "end": None,
                "hours_per_week": 40,
            },
        ],
        [{"test": "pte_core", "listening": 72, "reading": 65, "writing": 74, "speaking": 70}],
    )
    # the ended job's letter (2024-10-04) is older than 180 days: LETTER-AGE-001 is info only
    return Case(
        "photo-mixed-multidoc",
        cy,
        files,
        "ready",
        ["LETTER-AGE-001"],
        [
            Job("saltmarsh", D(2023, 10, 2), D(2024, 9, 29), 40),
            Job("prairie-crown", D(2024, 10, 7), D(2026, 11, 20), 40),
        ],
        notes="Phone photos, a 2-page TIFF letter, and one scanned PDF holding a letter\n"
        "and two pay stubs (the last page upside down). PTE Core.",
    )


def study_overlap_permit_gap() -> Case:
    p = {
        "name": "Wei Ling Chen",
        "given": "Wei Ling",
        "surname": "Chen",
        "dob": D(1999, 6, 21),
        "country": "CHN",
    }
    school = "Northshore College of Applied Arts and Technology"
    e1, e2 = "Bluefin Digital Studio Inc.", "Quillstone Media Group Ltd."
    l1 = {
        "employee_name": p["name"],
        "employer_name": e1,
        "employer_address": "210 King Street East, Hamilton, ON L8N 1B5",
        "employer_phone": "(289) 555-0151",
        "employer_email": "studio@bluefindigital.example",
        "job_title": "Junior Web Developer",
        "noc_code": "21234",
        "start_date": D(2024, 1, 8),
        "end_date": D(2025, 4, 25),
        "current": False,
        "hours_per_week": 20.0,
        "wage_amount": 23.0,
        "wage_period": "hour",
        "benefits": "flexible hours around the academic schedule",
        "duties": [
            "Build responsive web pages from design mock-ups",
            "Fix front-end defects and improve page load times",
            "Maintain content management system templates for clients",
            "Test websites across browsers and devices",
        ],
        "signatory_name": "Farid Haddad",
        "signatory_title": "Studio Director",
        "signed": True,
        "letter_date": D(2025, 4, 25),
    }
    l2 = {
        "employee_name": p["name"],
        "employer_name": e2,
        "employer_address": "95 Queen Street South, Mississauga, ON L5M 1K7",
        "employer_phone": "(905) 555-0172",
        "employer_email": "hr@quillstonemedia.example",
        "job_title": "Web Developer",
        "noc_code": "21234",
        "start_date": D(2025, 5, 5),
        "end_date": None,
        "current": True,
        "hours_per_week": 37.5,
        "wage_amount": 70200.0,
        "wage_period": "year",
        "benefits": "group benefits and a remote-work allowance",
        "duties": [
            "Develop and maintain the company's publishing websites",
            "Integrate third-party APIs for advertising and analytics",
            "Write automated tests and take part in code reviews",
            "Optimize site performance and accessibility (WCAG 2.1)",
            "Deploy releases through the continuous integration pipeline",
        ],
        "signatory_name": "Natalie Brooks",
        "signatory_title": "Human Resources Business Partner",
        "signed": True,
        "letter_date": D(2026, 11, 27),
        "work_location": "Mississauga, Ontario",
    }
    who = {
        "employee_name": p["name"],
        "employer_name": e2,
        "employer_address": l2["employer_address"],
        "sin": luhn_sin("94420318"),
    }
    st = series("biweekly", 37.5, 36.00, D(2025, 5, 5), D(2026, 11, 22), 2)
    lang_f = {
        "test": "ielts_general_training",
        "candidate_name": p["name"],
        "date_of_birth": p["dob"],
        "test_date": D(2026, 5, 16),
        "result_date": D(2026, 5, 29),
        "listening": 8.0,
        "reading": 7.0,
        "writing": 7.0,
        "speaking": 7.0,
        "overall": 7.5,
        "report_number": "26CA077130CHEW011G",
    }
    files = [
        File(
            "work/bluefin-letter.pdf",
            [letter(l1, "prose", seed=71, font="DejaVuSerif", pronoun="she", status="part-time")],
            l1["letter_date"],
        ),
        File(
            "work/quillstone-letter.pdf",
            [
                letter(
                    l2,
                    "table",
                    seed=72,
                    start_label="Date of hire",
                    color=(70, 50, 120),
                    date_fmt=lambda d: f"{d:%b} {d.day}, {d.year}",
                )
            ],
            l2["letter_date"],
        ),
        *[
            File(
                f"work/quillstone-pay-{s.fields['pay_date'].isoformat()}.pdf",
                [s],
                s.fields["pay_date"],
            )
            for s in pay_stubs(who, "grid", st, freq="Biweekly")
        ],
        File(
            "status/study-permit-scan.pdf",
            [
                permit(
                    p,
                    "F304471882",
                    D(2023, 8, 21),
                    D(2025, 4, 30),
                    "",
                    institution=school,
                    variant="a",
                    citizenship="CHINA",
                    birth_country="CHINA",
                    level="College diploma - Computer Programming",
                    conditions=[
                        "MAY WORK 20 HRS PER WEEK OFF CAMPUS OR FULL-TIME DURING "
                        "REGULARLY SCHEDULED BREAKS IF MEETING CRITERIA."
                    ],
                )
            ],
            D(2023, 8, 21),
            "scan",
            skews=[0.6],
            turns=[180],
            seed=701,
        ),
        File(
            "status/pgwp.pdf",
            [
                permit(
                    p,
                    "U770315246",
                    D(2025, 6, 16),
                    D(2028, 6, 15),
                    "pgwp",
                    type_text="POST-GRADUATION WORK PERMIT",
                    citizenship="CHINA",
                    birth_country="CHINA",
                    conditions=["OPEN - POST-GRADUATION WORK PERMIT PROGRAM."],
                )
            ],
            D(2025, 6, 16),
        ),
        File(
            "language/ielts.pdf",
            [
                lang(
                    lang_f,
                    "ielts",
                    family="Chen",
                    first="Wei Ling",
                    origin="CHINA",
                    first_lang="CHINESE",
                    centre="CA077",
                    cand_no="013011",
                    cand_id="EJ4471820",
                    cefr="C1",
                )
            ],
            D(2026, 5, 29),
        ),
        File(
            "identity/passport.pdf",
            [
                passport(
                    p,
                    "EJ4471820",
                    D(2034, 2, 27),
                    state_name="PEOPLE'S REPUBLIC OF CHINA",
                    demonym="CHINESE",
                    birthplace="SICHUAN",
                    issued=D(2024, 2, 28),
                    tint=(244, 232, 232),
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
                "employer": e1,
                "title": "Junior Web Developer",
                "noc": "21234",
                "start": D(2024, 1, 8),
                "end": D(2025, 4, 25),
                "hours_per_week": 20,
            },
            {
                "employer": e2,
                "title": "Web Developer",
                "noc": "21234",
                "start": D(2025, 5, 5),
                "end": None,
                "hours_per_week": 37.5,
            },
        ],
        [
            {
                "test": "ielts_general_training",
                "listening": 8.0,
                "reading": 7.0,
                "writing": 7.0,
                "speaking": 7.0,
            }
        ],
        study=[{"institution": school, "start": D(2023, 9, 5), "end": D(2025, 4, 25)}],
    )
    return Case(
        "study-overlap-permit-gap",
        cy,
        files,
        "not_eligible",
        ["CEC-STUDY-001", "CEC-STATUS-001", "LETTER-AGE-001"],
        [
            Job("bluefin", D(2024, 1, 8), D(2025, 4, 25), 20),
            Job("quillstone", D(2025, 5, 5), D(2026, 11, 27), 37.5),
        ],
        excluded=[
            ("full-time study at " + school, D(2023, 9, 5), D(2025, 4, 25)),
            (
                "no work authorization: study permit expired 2025-04-30, PGWP "
                "valid from 2025-06-16",
                D(2025, 5, 1),
                D(2025, 6, 15),
            ),
        ],
        notes="Part-time work while a full-time student (excluded), then 6 weeks of work\n"
        "between the study permit's expiry and the PGWP (unauthorized).",
    )
