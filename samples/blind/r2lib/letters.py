"""Employment reference letters, round 2."""
from .common import Doc, Truth, D, iso, long_en, fr, dmy, money, money_fr, logo_image, signature_image


def _sig(d, rng, x, y, w=42):
    d.img(signature_image(rng), x, y, w, w / 3)


def prose_en_01(rng):
    """Prose letter, serif, left letterhead with logo, hours and annual salary in sentences, bullets."""
    T = Truth()
    d = Doc()
    F = 'caladea'
    d.img(logo_image('BT', (0, 96, 120), 'square'), 20, 16, 16, 16)
    emp = T.v('employer_name', 'Bluewater Technologies Inc.', 'Bluewater Technologies Inc.')
    d.t(40, 16, emp, F, 15, 'B', color=(0, 96, 120))
    d.t(40, 23, T.v('employer_address', '88 Queens Quay West, Suite 2500, Toronto, ON M5J 0B8', '88 Queens Quay West, Suite 2500, Toronto, ON M5J 0B8'), F, 9.5)
    d.t(40, 28, 'Tel. ' + T.v('employer_phone', '(647) 555-0190', '(647) 555-0190') + '   |   ' + T.v('employer_email', 'careers@bluewatertech.example', 'careers@bluewatertech.example'), F, 9.5)
    d.hl(20, 196, 36, 0.5, (0, 96, 120))
    d.t(20, 44, T.v('letter_date', D('2026-10-02'), 'October 2, 2026'), F, 11)
    d.t(20, 56, 'To Whom It May Concern:', F, 11)
    d.t(20, 66, 'Re: Employment verification', F, 11, 'B')
    name = T.v('employee_name', 'Kwame Mensah', 'Kwame Mensah')
    p = (f'This letter confirms that {name} has been employed by {emp} on a permanent, full-time basis since '
         f'{T.v("start_date", D("2023-04-17"), "April 17, 2023")} and is currently employed with us as a '
         f'{T.v("job_title", "Software Developer", "Software Developer")} (NOC {T.v("noc_code", "21232", "21232")}). '
         f'{name.split()[0]} works {T.v("hours_per_week", 40.0, "40")} hours per week and earns an annual salary of '
         f'${T.v("wage_amount", 96500.0, "96,500")} CAD. In addition, he receives {T.v("benefits", "a health and dental plan, a 5% RRSP match and four weeks of vacation", "a health and dental plan, a 5% RRSP match and four weeks of vacation")}.')
    T.v('end_date', None)
    T.v('current', True, 'is currently employed')
    T.v('wage_period', 'year', 'annual salary')
    T.v('work_location', 'Toronto, Ontario', 'Toronto, Ontario')
    y = d.mt(20, 76, 176, p, F, 11, lh=1.45)
    y = d.mt(20, y + 3, 176, 'He works at our head office in Toronto, Ontario. His main duties are:', F, 11, lh=1.45)
    duties = ['Develop, test and maintain back-end services for the company billing platform in Java and Kotlin',
              'Write technical specifications and review pull requests from other developers',
              'Analyse defects reported by clients, reproduce them and deliver corrections',
              'Integrate third-party payment and identity APIs into existing applications',
              'Plan releases with the product owner and document changes for the support team']
    T.v('duties', duties)
    for du in duties:
        T.also('duties', du, du)
    y = d.bullets(24, y + 2, 170, duties, F, 11, lh=1.4, gap=0.8)
    y = d.mt(20, y + 4, 176, 'Should you require further information, please contact the undersigned.', F, 11, lh=1.45)
    d.t(20, y + 6, 'Sincerely,', F, 11)
    _sig(d, rng, 20, y + 12)
    d.t(20, y + 28, T.v('signatory_name', 'Hélène Gagnon', 'Hélène Gagnon'), F, 11, 'B')
    d.t(20, y + 33, T.v('signatory_title', 'Human Resources Manager', 'Human Resources Manager'), F, 11)
    T.v('signed', True)
    return d, T


