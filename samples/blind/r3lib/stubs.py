# ruff: noqa: E501  (long data strings and field lists kept on one line)
"""Pay stubs, round 3: six new vendor-like designs."""

from .common import (
    D,
    Doc,
    Truth,
    calc,
    d_mon_y,
    dmy,
    fr,
    hmm,
    iso,
    logo_image,
    long_en,
    mdy,
    money,
    money_fr,
)


def _ded_rows(c, mult, fr_labels=False, qc=False):
    if fr_labels:
        return [
            ("RRQ" if qc else "RPC", c["cpp"], round(c["cpp"] * mult, 2)),
            ("AE", c["ei"], round(c["ei"] * mult, 2)),
            ("Impôt fédéral et provincial", c["tax"], round(c["tax"] * mult, 2)),
        ]
    return [
        ("CPP", c["cpp"], round(c["cpp"] * mult, 2)),
        ("EI", c["ei"], round(c["ei"] * mult, 2)),
        ("Income Tax", c["tax"], round(c["tax"] * mult, 2)),
    ]


def powerpay_01(rng):
    """Ceridian Powerpay-like: grey header grid, hours as h:mm, dates dd-Mon-yyyy, multi-column earnings
    (Description | Hrs | Rate | Current | Hrs YTD | YTD) beside deductions."""
    T = Truth()
    d = Doc(orientation="L")
    F = "narrow"
    hours, rate, ot = 77.5, 26.4, 3.75
    c = calc(hours, rate, ot, vac=0.04)
    ytd = round(c["gross"] * 17 + 412.8, 2)
    d.t(12, 10, "STATEMENT OF EARNINGS", F, 15, "B")
    d.t(12, 17, "Powerpay-style payroll", F, 8, color=(110, 110, 110))
    d.t(
        268,
        10,
        T.v("employer_name", "Riverbend Cold Storage Ltd.", "RIVERBEND COLD STORAGE LTD."),
        F,
        11,
        "B",
        align="R",
    )
    T.v("employer_name", "RIVERBEND COLD STORAGE LTD.")
    d.t(268, 16, "55 Sheppard Road, Regina, SK S4R 8K3", F, 8.5, align="R")
    heads = [
        "Employee Name",
        "Employee #",
        "SIN",
        "Period Start",
        "Period End",
        "Cheque Date",
        "Dept.",
    ]
    vals = [
        T.v("employee_name", "Oluwaseun Adeyemi", "ADEYEMI, OLUWASEUN"),
        "004517",
        "XXX-XXX-" + T.v("sin_last3", "336", "336"),
        T.v("period_start", D("2026-09-13"), "13-Sep-2026"),
        T.v("period_end", D("2026-09-26"), "26-Sep-2026"),
        T.v("pay_date", D("2026-10-02"), "02-Oct-2026"),
        "WHSE",
    ]
    T.v("employee_name", "OLUWASEUN ADEYEMI")
    ws = [62, 26, 34, 32, 32, 32, 38]
    x = 12
    for h, v, w in zip(heads, vals, ws, strict=False):
        d.rect2(x, 26, w, 6, fill=(215, 215, 215), draw=(120, 120, 120), lw=0.2)
        d.rect2(x, 32, w, 8, draw=(120, 120, 120), lw=0.2)
        d.t(x + 1.5, 27, h, F, 8, "B")
        d.t(x + 1.5, 33.5, v, F, 9.5)
        x += w
    # earnings table
    y = 48
    cols = [12, 62, 80, 100, 124, 142]
    d.rect2(12, y, 154, 6, fill=(215, 215, 215), draw=(120, 120, 120), lw=0.2)
    for xx, h in zip(
        cols, ["Earnings", "Hrs", "Rate", "Current", "Hrs YTD", "YTD Amount"], strict=False
    ):
        d.t(xx + 1, y + 1, h, F, 8.5, "B")
    y += 8
    rows = [
        (
            "Regular",
            T.v("hours", hours, hmm(hours)),
            T.v("rate", rate, "26.4000"),
            money(c["reg"]),
            "1,317:30",
            money(c["reg"] * 17),
        ),
        (
            "Overtime 1.5",
            T.v("overtime_hours", ot, hmm(ot)),
            "39.6000",
            money(c["otp"]),
            "41:15",
            money(c["otp"] * 11),
        ),
        ("Vacation Pay 4%", "", "", money(c["vacp"]), "", money(c["vacp"] * 17)),
    ]
    for r in rows:
        for xx, s in zip(cols, r, strict=False):
            d.t(xx + 1, y, s, F, 9.5)
        y += 5.5
    d.hl(12, 166, y + 1, 0.3)
    d.t(13, y + 2.5, "Total Gross", F, 9.5, "B")
    d.t(101, y + 2.5, T.v("gross", c["gross"], money(c["gross"])), F, 9.5, "B")
    d.t(143, y + 2.5, T.v("ytd_gross", ytd, money(ytd)), F, 9.5, "B")
    # deductions to the right
    y = 48
    d.rect2(172, y, 96, 6, fill=(215, 215, 215), draw=(120, 120, 120), lw=0.2)
    for xx, h in zip([172, 222, 246], ["Deductions", "Current", "YTD"], strict=False):
        d.t(xx + 1, y + 1, h, F, 8.5, "B")
    y += 8
    for lab, cur, yt in _ded_rows(c, 17):
        d.t(173, y, lab, F, 9.5)
        d.t(223, y, money(cur), F, 9.5)
        d.t(247, y, money(yt), F, 9.5)
        y += 5.5
    tot = round(c["cpp"] + c["ei"] + c["tax"], 2)
    d.hl(172, 268, y + 1, 0.3)
    d.t(173, y + 2.5, "Total Deductions", F, 9.5, "B")
    d.t(223, y + 2.5, money(tot), F, 9.5, "B")
    d.rect2(172, 96, 96, 16, fill=(235, 235, 235), draw=(120, 120, 120), lw=0.2)
    d.t(176, 99, "NET PAY", F, 10, "B")
    d.t(264, 103, "$" + T.v("net", c["net"], money(c["net"])), F, 14, "B", align="R")
    d.t(12, 100, "Hours shown as hours:minutes.", F, 8, "I", color=(100, 100, 100))
    d.t(12, 105, "Direct deposit: Transit 00123  Account ******4471", F, 8.5)
    d.hl(12, 268, 125, 0.2, (160, 160, 160))
    d.t(12, 128, "Vacation balance: 36:00 h   Sick balance: 16:00 h", F, 8.5, color=(90, 90, 90))
    return d, T


