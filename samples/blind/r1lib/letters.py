"""Employment reference letter layouts."""
from datetime import date

from .common import Doc, signature_image, logo_image
from .data import person, employer, job, fd, money, money0, num, addr_line

SIGNERS = [('Margaret O\'Neill', 'Director, Human Resources'), ('Rajesh Kulkarni', 'HR Business Partner'),
           ('Sophie Tremblay', 'Directrice des ressources humaines'), ('David Chen', 'Operations Manager'),
           ('Linda Fraser', 'Chief People Officer'), ('Marc-André Gagnon', 'Vice-président, Opérations'),
           ('Karen MacLeod', 'Office Manager'), ('Tomás Alvarez', 'General Manager')]


def base_truth(p, e, lang, job_title, start, end, hours, wage, period, duties, signer, letter_date, noc=None,
               benefits=None, address=None):
    f = {'employee_name': p['full'], 'employer_name': e['name'],
         'employer_address': address or addr_line(e, lang), 'employer_phone': e['phone'], 'employer_email': e['email'],
         'job_title': job_title}
    if noc:
        f['noc_code'] = noc
    f.update({'start_date': start, 'end_date': end, 'current': end is None, 'hours_per_week': hours,
              'wage_amount': wage, 'wage_period': period})
    if benefits:
        f['benefits'] = benefits
    f.update({'duties': duties, 'signatory_name': signer[0], 'signatory_title': signer[1], 'signed': True,
              'letter_date': letter_date})
    return f


def letterhead_center(d, e, F, lang, rng, color=(0, 0, 0)):
    d.img(logo_image(''.join(w[0] for w in e['name'].split()[:2]).upper(), color, 'circle'), 98, 10, 20, 20)
    d.t(108, 32, e['name'], F, 15, 'B', color=color, align='C')
    d.t(108, 39, addr_line(e, lang), F, 9, align='C')
    d.t(108, 43.5, f"Tel. {e['phone']}  ·  {e['email']}  ·  {e['www']}" if lang == 'en' else
        f"Tél. : {e['phone']}  ·  Courriel : {e['email']}", F, 9, align='C')
    d.hl(20, 196, 50, 0.5, color)
    return 58


def sign_block(d, rng, x, y, signer, F, size=10.5, extra=None):
    d.img(signature_image(rng), x - 2, y, 55, 18)
    y += 19
    d.hl(x, x + 65, y, 0.2)
    y = d.t(x, y + 1, signer[0], F, size, 'B')
    y = d.t(x, y, signer[1], F, size)
    if extra:
        y = d.t(x, y, extra, F, size)
    return y


# ---------------------------------------------------------------------------
def hr_prose(rng):
    p, e, j = person(rng, 1), employer(rng, 'en', 0), job(rng, 0)
    F = 'serif'
    d = Doc('letter')
    y = letterhead_center(d, e, F, 'en', rng, (20, 50, 100))
    ld = date(2026, 4, 17)
    start = date(2022, 9, 12)
    d.t(20, y, fd(ld, 'Month d, Y'), F, 11)
    y += 12
    d.t(20, y, 'To Whom It May Concern:', F, 11, 'B')
    y += 10
    body = (f"This letter confirms that {p['full']} has been employed by {e['name']} as a full-time, permanent "
            f"{j['title']} since {fd(start, 'Month d, Y')}. {p['given'].split()[0]} works 37.5 hours per week at an "
            f"annual salary of $78,000.00 and remains employed with us as of the date of this letter.")
    y = d.mt(20, y, 176, body, F, 11, lh=1.45) + 4
    ben = 'extended health and dental coverage, a group RRSP with 4% employer matching, and three weeks of paid vacation'
    y = d.mt(20, y, 176, f"In addition to salary, {p['given'].split()[0]} receives {ben}.", F, 11, lh=1.45) + 4
    y = d.mt(20, y, 176, 'The main duties of the position are:', F, 11) + 2
    y = d.bullets(26, y, 166, j['duties'], F, 11, lh=1.4, gap=1.2) + 4
    y = d.mt(20, y, 176, 'Should you require any further information, please contact the undersigned at '
             f"{e['phone']} or {e['email']}.", F, 11, lh=1.45) + 6
    d.t(20, y, 'Sincerely,', F, 11)
    signer = SIGNERS[0]
    sign_block(d, rng, 20, y + 4, signer, F, 11, e['name'])
    return d, base_truth(p, e, 'en', j['title'], start, None, 37.5, 78000.0, 'year', j['duties'], signer, ld,
                         benefits=ben)


