"""Fictional people, employers, jobs, and value formatting."""
import unicodedata
from datetime import date, timedelta

# given, family, sex, nationality (3-letter), birthplace
PEOPLE = [
    ('Ana Sofia', 'Pereira', 'F', 'BRA', 'SAO PAULO'),
    ('Priya', 'Raman', 'F', 'IND', 'CHENNAI'),
    ('Harpreet Kaur', 'Sandhu', 'F', 'IND', 'LUDHIANA'),
    ('Arjun', 'Venkataraman', 'M', 'IND', 'BENGALURU'),
    ('María Cristina', 'Dela Cruz', 'F', 'PHL', 'QUEZON CITY'),
    ('Jericho', 'Bautista', 'M', 'PHL', 'CEBU CITY'),
    ('Chinedu', 'Okafor', 'M', 'NGA', 'ENUGU'),
    ('Oluwaseun', 'Adeyemi', 'F', 'NGA', 'IBADAN'),
    ('Wei', 'Zhang', 'M', 'CHN', 'CHENGDU'),
    ('Mei-Ling', 'Huang', 'F', 'CHN', 'GUANGZHOU'),
    ('José Luis', 'Hernández', 'M', 'MEX', 'GUADALAJARA'),
    ('Camila', 'Peña Ortiz', 'F', 'MEX', 'PUEBLA'),
    ('Santiago', 'Muñoz', 'M', 'BRA', 'CURITIBA'),
    ('Émilie', 'Lefèvre', 'F', 'FRA', 'LYON'),
    ('François', 'Garçon', 'M', 'FRA', 'NANTES'),
    ('Thi Mai', 'Nguyen', 'F', 'VNM', 'HA NOI'),
    ('Van Duc', 'Tran', 'M', 'VNM', 'DA NANG'),
    ('Youssef', 'El Amrani', 'M', 'UTO', 'ANYTOWN'),
    ('Layla', 'Haddad', 'F', 'UTO', 'ZENITH'),
    ('Adaeze', 'Nwosu', 'F', 'NGA', 'LAGOS'),
    ('Rohan', 'Desai', 'M', 'IND', 'AHMEDABAD'),
    ('Gabriela', 'Núñez Castillo', 'F', 'MEX', 'MONTERREY'),
    ('Kenji', 'Matsuda', 'M', 'UTO', 'EASTPORT'),
    ('Joëlle', 'Ménard', 'F', 'FRA', 'RENNES'),
    ('Mohammed Amine', 'Benali', 'M', 'UTO', 'SEASIDE'),
    ('Xiaoming', 'Liu', 'M', 'CHN', 'WUHAN'),
    ('Rosario', 'Villanueva', 'F', 'PHL', 'DAVAO CITY'),
    ('Tariq', 'Siddiqui', 'M', 'IND', 'HYDERABAD'),
    ('Inês', 'Carvalho', 'F', 'BRA', 'RECIFE'),
    ('Olumide', 'Bakare', 'M', 'NGA', 'ABUJA'),
    ('Hoang Anh', 'Pham', 'F', 'VNM', 'HUE'),
    ('Diego', 'Ramírez Soto', 'M', 'MEX', 'OAXACA'),
    ('Nadia', 'Boucher-Khalil', 'F', 'FRA', 'MARSEILLE'),
    ('Sunil', 'Perera', 'M', 'UTO', 'HILLTOP'),
    ('Jasmine', 'Ocampo', 'F', 'PHL', 'MANILA'),
    ('Ifeoma', 'Chukwu', 'F', 'NGA', 'ONITSHA'),
]

