"""Pay stub layouts."""
from datetime import date, timedelta

from .common import Doc, logo_image
from .data import person, employer, fd, money, num, sin_fmt, make_sin, addr_line, pick

R2 = lambda x: round(x + 1e-9, 2)


def stub_data(rng, lang='en', pidx=None, eidx=None, freq='biweekly', start=None, reg_hours=None, ot=True,
              vac=True, rate=None):
    p = person(rng, pidx)
    e = employer(rng, lang, eidx)
    if start is None:
        start = date(2026, 3, 1)
    days = {'weekly': 6, 'biweekly': 13, 'semimonthly': None}[freq]
    if freq == 'semimonthly':
        end = date(start.year, start.month, 15) if start.day == 1 else (
            date(start.year, start.month + 1, 1) - timedelta(days=1))
    else:
        end = start + timedelta(days=days)
    pay = end + timedelta(days=int(rng.integers(4, 7)))
    if rate is None:
        rate = R2(float(rng.uniform(19, 46)))
    if reg_hours is None:
        reg_hours = {'weekly': 37.5, 'biweekly': float(pick(rng, [75.0, 80.0, 70.0, 77.5])), 'semimonthly': 86.67}[freq]
    ot_hours = float(pick(rng, [2.5, 4.0, 6.5, 3.0, 5.25])) if ot else 0.0
    ot_rate = R2(rate * 1.5)
    reg_amt = R2(reg_hours * rate)
    ot_amt = R2(ot_hours * ot_rate)
    vac_amt = R2((reg_amt + ot_amt) * 0.04) if vac else 0.0
    gross = R2(reg_amt + ot_amt + vac_amt)
    periods_per_year = {'weekly': 52, 'biweekly': 26, 'semimonthly': 24}[freq]
    n = max(1, int((end - date(end.year, 1, 1)).days / (365 / periods_per_year)) + 1)
    if lang == 'fr':
        deds = [('RRQ', R2((gross - 3500 / periods_per_year) * 0.064)), ('AE', R2(gross * 0.0131)),
                ('RQAP', R2(gross * 0.00494)), ('Impôt fédéral', R2(gross * 0.0985)),
                ('Impôt du Québec', R2(gross * 0.112))]
    else:
        deds = [('CPP', R2((gross - 3500 / periods_per_year) * 0.0595)), ('EI', R2(gross * 0.0164)),
                ('Federal Income Tax', R2(gross * 0.112)), (f"{e['prov']} Income Tax", R2(gross * 0.047))]
    ded_total = R2(sum(d[1] for d in deds))
    net = R2(gross - ded_total)
    f = rng.uniform(0.985, 1.0)
    ytd_reg = R2(reg_amt * n * f)
    ytd_ot = R2(ot_amt + ot_amt * (n - 1) * rng.uniform(0.4, 0.9)) if ot else 0.0
    ytd_vac = R2((ytd_reg + ytd_ot) * 0.04) if vac else 0.0
    ytd_gross = R2(ytd_reg + ytd_ot + ytd_vac)
    ytd_deds = [(nm, R2(v * ytd_gross / gross)) for nm, v in deds]
    ytd_net = R2(ytd_gross - sum(v for _, v in ytd_deds))
    sin = make_sin(rng)
    return dict(p=p, e=e, start=start, end=end, pay=pay, rate=rate, reg_hours=reg_hours, ot_hours=ot_hours,
                ot_rate=ot_rate, reg_amt=reg_amt, ot_amt=ot_amt, vac_amt=vac_amt, gross=gross, deds=deds,
                ded_total=ded_total, net=net, ytd_reg=ytd_reg, ytd_ot=ytd_ot, ytd_vac=ytd_vac, ytd_gross=ytd_gross,
                ytd_deds=ytd_deds, ytd_net=ytd_net, sin=sin, n=n, ot=ot, vac=vac, freq=freq)


def truth(s, name=None, sin=True, employer_name=None):
    f = {
        'employee_name': name or s['p']['full'],
        'employer_name': employer_name or s['e']['name'],
        'period_start': s['start'], 'period_end': s['end'], 'pay_date': s['pay'],
        'hours': s['reg_hours'],
    }
    if s['ot']:
        f['overtime_hours'] = s['ot_hours']
    f.update({'rate': s['rate'], 'gross': s['gross'], 'net': s['net'], 'ytd_gross': s['ytd_gross']})
    if sin:
        f['sin_last3'] = s['sin'][-3:]
    return f


def last_first(p, upper=False):
    s = f"{p['family']}, {p['given']}"
    return s.upper() if upper else s


