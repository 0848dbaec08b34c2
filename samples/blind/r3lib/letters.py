# ruff: noqa: E501  (long data strings and field lists kept on one line)
"""Employment reference letters, round 3: six new designs."""

from .common import (
    D,
    Doc,
    Truth,
    dmy_long,
    duties_truth,
    fr,
    kv_block,
    logo_image,
    long_en,
    money,
    money_fr,
    sig,
    watermark,
)


def kv_block_01(rng):
    """EN letter whose details sit in a two-column key/value block; Noto Sans; '14 March 2024' dates."""
    T = Truth()
    d = Doc()
    F = "notosans"
    d.img(logo_image("GL", (34, 120, 74), "diamond"), 20, 14, 15, 15)
    emp = T.v("employer_name", "Greenlane Agri-Foods Ltd.", "Greenlane Agri-Foods Ltd.")
    d.t(39, 15, emp, F, 14, "B", color=(34, 120, 74))
    addr = T.v(
        "employer_address",
        "2150 Portage Avenue, Winnipeg, MB R3J 0L3",
        "2150 Portage Avenue, Winnipeg, MB R3J 0L3",
    )
    d.t(39, 22, addr, F, 8.5, color=(80, 80, 80))
    d.t(
        196, 15, "T " + T.v("employer_phone", "(204) 555-0114", "(204) 555-0114"), F, 8.5, align="R"
    )
    d.t(
        196,
        20,
        T.v("employer_email", "people@greenlane.example", "people@greenlane.example"),
        F,
        8.5,
        align="R",
    )
    d.hl(20, 196, 32, 0.3, (34, 120, 74))
    d.t(20, 40, T.v("letter_date", D("2026-09-21"), "21 September 2026"), F, 10)
    d.t(20, 50, "RE: Confirmation of employment", F, 10.5, "B")
    d.t(20, 58, "To whom it may concern,", F, 10)
    name = T.v("employee_name", "Tomasz Wiśniewski", "Tomasz Wiśniewski")
    y = d.mt(
        20,
        66,
        176,
        f"We are pleased to confirm the employment of {name} with {emp}. The particulars of his "
        "employment, taken from our payroll records, are as follows:",
        F,
        10,
        lh=1.45,
    )
    y += 3
    d.rect2(20, y, 176, 58, fill=(244, 249, 245), draw=(200, 220, 205))
    pairs = [
        ("Employee", name),
        (
            "Position",
            T.v("job_title", "Quality Assurance Technician", "Quality Assurance Technician"),
        ),
        ("NOC 2021", T.v("noc_code", "22110", "22110")),
        ("Date of hire", T.v("start_date", D("2022-03-14"), "14 March 2022")),
        ("Employment status", T.v("current", True, "Active") + " - permanent, full-time"),
        ("Scheduled hours", T.v("hours_per_week", 40.0, "40") + " hours per week"),
        ("Rate of pay", "$" + T.v("wage_amount", 29.85, "29.85") + " per hour"),
        (
            "Work location",
            T.v("work_location", "Winnipeg plant, Manitoba", "Winnipeg plant, Manitoba"),
        ),
    ]
    T.v("end_date", None)
    T.v("wage_period", "hour", "per hour")
    kv_block(d, 25, y + 4, pairs, F, 9.5, lw=52, gap=6.6, lab_color=(34, 90, 60))
    y += 64
    y = d.mt(20, y, 176, "In this role his main responsibilities include:", F, 10, lh=1.45)
    duties = duties_truth(
        T,
        [
            "Sample raw materials and finished products and run moisture, pH and microbiological tests",
            "Record test results in the laboratory information system and flag non-conforming lots",
            "Calibrate and maintain laboratory and line inspection equipment",
            "Support HACCP audits and train line staff on sanitation procedures",
        ],
    )
    y = d.bullets(24, y + 1, 170, duties, F, 10, bullet="–", lh=1.35, gap=0.8)
    y = d.mt(
        20,
        y + 3,
        176,
        "Benefits: "
        + T.v(
            "benefits",
            "group health, dental and life insurance after three months",
            "group health, dental and life insurance after three months",
        )
        + ".",
        F,
        10,
        lh=1.45,
    )
    d.t(20, y + 5, "Yours truly,", F, 10)
    sig(d, rng, 20, y + 10, 40)
    d.t(20, y + 25, T.v("signatory_name", "Priya Natarajan", "Priya Natarajan"), F, 10, "B")
    d.t(
        20,
        y + 30,
        T.v("signatory_title", "Manager, People and Culture", "Manager, People and Culture"),
        F,
        10,
    )
    T.v("signed", True)
    return d, T


