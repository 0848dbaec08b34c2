# ruff: noqa: E501  (long data strings and field lists kept on one line)
"""Completion letters and transcripts, round 3."""

from .common import D, Doc, Truth, dmy_long, fr, iso, logo_image, long_en, sig


def registrar_kv_01(rng):
    """Registrar letter with a key/value table in the middle (Program, Credential, Enrolment status, Date requirements
    completed, Convocation); letter date and convocation date as distractors; Open Sans."""
    T = Truth()
    d = Doc()
    F = "opensans"
    d.img(logo_image("LC", (0, 84, 150), "square"), 20, 14, 16, 16)
    inst = T.v(
        "institution",
        "Lakeshore College of Applied Arts and Technology",
        "Lakeshore College of Applied Arts and Technology",
    )
    d.t(40, 15, inst, F, 13, "B", color=(0, 84, 150))
    d.t(
        40,
        22,
        "Office of the Registrar · 1200 Lakeshore Blvd, Oakville, ON L6J 1A1 · 905-555-0144",
        F,
        8.5,
    )
    d.t(20, 42, "December 8, 2026", F, 10.5)
    d.t(20, 52, "TO WHOM IT MAY CONCERN", F, 10.5, "B")
    name = T.v("student_name", "Gabriel Okoro", "Gabriel Okoro")
    d.mt(
        20,
        60,
        176,
        f"This letter confirms the academic standing of {name} (student number 991204378). Our records show:",
        F,
        10.5,
        lh=1.45,
    )
    rows = [
        ("Program", T.v("program", "Computer Systems Technician", "Computer Systems Technician")),
        ("Credential", "Ontario College Diploma"),
        ("Enrolment status", T.v("full_time", True, "Full-time") + " (all terms)"),
        ("Program start", "September 6, 2024"),
        ("Date requirements completed", T.v("completion_date", D("2026-08-21"), "August 21, 2026")),
        ("Convocation", "October 24, 2026"),
    ]
    y = 74
    for a, b in rows:
        d.rect2(24, y, 168, 8, draw=(190, 190, 190), lw=0.2)
        d.t(27, y + 1.8, a, F, 9.5, "B")
        d.t(95, y + 1.8, b, F, 10)
        y += 8
    d.mt(
        20,
        y + 6,
        176,
        "The student has met all academic requirements of the program. The diploma will be conferred at convocation.",
        F,
        10.5,
        lh=1.45,
    )
    sig(d, rng, 20, y + 20, 38)
    d.t(20, y + 34, "Daniela Ferraro, Associate Registrar", F, 10.5)
    return d, T


def lettre_fr_universite_02(rng):
    """French university letter: 'a satisfait à toutes les exigences … le 19 décembre 2025', 'régime d'études à temps
    plein', a 'collation des grades' date and a letter date as distractors; Noto Serif."""
    T = Truth()
    d = Doc()
    F = "notoserif"
    inst = T.v(
        "institution",
        "Université du Littoral-Saint-Laurent",
        "Université du Littoral-Saint-Laurent",
    )
    d.t(108, 16, inst, F, 14, "B", align="C")
    d.t(108, 23, "Bureau du registraire", F, 10, align="C")
    d.hl(40, 176, 29, 0.3)
    d.t(196, 38, "Rimouski, le 12 janvier 2026", F, 10.5, align="R")
    d.t(20, 52, "ATTESTATION DE FIN D'ÉTUDES", F, 12, "B")
    name = T.v("student_name", "Amadou Sow", "Amadou Sow")
    body = (
        f"Nous attestons que {name} (matricule 20231187) était inscrit au programme de "
        f"{T.v('program', 'Maîtrise en océanographie', 'Maîtrise en océanographie')}, selon un régime d'études à "
        f"{T.v('full_time', True, 'temps plein')}, et qu'il a satisfait à toutes les exigences de ce programme le "
        f"{T.v('completion_date', D('2025-12-19'), '19 décembre 2025')}.\n\n"
        "Le grade lui sera conféré lors de la collation des grades du 6 juin 2026. La présente attestation est délivrée à la "
        "demande de l'étudiant pour servir à toutes fins utiles.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées."
    )
    y = d.mt(20, 62, 176, body, F, 10.5, lh=1.55, align="J")
    sig(d, rng, 120, y + 6, 40)
    d.t(120, y + 21, "Hélène Bouchard", F, 10.5, "B")
    d.t(120, y + 26, "Registraire", F, 10)
    return d, T