# ---------------------------------------------------------------------------
def adp_like(rng):
    s = stub_data(rng, 'en', pidx=0, eidx=0)
    d = Doc('letter', producer='ADP Workforce Now Payroll')
    e, p = s['e'], s['p']
    F = 'sans'
    d.t(12, 10, 'Company Code', F, 7, color=(90, 90, 90))
    d.t(12, 13.5, 'NWA / 7HQ 00210', F, 8.5, 'B')
    d.t(12, 18, 'Loc/Dept 01/210   Number 0481276   Page 1 of 1', F, 7)
    d.t(12, 24, e['name'], F, 9, 'B')
    d.t(12, 28, e['street'], F, 8)
    d.t(12, 31.5, f"{e['city']}, {e['prov']} {e['postal']}", F, 8)
    d.t(204, 10, 'Earnings Statement', F, 16, 'B', align='R')
    y = 20
    for lab, val in [('Period Beginning:', fd(s['start'], 'mdy/')), ('Period Ending:', fd(s['end'], 'mdy/')),
                     ('Pay Date:', fd(s['pay'], 'mdy/'))]:
        d.t(150, y, lab, F, 8.5)
        d.t(204, y, val, F, 8.5, align='R')
        y += 4.5
    d.t(12, 42, 'Social Insurance Number: ' + sin_fmt(s['sin'], 'xxx'), F, 8)
    d.t(12, 46.5, 'Taxable Marital Status: Single', F, 8)
    d.t(12, 50, 'Exemptions/Allowances: Federal TD1 claim code 1', F, 8)
    d.t(120, 44, last_first(p, True), F, 11, 'B')
    d.t(120, 49.5, '2250 Lakeshore Blvd W, Apt 1207', F, 8.5)
    d.t(120, 53.5, 'Toronto, ON M8V 0B1', F, 8.5)
    y = 64
    d.hl(12, 204, y, 0.4)
    cols = [(12, 'Earnings', 'L'), (70, 'rate', 'R'), (92, 'hours', 'R'), (122, 'this period', 'R'),
            (156, 'year to date', 'R')]
    for x, h, a in cols:
        d.t(x, y + 1, h, F, 8, 'B', align=a)
    y += 6
    rows = [('Regular', s['rate'], s['reg_hours'], s['reg_amt'], s['ytd_reg']),
            ('Overtime', s['ot_rate'], s['ot_hours'], s['ot_amt'], s['ytd_ot']),
            ('Vacation Pay', None, None, s['vac_amt'], s['ytd_vac'])]
    for nm, r, h, a, ytd in rows:
        d.t(12, y, nm, F, 8.5)
        if r is not None:
            d.t(70, y, num(r), F, 8.5, align='R')
            d.t(92, y, num(h), F, 8.5, align='R')
        d.t(122, y, num(a), F, 8.5, align='R')
        d.t(156, y, num(ytd), F, 8.5, align='R')
        y += 4.6
    d.hl(95, 160, y + 0.5, 0.2)
    y += 1.5
    d.t(30, y, 'Gross Pay', F, 9, 'B')
    d.t(122, y, '$' + num(s['gross']), F, 9, 'B', align='R')
    d.t(156, y, num(s['ytd_gross']), F, 9, 'B', align='R')
    y += 9
    d.t(12, y, 'Deductions', F, 8, 'B')
    d.t(30, y, 'Statutory', F, 8, 'I')
    y += 5
    for (nm, v), (_, yv) in zip(s['deds'], s['ytd_deds']):
        d.t(30, y, nm, F, 8.5)
        d.t(122, y, '-' + num(v), F, 8.5, align='R')
        d.t(156, y, num(yv), F, 8.5, align='R')
        y += 4.6
    y += 3
    d.rect2(25, y, 140, 8, fill=(230, 230, 230), draw=None)
    d.t(30, y + 1.5, 'Net Pay', F, 10, 'B')
    d.t(122, y + 1.5, '$' + num(s['net']), F, 10, 'B', align='R')
    y += 14
    d.t(12, y, 'Other Benefits and Information', F, 8, 'B')
    d.t(12, y + 4.5, 'Vacation accrual 4%   Total hours worked ' + num(s['reg_hours'] + s['ot_hours']), F, 8)
    d.t(12, y + 9, 'Important Notes: Your federal TD1 will be updated January 1.', F, 8)
    # deposit advice
    y = 205
    d.set_dash_pattern(dash=1.5, gap=1.2)
    d.hl(8, 208, y, 0.3)
    d.set_dash_pattern()
    d.t(12, y + 6, e['name'], F, 9, 'B')
    d.t(204, y + 6, 'Advice number: 00000' + str(480000 + int(rng.integers(1000, 9999))), F, 8, align='R')
    d.t(204, y + 10.5, 'Pay date: ' + fd(s['pay'], 'mdy/'), F, 8, align='R')
    d.t(12, y + 20, 'Deposited to the account of', F, 8)
    d.t(12, y + 24.5, p['given'].upper() + ' ' + p['family'].upper(), F, 9, 'B')
    d.t(110, y + 20, 'account number      transit   ABA', F, 8)
    d.t(110, y + 24.5, 'xxxxxx4821           xxxxx    xxxx', F, 8)
    d.t(204, y + 24.5, '$' + num(s['net']), F, 9, 'B', align='R')
    d.t(105, y + 38, 'NON-NEGOTIABLE', F, 14, 'B', color=(160, 160, 160), align='C')
    return d, truth(s, name=f"{p['given']} {p['family']}")


