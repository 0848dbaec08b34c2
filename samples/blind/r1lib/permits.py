"""IMM 1442 work and study permit layouts."""
from datetime import date, timedelta

from .common import Doc, face_box
from .data import person, employer, fd, ascii_upper, JOBS

CONDITIONS = {
    'employer_specific': ['NOT AUTHORIZED TO WORK IN ANY OCCUPATION OTHER THAN STATED.',
                          'NOT AUTHORIZED TO WORK FOR ANY EMPLOYER OTHER THAN STATED.',
                          'NOT AUTHORIZED TO WORK IN ANY LOCATION OTHER THAN STATED.',
                          'MUST LEAVE CANADA BY EXPIRY DATE.'],
    'open': ['OPEN WORK PERMIT.', 'NOT VALID FOR EMPLOYMENT WITH AN EMPLOYER ON THE LIST OF INELIGIBLE EMPLOYERS.',
             'MUST LEAVE CANADA BY EXPIRY DATE.'],
    'pgwp': ['POST-GRADUATION WORK PERMIT.', 'OPEN WORK PERMIT.',
             'NOT VALID FOR EMPLOYMENT IN BUSINESSES RELATED TO THE SEX TRADE.'],
    'co_op': ['CO-OP WORK PERMIT.', 'VALID ONLY FOR WORK THAT IS AN ESSENTIAL PART OF THE PROGRAM OF STUDY.',
              'NOT VALID FOR WORK AFTER COMPLETION OF STUDIES.'],
    'study': ['MAY ACCEPT EMPLOYMENT ON OR OFF CAMPUS IF MEETING ELIGIBILITY CRITERIA AS PER R186(F), (V) OR (W).',
              'MUST CEASE WORKING IF NO LONGER MEETING THESE CRITERIA.',
              'PROHIBITED FROM WORKING IN ANY OCCUPATION WHICH BRINGS THE PERSON INTO CLOSE CONTACT WITH PATIENTS.',
              'MUST LEAVE CANADA BY EXPIRY DATE.'],
}

SCHOOLS = [('SENECA POLYTECHNIC', 'O19395164297'), ('UNIVERSITY OF MANITOBA', 'O19298800902'),
           ('BOW VALLEY COLLEGE', 'O19310658792'), ('CONESTOGA COLLEGE', 'O19318984822'),
           ('UNIVERSITE LAVAL', 'O19359011033'), ('DOUGLAS COLLEGE', 'O19391556652'),
           ('COLLEGE LASALLE', 'O19359010772'), ('SASKATCHEWAN POLYTECHNIC', 'O19425891772')]

COUNTRY = {'IND': 'INDIA', 'PHL': 'PHILIPPINES', 'NGA': 'NIGERIA', 'CHN': 'CHINA', 'BRA': 'BRAZIL',
           'MEX': 'MEXICO', 'VNM': 'VIET NAM', 'FRA': 'FRANCE', 'UTO': 'UTOPIA'}