def transcript_status_03(rng):
    """Unofficial transcript with a term-by-term course table and a status box on the right ('Program status:
    Graduated; Requirements completed 2026-04-30'); 'Date printed' and 'Credential conferred' dates as
    distractors; part-time; DejaVu Sans Condensed."""
    T = Truth()
    d = Doc()
    F = "dvcond"
    inst = T.v("institution", "Fraser Bridge Polytechnic", "FRASER BRIDGE POLYTECHNIC")
    T.v("institution", "FRASER BRIDGE POLYTECHNIC")
    d.t(14, 12, inst, F, 14, "B")
    d.t(14, 19, "UNOFFICIAL TRANSCRIPT", F, 10)
    d.t(202, 12, "Date printed: 2026-06-03", F, 8.5, align="R")
    d.t(14, 28, "Student: " + T.v("student_name", "Paulo Mendes", "MENDES, Paulo"), F, 10, "B")
    d.t(14, 33, "Student ID: A01992733", F, 9)
    d.t(
        14,
        38,
        "Program: " + T.v("program", "Certificate in Accounting", "Certificate in Accounting"),
        F,
        9.5,
    )
    d.t(14, 43, "Study load: " + T.v("full_time", False, "Part-time"), F, 9.5)
    d.rect2(132, 26, 70, 24, fill=(240, 240, 240), draw=(0, 0, 0), lw=0.3)
    d.t(135, 28, "Program status: Graduated", F, 9, "B")
    d.t(135, 33, "Requirements completed:", F, 9)
    d.t(135, 38, T.v("completion_date", D("2026-04-30"), "2026-04-30"), F, 10, "B")
    d.t(135, 43.5, "Credential conferred: 2026-06-12", F, 8.5)
    y = 56
    terms = [
        (
            "2024 Fall",
            [
                ("ACCT 1100", "Financial Accounting 1", "A-"),
                ("BUSN 1010", "Business Mathematics", "B+"),
            ],
        ),
        (
            "2025 Winter",
            [
                ("ACCT 1200", "Financial Accounting 2", "B"),
                ("ACCT 1310", "Payroll Fundamentals", "A"),
            ],
        ),
        (
            "2025 Fall",
            [
                ("ACCT 2150", "Managerial Accounting", "B+"),
                ("ACCT 2240", "Canadian Income Tax", "A-"),
            ],
        ),
        (
            "2026 Winter",
            [
                ("ACCT 2400", "Auditing Principles", "B"),
                ("CMPT 1050", "Spreadsheets for Business", "A"),
            ],
        ),
    ]
    for term, courses in terms:
        d.rect2(14, y, 188, 6, fill=(220, 225, 235), draw=None)
        d.t(16, y + 1, term, F, 9, "B")
        y += 7
        for code, title, g in courses:
            d.t(16, y, code, F, 9)
            d.t(40, y, title, F, 9)
            d.t(160, y, "3.00", F, 9)
            d.t(185, y, g, F, 9)
            y += 5.5
        y += 2
    d.t(14, y + 4, "Cumulative GPA: 3.51   Credits earned: 24.00", F, 9.5, "B")
    return d, T


def confirmation_form_04(rng):
    """A fill-in 'Confirmation of Program Completion' form: boxes with labels above, Full-time / Part-time check
    boxes (Full-time ticked), the completion date in 'dd Month yyyy' form, an expected-graduation date as a
    distractor; Liberation Sans Narrow."""
    T = Truth()
    d = Doc()
    F = "narrow"
    d.rect2(14, 12, 188, 14, fill=(30, 30, 30), draw=None)
    d.t(18, 15, "CONFIRMATION OF PROGRAM COMPLETION", F, 14, "B", color=(255, 255, 255))
    d.t(198, 16, "Form REG-114", F, 9, color=(220, 220, 220), align="R")
    boxes = [
        (
            "Institution",
            T.v(
                "institution",
                "Bow River Institute of Technology",
                "Bow River Institute of Technology",
            ),
            188,
        ),
        ("Student name", T.v("student_name", "Nasrin Karimi", "Nasrin Karimi"), 120),
        ("Student number", "000812274", 66),
        (
            "Program of study",
            T.v("program", "Power Engineering Technology", "Power Engineering Technology"),
            188,
        ),
        (
            "Date all program requirements were completed",
            T.v("completion_date", D("2026-07-17"), "17 July 2026"),
            92,
        ),
        ("Expected graduation / parchment date", "20 November 2026", 94),
    ]
    x, y = 14, 32
    for lab, val, w in boxes:
        if x + w > 203:
            x, y = 14, y + 17
        d.rect2(x, y, w, 15, draw=(0, 0, 0), lw=0.3)
        d.t(x + 2, y + 1, lab, F, 8, color=(80, 80, 80))
        d.t(x + 2, y + 6.5, val, F, 11, "B")
        x += w + 2
    y += 22
    d.t(14, y, "Enrolment status during the program:", F, 10, "B")
    d.rect2(80, y, 4.5, 4.5, draw=(0, 0, 0), lw=0.3)
    d.t(80.6, y - 0.9, "X", F, 10, "B")
    d.t(86, y, T.v("full_time", True, "Full-time"), F, 10)
    d.rect2(110, y, 4.5, 4.5, draw=(0, 0, 0), lw=0.3)
    d.t(116, y, "Part-time", F, 10)
    y += 14
    d.mt(
        14,
        y,
        188,
        "The institution confirms that the student named above has completed all requirements of the program. "
        "This form does not replace the official transcript.",
        F,
        10,
        lh=1.4,
    )
    sig(d, rng, 14, y + 16, 36)
    d.t(14, y + 29, "Authorized signature — Student Records", F, 9)
    d.t(120, y + 29, "Date signed: 2026-07-24", F, 9)
    return d, T


LAYOUTS = [
    ("registrar-kv-01", registrar_kv_01),
    ("lettre-fr-universite-02", lettre_fr_universite_02),
    ("transcript-status-03", transcript_status_03),
    ("confirmation-form-04", confirmation_form_04),
]
_unused = (long_en, fr, iso, dmy_long)