def dayforce_like(rng):
    s = stub_data(rng, 'en', pidx=8, eidx=6, start=date(2026, 4, 5))
    d = Doc('letter', producer='Dayforce')
    e, p = s['e'], s['p']
    F = 'roboto'
    d.rect2(0, 0, 216, 22, fill=(34, 52, 84), draw=None)
    d.t(12, 6, e['name'], F, 14, 'B', color=(255, 255, 255))
    d.t(12, 13, addr_line(e), F, 8, color=(220, 225, 235))
    d.t(204, 7, 'PAY STATEMENT', F, 12, 'B', color=(255, 255, 255), align='R')
    y = 28
    info = [('Employee', p['full']), ('Employee Number', '100' + str(int(rng.integers(1000, 9999)))),
            ('Department', 'Engineering - Platform'), ('SIN', sin_fmt(s['sin'], 'star'))]
    for lab, val in info:
        d.t(12, y, lab, F, 8, color=(100, 100, 100))
        d.t(48, y, val, F, 9, 'B' if lab == 'Employee' else '')
        y += 5
    y = 28
    info2 = [('Pay Period', f"{fd(s['start'], 'iso')} - {fd(s['end'], 'iso')}"), ('Check Date', fd(s['pay'], 'iso')),
             ('Pay Frequency', 'Bi-Weekly'), ('Check Number', 'DD-' + str(int(rng.integers(100000, 999999))))]
    for lab, val in info2:
        d.t(120, y, lab, F, 8, color=(100, 100, 100))
        d.t(150, y, val, F, 9)
        y += 5
    # summary row
    y = 55
    d.rect2(12, y, 192, 16, fill=(240, 243, 248), draw=(200, 205, 215))
    heads = [('', 16), ('Gross Pay', 60), ('Deductions', 100), ('Net Pay', 140), ('Hours', 180)]
    cur = [('Current', 16), (money(s['gross']), 60), (money(s['ded_total']), 100), (money(s['net']), 140),
           (num(s['reg_hours'] + s['ot_hours']), 180)]
    ytdrow = [('YTD', 16), (money(s['ytd_gross']), 60), (money(R2(s['ytd_gross'] - s['ytd_net'])), 100),
              (money(s['ytd_net']), 140), ('', 180)]
    for (h, x) in heads:
        d.t(x, y + 1, h, F, 7.5, 'B', color=(80, 80, 80))
    for (v, x) in cur:
        d.t(x, y + 5.5, v, F, 8.5)
    for (v, x) in ytdrow:
        d.t(x, y + 10, v, F, 8.5)
    y = 78
    d.t(12, y, 'Earnings', F, 10, 'B')
    y += 6
    cols = [('Description', 12, 'L'), ('Hours', 80, 'R'), ('Rate', 104, 'R'), ('Current', 134, 'R'), ('YTD', 170, 'R')]
    for h, x, a in cols:
        d.t(x, y, h, F, 8, 'B', align=a)
    d.hl(12, 204, y + 4.5, 0.2, (150, 150, 150))
    y += 6
    for nm, h, r, a, ytd in [('Regular Earnings', s['reg_hours'], s['rate'], s['reg_amt'], s['ytd_reg']),
                             ('Overtime 1.5x', s['ot_hours'], s['ot_rate'], s['ot_amt'], s['ytd_ot']),
                             ('Vacation Pay 4%', None, None, s['vac_amt'], s['ytd_vac'])]:
        d.t(12, y, nm, F, 8.5)
        if h is not None:
            d.t(80, y, num(h), F, 8.5, align='R')
            d.t(104, y, num(r, dec=4), F, 8.5, align='R')
        d.t(134, y, num(a), F, 8.5, align='R')
        d.t(170, y, num(ytd), F, 8.5, align='R')
        y += 5
    d.hl(12, 204, y, 0.2, (150, 150, 150))
    d.t(12, y + 1, 'Total Earnings', F, 8.5, 'B')
    d.t(134, y + 1, num(s['gross']), F, 8.5, 'B', align='R')
    d.t(170, y + 1, num(s['ytd_gross']), F, 8.5, 'B', align='R')
    y += 12
    d.t(12, y, 'Taxes and Statutory Deductions', F, 10, 'B')
    y += 6
    for h, x, a in [('Description', 12, 'L'), ('Current', 134, 'R'), ('YTD', 170, 'R')]:
        d.t(x, y, h, F, 8, 'B', align=a)
    d.hl(12, 204, y + 4.5, 0.2, (150, 150, 150))
    y += 6
    names = {'CPP': 'Canada Pension Plan', 'EI': 'Employment Insurance', 'Federal Income Tax': 'Federal Tax',
             'AB Income Tax': 'Alberta Provincial Tax'}
    for (nm, v), (_, yv) in zip(s['deds'], s['ytd_deds']):
        d.t(12, y, names.get(nm, nm), F, 8.5)
        d.t(134, y, num(v), F, 8.5, align='R')
        d.t(170, y, num(yv), F, 8.5, align='R')
        y += 5
    y += 8
    d.t(12, y, 'Net Pay Distribution', F, 10, 'B')
    d.t(12, y + 6, 'Direct Deposit  ****7719', F, 8.5)
    d.t(134, y + 6, money(s['net']), F, 8.5, 'B', align='R')
    d.t(108, 262, 'This statement is for your records. Keep it for income tax purposes.', F, 7, color=(120, 120, 120),
        align='C')
    return d, truth(s)