def permit(rng, kind, ptype, mode, F, dstyle, pidx, fr_first=False, eidx=0, jidx=0, sidx=0, issued=None,
           years=2):
    p = person(rng, pidx)
    fam, giv = ascii_upper(p['family']), ascii_upper(p['given'])
    letter = 'U' if kind == 'work' else 'F'
    docno = letter + f'{int(rng.integers(100000000, 999999999))}'
    uci = f"{int(rng.integers(10, 99))}-{int(rng.integers(1000, 9999))}-{int(rng.integers(1000, 9999))}"
    appno = ('W' if kind == 'work' else 'S') + f'{int(rng.integers(300000000, 399999999))}'
    issued = issued or date(2024, int(rng.integers(1, 13)), int(rng.integers(1, 28)))
    expiry = issued.replace(year=issued.year + years) - timedelta(days=int(rng.integers(0, 40)))
    e = employer(rng, 'en', eidx) if ptype in ('employer_specific',) else None
    occ = JOBS[jidx][0].upper() if e else None
    school = SCHOOLS[sidx] if kind == 'study' or ptype == 'co_op' else None
    def L(en, fr):
        return f'{fr} / {en}' if fr_first else f'{en} / {fr}'
    rows = [(L('Family Name', 'Nom de famille'), fam), (L('Given Name(s)', 'Prénom(s)'), giv),
            (L('Date of Birth', 'Date de naissance'), fd(p['dob'], dstyle)),
            (L('Sex', 'Sexe'), p['sex']),
            (L('Country of Birth', 'Pays de naissance'), COUNTRY[p['nat']]),
            (L('Country of Citizenship', 'Pays de citoyenneté'), COUNTRY[p['nat']]),
            (L('UCI', 'IUC'), uci), (L('Document No.', 'No du document'), docno),
            (L('Application No.', 'No de la demande'), appno),
            (L('Date Issued', 'Date de délivrance'), fd(issued, dstyle)),
            (L('Expiry Date', "Date d'expiration"), fd(expiry, dstyle))]
    if kind == 'work':
        rows.append((L('Employer', 'Employeur'), e['name'].upper() + ', ' + e['city'].upper() + ' ' + e['prov'] if e else
                     ('OPEN' if ptype != 'co_op' else 'N/A')))
        rows.append((L('Occupation', 'Profession'), occ if occ else ('OPEN' if ptype != 'co_op' else 'CO-OP STUDENT')))
        if school:
            rows.append((L('School', 'Établissement'), school[0]))
    else:
        rows.append((L('School / Institution', 'Établissement'), school[0]))
        rows.append((L('DLI No.', "No de l'EED"), school[1]))
        rows.append((L('Level of Study', "Niveau d'études"), pick_level(rng)))
        rows.append((L('Field of Study', "Domaine d'études"), 'BUSINESS ADMINISTRATION'))
    conds = CONDITIONS[ptype if kind == 'work' else 'study']
    remarks = {'pgwp': 'POST-GRADUATION WORK PERMIT PROGRAM. ', 'open': 'SPOUSAL OPEN WORK PERMIT. ',
               'employer_specific': 'LMIA ' + str(int(rng.integers(8000000, 9999999))) + '. ',
               'co_op': 'CO-OP/INTERNSHIP. ', 'study': 'MUST MAINTAIN FULL-TIME STUDENT STATUS. '}[ptype if kind == 'work' else 'study']
    remarks += 'PRINTED AT CPC.'
    title = (('PERMIS DE TRAVAIL / WORK PERMIT' if fr_first else 'WORK PERMIT / PERMIS DE TRAVAIL') if kind == 'work'
             else ("PERMIS D'ÉTUDES / STUDY PERMIT" if fr_first else "STUDY PERMIT / PERMIS D'ÉTUDES"))
    d = Doc('letter')
    d.t(15, 10, 'Immigration, Refugees and Citizenship Canada', F, 8.5, 'B')
    d.t(15, 14, 'Immigration, Réfugiés et Citoyenneté Canada', F, 8.5, 'B')
    d.t(200, 10, 'IMM 1442 (' + ('F' if fr_first else 'E') + ')', F, 8, align='R')
    d.t(200, 14, 'PROTECTED WHEN COMPLETED - B' if not fr_first else 'PROTÉGÉ UNE FOIS REMPLI - B', F, 7, align='R')
    d.t(108, 22, title, F, 14, 'B', align='C')
    d.t(108, 29, 'THIS IS NOT A VISA / CECI N\'EST PAS UN VISA', F, 8.5, align='C')
    y = 38
    if mode == 'rows':
        for lab, val in rows:
            d.t(18, y, lab, F, 8.5)
            d.t(110, y, val, F, 10, 'B')
            d.hl(18, 198, y + 5.2, 0.1, (190, 190, 190))
            y += 6.6
        y += 4
        d.t(18, y, L('Conditions', 'Conditions') + ':', F, 8.5, 'B')
        y += 5
        for c in conds:
            y = d.mt(22, y, 176, c, F, 9.5) + 0.5
        y += 3
        d.t(18, y, L('Remarks', 'Observations') + ':', F, 8.5, 'B')
        d.mt(22, y + 5, 176, remarks, F, 9.5)
    elif mode == 'boxes':
        x0, w = 15, 186
        cells = rows
        per = 3
        cw = w / per
        for i, (lab, val) in enumerate(cells):
            if i % per == 0 and i:
                y += 14
            x = x0 + (i % per) * cw
            d.rect2(x, y, cw, 14, draw=(0, 0, 0), lw=0.25)
            d.t(x + 1.5, y + 1, lab, F, 6.5)
            d.t(x + 1.5, y + 6, val if len(val) < 38 else val[:36], F, 9.5, 'B')
        y += 18
        d.rect2(x0, y, w, 40, draw=(0, 0, 0), lw=0.25)
        d.t(x0 + 1.5, y + 1, L('Conditions', 'Conditions'), F, 6.5)
        yy = y + 6
        for c in conds:
            yy = d.mt(x0 + 2, yy, w - 4, c, F, 9) + 0.3
        y += 42
        d.rect2(x0, y, w, 20, draw=(0, 0, 0), lw=0.25)
        d.t(x0 + 1.5, y + 1, L('Remarks', 'Observations'), F, 6.5)
        d.mt(x0 + 2, y + 6, w - 4, remarks, F, 9)
        if kind == 'work' and e:
            # employer full name may be long: repeat fully below
            pass
    else:  # stacked
        colx = [18, 112]
        ys = [y, y]
        for i, (lab, val) in enumerate(rows):
            c = i % 2
            d.t(colx[c], ys[c], lab, F, 7.5, color=(70, 70, 70))
            d.mt(colx[c], ys[c] + 3.5, 88, val, F, 10, 'B')
            ys[c] = d.get_y() + 3
        y = max(ys) + 4
        d.hl(18, 198, y - 2, 0.3)
        d.t(18, y, L('Conditions', 'Conditions'), F, 7.5, color=(70, 70, 70))
        y += 4
        for c in conds:
            y = d.mt(18, y, 180, c, F, 9.5, 'B') + 0.3
        y += 4
        d.t(18, y, L('Remarks', 'Observations'), F, 7.5, color=(70, 70, 70))
        d.mt(18, y + 4, 180, remarks, F, 9.5, 'B')
    d.t(18, 255, 'Officer / Agent: ' + f'BSO{int(rng.integers(10000, 99999))}', F, 8)
    d.t(18, 259, 'Port of Entry / Point d\'entrée: ' + ('TORONTO PIA' if kind == 'work' else 'CPC EDMONTON'), F, 8)
    d.t(200, 259, 'Canada', 'serif', 14, 'B', align='R')
    fields = {'holder_name': f'{giv} {fam}', 'date_of_birth': p['dob'], 'document_number': docno,
              'valid_from': issued, 'valid_until': expiry, 'permit_type': ptype if kind == 'work' else 'study'}
    if e:
        fields['employer'] = e['name'].upper()
    if school:
        fields['institution'] = school[0]
    return d, fields


