"""Pay stubs, round 2: five vendor-styled layouts."""
from .common import Doc, Truth, D, iso, long_en, short_en, fr, dmy, mdy, dmon, money, money_fr, logo_image


def calc(hours, rate, ot=0.0, vac=0.0, cpp=0.0595, ei=0.0164, tax=0.15, extra=0.0):
    reg = round(hours * rate, 2)
    otp = round(ot * rate * 1.5, 2)
    vacp = round((reg + otp) * vac, 2)
    gross = round(reg + otp + vacp + extra, 2)
    c = round(gross * cpp, 2)
    e = round(gross * ei, 2)
    t = round(gross * tax, 2)
    net = round(gross - c - e - t, 2)
    return dict(reg=reg, otp=otp, vacp=vacp, gross=gross, cpp=c, ei=e, tax=t, net=net)


def rise_01(rng):
    """Rise-like: modern cards, labels above values, 'Mar 1, 2026 - Mar 14, 2026'."""
    T = Truth()
    d = Doc()
    F = 'opensans'
    hours, rate, ot = 75.0, 31.25, 4.5
    c = calc(hours, rate, ot, vac=0.04)
    ytd = round(c['gross'] * 5 + 1234.10, 2)
    d.rect2(0, 0, 216, 28, fill=(38, 70, 140), draw=None)
    d.t(14, 9, 'rise', F, 20, 'B', color=(255, 255, 255))
    d.t(200, 8, 'Pay statement', F, 14, 'B', color=(255, 255, 255), align='R')
    d.t(200, 16, 'Statement #40213', F, 9, color=(220, 230, 255), align='R')
    y = 38
    d.t(14, y, 'EMPLOYER', F, 7.5, 'B', color=(110, 110, 120))
    d.t(14, y + 4, T.v('employer_name', 'Maplecrest Logistics Ltd.', 'Maplecrest Logistics Ltd.'), F, 10.5, 'B')
    d.t(14, y + 9.5, '4400 Dufferin Street, Toronto, ON M3H 5R9', F, 9)
    d.t(112, y, 'EMPLOYEE', F, 7.5, 'B', color=(110, 110, 120))
    d.t(112, y + 4, T.v('employee_name', 'Amara Okafor', 'Amara Okafor'), F, 10.5, 'B')
    d.t(112, y + 9.5, 'Employee ID 000318  ·  SIN ***-***-' + T.v('sin_last3', '482', '482'), F, 9)
    y = 60
    boxes = [('Pay period', T.v('period_start', D('2026-03-01'), 'Mar 1, 2026') + ' - ' + T.v('period_end', D('2026-03-14'), 'Mar 14, 2026')),
             ('Pay date', T.v('pay_date', D('2026-03-20'), 'Mar 20, 2026')),
             ('Net pay', '$' + T.v('net', c['net'], money(c['net'])))]
    x = 14
    for i, (lab, val) in enumerate(boxes):
        w = 80 if i == 0 else 48
        d.rect2(x, y, w, 18, fill=(243, 246, 252), draw=(210, 218, 235))
        d.t(x + 3, y + 2.5, lab, F, 8, color=(90, 90, 100))
        d.t(x + 3, y + 8, val, F, 11, 'B', color=(38, 70, 140) if i == 2 else (0, 0, 0))
        x += w + 4
    y = 88
    d.t(14, y, 'Earnings', F, 11, 'B')
    y += 7
    cols = [14, 80, 110, 140, 172]
    for xx, h in zip(cols, ['Type', 'Hours', 'Rate', 'Current', 'Year to date']):
        d.t(xx, y, h, F, 8.5, 'B', color=(90, 90, 100))
    d.hl(14, 202, y + 5, c=(200, 200, 210))
    y += 7
    rows = [('Regular', T.v('hours', hours, '75.00'), T.v('rate', rate, '31.2500'), money(c['reg']), money(c['reg'] * 5 + 1100)),
            ('Overtime 1.5x', T.v('overtime_hours', ot, '4.50'), '46.8750', money(c['otp']), money(c['otp'] * 3)),
            ('Vacation pay 4%', '', '', money(c['vacp']), money(c['vacp'] * 5))]
    for r in rows:
        for xx, s in zip(cols, r):
            d.t(xx, y, s, F, 9.5)
        y += 6
    d.hl(14, 202, y, c=(200, 200, 210))
    y += 2
    d.t(14, y, 'Gross pay', F, 9.5, 'B')
    d.t(140, y, T.v('gross', c['gross'], money(c['gross'])), F, 9.5, 'B')
    d.t(172, y, T.v('ytd_gross', ytd, money(ytd)), F, 9.5, 'B')
    y += 14
    d.t(14, y, 'Deductions', F, 11, 'B')
    y += 7
    for xx, h in zip([14, 140, 172], ['Type', 'Current', 'Year to date']):
        d.t(xx, y, h, F, 8.5, 'B', color=(90, 90, 100))
    d.hl(14, 202, y + 5, c=(200, 200, 210))
    y += 7
    for lab, k in [('Canada Pension Plan', 'cpp'), ('Employment Insurance', 'ei'), ('Federal & provincial tax', 'tax')]:
        d.t(14, y, lab, F, 9.5)
        d.t(140, y, money(c[k]), F, 9.5)
        d.t(172, y, money(c[k] * 5.2), F, 9.5)
        y += 6
    tot = round(c['cpp'] + c['ei'] + c['tax'], 2)
    d.hl(14, 202, y, c=(200, 200, 210))
    d.t(14, y + 2, 'Total deductions', F, 9.5, 'B')
    d.t(140, y + 2, money(tot), F, 9.5, 'B')
    y += 16
    d.rect2(14, y, 188, 14, fill=(38, 70, 140), draw=None)
    d.t(18, y + 4, 'Net pay deposited to account ****2210', F, 10, 'B', color=(255, 255, 255))
    d.t(198, y + 4, '$' + money(c['net']), F, 11, 'B', color=(255, 255, 255), align='R')
    d.t(14, 262, 'Questions about your pay? Contact payroll@maplecrest.example', F, 8, color=(120, 120, 120))
    return d, T