def promotion_prose_02(rng):
    """Promotion described in prose paragraphs; each position has its own duty list. positions oldest first."""
    T = Truth()
    d = Doc()
    F = 'notoserif'
    emp = T.v('employer_name', 'Prairie Harvest Foods Ltd.', 'Prairie Harvest Foods Ltd.')
    d.t(108, 14, emp.upper(), F, 16, 'B', align='C', color=(120, 70, 20))
    addr = '3220 Portage Avenue, Winnipeg, MB R3K 0Z2'
    d.t(108, 22, T.v('employer_address', addr, addr), F, 9, align='C')
    d.t(108, 27, 'T ' + T.v('employer_phone', '204-555-0177', '204-555-0177') + '  •  ' + T.v('employer_email', 'people@prairieharvest.example', 'people@prairieharvest.example'), F, 9, align='C')
    d.hl(20, 196, 33, 0.3)
    d.t(196, 38, T.v('letter_date', D('2026-09-15'), 'September 15, 2026'), F, 10, align='R')
    d.t(20, 46, 'To whom it may concern,', F, 10.5)
    name = T.v('employee_name', 'Rohan Mehta', 'Rohan Mehta')
    p1 = (f'We confirm that {name} has worked for {emp} in Winnipeg, Manitoba, on a full-time, permanent basis since '
          f'{long_en(D("2021-11-01"))}. He has held two positions with us.')
    y = d.mt(20, 54, 176, p1, F, 10.5, lh=1.4)
    pos1 = dict(job_title='Quality Control Technician', noc_code='22110', start_date=D('2021-11-01'), end_date=D('2024-02-29'),
                hours_per_week=40.0, wage_amount=24.75, wage_period='hour',
                duties=['Inspect raw materials and finished products against food safety specifications',
                        'Calibrate laboratory instruments and record test results in the quality system',
                        'Report deviations to the production supervisor and follow up on corrective actions'])
    pos2 = dict(job_title='Food Safety Supervisor', noc_code='22110', start_date=D('2024-03-01'), end_date=None,
                hours_per_week=40.0, wage_amount=71500.0, wage_period='year',
                duties=['Supervise a team of six quality technicians across two production shifts',
                        'Maintain the HACCP plan and lead internal audits of the production lines',
                        'Train new employees on sanitation and allergen control procedures',
                        'Prepare monthly quality reports for the plant manager'])
    p2 = (f'From {long_en(pos1["start_date"])} to {long_en(pos1["end_date"])}, he was a {pos1["job_title"]} (NOC 22110), '
          f'working 40 hours per week at an hourly wage of $24.75. In this role he was responsible for the following:')
    y = d.mt(20, y + 3, 176, p2, F, 10.5, lh=1.4)
    y = d.bullets(24, y + 1, 170, pos1['duties'], F, 10.5, bullet='–', lh=1.35, gap=0.5)
    p3 = (f'On {long_en(pos2["start_date"])}, he was promoted to {pos2["job_title"]} (NOC 22110), the position he currently holds. '
          f'He works 40 hours per week and his annual salary is $71,500, with group health insurance and a pension plan. '
          f'His current duties are:')
    y = d.mt(20, y + 3, 176, p3, F, 10.5, lh=1.4)
    y = d.bullets(24, y + 1, 170, pos2['duties'], F, 10.5, bullet='–', lh=1.35, gap=0.5)
    for p in (pos1, pos2):
        T.also('start_date', p['start_date'], long_en(p['start_date']))
        for du in p['duties']:
            T.also('duties', du, du)
    T.also('end_date', pos1['end_date'], long_en(pos1['end_date']))
    T.also('wage_amount', 24.75, '24.75')
    T.v('job_title', pos2['job_title'], pos2['job_title'])
    T.v('noc_code', '22110', 'NOC 22110')
    T.v('start_date', pos2['start_date'], long_en(pos2['start_date']))
    T.v('end_date', None)
    T.v('current', True, 'currently holds')
    T.v('hours_per_week', 40.0, '40 hours per week')
    T.v('wage_amount', 71500.0, '71,500')
    T.v('wage_period', 'year', 'annual salary')
    T.v('benefits', 'group health insurance and a pension plan', 'group health insurance and a pension plan')
    T.v('duties', pos2['duties'])
    T.v('work_location', 'Winnipeg, Manitoba', 'Winnipeg, Manitoba')
    T.v('positions', [pos1, pos2])
    y = d.mt(20, y + 3, 176, 'Please do not hesitate to contact me if you need more information.', F, 10.5, lh=1.4)
    d.t(20, y + 5, 'Yours truly,', F, 10.5)
    _sig(d, rng, 20, y + 10, 38)
    d.t(20, y + 24, T.v('signatory_name', 'Carol Whitehorse', 'Carol Whitehorse'), F, 10.5, 'B')
    d.t(20, y + 29, T.v('signatory_title', 'Plant Manager', 'Plant Manager'), F, 10.5)
    T.v('signed', True)
    return d, T


