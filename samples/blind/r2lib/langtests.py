"""Language test results, round 2."""
from .common import Doc, Truth, D, iso, long_en, fr, dmy, dmon, logo_image, face_box
import numpy as np


def ielts_gt_01(rng):
    """IELTS General Training TRF, paper-style form: labels above boxed values, dd/MM/yyyy."""
    T = Truth()
    d = Doc(fmt='A4')
    F = 'dejavu'
    T.v('test', 'ielts_general_training', 'GENERAL TRAINING')
    d.rect2(8, 8, 194, 281, draw=(180, 30, 40), lw=0.8)
    d.t(14, 14, 'IELTS', F, 22, 'B', color=(180, 30, 40))
    d.t(58, 16, 'Test Report Form', F, 13, 'B')
    d.t(196, 14, 'GENERAL TRAINING', F, 12, 'B', align='R')
    d.t(196, 21, 'Dates are DD/MM/YYYY', F, 7.5, 'I', align='R', color=(90, 90, 90))
    d.hl(14, 196, 30, 0.5, (180, 30, 40))
    def box(x, y, w, lab, val, size=10):
        d.t(x, y, lab, F, 7, color=(90, 90, 90))
        d.rect2(x, y + 3.5, w, 7.5, draw=(120, 120, 120))
        d.t(x + 1.5, y + 5, val, 'dvmono', size)
    box(14, 34, 60, 'Centre Number', 'CA512')
    box(78, 34, 40, 'Date', T.v('test_date', D('2026-02-21'), '21/02/2026'))
    box(122, 34, 40, 'Candidate Number', '081734')
    box(14, 50, 110, 'Family Name', 'PATEL')
    box(14, 64, 110, 'First Name(s)', 'NIRAV KUMAR')
    T.v('candidate_name', 'NIRAV KUMAR PATEL', 'PATEL')
    T.also('candidate_name', 'NIRAV KUMAR PATEL', 'NIRAV KUMAR')
    box(14, 78, 50, 'Date of Birth', T.v('date_of_birth', D('1995-08-27'), '27/08/1995'))
    box(68, 78, 24, 'Sex (M/F)', 'M')
    box(96, 78, 60, 'Country or Region of Origin', 'INDIA')
    d.rect2(160, 50, 36, 42, draw=(120, 120, 120))
    d.img(face_box(300, 350, rng), 161, 51, 34, 40)
    d.t(14, 100, 'Test Results', F, 11, 'B', color=(180, 30, 40))
    xs = [14, 48, 82, 116, 150]
    labs = ['Listening', 'Reading', 'Writing', 'Speaking', 'Overall Band Score']
    vals = [('listening', 8.0), ('reading', 7.0), ('writing', 6.5), ('speaking', 7.0), ('overall', 7.0)]
    for x, lab, (k, v) in zip(xs, labs, vals):
        d.t(x, 108, lab, F, 8, 'B')
        d.rect2(x, 113, 28 if k != 'overall' else 40, 12, draw=(0, 0, 0), lw=0.5)
        d.t(x + 9, 115, T.v(k, v, f'{v:.1f}'), F, 14, 'B')
    d.t(14, 132, 'CEFR Level', F, 8)
    d.t(40, 132, 'C1', F, 9, 'B')
    d.mt(14, 142, 180, 'Administrator Comments: This TRF reports the General Training module. The Academic module is not reported on this form.', F, 8.5, lh=1.35)
    d.t(14, 160, 'Centre stamp', F, 8, color=(90, 90, 90))
    d.rect2(14, 164, 50, 30, draw=(160, 160, 160))
    d.t(80, 170, 'Validation stamp', F, 8, color=(90, 90, 90))
    d.t(130, 170, 'Date', F, 8, color=(90, 90, 90))
    d.t(130, 175, T.v('result_date', D('2026-03-06'), '06/03/2026'), 'dvmono', 10)
    d.t(14, 205, 'Test Report Form Number', F, 8, color=(90, 90, 90))
    d.t(14, 210, T.v('report_number', '26CA081734PATN008G', '26CA081734PATN008G'), 'dvmono', 12, 'B')
    d.t(14, 275, 'IELTS is jointly owned by British Council, IDP: IELTS and Cambridge University Press & Assessment.', F, 7, color=(110, 110, 110))
    return d, T


