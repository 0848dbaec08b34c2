"""Language test result layouts."""
import math
from datetime import date

from .common import Doc, signature_image, logo_image, face_box
from .data import person, fd, ascii_upper


def ielts_overall(b):
    m = sum(b) / 4.0
    fl = math.floor(m)
    frac = m - fl
    if frac < 0.25:
        return float(fl)
    if frac < 0.75:
        return fl + 0.5
    return float(fl + 1)


def fmt_band(x):
    return f'{x:.1f}'


def ielts_trf(rng, module, pidx, osr=False, style=1):
    p = person(rng, pidx)
    p['dob'] = p['dob'].replace(day=int(rng.integers(13, 29)))
    td = date(2026, int(rng.integers(1, 5)), int(rng.integers(1, 28)))
    rd = date(td.year, td.month, td.day) if False else td.replace(day=td.day) 
    from datetime import timedelta
    rd = td + timedelta(days=13)
    bands = [float(rng.choice([6.0, 6.5, 7.0, 7.5, 8.0, 8.5])) for _ in range(4)]
    if osr:
        bands[1] = 7.0
    overall = ielts_overall(bands)
    cand = f'{int(rng.integers(100000, 999999)):06d}'
    trf = f'{td.year % 100}CA{int(rng.integers(10000, 99999))}{ascii_upper(p["family"])[:3].replace(" ", "X")}{int(rng.integers(1, 999)):03d}{"G" if module == "GT" else "A"}'
    d = Doc('a4')
    F = 'sans' if style == 1 else ('notosans' if style == 2 else 'freesans')
    red = (200, 16, 46)
    if style == 1:
        d.t(15, 12, 'IELTS', F, 22, 'B', color=red)
        d.t(50, 15, 'Test Report Form' + ('  —  One Skill Retake' if osr else ''), F, 13, 'B')
    else:
        d.rect2(0, 0, 210, 20, fill=red, draw=None)
        d.t(15, 5, 'IELTS', F, 20, 'B', color=(255, 255, 255))
        d.t(195, 7, ('IELTS on computer  ·  ' if style == 2 else '') + 'Test Report Form', F, 11, 'B',
            color=(255, 255, 255), align='R')
        if osr:
            d.t(195, 13, 'ONE SKILL RETAKE', F, 9, 'B', color=(255, 255, 255), align='R')
    y = 26
    d.t(15, y, 'NOTE  Admission to undergraduate and post graduate courses should be based on the ACADEMIC '
        'Reading and Writing Modules.', F, 6.5, color=(90, 90, 90))
    d.t(15, y + 3, 'GENERAL TRAINING Reading and Writing Modules are not designed to test the full range of '
        'language skills required for academic purposes.', F, 6.5, color=(90, 90, 90))
    y = 34
    d.rect2(15, y, 60, 8, draw=(0, 0, 0), lw=0.3)
    d.t(17, y + 2, 'Centre Number', F, 7)
    d.t(40, y + 1.5, 'CA012', F, 10, 'B')
    d.rect2(78, y, 58, 8, draw=(0, 0, 0), lw=0.3)
    d.t(80, y + 2, 'Date', F, 7)
    d.t(95, y + 1.5, f'{td.day:02d}/{fd(td, "Mon d, Y")[:3].upper()}/{td.year}', F, 10, 'B')
    d.rect2(139, y, 56, 8, draw=(0, 0, 0), lw=0.3)
    d.t(141, y + 2, 'Candidate No.', F, 7)
    d.t(163, y + 1.5, cand, F, 10, 'B')
    y = 46
    # module box
    d.t(15, y, 'Module (tick as appropriate)', F, 7)
    for i, m in enumerate(['ACADEMIC', 'GENERAL TRAINING']):
        x = 60 + i * 55
        d.rect2(x, y - 0.5, 5, 5, draw=(0, 0, 0), lw=0.3)
        if (m == 'ACADEMIC') == (module == 'AC'):
            d.t(x + 0.8, y - 0.5, 'X', F, 10, 'B')
        d.t(x + 7, y, m, F, 9, 'B')
    y = 56
    d.t(15, y, 'Candidate Details', F, 9, 'B', color=red)
    d.img(face_box(300, 380, rng), 160, y + 4, 34, 43)
    y += 6
    rows = [('Family Name', ascii_upper(p['family'])), ('First Name(s)', ascii_upper(p['given'])),
            ('Candidate ID', f'P{int(rng.integers(1000000, 9999999))}'),
            ('Date of Birth', fd(p['dob'], 'dmy/')), ('Sex (M/F)', p['sex']),
            ('Scheme Code', 'Private Candidate'), ('Country or Region of Origin', {'IND': 'INDIA', 'PHL': 'PHILIPPINES', 'NGA': 'NIGERIA', 'CHN': 'CHINA', 'BRA': 'BRAZIL', 'MEX': 'MEXICO', 'VNM': 'VIETNAM', 'FRA': 'FRANCE'}.get(p['nat'], 'UTOPIA')),
            ('First Language', 'N/A')]
    for lab, val in rows:
        d.t(15, y, lab, F, 8)
        d.rect2(62, y - 0.8, 92, 5.6, draw=(150, 150, 150), lw=0.2)
        d.t(64, y - 0.2, val, F, 9.5, 'B')
        y += 6.4
    y += 6
    d.t(15, y, 'Test Results', F, 9, 'B', color=red)
    y += 6
    labels = ['Listening', 'Reading', 'Writing', 'Speaking']
    x = 15
    for lab, b in zip(labels, bands):
        d.t(x, y + 2, lab, F, 8)
        d.rect2(x + 17, y, 13, 9, draw=(0, 0, 0), lw=0.4)
        d.t(x + 23.5, y + 1.8, fmt_band(b), F, 12, 'B', align='C')
        x += 33
    d.t(x + 1, y - 1, 'Overall', F, 8)
    d.t(x + 1, y + 2.5, 'Band Score', F, 8)
    d.rect2(x + 20, y, 14, 9, draw=(0, 0, 0), lw=0.6)
    d.t(x + 27, y + 1.8, fmt_band(overall), F, 12, 'B', align='C')
    d.t(x + 37, y + 2, 'CEFR ' + ('C1' if overall >= 7 else 'B2'), F, 8)
    y += 16
    if osr:
        d.rect2(15, y, 180, 14, fill=(255, 240, 240), draw=red, lw=0.3)
        d.mt(18, y + 2, 174, 'One Skill Retake: Reading. This Test Report Form shows the result of the One Skill '
             'Retake taken on the date above, together with the unchanged scores of the original test.', F, 8)
        y += 18
    d.t(15, y, 'Administrator Comments', F, 8, 'B')
    d.rect2(15, y + 5, 110, 22, draw=(150, 150, 150), lw=0.2)
    d.t(130, y, 'Centre stamp', F, 8)
    d.rect2(130, y + 5, 65, 22, draw=(150, 150, 150), lw=0.2)
    y += 32
    d.t(15, y, 'Validation stamp', F, 8)
    d.t(80, y, 'Administrator\'s Signature', F, 8)
    d.img(signature_image(rng, (10, 10, 10)), 80, y + 3, 40, 13)
    d.t(135, y, 'Results Date' if style != 1 else 'Date', F, 8)
    d.t(135, y + 5, f'{rd.day:02d}/{fd(rd, "Mon d, Y")[:3].upper()}/{rd.year}', F, 10, 'B')
    d.t(165, y, 'Test Report', F, 8)
    d.t(165, y + 3.5, 'Form Number', F, 8)
    d.t(165, y + 8, trf, F, 9, 'B')
    d.mt(15, 272, 180, 'The validity of this IELTS Test Report Form can be verified online by recognising '
         'organisations. This TRF is issued for the ACADEMIC or GENERAL TRAINING module as indicated above. '
         'IELTS is jointly owned by the British Council, IDP: IELTS and Cambridge University Press & Assessment.',
         F, 6.5, color=(100, 100, 100))
    # result date: style 1 prints dd/mm/yyyy only; ensure unambiguous
    fields = {'test': 'ielts_general_training' if module == 'GT' else 'ielts_academic',
              'candidate_name': f"{ascii_upper(p['given'])} {ascii_upper(p['family'])}",
              'date_of_birth': p['dob'], 'test_date': td, 'result_date': rd,
              'listening': bands[0], 'reading': bands[1], 'writing': bands[2], 'speaking': bands[3],
              'overall': overall, 'report_number': trf}
    return d, fields


