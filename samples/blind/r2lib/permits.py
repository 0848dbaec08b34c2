"""IMM 1442 work and study permits, round 2: five new structures with bilingual labels."""
from .common import Doc, Truth, D, iso, dmon, ymd_slash, dmy, long_en

DATEF = {'iso': iso, 'dmon': dmon, 'slash': ymd_slash, 'dmy': dmy, 'long': long_en}


def _fields(T, p):
    """Return the list of (label_en, label_fr, printed value) and record truth."""
    f = DATEF[p['datefmt']]
    rows = []
    rows.append(('Client ID', 'ID client', p['uci']))
    rows.append(('Family Name', 'Nom de famille', T.v('holder_name', p['given'] + ' ' + p['family'], p['family'])))
    T.also('holder_name', p['given'] + ' ' + p['family'], p['given'])
    rows.append(('Given Name(s)', 'Prénom(s)', p['given']))
    rows.append(('Date of Birth', 'Date de naissance', T.v('date_of_birth', D(p['dob']), f(D(p['dob'])))))
    rows.append(('Country of Birth', 'Pays de naissance', p['cob']))
    rows.append(('Country of Citizenship', 'Pays de citoyenneté', p['coc']))
    rows.append(('Document No.', 'No du document', T.v('document_number', p['docno'], p['docno'])))
    rows.append(('Date Issued', 'Date de délivrance', T.v('valid_from', D(p['issued']), f(D(p['issued'])))))
    rows.append(('Expiry Date', "Date d'expiration", T.v('valid_until', D(p['expiry']), f(D(p['expiry'])))))
    if p.get('employer'):
        rows.append(('Employer', 'Employeur', T.v('employer', p['employer'], p['employer']) + ', ' + p['emp_city']))
        rows.append(('Occupation', 'Profession', p['occupation']))
        rows.append(('Location of Work', 'Lieu de travail', p['emp_city']))
    if p.get('institution'):
        rows.append(('School / Institution', 'Établissement', T.v('institution', p['institution'], p['institution'])))
        rows.append(('DLI No.', 'No EED', p['dli']))
    if p.get('level'):
        rows.append(('Level of Study', "Niveau d'études", p['level']))
        rows.append(('Field of Study', "Domaine d'études", p['field']))
    rows.append(('Port of Entry', "Point d'entrée", p['poe']))
    T.v('permit_type', p['type'], p['type_text'])
    return rows