def attestation_table_fr_03(rng):
    """French attestation with a label/value table; dates '14 mars 2025'; '1 234,56 $'."""
    T = Truth()
    d = Doc()
    F = 'dvserif'
    emp = T.v('employer_name', 'Conseil Laurentides Ingénierie inc.', 'Conseil Laurentides Ingénierie inc.')
    d.rect2(0, 0, 216, 30, fill=(235, 240, 232), draw=None)
    d.t(20, 9, emp, F, 14, 'B', color=(40, 80, 40))
    addr = '455, boulevard Curé-Labelle, Laval (Québec) H7V 2T8'
    d.t(20, 17, T.v('employer_address', addr, addr), F, 8.5)
    d.t(20, 22, 'Téléphone : ' + T.v('employer_phone', '450 555-0136', '450 555-0136') + '  —  Courriel : ' + T.v('employer_email', 'rh@laurentides-ing.example', 'rh@laurentides-ing.example'), F, 8.5)
    d.t(196, 40, 'Laval, le ' + T.v('letter_date', D('2026-08-27'), '27 août 2026'), F, 10, align='R')
    d.t(108, 52, 'ATTESTATION D\'EMPLOI', F, 14, 'B', align='C')
    d.t(20, 64, 'À qui de droit,', F, 10.5)
    name = T.v('employee_name', 'Thi Hoa Nguyen', 'Thi Hoa Nguyen')
    y = d.mt(20, 72, 176, f'Nous attestons par la présente que Mme {name} est à notre emploi à la date des présentes. Les renseignements relatifs à son emploi sont les suivants :', F, 10.5, lh=1.4)
    rows = [('Poste occupé', T.v('job_title', 'Technicienne en génie civil', 'Technicienne en génie civil')),
            ('Code CNP (2021)', T.v('noc_code', '22300', '22300')),
            ('Date d\'entrée en fonction', T.v('start_date', D('2022-05-09'), '9 mai 2022')),
            ('Statut', T.v('current', True, 'Permanent, temps plein — en poste')),
            ('Heures de travail', T.v('hours_per_week', 37.5, '37,5') + ' heures par semaine'),
            ('Salaire annuel', T.v('wage_amount', 64480.0, '64 480,00') + ' $'),
            ('Avantages sociaux', T.v('benefits', 'assurance collective, REER collectif', 'assurance collective, REER collectif')),
            ('Lieu de travail', T.v('work_location', 'Laval (Québec)', 'Laval (Québec)'))]
    T.v('end_date', None)
    T.v('wage_period', 'year', 'Salaire annuel')
    y += 3
    for a, b in rows:
        d.rect2(20, y, 62, 8, fill=(245, 245, 245), draw=(170, 170, 170))
        d.rect2(82, y, 114, 8, draw=(170, 170, 170))
        d.t(22, y + 1.8, a, F, 9.5, 'B')
        d.t(84, y + 1.8, b, F, 9.5)
        y += 8
    y = d.mt(20, y + 5, 176, 'Ses principales fonctions sont les suivantes :', F, 10.5)
    duties = ['Préparer des plans et devis à l\'aide d\'AutoCAD Civil 3D pour des projets municipaux',
              'Effectuer des relevés de terrain et des essais de compaction sur les chantiers',
              'Estimer les quantités de matériaux et les coûts des travaux',
              'Rédiger des rapports de surveillance de chantier pour les ingénieurs']
    T.v('duties', duties)
    for du in duties:
        T.also('duties', du, du)
    y = d.bullets(24, y + 2, 170, duties, F, 10.5, bullet='•', lh=1.35, gap=0.6)
    y = d.mt(20, y + 4, 176, 'Cette attestation est délivrée à la demande de l\'employée pour servir à des fins d\'immigration.', F, 10.5, lh=1.4)
    _sig(d, rng, 20, y + 5, 40)
    d.t(20, y + 20, T.v('signatory_name', 'Martine Bouchard', 'Martine Bouchard'), F, 10.5, 'B')
    d.t(20, y + 25, T.v('signatory_title', 'Directrice des ressources humaines', 'Directrice des ressources humaines'), F, 10.5)
    T.v('signed', True)
    return d, T