def memo_table(rng):
    p, e, j = person(rng, 6), employer(rng, 'en', 7), job(rng, 2)
    F = 'carlito'
    d = Doc('letter')
    d.img(logo_image('GS', (200, 140, 20), 'square'), 18, 14, 16, 16)
    d.t(38, 14, e['name'], F, 16, 'B', color=(120, 70, 0))
    d.t(38, 21.5, addr_line(e), F, 9.5)
    d.t(38, 26, f"Phone: {e['phone']}   Email: {e['email']}", F, 9.5)
    d.hl(18, 198, 34, 0.8, (200, 140, 20))
    ld = date(2026, 3, 30)
    start = date(2023, 5, 1)
    y = 42
    for lab, val in [('DATE:', fd(ld, 'Mon d, Y')), ('TO:', 'Immigration, Refugees and Citizenship Canada'),
                     ('RE:', f"Employment Verification – {p['full']}")]:
        d.t(18, y, lab, F, 11, 'B')
        d.t(38, y, val, F, 11)
        y += 6
    d.hl(18, 198, y + 1, 0.2)
    y += 6
    y = d.mt(18, y, 180, 'To Whom It May Concern,', F, 11) + 2
    y = d.mt(18, y, 180, f"Please accept this letter as confirmation of the employment of {p['full']} with our "
             'company. The details of the employment are as follows:', F, 11, lh=1.4) + 3
    ben = 'Staff meals, group health benefits after 3 months, 4% vacation pay'
    rows = [('Employee name', p['full']), ('Position', j['title']), ('NOC 2021 code', j['noc']),
            ('Employment status', 'Full-time, permanent'), ('Start date', fd(start, 'Month d, Y')),
            ('End date', 'Currently employed'), ('Hours per week', '40'), ('Hourly wage', '$21.75 per hour'),
            ('Benefits', ben)]
    for lab, val in rows:
        d.rect2(18, y, 55, 7, fill=(250, 240, 220), draw=(180, 180, 180), lw=0.2)
        d.rect2(73, y, 125, 7, draw=(180, 180, 180), lw=0.2)
        d.t(20, y + 1.3, lab, F, 10.5, 'B')
        d.t(75, y + 1.3, val, F, 10.5)
        y += 7
    y += 5
    y = d.mt(18, y, 180, f"Duties and responsibilities of {p['given']}:", F, 11, 'B') + 1.5
    y = d.bullets(22, y, 176, j['duties'], F, 11, numbered=True, gap=0.8) + 5
    y = d.mt(18, y, 180, 'This letter is issued at the request of the employee for immigration purposes.', F, 11) + 5
    d.t(18, y, 'Regards,', F, 11)
    signer = SIGNERS[7]
    sign_block(d, rng, 18, y + 4, signer, F, 11)
    return d, base_truth(p, e, 'en', j['title'], start, None, 40.0, 21.75, 'hour', j['duties'], signer, ld,
                         noc=j['noc'], benefits=ben)