def ielts_academic_02(rng):
    """IELTS Academic results printout from an online results service: labels on the left, 'March 14, 2025'."""
    T = Truth()
    d = Doc()
    F = 'opensans'
    T.v('test', 'ielts_academic', 'Academic')
    d.rect2(0, 0, 216, 18, fill=(12, 35, 64), draw=None)
    d.t(14, 5, 'IELTS  |  Online Results Service', F, 12, 'B', color=(255, 255, 255))
    d.t(14, 26, 'Your IELTS results', F, 16, 'B')
    d.t(14, 35, 'Module: Academic   ·   Test format: IELTS on computer', F, 10)
    rows = [('Candidate name', T.v('candidate_name', 'Farah Haddad', 'Farah Haddad')),
            ('Date of birth', T.v('date_of_birth', D('1998-12-03'), 'December 3, 1998')),
            ('Test date', T.v('test_date', D('2025-11-08'), 'November 8, 2025')),
            ('Results released', T.v('result_date', D('2025-11-13'), 'November 13, 2025')),
            ('Test centre', 'CA630 — Ottawa'),
            ('TRF number', T.v('report_number', '25CA630HADF123A', '25CA630HADF123A'))]
    y = 46
    for a, b in rows:
        d.t(14, y, a, F, 9.5, color=(90, 90, 90))
        d.t(70, y, b, F, 10.5, 'B')
        d.hl(14, 200, y + 6.5, 0.1, (200, 200, 200))
        y += 9
    y += 6
    sc = [('Listening', 'listening', 7.5), ('Reading', 'reading', 8.0), ('Writing', 'writing', 6.5), ('Speaking', 'speaking', 7.0)]
    for i, (lab, k, v) in enumerate(sc):
        x = 14 + i * 47
        d.rect2(x, y, 43, 28, fill=(236, 242, 250), draw=None)
        d.t(x + 21.5, y + 4, lab, F, 10, align='C')
        d.t(x + 21.5, y + 12, T.v(k, v, f'{v:.1f}'), F, 18, 'B', align='C', color=(12, 35, 64))
    y += 36
    d.rect2(14, y, 90, 20, fill=(12, 35, 64), draw=None)
    d.t(18, y + 3, 'Overall band score', F, 10, color=(255, 255, 255))
    d.t(100, y + 6, T.v('overall', 7.5, '7.5'), F, 20, 'B', color=(255, 255, 255), align='R')
    d.mt(14, y + 30, 186, 'This is a preview of your results. Your official Test Report Form is the legal document. Organisations can verify results through the IELTS Results Verification Service.', F, 8.5, lh=1.4, color=(90, 90, 90))
    return d, T