def prose_footer_02(rng):
    """EN letter whose hours and wage appear only inside sentences; signature block on the left margin column,
    contact details only in the footer; FreeSerif."""
    T = Truth()
    d = Doc()
    F = "freeserif"
    emp = T.v("employer_name", "Harrow & Finch Architects LLP", "Harrow & Finch Architects LLP")
    d.t(108, 16, emp.upper(), F, 16, "B", align="C", color=(60, 40, 30))
    T.also("employer_name", "Harrow & Finch Architects LLP", "Harrow & Finch Architects LLP")
    d.hl(60, 156, 25, 0.3, (60, 40, 30))
    d.t(150, 34, T.v("letter_date", D("2026-08-27"), "August 27, 2026"), F, 11)
    d.t(20, 46, "Dear Sir or Madam,", F, 11)
    name = T.v("employee_name", "Adaeze Nwosu", "Adaeze Nwosu")
    p1 = (
        f"At the request of our employee, we confirm that {name} joined {emp} on "
        f"{T.v('start_date', D('2021-06-28'), 'June 28, 2021')} and still works for the firm today. She holds the position of "
        f"{T.v('job_title', 'Intermediate Architectural Technologist', 'Intermediate Architectural Technologist')}, which corresponds "
        f"to NOC {T.v('noc_code', '22210', '22210')}."
    )
    T.v("end_date", None)
    T.v("current", True, "still works for the firm today")
    p2 = (
        f"Her regular schedule is {T.v('hours_per_week', 37.5, '37.5')} hours each week, Monday to Friday, and her current "
        f"salary is ${T.v('wage_amount', 78400.0, '78,400')} per year, paid every two weeks. She is also enrolled in the firm's "
        f"{T.v('benefits', 'extended health plan and group RRSP', 'extended health plan and group RRSP')}."
    )
    T.v("wage_period", "year", "per year")
    p3 = "Her work consists of the following:"
    y = d.mt(20, 56, 176, p1, F, 11.5, lh=1.5, align="J")
    y = d.mt(20, y + 3, 176, p2, F, 11.5, lh=1.5, align="J")
    y = d.mt(20, y + 3, 176, p3, F, 11.5, lh=1.5)
    duties = duties_truth(
        T,
        [
            "Prepare construction drawings and building permit sets in Revit from the architects' sketches",
            "Coordinate drawings with structural and mechanical consultants and track revisions",
            "Carry out site measurements and prepare as-built drawings of existing buildings",
            "Review shop drawings and product submittals during construction",
        ],
    )
    y = d.bullets(26, y + 2, 168, duties, F, 11.5, bullet="◦", lh=1.4, gap=1)
    y = d.mt(
        20,
        y + 3,
        176,
        "We would be glad to answer any question about this letter.",
        F,
        11.5,
        lh=1.5,
    )
    # signature block on the left, in a narrow column
    d.t(20, y + 8, "Respectfully,", F, 11.5)
    sig(d, rng, 18, y + 13, 38)
    d.t(20, y + 28, T.v("signatory_name", "Gordon Whitfield", "Gordon Whitfield"), F, 11.5, "B")
    d.mt(20, y + 33, 60, T.v("signatory_title", "Managing Partner", "Managing Partner"), F, 11)
    T.v("signed", True)
    d.hl(20, 196, 258, 0.3, (60, 40, 30))
    ft = (
        T.v(
            "employer_address",
            "410 Wellington Street, Suite 900, London, ON N6A 3P4",
            "410 Wellington Street, Suite 900, London, ON N6A 3P4",
        )
        + "  ·  "
        + T.v("employer_phone", "519-555-0163", "519-555-0163")
        + "  ·  "
        + T.v("employer_email", "office@harrowfinch.example", "office@harrowfinch.example")
    )
    d.t(108, 261, ft, F, 8.5, align="C", color=(90, 90, 90))
    return d, T