# name, street, city, prov, postal, phone, email, lang
EMPLOYERS = [
    ('Northwind Analytics Inc.', '200 Bay Street, Suite 1400', 'Toronto', 'ON', 'M5J 2J3', '(416) 555-0142', 'hr@northwind-analytics.example', 'en'),
    ('Cascadia Timber Works Ltd.', '1180 West Georgia Street', 'Vancouver', 'BC', 'V6E 4R2', '604-555-0178', 'people@cascadiatimber.example', 'en'),
    ('Prairie Harvest Foods Inc.', '410 2nd Avenue North', 'Saskatoon', 'SK', 'S7K 2C3', '(306) 555-0119', 'careers@prairieharvest.example', 'en'),
    ('Maple Ridge Logistics Corp.', '6790 Century Avenue', 'Mississauga', 'ON', 'L5N 2V8', '905.555.0133', 'hr@mapleridgelogistics.example', 'en'),
    ('Harbourview Dental Group', '1595 Barrington Street', 'Halifax', 'NS', 'B3J 1Z7', '(902) 555-0164', 'office@harbourviewdental.example', 'en'),
    ('Red River Engineering Ltd.', '330 Portage Avenue, 8th Floor', 'Winnipeg', 'MB', 'R3C 0C4', '204-555-0101', 'admin@redriver-eng.example', 'en'),
    ('Bow Valley Software Inc.', '525 8 Avenue SW, Suite 2100', 'Calgary', 'AB', 'T2P 1G1', '(403) 555-0187', 'talent@bowvalleysoftware.example', 'en'),
    ('Golden Spoon Restaurants Ltd.', '10150 Jasper Avenue NW', 'Edmonton', 'AB', 'T5J 1W4', '780-555-0126', 'manager@goldenspoon.example', 'en'),
    ('Lakeshore Community Health Centre', '85 Ontario Street', 'Kingston', 'ON', 'K7L 2Y5', '(613) 555-0190', 'hr@lakeshorechc.example', 'en'),
    ('Coastal Care Home Inc.', '2930 Douglas Street', 'Victoria', 'BC', 'V8T 4M6', '250-555-0157', 'hr@coastalcare.example', 'en'),
    ('Aurora Fintech Corp.', '150 Elgin Street, 10th Floor', 'Ottawa', 'ON', 'K2P 1L4', '(613) 555-0148', 'people.ops@aurorafintech.example', 'en'),
    ('Boréal Solutions numériques inc.', '1250, boulevard René-Lévesque Ouest, bureau 2200', 'Montréal', 'QC', 'H3B 4W8', '514 555-0139', 'rh@borealnumerique.example', 'fr'),
    ('Les Entreprises Fleurdelys ltée', '825, boulevard Lebourgneuf', 'Québec', 'QC', 'G2J 0B9', '418 555-0112', 'ressources.humaines@fleurdelys.example', 'fr'),
    ('Clinique dentaire Saint-Laurent', '3100, boulevard Le Carrefour', 'Laval', 'QC', 'H7T 2K7', '450 555-0175', 'info@cliniquestlaurent.example', 'fr'),
    ('Groupe Conseil Laurentide inc.', '2665, rue King Ouest', 'Sherbrooke', 'QC', 'J1L 2G5', '819 555-0161', 'rh@gclaurentide.example', 'fr'),
    ('Boulangerie Les Trois Rivières inc.', '1450, rue Royale', 'Trois-Rivières', 'QC', 'G9A 4J7', '819 555-0108', 'emplois@boulangerie3r.example', 'fr'),
]