def celpip_general_03(rng):
    """CELPIP-General score report with levels in a table header row; 'Mar 14, 2025' style dates."""
    T = Truth()
    d = Doc()
    F = 'robcond'
    T.v('test', 'celpip_general', 'CELPIP-General Test')
    d.rect2(14, 12, 188, 20, fill=(0, 112, 60), draw=None)
    d.t(18, 15, 'CELPIP', F, 20, 'B', color=(255, 255, 255))
    d.t(198, 15, 'Official Score Report', F, 12, 'B', color=(255, 255, 255), align='R')
    d.t(198, 22, 'CELPIP-General Test', F, 10, color=(255, 255, 255), align='R')
    y = 40
    info = [('Name', T.v('candidate_name', 'Olumide Adeyemi', 'Olumide Adeyemi')), ('CELPIP ID', T.v('report_number', 'CP-26-41873390', 'CP-26-41873390')),
            ('Test Date', T.v('test_date', D('2026-04-11'), 'Apr 11, 2026')), ('Date of Result', T.v('result_date', D('2026-04-20'), 'Apr 20, 2026')),
            ('Date of Birth', T.v('date_of_birth', D('1991-06-19'), 'Jun 19, 1991')), ('Test Location', 'Calgary, AB')]
    for i, (a, b) in enumerate(info):
        x = 14 + (i % 2) * 96
        yy = y + (i // 2) * 10
        d.t(x, yy, a + ':', F, 10, 'B')
        d.t(x + 28, yy, b, F, 10.5)
    y = 80
    heads = ['Listening', 'Reading', 'Writing', 'Speaking']
    vals = [('listening', 9), ('reading', 8), ('writing', 9), ('speaking', 10)]
    d.t(14, y - 8, 'Test Component Scores (CELPIP Level)', F, 11, 'B', color=(0, 112, 60))
    for i, (h, (k, v)) in enumerate(zip(heads, vals)):
        x = 14 + i * 47
        d.rect2(x, y, 47, 9, fill=(0, 112, 60), draw=(255, 255, 255))
        d.t(x + 23.5, y + 2, h, F, 11, 'B', color=(255, 255, 255), align='C')
        d.rect2(x, y + 9, 47, 16, draw=(0, 112, 60))
        d.t(x + 23.5, y + 12, T.v(k, v, str(v)), F, 20, 'B', align='C')
    d.mt(14, y + 34, 188, 'Level descriptors: 12 Advanced proficiency in workplace and community contexts ... 4 Adequate proficiency for daily life activities. CELPIP levels are equivalent to CLB levels for these components.', F, 9, lh=1.4, color=(70, 70, 70))
    d.t(14, 255, 'Paragon Testing Enterprises · www.celpip.ca', F, 8, color=(120, 120, 120))
    return d, T


def celpip_ls_04(rng):
    """CELPIP-General LS score report, two components, ISO dates."""
    T = Truth()
    d = Doc()
    F = 'sans'
    T.v('test', 'celpip_general_ls', 'CELPIP-General LS Test')
    d.t(14, 14, 'CELPIP', F, 22, 'B', color=(0, 90, 150))
    d.t(14, 24, 'CELPIP-General LS Test — Official Score Report', F, 12, 'B')
    d.hl(14, 202, 30, 0.6, (0, 90, 150))
    rows = [('Test Taker', T.v('candidate_name', 'GABRIEL SOUZA', 'GABRIEL SOUZA')), ('Registration Number', T.v('report_number', 'LS2609173305', 'LS2609173305')),
            ('Test Date (YYYY-MM-DD)', T.v('test_date', D('2026-05-30'), '2026-05-30')), ('Score Report Date', T.v('result_date', D('2026-06-05'), '2026-06-05'))]
    y = 38
    for a, b in rows:
        d.t(14, y, a, F, 10, color=(80, 80, 80))
        d.t(80, y, b, F, 11, 'B')
        y += 8
    y += 8
    d.t(14, y, 'Component', F, 10, 'B')
    d.t(100, y, 'CELPIP Level', F, 10, 'B')
    d.hl(14, 140, y + 6, 0.3)
    y += 9
    for lab, k, v in [('Listening', 'listening', 8), ('Speaking', 'speaking', 7)]:
        d.t(14, y, lab, F, 11)
        d.t(110, y, T.v(k, v, str(v)), F, 13, 'B')
        y += 9
    d.mt(14, y + 8, 186, 'The CELPIP-General LS Test assesses listening and speaking only. It is designated for Canadian citizenship applications.', F, 9.5, lh=1.4, color=(80, 80, 80))
    return d, T


def pte_core_05(rng):
    """PTE Core score report with a skills table, dd/mm/yyyy with the format stated."""
    T = Truth()
    d = Doc(fmt='A4')
    F = 'notosans'
    T.v('test', 'pte_core', 'PTE Core')
    d.rect2(0, 0, 210, 24, fill=(0, 40, 90), draw=None)
    d.t(12, 6, 'Pearson', F, 16, 'B', color=(255, 255, 255))
    d.t(198, 7, 'PTE Core — Score Report', F, 12, 'B', color=(255, 255, 255), align='R')
    y = 32
    info = [('Test Taker Name', T.v('candidate_name', 'Aylin Demir', 'Aylin Demir')), ('Date of Birth (DD/MM/YYYY)', T.v('date_of_birth', D('1993-10-25'), '25/10/1993')),
            ('Test Date (DD/MM/YYYY)', T.v('test_date', D('2026-07-18'), '18/07/2026')), ('Report Issue Date (DD/MM/YYYY)', T.v('result_date', D('2026-07-20'), '20/07/2026')),
            ('Score Report Code', T.v('report_number', 'C7QW4R2ZKT', 'C7QW4R2ZKT')), ('Test Centre', 'Pearson Professional Centers-Toronto ON')]
    for a, b in info:
        d.t(12, y, a, F, 9, color=(90, 90, 90))
        d.t(86, y, b, F, 10, 'B')
        y += 7.5
    y += 6
    d.rect2(12, y, 50, 34, fill=(0, 40, 90), draw=None)
    d.t(37, y + 3, 'Overall Score', F, 10, color=(255, 255, 255), align='C')
    d.t(37, y + 12, T.v('overall', 74.0, '74'), F, 26, 'B', color=(255, 255, 255), align='C')
    x0 = 72
    d.t(x0, y, 'Communicative Skills', F, 10, 'B')
    yy = y + 7
    for lab, k, v in [('Listening', 'listening', 76), ('Reading', 'reading', 70), ('Speaking', 'speaking', 79), ('Writing', 'writing', 72)]:
        d.t(x0, yy, lab, F, 9.5)
        d.rect2(x0 + 24, yy + 1, 90 * v / 90 * 0.9, 3.5, fill=(0, 120, 200), draw=None)
        d.t(x0 + 110, yy, T.v(k, float(v), str(v)), F, 10, 'B')
        yy += 7
    d.mt(12, y + 48, 186, 'Scores range from 10 to 90. This report can be verified online by recognising organisations using the Score Report Code.', F, 8.5, lh=1.4, color=(90, 90, 90))
    return d, T


def tef_canada_06(rng):
    """TEF Canada attestation: score table with labels as column headers, 'Date d'édition'."""
    T = Truth()
    d = Doc(fmt='A4')
    F = 'dvserif'
    T.v('test', 'tef_canada', 'TEF Canada')
    d.t(105, 14, 'ATTESTATION DE RÉSULTATS', F, 14, 'B', align='C')
    d.t(105, 22, 'Test d\'évaluation de français — TEF Canada', F, 11, align='C')
    d.t(105, 28, 'France Éducation international', F, 9, 'I', align='C', color=(80, 80, 80))
    y = 40
    info = [('Nom', 'KONATÉ'), ('Prénom(s)', 'Awa'), ('Né(e) le', T.v('date_of_birth', D('1996-02-14'), '14/02/1996')),
            ('Date de session', T.v('test_date', D('2026-01-23'), '23/01/2026')), ('Date d\'édition', T.v('result_date', D('2026-02-09'), '09/02/2026')),
            ('N° d\'attestation', T.v('report_number', '0260-TEFC-551907', '0260-TEFC-551907'))]
    T.v('candidate_name', 'Awa KONATÉ', 'KONATÉ')
    T.also('candidate_name', 'Awa KONATÉ', 'Awa')
    for a, b in info:
        d.t(20, y, a + ' :', F, 10)
        d.t(72, y, b, F, 10.5, 'B')
        y += 7.5
    d.t(20, y + 1, '(dates au format JJ/MM/AAAA)', F, 8, 'I', color=(90, 90, 90))
    y += 10
    heads = ['Épreuve', 'Score /699', 'Niveau CECRL', 'Niveau NCLC']
    ws = [70, 36, 36, 36]
    rows = [('Compréhension écrite', 'reading', 512, 'C1', '9'), ('Compréhension orale', 'listening', 470, 'B2', '8'),
            ('Expression écrite', 'writing', 445, 'B2', '7'), ('Expression orale', 'speaking', 530, 'C1', '9')]
    x = 20
    for h, w in zip(heads, ws):
        d.rect2(x, y, w, 8, fill=(220, 228, 240), draw=(0, 0, 0))
        d.t(x + 2, y + 2, h, F, 9.5, 'B')
        x += w
    y += 8
    for lab, k, s, c, n in rows:
        x = 20
        for val, w in zip([lab, T.v(k, float(s), str(s)), c, n], ws):
            d.rect2(x, y, w, 8, draw=(0, 0, 0))
            d.t(x + 2, y + 2, val, F, 9.5)
            x += w
        y += 8
    d.mt(20, y + 8, 170, 'Les résultats sont valables deux ans à compter de la date de la session. Attestation délivrée pour Immigration, Réfugiés et Citoyenneté Canada.', F, 9, lh=1.4)
    return d, T


def tcf_canada_07(rng):
    """TCF Canada attestation, French, '14 mars 2025' dates, /699 and /20 scores in rows."""
    T = Truth()
    d = Doc(fmt='A4')
    F = 'freeserif'
    T.v('test', 'tcf_canada', 'TCF Canada')
    d.rect2(10, 10, 190, 28, fill=(240, 236, 225), draw=(120, 100, 60))
    d.t(105, 14, 'Test de connaissance du français', F, 15, 'B', align='C')
    d.t(105, 22, 'TCF Canada — Attestation de résultats', F, 12, align='C')
    d.t(105, 30, 'France Éducation international', F, 9, 'I', align='C')
    y = 48
    info = [('Nom et prénom', T.v('candidate_name', 'BIANCA ROSSI', 'ROSSI BIANCA')), ('Date de naissance', T.v('date_of_birth', D('1990-03-14'), '14 mars 1990')),
            ('Date de passation', T.v('test_date', D('2026-06-06'), '6 juin 2026')), ('Date de délivrance', T.v('result_date', D('2026-06-22'), '22 juin 2026')),
            ('Numéro de candidat', T.v('report_number', 'TCFCA-2606-004417', 'TCFCA-2606-004417'))]
    for a, b in info:
        d.t(20, y, a, F, 10.5)
        d.t(80, y, b, F, 11, 'B')
        y += 8
    y += 6
    for lab, k, s, mx in [('Compréhension orale', 'listening', 531, 699), ('Compréhension écrite', 'reading', 540, 699),
                          ('Expression orale', 'speaking', 14, 20), ('Expression écrite', 'writing', 12, 20)]:
        d.t(20, y, lab, F, 11)
        d.t(110, y, T.v(k, float(s), str(s)) + f' / {mx}', F, 11, 'B')
        d.hl(20, 180, y + 6.5, 0.1, (150, 150, 150))
        y += 9
    d.mt(20, y + 10, 170, 'Le nom est inscrit dans l\'ordre NOM Prénom. Validité : deux ans à compter de la date de passation.', F, 9.5, lh=1.4)
    return d, T


LAYOUTS = [
    ('ielts-gt-paper-01', ielts_gt_01),
    ('ielts-academic-online-02', ielts_academic_02),
    ('celpip-general-table-03', celpip_general_03),
    ('celpip-general-ls-04', celpip_ls_04),
    ('pte-core-05', pte_core_05),
    ('tef-canada-06', tef_canada_06),
    ('tcf-canada-07', tcf_canada_07),
]