def wagepoint_like(rng):
    s = stub_data(rng, 'en', pidx=5, eidx=8, start=date(2026, 2, 15), vac=False)
    d = Doc('letter', producer='Wagepoint')
    e, p = s['e'], s['p']
    F = 'opensans'
    teal = (0, 128, 128)
    d.rect2(14, 14, 6, 6, fill=teal, draw=None)
    d.t(23, 13.5, e['name'], F, 15, 'B')
    d.t(23, 21, addr_line(e), F, 8, color=(110, 110, 110))
    d.t(200, 14, 'Pay stub', F, 11, color=teal, align='R')
    y = 36
    d.t(14, y, 'Employee', F, 8, color=(120, 120, 120))
    d.t(14, y + 4.5, p['full'], F, 11, 'B')
    d.t(14, y + 10.5, '88 Wellington St, Kingston, ON K7L 3C2', F, 8)
    d.t(110, y, 'Pay period', F, 8, color=(120, 120, 120))
    d.t(110, y + 4.5, f"{fd(s['start'], 'Mon d, Y')} – {fd(s['end'], 'Mon d, Y')}", F, 9.5)
    d.t(110, y + 11, 'Pay day', F, 8, color=(120, 120, 120))
    d.t(110, y + 15.5, fd(s['pay'], 'Mon d, Y'), F, 9.5)
    d.rect2(14, 62, 186, 20, fill=(232, 245, 245), draw=None)
    d.t(20, 65, 'Net pay', F, 9, color=teal)
    d.t(20, 70, money(s['net']), F, 18, 'B', color=teal)
    d.t(110, 65, 'Gross pay', F, 9, color=(90, 90, 90))
    d.t(110, 70, money(s['gross']), F, 12, 'B')
    d.t(160, 65, 'Deductions', F, 9, color=(90, 90, 90))
    d.t(160, 70, money(s['ded_total']), F, 12, 'B')
    y = 92
    d.t(14, y, 'EARNINGS', F, 8, 'B', color=teal)
    y += 6
    for h, x, a in [('', 14, 'L'), ('Hours', 95, 'R'), ('Rate', 125, 'R'), ('Current', 160, 'R'), ('Year to date', 200, 'R')]:
        d.t(x, y, h, F, 7.5, color=(120, 120, 120), align=a)
    y += 5
    for nm, h, r, a, ytd in [('Regular pay', s['reg_hours'], s['rate'], s['reg_amt'], s['ytd_reg']),
                             ('Overtime pay', s['ot_hours'], s['ot_rate'], s['ot_amt'], s['ytd_ot'])]:
        d.hl(14, 200, y - 0.8, 0.1, (220, 220, 220))
        d.t(14, y, nm, F, 9)
        d.t(95, y, num(h), F, 9, align='R')
        d.t(125, y, money(r), F, 9, align='R')
        d.t(160, y, money(a), F, 9, align='R')
        d.t(200, y, money(ytd), F, 9, align='R')
        y += 6
    d.hl(14, 200, y - 0.8, 0.3, (120, 120, 120))
    d.t(14, y, 'Total earnings', F, 9, 'B')
    d.t(160, y, money(s['gross']), F, 9, 'B', align='R')
    d.t(200, y, money(s['ytd_gross']), F, 9, 'B', align='R')
    y += 12
    d.t(14, y, 'DEDUCTIONS', F, 8, 'B', color=teal)
    y += 6
    for (nm, v), (_, yv) in zip(s['deds'], s['ytd_deds']):
        d.hl(14, 200, y - 0.8, 0.1, (220, 220, 220))
        d.t(14, y, nm, F, 9)
        d.t(160, y, money(v), F, 9, align='R')
        d.t(200, y, money(yv), F, 9, align='R')
        y += 6
    y += 8
    d.t(14, y, 'Employee ID ' + str(int(rng.integers(1000, 9999))) + '   ·   SIN ' + sin_fmt(s['sin'], 'star2'), F, 8,
        color=(120, 120, 120))
    d.t(14, 258, 'Powered by payroll software. Questions? Contact ' + e['email'], F, 7, color=(150, 150, 150))
    return d, truth(s)