def watermark_former_03(rng):
    """EN letter for a former employee over a big diagonal watermark; bi-weekly pay; Open Sans; ISO-free long dates."""
    T = Truth()
    d = Doc()
    F = "opensans"
    watermark(
        d, "NORTHERN SPRUCE", 108, 135, size=62, angle=38, color=(232, 238, 246), fam="opensans"
    )
    emp = T.v("employer_name", "Northern Spruce Home Care Inc.", "Northern Spruce Home Care Inc.")
    d.rect2(0, 0, 216, 5, fill=(40, 80, 140), draw=None)
    d.t(20, 12, emp, F, 15, "B", color=(40, 80, 140))
    addr = T.v(
        "employer_address",
        "77 Lesmill Road, Unit 4, Toronto, ON M3B 2T5",
        "77 Lesmill Road, Unit 4, Toronto, ON M3B 2T5",
    )
    d.t(20, 20, addr, F, 9)
    d.t(
        20,
        25,
        "Phone "
        + T.v("employer_phone", "416-555-0137", "416-555-0137")
        + "   Email "
        + T.v("employer_email", "hr@northernspruce.example", "hr@northernspruce.example"),
        F,
        9,
    )
    d.t(196, 38, "Date: " + T.v("letter_date", D("2026-07-15"), "July 15, 2026"), F, 10, align="R")
    d.t(20, 48, "EMPLOYMENT REFERENCE", F, 12, "B")
    name = T.v("employee_name", "Rosa Delgado", "Rosa Delgado")
    p = (
        f"This is to certify that {name} was employed by {emp} as a "
        f"{T.v('job_title', 'Home Support Worker', 'Home Support Worker')} (NOC {T.v('noc_code', '44101', '44101')}) from "
        f"{T.v('start_date', D('2023-01-16'), 'January 16, 2023')} to {T.v('end_date', D('2026-05-29'), 'May 29, 2026')}. "
        f"She worked full time, {T.v('hours_per_week', 40.0, '40')} hours per week, with bi-weekly earnings of "
        f"${T.v('wage_amount', 1848.0, '1,848.00')} before deductions. Her employment ended when she left to pursue further studies."
    )
    T.v("current", False, "was employed")
    T.v("wage_period", "biweekly", "bi-weekly")
    y = d.mt(20, 58, 176, p, F, 10.5, lh=1.5)
    y = d.mt(20, y + 4, 176, "Her duties included:", F, 10.5, "B")
    duties = duties_truth(
        T,
        [
            "Assisted elderly and disabled clients with bathing, dressing, grooming and mobility in their homes",
            "Prepared meals according to dietary plans and helped clients with feeding",
            "Reminded clients to take medication and reported changes in their condition to the care coordinator",
            "Performed light housekeeping and laundry, and accompanied clients to appointments",
        ],
    )
    y = d.bullets(22, y + 2, 172, duties, F, 10.5, numbered=True, lh=1.4, gap=1, indent=6)
    y = d.mt(
        20,
        y + 5,
        176,
        "We thank her for her dedication and would not hesitate to rehire her.",
        F,
        10.5,
    )
    sig(d, rng, 20, y + 6, 40)
    d.t(20, y + 21, T.v("signatory_name", "Marcus Boateng", "Marcus Boateng"), F, 10.5, "B")
    d.t(
        20,
        y + 26,
        T.v("signatory_title", "Director of Client Services", "Director of Client Services"),
        F,
        10,
    )
    T.v("signed", True)
    return d, T


