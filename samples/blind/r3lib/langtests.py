# ruff: noqa: E501  (long data strings and field lists kept on one line)
"""Language test results, round 3: six new arrangements."""

from .common import D, Doc, Truth, d_mon_y, dmy, dmy_long, fr, logo_image, long_en, sig, smallcaps


def ielts_gt_twocol_01(rng):
    """IELTS GT TRF: candidate details in two columns, the scores as a vertical list with a CEFR column on the right,
    'dd/mm/yyyy' dates explained in a note, TRF number in the top-right box."""
    T = Truth()
    d = Doc(fmt="A4")
    F = "freesans"
    d.rect2(0, 0, 210, 14, fill=(180, 20, 40), draw=None)
    d.t(12, 3.5, "IELTS", F, 16, "B", color=(255, 255, 255))
    d.t(198, 4.5, "Test Report Form", F, 11, "B", color=(255, 255, 255), align="R")
    d.t(12, 20, "GENERAL TRAINING", F, 13, "B", color=(180, 20, 40))
    T.v("test", "ielts_general_training", "GENERAL TRAINING")
    d.rect2(140, 18, 58, 13, draw=(180, 20, 40), lw=0.4)
    d.t(143, 19.5, "Test Report Form Number", F, 7.5, color=(100, 100, 100))
    d.t(143, 24, T.v("report_number", "26CA004521GUPS701G", "26CA004521GUPS701G"), F, 10, "B")
    d.t(12, 36, "Dates are shown as DD/MM/YYYY", F, 8, "I", color=(100, 100, 100))
    left = [
        ("Family Name", "GUPTA"),
        ("First Name(s)", "SANJANA"),
        ("Candidate ID", "CA771029"),
        ("Date of Birth", T.v("date_of_birth", D("1996-03-27"), "27/03/1996")),
        ("Sex (M/F)", "F"),
    ]
    T.v("candidate_name", "SANJANA GUPTA", "GUPTA")
    T.also("candidate_name", "SANJANA GUPTA", "SANJANA")
    right = [
        ("Centre Number", "CA004"),
        ("Test Date", T.v("test_date", D("2026-09-19"), "19/09/2026")),
        ("Country of Nationality", "INDIA"),
        ("First Language", "HINDI"),
        ("Scheme Code", "Private Candidate"),
    ]
    y = 44
    for (a, b), (p, q) in zip(left, right, strict=False):
        d.t(12, y, a, F, 8, color=(100, 100, 100))
        d.t(12, y + 3.6, b, F, 10.5, "B")
        d.t(80, y, p, F, 8, color=(100, 100, 100))
        d.t(80, y + 3.6, q, F, 10.5, "B")
        y += 11
    d.rect2(140, 40, 46, 56, fill=(225, 225, 225), draw=(120, 120, 120))
    d.t(163, 66, "PHOTO", F, 8, color=(140, 140, 140), align="C")
    y = 108
    d.t(12, y, "Test Results", F, 12, "B")
    y += 8
    d.rect2(12, y, 120, 7, fill=(245, 225, 228), draw=None)
    for xx, h in zip([14, 70, 100], ["Skill", "Band score", "CEFR"], strict=False):
        d.t(xx, y + 1.5, h, F, 9, "B")
    y += 9
    sc = [
        ("Listening", "listening", 7.5, "C1"),
        ("Reading", "reading", 6.5, "B2"),
        ("Writing", "writing", 6.0, "B2"),
        ("Speaking", "speaking", 7.0, "C1"),
    ]
    for lab, k, v, cefr in sc:
        d.t(14, y, lab, F, 10)
        d.t(76, y, T.v(k, v, f"{v:.1f}"), F, 11, "B")
        d.t(102, y, cefr, F, 10)
        d.hl(12, 132, y + 6, 0.15, (200, 200, 200))
        y += 8
    d.t(14, y + 1, "Overall Band Score", F, 10.5, "B")
    d.t(76, y + 1, T.v("overall", 7.0, "7.0"), F, 13, "B", color=(180, 20, 40))
    d.t(102, y + 1, "C1", F, 10)
    y += 20
    d.t(12, y, "Administrator Comments", F, 9, "B")
    d.rect2(12, y + 5, 120, 18, draw=(150, 150, 150))
    d.t(140, y, "Centre stamp", F, 9, "B")
    d.rect2(140, y + 5, 46, 30, draw=(150, 150, 150))
    d.t(12, y + 30, "Validation", F, 9, "B")
    sig(d, rng, 40, y + 26, 30)
    d.t(12, y + 40, "Date", F, 9, "B")
    d.t(40, y + 40, T.v("result_date", D("2026-10-02"), "02/10/2026"), F, 10)
    d.mt(
        12,
        262,
        186,
        "This is a General Training Test Report Form. The Academic module is for entry to university study. "
        "Results should be verified online by recognising organisations.",
        F,
        7.5,
        color=(100, 100, 100),
    )
    return d, T


