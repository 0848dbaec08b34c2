"""T4 slip layouts."""
from .common import Doc
from .data import person, employer, num, make_sin, sin_fmt, ascii_upper


def t4_data(rng, pidx, eidx, lang='en', year=2025):
    p = person(rng, pidx)
    e = employer(rng, lang, eidx)
    inc = round(float(rng.uniform(42000, 96000)), 2)
    cpp = round(min(0.0595 * (inc - 3500), 4034.10), 2)
    ei = round(min(0.0164 * inc, 1077.48), 2)
    tax = round(inc * float(rng.uniform(0.14, 0.21)), 2)
    sin = make_sin(rng)
    acct = f'{int(rng.integers(100000000, 999999999))}RP0001'
    return dict(p=p, e=e, inc=inc, cpp=cpp, ei=ei, tax=tax, sin=sin, acct=acct, year=year,
                prov=e['prov'], ins=inc if inc < 65700 else 65700.0, pens=inc if inc < 71300 else 71300.0)


def truth(t):
    return {'tax_year': t['year'], 'employer_name': t['e']['name'],
            'employee_name': f"{ascii_upper(t['p']['given'])} {ascii_upper(t['p']['family'])}",
            'employment_income': t['inc'], 'income_tax': t['tax'], 'cpp': t['cpp'], 'ei': t['ei'],
            'province': t['prov'], 'sin_last3': t['sin'][-3:], 'slip': 't4'}