# title_en, title_fr, noc, duties_en, duties_fr, wage kind
JOBS = [
    ('Data Analyst', 'Analyste de données', '21223', [
        'Design and maintain SQL data models and reporting tables used by the finance and operations teams',
        'Build dashboards in Power BI and automate recurring monthly reports',
        'Validate data quality, investigate anomalies and document data lineage for audit purposes',
        'Translate business questions from stakeholders into analytical requirements and queries',
        'Support database administrators with backups, access requests and performance tuning',
        'Present findings and recommendations to managers in weekly review meetings',
    ], [
        'Concevoir et maintenir des modèles de données SQL et des tables de rapports pour les équipes des finances',
        'Créer des tableaux de bord Power BI et automatiser les rapports mensuels récurrents',
        'Valider la qualité des données, analyser les anomalies et documenter leur provenance',
        'Traduire les besoins des gestionnaires en exigences analytiques et en requêtes',
        'Soutenir les administrateurs de bases de données pour les sauvegardes et les accès',
    ]),
    ('Software Developer', 'Développeur logiciel', '21232', [
        'Write, test and maintain application code in Python and TypeScript for the customer portal',
        'Review pull requests from other developers and enforce coding standards',
        'Design REST APIs and integrate third-party payment and identity services',
        'Diagnose and fix production defects reported by the support team',
        'Write technical documentation and estimate development tasks during sprint planning',
        'Configure continuous integration pipelines and automated test suites',
    ], [
        'Écrire, tester et maintenir le code des applications web en Python et en TypeScript',
        'Réviser le code des autres développeurs et appliquer les normes de programmation',
        'Concevoir des interfaces de programmation et intégrer des services de paiement',
        'Diagnostiquer et corriger les anomalies signalées en production',
        'Rédiger la documentation technique et estimer les tâches de développement',
    ]),
    ('Food Service Supervisor', 'Superviseur des services alimentaires', '62020', [
        'Supervise, coordinate and schedule the activities of kitchen and counter staff during each shift',
        'Estimate and order ingredients and supplies, and receive deliveries',
        'Train new staff in food safety, job duties and customer service procedures',
        'Ensure that food quality and service meet company standards and health regulations',
        'Prepare weekly inventory counts, cash reports and labour cost summaries',
        'Resolve customer complaints and address staff concerns',
    ], [
        'Superviser, coordonner et planifier le travail du personnel de cuisine et de comptoir',
        'Estimer et commander les ingrédients et les fournitures, et recevoir les livraisons',
        'Former le nouveau personnel en matière de salubrité alimentaire et de service',
        "Veiller à ce que la qualité des aliments respecte les normes de l'entreprise",
        "Préparer les inventaires hebdomadaires et les rapports de caisse",
    ]),
    ('Registered Nurse', 'Infirmière autorisée', '31301', [
        'Assess patients, plan and deliver nursing care on a 32-bed medical unit',
        'Administer medications and treatments as prescribed and monitor patient responses',
        'Document care, observations and changes in patient condition in the electronic chart',
        'Educate patients and families about treatment plans, discharge and self-care',
        'Collaborate with physicians, pharmacists and allied health staff on care plans',
    ], [
        'Évaluer les patients, planifier et prodiguer les soins infirmiers dans une unité de médecine',
        'Administrer les médicaments et les traitements prescrits et surveiller les réactions',
        "Consigner les soins et l'évolution de l'état des patients au dossier électronique",
        'Renseigner les patients et leurs familles sur les plans de traitement',
        'Collaborer avec les médecins et les pharmaciens à l’élaboration des plans de soins',
    ]),
    ('Accounting Technician', 'Technicienne en comptabilité', '12200', [
        'Maintain general ledger accounts and prepare month-end journal entries and reconciliations',
        'Process accounts payable and receivable, including vendor payments and customer invoices',
        'Calculate and remit GST/HST and payroll source deductions',
        'Prepare trial balances and supporting schedules for the external accountants',
        'Answer supplier and customer enquiries about invoices and payments',
    ], [
        'Tenir les comptes du grand livre et préparer les écritures de fin de mois',
        'Traiter les comptes fournisseurs et clients, y compris les paiements et la facturation',
        'Calculer et remettre la TPS, la TVQ et les retenues à la source',
        'Préparer les balances de vérification et les annexes pour les comptables externes',
        'Répondre aux demandes des fournisseurs et des clients concernant les factures',
    ]),
    ('Administrative Assistant', 'Adjointe administrative', '13110', [
        'Manage calendars, book meetings and arrange travel for the leadership team',
        'Draft, proofread and format correspondence, reports and presentations',
        'Maintain electronic and paper filing systems and order office supplies',
        'Greet visitors, answer telephone calls and route enquiries to the right department',
        'Take minutes at management meetings and follow up on action items',
    ], [
        "Gérer les agendas, planifier les réunions et organiser les déplacements de la direction",
        'Rédiger, réviser et mettre en forme la correspondance et les rapports',
        'Tenir les systèmes de classement et commander les fournitures de bureau',
        'Accueillir les visiteurs, répondre aux appels et acheminer les demandes',
        'Rédiger les procès-verbaux des réunions de gestion et assurer les suivis',
    ]),
    ('Electrical Engineering Technologist', 'Technologue en génie électrique', '22310', [
        'Prepare electrical drawings, single-line diagrams and panel schedules using AutoCAD',
        'Test, calibrate and troubleshoot control systems at client industrial sites',
        'Assist engineers with load calculations, equipment specifications and cost estimates',
        'Inspect installations for compliance with the Canadian Electrical Code',
        'Write commissioning reports and maintain project documentation',
    ], [
        'Préparer des dessins électriques, des schémas unifilaires et des nomenclatures de panneaux',
        'Tester, étalonner et dépanner des systèmes de commande chez les clients industriels',
        'Aider les ingénieurs dans les calculs de charge et les estimations de coûts',
        'Inspecter les installations pour vérifier leur conformité au Code canadien de l’électricité',
        'Rédiger les rapports de mise en service et tenir à jour la documentation de projet',
    ]),
    ('Retail Sales Supervisor', 'Superviseure des ventes au détail', '62010', [
        'Supervise and coordinate a team of twelve sales associates and cashiers',
        'Prepare staff schedules and assign sales floor and stock duties',
        'Resolve customer problems, process refunds and approve exchanges',
        'Monitor inventory levels, order merchandise and organize store displays',
        'Train staff on point-of-sale procedures and product knowledge',
    ], [
        'Superviser et coordonner une équipe de douze conseillers aux ventes et caissiers',
        'Préparer les horaires du personnel et attribuer les tâches de plancher',
        'Régler les problèmes des clients, traiter les remboursements et les échanges',
        'Surveiller les stocks, commander la marchandise et organiser les présentoirs',
        'Former le personnel aux procédures de caisse et aux produits',
    ]),
]