def lettre_fr_kv_04(rng):
    """FR letter with a key/value block, « Veuillez agréer… » closing, DejaVu Serif."""
    T = Truth()
    d = Doc()
    F = "dvserif"
    emp = T.v("employer_name", "Usinage Beauce-Nord inc.", "Usinage Beauce-Nord inc.")
    d.t(20, 16, emp, F, 14, "B", color=(120, 20, 30))
    addr = T.v(
        "employer_address",
        "1250, 2e Avenue Nord, Saint-Georges (Québec) G5Y 5A8",
        "1250, 2e Avenue Nord, Saint-Georges (Québec) G5Y 5A8",
    )
    d.t(20, 23, addr, F, 8.5)
    d.t(
        20,
        27.5,
        "Tél. : "
        + T.v("employer_phone", "418 555-0178", "418 555-0178")
        + "  —  Courriel : "
        + T.v("employer_email", "rh@beaucenord.example", "rh@beaucenord.example"),
        F,
        8.5,
    )
    d.t(
        196,
        40,
        "Saint-Georges, le " + T.v("letter_date", D("2026-10-14"), "14 octobre 2026"),
        F,
        10,
        align="R",
    )
    d.t(20, 52, "Objet : Attestation d'emploi", F, 10.5, "B")
    d.t(20, 62, "Madame, Monsieur,", F, 10.5)
    name = T.v("employee_name", "Karim Benali", "Karim Benali")
    y = d.mt(
        20,
        70,
        176,
        f"Nous attestons par la présente que M. {name} est à notre emploi. Voici les renseignements relatifs à son emploi :",
        F,
        10.5,
        lh=1.45,
    )
    pairs = [
        ("Titre du poste :", T.v("job_title", "Machiniste CNC", "Machiniste CNC")),
        ("Code CNP :", T.v("noc_code", "72100", "72100")),
        ("Date d'entrée en fonction :", T.v("start_date", D("2020-02-03"), "3 février 2020")),
        ("Statut :", "permanent, temps plein, " + T.v("current", True, "toujours à l'emploi")),
        ("Horaire :", T.v("hours_per_week", 40.0, "40") + " heures par semaine"),
        ("Salaire annuel :", T.v("wage_amount", 68640.0, "68 640,00") + " $"),
        (
            "Lieu de travail :",
            T.v("work_location", "Saint-Georges (Québec)", "Saint-Georges (Québec)"),
        ),
    ]
    T.v("end_date", None)
    T.v("wage_period", "year", "Salaire annuel")
    y = kv_block(d, 28, y + 4, pairs, F, 10, lw=60, gap=6.5, lab_style="", val_style="B")
    y = d.mt(20, y + 3, 176, "Ses principales tâches sont les suivantes :", F, 10.5)
    duties = duties_truth(
        T,
        [
            "Programmer et régler les centres d'usinage et les tours à commande numérique",
            "Lire les dessins techniques et déterminer les séquences d'usinage",
            "Vérifier les dimensions des pièces à l'aide d'instruments de mesure de précision",
            "Effectuer l'entretien préventif des machines et signaler les anomalies",
        ],
    )
    y = d.bullets(26, y + 2, 168, duties, F, 10.5, bullet="▪", lh=1.4, gap=0.8)
    y = d.mt(
        20,
        y + 2,
        176,
        "Avantages sociaux : "
        + T.v(
            "benefits",
            "assurance collective et régime de retraite simplifié",
            "assurance collective et régime de retraite simplifié",
        )
        + ".",
        F,
        10.5,
    )
    y = d.mt(
        20,
        y + 4,
        176,
        "Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.",
        F,
        10.5,
        lh=1.45,
    )
    sig(d, rng, 120, y + 4, 40)
    d.t(120, y + 19, T.v("signatory_name", "Geneviève Poulin", "Geneviève Poulin"), F, 10.5, "B")
    d.t(
        120,
        y + 24,
        T.v(
            "signatory_title",
            "Directrice des ressources humaines",
            "Directrice des ressources humaines",
        ),
        F,
        10,
    )
    T.v("signed", True)
    return d, T