def slip(d, t, x, y, F, s=1.0, fr_first=False, split=False, sin_style='full', title=True):
    """Draw one CRA-style T4 slip at (x, y); width 190*s."""
    def L(en, fr):
        return f'{fr} / {en}' if fr_first else f'{en} / {fr}'
    W = 190 * s
    d.rect2(x, y, W, 118 * s, draw=(0, 0, 0), lw=0.4)
    d.t(x + 3 * s, y + 2 * s, 'Canada Revenue Agency   Agence du revenu du Canada', F, 6.5 * s)
    d.t(x + W - 3 * s, y + 2 * s, 'T4', F, 16 * s, 'B', align='R')
    d.t(x + W / 2, y + 2 * s, L('Year', 'Année'), F, 6 * s, align='C')
    d.rect2(x + W / 2 - 12 * s, y + 5 * s, 24 * s, 7 * s, draw=(0, 0, 0), lw=0.3)
    d.t(x + W / 2, y + 5.8 * s, str(t['year']), F, 10 * s, 'B', align='C')
    d.t(x + W - 3 * s, y + 10 * s, ("ÉTAT DE LA RÉMUNÉRATION PAYÉE / STATEMENT OF REMUNERATION PAID" if fr_first else
                                    "STATEMENT OF REMUNERATION PAID / ÉTAT DE LA RÉMUNÉRATION PAYÉE"), F, 5.5 * s,
        'B', align='R')
    # employer block
    d.rect2(x + 3 * s, y + 15 * s, 80 * s, 24 * s, draw=(0, 0, 0), lw=0.2)
    d.t(x + 4 * s, y + 15.5 * s, L("Employer's name", "Nom de l'employeur"), F, 5.5 * s)
    d.t(x + 5 * s, y + 20 * s, t['e']['name'], F, 8.5 * s, 'B')
    d.t(x + 5 * s, y + 24.5 * s, t['e']['street'], F, 7 * s)
    d.t(x + 5 * s, y + 28.5 * s, f"{t['e']['city']} {t['e']['prov']} {t['e']['postal']}", F, 7 * s)

    def box(bx, by, bw, no, lab, val, bold=True):
        d.rect2(bx, by, bw, 10 * s, draw=(0, 0, 0), lw=0.2)
        d.t(bx + 1 * s, by + 0.5 * s, no, F, 6.5 * s, 'B')
        d.t(bx + 6 * s, by + 0.7 * s, lab, F, 4.6 * s)
        if split and val and val[0].isdigit() and ',' in val or (split and val.replace('.', '').isdigit()):
            dollars, cents = val.rsplit('.', 1)
            d.vl(bx + bw - 7 * s, by + 4.5 * s, by + 10 * s, 0.2)
            d.t(bx + bw - 8 * s, by + 4.6 * s, dollars, F, 8.5 * s, 'B' if bold else '', align='R')
            d.t(bx + bw - 1 * s, by + 4.6 * s, cents, F, 8.5 * s, 'B' if bold else '', align='R')
        else:
            d.t(bx + bw - 2 * s, by + 4.6 * s, val, F, 8.5 * s, 'B' if bold else '', align='R')

    bx = x + 86 * s
    box(bx, y + 15 * s, 50 * s, '14', L('Employment income', "Revenus d'emploi"), num(t['inc']))
    box(bx + 52 * s, y + 15 * s, 50 * s, '22', L('Income tax deducted', "Impôt sur le revenu retenu"), num(t['tax']))
    box(bx, y + 27 * s, 50 * s, '16', L("Employee's CPP contributions", 'Cotisations de l\'employé au RPC'), num(t['cpp']))
    box(bx + 52 * s, y + 27 * s, 50 * s, '24', L('EI insurable earnings', 'Gains assurables d\'AE'), num(t['ins']))
    box(bx, y + 39 * s, 50 * s, '18', L("Employee's EI premiums", "Cotisations de l'employé à l'AE"), num(t['ei']))
    box(bx + 52 * s, y + 39 * s, 50 * s, '26', L('CPP/QPP pensionable earnings', 'Gains ouvrant droit à pension'), num(t['pens']))
    box(bx, y + 51 * s, 50 * s, '44', L('Union dues', 'Cotisations syndicales'), '')
    box(bx + 52 * s, y + 51 * s, 50 * s, '46', L('Charitable donations', 'Dons de bienfaisance'), '')
    box(x + 3 * s, y + 42 * s, 80 * s, '54', L("Employer's account number", "Numéro de compte de l'employeur"), t['acct'])
    box(x + 3 * s, y + 54 * s, 22 * s, '10', L('Province', 'Province'), t['prov'])
    box(x + 27 * s, y + 54 * s, 56 * s, '12', L('Social insurance number', "Numéro d'assurance sociale"),
        sin_fmt(t['sin'], sin_style))
    # employee block
    d.rect2(x + 3 * s, y + 67 * s, 80 * s, 30 * s, draw=(0, 0, 0), lw=0.2)
    d.t(x + 4 * s, y + 67.5 * s, L('Employee: Last name (in capital letters)', 'Employé : Nom de famille (en lettres moulées)'), F, 4.8 * s)
    d.t(x + 5 * s, y + 71 * s, ascii_upper(t['p']['family']), F, 8.5 * s, 'B')
    d.t(x + 4 * s, y + 76.5 * s, L('First name', 'Prénom') + '        ' + L('Initial', 'Initiale'), F, 4.8 * s)
    d.t(x + 5 * s, y + 80 * s, ascii_upper(t['p']['given']), F, 8.5 * s, 'B')
    d.t(x + 5 * s, y + 86 * s, '2250 LAKESHORE BLVD W APT 1207', F, 6.5 * s)
    d.t(x + 5 * s, y + 90 * s, f"{t['e']['city'].upper()} {t['prov']}", F, 6.5 * s)
    d.t(x + 86 * s, y + 66 * s, L('Other information', 'Autres renseignements'), F, 5.5 * s)
    for i in range(3):
        d.rect2(x + 86 * s + i * 34 * s, y + 70 * s, 10 * s, 8 * s, draw=(0, 0, 0), lw=0.2)
        d.rect2(x + 96 * s + i * 34 * s, y + 70 * s, 22 * s, 8 * s, draw=(0, 0, 0), lw=0.2)
    d.t(x + 3 * s, y + 110 * s, 'T4 (25)', F, 6 * s)
    d.t(x + W - 3 * s, y + 110 * s, 'Protected B when completed / Protégé B une fois rempli', F, 5.5 * s, align='R')


def cra_official(rng):
    t = t4_data(rng, 0, 0)
    d = Doc('letter')
    slip(d, t, 13, 15, 'sans')
    d.t(108, 140, 'Keep this copy for your records. / Conservez cette copie pour vos dossiers.', 'sans', 8, align='C')
    return d, truth(t)