def pick_level(rng):
    return ['COLLEGE', 'UNIVERSITY - BACHELOR', 'UNIVERSITY - MASTER', 'COLLEGE - POST-GRADUATE'][int(rng.integers(0, 4))]


W = [
    ('imm1442-rows-es-01', dict(ptype='employer_specific', mode='rows', F='typewriter', dstyle='ymd/', pidx=3, eidx=0, jidx=1)),
    ('imm1442-boxes-open-02', dict(ptype='open', mode='boxes', F='sans', dstyle='dd MON Y', pidx=4)),
    ('imm1442-stacked-pgwp-03', dict(ptype='pgwp', mode='stacked', F='dvcond', dstyle='iso', pidx=12, years=3)),
    ('imm1442-fr-rows-es-04', dict(ptype='employer_specific', mode='rows', F='dejavu', dstyle='iso', pidx=13, eidx=2, jidx=4, fr_first=True)),
    ('imm1442-boxes-coop-05', dict(ptype='co_op', mode='boxes', F='narrow', dstyle='ymd/', pidx=25, sidx=2)),
    ('imm1442-stacked-es-06', dict(ptype='employer_specific', mode='stacked', F='mono', dstyle='dd MON Y', pidx=30, eidx=5, jidx=6)),
    ('imm1442-fr-boxes-pgwp-07', dict(ptype='pgwp', mode='boxes', F='freesans', dstyle='iso', pidx=24, fr_first=True, years=3)),
    ('imm1442-rows-open-08', dict(ptype='open', mode='rows', F='robcond', dstyle='ymd/', pidx=35)),
]
S = [
    ('imm1442-rows-study-01', dict(mode='rows', F='typewriter', dstyle='ymd/', pidx=1, sidx=0)),
    ('imm1442-boxes-study-02', dict(mode='boxes', F='sans', dstyle='iso', pidx=9, sidx=1)),
    ('imm1442-stacked-study-03', dict(mode='stacked', F='dvcond', dstyle='dd MON Y', pidx=5, sidx=3)),
    ('imm1442-fr-rows-study-04', dict(mode='rows', F='dejavu', dstyle='iso', pidx=23, sidx=4, fr_first=True)),
    ('imm1442-boxes-study-05', dict(mode='boxes', F='narrow', dstyle='ymd/', pidx=17, sidx=5)),
    ('imm1442-stacked-study-06', dict(mode='stacked', F='mono', dstyle='iso', pidx=21, sidx=7)),
    ('imm1442-fr-stacked-study-07', dict(mode='stacked', F='freesans', dstyle='dd MON Y', pidx=14, sidx=6, fr_first=True)),
    ('imm1442-rows-study-08', dict(mode='rows', F='robcond', dstyle='dd MON Y', pidx=28, sidx=2)),
]


def _mk(kind, kw):
    kw = dict(kw)
    ptype = kw.pop('ptype', 'study')
    def fn(rng):
        return permit(rng, kind, ptype, **kw)
    return fn


WORK_LAYOUTS = [(n, _mk('work', kw), 'fr' if kw.get('fr_first') else 'en') for n, kw in W]
STUDY_LAYOUTS = [(n, _mk('study', kw), 'fr' if kw.get('fr_first') else 'en') for n, kw in S]
LAYOUTS = []