def promotion_table(rng):
    p, e, j = person(rng, 8), employer(rng, 'en', 6), job(rng, 1)
    F = 'notosans'
    d = Doc('letter')
    d.rect2(0, 0, 216, 28, fill=(10, 80, 70), draw=None)
    d.t(18, 8, e['name'].upper(), F, 15, 'B', color=(255, 255, 255))
    d.t(18, 16, f"{addr_line(e)}  |  {e['phone']}  |  {e['email']}", F, 8, color=(220, 240, 235))
    ld = date(2026, 5, 8)
    y = 38
    d.t(198, y, fd(ld, 'd Month Y'), F, 10, align='R')
    y += 8
    d.t(18, y, 'EMPLOYMENT CONFIRMATION LETTER', F, 12, 'B', color=(10, 80, 70))
    y += 10
    y = d.mt(18, y, 180, f"We confirm that {p['full']} has worked for {e['name']} since "
             f"{fd(date(2021, 6, 14), 'Month d, Y')}. {p['given']} currently holds the position of Software Developer "
             'and is a full-time, permanent employee. Positions held with the company:', F, 10, lh=1.45) + 4
    pos = [
        {'job_title': 'Junior Software Developer', 'noc_code': '21232', 'start_date': date(2021, 6, 14),
         'end_date': date(2023, 8, 31), 'hours_per_week': 37.5, 'wage_amount': 64000.0, 'wage_period': 'year',
         'duties': j['duties'][:3]},
        {'job_title': 'Software Developer', 'noc_code': '21232', 'start_date': date(2023, 9, 1), 'end_date': None,
         'hours_per_week': 37.5, 'wage_amount': 86500.0, 'wage_period': 'year', 'duties': j['duties']},
    ]
    cols = [('Position', 18, 52), ('NOC', 70, 16), ('From', 86, 30), ('To', 116, 30), ('Hours/week', 146, 20),
            ('Annual salary', 166, 32)]
    for h, x, w in cols:
        d.rect2(x, y, w, 7, fill=(220, 236, 232), draw=(120, 120, 120), lw=0.2)
        d.t(x + 1.5, y + 1.5, h, F, 8.5, 'B')
    y += 7
    for ps in pos:
        vals = [ps['job_title'], ps['noc_code'], fd(ps['start_date'], 'Mon d, Y'),
                fd(ps['end_date'], 'Mon d, Y') if ps['end_date'] else 'Present', num(ps['hours_per_week'], dec=1),
                money0(ps['wage_amount'])]
        for (h, x, w), v in zip(cols, vals):
            d.rect2(x, y, w, 7, draw=(120, 120, 120), lw=0.2)
            d.t(x + 1.5, y + 1.5, v, F, 8.5)
        y += 7
    y += 6
    for ps in pos:
        lab = 'Main duties as ' + ps['job_title'] + (' (current position)' if ps['end_date'] is None else '') + ':'
        y = d.mt(18, y, 180, lab, F, 10, 'B') + 1
        y = d.bullets(22, y, 176, ps['duties'], F, 9.5, bullet='–', gap=0.6) + 3
    ben = 'health, dental and vision insurance, annual performance bonus and a $1,000 learning allowance'
    y = d.mt(18, y, 180, f"Benefits include {ben}.", F, 10, lh=1.4) + 5
    d.t(18, y, 'Yours truly,', F, 10)
    signer = SIGNERS[4]
    sign_block(d, rng, 18, y + 3, signer, F, 10)
    cur = pos[-1]
    f = base_truth(p, e, 'en', cur['job_title'], date(2023, 9, 1), None, 37.5, 86500.0, 'year', cur['duties'],
                   signer, ld, noc='21232', benefits=ben)
    f['positions'] = pos
    return d, f


def attestation_fr(rng):
    p, e, j = person(rng, 23), employer(rng, 'fr', 0), job(rng, 4)
    F = 'dvserif'
    d = Doc('letter')
    y = letterhead_center(d, e, F, 'fr', rng, (90, 20, 60))
    ld = date(2026, 2, 23)
    start = date(2022, 1, 10)
    d.t(196, y, f"Montréal, le {fd(ld, 'fr')}", F, 10.5, align='R')
    y += 12
    d.t(108, y, "ATTESTATION D'EMPLOI", F, 13, 'B', align='C')
    y += 12
    d.t(20, y, 'À qui de droit,', F, 10.5)
    y += 9
    g = 'Madame' if p['sex'] == 'F' else 'Monsieur'
    body = (f"Nous attestons par la présente que {g} {p['full']} occupe le poste de {j['title_fr'].lower()} au sein "
            f"de {e['name']} depuis le {fd(start, 'fr')}. Il s'agit d'un emploi permanent à temps plein de "
            "37,5 heures par semaine, rémunéré selon un salaire annuel de 72 150 $.")
    y = d.mt(20, y, 176, body, F, 10.5, lh=1.5, align='J') + 4
    ben = "assurance collective (santé, dentaire, invalidité), régime de retraite avec cotisation de l'employeur de 5 %"
    y = d.mt(20, y, 176, f"L'employée bénéficie également des avantages suivants : {ben}.", F, 10.5, lh=1.5,
             align='J') + 4
    y = d.mt(20, y, 176, 'Ses principales tâches sont les suivantes :', F, 10.5) + 2
    y = d.bullets(26, y, 166, j['duties_fr'], F, 10.5, bullet='—', lh=1.4, gap=1) + 4
    y = d.mt(20, y, 176, 'Cette attestation est remise à la demande de l\'intéressée pour servir à toutes fins '
             'utiles.', F, 10.5, lh=1.5) + 6
    d.t(20, y, 'Veuillez agréer nos salutations distinguées.', F, 10.5)
    signer = SIGNERS[2]
    sign_block(d, rng, 20, y + 6, signer, F, 10.5)
    return d, base_truth(p, e, 'fr', j['title_fr'].lower(), start, None, 37.5, 72150.0, 'year', j['duties_fr'],
                         signer, ld, benefits=ben)