def split_cents(rng):
    t = t4_data(rng, 8, 6, year=2024)
    d = Doc('letter')
    slip(d, t, 13, 20, 'dejavu', split=True, sin_style='xxx')
    return d, truth(t)


def vendor_grid2(rng):
    t = t4_data(rng, 4, 4)
    d = Doc('letter', producer='Ceridian Year End')
    d.t(13, 6, f"{t['e']['name']} — T4 slips {t['year']} — Employee copies", 'narrow', 9, 'B')
    slip(d, t, 13, 14, 'narrow', s=0.98, sin_style='star')
    d.set_dash_pattern(dash=2, gap=1.5)
    d.hl(5, 211, 134, 0.3)
    d.set_dash_pattern()
    slip(d, t, 13, 140, 'narrow', s=0.98, sin_style='star')
    return d, truth(t)


def french(rng):
    t = t4_data(rng, 23, 2, year=2025)
    d = Doc('letter')
    slip(d, t, 13, 20, 'notosans', fr_first=True, sin_style='star2')
    d.t(108, 148, 'Conservez cette copie pour vos dossiers.', 'notosans', 8, align='C')
    return d, truth(t)


def vendor_grid4(rng):
    t = t4_data(rng, 19, 10, year=2024)
    d = Doc('letter', orientation='L', producer='Payroll Year-End Service')
    for i in range(4):
        x = 6 + (i % 2) * 137
        y = 8 + (i // 2) * 102
        slip(d, t, x, y, 'robcond', s=0.7, sin_style='full' if i % 2 else 'star')
        d.t(x, y + 84, ['Copy 2 — employee', 'Copy 2 — employee', 'Copy 3 — employee', 'Copy 3 — employee'][i],
            'robcond', 6)
    return d, truth(t)


def table_style(rng):
    t = t4_data(rng, 10, 7, year=2025)
    d = Doc('letter')
    F = 'carlito'
    d.t(20, 16, t['e']['name'], F, 15, 'B')
    d.t(20, 23, f"{t['e']['street']}, {t['e']['city']}, {t['e']['prov']} {t['e']['postal']}", F, 9.5)
    d.t(196, 16, f"T4 {t['year']}", F, 18, 'B', align='R')
    d.t(196, 25, 'Statement of Remuneration Paid', F, 9.5, align='R')
    y = 38
    for lab, val in [('Employee', f"{ascii_upper(t['p']['family'])}, {ascii_upper(t['p']['given'])}"),
                     ('Social insurance number (box 12)', sin_fmt(t['sin'], 'xxx')),
                     ('Province of employment (box 10)', t['prov']),
                     ("Employer's account number (box 54)", t['acct'])]:
        d.t(20, y, lab, F, 10, color=(90, 90, 90))
        d.t(100, y, val, F, 10.5, 'B')
        y += 6.5
    y += 6
    d.rect2(20, y, 176, 8, fill=(230, 230, 230), draw=None)
    d.t(22, y + 1.5, 'Box', F, 10, 'B')
    d.t(40, y + 1.5, 'Description', F, 10, 'B')
    d.t(194, y + 1.5, 'Amount', F, 10, 'B', align='R')
    y += 9
    for bx, lab, v in [('14', 'Employment income', t['inc']), ('16', "Employee's CPP contributions", t['cpp']),
                       ('18', "Employee's EI premiums", t['ei']), ('22', 'Income tax deducted', t['tax']),
                       ('24', 'EI insurable earnings', t['ins']), ('26', 'CPP pensionable earnings', t['pens']),
                       ('52', 'Pension adjustment', 0.0)]:
        d.t(22, y, bx, F, 10.5)
        d.t(40, y, lab, F, 10.5)
        d.t(194, y, '$' + num(v), F, 10.5, align='R')
        d.hl(20, 196, y + 6, 0.1, (200, 200, 200))
        y += 7.5
    d.mt(20, y + 8, 176, 'This is an employer-prepared copy of your T4 slip. The CRA-filed slip carries the same '
         'amounts. Report box 14 on line 10100 of your return.', F, 9, color=(90, 90, 90))
    return d, truth(t)


def mono_list(rng):
    t = t4_data(rng, 30, 1, year=2024)
    d = Doc('letter')
    F = 'mono'
    lines = [f"T4 {t['year']}  STATEMENT OF REMUNERATION PAID / ETAT DE LA REMUNERATION PAYEE",
             '=' * 78,
             f"EMPLOYER: {t['e']['name'].upper()}",
             f"          {t['e']['street'].upper()}, {t['e']['city'].upper()} {t['e']['prov']} {t['e']['postal']}",
             f"BOX 54 EMPLOYER ACCOUNT NO.: {t['acct']}",
             '',
             f"EMPLOYEE: {ascii_upper(t['p']['family'])}, {ascii_upper(t['p']['given'])}",
             f"BOX 12 SIN: {sin_fmt(t['sin'], 'star')}        BOX 10 PROVINCE: {t['prov']}",
             '-' * 78,
             f"BOX 14  EMPLOYMENT INCOME ....................... {num(t['inc']):>14}",
             f"BOX 16  EMPLOYEE'S CPP CONTRIBUTIONS ............ {num(t['cpp']):>14}",
             f"BOX 18  EMPLOYEE'S EI PREMIUMS .................. {num(t['ei']):>14}",
             f"BOX 22  INCOME TAX DEDUCTED ..................... {num(t['tax']):>14}",
             f"BOX 24  EI INSURABLE EARNINGS ................... {num(t['ins']):>14}",
             f"BOX 26  CPP/QPP PENSIONABLE EARNINGS ............ {num(t['pens']):>14}",
             '-' * 78,
             'THIS SLIP WAS PRODUCED BY THE EMPLOYER PAYROLL SYSTEM.']
    y = 20
    for ln in lines:
        d.t(14, y, ln, F, 8.8)
        y += 5
    return d, truth(t)


def myaccount_style(rng):
    t = t4_data(rng, 27, 3, year=2025)
    d = Doc('letter')
    F = 'opensans'
    d.rect2(0, 0, 216, 16, fill=(38, 55, 74), draw=None)
    d.t(12, 4.5, 'Government of Canada  |  My Account — Tax slips', F, 10, 'B', color=(255, 255, 255))
    d.t(12, 24, f"T4 – Statement of Remuneration Paid – {t['year']}", F, 14, 'B')
    d.t(12, 32, 'Information slip as filed by your employer', F, 9, color=(90, 90, 90))
    y = 42
    for lab, val in [('Employer name', t['e']['name']), ('Employee name', f"{ascii_upper(t['p']['given'])} {ascii_upper(t['p']['family'])}"),
                     ('Social insurance number', sin_fmt(t['sin'], 'star2')), ('Province of employment', t['prov']),
                     ('Box 14 – Employment income', '$' + num(t['inc'])), ('Box 16 – Employee\'s CPP contributions', '$' + num(t['cpp'])),
                     ("Box 18 – Employee's EI premiums", '$' + num(t['ei'])), ('Box 22 – Income tax deducted', '$' + num(t['tax'])),
                     ('Box 24 – EI insurable earnings', '$' + num(t['ins'])), ('Box 26 – CPP pensionable earnings', '$' + num(t['pens']))]:
        d.hl(12, 204, y - 1.5, 0.1, (200, 200, 200))
        d.t(12, y, lab, F, 10)
        d.t(204, y, val, F, 10, 'B', align='R')
        y += 8
    d.t(12, y + 6, 'Date modified: 2026-02-27', F, 8, color=(120, 120, 120))
    return d, truth(t)


LAYOUTS = [
    ('cra-official-01', cra_official, 'en'),
    ('cra-split-cents-02', split_cents, 'en'),
    ('vendor-2up-03', vendor_grid2, 'en'),
    ('cra-french-04', french, 'fr'),
    ('vendor-4up-05', vendor_grid4, 'en'),
    ('employer-table-06', table_style, 'en'),
    ('mono-listing-07', mono_list, 'en'),
    ('myaccount-08', myaccount_style, 'en'),
]