def quickbooks_like(rng):
    s = stub_data(rng, 'en', pidx=10, eidx=7, freq='weekly', start=date(2026, 1, 18), reg_hours=40.0)
    d = Doc('letter', producer='QuickBooks Online Payroll')
    e, p = s['e'], s['p']
    F = 'freesans'
    # cheque portion (void)
    d.t(14, 12, e['name'], F, 10, 'B')
    d.t(14, 16.5, e['street'], F, 8.5)
    d.t(14, 20.5, f"{e['city']}, {e['prov']} {e['postal']}", F, 8.5)
    d.t(200, 12, 'No. ' + str(int(rng.integers(3000, 4000))), F, 9, align='R')
    d.t(200, 22, 'DATE  ' + fd(s['pay'], 'mdy/'), F, 9, align='R')
    d.t(14, 36, 'PAY TO THE ORDER OF', F, 7)
    d.t(50, 35, p['full'], F, 10, 'B')
    d.t(200, 35, '**' + num(s['net']), F, 10, 'B', align='R')
    d.hl(50, 160, 40, 0.2)
    d.t(14, 45, 'Amount: *** ' + num(s['net']) + ' DOLLARS ***', F, 8.5)
    d.t(108, 60, 'VOID - NON-NEGOTIABLE', F, 16, 'B', color=(175, 175, 175), align='C')
    d.t(14, 80, 'MEMO  Direct deposit', F, 8)
    for copy_y, label in [(95, 'Employee copy'), (185, 'Employer copy')]:
        d.set_dash_pattern(dash=2, gap=1.5)
        d.hl(6, 210, copy_y - 5, 0.2)
        d.set_dash_pattern()
        y = copy_y
        d.t(14, y, 'Pay Stub', F, 12, 'B')
        d.t(200, y, label, F, 7.5, 'I', align='R')
        y += 7
        d.t(14, y, 'Employee', F, 7.5, 'B')
        d.t(14, y + 4, p['full'], F, 9)
        d.t(14, y + 8, 'SIN: ' + sin_fmt(s['sin'], 'last3'), F, 8)
        d.t(80, y, 'Employer', F, 7.5, 'B')
        d.t(80, y + 4, e['name'], F, 9)
        d.t(140, y, 'Pay Period: ' + fd(s['start'], 'mdy/') + ' - ' + fd(s['end'], 'mdy/'), F, 8.5)
        d.t(140, y + 4.5, 'Pay Date: ' + fd(s['pay'], 'mdy/'), F, 8.5)
        y += 16
        d.rect2(14, y, 186, 5.5, fill=(225, 225, 225), draw=None)
        for h, x, a in [('PAY', 16, 'L'), ('Hours', 72, 'R'), ('Rate', 94, 'R'), ('Current', 120, 'R'), ('YTD', 146, 'R')]:
            d.t(x, y + 0.8, h, F, 8, 'B', align=a)
        for h, x, a in [('TAXES', 152, 'L'), ('Current', 198, 'R')]:
            d.t(x, y + 0.8, h, F, 8, 'B', align=a)
        y += 7
        rows = [('Regular Pay', s['reg_hours'], s['rate'], s['reg_amt'], s['ytd_reg']),
                ('Overtime Pay', s['ot_hours'], s['ot_rate'], s['ot_amt'], s['ytd_ot']),
                ('Vacation Pay', None, None, s['vac_amt'], s['ytd_vac'])]
        yy = y
        for nm, h, r, a, ytd in rows:
            d.t(16, yy, nm, F, 8.5)
            if h is not None:
                d.t(72, yy, num(h), F, 8.5, align='R')
                d.t(94, yy, num(r), F, 8.5, align='R')
            d.t(120, yy, num(a), F, 8.5, align='R')
            d.t(146, yy, num(ytd), F, 8.5, align='R')
            yy += 4.5
        yy2 = y
        for nm, v in s['deds']:
            d.t(152, yy2, nm.replace('Federal Income Tax', 'Federal Tax').replace('AB Income Tax', 'Alberta Tax'),
                F, 8.5)
            d.t(198, yy2, num(v), F, 8.5, align='R')
            yy2 += 4.5
        y = max(yy, yy2) + 3
        d.hl(14, 200, y, 0.2)
        y += 2
        d.t(16, y, 'SUMMARY', F, 8, 'B')
        d.t(72, y, 'Total Pay', F, 8.5)
        d.t(120, y, num(s['gross']), F, 8.5, align='R')
        d.t(146, y, num(s['ytd_gross']), F, 8.5, align='R')
        d.t(152, y, 'Taxes', F, 8.5)
        d.t(198, y, num(s['ded_total']), F, 8.5, align='R')
        y += 6
        d.t(140, y, 'Net Pay', F, 10, 'B')
        d.t(198, y, money(s['net']), F, 10, 'B', align='R')
    return d, truth(s, sin=True)