PROV_NAMES = {'ON': 'Ontario', 'BC': 'British Columbia', 'AB': 'Alberta', 'SK': 'Saskatchewan', 'MB': 'Manitoba',
              'QC': 'Quebec', 'NS': 'Nova Scotia', 'NB': 'New Brunswick'}

MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MON_FR_ABBR = ['JANV', 'FÉVR', 'MARS', 'AVR', 'MAI', 'JUIN', 'JUIL', 'AOÛT', 'SEPT', 'OCT', 'NOV', 'DÉC']


def fd(d, style):
    """Format a date."""
    m = d.month
    if style == 'iso':
        return d.isoformat()
    if style == 'ymd/':
        return f'{d.year}/{m:02d}/{d.day:02d}'
    if style == 'mdy/':
        return f'{m:02d}/{d.day:02d}/{d.year}'
    if style == 'dmy/':
        return f'{d.day:02d}/{m:02d}/{d.year}'
    if style == 'dmy.':
        return f'{d.day:02d}.{m:02d}.{d.year}'
    if style == 'Mon d, Y':
        return f'{MONTHS_EN[m - 1][:3]} {d.day}, {d.year}'
    if style == 'Month d, Y':
        return f'{MONTHS_EN[m - 1]} {d.day}, {d.year}'
    if style == 'd Month Y':
        return f'{d.day} {MONTHS_EN[m - 1]} {d.year}'
    if style == 'dd MON Y':
        return f'{d.day:02d} {MONTHS_EN[m - 1][:3].upper()} {d.year}'
    if style == 'd-Mon-Y':
        return f'{d.day:02d}-{MONTHS_EN[m - 1][:3]}-{d.year}'
    if style == 'dd MON yy':
        return f'{d.day:02d} {MONTHS_EN[m - 1][:3].upper()} {d.year % 100:02d}'
    if style == 'fr':
        return f'{"1er" if d.day == 1 else d.day} {MONTHS_FR[m - 1]} {d.year}'
    if style == 'fr-plain':
        return f'{d.day} {MONTHS_FR[m - 1]} {d.year}'
    if style == 'dd MON/MON yy':
        return f'{d.day:02d} {MONTHS_EN[m - 1][:3].upper()}/{MON_FR_ABBR[m - 1]} {d.year % 100:02d}'
    raise ValueError(style)