def humi_02(rng):
    """Humi-like: ISO dates, two-column header, single table with label header row (Description | Hours | Rate | Current | YTD)."""
    T = Truth()
    d = Doc()
    F = 'roboto'
    hours, rate = 80.0, 27.5
    c = calc(hours, rate, 0.0, vac=0.0, extra=120.0)
    ytd = round(c['gross'] * 9, 2)
    d.img(logo_image('HC', (236, 94, 60), 'circle'), 14, 12, 14, 14)
    d.t(32, 13, T.v('employer_name', 'Harbourview Clinic Inc.', 'Harbourview Clinic Inc.'), F, 13, 'B')
    d.t(32, 19.5, '1505 Barrington St, Halifax, NS B3J 3K5', F, 8.5, color=(90, 90, 90))
    d.t(202, 13, 'PAYSLIP', F, 16, 'B', color=(236, 94, 60), align='R')
    d.hl(14, 202, 32, 0.6, (236, 94, 60))
    y = 38
    left = [('Employee', T.v('employee_name', 'Lucas Ferreira', 'Lucas Ferreira')), ('Position', 'Medical Office Assistant'),
            ('Employee no.', 'HC-1187'), ('SIN', 'XXX XXX ' + T.v('sin_last3', '915', '915'))]
    right = [('Period start', T.v('period_start', D('2026-02-02'), '2026-02-02')), ('Period end', T.v('period_end', D('2026-02-15'), '2026-02-15')),
             ('Pay date', T.v('pay_date', D('2026-02-20'), '2026-02-20')), ('Pay frequency', 'Bi-weekly')]
    for i, ((a, b), (p, q)) in enumerate(zip(left, right)):
        d.t(14, y + i * 6, a + ':', F, 9, color=(100, 100, 100))
        d.t(42, y + i * 6, b, F, 9.5, 'B' if i == 0 else '')
        d.t(112, y + i * 6, p + ':', F, 9, color=(100, 100, 100))
        d.t(142, y + i * 6, q, F, 9.5)
    y = 70
    cols = [14, 84, 110, 140, 172]
    d.rect2(14, y, 188, 7, fill=(250, 230, 222), draw=None)
    for xx, h in zip(cols, ['Description', 'Hours', 'Rate', 'Current', 'YTD']):
        d.t(xx + 1, y + 1.5, h, F, 9, 'B')
    y += 9
    rows = [('Regular earnings', T.v('hours', hours, '80.00'), T.v('rate', rate, '27.50'), money(c['reg']), money(c['reg'] * 9)),
            ('Taxable benefit - phone', '', '', '120.00', '1,080.00'),
            ('GROSS EARNINGS', '', '', T.v('gross', c['gross'], money(c['gross'])), T.v('ytd_gross', ytd, money(ytd)))]
    for r in rows:
        for xx, s in zip(cols, r):
            d.t(xx + 1, y, s, F, 9.5, 'B' if r[0].startswith('GROSS') else '')
        y += 6.5
    y += 4
    d.rect2(14, y, 188, 7, fill=(250, 230, 222), draw=None)
    for xx, h in zip([14, 140, 172], ['Deduction', 'Current', 'YTD']):
        d.t(xx + 1, y + 1.5, h, F, 9, 'B')
    y += 9
    for lab, k in [('CPP contributions', 'cpp'), ('EI premiums', 'ei'), ('Income tax', 'tax')]:
        d.t(15, y, lab, F, 9.5)
        d.t(141, y, money(c[k]), F, 9.5)
        d.t(173, y, money(c[k] * 9), F, 9.5)
        y += 6.5
    y += 6
    d.rect2(120, y, 82, 16, draw=(236, 94, 60), lw=0.6)
    d.t(124, y + 2, 'NET PAY', F, 9, 'B', color=(236, 94, 60))
    d.t(198, y + 7, '$ ' + T.v('net', c['net'], money(c['net'])), F, 14, 'B', align='R')
    d.t(14, 258, 'Generated by Humi-style HR portal · Confidential', F, 7.5, color=(140, 140, 140))
    return d, T