def nethris_like(rng):
    s = stub_data(rng, 'fr', pidx=13, eidx=0, start=date(2026, 3, 1))
    d = Doc('letter', producer='Nethris')
    e, p = s['e'], s['p']
    F = 'dvcond'
    d.rect2(10, 10, 196, 26, draw=(0, 0, 0), lw=0.3)
    d.t(14, 13, e['name'], F, 12, 'B')
    d.t(14, 19, addr_line(e, 'fr'), F, 8)
    d.t(14, 23.5, 'Tél. : ' + e['phone'], F, 8)
    d.t(202, 13, 'RELEVÉ DE PAIE', F, 13, 'B', align='R')
    d.t(202, 20, f"Période du {fd(s['start'], 'iso')} au {fd(s['end'], 'iso')}", F, 9, align='R')
    d.t(202, 25, f"Date de paie : {fd(s['pay'], 'iso')}", F, 9, align='R')
    d.t(202, 30, f"No de paie : {s['n']:02d}", F, 8, align='R')
    y = 42
    d.t(14, y, 'Employé(e)', F, 8, color=(90, 90, 90))
    d.t(14, y + 4, f"{p['family']}, {p['given']}", F, 10, 'B')
    d.t(14, y + 9, '4520, avenue Papineau, app. 3, Montréal (QC) H2H 1V4', F, 8)
    d.t(120, y, 'Matricule : ' + str(int(rng.integers(100, 999))), F, 8)
    d.t(120, y + 4.5, 'NAS : ' + sin_fmt(s['sin'], 'star2'), F, 8)
    d.t(120, y + 9, 'Service : Développement', F, 8)
    y = 60
    d.rect2(10, y, 196, 6, fill=(215, 215, 215), draw=(0, 0, 0), lw=0.2)
    for h, x, a in [('Gains', 12, 'L'), ('Heures', 95, 'R'), ('Taux', 120, 'R'), ('Montant', 155, 'R'),
                    ('Cumulatif', 200, 'R')]:
        d.t(x, y + 1, h, F, 8, 'B', align=a)
    y += 8
    for nm, h, r, a, ytd in [('Salaire régulier', s['reg_hours'], s['rate'], s['reg_amt'], s['ytd_reg']),
                             ('Temps supplémentaire (taux et demi)', s['ot_hours'], s['ot_rate'], s['ot_amt'], s['ytd_ot']),
                             ('Indemnité de vacances 4 %', None, None, s['vac_amt'], s['ytd_vac'])]:
        d.t(12, y, nm, F, 8.5)
        if h is not None:
            d.t(95, y, num(h, 'fr'), F, 8.5, align='R')
            d.t(120, y, num(r, 'fr'), F, 8.5, align='R')
        d.t(155, y, num(a, 'fr'), F, 8.5, align='R')
        d.t(200, y, num(ytd, 'fr'), F, 8.5, align='R')
        y += 4.8
    d.hl(10, 206, y, 0.2)
    d.t(12, y + 1, 'Brut', F, 9, 'B')
    d.t(155, y + 1, money(s['gross'], 'fr'), F, 9, 'B', align='R')
    d.t(200, y + 1, money(s['ytd_gross'], 'fr'), F, 9, 'B', align='R')
    y += 10
    d.rect2(10, y, 196, 6, fill=(215, 215, 215), draw=(0, 0, 0), lw=0.2)
    for h, x, a in [('Retenues', 12, 'L'), ('Montant', 155, 'R'), ('Cumulatif', 200, 'R')]:
        d.t(x, y + 1, h, F, 8, 'B', align=a)
    y += 8
    for (nm, v), (_, yv) in zip(s['deds'], s['ytd_deds']):
        d.t(12, y, nm, F, 8.5)
        d.t(155, y, num(v, 'fr'), F, 8.5, align='R')
        d.t(200, y, num(yv, 'fr'), F, 8.5, align='R')
        y += 4.8
    d.hl(10, 206, y, 0.2)
    d.t(12, y + 1, 'Total des retenues', F, 9, 'B')
    d.t(155, y + 1, money(s['ded_total'], 'fr'), F, 9, 'B', align='R')
    y += 10
    d.rect2(120, y, 86, 10, fill=(240, 240, 240), draw=(0, 0, 0), lw=0.4)
    d.t(124, y + 2.5, 'Net', F, 11, 'B')
    d.t(202, y + 2.5, money(s['net'], 'fr'), F, 11, 'B', align='R')
    d.t(14, y + 2.5, 'Dépôt direct : Caisse 815-30012 / folio ****66', F, 8)
    y += 18
    d.t(14, y, 'Banque de vacances : 4 %   Congés de maladie restants : 2 jours', F, 8)
    return d, truth(s, name=p['full'])