def money(x, style='en', sign=True):
    if style == 'fr':
        s = f'{x:,.2f}'.replace(',', ' ').replace('.', ',')
        return s + (' $' if sign else '')
    if style == 'plain':
        return f'{x:.2f}'
    s = f'{x:,.2f}'
    return ('$' + s) if sign else s


def money0(x, style='en'):
    """Whole-dollar amount (annual salaries)."""
    if style == 'fr':
        return f'{x:,.0f}'.replace(',', ' ') + ' $'
    return f'${x:,.0f}'


def num(x, style='en', dec=2):
    s = f'{x:,.{dec}f}'
    if style == 'fr':
        s = s.replace(',', ' ').replace('.', ',')
    return s


def ascii_upper(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_sin(rng, first=None):
    while True:
        first_d = first if first is not None else int(rng.choice([1, 2, 4, 5, 6, 7, 9]))
        body = f'{first_d}' + ''.join(str(int(rng.integers(0, 10))) for _ in range(7))
        for c in range(10):
            if luhn_ok(body + str(c)):
                return body + str(c)


def sin_fmt(s, style):
    if style == 'full':
        return f'{s[:3]} {s[3:6]} {s[6:]}'
    if style == 'xxx':
        return f'XXX-XX{s[5]}-{s[6:]}'
    if style == 'star':
        return f'***-***-{s[6:]}'
    if style == 'star2':
        return f'*** *** {s[6:]}'
    if style == 'last3':
        return f'XXXXXX{s[6:]}'
    raise ValueError(style)


def pick(rng, seq):
    return seq[int(rng.integers(0, len(seq)))]


def person(rng, idx=None):
    p = PEOPLE[idx % len(PEOPLE)] if idx is not None else pick(rng, PEOPLE)
    given, family, sex, nat, pob = p
    y = int(rng.integers(1984, 2001))
    dob = date(y, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    return {'given': given, 'family': family, 'full': f'{given} {family}', 'sex': sex, 'nat': nat, 'pob': pob,
            'dob': dob}


def employer(rng, lang='en', idx=None):
    pool = [e for e in EMPLOYERS if e[7] == lang]
    e = pool[idx % len(pool)] if idx is not None else pick(rng, pool)
    name, street, city, prov, postal, phone, email, lg = e
    return {'name': name, 'street': street, 'city': city, 'prov': prov, 'postal': postal, 'phone': phone,
            'email': email, 'lang': lg, 'www': 'www.' + email.split('@')[1]}


def addr_line(e, lang='en'):
    return f"{e['street']}, {e['city']} ({e['prov']}) {e['postal']}" if lang == 'fr' else \
        f"{e['street']}, {e['city']}, {e['prov']} {e['postal']}"


def job(rng, idx=None):
    j = JOBS[idx % len(JOBS)] if idx is not None else pick(rng, JOBS)
    return {'title': j[0], 'title_fr': j[1], 'noc': j[2], 'duties': list(j[3]), 'duties_fr': list(j[4])}


def rdate(rng, start, end):
    span = (end - start).days
    return start + timedelta(days=int(rng.integers(0, span + 1)))