def _unamb(rd):
    return rd if rd.day > 12 else rd.replace(day=rd.day + 13)


def ielts_gt_1(rng):
    return ielts_trf(rng, 'GT', 1, style=1)


def ielts_gt_2(rng):
    return ielts_trf(rng, 'GT', 4, style=2)


def ielts_ac(rng):
    return ielts_trf(rng, 'AC', 9, style=3)


def ielts_osr(rng):
    return ielts_trf(rng, 'GT', 11, osr=True, style=2)


def celpip(rng, ls=False, pidx=7):
    p = person(rng, pidx)
    td = date(2026, 2, 21) if not ls else date(2025, 11, 8)
    rd = date(2026, 3, 2) if not ls else date(2025, 11, 14)
    lv = [int(rng.integers(7, 12)) for _ in range(4)]
    reg = f'CPL-{int(rng.integers(100000, 999999))}'
    code = f'{int(rng.integers(1000, 9999))}-{int(rng.integers(1000, 9999))}-{int(rng.integers(1000, 9999))}'
    d = Doc('letter')
    F = 'roboto' if not ls else 'dejavu'
    blue = (0, 61, 121)
    d.rect2(0, 0, 216, 30, fill=blue, draw=None)
    d.t(15, 8, 'CELPIP', F, 22, 'B', color=(255, 255, 255))
    d.t(15, 19, 'Canadian English Language Proficiency Index Program®', F, 8, color=(200, 215, 235))
    d.t(200, 9, 'Official Score Report', F, 13, 'B', color=(255, 255, 255), align='R')
    d.t(200, 17, 'CELPIP-General LS Test' if ls else 'CELPIP-General Test', F, 10, color=(255, 255, 255), align='R')
    y = 40
    d.img(face_box(300, 380, rng), 15, y, 30, 38)
    info = [('Test Taker', f"{p['given']} {p['family']}"), ('Date of Birth', fd(p['dob'], 'Month d, Y')),
            ('Registration Number', reg), ('Test Date', fd(td, 'Month d, Y')),
            ('Score Report Date' if not ls else 'Date of Result', fd(rd, 'Month d, Y')),
            ('Test Location', 'Toronto - Yonge & Eglinton')]
    for lab, val in info:
        d.t(52, y, lab, F, 8.5, color=(90, 90, 90))
        d.t(100, y, val, F, 10, 'B' if lab == 'Test Taker' else '')
        y += 6
    y = 88
    d.t(15, y, 'Test Scores', F, 12, 'B', color=blue)
    y += 8
    comps = [('Listening', lv[0]), ('Reading', lv[1]), ('Writing', lv[2]), ('Speaking', lv[3])]
    if ls:
        comps = [('Listening', lv[0]), ('Speaking', lv[3])]
    d.rect2(15, y, 186, 8, fill=(225, 232, 242), draw=None)
    for h, x in [('Component', 18), ('CELPIP Level', 90), ('Descriptor', 130)]:
        d.t(x, y + 1.5, h, F, 9, 'B')
    y += 9
    desc = {7: 'Adequate proficiency', 8: 'Good proficiency', 9: 'Proficient in the workplace',
            10: 'Advanced proficiency', 11: 'Advanced proficiency', 12: 'Advanced proficiency'}
    for nm, v in comps:
        d.t(18, y + 1.5, nm, F, 10)
        d.t(100, y + 0.5, str(v), F, 14, 'B', color=blue, align='C')
        d.t(130, y + 1.5, desc[v], F, 9)
        d.hl(15, 201, y + 9, 0.2, (190, 190, 190))
        y += 10
    y += 6
    d.mt(15, y, 186, 'CELPIP levels 1-12 correspond to the Canadian Language Benchmark levels. A score report is '
         'valid for two years from the test date. Verify this report at the CELPIP website using the '
         f'Score Report Code {code}.', F, 8, color=(90, 90, 90))
    d.t(15, 255, 'Paragon Testing Enterprises', F, 8, 'B')
    d.img(signature_image(rng, (20, 20, 20)), 150, 240, 40, 13)
    d.t(150, 254, 'Director, Test Operations', F, 7.5)
    fields = {'test': 'celpip_general_ls' if ls else 'celpip_general', 'candidate_name': p['full'],
              'date_of_birth': p['dob'], 'test_date': td, 'result_date': rd, 'listening': float(lv[0])}
    if not ls:
        fields.update({'reading': float(lv[1]), 'writing': float(lv[2])})
    fields['speaking'] = float(lv[3])
    fields['report_number'] = reg
    return d, fields