def employeur_d_fr_02(rng):
    """Employeur D-like French stub: 'Talon de paie', green header, gains table with Heures | Taux | Montant | Cumulatif,
    dates 'AAAA-MM-JJ', 'Période du … au …', Quebec deductions (RRQ, AE, RQAP, impôt QC/fédéral)."""
    T = Truth()
    d = Doc()
    F = "opensans"
    hours, rate, ot = 80.0, 23.15, 2.0
    c = calc(hours, rate, ot, vac=0.0, cpp=0.064, ei=0.0131, tax=0.17)
    ytd = round(c["gross"] * 20 + 118.4, 2)
    d.rect2(0, 0, 216, 24, fill=(0, 122, 90), draw=None)
    d.t(14, 7, "Talon de paie", F, 17, "B", color=(255, 255, 255))
    d.t(
        202,
        7,
        T.v(
            "employer_name",
            "Serres Maraîchères Lanaudière inc.",
            "Serres Maraîchères Lanaudière inc.",
        ),
        F,
        10.5,
        "B",
        color=(255, 255, 255),
        align="R",
    )
    d.t(
        202,
        13.5,
        "3400, rang Saint-Jacques, Saint-Jacques (Québec) J0K 2R0",
        F,
        8,
        color=(220, 240, 230),
        align="R",
    )
    y = 32
    info = [
        ("Employé(e)", T.v("employee_name", "Julien Tremblay-Côté", "Julien Tremblay-Côté")),
        ("Matricule", "E-0219"),
        ("NAS", "*** *** " + T.v("sin_last3", "174", "174")),
        (
            "Période",
            "du "
            + T.v("period_start", D("2026-08-16"), "2026-08-16")
            + " au "
            + T.v("period_end", D("2026-08-29"), "2026-08-29"),
        ),
        ("Date de paie", T.v("pay_date", D("2026-09-03"), "2026-09-03")),
        ("Fréquence", "Aux deux semaines"),
    ]
    for i, (a, b) in enumerate(info):
        x = 14 + (i % 2) * 96
        yy = y + (i // 2) * 7
        d.t(x, yy, a, F, 8.5, color=(0, 100, 70))
        d.t(x + 30, yy, b, F, 9.5, "B" if i == 0 else "")
    y = 58
    cols = [14, 82, 106, 130, 164]
    d.hl(14, 202, y - 1, 0.5, (0, 122, 90))
    for xx, h in zip(cols, ["Gains", "Heures", "Taux", "Montant", "Cumulatif"], strict=False):
        d.t(xx, y, h, F, 9, "B", color=(0, 100, 70))
    d.hl(14, 202, y + 5.5, 0.3, (0, 122, 90))
    y += 8
    rows = [
        (
            "Salaire régulier",
            T.v("hours", hours, "80,00"),
            T.v("rate", rate, "23,15"),
            money_fr(c["reg"]),
            money_fr(c["reg"] * 20),
        ),
        (
            "Temps supplémentaire (150 %)",
            T.v("overtime_hours", ot, "2,00"),
            "34,73",
            money_fr(c["otp"]),
            money_fr(c["otp"] * 6),
        ),
    ]
    for r in rows:
        for xx, s in zip(cols, r, strict=False):
            d.t(xx, y, s, F, 9.5)
        y += 6
    d.t(14, y + 1, "Salaire brut", F, 9.5, "B")
    d.t(130, y + 1, T.v("gross", c["gross"], money_fr(c["gross"])), F, 9.5, "B")
    d.t(164, y + 1, T.v("ytd_gross", ytd, money_fr(ytd)), F, 9.5, "B")
    y += 14
    d.hl(14, 202, y - 1, 0.5, (0, 122, 90))
    for xx, h in zip([14, 130, 164], ["Retenues", "Montant", "Cumulatif"], strict=False):
        d.t(xx, y, h, F, 9, "B", color=(0, 100, 70))
    d.hl(14, 202, y + 5.5, 0.3, (0, 122, 90))
    y += 8
    qpip = round(c["ei"] * 0.0, 2)
    for lab, cur, yt in [
        ("RRQ", c["cpp"], c["cpp"] * 20),
        ("Assurance-emploi", c["ei"], c["ei"] * 20),
        ("RQAP", qpip, 0.0),
        ("Impôt du Québec", round(c["tax"] * 0.6, 2), c["tax"] * 12),
        ("Impôt fédéral", round(c["tax"] - round(c["tax"] * 0.6, 2), 2), c["tax"] * 8),
    ]:
        d.t(14, y, lab, F, 9.5)
        d.t(130, y, money_fr(cur), F, 9.5)
        d.t(164, y, money_fr(yt), F, 9.5)
        y += 6
    y += 6
    d.rect2(110, y, 92, 15, fill=(230, 245, 238), draw=(0, 122, 90), lw=0.4)
    d.t(114, y + 4, "Salaire net", F, 11, "B")
    d.t(198, y + 4, T.v("net", c["net"], money_fr(c["net"])) + " $", F, 12, "B", align="R")
    d.t(14, y + 4, "Dépôt direct — Caisse ****8830", F, 8.5)
    return d, T


def acceo_fr_03(rng):
    """Acceo-like French 'Bulletin de paie' in a bordered monospace form; 'Période : 2 nov. au 15 nov.'-style range
    printed with long French dates; salaried semaine line 'Heures travaillées'."""
    T = Truth()
    d = Doc()
    F = "dvmono"
    hours, rate = 75.0, 30.6
    c = calc(hours, rate, 0.0, vac=0.04, cpp=0.064, ei=0.0131, tax=0.2)
    ytd = round(c["gross"] * 22, 2)
    d.rect2(12, 12, 192, 170, draw=(0, 0, 0), lw=0.5)
    d.t(108, 16, "BULLETIN DE PAIE", F, 13, "B", align="C")
    d.t(
        108,
        22,
        T.v("employer_name", "Clinique dentaire des Érables", "CLINIQUE DENTAIRE DES ÉRABLES"),
        F,
        10,
        align="C",
    )
    T.v("employer_name", "CLINIQUE DENTAIRE DES ÉRABLES")
    d.t(108, 27, "88, rue des Érables, Sherbrooke (Québec) J1H 2N4", F, 8, align="C")
    d.hl(12, 204, 33, 0.4)
    lines = [
        f"Nom ............ {T.v('employee_name', 'Nadia Haddad', 'HADDAD, NADIA')}",
        f"NAS ............ ***-***-{T.v('sin_last3', '528', '528')}",
        f"Période du ..... {T.v('period_start', D('2026-11-15'), '15 novembre 2026')}",
        f"         au .... {T.v('period_end', D('2026-11-28'), '28 novembre 2026')}",
        f"Payé le ........ {T.v('pay_date', D('2026-12-03'), '3 décembre 2026')}",
    ]
    T.v("employee_name", "NADIA HADDAD")
    y = 37
    for ln in lines:
        d.t(16, y, ln, F, 9.5)
        y += 5.5
    d.hl(12, 204, y + 1, 0.4)
    y += 4
    hdr = f"{'Code':<6}{'Description':<24}{'Heures':>9}{'Taux':>10}{'Montant':>12}{'Cumul':>14}"
    d.t(16, y, hdr, F, 9, "B")
    y += 6
    rows = [
        (
            "100",
            "Heures travaillées",
            T.v("hours", hours, "75,00"),
            T.v("rate", rate, "30,60"),
            money_fr(c["reg"]),
            money_fr(c["reg"] * 22),
        ),
        ("310", "Indemnité vacances 4 %", "", "", money_fr(c["vacp"]), money_fr(c["vacp"] * 22)),
    ]
    for code, desc, h, r, m, cu in rows:
        d.t(16, y, f"{code:<6}{desc:<24}{h:>9}{r:>10}{m:>12}{cu:>14}", F, 9)
        y += 5.5
    g = T.v("gross", c["gross"], money_fr(c["gross"]))
    yt = T.v("ytd_gross", ytd, money_fr(ytd))
    d.t(16, y, f"{'':<6}{'TOTAL DES GAINS':<24}{'':>9}{'':>10}{g:>12}{yt:>14}", F, 9, "B")
    y += 9
    for code, lab, cur in [
        ("500", "RRQ", c["cpp"]),
        ("510", "Assurance-emploi", c["ei"]),
        ("520", "Impôts (QC + féd.)", c["tax"]),
    ]:
        d.t(
            16,
            y,
            f"{code:<6}{lab:<24}{'':>9}{'':>10}{money_fr(cur):>12}{money_fr(cur * 22):>14}",
            F,
            9,
        )
        y += 5.5
    d.hl(12, 204, y + 2, 0.4)
    d.t(
        16,
        y + 5,
        f"{'NET À PAYER':<30}" + T.v("net", c["net"], money_fr(c["net"])) + " $",
        F,
        11,
        "B",
    )
    d.t(16, 172, "Logiciel de paie Acceo-style · Les montants sont en dollars canadiens.", F, 7.5)
    return d, T


def sage50_04(rng):
    """Sage 50-like cheque stub printed on the top third above a cheque: two narrow stub tables, mm/dd/yyyy with the
    day above 12, 'Pay Period Ending', weekly."""
    T = Truth()
    d = Doc()
    F = "sans"
    hours, rate, ot = 40.0, 21.75, 5.5
    c = calc(hours, rate, ot, vac=0.0, tax=0.13)
    ytd = round(c["gross"] * 37 + 96.0, 2)
    emp = T.v("employer_name", "Kestrel Auto Body Ltd.", "Kestrel Auto Body Ltd.")
    for copy, oy in (("EMPLOYEE COPY", 8), ("EMPLOYER COPY", 100)):
        d.t(12, oy, emp, F, 11, "B")
        d.t(204, oy, copy, F, 8, "B", align="R", color=(110, 110, 110))
        d.t(
            12,
            oy + 6,
            "Employee: "
            + (
                T.v("employee_name", "Dmitri Volkov", "Dmitri Volkov")
                if oy == 8
                else "Dmitri Volkov"
            ),
            F,
            9.5,
        )
        d.t(
            110,
            oy + 6,
            "Cheque Date: "
            + (T.v("pay_date", D("2026-06-19"), "06/19/2026") if oy == 8 else "06/19/2026"),
            F,
            9.5,
        )
        d.t(
            12,
            oy + 11,
            "Period: "
            + (
                T.v("period_start", D("2026-06-07"), "06/07/2026")
                + " to "
                + T.v("period_end", D("2026-06-13"), "06/13/2026")
                if oy == 8
                else "06/07/2026 to 06/13/2026"
            ),
            F,
            9.5,
        )
        d.t(
            110,
            oy + 11,
            "SIN: *** *** " + (T.v("sin_last3", "903", "903") if oy == 8 else "903"),
            F,
            9.5,
        )
        y = oy + 19
        d.rect2(12, y, 100, 6, fill=(230, 230, 230), draw=(0, 0, 0), lw=0.2)
        d.rect2(116, y, 88, 6, fill=(230, 230, 230), draw=(0, 0, 0), lw=0.2)
        for xx, h in zip(
            [13, 45, 62, 80, 96], ["Income", "Hours", "Rate", "Amount", "YTD"], strict=False
        ):
            d.t(xx, y + 1, h, F, 8, "B")
        for xx, h in zip([117, 160, 182], ["Deduction", "Amount", "YTD"], strict=False):
            d.t(xx, y + 1, h, F, 8, "B")
        y += 8
        first = oy == 8
        rows = [
            (
                "Regular",
                T.v("hours", hours, "40.00") if first else "40.00",
                T.v("rate", rate, "21.75") if first else "21.75",
                money(c["reg"]),
                money(c["reg"] * 37),
            ),
            (
                "Overtime",
                T.v("overtime_hours", ot, "5.50") if first else "5.50",
                "32.63",
                money(c["otp"]),
                money(c["otp"] * 20),
            ),
        ]
        for r in rows:
            for xx, s in zip([13, 45, 62, 80, 96], r, strict=False):
                d.t(xx, y, s, F, 8.5)
            y += 5
        d.t(13, y + 1, "Gross Pay", F, 8.5, "B")
        d.t(
            80,
            y + 1,
            T.v("gross", c["gross"], money(c["gross"])) if first else money(c["gross"]),
            F,
            8.5,
            "B",
        )
        d.t(96, y + 1, T.v("ytd_gross", ytd, money(ytd)) if first else money(ytd), F, 8.5, "B")
        yy = oy + 27
        for lab, cur, yt in _ded_rows(c, 37):
            d.t(117, yy, lab, F, 8.5)
            d.t(160, yy, money(cur), F, 8.5)
            d.t(182, yy, money(yt), F, 8.5)
            yy += 5
        d.t(117, y + 9, "Net Pay", F, 10, "B")
        d.t(
            204,
            y + 9,
            T.v("net", c["net"], money(c["net"])) if first else money(c["net"]),
            F,
            10,
            "B",
            align="R",
        )
        d.hl(8, 208, oy + 86, 0.2, (150, 150, 150))
    # cheque
    oy = 192
    d.rect2(10, oy, 196, 76, fill=(236, 243, 250), draw=(120, 140, 170))
    d.t(16, oy + 5, emp, F, 10, "B")
    d.t(200, oy + 5, "No. 008214", F, 9, align="R")
    d.t(200, oy + 12, "DATE  06/19/2026", F, 9, align="R")
    d.t(16, oy + 24, "PAY  " + f"*** {money(c['net'])} ***", F, 10)
    d.t(16, oy + 34, "TO THE ORDER OF  Dmitri Volkov", F, 10)
    d.t(16, oy + 62, "VOID   VOID   VOID", F, 14, "B", color=(200, 60, 60))
    return d, T


def paymaster_05(rng):
    """Paymaster-like: boxed header with 'Pay Period From/To' as 'September 1, 2026', earnings and deductions
    side by side with Current/YTD columns, semi-monthly with hours; DejaVu Sans Condensed."""
    T = Truth()
    d = Doc()
    F = "dvcond"
    hours, rate = 86.67, 34.62
    c = calc(hours, rate, 0.0, vac=0.0, tax=0.22)
    ytd = round(c["gross"] * 17, 2)
    d.img(logo_image("PM", (90, 30, 110), "square"), 14, 12, 12, 12)
    d.t(
        30,
        12,
        T.v("employer_name", "Prairie Meridian Credit Union", "Prairie Meridian Credit Union"),
        F,
        13,
        "B",
        color=(90, 30, 110),
    )
    d.t(30, 18.5, "1020 1st Street SW, Calgary, AB T2R 1K4", F, 8.5)
    d.t(202, 12, "PAY ADVICE", F, 13, "B", align="R")
    d.rect2(14, 30, 188, 26, draw=(90, 30, 110), lw=0.4)
    pairs = [
        ("Employee", T.v("employee_name", "Ifeoma Chukwu", "Ifeoma Chukwu")),
        ("Social Insurance No.", "XXX XXX " + T.v("sin_last3", "651", "651")),
        ("Pay Period From", T.v("period_start", D("2026-09-01"), "September 1, 2026")),
        ("Pay Period To", T.v("period_end", D("2026-09-15"), "September 15, 2026")),
        ("Pay Date", T.v("pay_date", D("2026-09-15"), "September 15, 2026")),
        ("Pay Frequency", "Semi-monthly"),
    ]
    for i, (a, b) in enumerate(pairs):
        x = 17 + (i % 2) * 94
        y = 33 + (i // 2) * 7.5
        d.t(x, y, a + ":", F, 8.5, color=(90, 30, 110))
        d.t(x + 34, y, b, F, 9.5)
    y = 64
    d.rect2(14, y, 110, 6.5, fill=(90, 30, 110), draw=None)
    d.rect2(128, y, 74, 6.5, fill=(90, 30, 110), draw=None)
    for xx, h in zip(
        [15, 52, 68, 86, 106], ["Earnings", "Hours", "Rate", "Current", "YTD"], strict=False
    ):
        d.t(xx, y + 1.2, h, F, 8.5, "B", color=(255, 255, 255))
    for xx, h in zip([129, 160, 182], ["Deductions", "Current", "YTD"], strict=False):
        d.t(xx, y + 1.2, h, F, 8.5, "B", color=(255, 255, 255))
    y += 9
    r = (
        "Salary",
        T.v("hours", hours, "86.67"),
        T.v("rate", rate, "34.62"),
        money(c["reg"]),
        money(c["reg"] * 17),
    )
    for xx, s in zip([15, 52, 68, 86, 106], r, strict=False):
        d.t(xx, y, s, F, 9)
    yy = y
    for lab, cur, yt in _ded_rows(c, 17):
        d.t(129, yy, lab, F, 9)
        d.t(160, yy, money(cur), F, 9)
        d.t(182, yy, money(yt), F, 9)
        yy += 6
    y = yy + 4
    d.hl(14, 202, y, 0.3)
    d.t(15, y + 2, "Gross Earnings", F, 9.5, "B")
    d.t(86, y + 2, T.v("gross", c["gross"], money(c["gross"])), F, 9.5, "B")
    d.t(106, y + 2, T.v("ytd_gross", ytd, money(ytd)), F, 9.5, "B")
    d.t(129, y + 2, "Net Pay", F, 9.5, "B")
    d.t(202, y + 2, T.v("net", c["net"], money(c["net"])), F, 11, "B", align="R")
    d.t(
        14,
        y + 14,
        "Salary of $72,000.00 per year paid semi-monthly; hours are the standard hours of the period.",
        F,
        8,
        "I",
        color=(90, 90, 90),
    )
    return d, T


def restaurant_hand_06(rng):
    """A small restaurant's handwritten-looking weekly stub on a ruled receipt form: printed form labels
    (Comic Neue), handwritten entries (DKG handwriting), hours as h:mm, dates '14/06/2026' with 'jj/mm/aaaa'
    printed on the form."""
    T = Truth()
    d = Doc(fmt=(140, 200))
    L = "comic"
    H = "hand"
    ink = (25, 40, 120)
    hours, rate, ot = 36.5, 17.6, 0.0
    c = calc(hours, rate, ot, vac=0.04, tax=0.09)
    ytd = round(c["gross"] * 23, 2)
    d.rect2(4, 4, 132, 192, draw=(180, 60, 60), lw=0.6)
    d.t(
        70,
        8,
        T.v("employer_name", "Casse-Croûte Chez Lili", "Casse-Croûte Chez Lili"),
        L,
        13,
        "B",
        color=(180, 60, 60),
        align="C",
    )
    d.t(
        70,
        15,
        "412, rue Principale, Rimouski QC · 418 555-0152",
        L,
        7.5,
        color=(180, 60, 60),
        align="C",
    )
    d.t(70, 21, "RELEVÉ DE PAIE / PAY SLIP   (jj/mm/aaaa)", L, 8.5, "B", align="C")
    rows = [
        ("Employé(e) / Employee", T.v("employee_name", "Thi Hoa Nguyen", "Thi Hoa Nguyen")),
        ("NAS / SIN (3 derniers)", T.v("sin_last3", "219", "219")),
        ("Semaine du / Week from", T.v("period_start", D("2026-06-14"), "14/06/2026")),
        ("au / to", T.v("period_end", D("2026-06-20"), "20/06/2026")),
        ("Payé le / Paid on", T.v("pay_date", D("2026-06-25"), "25/06/2026")),
        ("Heures / Hours (h:mm)", T.v("hours", hours, hmm(hours))),
        ("Taux / Rate $", T.v("rate", rate, "17,60")),
        ("Salaire / Wages", money_fr(c["reg"])),
        ("Vacances 4 %", money_fr(c["vacp"])),
        ("BRUT / GROSS", T.v("gross", c["gross"], money_fr(c["gross"]))),
        ("RRQ / QPP", money_fr(c["cpp"])),
        ("AE / EI", money_fr(c["ei"])),
        ("Impôt / Tax", money_fr(c["tax"])),
        ("NET", T.v("net", c["net"], money_fr(c["net"]))),
        ("Brut cumulé / YTD gross", T.v("ytd_gross", ytd, money_fr(ytd))),
    ]
    y = 30
    for lab, val in rows:
        d.t(8, y, lab, L, 8.5, "B" if lab.startswith(("BRUT", "NET")) else "")
        d.hl(62, 132, y + 6, 0.2, (150, 150, 200))
        jitter = float(rng.uniform(-0.6, 0.6))
        d.t(66 + float(rng.uniform(0, 6)), y - 0.5 + jitter, val, H, 13, color=ink)
        y += 10.5
    d.t(8, y + 4, "Signature :", L, 8.5)
    d.img(
        __import__("r2lib.common", fromlist=["signature_image"]).signature_image(rng, ink=ink),
        40,
        y,
        36,
        12,
    )
    return d, T


LAYOUTS = [
    ("powerpay-like-01", powerpay_01),
    ("employeur-d-fr-02", employeur_d_fr_02),
    ("acceo-fr-03", acceo_fr_03),
    ("sage50-cheque-04", sage50_04),
    ("paymaster-like-05", paymaster_05),
    ("restaurant-hand-06", restaurant_hand_06),
]
_unused = (iso, long_en, dmy, mdy, d_mon_y, fr)