def lettre_fr_prose_05(rng):
    """FR letter, weekly wage and hours only in prose, signature at left, contact details in a footer band; Carlito."""
    T = Truth()
    d = Doc()
    F = "carlito"
    emp = T.v("employer_name", "Boulangerie Le Fournil doré", "Boulangerie Le Fournil doré")
    d.img(logo_image("FD", (170, 110, 40), "circle"), 95, 12, 22, 22)
    d.t(108, 37, emp, F, 15, "B", align="C", color=(120, 80, 30))
    d.t(20, 52, "Laval, le " + T.v("letter_date", D("2026-11-03"), "3 novembre 2026"), F, 11)
    d.t(20, 62, "À qui de droit,", F, 11)
    name = T.v("employee_name", "Mariana Costa", "Mariana Costa")
    p1 = (
        f"La présente confirme que Mme {name} travaille pour la {emp} depuis le "
        f"{T.v('start_date', D('2024-04-15'), '15 avril 2024')}, au poste de "
        f"{T.v('job_title', 'Boulangère', 'boulangère')}. Elle fait toujours partie de notre équipe."
    )
    T.v("end_date", None)
    T.v("current", True, "fait toujours partie de notre équipe")
    p2 = (
        f"Mme Costa travaille {T.v('hours_per_week', 35.0, '35')} heures par semaine, principalement de nuit, et reçoit un salaire de "
        f"{T.v('wage_amount', 875.0, '875,00')} $ par semaine. Son poste correspond au code CNP "
        f"{T.v('noc_code', '63202', '63202')} (boulangers-pâtissiers)."
    )
    T.v("wage_period", "week", "par semaine")
    y = d.mt(20, 72, 176, p1, F, 11.5, lh=1.5, align="J")
    y = d.mt(20, y + 3, 176, p2, F, 11.5, lh=1.5, align="J")
    y = d.mt(20, y + 3, 176, "Dans le cadre de ses fonctions, elle doit :", F, 11.5)
    duties = duties_truth(
        T,
        [
            "préparer les pâtes à pain, à viennoiseries et à pâtisseries selon nos recettes",
            "façonner, faire lever et cuire les produits dans les fours à sole",
            "respecter les normes d'hygiène et de salubrité du MAPAQ",
            "tenir l'inventaire des farines et passer les commandes aux fournisseurs",
        ],
    )
    y = d.bullets(26, y + 2, 168, duties, F, 11.5, bullet="•", lh=1.4, gap=0.8)
    y = d.mt(
        20,
        y + 4,
        176,
        "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
        F,
        11.5,
    )
    sig(d, rng, 20, y + 4, 40)
    d.t(
        20,
        y + 19,
        T.v("signatory_name", "Jean-François Lacasse", "Jean-François Lacasse"),
        F,
        11.5,
        "B",
    )
    d.t(20, y + 24, T.v("signatory_title", "Propriétaire", "Propriétaire"), F, 11)
    T.v("signed", True)
    d.rect2(0, 262, 216, 17.4, fill=(245, 236, 220), draw=None)
    d.t(
        108,
        265,
        T.v(
            "employer_address",
            "1875, boulevard Saint-Martin Ouest, Laval (Québec) H7S 1M9",
            "1875, boulevard Saint-Martin Ouest, Laval (Québec) H7S 1M9",
        ),
        F,
        9,
        align="C",
    )
    d.t(
        108,
        270,
        T.v("employer_phone", "450 555-0129", "450 555-0129")
        + "  |  "
        + T.v("employer_email", "bonjour@fournildore.example", "bonjour@fournildore.example"),
        F,
        9,
        align="C",
    )
    return d, T