def celpip_g(rng):
    return celpip(rng, False, 7)


def celpip_ls(rng):
    return celpip(rng, True, 16)


def pte_core(rng):
    p = person(rng, 19)
    td, rd = date(2026, 1, 27), date(2026, 1, 30)
    sc = [int(rng.integers(62, 88)) for _ in range(4)]
    overall = int(round(sum(sc) / 4))
    ttid = f'PTE{int(rng.integers(100000000, 999999999))}'
    code = ''.join(rng.choice(list('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 10))
    d = Doc('a4')
    F = 'opensans'
    purple = (90, 40, 120)
    d.t(15, 12, 'Pearson', F, 16, 'B', color=purple)
    d.t(15, 20, 'PTE Core', F, 20, 'B')
    d.t(195, 14, 'Score Report', F, 14, 'B', color=purple, align='R')
    d.hl(15, 195, 31, 0.6, purple)
    y = 38
    d.img(face_box(300, 380, rng), 15, y, 28, 35)
    info = [('Test Taker', p['full']), ('Test Taker ID', ttid), ('Date of Birth', fd(p['dob'], 'd Month Y')),
            ('Gender', 'Female' if p['sex'] == 'F' else 'Male'), ('Country of Citizenship', 'Nigeria'),
            ('Test Date', fd(td, 'd Month Y')), ('Report Issue Date', fd(rd, 'd Month Y')),
            ('Test Centre', 'Pearson Professional Centers-Vancouver'), ('Score Report Code', code)]
    for lab, val in info:
        d.t(50, y, lab, F, 8, color=(100, 100, 100))
        d.t(100, y, val, F, 9.5, 'B' if lab in ('Test Taker', 'Score Report Code') else '')
        y += 5.5
    y = 95
    d.circle(45, y + 18, 18, style='D') if False else None
    d.rect2(15, y, 55, 38, fill=(243, 238, 248), draw=None)
    d.t(42.5, y + 4, 'Overall Score', F, 10, 'B', color=purple, align='C')
    d.t(42.5, y + 13, str(overall), F, 30, 'B', color=purple, align='C')
    d.t(80, y + 2, 'Communicative Skills', F, 11, 'B')
    yy = y + 10
    for nm, v in zip(['Listening', 'Reading', 'Speaking', 'Writing'], [sc[0], sc[1], sc[3], sc[2]]):
        d.t(80, yy, nm, F, 9.5)
        d.t(112, yy, str(v), F, 10, 'B', align='R')
        d.rect2(116, yy + 1, 80 * v / 90, 3, fill=purple, draw=None)
        d.rect2(116, yy + 1, 80, 3, draw=(180, 180, 180), lw=0.1)
        yy += 7
    d.t(116, yy, '10', F, 7, color=(120, 120, 120))
    d.t(196, yy, '90', F, 7, color=(120, 120, 120), align='R')
    y = 150
    d.mt(15, y, 180, 'Scores are reported on a scale from 10 to 90. The Overall Score is based on performance on '
         'all items in the test. PTE Core is designed for migration and work purposes. To verify this score '
         'report, visit the Pearson PTE website and enter the Score Report Code.', F, 8, color=(90, 90, 90))
    fields = {'test': 'pte_core', 'candidate_name': p['full'], 'date_of_birth': p['dob'], 'test_date': td,
              'result_date': rd, 'listening': float(sc[0]), 'reading': float(sc[1]), 'writing': float(sc[2]),
              'speaking': float(sc[3]), 'overall': float(overall), 'report_number': code}
    return d, fields


TEF_LEVELS = [(546, 10), (503, 9), (462, 8), (434, 7), (393, 6), (352, 5), (306, 4)]


def tef_canada(rng):
    p = person(rng, 32)
    p['dob'] = p['dob'].replace(day=18)
    td, rd = date(2026, 2, 14), date(2026, 2, 27)
    sc = [int(rng.integers(430, 600)) for _ in range(4)]  # CE, CO, EE, EO
    num_att = f'TEF-CA-{td.year}-{int(rng.integers(100000, 999999))}'
    d = Doc('a4')
    F = 'notoserif'
    navy = (0, 35, 90)
    d.t(15, 12, 'France Éducation international', F, 12, 'B', color=navy)
    d.t(15, 18, 'Le Chambre de commerce et d\'industrie de Paris Île-de-France', F, 8, 'I') if False else None
    d.t(195, 12, 'TEF Canada', F, 18, 'B', color=navy, align='R')
    d.t(105, 30, 'ATTESTATION DE RÉSULTATS', F, 14, 'B', align='C')
    d.t(105, 37, 'Test d\'évaluation de français pour le Canada', F, 10, 'I', align='C')
    y = 48
    info = [('Nom', ascii_upper(p['family'])), ('Prénom(s)', p['given']), ('Date de naissance', fd(p['dob'], 'dmy/')),
            ('Nationalité', 'Française'), ('Numéro d\'attestation', num_att), ('Date de passation', fd(td, 'dmy/')),
            ('Centre de passation', 'Alliance Française de Toronto (CA034)'), ('Date d\'édition', fd(rd, 'dmy/'))]
    for lab, val in info:
        d.t(20, y, lab + ' :', F, 9.5)
        d.t(75, y, val, F, 10, 'B')
        y += 6.5
    y += 6
    cols = [('Épreuve', 20, 80), ('Score', 100, 30), ('Niveau CECRL', 130, 30), ('NCLC', 160, 30)]
    for h, x, w in cols:
        d.rect2(x, y, w, 8, fill=(225, 230, 240), draw=(0, 0, 0), lw=0.2)
        d.t(x + 2, y + 1.8, h, F, 9, 'B')
    y += 8
    names = ["Compréhension de l'écrit", "Compréhension de l'oral", 'Expression écrite', 'Expression orale']
    for nm, v in zip(names, sc):
        nclc = next((lv for th, lv in TEF_LEVELS if v >= th), 4)
        cecrl = 'C1' if nclc >= 9 else ('B2' if nclc >= 7 else 'B1')
        for (h, x, w), val in zip(cols, [nm, f'{v} / 699', cecrl, str(nclc)]):
            d.rect2(x, y, w, 8, draw=(0, 0, 0), lw=0.2)
            d.t(x + 2, y + 1.8, val, F, 9.5)
        y += 8
    y += 10
    d.mt(20, y, 170, 'Cette attestation est valable deux ans à compter de la date de passation. Les niveaux NCLC '
         'sont donnés à titre indicatif selon les tables d\'équivalence d\'Immigration, Réfugiés et Citoyenneté '
         'Canada.', F, 8.5, color=(80, 80, 80))
    d.img(signature_image(rng, (20, 20, 80)), 130, 230, 45, 15)
    d.t(130, 246, 'Le directeur du centre', F, 8.5)
    fields = {'test': 'tef_canada', 'candidate_name': f"{p['given']} {ascii_upper(p['family'])}",
              'date_of_birth': p['dob'], 'test_date': td, 'result_date': rd, 'listening': float(sc[1]),
              'reading': float(sc[0]), 'writing': float(sc[2]), 'speaking': float(sc[3]), 'report_number': num_att}
    return d, fields


def tcf_canada(rng):
    p = person(rng, 26)
    p['dob'] = p['dob'].replace(day=22)
    td, rd = date(2026, 3, 18), date(2026, 4, 1)
    ce, co = int(rng.integers(460, 600)), int(rng.integers(460, 600))
    ee, eo = int(rng.integers(10, 17)), int(rng.integers(10, 17))
    code = f'{int(rng.integers(10, 99))}{int(rng.integers(1000, 9999))}/{int(rng.integers(100000, 999999))}'
    d = Doc('a4')
    F = 'dejavu'
    d.rect2(10, 10, 190, 277, draw=(0, 70, 140), lw=0.8)
    d.t(105, 18, 'TCF Canada', F, 20, 'B', color=(0, 70, 140), align='C')
    d.t(105, 28, 'Test de connaissance du français pour le Canada', F, 11, align='C')
    d.t(105, 35, 'ATTESTATION DE RÉSULTATS', F, 12, 'B', align='C')
    y = 48
    info = [('Nom de famille', ascii_upper(p['family'])), ('Prénom', p['given']),
            ('Date de naissance', fd(p['dob'], 'dmy/')), ('Numéro de candidat', code),
            ('Date de session', fd(td, 'fr-plain')), ('Date de délivrance', fd(rd, 'fr-plain'))]
    for lab, val in info:
        d.t(20, y, lab, F, 9, color=(80, 80, 80))
        d.t(70, y, val, F, 10, 'B')
        y += 6.5
    y += 8
    d.t(20, y, 'RÉSULTATS', F, 11, 'B', color=(0, 70, 140))
    y += 8
    rows = [('Compréhension orale', f'{co} / 699'), ('Compréhension écrite', f'{ce} / 699'),
            ('Expression écrite', f'{ee} / 20'), ('Expression orale', f'{eo} / 20')]
    for nm, v in rows:
        d.rect2(20, y, 110, 9, draw=(120, 120, 120), lw=0.2)
        d.rect2(130, y, 50, 9, draw=(120, 120, 120), lw=0.2)
        d.t(23, y + 2, nm, F, 10)
        d.t(177, y + 2, v, F, 11, 'B', align='R')
        y += 9
    y += 10
    d.mt(20, y, 170, 'Les résultats au TCF Canada sont valables deux ans. Le TCF Canada est conçu par France '
         'Éducation international. Attestation vérifiable en ligne à l\'aide du numéro de candidat.', F, 8,
         color=(80, 80, 80))
    fields = {'test': 'tcf_canada', 'candidate_name': f"{p['given']} {ascii_upper(p['family'])}",
              'date_of_birth': p['dob'], 'test_date': td, 'result_date': rd, 'listening': float(co),
              'reading': float(ce), 'writing': float(ee), 'speaking': float(eo), 'report_number': code}
    return d, fields


LAYOUTS = [
    ('ielts-gt-trf-01', ielts_gt_1, 'en'),
    ('ielts-gt-computer-02', ielts_gt_2, 'en'),
    ('ielts-academic-03', ielts_ac, 'en'),
    ('ielts-one-skill-retake-04', ielts_osr, 'en'),
    ('celpip-general-05', celpip_g, 'en'),
    ('celpip-general-ls-06', celpip_ls, 'en'),
    ('pte-core-07', pte_core, 'en'),
    ('tef-canada-08', tef_canada, 'fr'),
    ('tcf-canada-09', tcf_canada, 'fr'),
]
