# ruff: noqa: E501  (long data strings and field lists kept on one line)
"""IMM 1442 work and study permits, round 3: four new arrangements of the bilingual labels
(value under label in three columns, small-caps labels, French-first value-under, ruled rows with the
French label on the right), each with a remarks/conditions block that carries distractor dates."""

from .common import D, Doc, Truth, d_mon_y, dmon, dmy_long, fr, iso, long_en, smallcaps, ymd_slash

DATEF = {
    "iso": iso,
    "dmon": dmon,
    "slash": ymd_slash,
    "long": long_en,
    "dlong": dmy_long,
    "dash": d_mon_y,
}


def _rows(T, p):
    f = DATEF[p["datefmt"]]
    r = [
        ("UCI", "IUC", p["uci"]),
        ("Surname", "Nom", T.v("holder_name", p["given"] + " " + p["family"], p["family"])),
        ("Given name(s)", "Prénom(s)", p["given"]),
        ("Date of birth", "Date de naissance", T.v("date_of_birth", D(p["dob"]), f(D(p["dob"])))),
        ("Sex", "Sexe", p["sex"]),
        ("Country of citizenship", "Pays de citoyenneté", p["coc"]),
        ("Passport number", "Numéro de passeport", p["passport"]),
        ("Document number", "Numéro du document", T.v("document_number", p["docno"], p["docno"])),
        ("Date issued", "Date de délivrance", T.v("valid_from", D(p["issued"]), f(D(p["issued"])))),
        ("Expiry date", "Date d'expiration", T.v("valid_until", D(p["expiry"]), f(D(p["expiry"])))),
    ]
    T.also("holder_name", p["given"] + " " + p["family"], p["given"])
    if p.get("employer"):
        r.append(
            (
                "Employer",
                "Employeur",
                T.v("employer", p["employer"], p["employer"]) + ", " + p["emp_city"],
            )
        )
        r.append(("Occupation", "Profession", p["occupation"]))
    if p.get("institution"):
        r.append(
            ("Institution", "Établissement", T.v("institution", p["institution"], p["institution"]))
        )
        r.append(("DLI number", "Numéro EED", p["dli"]))
    if p.get("level"):
        r.append(("Level of study", "Niveau d'études", p["level"]))
        r.append(("Field of study", "Domaine d'études", p["field"]))
    r.append(("Port of entry", "Point d'entrée", p["poe"]))
    T.v("permit_type", p["type"], p["type_text"])
    return r


def _header(d, p, fam, fr_first):
    a, b = (
        "Immigration, Réfugiés et Citoyenneté Canada",
        "Immigration, Refugees and Citizenship Canada",
    )
    if not fr_first:
        a, b = b, a
    d.rect2(14, 10, 4, 10, fill=(200, 16, 46), draw=None)
    d.t(21, 10, a, fam, 9, "B")
    d.t(21, 14.5, b, fam, 9)
    d.t(202, 10, "IMM 1442", fam, 9, "B", align="R")
    d.t(202, 14.5, "Page 1 / 1", fam, 8, align="R")
    title = "PERMIS / PERMIT" if fr_first else "PERMIT / PERMIS"
    d.t(108, 26, title, fam, 14, "B", align="C")
    d.t(108, 33, p["type_text"], fam, 11, "B", align="C")