def ehero_03(rng):
    """Employment Hero-like: dd/mm/yyyy with a '(DD/MM/YYYY)' label, LAST, First name, labels on the left."""
    T = Truth()
    d = Doc(fmt='A4')
    F = 'notosans'
    hours, rate, ot = 76.0, 24.8, 6.0
    c = calc(hours, rate, ot, vac=0.04)
    ytd = round(c['gross'] * 12 + 310.55, 2)
    d.rect2(0, 0, 210, 6, fill=(110, 44, 160), draw=None)
    d.t(14, 14, 'Pay Advice', F, 18, 'B', color=(110, 44, 160))
    d.t(14, 23, 'All dates shown as DD/MM/YYYY', F, 8, 'I', color=(100, 100, 100))
    d.t(196, 14, T.v('employer_name', 'Pacific Ridge Hospitality Group', 'Pacific Ridge Hospitality Group'), F, 10.5, 'B', align='R')
    d.t(196, 20, '1188 Robson Street, Vancouver, BC V6E 1B2', F, 8.5, align='R')
    y = 36
    lab = [('Employee', T.v('employee_name', 'Mei Lin Chen', 'CHEN, Mei Lin')),
           ('Tax file / SIN', '*** *** ' + T.v('sin_last3', '207', '207')),
           ('Pay period', T.v('period_start', D('2026-01-18'), '18/01/2026') + ' to ' + T.v('period_end', D('2026-01-31'), '31/01/2026')),
           ('Payment date', T.v('pay_date', D('2026-02-06'), '06/02/2026')),
           ('Classification', 'Line Cook, full time')]
    for a, b in lab:
        d.t(14, y, a, F, 9, 'B', color=(80, 80, 80))
        d.t(58, y, b, F, 9.5)
        y += 6
    y += 5
    d.hl(14, 196, y, 0.4, (110, 44, 160))
    y += 3
    cols = [14, 90, 116, 144, 170]
    for xx, h in zip(cols, ['Earnings', 'Units (hrs)', 'Rate ($)', 'This pay', 'YTD']):
        d.t(xx, y, h, F, 8.5, 'B', color=(110, 44, 160))
    y += 6
    for r in [('Ordinary hours', T.v('hours', hours, '76.00'), T.v('rate', rate, '24.80'), money(c['reg']), money(c['reg'] * 12)),
              ('Overtime @ 1.5', T.v('overtime_hours', ot, '6.00'), '37.20', money(c['otp']), money(c['otp'] * 7)),
              ('Vacation pay', '', '', money(c['vacp']), money(c['vacp'] * 12))]:
        for xx, s in zip(cols, r):
            d.t(xx, y, s, F, 9.5)
        y += 6
    d.hl(14, 196, y, 0.2)
    d.t(14, y + 2, 'Total gross', F, 9.5, 'B')
    d.t(144, y + 2, T.v('gross', c['gross'], money(c['gross'])), F, 9.5, 'B')
    d.t(170, y + 2, T.v('ytd_gross', ytd, money(ytd)), F, 9.5, 'B')
    y += 14
    for xx, h in zip([14, 144, 170], ['Deductions', 'This pay', 'YTD']):
        d.t(xx, y, h, F, 8.5, 'B', color=(110, 44, 160))
    y += 6
    for lab, k in [('CPP', 'cpp'), ('EI', 'ei'), ('Income tax (PAYG)', 'tax')]:
        d.t(14, y, lab, F, 9.5)
        d.t(144, y, money(c[k]), F, 9.5)
        d.t(170, y, money(c[k] * 12), F, 9.5)
        y += 6
    y += 8
    d.rect2(14, y, 182, 12, fill=(245, 238, 250), draw=None)
    d.t(18, y + 3, 'Net pay', F, 11, 'B')
    d.t(192, y + 3, T.v('net', c['net'], money(c['net'])), F, 11, 'B', align='R')
    return d, T


