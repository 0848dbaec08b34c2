# ruff: noqa: E501  (long data strings and field lists kept on one line)
"""T4 slips, round 3: five new arrangements."""

from .common import Doc, Truth, money, money_fr, sig

EMP = [
    (
        "t4-boxcolumn-01",
        dict(
            year=2025,
            employer="Lakehead Forest Products Ltd.",
            employee=("MARTINEZ", "LUCIA"),
            sin="***-***-418",
            sin3="418",
            prov="ON",
            inc=61840.22,
            tax=9876.10,
            cpp=3606.05,
            ei=1012.17,
        ),
    )
]


def _boxes(T, t, fmt=money):
    return {
        "14": T.v("employment_income", t["inc"], fmt(t["inc"])),
        "22": T.v("income_tax", t["tax"], fmt(t["tax"])),
        "16": T.v("cpp", t["cpp"], fmt(t["cpp"])),
        "18": T.v("ei", t["ei"], fmt(t["ei"])),
        "10": T.v("province", t["prov"], t["prov"]),
    }


def boxcolumn_01(rng):
    """CRA-like T4 whose numbered boxes run down a single right-hand column (14, 16, 18, 22 ... then 24, 26),
    employer and employee blocks on the left, EN/FR labels; Liberation Sans."""
    T = Truth()
    d = Doc()
    F = "sans"
    t = dict(inc=61840.22, tax=9876.10, cpp=3606.05, ei=1012.17, prov="ON")
    d.t(14, 12, "Canada Revenue Agency  /  Agence du revenu du Canada", F, 8.5)
    d.t(202, 12, "T4", F, 20, "B", align="R")
    d.t(150, 14, "Year / Année", F, 7.5, align="C")
    d.t(150, 18, str(T.v("tax_year", 2025, "2025")), F, 13, "B", align="C")
    d.t(14, 26, "STATEMENT OF REMUNERATION PAID / ÉTAT DE LA RÉMUNÉRATION PAYÉE", F, 10, "B")
    T.v("slip", "t4", "T4")
    d.rect2(14, 34, 100, 26, draw=(0, 0, 0), lw=0.3)
    d.t(16, 35, "Employer's name / Nom de l'employeur", F, 7)
    d.t(
        16,
        40,
        T.v("employer_name", "Lakehead Forest Products Ltd.", "Lakehead Forest Products Ltd."),
        F,
        10,
        "B",
    )
    d.t(16, 45, "1 Mission Road, Thunder Bay ON P7B 5H3", F, 8.5)
    d.rect2(14, 64, 100, 30, draw=(0, 0, 0), lw=0.3)
    d.t(
        16,
        65,
        "Employee: Last name (in capital letters) / Nom de famille (en lettres moulées)",
        F,
        6.5,
    )
    d.t(16, 70, "MARTINEZ", F, 11, "B")
    d.t(16, 76, "First name / Prénom", F, 6.5)
    d.t(16, 80, "LUCIA", F, 11, "B")
    T.v("employee_name", "LUCIA MARTINEZ", "MARTINEZ")
    T.also("employee_name", "LUCIA MARTINEZ", "LUCIA")
    d.t(16, 87, "240 Red River Rd, Thunder Bay ON P7B 1A5", F, 8)
    b = _boxes(T, t)
    col = [
        ("10", "Province of employment / Province d'emploi", b["10"]),
        (
            "12",
            "Social insurance number / Numéro d'assurance sociale",
            "***  ***  " + T.v("sin_last3", "418", "418"),
        ),
        ("14", "Employment income / Revenus d'emploi", b["14"]),
        ("16", "Employee's CPP contributions / Cotisations de l'employé au RPC", b["16"]),
        ("16A", "Employee's second CPP contributions / Deuxièmes cotisations au RPC", "0.00"),
        ("18", "Employee's EI premiums / Cotisations de l'employé à l'AE", b["18"]),
        ("22", "Income tax deducted / Impôt sur le revenu retenu", b["22"]),
        ("24", "EI insurable earnings / Gains assurables d'AE", "61,840.22"),
        ("26", "CPP pensionable earnings / Gains ouvrant droit à pension", "61,840.22"),
        ("44", "Union dues / Cotisations syndicales", "742.00"),
        ("54", "Employer's account number / Numéro de compte de l'employeur", "812345678RP0001"),
    ]
    y = 34
    for box, lab, val in col:
        d.rect2(118, y, 84, 12.5, draw=(0, 0, 0), lw=0.3)
        d.rect2(118, y, 9, 12.5, fill=(225, 225, 225), draw=(0, 0, 0), lw=0.3)
        d.t(122.5, y + 4, box, F, 8, "B", align="C")
        d.t(128.5, y + 0.8, lab, F, 5.6)
        d.t(200, y + 5.5, val, F, 10, "B", align="R")
        y += 12.5
    d.t(14, 190, "Protected B when completed / Protégé B une fois rempli", F, 8)
    return d, T