def render(p, structure, fam):
    T = Truth()
    d = Doc()
    fr_first = structure == "fr-under"
    _header(d, p, fam, fr_first)
    rows = _rows(T, p)
    y = 44
    if structure in ("under", "fr-under"):
        # label (both languages, tiny) above the value, three columns
        for i, (en, frl, val) in enumerate(rows):
            x = 14 + (i % 3) * 63
            if i % 3 == 0 and i:
                y += 15
            lab = f"{frl} / {en}" if fr_first else f"{en} / {frl}"
            d.t(x, y, lab, fam, 6.5, color=(80, 80, 80))
            d.hl(x, x + 60, y + 9.5, 0.15, (160, 160, 160))
            d.t(
                x,
                y + 3.5,
                val if len(val) < 34 else val[:60],
                fam,
                9.5 if len(val) < 30 else 7.5,
                "B",
            )
        y += 20
    elif structure == "smallcaps":
        for en, frl, val in rows:
            x = smallcaps(d, 14, y, en, fam, 8.5, color=(40, 40, 40))
            d.t(x + 1, y + 0.6, "/ " + frl, fam, 7, "I", color=(90, 90, 90))
            d.t(92, y, val, fam, 10, "B")
            y += 7.2
        y += 4
    elif structure == "ruled":
        for i, (en, frl, val) in enumerate(rows):
            if i % 2 == 0:
                d.rect2(14, y - 1.2, 188, 7.2, fill=(246, 246, 246), draw=None)
            d.t(16, y, en, fam, 8, color=(60, 60, 60))
            d.t(108, y, val, fam, 9.5, "B", align="C")
            d.t(200, y, frl, fam, 8, color=(60, 60, 60), align="R")
            y += 7.2
        y += 4
    # remarks / conditions with distractor dates
    d.t(
        14, y, "REMARKS / OBSERVATIONS" if not fr_first else "OBSERVATIONS / REMARKS", fam, 9.5, "B"
    )
    d.rect2(14, y + 5, 188, 4 + 5.2 * len(p["remarks"]), draw=(0, 0, 0), lw=0.3)
    yy = y + 7
    for line in p["remarks"]:
        d.t(17, yy, line, fam, 8.5)
        yy += 5.2
    y = yy + 8
    d.t(14, y, "CONDITIONS", fam, 9.5, "B")
    yy = y + 6
    for i, line in enumerate(p["conditions"]):
        d.t(17, yy, f"{i + 1}. {line}", fam, 8.5)
        yy += 5.2
    d.t(14, 262, "THIS IS NOT A VISA / CECI N'EST PAS UN VISA", fam, 8.5, "B")
    d.t(202, 262, p["form_no"], fam, 8, align="R")
    return d, T