def dayforce_fr_04(rng):
    """Ceridian Dayforce-like French statement: '1 234,56 $', '14 mars 2026', labels in table headers."""
    T = Truth()
    d = Doc()
    F = 'dvcond'
    hours, rate, ot = 70.0, 29.4, 3.0
    c = calc(hours, rate, ot, vac=0.04, cpp=0.064, ei=0.0131, tax=0.19)
    ytd = round(c['gross'] * 6 + 88.2, 2)
    d.rect2(0, 0, 216, 22, fill=(30, 30, 36), draw=None)
    d.t(12, 6, 'Relevé de paie', F, 16, 'B', color=(255, 255, 255))
    d.t(204, 8, T.v('employer_name', 'Groupe Boréal Services inc.', 'Groupe Boréal Services inc.'), F, 10, 'B', color=(255, 255, 255), align='R')
    y = 28
    heads = ['Employé(e)', 'Matricule', 'Début de période', 'Fin de période', 'Date de paie']
    vals = [T.v('employee_name', 'Sofía Ramírez', 'Sofía Ramírez'), '0007741', T.v('period_start', D('2026-03-02'), '2 mars 2026'),
            T.v('period_end', D('2026-03-15'), '15 mars 2026'), T.v('pay_date', D('2026-03-19'), '19 mars 2026')]
    xs = [12, 58, 84, 124, 164]
    ws = [46, 26, 40, 40, 40]
    for x, w, h, v in zip(xs, ws, heads, vals):
        d.rect2(x, y, w, 7, fill=(225, 225, 230), draw=(150, 150, 150))
        d.rect2(x, y + 7, w, 8, draw=(150, 150, 150))
        d.t(x + 1.5, y + 1.5, h, F, 8, 'B')
        d.t(x + 1.5, y + 9, v, F, 9.5)
    d.t(12, y + 18, '2100, rue Sherbrooke Ouest, Montréal (Québec) H3H 1G5   NAS : *** *** ' + T.v('sin_last3', '663', '663'), F, 8.5)
    y = 58
    cols = [12, 80, 108, 136, 170]
    heads = ['Gains', 'Heures', 'Taux', 'Montant', 'Cumul annuel']
    for x, h in zip(cols, heads):
        d.t(x, y, h, F, 9, 'B')
    d.hl(12, 204, y + 5.5, 0.4)
    y += 7
    rows = [('Salaire régulier', T.v('hours', hours, '70,00'), T.v('rate', rate, '29,40'), money_fr(c['reg']) + ' $', money_fr(c['reg'] * 6) + ' $'),
            ('Heures supplémentaires (150 %)', T.v('overtime_hours', ot, '3,00'), '44,10', money_fr(c['otp']) + ' $', money_fr(c['otp'] * 2) + ' $'),
            ('Indemnité de vacances 4 %', '', '', money_fr(c['vacp']) + ' $', money_fr(c['vacp'] * 6) + ' $')]
    for r in rows:
        for x, s in zip(cols, r):
            d.t(x, y, s, F, 9.5)
        y += 6
    d.hl(12, 204, y, 0.2)
    d.t(12, y + 2, 'Rémunération brute', F, 9.5, 'B')
    d.t(136, y + 2, T.v('gross', c['gross'], money_fr(c['gross'])) + ' $', F, 9.5, 'B')
    d.t(170, y + 2, T.v('ytd_gross', ytd, money_fr(ytd)) + ' $', F, 9.5, 'B')
    y += 14
    for x, h in zip([12, 136, 170], ['Retenues', 'Montant', 'Cumul annuel']):
        d.t(x, y, h, F, 9, 'B')
    d.hl(12, 204, y + 5.5, 0.4)
    y += 7
    for lab, k in [('RRQ', 'cpp'), ('Assurance-emploi', 'ei'), ('Impôt fédéral et provincial', 'tax')]:
        d.t(12, y, lab, F, 9.5)
        d.t(136, y, money_fr(c[k]) + ' $', F, 9.5)
        d.t(170, y, money_fr(c[k] * 6) + ' $', F, 9.5)
        y += 6
    y += 8
    d.rect2(120, y, 84, 14, fill=(30, 30, 36), draw=None)
    d.t(124, y + 4, 'Paie nette', F, 10, 'B', color=(255, 255, 255))
    d.t(200, y + 4, T.v('net', c['net'], money_fr(c['net'])) + ' $', F, 11, 'B', color=(255, 255, 255), align='R')
    d.t(12, 262, 'Dépôt direct — Caisse Desjardins, compte ****0458', F, 8, color=(110, 110, 110))
    return d, T