def leave_table_04(rng):
    """English letter with a summary table and a dated parental leave."""
    T = Truth()
    d = Doc()
    F = 'freesans'
    emp = T.v('employer_name', 'Cascadia Credit Union', 'Cascadia Credit Union')
    d.t(196, 14, emp, F, 16, 'B', align='R', color=(20, 60, 110))
    addr = '1020 Douglas Street, Victoria, BC V8W 2C5'
    d.t(196, 21, T.v('employer_address', addr, addr), F, 9, align='R')
    d.t(196, 26, T.v('employer_phone', '+1 250 555 0148', '+1 250 555 0148'), F, 9, align='R')
    d.t(196, 31, T.v('employer_email', 'hr.services@cascadiacu.example', 'hr.services@cascadiacu.example'), F, 9, align='R')
    d.img(logo_image('CCU', (20, 60, 110), 'diamond'), 20, 12, 20, 20)
    d.t(20, 44, 'Date: ' + T.v('letter_date', D('2026-11-03'), '2026-11-03'), F, 10)
    d.t(20, 54, 'EMPLOYMENT CONFIRMATION', F, 12, 'B')
    name = T.v('employee_name', 'Ana Sofia Morales', 'MORALES, Ana Sofia')
    y = d.mt(20, 63, 176, 'To whom it may concern, we confirm the employment details of the following employee:', F, 10.5, lh=1.4)
    y += 3
    heads = ['Employee', 'Job title', 'NOC', 'Start date', 'Hours / week', 'Hourly wage']
    vals = [name, T.v('job_title', 'Financial Services Representative', 'Financial Services Representative'),
            T.v('noc_code', '64400', '64400'), T.v('start_date', D('2022-01-10'), '2022-01-10'),
            T.v('hours_per_week', 35.0, '35.0'), '$' + T.v('wage_amount', 26.4, '26.40')]
    T.v('wage_period', 'hour', 'Hourly wage')
    T.v('end_date', None)
    T.v('current', True, 'remains employed')
    ws = [33, 45, 16, 24, 24, 34]
    x = 20
    for h, v, w in zip(heads, vals, ws):
        d.rect2(x, y, w, 7, fill=(20, 60, 110), draw=(20, 60, 110))
        d.t(x + 1.2, y + 1.6, h, F, 8, 'B', color=(255, 255, 255))
        d.rect2(x, y + 7, w, 12, draw=(20, 60, 110))
        d.mt(x + 1.2, y + 8.5, w - 2, v, F, 8.5, lh=1.25)
        x += w
    y += 24
    lv_s, lv_e = D('2024-06-03'), D('2025-05-30')
    T.v('leave', [dict(start=lv_s, end=lv_e, kind='parental')])
    T.also('leave', lv_s, '2024-06-03')
    T.also('leave', lv_e, '2025-05-30')
    p = ('Ms. Morales remains employed with us on a permanent, full-time basis at our Douglas Street branch in Victoria, BC. '
         'Please note that she was on parental leave from 2024-06-03 to 2025-05-30, during which no hours were worked; '
         'she returned to her position on 2025-06-02. She is eligible for our group benefits plan (medical, dental and life insurance).')
    T.v('benefits', 'group benefits plan (medical, dental and life insurance)', 'group benefits plan (medical, dental and life insurance)')
    T.v('work_location', 'Victoria, BC', 'Victoria, BC')
    y = d.mt(20, y, 176, p, F, 10.5, lh=1.4)
    y = d.mt(20, y + 3, 176, 'Her responsibilities include:', F, 10.5)
    duties = ['Open accounts and process deposits, withdrawals and transfers for members',
              'Explain savings, credit and investment products and recommend suitable options',
              'Resolve member enquiries by phone and in person and escalate complex files',
              'Verify identity documents and apply anti-money-laundering procedures']
    T.v('duties', duties)
    for du in duties:
        T.also('duties', du, du)
    y = d.bullets(24, y + 1, 170, duties, F, 10.5, numbered=True, lh=1.35, gap=0.6, indent=6)
    d.t(20, y + 6, 'Regards,', F, 10.5)
    _sig(d, rng, 20, y + 11, 40)
    d.t(20, y + 25, T.v('signatory_name', 'Jordan Whitfield', 'Jordan Whitfield'), F, 10.5, 'B')
    d.t(20, y + 30, T.v('signatory_title', 'Senior HR Advisor', 'Senior HR Advisor'), F, 10.5)
    T.v('signed', True)
    return d, T