def former_employee(rng):
    p, e, j = person(rng, 20), employer(rng, 'en', 3), job(rng, 7)
    F = 'opensans'
    d = Doc('letter')
    d.t(196, 14, e['name'], F, 14, 'B', color=(60, 60, 140), align='R')
    d.t(196, 21, e['street'], F, 8.5, align='R')
    d.t(196, 25, f"{e['city']}, {e['prov']} {e['postal']}", F, 8.5, align='R')
    d.t(196, 29, f"T {e['phone']}", F, 8.5, align='R')
    d.t(196, 33, e['email'], F, 8.5, align='R')
    ld = date(2026, 1, 12)
    start, end = date(2021, 3, 22), date(2025, 10, 31)
    y = 46
    d.t(20, y, fd(ld, 'Month d, Y'), F, 10)
    y += 10
    d.t(20, y, 'RE: Reference letter for ' + p['full'], F, 10, 'B')
    y += 10
    duties = ['Supervised and coordinated the daily work of sales associates, cashiers and stock clerks on the '
              'warehouse retail floor, including opening and closing procedures',
              'Prepared weekly staff schedules and assigned duties according to expected customer traffic',
              'Resolved escalated customer complaints, authorized refunds and exchanges, and handled special '
              'orders for commercial customers',
              'Monitored inventory levels, ordered merchandise and organized promotional displays',
              'Trained new employees on point-of-sale procedures, safety rules and product knowledge']
    body = (f"{p['full']} was employed by {e['name']} from {fd(start, 'Month d, Y')} to {fd(end, 'Month d, Y')} "
            f"in the position of Retail Sales Supervisor. During this period {p['given']} worked full time, "
            f"40 hours per week, and was paid an hourly wage of $24.80 per hour.")
    y = d.mt(20, y, 176, body, F, 10, lh=1.5) + 4
    y = d.mt(20, y, 176, 'Main responsibilities:', F, 10, 'B') + 2
    y = d.bullets(24, y, 170, duties, F, 10, numbered=True, lh=1.4, gap=1.2, indent=6) + 4
    y = d.mt(20, y, 176, f"{p['given']} left the company voluntarily and is eligible for rehire. For verification, "
             f"please call {e['phone']}.", F, 10, lh=1.5) + 8
    d.t(20, y, 'Best regards,', F, 10)
    signer = SIGNERS[3]
    sign_block(d, rng, 20, y + 4, signer, F, 10)
    return d, base_truth(p, e, 'en', 'Retail Sales Supervisor', start, end, 40.0, 24.8, 'hour', duties, signer, ld)