BASE_COND = ["MUST LEAVE CANADA BY THE EXPIRY DATE OF THIS PERMIT."]
W = [
    (
        "imm1442-under-es-01",
        "under",
        "notosans",
        dict(
            type="employer_specific",
            type_text="WORK PERMIT / PERMIS DE TRAVAIL",
            uci="11-2233-4455",
            family="OKONKWO",
            given="CHIDI EMEKA",
            dob="1991-10-04",
            sex="M",
            coc="NIGERIA",
            passport="A09876543",
            docno="U104882731",
            issued="2025-03-11",
            expiry="2028-03-10",
            datefmt="dmon",
            employer="PRAIRIE GOLD BAKERIES LTD.",
            emp_city="SASKATOON, SK",
            occupation="INDUSTRIAL BUTCHER (94141)",
            poe="CALGARY INTL AIRPORT",
            form_no="WP-ES-3",
            remarks=[
                "LMIA 9921734 ISSUED 14 NOV 2024.",
                "PASSPORT VALID UNTIL 02 AUG 2030.",
                "MEDICAL EXAM COMPLETED 20 JAN 2025.",
            ],
            conditions=[
                "NOT AUTHORIZED TO WORK IN ANY OCCUPATION OTHER THAN STATED.",
                "NOT AUTHORIZED TO WORK FOR ANY EMPLOYER OTHER THAN STATED.",
                "NOT AUTHORIZED TO WORK IN ANY LOCATION OTHER THAN STATED.",
            ]
            + BASE_COND,
        ),
    ),
    (
        "imm1442-smallcaps-open-02",
        "smallcaps",
        "caladea",
        dict(
            type="open",
            type_text="OPEN WORK PERMIT / PERMIS DE TRAVAIL OUVERT",
            uci="88-4410-2291",
            family="SILVA",
            given="BEATRIZ",
            dob="1994-12-19",
            sex="F",
            coc="BRAZIL",
            passport="GK481122",
            docno="U517730094",
            issued="2025-07-22",
            expiry="2027-09-30",
            datefmt="iso",
            poe="TORONTO PEARSON INTL",
            form_no="OWP-SP",
            remarks=[
                "SPOUSE OF A STUDENT (C42). MEDICAL EXAM VALID UNTIL 2026-04-30.",
                "BIOMETRICS ENROLLED 2025-05-02.",
            ],
            conditions=[
                "OPEN WORK PERMIT - NOT VALID FOR EMPLOYMENT IN BUSINESSES RELATED TO THE SEX TRADE.",
                "NOT AUTHORIZED TO WORK IN CHILD CARE, PRIMARY OR SECONDARY SCHOOL TEACHING OR HEALTH SERVICES.",
            ]
            + BASE_COND,
        ),
    ),
    (
        "imm1442-fr-under-pgwp-03",
        "fr-under",
        "dvcond",
        dict(
            type="pgwp",
            type_text="PERMIS DE TRAVAIL POSTDIPLÔME / POST-GRADUATION WORK PERMIT",
            uci="45-0012-7731",
            family="NGUYEN",
            given="MINH ANH",
            dob="1999-08-25",
            sex="F",
            coc="VIET NAM",
            passport="C7741203",
            docno="U993104478",
            issued="2026-01-19",
            expiry="2029-01-18",
            datefmt="slash",
            poe="MONTRÉAL (INTÉRIEUR)",
            form_no="PGWP-FR",
            remarks=[
                "DIPLÔME / CREDENTIAL: COLLÈGE LASALLE, 2025/12/12.",
                "PASSEPORT / PASSPORT: EXP 2031/06/30.",
            ],
            conditions=["PERMIS DE TRAVAIL OUVERT / OPEN WORK PERMIT."] + BASE_COND,
        ),
    ),
    (
        "imm1442-ruled-coop-04",
        "ruled",
        "robcond",
        dict(
            type="co_op",
            type_text="CO-OP WORK PERMIT / PERMIS DE TRAVAIL COOP",
            uci="23-9981-0044",
            family="ABDI",
            given="HODAN",
            dob="2001-04-13",
            sex="F",
            coc="KENYA",
            passport="AK0193377",
            docno="U228104561",
            issued="2025-09-02",
            expiry="2027-08-31",
            datefmt="long",
            institution="RED RIVER COLLEGE POLYTECHNIC",
            dli="O19391556702",
            poe="WINNIPEG INTL",
            form_no="COOP-2",
            remarks=[
                "CO-OP PLACEMENT REQUIRED BY PROGRAM. STUDY PERMIT VALID UNTIL NOVEMBER 30, 2027.",
                "LETTER OF ACCEPTANCE DATED MAY 6, 2025.",
            ],
            conditions=[
                "NOT AUTHORIZED TO WORK OUTSIDE THE CO-OP PLACEMENT REQUIRED BY THE PROGRAM.",
                "NOT VALID FOR EMPLOYMENT WITH AN EMPLOYER ON THE INELIGIBLE LIST.",
            ]
            + BASE_COND,
        ),
    ),
    (
        "imm1442-smallcaps-es-05",
        "smallcaps",
        "freeserif",
        dict(
            type="employer_specific",
            type_text="WORK PERMIT / PERMIS DE TRAVAIL",
            uci="67-3320-1185",
            family="RAHMAN",
            given="TANVIR",
            dob="1988-02-16",
            sex="M",
            coc="BANGLADESH",
            passport="EB0912283",
            docno="U640021987",
            issued="2026-04-27",
            expiry="2028-04-26",
            datefmt="dash",
            employer="COASTLINE FISH PROCESSORS INC.",
            emp_city="ST. JOHN'S, NL",
            occupation="FISH PLANT WORKER (95106)",
            poe="HALIFAX STANFIELD INTL",
            form_no="WP-ES-5",
            remarks=["LMIA 7730015 ISSUED 03-Feb-2026.", "POLICE CERTIFICATE DATED 19-Dec-2025."],
            conditions=[
                "NOT AUTHORIZED TO WORK IN ANY OCCUPATION OTHER THAN STATED.",
                "NOT AUTHORIZED TO WORK FOR ANY EMPLOYER OTHER THAN STATED.",
            ]
            + BASE_COND,
        ),
    ),
]
S = [
    (
        "imm1442-under-study-01",
        "under",
        "freesans",
        dict(
            type="study",
            type_text="STUDY PERMIT / PERMIS D'ÉTUDES",
            uci="31-7702-5518",
            family="ZHANG",
            given="YUTONG",
            dob="2003-07-30",
            sex="F",
            coc="CHINA",
            passport="EJ4412097",
            docno="F318830216",
            issued="2025-08-14",
            expiry="2029-11-30",
            datefmt="dmon",
            institution="UNIVERSITY OF NORTHERN BRITISH COLUMBIA",
            dli="O19425476112",
            level="UNIVERSITY - BACHELOR",
            field="COMPUTER SCIENCE",
            poe="VANCOUVER INTL",
            form_no="SP-1",
            remarks=[
                "MAY WORK 24 HRS PER WEEK OFF CAMPUS DURING ACADEMIC SESSIONS.",
                "MEDICAL EXAM VALID UNTIL 10 JUN 2026.",
            ],
            conditions=[
                "MUST REMAIN ENROLLED AT A DLI.",
                "MUST ACTIVELY PURSUE COURSE OR PROGRAM OF STUDY.",
            ]
            + BASE_COND,
        ),
    ),
    (
        "imm1442-smallcaps-study-02",
        "smallcaps",
        "opensans",
        dict(
            type="study",
            type_text="STUDY PERMIT / PERMIS D'ÉTUDES",
            uci="52-1190-3364",
            family="FERNANDES",
            given="RAHUL",
            dob="2000-09-21",
            sex="M",
            coc="INDIA",
            passport="W8841207",
            docno="F402219873",
            issued="2026-01-05",
            expiry="2027-12-31",
            datefmt="long",
            institution="CONESTOGA COLLEGE",
            dli="O19395164212",
            level="COLLEGE - POST-GRADUATE CERTIFICATE",
            field="SUPPLY CHAIN MANAGEMENT",
            poe="TORONTO PEARSON INTL",
            form_no="SP-2",
            remarks=["PROGRAM START JANUARY 12, 2026. EXPECTED COMPLETION DECEMBER 18, 2026."],
            conditions=[
                "MAY WORK ON OR OFF CAMPUS IF MEETING THE CRITERIA OF R186(F), (V) OR (W).",
                "MUST CEASE WORKING IF NO LONGER MEETING THESE CRITERIA.",
            ]
            + BASE_COND,
        ),
    ),
    (
        "imm1442-fr-under-study-03",
        "fr-under",
        "carlito",
        dict(
            type="study",
            type_text="PERMIS D'ÉTUDES / STUDY PERMIT",
            uci="74-5503-2219",
            family="TRAORÉ",
            given="AÏCHA",
            dob="2002-01-17",
            sex="F",
            coc="MALI",
            passport="BA0377192",
            docno="F577013324",
            issued="2025-12-16",
            expiry="2028-06-30",
            datefmt="iso",
            institution="UNIVERSITÉ DE SHERBROOKE",
            dli="O19359011033",
            level="UNIVERSITAIRE - MAÎTRISE",
            field="GÉNIE CIVIL",
            poe="MONTRÉAL-TRUDEAU",
            form_no="SP-FR",
            remarks=[
                "CAQ VALIDE JUSQU'AU 2028-09-30 / CAQ VALID UNTIL 2028-09-30.",
                "ADMISSION: SESSION D'HIVER 2026-01-06.",
            ],
            conditions=[
                "DOIT ÊTRE INSCRIT DANS UN EED / MUST REMAIN ENROLLED AT A DLI.",
                "DOIT QUITTER LE CANADA À L'EXPIRATION / MUST LEAVE CANADA BY EXPIRY.",
            ],
        ),
    ),
    (
        "imm1442-ruled-study-04",
        "ruled",
        "dejavu",
        dict(
            type="study",
            type_text="STUDY PERMIT / PERMIS D'ÉTUDES",
            uci="19-2271-8830",
            family="MORENO",
            given="DIEGO ALEJANDRO",
            dob="1998-05-14",
            sex="M",
            coc="COLOMBIA",
            passport="AU3390217",
            docno="F190038845",
            issued="2026-08-28",
            expiry="2028-10-31",
            datefmt="dlong",
            institution="NOVA SCOTIA COMMUNITY COLLEGE",
            dli="O19305274492",
            level="COLLEGE - DIPLOMA",
            field="BUSINESS ADMINISTRATION",
            poe="HALIFAX STANFIELD INTL",
            form_no="SP-4",
            remarks=[
                "LETTER OF ACCEPTANCE DATED 3 April 2026.",
                "PROVINCIAL ATTESTATION LETTER ISSUED 22 May 2026.",
            ],
            conditions=[
                "MAY WORK 24 HRS PER WEEK OFF CAMPUS WHILE CLASSES ARE IN SESSION.",
                "MUST ACTIVELY PURSUE COURSE OR PROGRAM OF STUDY.",
            ]
            + BASE_COND,
        ),
    ),
]


def _mk(structure, fam, p):
    return lambda rng: render(p, structure, fam)


WORK_LAYOUTS = [(n, _mk(s, f, p)) for n, s, f, p in W]
STUDY_LAYOUTS = [(n, _mk(s, f, p)) for n, s, f, p in S]
_unused = fr