def former_fr_prose_05(rng):
    """French prose, former employee (end date), hourly wage '28,50 $ l'heure', dates dd/mm/yyyy with the format stated."""
    T = Truth()
    d = Doc()
    F = 'narrow'
    emp = T.v('employer_name', 'Boulangerie Saint-Roch inc.', 'Boulangerie Saint-Roch inc.')
    d.t(20, 16, emp, F, 18, 'B', color=(140, 40, 40))
    addr = '610, rue Saint-Joseph Est, Québec (Québec) G1K 3B9'
    d.t(20, 25, T.v('employer_address', addr, addr), F, 10)
    d.t(20, 30, 'Tél. : ' + T.v('employer_phone', '418 555-0163', '418 555-0163') + '   Courriel : ' + T.v('employer_email', 'direction@boulangerie-stroch.example', 'direction@boulangerie-stroch.example'), F, 10)
    d.hl(20, 196, 36, 0.8, (140, 40, 40))
    d.t(196, 42, 'Québec, le ' + T.v('letter_date', D('2026-07-14'), '14/07/2026') + ' (JJ/MM/AAAA)', F, 10.5, align='R')
    d.t(20, 54, 'Objet : Lettre de référence d\'emploi', F, 11, 'B')
    d.t(20, 63, 'Madame, Monsieur,', F, 11)
    name = T.v('employee_name', 'Youssef Benali', 'Youssef Benali')
    p = (f'Je soussignée confirme que M. {name} a travaillé au sein de notre entreprise à titre de '
         f'{T.v("job_title", "boulanger", "boulanger")} (CNP {T.v("noc_code", "63202", "63202")}) du '
         f'{T.v("start_date", D("2022-08-15"), "15/08/2022")} au {T.v("end_date", D("2025-12-19"), "19/12/2025")} (dates au format JJ/MM/AAAA). '
         f'Il travaillait à temps plein, {T.v("hours_per_week", 38.0, "38")} heures par semaine, à notre établissement de Québec, '
         f'au taux horaire de {T.v("wage_amount", 28.5, "28,50")} $ l\'heure. M. Benali a quitté l\'entreprise de son plein gré.')
    T.v('current', False, 'a travaillé')
    T.v('wage_period', 'hour', 'taux horaire')
    T.v('work_location', 'Québec', 'Québec')
    y = d.mt(20, 72, 176, p, F, 11, lh=1.45, align='J')
    y = d.mt(20, y + 3, 176, 'Ses tâches comprenaient notamment :', F, 11)
    duties = ['préparer les pâtes à pain et à viennoiserie selon les recettes de la maison',
              'façonner, faire lever et cuire les produits dans les fours à sole',
              'contrôler la qualité des produits et la propreté du poste de travail',
              'commander les farines et autres ingrédients auprès des fournisseurs']
    T.v('duties', duties)
    for du in duties:
        T.also('duties', du, du)
    y = d.bullets(24, y + 2, 170, duties, F, 11, bullet='-', lh=1.35, gap=0.5)
    y = d.mt(20, y + 4, 176, 'Veuillez agréer, Madame, Monsieur, l\'expression de mes sentiments distingués.', F, 11)
    _sig(d, rng, 20, y + 4, 40)
    d.t(20, y + 19, T.v('signatory_name', 'Geneviève Roy', 'Geneviève Roy'), F, 11, 'B')
    d.t(20, y + 24, T.v('signatory_title', 'Propriétaire et directrice générale', 'Propriétaire et directrice générale'), F, 11)
    T.v('signed', True)
    return d, T


LAYOUTS = [
    ('prose-en-logo-01', prose_en_01),
    ('promotion-prose-02', promotion_prose_02),
    ('attestation-table-fr-03', attestation_table_fr_03),
    ('leave-table-04', leave_table_04),
    ('former-fr-prose-05', former_fr_prose_05),
]