def sidebar_twopage(rng):
    p, e, j = person(rng, 27), employer(rng, 'en', 9), job(rng, 3)
    F = 'roboto'
    d = Doc('letter')
    side = (0, 90, 140)

    def sidebar():
        d.rect2(0, 0, 52, 279, fill=(232, 240, 246), draw=None)
        d.img(logo_image('CC', side, 'circle'), 14, 14, 22, 22)
        yy = 44
        for ln in [e['name'], '', e['street'], f"{e['city']}, {e['prov']}", e['postal'], '', 'Telephone', e['phone'],
                   '', 'Email', e['email'], '', 'Web', e['www']]:
            yy = d.t(6, yy, ln, F, 7.5, 'B' if ln in ('Telephone', 'Email', 'Web') or ln == e['name'] else '',
                     color=side) if ln else yy + 3
    sidebar()
    ld = date(2026, 6, 2)
    start = date(2023, 11, 6)
    x, w = 62, 140
    y = 20
    d.t(x, y, fd(ld, 'Month d, Y'), F, 10)
    y += 10
    d.t(x, y, 'To Whom It May Concern', F, 10.5, 'B')
    y += 9
    body = (f"We are pleased to confirm that {p['full']} is currently employed at {e['name']} as a Registered "
            f"Nurse (NOC 31301) in our long-term care residence. {p['given']} joined us on "
            f"{fd(start, 'Month d, Y')} in a permanent full-time role.")
    y = d.mt(x, y, w, body, F, 10, lh=1.5) + 3
    body2 = (f"{p['given']} is scheduled for 36 hours per week (three 12-hour shifts) and is paid bi-weekly; the "
             'regular bi-weekly pay is $3,247.20 before deductions. Benefits include the provincial health benefits '
             'plan, a defined-benefit pension plan and paid professional development days.')
    y = d.mt(x, y, w, body2, F, 10, lh=1.5) + 3
    duties = ['Assess residents on admission and on an ongoing basis, and develop, implement and evaluate '
              'individualized nursing care plans in consultation with the interdisciplinary team',
              'Administer medications, treatments and wound care as prescribed, and monitor and record residents\' '
              'responses',
              'Supervise personal support workers and licensed practical nurses on the unit during each shift',
              'Respond to medical emergencies, notify physicians of changes in condition and coordinate transfers '
              'to hospital',
              'Communicate with residents\' families about care plans, and maintain accurate electronic health '
              'records',
              'Participate in infection prevention and control audits and in quality improvement committees']
    y = d.mt(x, y, w, 'Principal duties:', F, 10, 'B') + 2
    y = d.bullets(x + 2, y, w - 2, duties, F, 10, lh=1.45, gap=2) + 2
    d.t(108 + 26, 268, 'Page 1 of 2', F, 8, color=(120, 120, 120), align='C')
    d.add_page()
    sidebar()
    y = 20
    d.t(x, y, f"{p['full']} — employment confirmation (continued)", F, 8.5, 'I', color=(120, 120, 120))
    y += 10
    y = d.mt(x, y, w, f"{p['given']} is a valued member of our nursing team. This letter was requested for "
             'immigration purposes and may be verified by contacting Human Resources at the telephone number or '
             'email address shown.', F, 10, lh=1.5) + 8
    d.t(x, y, 'Sincerely,', F, 10)
    signer = ('Linda Fraser', 'Director of Care')
    sign_block(d, rng, x, y + 4, signer, F, 10)
    d.t(108 + 26, 268, 'Page 2 of 2', F, 8, color=(120, 120, 120), align='C')
    ben = ('the provincial health benefits plan, a defined-benefit pension plan and paid professional development '
           'days')
    addr = f"{e['street']}, {e['city']}, {e['prov']} {e['postal']}"
    return d, base_truth(p, e, 'en', 'Registered Nurse', start, None, 36.0, 3247.2, 'biweekly', duties, signer, ld,
                         noc='31301', benefits=ben, address=addr)


def promotion_fr(rng):
    p, e, j = person(rng, 15), employer(rng, 'fr', 1), job(rng, 5)
    F = 'sans'
    d = Doc('letter')
    d.img(logo_image('EF', (0, 51, 153), 'diamond'), 18, 12, 18, 18)
    d.t(40, 13, e['name'], F, 14, 'B', color=(0, 51, 153))
    d.t(40, 20, addr_line(e, 'fr'), F, 8.5)
    d.t(40, 24.5, f"Téléphone : {e['phone']}  —  Courriel : {e['email']}", F, 8.5)
    d.hl(18, 198, 33, 0.3, (0, 51, 153))
    ld = date(2026, 3, 16)
    y = 40
    d.t(198, y, f"Québec, le {fd(ld, 'fr')}", F, 10, align='R')
    y += 10
    d.t(18, y, 'Objet : Attestation d\'emploi — ' + p['full'], F, 10.5, 'B')
    y += 9
    d.t(18, y, 'Madame, Monsieur,', F, 10)
    y += 8
    y = d.mt(18, y, 180, f"La présente confirme que {p['full']} est à l'emploi de notre entreprise depuis le "
             f"{fd(date(2020, 8, 3), 'fr')}. Son emploi est permanent et à temps plein. Voici l'historique des "
             'postes occupés :', F, 10, lh=1.45) + 4
    pos = [
        {'job_title': 'Commis de bureau', 'noc_code': '14100', 'start_date': date(2020, 8, 3),
         'end_date': date(2022, 12, 16), 'hours_per_week': 35.0, 'wage_amount': 19.5, 'wage_period': 'hour',
         'duties': ['Saisir des données et classer des documents',
                    'Répondre au téléphone et acheminer les appels',
                    'Préparer le courrier et commander les fournitures']},
        {'job_title': 'Adjointe administrative', 'noc_code': '13110', 'start_date': date(2022, 12, 19),
         'end_date': None, 'hours_per_week': 37.5, 'wage_amount': 58240.0, 'wage_period': 'year',
         'duties': j['duties_fr']},
    ]
    cols = [('Poste', 18, 48), ('CNP', 66, 16), ('Du', 82, 30), ('Au', 112, 30), ('Heures/sem.', 142, 22),
            ('Rémunération', 164, 34)]
    for h, x, w in cols:
        d.rect2(x, y, w, 7, fill=(225, 232, 245), draw=(0, 0, 0), lw=0.2)
        d.t(x + 1.5, y + 1.5, h, F, 8.5, 'B')
    y += 7
    pays = ['19,50 $ / heure', '58 240 $ / année']
    for ps, pay in zip(pos, pays):
        vals = [ps['job_title'], ps['noc_code'], fd(ps['start_date'], 'iso'),
                fd(ps['end_date'], 'iso') if ps['end_date'] else 'à ce jour', num(ps['hours_per_week'], 'fr', 1), pay]
        for (h, x, w), v in zip(cols, vals):
            d.rect2(x, y, w, 7, draw=(0, 0, 0), lw=0.2)
            d.t(x + 1.5, y + 1.5, v, F, 8.5)
        y += 7
    y += 6
    for ps in pos:
        y = d.mt(18, y, 180, f"Tâches — {ps['job_title']} :", F, 10, 'B') + 1
        y = d.bullets(22, y, 176, ps['duties'], F, 9.5, bullet='•', gap=0.6) + 3
    ben = 'assurance collective et REER collectif'
    y = d.mt(18, y, 180, f"Avantages sociaux : {ben}.", F, 10) + 6
    d.t(18, y, 'Nous vous prions d\'agréer, Madame, Monsieur, nos salutations distinguées.', F, 10)
    signer = SIGNERS[5]
    sign_block(d, rng, 18, y + 5, signer, F, 10)
    cur = pos[-1]
    f = base_truth(p, e, 'fr', cur['job_title'], cur['start_date'], None, 37.5, 58240.0, 'year', cur['duties'],
                   signer, ld, noc='13110', benefits=ben)
    f['positions'] = pos
    return d, f