def collage_05(rng):
    """Collage-like semi-monthly statement: upper-case name, 'March 14, 2026', salary shown as hours x rate."""
    T = Truth()
    d = Doc()
    F = 'carlito'
    hours, rate = 81.25, 38.0
    c = calc(hours, rate, 0.0, vac=0.0, cpp=0.0595, ei=0.0164, tax=0.21)
    ytd = round(c['gross'] * 5, 2)
    d.t(14, 14, T.v('employer_name', 'Lakehead Software Corp.', 'Lakehead Software Corp.'), F, 15, 'B')
    d.t(14, 21, '215 Red River Road, Thunder Bay, ON P7B 1A5', F, 9.5)
    d.t(202, 14, 'Statement of Earnings', F, 13, 'B', align='R')
    d.t(202, 21, 'Semi-monthly', F, 9.5, 'I', align='R')
    d.hl(14, 202, 28, 1.2, (20, 120, 100))
    y = 34
    d.t(14, y, 'PAY TO', F, 8, 'B', color=(20, 120, 100))
    d.t(14, y + 4, T.v('employee_name', 'DANIEL KOWALSKI', 'DANIEL KOWALSKI'), F, 11, 'B')
    d.t(14, y + 9.5, 'Social insurance number: XXX-XXX-' + T.v('sin_last3', '339', '339'), F, 9.5)
    d.t(118, y, 'PERIOD', F, 8, 'B', color=(20, 120, 100))
    d.t(118, y + 4, T.v('period_start', D('2026-03-01'), 'March 1, 2026') + ' to ' + T.v('period_end', D('2026-03-15'), 'March 15, 2026'), F, 10)
    d.t(118, y + 10, 'PAYMENT DATE', F, 8, 'B', color=(20, 120, 100))
    d.t(118, y + 14, T.v('pay_date', D('2026-03-13'), 'March 13, 2026'), F, 10)
    y = 60
    d.rect2(14, y, 188, 8, fill=(20, 120, 100), draw=None)
    for x, h in zip([16, 86, 116, 146, 176], ['Earnings', 'Hours', 'Rate', 'Current', 'Year-to-date']):
        d.t(x, y + 1.8, h, F, 9.5, 'B', color=(255, 255, 255))
    y += 10
    for r in [('Salary', T.v('hours', hours, '81.25'), T.v('rate', rate, '$38.00'), money(c['reg']), money(c['reg'] * 5))]:
        for x, s in zip([16, 86, 116, 146, 176], r):
            d.t(x, y, s, F, 10)
        y += 6.5
    d.t(16, y, 'Gross earnings', F, 10, 'B')
    d.t(146, y, T.v('gross', c['gross'], money(c['gross'])), F, 10, 'B')
    d.t(176, y, T.v('ytd_gross', ytd, money(ytd)), F, 10, 'B')
    y += 12
    d.rect2(14, y, 188, 8, fill=(20, 120, 100), draw=None)
    for x, h in zip([16, 146, 176], ['Taxes and deductions', 'Current', 'Year-to-date']):
        d.t(x, y + 1.8, h, F, 9.5, 'B', color=(255, 255, 255))
    y += 10
    for lab, k in [('Federal income tax', 'tax'), ('CPP', 'cpp'), ('EI', 'ei')]:
        d.t(16, y, lab, F, 10)
        d.t(146, y, money(c[k]), F, 10)
        d.t(176, y, money(c[k] * 5), F, 10)
        y += 6.5
    y += 8
    d.t(16, y, 'NET PAY THIS PERIOD', F, 11, 'B')
    d.t(200, y, T.v('net', c['net'], money(c['net'])), F, 13, 'B', align='R')
    d.t(14, 260, 'Payroll processed by Collage-style HR platform', F, 8, 'I', color=(120, 120, 120))
    return d, T


LAYOUTS = [
    ('rise-like-01', rise_01),
    ('humi-like-02', humi_02),
    ('employment-hero-like-03', ehero_03),
    ('dayforce-fr-04', dayforce_fr_04),
    ('collage-semimonthly-05', collage_05),
]
