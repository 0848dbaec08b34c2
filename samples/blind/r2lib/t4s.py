"""T4 and T4A slips, round 2."""
from .common import Doc, Truth, money, money_fr


def _box(d, x, y, w, num, lab, val, fam, h=11, size=9.5):
    d.rect2(x, y, w, h, draw=(150, 30, 30), lw=0.3)
    d.t(x + 1, y + 0.6, num, fam, 6.5, 'B', color=(150, 30, 30))
    d.t(x + 7, y + 0.6, lab, fam, 5.5, color=(150, 30, 30))
    d.t(x + w - 1.5, y + h - 5.5, val, fam, size, align='R')


def t4_2025_grid_01(rng):
    """CRA T4 2025 slip redrawn: EN/FR labels, boxes in a two-column grid, employee name LAST First on separate lines."""
    T = Truth()
    d = Doc()
    F = 'sans'
    d.rect2(12, 12, 192, 118, draw=(150, 30, 30), lw=0.5)
    d.t(16, 15, 'Canada Revenue Agency   Agence du revenu du Canada', F, 7.5, color=(150, 30, 30))
    d.t(200, 15, 'T4', F, 18, 'B', align='R', color=(150, 30, 30))
    d.t(108, 16, 'Year / Année', F, 6.5, align='C', color=(150, 30, 30))
    d.t(108, 19.5, T.v('tax_year', 2025, '2025'), F, 12, 'B', align='C')
    d.t(200, 24, "Statement of Remuneration Paid / État de la rémunération payée", F, 7, align='R', color=(150, 30, 30))
    d.rect2(16, 30, 90, 20, draw=(150, 30, 30), lw=0.3)
    d.t(17, 31, "Employer's name — Nom de l'employeur", F, 6, color=(150, 30, 30))
    d.t(18, 36, T.v('employer_name', 'BLUEWATER TECHNOLOGIES INC.', 'BLUEWATER TECHNOLOGIES INC.'), F, 9.5)
    d.t(18, 41, '88 QUEENS QUAY W SUITE 2500 TORONTO ON', F, 8)
    L = 112
    _box(d, L, 30, 44, '14', 'Employment income / Revenus d\'emploi', T.v('employment_income', 96500.0, '96500.00'), F)
    _box(d, L + 46, 30, 42, '22', 'Income tax deducted / Impôt', T.v('income_tax', 21460.35, '21460.35'), F)
    _box(d, L, 43, 44, '16', 'CPP contributions / RPC', T.v('cpp', 4034.10, '4034.10'), F)
    _box(d, L + 46, 43, 42, '24', 'EI insurable earnings', '65700.00', F)
    _box(d, L, 56, 44, '18', 'EI premiums / AE', T.v('ei', 1077.48, '1077.48'), F)
    _box(d, L + 46, 56, 42, '26', 'CPP pensionable earnings', '71300.00', F)
    _box(d, L, 69, 44, '44', 'Union dues', '', F)
    _box(d, L + 46, 69, 42, '52', 'Pension adjustment', '3860.00', F)
    _box(d, 16, 54, 30, '10', 'Province of employment', T.v('province', 'ON', 'ON'), F)
    _box(d, 48, 54, 58, '12', 'Social insurance number / NAS', '*** *** ' + T.v('sin_last3', '716', '716'), F)
    d.t(17, 70, 'Employee: Last name (in capital letters) — Nom de famille (en lettres moulées)', F, 6, color=(150, 30, 30))
    d.t(18, 75, 'MENSAH', F, 10)
    d.t(17, 81, 'First name — Prénom', F, 6, color=(150, 30, 30))
    d.t(18, 86, 'KWAME', F, 10)
    T.v('employee_name', 'KWAME MENSAH', 'MENSAH')
    T.also('employee_name', 'KWAME MENSAH', 'KWAME')
    d.t(18, 92, '12 HIGHVIEW AVE TORONTO ON M6N 1X4', F, 8)
    d.t(108, 122, 'For Privacy Act statement, go to canada.ca/cra-privacy-notice', F, 6.5, align='C', color=(150, 30, 30))
    T.v('slip', 't4', 'T4')
    return d, T


