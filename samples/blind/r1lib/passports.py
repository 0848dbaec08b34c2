"""Passport data page layouts with ICAO 9303 TD3 MRZ."""
from datetime import date

from .common import Doc, guilloche, face_box, signature_image
from .data import person, ascii_upper, fd, MONTHS_EN

MON_LOCAL = {
    'FRA': ['JAN', 'FÉV', 'MARS', 'AVR', 'MAI', 'JUIN', 'JUIL', 'AOÛT', 'SEPT', 'OCT', 'NOV', 'DÉC'],
    'BRA': ['JAN', 'FEV', 'MAR', 'ABR', 'MAI', 'JUN', 'JUL', 'AGO', 'SET', 'OUT', 'NOV', 'DEZ'],
    'MEX': ['ENE', 'FEB', 'MAR', 'ABR', 'MAY', 'JUN', 'JUL', 'AGO', 'SEP', 'OCT', 'NOV', 'DIC'],
}


def cd(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == '<':
            v = 0
        else:
            v = ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz(code, nat, fam, giv, number, dob, sex, exp):
    name = ascii_upper(fam).replace('-', '<').replace(' ', '<').replace("'", '') + '<<' + \
        ascii_upper(giv).replace('-', '<').replace(' ', '<')
    l1 = ('P<' + code + name + '<' * 44)[:44]
    num = (number + '<' * 9)[:9]
    dobs = dob.strftime('%y%m%d')
    exps = exp.strftime('%y%m%d')
    pers = '<' * 14
    l2 = num + cd(num) + nat + dobs + cd(dobs) + sex + exps + cd(exps) + pers + '0'
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 = l2 + cd(comp)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return l1, l2


def pdate(dt, style, code):
    m = dt.month - 1
    if style == 'bil':
        loc = MON_LOCAL.get(code, [x[:3].upper() for x in MONTHS_EN])[m]
        en = MONTHS_EN[m][:3].upper()
        return f'{dt.day:02d} {loc}/{en} {dt.year}' if loc != en else f'{dt.day:02d} {en} {dt.year}'
    if style == 'dmy':
        return f'{dt.day:02d}/{dt.month:02d}/{dt.year}'
    return f'{dt.day:02d} {MONTHS_EN[m][:3].upper()} {dt.year}'


COUNTRIES = {
    'UTO': ('UTOPIA', 'PASSPORT / PASSEPORT', (90, 120, 170), 'L898902C3'),
    'IND': ('REPUBLIC OF INDIA', 'PASSPORT', (150, 110, 70), 'Z{n7}'),
    'PHL': ('REPUBLIKA NG PILIPINAS / REPUBLIC OF THE PHILIPPINES', 'PASAPORTE / PASSPORT', (70, 110, 160), 'P{n7}A'),
    'NGA': ('FEDERAL REPUBLIC OF NIGERIA', 'PASSPORT', (60, 130, 80), 'A{n8}'),
    'CHN': ("PEOPLE'S REPUBLIC OF CHINA", 'PASSPORT', (160, 80, 80), 'E{n8}'),
    'BRA': ('REPÚBLICA FEDERATIVA DO BRASIL', 'PASSAPORTE / PASSPORT', (60, 100, 140), 'FX{n6}'),
    'FRA': ('RÉPUBLIQUE FRANÇAISE', 'PASSEPORT / PASSPORT', (110, 90, 150), '{yy}AB{n5}'),
    'MEX': ('ESTADOS UNIDOS MEXICANOS', 'PASAPORTE / PASSPORT', (80, 130, 110), 'G{n8}'),
    'VNM': ('SOCIALIST REPUBLIC OF VIET NAM', 'PASSPORT', (150, 70, 60), 'C{n7}'),
}

LABELS = {
    'en_fr': dict(type='Type/Type', code='Code/Code', no='Passport No./N° du passeport', sur='Surname/Nom',
                  giv='Given names/Prénoms', nat='Nationality/Nationalité', dob='Date of birth/Date de naissance',
                  sex='Sex/Sexe', pob='Place of birth/Lieu de naissance', doi="Date of issue/Date de délivrance",
                  doe="Date of expiry/Date d'expiration", auth='Authority/Autorité'),
    'en': dict(type='Type', code='Country Code', no='Passport No.', sur='Surname', giv='Given Name(s)',
               nat='Nationality', dob='Date of Birth', sex='Sex', pob='Place of Birth', doi='Date of Issue',
               doe='Date of Expiry', auth='Issuing Authority'),
    'tl': dict(type='Uri/Type', code='Kodigo/Code', no='Pasaporte Blg/Passport No.', sur='Apelyido/Surname',
               giv='Mga Pangalan/Given names', nat='Nasyonalidad/Nationality', dob='Petsa ng Kapanganakan/Date of Birth',
               sex='Kasarian/Sex', pob='Lugar ng Kapanganakan/Place of Birth', doi='Petsa ng Pagkakaloob/Date of Issue',
               doe='Valid Hanggang/Valid Until', auth='Awtoridad/Authority'),
    'pt': dict(type='Tipo/Type', code='País emissor/Issuing country', no='Passaporte nº/Passport No.',
               sur='Sobrenome/Surname', giv='Nome/Given names', nat='Nacionalidade/Nationality',
               dob='Data de nascimento/Date of birth', sex='Sexo/Sex', pob='Naturalidade/Place of birth',
               doi='Data de expedição/Date of issue', doe='Válido até/Date of expiry', auth='Autoridade/Authority'),
    'fr': dict(type='Type/Type', code='Code du pays/Country code', no='Passeport n°/Passport No.',
               sur='Nom/Surname', giv='Prénoms/Given names', nat='Nationalité/Nationality',
               dob='Date de naissance/Date of birth', sex='Sexe/Sex', pob='Lieu de naissance/Place of birth',
               doi='Date de délivrance/Date of issue', doe="Date d'expiration/Date of expiry", auth='Autorité/Authority'),
    'es': dict(type='Tipo/Type', code='Clave del país/Code', no='Pasaporte No./Passport No.', sur='Apellidos/Surname',
               giv='Nombres/Given names', nat='Nacionalidad/Nationality', dob='Fecha de nacimiento/Date of birth',
               sex='Sexo/Sex', pob='Lugar de nacimiento/Place of birth', doi='Fecha de expedición/Date of issue',
               doe='Fecha de caducidad/Date of expiry', auth='Autoridad/Authority'),
}


def passport(rng, code, pidx, labels, dstyle, F, on_letter=False, photo_right=False, accents=True):
    p = person(rng, pidx)
    country, title, tint, pat = COUNTRIES[code]
    nat = code
    digits = lambda k: ''.join(str(int(rng.integers(0, 10))) for _ in range(k))
    number = pat.format(n5=digits(5), n6=digits(6), n7=digits(7), n8=digits(8), yy='19')
    issue = date(int(rng.integers(2017, 2024)), int(rng.integers(1, 13)), int(rng.integers(14, 29)))
    if dstyle == 'dmy':
        p['dob'] = p['dob'].replace(day=int(rng.integers(13, 29)))
    expiry = issue.replace(year=issue.year + 10) - __import__('datetime').timedelta(days=1)
    fam = p['family'].upper() if accents else ascii_upper(p['family'])
    giv = p['given'].upper() if accents else ascii_upper(p['given'])
    l1, l2 = mrz(code, nat, p['family'], p['given'], number, p['dob'], p['sex'], expiry)
    L = LABELS[labels]
    # geometry (mm): card 125 x 88
    if on_letter:
        d = Doc('letter')
        ox, oy, s = 20, 25, 1.35
    else:
        d = Doc((88 * 1.6, 125 * 1.6), orientation='L')
        ox, oy, s = 0, 0, 1.6
    W, H = 125 * s, 88 * s
    bg = guilloche(int(W * 8), int(H * 8), rng, color=tuple(min(255, c + 70) for c in tint))
    d.img(bg, ox, oy, W, H)
    if on_letter:
        d.rect2(ox, oy, W, H, draw=(120, 120, 120), lw=0.3)
    k = s  # scale factor for positions
    d.t(ox + W / 2, oy + 3 * k, country, F, 6.5 * k, 'B', color=(40, 40, 60), align='C')
    d.t(ox + W / 2, oy + 7 * k, title, F, 5.5 * k, color=(40, 40, 60), align='C')
    px = ox + (W - 37 * k if photo_right else 5 * k)
    d.img(face_box(320, 420, rng), px, oy + 14 * k, 32 * k, 42 * k)
    fx = ox + (5 * k if photo_right else 41 * k)
    fy = oy + 12 * k
    colw = 40 * k
    lab_sz, val_sz = 3.6 * k, 5.6 * k

    def field(x, y, lab, val):
        d.t(x, y, lab, F, lab_sz, color=(70, 70, 90))
        d.t(x, y + 2.4 * k, val, F, val_sz, 'B')

    field(fx, fy, L['type'], 'P')
    field(fx + 20 * k, fy, L['code'], code)
    field(fx + 48 * k, fy, L['no'], number)
    field(fx, fy + 8 * k, L['sur'], fam)
    field(fx, fy + 16 * k, L['giv'], giv)
    nat_txt = {'UTO': 'UTOPIAN', 'IND': 'INDIAN', 'PHL': 'FILIPINO', 'NGA': 'NIGERIAN', 'CHN': 'CHINESE',
               'BRA': 'BRASILEIRO(A)', 'FRA': 'FRANÇAISE', 'MEX': 'MEXICANA', 'VNM': 'VIETNAMESE'}[code]
    field(fx, fy + 24 * k, L['nat'], nat_txt)
    field(fx + colw, fy + 24 * k, L['sex'], p['sex'])
    field(fx, fy + 32 * k, L['dob'], pdate(p['dob'], dstyle, code))
    field(fx + colw, fy + 32 * k, L['pob'], p['pob'])
    field(fx, fy + 40 * k, L['doi'], pdate(issue, dstyle, code))
    field(fx + colw, fy + 40 * k, L['auth'], {'FRA': 'Préfecture du Rhône', 'BRA': 'SR/DPF/SP'}.get(code, 'MFA ' + code))
    field(fx, fy + 48 * k, L['doe'], pdate(expiry, dstyle, code))
    sig = signature_image(rng, (30, 30, 30))
    d.img(sig, fx + colw, fy + 48 * k, 28 * k, 9 * k)
    msz = 10.0 * (W - 9 * k) / d.sw(l1, 'ocrb', 10.0)
    d.t(ox + 4.5 * k, oy + H - 16 * k, l1, 'ocrb', msz, color=(0, 0, 0))
    d.t(ox + 4.5 * k, oy + H - 9 * k, l2, 'ocrb', msz, color=(0, 0, 0))
    if on_letter:
        d.t(ox, oy + H + 8, 'Certified true copy of the original — photocopy', 'sans', 8, 'I', color=(110, 110, 110))
    fields = {'holder_name': f'{giv} {fam}', 'date_of_birth': p['dob'], 'passport_number': number,
              'expiry_date': expiry, 'nationality': nat}
    return d, fields


CFG = [
    ('uto-icao-01', dict(code='UTO', pidx=17, labels='en_fr', dstyle='std', F='sans')),
    ('ind-02', dict(code='IND', pidx=3, labels='en', dstyle='dmy', F='freesans', photo_right=False, on_letter=True)),
    ('phl-03', dict(code='PHL', pidx=26, labels='tl', dstyle='std', F='dejavu')),
    ('nga-04', dict(code='NGA', pidx=29, labels='en', dstyle='std', F='robcond', photo_right=True)),
    ('chn-05', dict(code='CHN', pidx=25, labels='en', dstyle='std', F='notosans', on_letter=True)),
    ('bra-06', dict(code='BRA', pidx=28, labels='pt', dstyle='bil', F='opensans')),
    ('fra-07', dict(code='FRA', pidx=32, labels='fr', dstyle='bil', F='dvcond')),
    ('mex-08', dict(code='MEX', pidx=21, labels='es', dstyle='bil', F='narrow', on_letter=True)),
    ('vnm-09', dict(code='VNM', pidx=30, labels='en', dstyle='dmy', F='carlito', photo_right=True, accents=False)),
]


def _mk(kw):
    def fn(rng):
        return passport(rng, **kw)
    return fn


LAYOUTS = [(n, _mk(kw), 'en') for n, kw in CFG]