def celpip_landscape_02(rng):
    """CELPIP-General official score report on a landscape page: four score tiles in a row, CLB note,
    'Score Report Date' in long form; Roboto."""
    T = Truth()
    d = Doc(orientation="L")
    F = "roboto"
    d.rect2(0, 0, 279.4, 26, fill=(0, 62, 114), draw=None)
    d.t(14, 7, "CELPIP", F, 20, "B", color=(255, 255, 255))
    d.t(265, 8, "Official Score Report", F, 14, "B", color=(255, 255, 255), align="R")
    d.t(265, 15.5, "CELPIP-General Test", F, 10, color=(200, 220, 240), align="R")
    T.v("test", "celpip_general", "CELPIP-General Test")
    y = 34
    pairs = [
        ("Test Taker", T.v("candidate_name", "Camila Rojas Vega", "Camila Rojas Vega")),
        ("Registration Number", T.v("report_number", "CPG-7730-5519", "CPG-7730-5519")),
        ("Date of Birth", T.v("date_of_birth", D("1993-11-08"), "November 8, 1993")),
        ("Test Date", T.v("test_date", D("2026-08-22"), "August 22, 2026")),
        ("Test Centre", "Vancouver - Burrard"),
        ("Score Report Date", T.v("result_date", D("2026-09-01"), "September 1, 2026")),
    ]
    for i, (a, b) in enumerate(pairs):
        x = 14 + (i % 3) * 88
        yy = y + (i // 3) * 13
        d.t(x, yy, a, F, 8.5, color=(90, 90, 90))
        d.t(x, yy + 4, b, F, 11, "B")
    y = 68
    tiles = [
        ("Listening", "listening", 9),
        ("Reading", "reading", 8),
        ("Writing", "writing", 7),
        ("Speaking", "speaking", 8),
    ]
    for i, (lab, k, v) in enumerate(tiles):
        x = 14 + i * 64
        d.rect2(x, y, 58, 46, fill=(238, 244, 250), draw=(0, 62, 114), lw=0.4)
        d.t(x + 29, y + 5, lab, F, 12, "B", align="C", color=(0, 62, 114))
        d.t(x + 29, y + 15, T.v(k, v, str(v)), F, 30, "B", align="C")
        d.t(x + 29, y + 36, "CELPIP Level", F, 8.5, align="C", color=(90, 90, 90))
    d.mt(
        14,
        124,
        250,
        "CELPIP levels correspond to Canadian Language Benchmark (CLB) levels: a CELPIP level of 8 is equivalent to CLB 8. "
        "Levels M (minimal) and NA (not enough information) may also be reported. This report is valid for two years from the test date.",
        F,
        9,
        lh=1.4,
        color=(60, 60, 60),
    )
    d.t(
        14,
        150,
        "Paragon Testing Enterprises (style reproduction for testing) · www.celpip.example",
        F,
        8,
        color=(120, 120, 120),
    )
    sig(d, rng, 200, 140, 40)
    d.t(200, 154, "Director, Test Administration", F, 8.5)
    return d, T


def pte_core_table_03(rng):
    """PTE Core score report as a compact table: overall in a header strip, communicative skills in a two-row table,
    enabling skills absent, Score Report Code and Test Taker ID at the top right; dates '14 Sep 2026'."""
    T = Truth()
    d = Doc(fmt="A4")
    F = "opensans"
    d.t(14, 14, "Pearson", F, 18, "B", color=(0, 112, 120))
    d.t(14, 23, "PTE Core  ·  Score Report", F, 12, "B")
    T.v("test", "pte_core", "PTE Core")
    d.t(
        196,
        14,
        "Score Report Code: " + T.v("report_number", "Q7K2MZ9TRX", "Q7K2MZ9TRX"),
        F,
        9,
        align="R",
    )
    d.t(196, 19, "Test Taker ID: PTE318804271", F, 9, align="R")
    d.hl(14, 196, 30, 0.5, (0, 112, 120))
    y = 36
    pairs = [
        ("Name", T.v("candidate_name", "Bilal Hussain", "Bilal Hussain")),
        ("Date of Birth", T.v("date_of_birth", D("1991-01-22"), "22 Jan 1991")),
        ("Test Date", T.v("test_date", D("2026-09-14"), "14 Sep 2026")),
        ("Report Issue Date", T.v("result_date", D("2026-09-16"), "16 Sep 2026")),
        ("Test Centre Country", "Canada"),
        ("Registration ID", "482771903"),
    ]
    for i, (a, b) in enumerate(pairs):
        x = 14 + (i % 2) * 92
        yy = y + (i // 2) * 9
        d.t(x, yy, a + ":", F, 9, color=(90, 90, 90))
        d.t(x + 38, yy, b, F, 10, "B")
    y = 72
    d.rect2(14, y, 182, 20, fill=(0, 112, 120), draw=None)
    d.t(20, y + 6, "Overall Score", F, 14, "B", color=(255, 255, 255))
    d.t(190, y + 3, T.v("overall", 68, "68"), F, 26, "B", color=(255, 255, 255), align="R")
    y = 100
    d.t(14, y, "Communicative Skills (10-90)", F, 11, "B")
    y += 8
    heads = ["Listening", "Reading", "Speaking", "Writing"]
    ks = [("listening", 70), ("reading", 64), ("speaking", 72), ("writing", 66)]
    for i, h in enumerate(heads):
        x = 14 + i * 45.5
        d.rect2(x, y, 45.5, 8, fill=(225, 240, 242), draw=(0, 112, 120), lw=0.3)
        d.t(x + 22.75, y + 1.8, h, F, 9.5, "B", align="C")
        d.rect2(x, y + 8, 45.5, 12, draw=(0, 112, 120), lw=0.3)
        d.t(x + 22.75, y + 10.5, T.v(ks[i][0], ks[i][1], str(ks[i][1])), F, 16, "B", align="C")
    d.mt(
        14,
        y + 30,
        182,
        "PTE Core is accepted for Canadian economic immigration. Scores are reported on a scale of 10 to 90. "
        "Verify this report with the Score Report Code on the Pearson score verification site.",
        F,
        8.5,
        color=(80, 80, 80),
        lh=1.4,
    )
    return d, T


def tef_canada_colonnes_04(rng):
    """TEF Canada attestation with the four épreuves as columns (score /699, niveau CECRL, NCLC rows under them);
    JJ/MM/AAAA dates announced; DejaVu Sans."""
    T = Truth()
    d = Doc(fmt="A4")
    F = "dejavu"
    d.t(105, 14, "France Éducation international", F, 11, "B", align="C", color=(0, 45, 110))
    d.t(105, 22, "ATTESTATION DE RÉSULTATS", F, 15, "B", align="C")
    d.t(105, 30, "Test d'évaluation de français — TEF Canada", F, 11, align="C")
    T.v("test", "tef_canada", "TEF Canada")
    d.t(
        105,
        37,
        "(les dates sont au format JJ/MM/AAAA)",
        F,
        8,
        "I",
        align="C",
        color=(100, 100, 100),
    )
    y = 48
    pairs = [
        ("Nom", "DIALLO"),
        ("Prénom", "Mamadou"),
        ("Né(e) le", T.v("date_of_birth", D("1990-05-30"), "30/05/1990")),
        ("N° d'attestation", T.v("report_number", "0431-26-118702", "0431-26-118702")),
        ("Date de la session", T.v("test_date", D("2026-10-17"), "17/10/2026")),
        ("Date d'édition", T.v("result_date", D("2026-10-29"), "29/10/2026")),
        ("Centre", "Alliance française de Toronto (style)"),
    ]
    T.v("candidate_name", "Mamadou DIALLO", "DIALLO")
    T.also("candidate_name", "Mamadou DIALLO", "Mamadou")
    for a, b in pairs:
        d.t(20, y, a, F, 9, color=(80, 80, 80))
        d.t(70, y, b, F, 10, "B")
        y += 7
    y += 6
    heads = [
        "",
        "Compréhension de l'oral",
        "Compréhension de l'écrit",
        "Expression écrite",
        "Expression orale",
    ]
    ks = [("listening", 512), ("reading", 498), ("writing", 430), ("speaking", 467)]
    cecrl = ["C1", "B2", "B2", "B2"]
    nclc = ["9", "8", "8", "8"]
    xw = [36, 38.5, 38.5, 38.5, 38.5]
    x = 14
    for i, h in enumerate(heads):
        d.rect2(x, y, xw[i], 14, fill=(230, 236, 248), draw=(0, 45, 110), lw=0.3)
        d.mt(x + 1, y + 2, xw[i] - 2, h, F, 8, "B", align="C", lh=1.2)
        x += xw[i]
    rows = [
        ("Score / 699", [T.v(k, v, str(v)) for k, v in ks]),
        ("Niveau CECRL", cecrl),
        ("Équivalence NCLC", nclc),
    ]
    yy = y + 14
    for lab, vals in rows:
        x = 14
        d.rect2(x, yy, 36, 10, draw=(0, 45, 110), lw=0.3)
        d.t(x + 2, yy + 3, lab, F, 8.5, "B")
        x += 36
        for v in vals:
            d.rect2(x, yy, 38.5, 10, draw=(0, 45, 110), lw=0.3)
            d.t(x + 19.25, yy + 2.5, v, F, 11, "B" if lab.startswith("Score") else "", align="C")
            x += 38.5
        yy += 10
    d.mt(
        14,
        yy + 8,
        182,
        "Cette attestation est valable deux ans à compter de la date de la session. Les résultats sont vérifiables "
        "par les organismes de reconnaissance.",
        F,
        8.5,
        lh=1.4,
    )
    sig(d, rng, 140, yy + 24, 40)
    d.t(140, yy + 38, "Le directeur", F, 9)
    return d, T


def tcf_canada_fiche_05(rng):
    """TCF Canada attestation as a 'fiche' with label above value in grey boxes, scores and levels in a list,
    dates written out in French ('12 novembre 2026'); Noto Serif."""
    T = Truth()
    d = Doc(fmt="A4")
    F = "notoserif"
    d.rect2(14, 12, 182, 22, draw=(0, 0, 0), lw=0.6)
    d.t(105, 15, "TCF CANADA", F, 16, "B", align="C")
    T.v("test", "tcf_canada", "TCF CANADA")
    d.t(
        105,
        24,
        "Test de connaissance du français — Attestation de résultats",
        F,
        10,
        "I",
        align="C",
    )
    boxes = [
        ("NOM Prénom", T.v("candidate_name", "Yasmine El Amrani", "EL AMRANI Yasmine")),
        ("Date de naissance", T.v("date_of_birth", D("1997-02-14"), "14 février 1997")),
        ("Numéro de candidat", T.v("report_number", "2026TCFCA0088314", "2026TCFCA0088314")),
        ("Date de passation", T.v("test_date", D("2026-11-12"), "12 novembre 2026")),
        ("Date de délivrance", T.v("result_date", D("2026-11-26"), "26 novembre 2026")),
        ("Centre d'examen", "Centre agréé n° 7741 — Montréal"),
    ]
    y = 42
    for i, (a, b) in enumerate(boxes):
        x = 14 + (i % 2) * 92
        yy = y + (i // 2) * 17
        d.rect2(x, yy, 90, 15, fill=(240, 240, 240), draw=None)
        d.t(x + 2, yy + 1.5, a, F, 7.5, color=(90, 90, 90))
        d.t(x + 2, yy + 6.5, b, F, 11, "B")
    y = 100
    d.t(14, y, "Résultats", F, 12, "B")
    y += 8
    items = [
        ("Compréhension orale", "listening", 548, "/ 699", "C1", "NCLC 10"),
        ("Compréhension écrite", "reading", 521, "/ 699", "B2", "NCLC 9"),
        ("Expression écrite", "writing", 12, "/ 20", "B2", "NCLC 8"),
        ("Expression orale", "speaking", 14, "/ 20", "C1", "NCLC 10"),
    ]
    for lab, k, v, sc, niv, nclc in items:
        d.t(18, y, "■", F, 9)
        d.t(24, y, lab, F, 10.5)
        d.t(100, y, T.v(k, v, str(v)), F, 12, "B")
        d.t(114, y + 0.5, sc, F, 10)
        d.t(140, y, "Niveau " + niv, F, 10)
        d.t(170, y, nclc, F, 10)
        y += 9
    d.mt(
        14,
        y + 8,
        182,
        "Les épreuves d'expression sont notées sur 20, les épreuves de compréhension sur 699. L'attestation est "
        "valable deux ans.",
        F,
        9,
        lh=1.4,
    )
    sig(d, rng, 20, y + 24, 36)
    d.t(20, y + 37, "Pour le centre d'examen", F, 9)
    return d, T


def celpip_ls_email_06(rng):
    """CELPIP-General LS results delivered as an e-mail printout: header block of the message, a plain two-row
    table of the two components, dates 'Sep 30, 2026'."""
    T = Truth()
    d = Doc()
    F = "sans"
    d.t(14, 12, "Mail — Inbox", F, 8, color=(120, 120, 120))
    hdr = [
        ("From:", "CELPIP Results <noreply@celpip.example>"),
        ("To:", "jin.woo.lee@mail.example"),
        ("Date:", "Wed, Oct 7, 2026 at 10:14 AM"),
        ("Subject:", "Your CELPIP-General LS Test results are now available"),
    ]
    y = 20
    for a, b in hdr:
        d.t(14, y, a, F, 9, "B")
        d.t(34, y, b, F, 9)
        y += 5.5
    T.v("test", "celpip_general_ls", "CELPIP-General LS")
    d.hl(14, 202, y + 2, 0.3, (180, 180, 180))
    name = T.v("candidate_name", "Jin Woo Lee", "Jin Woo Lee")
    y = d.mt(14, y + 8, 188, f"Dear {name},", F, 10.5)
    y = d.mt(
        14,
        y + 4,
        188,
        "Your official scores for the CELPIP-General LS Test are below. You can also view and print your Official "
        "Score Report from your online account.",
        F,
        10.5,
        lh=1.4,
    )
    y += 5
    rows = [
        ("CELPIP ID", T.v("report_number", "LS-88410273", "LS-88410273")),
        ("Date of birth", T.v("date_of_birth", D("1999-06-03"), "Jun 3, 1999")),
        ("Test date", T.v("test_date", D("2026-09-26"), "Sep 26, 2026")),
        ("Date of Result", T.v("result_date", D("2026-10-07"), "Oct 7, 2026")),
    ]
    for a, b in rows:
        d.t(20, y, a, F, 10, color=(80, 80, 80))
        d.t(70, y, b, F, 10.5, "B")
        y += 6.5
    y += 5
    d.rect2(20, y, 100, 7, fill=(235, 235, 235), draw=(150, 150, 150))
    d.t(22, y + 1.5, "Component", F, 9.5, "B")
    d.t(80, y + 1.5, "CELPIP Level", F, 9.5, "B")
    y += 7
    for lab, k, v in [("Listening", "listening", 10), ("Speaking", "speaking", 9)]:
        d.rect2(20, y, 100, 8, draw=(150, 150, 150))
        d.t(22, y + 2, lab, F, 10)
        d.t(86, y + 1.5, T.v(k, v, str(v)), F, 11, "B")
        y += 8
    d.mt(
        14,
        y + 8,
        188,
        "The LS Test assesses listening and speaking only. Thank you for choosing CELPIP.",
        F,
        10,
        lh=1.4,
    )
    d.t(14, 262, "This message was sent from an unmonitored address.", F, 8, color=(120, 120, 120))
    return d, T


LAYOUTS = [
    ("ielts-gt-twocol-01", ielts_gt_twocol_01),
    ("celpip-landscape-02", celpip_landscape_02),
    ("pte-core-table-03", pte_core_table_03),
    ("tef-canada-colonnes-04", tef_canada_colonnes_04),
    ("tcf-canada-fiche-05", tcf_canada_fiche_05),
    ("celpip-ls-email-06", celpip_ls_email_06),
]
_unused = (long_en, dmy, fr, dmy_long, d_mon_y, logo_image, smallcaps)
