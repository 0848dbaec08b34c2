"""Passport data pages with ICAO 9303 TD3 MRZ, round 2."""
import unicodedata
from .common import Doc, Truth, D, dmon, dmy, guilloche, face_box, signature_image

W8 = [7, 3, 1]


def cd(s):
    t = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        t += v * W8[i % 3]
    return str(t % 10)


def mrz_name(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).upper()
    return ''.join(c if c.isalpha() else '<' for c in s)


def td3(p):
    name = mrz_name(p['surname']) + '<<' + mrz_name(p['given'])
    l1 = ('P<' + p['code'] + name + '<' * 44)[:44]
    num = (p['number'] + '<' * 9)[:9]
    dob = D(p['dob']).strftime('%y%m%d')
    exp = D(p['expiry']).strftime('%y%m%d')
    opt = (p.get('optional', '') + '<' * 14)[:14]
    optcd = cd(opt) if p.get('optional') else '<'
    if not p.get('optional'):
        optcd = '<'
    l2 = num + cd(num) + p['code'] + dob + cd(dob) + p['sex'] + exp + cd(exp) + opt + optcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 = l2 + cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return l1, l2


def fmt_date(p, s):
    d = D(s)
    f = p['datefmt']
    if f == 'dmon':
        return dmon(d)
    if f == 'dmy':
        return dmy(d)
    if f == 'bil':
        return f"{d.day:02d} {p['months'][d.month - 1]} {d.year % 100:02d}"
    if f == 'dmy.':
        return dmy(d, '.')
    return d.isoformat()


def render(p, rng):
    T = Truth()
    copy = p.get('copy', False)
    if copy:
        d = Doc()
        ox, oy = 30, 30
    else:
        d = Doc(fmt=(128, 90))
        ox, oy = 0, 0
    W, H = 125, 88
    g = guilloche(1250, 880, rng, color=p['gcol'])
    d.img(g, ox, oy, W, H)
    if copy:
        d.rect2(ox, oy, W, H, draw=(90, 90, 90), lw=0.3)
    fam = p['font']
    d.t(ox + W / 2, oy + 3, p['header'], fam, 7.5, 'B', align='C')
    photo_right = p.get('photo_right', False)
    px = ox + (W - 36) if photo_right else ox + 4
    d.img(face_box(300, 380, rng), px, oy + 12, 31, 40)
    tx = ox + 4 if photo_right else ox + 39
    y = oy + 11
    L = p['labels']
    def fld(lab, val, x, yy, w=None):
        d.t(x, yy, lab, fam, 4.8, color=(60, 60, 90))
        d.t(x, yy + 2.4, val, fam, 7.5, 'B')
    fld(L['type'], 'P', tx, y)
    fld(L['code'], p['code'], tx + 16, y)
    fld(L['number'], T.v('passport_number', p['number'], p['number']), tx + 40, y)
    y += 7.5
    fld(L['surname'], p['surname_vis'], tx, y)
    T.v('holder_name', p['given_vis'] + ' ' + p['surname_vis'], p['surname_vis'])
    T.also('holder_name', p['given_vis'] + ' ' + p['surname_vis'], p['given_vis'])
    y += 7.5
    fld(L['given'], p['given_vis'], tx, y)
    y += 7.5
    fld(L['nat'], p['code'] if p.get('nat_code_printed') else p['nat_text'], tx, y)
    T.v('nationality', p['code'], p['code'])
    y += 7.5
    fld(L['dob'], T.v('date_of_birth', D(p['dob']), fmt_date(p, p['dob'])), tx, y)
    fld(L['sex'], p['sex'], tx + 40, y)
    y += 7.5
    fld(L['pob'], p['pob'], tx, y)
    y += 7.5
    fld(L['issue'], fmt_date(p, p['issued']), tx, y)
    fld(L['expiry'], T.v('expiry_date', D(p['expiry']), fmt_date(p, p['expiry'])), tx + 40, y)
    y += 7.5
    fld(L['auth'], p['authority'], tx, y)
    d.img(signature_image(rng, ink=(20, 20, 20)), px + 2, oy + 54, 26, 8)
    l1, l2 = td3(p)
    d.rect2(ox, oy + 72, W, 16, fill=(250, 250, 250), draw=None)
    d.t(ox + 3, oy + 73.5, l1, 'ocrb', 8.85)
    d.t(ox + 3, oy + 80, l2, 'ocrb', 8.85)
    T.also('passport_number', p['number'], l2[:9].rstrip('<'))
    if copy:
        d.t(30, 130, 'Certified true copy of the original — page 2 (data page)', 'sans', 9, 'I')
    return d, T