def t4a_fees_02(rng):
    """T4A slip (fees for services, box 048) — contractor signal."""
    T = Truth()
    d = Doc()
    F = 'dvcond'
    d.rect2(12, 14, 192, 110, draw=(40, 40, 130), lw=0.5)
    d.t(16, 17, 'Canada Revenue Agency / Agence du revenu du Canada', F, 7.5, color=(40, 40, 130))
    d.t(200, 16, 'T4A', F, 18, 'B', align='R', color=(40, 40, 130))
    d.t(200, 25, 'Statement of Pension, Retirement, Annuity, and Other Income', F, 7, align='R', color=(40, 40, 130))
    d.t(16, 26, 'Year / Année ' + T.v('tax_year', 2025, '2025'), F, 10, 'B')
    d.rect2(16, 32, 92, 18, draw=(40, 40, 130), lw=0.3)
    d.t(17, 33, "Payer's name / Nom du payeur", F, 6, color=(40, 40, 130))
    d.t(18, 38, T.v('employer_name', 'Nordic Digital Studio Ltd.', 'Nordic Digital Studio Ltd.'), F, 10)
    d.t(16, 54, "Recipient's name and address / Nom et adresse du bénéficiaire", F, 6, color=(40, 40, 130))
    d.t(18, 59, T.v('employee_name', 'Ivan Petrov', 'Petrov, Ivan'), F, 10)
    d.t(18, 64, '55 Rue Wellington, Sherbrooke QC J1H 5C7', F, 8.5)
    _box(d, 16, 74, 60, '012', 'Social insurance number', 'XXX XXX ' + T.v('sin_last3', '248', '248'), F)
    _box(d, 112, 32, 42, '016', 'Pension or superannuation', '', F)
    _box(d, 156, 32, 44, '022', 'Income tax deducted', T.v('income_tax', 0.0, '0.00'), F)
    _box(d, 112, 45, 42, '020', 'Self-employed commissions', '', F)
    _box(d, 156, 45, 44, '048', 'Fees for services', T.v('employment_income', 38400.0, '38,400.00'), F)
    _box(d, 112, 58, 42, '018', 'Lump-sum payments', '', F)
    _box(d, 156, 58, 44, '024', 'Annuities', '', F)
    d.t(16, 100, 'Other information (see over) / Autres renseignements', F, 7, color=(40, 40, 130))
    T.v('slip', 't4a', 'T4A')
    return d, T


def t4_french_table_03(rng):
    """French-first payroll vendor T4 in a table: Case | Description | Montant, '1 234,56'."""
    T = Truth()
    d = Doc()
    F = 'carlito'
    d.t(14, 14, 'État de la rémunération payée (T4) — Statement of Remuneration Paid', F, 13, 'B')
    d.t(14, 22, 'Année d\'imposition / Tax year : ' + T.v('tax_year', 2025, '2025'), F, 11)
    d.t(14, 30, 'Employeur : ' + T.v('employer_name', 'Conseil Laurentides Ingénierie inc.', 'Conseil Laurentides Ingénierie inc.'), F, 11)
    d.t(14, 36, 'Employé(e) : ' + T.v('employee_name', 'Thi Hoa Nguyen', 'NGUYEN, Thi Hoa'), F, 11)
    y = 46
    heads = ['Case / Box', 'Description', 'Montant / Amount']
    ws = [26, 110, 52]
    x = 14
    for h, w in zip(heads, ws):
        d.rect2(x, y, w, 8, fill=(225, 232, 225), draw=(60, 60, 60))
        d.t(x + 2, y + 1.8, h, F, 10, 'B')
        x += w
    y += 8
    rows = [('10', 'Province d\'emploi / Province of employment', T.v('province', 'QC', 'QC')),
            ('12', 'Numéro d\'assurance sociale / SIN', '***-***-' + T.v('sin_last3', '905', '905')),
            ('14', 'Revenus d\'emploi / Employment income', T.v('employment_income', 64480.0, '64 480,00')),
            ('17', 'Cotisations RRQ / QPP contributions', '4 160,55'),
            ('18', 'Cotisations AE / EI premiums', T.v('ei', 844.69, '844,69')),
            ('22', 'Impôt fédéral retenu / Income tax deducted', T.v('income_tax', 6890.12, '6 890,12')),
            ('24', 'Gains assurables d\'AE / EI insurable earnings', '64 480,00'),
            ('26', 'Gains ouvrant droit à pension RPC/RRQ', '64 480,00'),
            ('55', 'Cotisations RPAP / PPIP premiums', '318,53')]
    for r in rows:
        x = 14
        for val, w, al in zip(r, ws, ['L', 'L', 'R']):
            d.rect2(x, y, w, 8, draw=(60, 60, 60))
            if al == 'R':
                d.t(x + w - 2, y + 1.8, val, F, 10, align='R')
            else:
                d.t(x + 2, y + 1.8, val, F, 10)
            x += w
        y += 8
    d.mt(14, y + 6, 188, 'Note : au Québec, l\'impôt provincial figure sur le Relevé 1. Les montants sont en dollars canadiens.', F, 9, lh=1.4)
    T.v('slip', 't4', 'T4')
    return d, T