def vendor_instructions_02(rng):
    """Payroll-vendor T4 (Ceridian-like 'Employee Copy') on the top half, instructions text on the bottom half;
    boxes arranged as a 3 x 3 grid with the box number after the label; upper-case names; Roboto Condensed."""
    T = Truth()
    d = Doc()
    F = "robcond"
    t = dict(inc=48215.60, tax=6012.44, cpp=2614.31, ei=787.92, prov="AB")
    d.t(
        14,
        12,
        T.v("employer_name", "BOW VALLEY HOSPITALITY CORP.", "BOW VALLEY HOSPITALITY CORP."),
        F,
        11,
        "B",
    )
    d.t(14, 17, "300 BEAR ST, BANFF AB T1L 1A1", F, 8.5)
    d.t(202, 12, "T4 " + str(T.v("tax_year", 2025, "2025")), F, 16, "B", align="R")
    T.v("slip", "t4", "T4")
    d.t(202, 19, "EMPLOYEE COPY - KEEP FOR YOUR RECORDS", F, 8, align="R")
    d.rect2(14, 26, 188, 16, draw=(0, 0, 0), lw=0.3)
    d.t(16, 27.5, "EMPLOYEE NAME AND ADDRESS", F, 7)
    d.t(16, 32, T.v("employee_name", "ANANYA IYER", "IYER ANANYA"), F, 11, "B")
    d.t(16, 37.5, "1208 - 415 BANFF AVE, BANFF AB T1L 1B2", F, 8.5)
    d.t(140, 27.5, "SIN", F, 7)
    d.t(140, 32, "XXX XXX " + T.v("sin_last3", "067", "067"), F, 11, "B")
    b = _boxes(T, t)
    grid = [
        ("EMPLOYMENT INCOME", "14", b["14"]),
        ("INCOME TAX DEDUCTED", "22", b["22"]),
        ("PROVINCE OF EMPLOYMENT", "10", b["10"]),
        ("CPP CONTRIBUTIONS", "16", b["16"]),
        ("EI PREMIUMS", "18", b["18"]),
        ("EI INSURABLE EARNINGS", "24", "48,215.60"),
        ("CPP PENSIONABLE EARNINGS", "26", "48,215.60"),
        ("RPP CONTRIBUTIONS", "20", "0.00"),
        ("PENSION ADJUSTMENT", "52", "0.00"),
    ]
    for i, (lab, box, val) in enumerate(grid):
        x = 14 + (i % 3) * 62.7
        y = 46 + (i // 3) * 15
        d.rect2(x, y, 62.7, 15, draw=(0, 0, 0), lw=0.3)
        d.t(x + 2, y + 1.2, f"{lab} ({box})", F, 7)
        d.t(x + 60, y + 7, val, F, 11, "B", align="R")
    d.t(14, 96, "OTHER INFORMATION:  BOX 40  312.00     BOX 57  0.00", F, 8.5)
    d.hl(10, 206, 110, 0.3, (120, 120, 120))
    d.t(14, 116, "Information for employees", F, 11, "B")
    txt = (
        "Report the amount in box 14 on line 10100 of your return. Box 22 is the income tax deducted from your pay; claim it on line 43700. "
        "Boxes 16 and 18 are your CPP contributions and EI premiums. Keep this copy for six years. This slip was produced by your "
        "employer's payroll provider; contact your employer, not the provider, about any correction."
    )
    d.mt(14, 124, 188, txt, F, 9.5, lh=1.45)
    return d, T


def summary_printout_03(rng):
    """'T4 Summary'-like employer printout with the totals block and one employee slip listed in a detail table
    (columns Box 14 | Box 16 | Box 18 | Box 22), landscape; DejaVu Sans Condensed."""
    T = Truth()
    d = Doc(orientation="L")
    F = "dvcond"
    t = dict(inc=39470.00, tax=4388.76, cpp=2136.45, ei=643.36, prov="NS")
    d.t(
        14,
        12,
        "T4 SUMMARY AND SLIP LISTING — TAX YEAR " + str(T.v("tax_year", 2025, "2025")),
        F,
        13,
        "B",
    )
    T.v("slip", "t4", "T4")
    d.t(
        14,
        19,
        "Employer: "
        + T.v(
            "employer_name",
            "Annapolis Valley Orchards Co-operative",
            "Annapolis Valley Orchards Co-operative",
        )
        + "   ·   Payroll account 778812345RP0001   ·   Printed 2026-02-20",
        F,
        9,
    )
    d.rect2(14, 28, 120, 40, draw=(0, 0, 0), lw=0.3)
    d.t(16, 30, "Summary totals (1 slip)", F, 9.5, "B")
    tot = [
        ("Total number of T4 slips (88)", "1"),
        ("Employment income (14)", money(t["inc"])),
        ("Employees' CPP contributions (16)", money(t["cpp"])),
        ("Employees' EI premiums (18)", money(t["ei"])),
        ("Income tax deducted (22)", money(t["tax"])),
    ]
    y = 36
    for a, b in tot:
        d.t(18, y, a, F, 9)
        d.t(130, y, b, F, 9, align="R")
        y += 6
    d.t(14, 76, "Slip detail", F, 10.5, "B")
    heads = [
        "Employee (LAST, First)",
        "SIN",
        "Prov (10)",
        "Box 14",
        "Box 16",
        "Box 18",
        "Box 22",
        "Box 24",
        "Box 26",
    ]
    ws = [58, 30, 18, 26, 24, 22, 24, 26, 26]
    x = 14
    for h, w in zip(heads, ws, strict=False):
        d.rect2(x, 82, w, 7, fill=(225, 225, 225), draw=(0, 0, 0), lw=0.25)
        d.t(x + 1.5, 83.3, h, F, 8.5, "B")
        x += w
    b = _boxes(T, t)
    vals = [
        T.v("employee_name", "Chloé Arsenault", "ARSENAULT, Chloé"),
        "*** *** " + T.v("sin_last3", "752", "752"),
        b["10"],
        b["14"],
        b["16"],
        b["18"],
        b["22"],
        money(t["inc"]),
        money(t["inc"]),
    ]
    x = 14
    for v, w in zip(vals, ws, strict=False):
        d.rect2(x, 89, w, 8, draw=(0, 0, 0), lw=0.25)
        d.t(x + 1.5, 90.8, v, F, 9)
        x += w
    d.t(14, 104, "Totals agree with the summary. File by the last day of February.", F, 8.5, "I")
    d.t(
        14,
        180,
        "Annapolis Valley Orchards Co-operative · 55 Commercial St, Berwick NS B0P 1E0 · 902-555-0107",
        F,
        8,
        color=(100, 100, 100),
    )
    return d, T


def fr_first_nb_04(rng):
    """French-first T4 for a New Brunswick employee: 'État de la rémunération payée', label FR above EN in each
    box, amounts with decimal commas and a space as thousands separator; boxes in two columns of pairs."""
    T = Truth()
    d = Doc()
    F = "opensans"
    t = dict(inc=52904.38, tax=7705.19, cpp=3087.66, ei=867.63, prov="NB")
    d.t(14, 12, "Agence du revenu du Canada / Canada Revenue Agency", F, 8.5)
    d.t(14, 18, "ÉTAT DE LA RÉMUNÉRATION PAYÉE", F, 13, "B")
    d.t(14, 24.5, "STATEMENT OF REMUNERATION PAID", F, 9)
    d.t(202, 12, "T4", F, 22, "B", align="R")
    T.v("slip", "t4", "T4")
    d.t(170, 24, "Année / Year  " + str(T.v("tax_year", 2025, "2025")), F, 10, "B")
    d.rect2(14, 32, 188, 18, draw=(0, 0, 0), lw=0.3)
    d.t(16, 33, "Nom de l'employeur / Employer's name", F, 7)
    d.t(
        16,
        38,
        T.v(
            "employer_name",
            "Transport Péninsule acadienne ltée",
            "Transport Péninsule acadienne ltée",
        ),
        F,
        11,
        "B",
    )
    d.t(16, 44, "180, boulevard Saint-Pierre Ouest, Caraquet (N.-B.) E1W 1B6", F, 8)
    b = _boxes(T, t, money_fr)
    pairs = [
        ("10", "Province d'emploi", "Province of employment", b["10"]),
        (
            "12",
            "Numéro d'assurance sociale",
            "Social insurance number",
            "*** *** " + T.v("sin_last3", "386", "386"),
        ),
        ("14", "Revenus d'emploi", "Employment income", b["14"]),
        ("22", "Impôt sur le revenu retenu", "Income tax deducted", b["22"]),
        ("16", "Cotisations de l'employé au RPC", "Employee's CPP contributions", b["16"]),
        ("18", "Cotisations de l'employé à l'AE", "Employee's EI premiums", b["18"]),
        ("24", "Gains assurables d'AE", "EI insurable earnings", "52 904,38"),
        ("26", "Gains ouvrant droit à pension – RPC", "CPP pensionable earnings", "52 904,38"),
    ]
    for i, (box, frl, en, val) in enumerate(pairs):
        x = 14 + (i % 2) * 95
        y = 56 + (i // 2) * 17
        d.rect2(x, y, 93, 15, draw=(0, 0, 0), lw=0.3)
        d.t(x + 2, y + 1, f"{box}  {frl}", F, 7, "B")
        d.t(x + 2, y + 4.3, en, F, 6.5, "I")
        d.t(x + 90, y + 8, val, F, 11, "B", align="R")
    d.rect2(14, 128, 188, 18, draw=(0, 0, 0), lw=0.3)
    d.t(16, 129, "Employé : nom de famille, prénom / Employee: last name, first name", F, 7)
    d.t(16, 134, T.v("employee_name", "Émilie Robichaud", "ROBICHAUD Émilie"), F, 11, "B")
    d.t(16, 140, "22, rue du Portage, Caraquet (N.-B.) E1W 1A4", F, 8)
    return d, T


def portal_yearend_05(rng):
    """Employee self-service portal 'Year-end tax slip' view: a card per box in a responsive-looking list,
    box number as a pill, amounts with $; Noto Sans."""
    T = Truth()
    d = Doc()
    F = "notosans"
    t = dict(inc=87210.55, tax=19944.02, cpp=4034.10, ei=1077.48, prov="BC")
    d.rect2(0, 0, 216, 16, fill=(24, 24, 40), draw=None)
    d.t(14, 4.5, "MyPay Portal", F, 11, "B", color=(255, 255, 255))
    d.t(
        202,
        5,
        "Tax documents › T4 " + str(T.v("tax_year", 2025, "2025")),
        F,
        9,
        color=(200, 200, 220),
        align="R",
    )
    T.v("slip", "t4", "T4")
    d.t(14, 24, "T4 — Statement of Remuneration Paid", F, 15, "B")
    d.t(
        14,
        32,
        "Employer: "
        + T.v(
            "employer_name",
            "Salish Sea Marine Engineering Inc.",
            "Salish Sea Marine Engineering Inc.",
        ),
        F,
        10,
    )
    d.t(
        14,
        38,
        "Employee: "
        + T.v("employee_name", "Kofi Asante", "Kofi Asante")
        + "    SIN ending in "
        + T.v("sin_last3", "209", "209"),
        F,
        10,
    )
    b = _boxes(T, t)
    cards = [
        ("14", "Employment income", "$" + b["14"]),
        ("22", "Income tax deducted", "$" + b["22"]),
        ("16", "Employee CPP contributions", "$" + b["16"]),
        ("16A", "Employee second CPP contributions", "$0.00"),
        ("18", "Employee EI premiums", "$" + b["18"]),
        ("10", "Province of employment", b["10"]),
        ("24", "EI insurable earnings", "$65,700.00"),
        ("26", "CPP pensionable earnings", "$71,300.00"),
    ]
    y = 48
    for box, lab, val in cards:
        d.rect2(14, y, 188, 13, fill=(248, 248, 252), draw=(220, 220, 232))
        d.rect2(18, y + 3.5, 14, 6, fill=(60, 60, 140), draw=None)
        d.t(25, y + 4.2, box, F, 8.5, "B", color=(255, 255, 255), align="C")
        d.t(38, y + 4, lab, F, 10)
        d.t(198, y + 3.5, val, F, 11.5, "B", align="R")
        y += 15
    d.t(
        14,
        y + 4,
        "Download PDF   ·   Amend request   ·   Printed from the portal, not an official CRA form.",
        F,
        8.5,
        color=(110, 110, 110),
    )
    return d, T


LAYOUTS = [
    ("t4-boxcolumn-01", boxcolumn_01),
    ("vendor-instructions-02", vendor_instructions_02),
    ("summary-printout-03", summary_printout_03),
    ("fr-first-nb-04", fr_first_nb_04),
    ("portal-yearend-05", portal_yearend_05),
]
_unused = (EMP, sig)