P = [
    ('pak-01', dict(code='PAK', surname='KHAN', given='AHMED RAZA', surname_vis='KHAN', given_vis='AHMED RAZA', number='AB1234567',
                    dob='1992-07-23', expiry='2031-02-14', issued='2021-02-15', sex='M', nat_text='PAKISTANI', pob='LAHORE, PAK',
                    authority='DGI&P ISLAMABAD', datefmt='dmon', font='dejavu', gcol=(170, 210, 180),
                    header='ISLAMIC REPUBLIC OF PAKISTAN  PASSPORT',
                    labels=dict(type='Type', code='Country Code', number='Passport Number', surname='Surname', given='Given Names',
                                nat='Nationality', dob='Date of Birth', sex='Sex', pob='Place of Birth', issue='Date of Issue',
                                expiry='Date of Expiry', auth='Issuing Authority'), optional='3520212345671')),
    ('kor-02', dict(code='KOR', surname='PARK', given='JIWOO', surname_vis='PARK', given_vis='JIWOO', number='M12345678',
                    dob='1995-11-02', expiry='2034-05-19', issued='2024-05-20', sex='F', nat_text='REPUBLIC OF KOREA', pob='SEOUL',
                    authority='MINISTRY OF FOREIGN AFFAIRS', datefmt='dmon', font='notosans', gcol=(200, 190, 220), photo_right=False,
                    header='REPUBLIC OF KOREA  PASSPORT', copy=True,
                    labels=dict(type='Type', code='Issuing country', number='Passport No.', surname='Surname', given='Given names',
                                nat='Nationality', dob='Date of birth', sex='Sex', pob='Place of birth', issue='Date of issue',
                                expiry='Date of expiry', auth='Authority'))),
    ('col-03', dict(code='COL', surname='RAMÍREZ TORRES', given='SOFÍA', surname_vis='RAMÍREZ TORRES', given_vis='SOFÍA', number='AV7712034',
                    dob='1994-04-17', expiry='2032-09-08', issued='2022-09-09', sex='F', nat_text='COLOMBIANA', pob='MEDELLÍN',
                    authority='CANCILLERÍA', datefmt='bil', font='freesans', gcol=(230, 210, 160), photo_right=True,
                    months=['ENE/JAN', 'FEB/FEB', 'MAR/MAR', 'ABR/APR', 'MAY/MAY', 'JUN/JUN', 'JUL/JUL', 'AGO/AUG', 'SEP/SEP', 'OCT/OCT', 'NOV/NOV', 'DIC/DEC'],
                    header='REPÚBLICA DE COLOMBIA  PASAPORTE / PASSPORT',
                    labels=dict(type='Tipo/Type', code='Código/Code', number='Pasaporte No./Passport No.', surname='Apellidos/Surname',
                                given='Nombres/Given names', nat='Nacionalidad/Nationality', dob='Fecha de nacimiento/Date of birth',
                                sex='Sexo/Sex', pob='Lugar de nacimiento/Place of birth', issue='Fecha de expedición/Date of issue',
                                expiry='Fecha de vencimiento/Date of expiry', auth='Autoridad/Authority'))),
    ('ukr-04', dict(code='UKR', surname='KOVALENKO', given='OLENA', surname_vis='KOVALENKO', given_vis='OLENA', number='FX482913',
                    dob='1990-01-29', expiry='2029-03-03', issued='2019-03-03', sex='F', nat_text='UKRAINE/УКРАЇНА', pob='KYIV/УКРАЇНА',
                    authority='8012', datefmt='dmy.', font='dvcond', gcol=(160, 190, 230), nat_code_printed=False,
                    header='UKRAINE  PASSPORT / УКРАЇНА  ПАСПОРТ',
                    labels=dict(type='Type', code='Code of issuing State', number='Passport No.', surname='Surname', given='Given names',
                                nat='Nationality', dob='Date of birth (DD.MM.YYYY)', sex='Sex', pob='Place of birth', issue='Date of issue',
                                expiry='Date of expiry', auth='Authority'), optional='19900129012345')),
    ('irn-05', dict(code='IRN', surname='AHMADI', given='REZA', surname_vis='AHMADI', given_vis='REZA', number='Y98765432',
                    dob='1988-06-21', expiry='2030-12-01', issued='2025-12-02', sex='M', nat_text='IRANIAN', pob='TEHRAN',
                    authority='TEHRAN', datefmt='iso', font='sans', gcol=(200, 200, 170), photo_right=False, nat_code_printed=True, copy=True,
                    header='ISLAMIC REPUBLIC OF IRAN  PASSPORT',
                    labels=dict(type='Type', code='Country Code', number='Passport No.', surname='Surname', given='Given Names',
                                nat='Country code of nationality', dob='Date of Birth', sex='Sex', pob='Place of Birth', issue='Date of Issue',
                                expiry='Date of Expiry', auth='Issuing Office'))),
]

LAYOUTS = [(n, (lambda p: (lambda rng: render(p, rng)))(p)) for n, p in P]