def small_business(rng):
    p, e, j = person(rng, 29), employer(rng, 'en', 2), job(rng, 4)
    F = 'typewriter'
    d = Doc('letter')
    d.t(108, 16, e['name'].upper(), F, 13, 'B', align='C')
    d.t(108, 22, addr_line(e), F, 9.5, align='C')
    d.t(108, 26.5, f"Tel: {e['phone']}    E-mail: {e['email']}", F, 9.5, align='C')
    d.hl(20, 196, 31, 0.3)
    d.hl(20, 196, 32, 0.3)
    ld = date(2026, 4, 6)
    start = date(2024, 2, 5)
    y = 40
    d.t(20, y, fd(ld, 'Month d, Y'), F, 10.5)
    y += 10
    d.t(20, y, 'TO WHOM IT MAY CONCERN', F, 10.5, 'B')
    y += 10
    body = (f"This is to certify that {p['full']} has been working for our company as an Accounting Technician "
            f"since {fd(start, 'Month d, Y')}. The position is part-time, 20 hours per week, at a monthly "
            'salary of $2,340.00. There are no additional benefits.')
    y = d.mt(20, y, 176, body, F, 10.5, lh=1.5) + 4
    y = d.mt(20, y, 176, 'Duties:', F, 10.5) + 1
    y = d.bullets(24, y, 172, j['duties'], F, 10.5, bullet='-', lh=1.4, gap=1) + 5
    y = d.mt(20, y, 176, f"{p['given']} is still employed with us.", F, 10.5) + 8
    d.t(20, y, 'Yours truly,', F, 10.5)
    signer = ('Gurpreet Dhaliwal', 'Owner and President')
    sign_block(d, rng, 20, y + 4, signer, F, 10.5)
    f = base_truth(p, e, 'en', 'Accounting Technician', start, None, 20.0, 2340.0, 'month', j['duties'],
                   signer, ld)
    f['employer_name'] = e['name'].upper()
    return d, f


LAYOUTS = [
    ('hr-prose-01', hr_prose, 'en'),
    ('memo-table-02', memo_table, 'en'),
    ('promotion-table-03', promotion_table, 'en'),
    ('attestation-fr-04', attestation_fr, 'fr'),
    ('former-employee-05', former_employee, 'en'),
    ('sidebar-twopage-06', sidebar_twopage, 'en'),
    ('promotion-fr-07', promotion_fr, 'fr'),
    ('small-business-08', small_business, 'en'),
]