def system_verification_06(rng):
    """HR-system printout 'Verification of Employment', unsigned (system-generated), part-time, monthly pay; Roboto."""
    T = Truth()
    d = Doc()
    F = "roboto"
    d.rect2(0, 0, 216, 20, fill=(245, 245, 245), draw=None)
    d.t(
        14,
        6,
        "Employee Self-Service  ›  Documents  ›  Verification of Employment",
        F,
        8.5,
        color=(90, 90, 90),
    )
    d.t(
        202,
        6,
        "Printed " + T.v("letter_date", D("2026-10-30"), "2026-10-30") + " 09:42",
        F,
        8.5,
        color=(90, 90, 90),
        align="R",
    )
    emp = T.v("employer_name", "Cascadia Transit Services Corp.", "Cascadia Transit Services Corp.")
    d.t(14, 28, "Verification of Employment", F, 18, "B")
    d.t(14, 37, emp + " — Human Resources Shared Services", F, 10, color=(50, 50, 50))
    addr = T.v(
        "employer_address",
        "9200 Glenlyon Parkway, Burnaby, BC V5J 5J8",
        "9200 Glenlyon Parkway, Burnaby, BC V5J 5J8",
    )
    d.t(14, 42, addr, F, 9, color=(80, 80, 80))
    y = 54
    cols = [
        ("Worker", T.v("employee_name", "Haruto Sato", "Sato, Haruto")),
        ("Employee ID", "3300417"),
        (
            "Business title",
            T.v(
                "job_title",
                "Transit Customer Information Agent",
                "Transit Customer Information Agent",
            ),
        ),
        ("Job profile (NOC)", T.v("noc_code", "64409", "64409")),
        ("Hire date", T.v("start_date", D("2023-09-05"), "2023-09-05")),
        ("Worker status", T.v("current", True, "Active")),
        ("Time type", "Part time"),
        ("Scheduled weekly hours", T.v("hours_per_week", 24.0, "24.00")),
        ("Base pay", T.v("wage_amount", 3224.0, "3,224.00") + " CAD Monthly"),
        (
            "Location",
            T.v("work_location", "Burnaby Operations Centre", "Burnaby Operations Centre"),
        ),
    ]
    T.v("end_date", None)
    T.v("wage_period", "month", "Monthly")
    for i, (a, b) in enumerate(cols):
        fill = (250, 250, 252) if i % 2 == 0 else (255, 255, 255)
        d.rect2(14, y, 188, 8, fill=fill, draw=(225, 225, 230))
        d.t(17, y + 2, a, F, 9, color=(90, 90, 100))
        d.t(80, y + 2, b, F, 9.5, "B")
        y += 8
    y += 6
    d.t(14, y, "Job profile summary", F, 11, "B")
    duties = duties_truth(
        T,
        [
            "Answer customer calls, chats and e-mails about schedules, fares and trip planning",
            "Record and route customer complaints and commendations in the case system",
            "Post service alerts on the website and social channels during disruptions",
            "Process lost-and-found reports and reduced-fare applications",
        ],
    )
    y = d.bullets(16, y + 7, 184, duties, F, 9.5, bullet="·", lh=1.4, gap=0.8)
    y += 6
    d.mt(
        14,
        y,
        188,
        "This verification was generated from the HR system of record and is valid without a signature. "
        "Questions: "
        + T.v("employer_phone", "604-555-0182", "604-555-0182")
        + " or "
        + T.v(
            "employer_email",
            "hrservices@cascadiatransit.example",
            "hrservices@cascadiatransit.example",
        )
        + ".",
        F,
        9,
        lh=1.4,
    )
    d.t(
        14,
        y + 16,
        "Issued by: "
        + T.v("signatory_name", "Olivia Brandt", "Olivia Brandt")
        + ", "
        + T.v("signatory_title", "HR Operations Specialist", "HR Operations Specialist"),
        F,
        9,
    )
    T.v("signed", False)
    return d, T


LAYOUTS = [
    ("kv-block-01", kv_block_01),
    ("prose-footer-02", prose_footer_02),
    ("watermark-former-03", watermark_former_03),
    ("lettre-fr-kv-04", lettre_fr_kv_04),
    ("lettre-fr-prose-05", lettre_fr_prose_05),
    ("system-verification-06", system_verification_06),
]
_unused = (long_en, fr, money, money_fr, dmy_long)