def desjardins_like(rng):
    s = stub_data(rng, 'fr', pidx=14, eidx=4, freq='weekly', start=date(2026, 4, 13), reg_hours=38.5, vac=False)
    d = Doc('letter', producer='Desjardins Paie')
    e, p = s['e'], s['p']
    F = 'notosans'
    green = (0, 106, 78)
    d.rect2(0, 0, 216, 4, fill=green, draw=None)
    d.t(14, 10, 'Talon de paie', F, 16, 'B', color=green)
    d.t(14, 18, 'Service de paie — Relevé de paie de l\'employé', F, 8, color=(90, 90, 90))
    d.t(200, 10, e['name'], F, 10, 'B', align='R')
    d.t(200, 15, e['street'], F, 7.5, align='R')
    d.t(200, 19, f"{e['city']} (Québec)  {e['postal']}", F, 7.5, align='R')
    y = 30
    d.rect2(14, y, 186, 22, draw=(180, 180, 180), lw=0.2)
    pairs = [('Nom de l\'employé', f"{p['given']} {p['family']}"), ('Période de paie',
             f"du {fd(s['start'], 'fr-plain')} au {fd(s['end'], 'fr-plain')}"),
             ('Date de paie', fd(s['pay'], 'fr-plain')), ('NAS', sin_fmt(s['sin'], 'xxx'))]
    for i, (lab, val) in enumerate(pairs):
        x = 18 if i % 2 == 0 else 110
        yy = y + 3 + (i // 2) * 9
        d.t(x, yy, lab, F, 7, color=(110, 110, 110))
        d.t(x, yy + 3.5, val, F, 9, 'B' if i == 0 else '')
    y = 58
    # two columns
    d.t(14, y, 'GAINS', F, 9, 'B', color=green)
    d.t(110, y, 'RETENUES', F, 9, 'B', color=green)
    y += 6
    for h, x, a in [('Code', 14, 'L'), ('Hres', 62, 'R'), ('Taux', 80, 'R'), ('Montant', 102, 'R')]:
        d.t(x, y, h, F, 7, 'B', align=a)
    for h, x, a in [('Description', 110, 'L'), ('Courant', 170, 'R'), ('Cumul annuel', 200, 'R')]:
        d.t(x, y, h, F, 7, 'B', align=a)
    y += 5
    yy = y
    for nm, h, r, a in [('Salaire régulier', s['reg_hours'], s['rate'], s['reg_amt']),
                        ('Heures supp. 150 %', s['ot_hours'], s['ot_rate'], s['ot_amt'])]:
        d.t(14, yy, nm, F, 8)
        d.t(62, yy, num(h, 'fr'), F, 8, align='R')
        d.t(80, yy, num(r, 'fr'), F, 8, align='R')
        d.t(102, yy, num(a, 'fr'), F, 8, align='R')
        yy += 4.5
    yy2 = y
    for (nm, v), (_, yv) in zip(s['deds'], s['ytd_deds']):
        d.t(110, yy2, nm, F, 8)
        d.t(170, yy2, num(v, 'fr'), F, 8, align='R')
        d.t(200, yy2, num(yv, 'fr'), F, 8, align='R')
        yy2 += 4.5
    y = max(yy, yy2) + 4
    d.hl(14, 200, y, 0.3, green)
    y += 3
    boxes = [('Brut', money(s['gross'], 'fr')), ('Retenues', money(s['ded_total'], 'fr')),
             ('Net à payer', money(s['net'], 'fr')), ('Brut cumulatif', money(s['ytd_gross'], 'fr'))]
    for i, (lab, val) in enumerate(boxes):
        x = 14 + i * 47
        d.rect2(x, y, 44, 14, fill=(235, 244, 240) if lab != 'Net à payer' else (210, 235, 225), draw=None)
        d.t(x + 2, y + 1.5, lab, F, 7, color=(80, 80, 80))
        d.t(x + 42, y + 6.5, val, F, 10, 'B', align='R')
    y += 22
    d.t(14, y, 'Heures travaillées dans la période : ' + num(s['reg_hours'] + s['ot_hours'], 'fr'), F, 8)
    d.t(14, y + 5, 'Versement : dépôt direct, compte ****2290', F, 8)
    return d, truth(s)


def spreadsheet_like(rng):
    s = stub_data(rng, 'en', pidx=6, eidx=2, start=date(2026, 1, 13), rate=24.5, reg_hours=80.0)
    s['pay'] = date(2026, 1, 30)
    d = Doc('letter', producer='Microsoft Excel')
    e, p = s['e'], s['p']
    F = 'carlito'
    d.img(logo_image('NW', (40, 40, 40)), 14, 12, 14, 14)
    d.t(31, 12, e['name'].upper(), F, 14, 'B')
    d.t(31, 19, f"{e['street']}  |  {e['city']}, {e['prov']}  |  {e['phone']}", F, 9)
    # grid
    x0, y0, cw, rh = 14, 36, [52, 30, 30, 36, 36], 6.5
    rows = [['PAY STATEMENT', '', '', '', ''],
            ['Employee', p['full'], '', 'Employee #', str(int(rng.integers(10, 99)))],
            ['Pay period', fd(s['start'], 'dmy/') + ' to ' + fd(s['end'], 'dmy/'), '', 'Pay date', fd(s['pay'], 'dmy/')],
            ['SIN (last 3)', s['sin'][-3:], '', '', ''],
            ['', '', '', '', ''],
            ['Item', 'Hours', 'Rate', 'Amount', 'YTD'],
            ['Regular hours', num(s['reg_hours']), num(s['rate']), num(s['reg_amt']), num(s['ytd_reg'])],
            ['Overtime hours', num(s['ot_hours']), num(s['ot_rate']), num(s['ot_amt']), num(s['ytd_ot'])],
            ['Vacation pay (4%)', '', '', num(s['vac_amt']), num(s['ytd_vac'])],
            ['GROSS PAY', '', '', num(s['gross']), num(s['ytd_gross'])],
            ['', '', '', '', '']]
    for nm, v in s['deds']:
        rows.append([nm, '', '', num(v), ''])
    rows.append(['Total deductions', '', '', num(s['ded_total']), ''])
    rows.append(['NET PAY', '', '', num(s['net']), ''])
    y = y0
    for ri, r in enumerate(rows):
        x = x0
        for ci, c in enumerate(r):
            w = cw[ci]
            fill = (217, 225, 242) if ri in (0, 5) else ((255, 242, 204) if r[0] in ('GROSS PAY', 'NET PAY') else None)
            d.rect2(x, y, w, rh, fill=fill, draw=(160, 160, 160), lw=0.15)
            bold = 'B' if ri in (0, 5) or r[0] in ('GROSS PAY', 'NET PAY') else ''
            num_col = ci >= 1 and ri >= 5 or (ri in (1, 2, 3) and ci in (1, 4))
            if c:
                if ci >= 1 and ri >= 5:
                    d.t(x + w - 1.5, y + 1.2, c, F, 9.5, bold, align='R')
                else:
                    d.t(x + 1.5, y + 1.2, c, F, 9.5, bold)
            x += w
        y += rh
    d.t(14, y + 6, 'Prepared by: Office manager. Please report any discrepancies within 7 days.', F, 8.5, 'I')
    return d, truth(s, employer_name=e['name'].upper())


def payworks_like(rng):
    s = stub_data(rng, 'en', pidx=2, eidx=5, freq='semimonthly', start=date(2026, 3, 16), rate=36.06, ot=False)
    d = Doc('letter', producer='Payworks')
    e, p = s['e'], s['p']
    F = 'narrow'
    d.img(logo_image('RR', (150, 30, 30), 'diamond'), 12, 10, 16, 16)
    d.t(31, 11, e['name'], F, 13, 'B')
    d.t(31, 17, addr_line(e), F, 8.5)
    d.t(204, 11, 'STATEMENT OF EARNINGS AND DEDUCTIONS', F, 11, 'B', align='R')
    d.t(204, 17, 'Pay Period: ' + fd(s['start'], 'd-Mon-Y') + ' to ' + fd(s['end'], 'd-Mon-Y'), F, 9, align='R')
    d.t(204, 21.5, 'Deposit Date: ' + fd(s['pay'], 'd-Mon-Y'), F, 9, align='R')
    y = 32
    d.rect2(12, y, 192, 14, fill=(245, 245, 245), draw=(0, 0, 0), lw=0.2)
    d.t(15, y + 2, 'Employee Name', F, 7.5, color=(90, 90, 90))
    d.t(15, y + 6, last_first(p), F, 10, 'B')
    d.t(80, y + 2, 'Employee No.', F, 7.5, color=(90, 90, 90))
    d.t(80, y + 6, 'E' + str(int(rng.integers(10000, 99999))), F, 10)
    d.t(115, y + 2, 'SIN', F, 7.5, color=(90, 90, 90))
    d.t(115, y + 6, sin_fmt(s['sin'], 'star'), F, 10)
    d.t(150, y + 2, 'Annual Salary', F, 7.5, color=(90, 90, 90))
    d.t(150, y + 6, money(75000.0), F, 10)
    y = 52
    for h, x, a in [('Earnings', 14, 'L'), ('Hours/Units', 78, 'R'), ('Rate', 100, 'R'), ('Current', 130, 'R'),
                    ('Year-to-Date', 165, 'R')]:
        d.t(x, y, h, F, 8.5, 'B', align=a)
    d.hl(12, 204, y + 5, 0.3)
    y += 7
    for nm, h, r, a, ytd in [('Salary', s['reg_hours'], s['rate'], s['reg_amt'], s['ytd_reg']),
                             ('Vacation Pay', None, None, s['vac_amt'], s['ytd_vac'])]:
        d.t(14, y, nm, F, 9)
        if h is not None:
            d.t(78, y, num(h), F, 9, align='R')
            d.t(100, y, num(r), F, 9, align='R')
        d.t(130, y, num(a), F, 9, align='R')
        d.t(165, y, num(ytd), F, 9, align='R')
        y += 5
    d.hl(12, 204, y, 0.2)
    d.t(14, y + 1, 'Total Gross', F, 9, 'B')
    d.t(130, y + 1, num(s['gross']), F, 9, 'B', align='R')
    d.t(165, y + 1, num(s['ytd_gross']), F, 9, 'B', align='R')
    y += 12
    for h, x, a in [('Deductions', 14, 'L'), ('Current', 130, 'R'), ('Year-to-Date', 165, 'R')]:
        d.t(x, y, h, F, 8.5, 'B', align=a)
    d.hl(12, 204, y + 5, 0.3)
    y += 7
    for (nm, v), (_, yv) in zip(s['deds'], s['ytd_deds']):
        d.t(14, y, nm.replace('CPP', 'Canada Pension Plan').replace('EI', 'Employment Insurance'), F, 9)
        d.t(130, y, num(v), F, 9, align='R')
        d.t(165, y, num(yv), F, 9, align='R')
        y += 5
    d.hl(12, 204, y, 0.2)
    d.t(14, y + 1, 'Total Deductions', F, 9, 'B')
    d.t(130, y + 1, num(s['ded_total']), F, 9, 'B', align='R')
    y += 12
    d.rect2(130, y, 74, 12, draw=(0, 0, 0), lw=0.5)
    d.t(133, y + 3, 'NET PAY', F, 11, 'B')
    d.t(201, y + 3, money(s['net']), F, 11, 'B', align='R')
    d.t(14, y + 3, 'Deposited to: Chequing ******0045', F, 8.5)
    return d, truth(s, name=p['full'])


LAYOUTS = [
    ('adp-like-01', adp_like, 'en'),
    ('dayforce-like-02', dayforce_like, 'en'),
    ('wagepoint-like-03', wagepoint_like, 'en'),
    ('quickbooks-like-04', quickbooks_like, 'en'),
    ('nethris-like-05', nethris_like, 'fr'),
    ('desjardins-like-06', desjardins_like, 'fr'),
    ('spreadsheet-07', spreadsheet_like, 'en'),
    ('payworks-like-08', payworks_like, 'en'),
]