def render(p, structure, fam, title_fr_first=False):
    T = Truth()
    d = Doc()
    rows = _fields(T, p)
    titl_en = p['title_en']
    titl_fr = p['title_fr']
    top = 14
    d.t(14, top, 'Immigration, Refugees and Citizenship Canada', fam, 9, 'B')
    d.t(14, top + 4.5, 'Immigration, Réfugiés et Citoyenneté Canada', fam, 9)
    d.t(202, top, 'IMM 1442', fam, 9, 'B', align='R')
    d.t(202, top + 4.5, p['form_no'], fam, 9, align='R')
    tl = (titl_fr + ' / ' + titl_en) if title_fr_first else (titl_en + ' / ' + titl_fr)
    d.t(108, top + 14, tl, fam, 13, 'B', align='C')
    d.t(108, top + 21, p['type_text'], fam, 11, 'B', align='C')
    y = top + 32
    if structure == 'leader':       # labels on the left with dotted leaders
        for en, frl, val in rows:
            lab = f'{frl} / {en}' if title_fr_first else f'{en} / {frl}'
            d.t(14, y, lab, fam, 8.5)
            lw = d.sw(lab, fam, 8.5)
            dots = '.' * int((88 - lw) / d.sw('.', fam, 8.5))
            d.t(14 + lw + 1, y, dots, fam, 8.5, color=(150, 150, 150))
            d.t(106, y, val, fam, 10, 'B')
            y += 7
    elif structure == 'header-table':   # labels in table header rows, 3 per row
        cells = rows[:]
        while cells:
            chunk, cells = cells[:3], cells[3:]
            w = 188 / 3
            for i, (en, frl, val) in enumerate(chunk):
                x = 14 + i * w
                d.rect2(x, y, w, 9, fill=(225, 225, 225), draw=(0, 0, 0))
                d.t(x + 1.5, y + 0.8, en, fam, 7.5, 'B')
                d.t(x + 1.5, y + 4.6, frl, fam, 7.5, 'I')
                d.rect2(x, y + 9, w, 8, draw=(0, 0, 0))
                sz = 9
                while d.sw(val, fam, sz) > w - 3 and sz > 5:
                    sz -= 0.5
                d.t(x + 1.5, y + 10.5, val, fam, sz)
            y += 20
    elif structure == 'bars':      # shaded label bar above each value, two columns
        for i, (en, frl, val) in enumerate(rows):
            col = i % 2
            x = 14 + col * 96
            yy = y + (i // 2) * 15
            d.rect2(x, yy, 92, 5.5, fill=(210, 220, 235), draw=None)
            d.t(x + 1, yy + 0.6, f'{en} - {frl}', fam, 7.5, 'B')
            sz = 9.5
            while d.sw(val, fam, sz) > 90 and sz > 5:
                sz -= 0.5
            d.t(x + 1, yy + 7, val, fam, sz)
        y += ((len(rows) + 1) // 2) * 15
    elif structure == 'colon-right':   # value first, label after (right column)
        for en, frl, val in rows:
            d.t(104, y, val, fam, 10, 'B', align='R')
            d.t(110, y, f': {en} ({frl})', fam, 8.5, color=(70, 70, 70))
            y += 7
    else:   # 'grid-fr': French label line, English label line below, value in the right cell
        for en, frl, val in rows:
            d.rect2(14, y, 80, 10, draw=(100, 100, 100))
            d.rect2(94, y, 108, 10, draw=(100, 100, 100))
            d.t(15.5, y + 0.8, frl, fam, 8, 'B')
            d.t(15.5, y + 5, en, fam, 7.5)
            sz = 10
            while d.sw(val, fam, sz) > 105 and sz > 5:
                sz -= 0.5
            d.t(96, y + 2.5, val, fam, sz)
            y += 10
    y += 6
    d.t(14, y, 'Conditions:', fam, 9, 'B')
    y = d.mt(14, y + 5, 188, '\n'.join(p['conditions']), fam, 8.5, lh=1.35)
    d.t(14, y + 4, 'Remarks / Observations:', fam, 9, 'B')
    y = d.mt(14, y + 9, 188, p['remarks'], fam, 8.5, lh=1.35)
    d.t(14, 262, 'THIS DOES NOT AUTHORIZE RE-ENTRY / CECI N\'AUTORISE PAS LA RENTRÉE', fam, 8, 'B')
    return d, T


WORK = [
    ('imm1442-leader-open-01', 'leader', 'dvcond', False, dict(
        uci='1122-3344', family='OKAFOR', given='AMARA CHIDINMA', dob='1993-05-02', cob='NIGERIA', coc='NIGERIA',
        docno='U100481522', issued='2024-06-12', expiry='2027-06-11', datefmt='dmon', type='open', type_text='OPEN WORK PERMIT',
        title_en='WORK PERMIT', title_fr='PERMIS DE TRAVAIL', form_no='A1-0774211', poe='TORONTO PEARSON (INLAND)',
        conditions=['OPEN WORK PERMIT', 'NOT VALID FOR EMPLOYMENT IN BUSINESSES RELATED TO THE SEX TRADE'],
        remarks='SPOUSE OF SKILLED WORKER. MUST LEAVE CANADA BY 2027/06/11.')),
    ('imm1442-header-table-es-02', 'header-table', 'sans', False, dict(
        uci='2233-4455', family='CHEN', given='MEI LIN', dob='1996-09-30', cob='CHINA', coc='CHINA',
        docno='U201937465', issued='2025-01-20', expiry='2027-01-19', datefmt='iso', type='employer_specific', type_text='EMPLOYER-SPECIFIC WORK PERMIT',
        employer='PACIFIC RIDGE HOSPITALITY GROUP', emp_city='VANCOUVER, BC', occupation='63200 - COOKS',
        title_en='WORK PERMIT', title_fr='PERMIS DE TRAVAIL', form_no='W3-1182034', poe='VANCOUVER INTERNATIONAL AIRPORT',
        conditions=['NOT AUTHORIZED TO WORK IN ANY OCCUPATION OTHER THAN STATED.', 'NOT AUTHORIZED TO WORK FOR ANY EMPLOYER OTHER THAN STATED.',
                    'NOT AUTHORIZED TO WORK IN ANY LOCATION OTHER THAN STATED.'],
        remarks='LMIA NO. 10884421')),
    ('imm1442-bars-pgwp-03', 'bars', 'robcond', False, dict(
        uci='3344-5566', family='MEHTA', given='ROHAN', dob='1997-01-22', cob='INDIA', coc='INDIA',
        docno='T302558190', issued='2023-08-04', expiry='2026-08-03', datefmt='slash', type='pgwp', type_text='POST-GRADUATION WORK PERMIT',
        title_en='WORK PERMIT', title_fr='PERMIS DE TRAVAIL', form_no='P8-3302117', poe='WINNIPEG (INLAND)',
        conditions=['OPEN WORK PERMIT', 'POST-GRADUATION WORK PERMIT PROGRAM'],
        remarks='GRADUATE OF RED RIVER COLLEGE POLYTECHNIC.')),
    ('imm1442-colon-right-coop-04', 'colon-right', 'mono', False, dict(
        uci='4455-6677', family='FERREIRA', given='LUCAS', dob='2001-11-09', cob='BRAZIL', coc='BRAZIL',
        docno='F405127733', issued='2024-09-02', expiry='2026-12-31', datefmt='iso', type='co_op', type_text='CO-OP WORK PERMIT',
        institution='DALHOUSIE UNIVERSITY', dli='O19391556793',
        title_en='WORK PERMIT', title_fr='PERMIS DE TRAVAIL', form_no='C2-5520981', poe='HALIFAX STANFIELD',
        conditions=['WORK PLACEMENT MUST BE AN INTEGRAL PART OF THE PROGRAM OF STUDY.', 'NOT AUTHORIZED TO WORK OUTSIDE THE CO-OP PLACEMENT.'],
        remarks='CO-OP / INTERNSHIP. MUST BE ENROLLED AT THE INSTITUTION STATED.')),
    ('imm1442-grid-fr-es-05', 'grid-fr', 'freesans', True, dict(
        uci='5566-7788', family='RAMÍREZ TORRES', given='SOFÍA', dob='1994-04-17', cob='MEXICO', coc='MEXICO',
        docno='U506690214', issued='2025-03-28', expiry='2027-03-27', datefmt='dmon', type='employer_specific', type_text='PERMIS DE TRAVAIL POUR UN EMPLOYEUR DÉTERMINÉ / EMPLOYER-SPECIFIC',
        employer='GROUPE BORÉAL SERVICES INC.', emp_city='MONTRÉAL, QC', occupation='13110 - ADJOINTE ADMINISTRATIVE',
        title_en='WORK PERMIT', title_fr='PERMIS DE TRAVAIL', form_no='Q1-7740023', poe='MONTRÉAL-TRUDEAU',
        conditions=['NON AUTORISÉ À TRAVAILLER POUR UN EMPLOYEUR AUTRE QUE CELUI INDIQUÉ / NOT AUTHORIZED TO WORK FOR ANY EMPLOYER OTHER THAN STATED.',
                    'NON AUTORISÉ À EXERCER UNE PROFESSION AUTRE QUE CELLE INDIQUÉE.'],
        remarks='CAQ NO. 2025-118734')),
]

STUDY = [
    ('imm1442-leader-study-01', 'leader', 'narrow', False, dict(
        uci='6677-8899', family='HADDAD', given='FARAH', dob='1998-12-03', cob='LEBANON', coc='LEBANON',
        docno='S607718842', issued='2024-08-15', expiry='2027-11-30', datefmt='long', type='study', type_text='STUDY PERMIT',
        institution='UNIVERSITY OF OTTAWA', dli='O19330890082', level='GRADUATE - MASTERS', field='PUBLIC HEALTH',
        title_en='STUDY PERMIT', title_fr="PERMIS D'ÉTUDES", form_no='E4-2231145', poe='OTTAWA MACDONALD-CARTIER',
        conditions=['MAY WORK ON OR OFF CAMPUS IF MEETING CRITERIA AS SET OUT IN PARAGRAPH 186(F), (V) OR (W).',
                    'MUST CEASE WORKING IF NO LONGER MEETING THESE CRITERIA.'],
        remarks='MUST LEAVE CANADA BY THE EXPIRY OF STAY.')),
    ('imm1442-header-table-study-02', 'header-table', 'dvcond', False, dict(
        uci='7788-9900', family='NGUYEN', given='THI HOA', dob='2000-07-07', cob='VIET NAM', coc='VIET NAM',
        docno='S708822913', issued='2023-12-05', expiry='2026-06-30', datefmt='slash', type='study', type_text='STUDY PERMIT',
        institution='SENECA POLYTECHNIC', dli='O19395535032', level='COLLEGE - DIPLOMA', field='CIVIL ENGINEERING TECHNOLOGY',
        title_en='STUDY PERMIT', title_fr="PERMIS D'ÉTUDES", form_no='E9-6611820', poe='TORONTO PEARSON',
        conditions=['MAY ACCEPT EMPLOYMENT ON OR OFF CAMPUS IF MEETING CRITERIA.', 'PROHIBITED FROM WORKING IN BUSINESSES RELATED TO THE SEX TRADE.'],
        remarks='')),
    ('imm1442-bars-study-03', 'bars', 'carlito', False, dict(
        uci='8899-0011', family='BENALI', given='YOUSSEF', dob='1999-02-11', cob='MOROCCO', coc='MOROCCO',
        docno='S809933024', issued='2025-07-21', expiry='2028-09-30', datefmt='dmon', type='study', type_text='STUDY PERMIT',
        institution='UNIVERSITÉ LAVAL', dli='O19359011033', level='UNIVERSITY - BACHELORS', field='GÉNIE LOGICIEL',
        title_en='STUDY PERMIT', title_fr="PERMIS D'ÉTUDES", form_no='E1-4401290', poe='QUÉBEC (INLAND)',
        conditions=['MAY WORK 24 HRS PER WEEK OFF CAMPUS OR FULL-TIME DURING REGULARLY SCHEDULED BREAKS IF MEETING CRITERIA.'],
        remarks='CAQ NO. 25-ET-771093')),
    ('imm1442-colon-right-study-04', 'colon-right', 'dvmono', False, dict(
        uci='9900-1122', family='DEMIR', given='AYLIN', dob='1993-10-25', cob='TURKEY', coc='TURKEY',
        docno='S900144135', issued='2022-08-29', expiry='2025-10-31', datefmt='iso', type='study', type_text='STUDY PERMIT',
        institution='GEORGE BROWN COLLEGE', dli='O19283110862', level='COLLEGE - POST GRAD DIPL', field='PROJECT MANAGEMENT',
        title_en='STUDY PERMIT', title_fr="PERMIS D'ÉTUDES", form_no='E7-1023347', poe='TORONTO PEARSON',
        conditions=['MAY ACCEPT EMPLOYMENT ON OR OFF CAMPUS IF MEETING CRITERIA.', 'MUST REMAIN ENROLLED AT A DLI.'],
        remarks='')),
    ('imm1442-grid-fr-study-05', 'grid-fr', 'dvserif', True, dict(
        uci='1023-4567', family='KONATÉ', given='AWA', dob='1996-02-14', cob="CÔTE D'IVOIRE", coc="CÔTE D'IVOIRE",
        docno='S102355246', issued='2023-08-18', expiry='2026-08-31', datefmt='dmy', type='study', type_text="PERMIS D'ÉTUDES / STUDY PERMIT",
        institution='UNIVERSITÉ DE SHERBROOKE', dli='O19359201152', level='UNIVERSITÉ - MAÎTRISE', field='ADMINISTRATION DES AFFAIRES',
        title_en='STUDY PERMIT', title_fr="PERMIS D'ÉTUDES", form_no='E2-9982210', poe='MONTRÉAL-TRUDEAU',
        conditions=['PEUT TRAVAILLER SUR OU HORS CAMPUS SI LES CRITÈRES SONT RESPECTÉS.'],
        remarks='CAQ NO 23-ET-440128. DATES AU FORMAT JJ/MM/AAAA.')),
]


def _mk(args):
    name, structure, fam, frf, p = args
    return name, (lambda rng: render(p, structure, fam, frf))


WORK_LAYOUTS = [_mk(a) for a in WORK]
STUDY_LAYOUTS = [_mk(a) for a in STUDY]