def t4_pdf_mono_04(rng):
    """Wagepoint-style year-end T4 summary printout: monospace key/value, labels left, right-aligned amounts."""
    T = Truth()
    d = Doc()
    F = 'dvmono'
    lines = [
        'YEAR-END SLIP - T4 STATEMENT OF REMUNERATION PAID',
        '',
        'TAX YEAR ............................ ' + T.v('tax_year', 2025, '2025'),
        'EMPLOYER ............................ ' + T.v('employer_name', 'HARBOURVIEW CLINIC INC.', 'HARBOURVIEW CLINIC INC.'),
        'BUSINESS NUMBER ..................... 81234 5678 RP0001',
        'EMPLOYEE ............................ ' + T.v('employee_name', 'LUCAS FERREIRA', 'LUCAS FERREIRA'),
        'SIN ................................. XXX-XXX-' + T.v('sin_last3', '915', '915'),
        'BOX 10 PROVINCE OF EMPLOYMENT ....... ' + T.v('province', 'NS', 'NS'),
        '',
        'BOX 14 EMPLOYMENT INCOME ............ ' + T.v('employment_income', 58310.0, '58,310.00').rjust(12),
        'BOX 16 EMPLOYEE CPP CONTRIBUTIONS ... ' + T.v('cpp', 3282.30, '3,282.30').rjust(12),
        'BOX 18 EMPLOYEE EI PREMIUMS ......... ' + T.v('ei', 956.28, '956.28').rjust(12),
        'BOX 22 INCOME TAX DEDUCTED .......... ' + T.v('income_tax', 9102.44, '9,102.44').rjust(12),
        'BOX 24 EI INSURABLE EARNINGS ........ ' + '58,310.00'.rjust(12),
        'BOX 26 CPP PENSIONABLE EARNINGS ..... ' + '58,310.00'.rjust(12),
        '',
        'THIS IS NOT AN OFFICIAL CRA FORM. KEEP FOR YOUR RECORDS.',
    ]
    y = 20
    for ln in lines:
        d.t(18, y, ln, F, 9.5, 'B' if ln.startswith('YEAR-END') else '')
        y += 5.5
    T.v('slip', 't4', 'T4')
    return d, T


def t4_landscape_two_05(rng):
    """Landscape page with two identical employee copies (Copy 2 and Copy 3), employer-name-case mixed, amounts without thousands separator."""
    T = Truth()
    d = Doc(orientation='L')
    F = 'robcond'
    for k, x0 in enumerate([10, 144]):
        d.rect2(x0, 14, 126, 100, draw=(0, 0, 0), lw=0.4)
        d.t(x0 + 3, 16, 'T4 (' + T.v('tax_year', 2025, '2025') + ')', F, 12, 'B')
        d.t(x0 + 123, 17, 'Copy %d — for employee' % (k + 2), F, 7, align='R')
        d.t(x0 + 3, 25, "Employer's name", F, 6.5)
        d.t(x0 + 3, 28.5, T.v('employer_name', 'Cascadia Credit Union', 'Cascadia Credit Union'), F, 9.5, 'B')
        d.t(x0 + 3, 37, "Employee's name and address", F, 6.5)
        d.t(x0 + 3, 40.5, T.v('employee_name', 'ANA SOFIA MORALES', 'MORALES ANA SOFIA'), F, 9.5, 'B')
        d.t(x0 + 3, 45, '771 FORT ST, VICTORIA BC V8W 1H2', F, 8)
        bx = [('10', 'Province', T.v('province', 'BC', 'BC')), ('12', 'SIN', '*** *** ' + T.v('sin_last3', '560', '560')),
              ('14', 'Employment income', T.v('employment_income', 40216.0, '40216.00')), ('16', 'CPP', T.v('cpp', 2183.35, '2183.35')),
              ('18', 'EI premiums', T.v('ei', 659.54, '659.54')), ('22', 'Income tax deducted', T.v('income_tax', 5120.77, '5120.77'))]
        for i, (n, lab, val) in enumerate(bx):
            xx = x0 + 3 + (i % 2) * 61
            yy = 54 + (i // 2) * 15
            _box(d, xx, yy, 58, n, lab, val, F, h=12)
    T.v('slip', 't4', 'T4')
    return d, T


LAYOUTS = [
    ('cra-2025-grid-01', t4_2025_grid_01),
    ('t4a-fees-02', t4a_fees_02),
    ('fr-table-03', t4_french_table_03),
    ('mono-yearend-04', t4_pdf_mono_04),
    ('landscape-2copies-05', t4_landscape_two_05),
]
