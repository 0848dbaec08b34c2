"""IRCC application receipt layouts (AOR, submission confirmation, IMM 0127)."""
from datetime import date, timedelta

from .common import Doc
from .data import person, fd, ascii_upper


def header_gc(d, F, fr=False):
    d.rect2(14, 12, 5, 8, fill=(200, 16, 46), draw=None)
    d.rect2(24, 12, 5, 8, fill=(200, 16, 46), draw=None)
    d.t(31, 11, 'Immigration, Réfugiés et Citoyenneté Canada' if fr else 'Immigration, Refugees and Citizenship Canada', F, 9, 'B')
    d.t(31, 15.5, 'Immigration, Refugees and Citizenship Canada' if fr else 'Immigration, Réfugiés et Citoyenneté Canada', F, 9)
    d.t(200, 12, 'Canada', 'serif', 16, 'B', align='R')


def rnum(rng, prefix):
    return prefix + f'{int(rng.integers(300000000, 399999999)) if prefix != "E" else int(rng.integers(1000000, 9999999)):09d}'


def aor_wp_ext(rng):
    p = person(rng, 4)
    filed = date(2025, 11, 20)
    num = rnum(rng, 'W')
    d = Doc('letter')
    F = 'sans'
    header_gc(d, F)
    y = 34
    d.t(200, y, fd(filed + timedelta(days=2), 'Month d, Y'), F, 10, align='R')
    y += 8
    for ln in [f"{ascii_upper(p['given'])} {ascii_upper(p['family'])}", '1450 Kingsway, Unit 302', 'Vancouver BC  V5N 2R5']:
        y = d.t(20, y, ln, F, 10)
    y += 6
    d.t(20, y, 'Application No.: ' + num, F, 10, 'B')
    d.t(20, y + 5, 'UCI: ' + f"{int(rng.integers(10, 99))}-{int(rng.integers(1000, 9999))}-{int(rng.integers(1000, 9999))}", F, 10, 'B')
    y += 16
    d.t(20, y, 'ACKNOWLEDGEMENT OF RECEIPT', F, 12, 'B')
    y += 9
    d.t(20, y, f"Dear {ascii_upper(p['given'])} {ascii_upper(p['family'])}:", F, 10)
    y += 8
    y = d.mt(20, y, 176, 'This letter acknowledges that we have received your application to change conditions or '
             'extend your stay in Canada as a worker (work permit extension). Your application was received on '
             f"{fd(filed, 'Month d, Y')}.", F, 10, lh=1.5) + 3
    y = d.mt(20, y, 176, 'If you applied before your current status expired, you may remain in Canada under the same '
             'conditions until a decision is made on your application (maintained status). If you leave Canada, '
             'you lose maintained status.', F, 10, lh=1.5) + 3
    y = d.mt(20, y, 176, 'Please do not submit another application while this one is in process. Processing times '
             'are available on our website. Quote your application number in all correspondence.', F, 10, lh=1.5) + 8
    d.t(20, y, 'Case Processing Centre - Edmonton', F, 10)
    return d, {'applicant_name': f"{ascii_upper(p['given'])} {ascii_upper(p['family'])}",
               'application_type': 'work_permit_extension', 'filed_date': filed, 'application_number': num}


def portal_confirm(rng, pidx, kind, fr=False, F='notosans'):
    p = person(rng, pidx)
    filed = date(2026, int(rng.integers(1, 5)), int(rng.integers(13, 28)))
    num = rnum(rng, 'W' if kind in ('pgwp', 'work_permit_extension') else ('S' if kind == 'study_permit_extension' else 'V'))
    d = Doc('letter')
    header_gc(d, F, fr)
    y = 32
    if fr:
        title = 'Confirmation de la présentation d\'une demande en ligne'
        intro = ('Nous vous remercions d\'avoir présenté votre demande en ligne. Votre demande a été présentée avec '
                 'succès. Veuillez conserver cette confirmation pour vos dossiers.')
        appt = {'pgwp': 'Permis de travail postdiplôme (PTPD)', 'study_permit_extension': 'Prolongation du permis d\'études'}[kind]
        rows = [('Nom du demandeur', f"{p['given']} {p['family']}"), ('Type de demande', appt),
                ('Numéro de demande', num), ('Date de présentation', fd(filed, 'fr') + ' à 14 h 07 (HNE)'),
                ('Frais payés', '255,00 $' if kind == 'pgwp' else '150,00 $')]
    else:
        title = 'Confirmation of Online Application Submission'
        intro = ('Thank you for submitting your application online. Your application has been successfully '
                 'submitted. Keep this confirmation for your records.')
        appt = {'pgwp': 'Work Permit (inside Canada) - Post-Graduation Work Permit',
                'study_permit_extension': 'Study Permit (inside Canada) - Extension',
                'other': 'Visitor Record (extension of stay as a visitor)'}[kind]
        rows = [('Applicant name', f"{p['given']} {p['family']}"), ('Application type', appt),
                ('Application number', num), ('Date submitted', fd(filed, 'Month d, Y') + ' 10:42 (Eastern Time)'),
                ('Fees paid', '$255.00' if kind == 'pgwp' else ('$100.00' if kind == 'other' else '$150.00'))]
    d.t(20, y, title, F, 14, 'B')
    y += 10
    y = d.mt(20, y, 176, intro, F, 10, lh=1.5) + 6
    for lab, val in rows:
        d.rect2(20, y, 60, 9, fill=(235, 238, 242), draw=(180, 180, 180), lw=0.2)
        d.rect2(80, y, 116, 9, draw=(180, 180, 180), lw=0.2)
        d.t(22, y + 2, lab, F, 9.5, 'B')
        d.t(82, y + 2, val, F, 9.5)
        y += 9
    y += 8
    d.mt(20, y, 176, ('Vous pouvez vérifier l\'état de votre demande dans votre compte en ligne.' if fr else
                      'You can check the status of your application in your online account. We will send you a '
                      'message when there is an update.'), F, 9, color=(80, 80, 80))
    return d, {'applicant_name': f"{p['given']} {p['family']}", 'application_type': kind, 'filed_date': filed,
               'application_number': num}


def submission_pgwp(rng):
    return portal_confirm(rng, 31, 'pgwp', F='notosans')


def imm0127(rng):
    p = person(rng, 2)
    filed = date(2026, 5, 19)
    num = rnum(rng, 'W')
    d = Doc('letter')
    F = 'freesans'
    header_gc(d, F)
    d.t(200, 22, 'IMM 0127 (05-2026) E', F, 7, align='R')
    y = 32
    d.t(108, y, 'INTERIM AUTHORIZATION TO WORK', F, 13, 'B', align='C')
    d.t(108, y + 6, 'WP-EXT', F, 10, 'B', align='C')
    y += 16
    rows = [('Family name', ascii_upper(p['family'])), ('Given name(s)', ascii_upper(p['given'])),
            ('Date of birth', fd(p['dob'], 'iso')), ('UCI', f"{int(rng.integers(1000, 9999))}-{int(rng.integers(1000, 9999))}"),
            ('Application number', num), ('Date application received', fd(filed, 'iso')),
            ('Letter valid until', fd(filed + timedelta(days=365), 'iso'))]
    for lab, val in rows:
        d.t(25, y, lab + ':', F, 10)
        d.t(90, y, val, F, 10, 'B')
        y += 6.5
    y += 6
    y = d.mt(25, y, 166, 'This letter confirms that you applied to extend your work permit before it expired and '
             'that you are authorized to continue working in Canada under the same conditions as your previous '
             'work permit until a decision is made on your application, as long as you remain in Canada.', F, 10,
             lh=1.5) + 4
    d.mt(25, y, 166, 'Show this letter to your employer together with your expired work permit. This letter is '
         'not a work permit.', F, 10, lh=1.5)
    return d, {'applicant_name': f"{ascii_upper(p['given'])} {ascii_upper(p['family'])}",
               'application_type': 'work_permit_extension', 'filed_date': filed, 'application_number': num}


def accuse_fr(rng):
    p = person(rng, 13)
    filed = date(2025, 8, 14)
    num = rnum(rng, 'S')
    d = Doc('letter')
    F = 'dvserif'
    header_gc(d, F, fr=True)
    y = 34
    d.t(200, y, 'Le ' + fd(filed + timedelta(days=1), 'fr'), F, 10, align='R')
    y += 10
    d.t(20, y, f"{p['given']} {p['family']}", F, 10)
    d.t(20, y + 5, 'Numéro de demande : ' + num, F, 10, 'B')
    y += 16
    d.t(20, y, 'ACCUSÉ DE RÉCEPTION', F, 12, 'B')
    y += 9
    d.t(20, y, f"Madame {p['family']},", F, 10)
    y += 8
    y = d.mt(20, y, 176, 'Nous accusons réception de votre demande de prolongation de votre permis d\'études, reçue '
             f"le {fd(filed, 'fr')}. Votre demande sera traitée dans les meilleurs délais.", F, 10, lh=1.5) + 3
    d.mt(20, y, 176, 'Si vous avez présenté votre demande avant l\'expiration de votre statut, vous pouvez demeurer '
         'au Canada aux mêmes conditions jusqu\'à ce qu\'une décision soit rendue.', F, 10, lh=1.5)
    return d, {'applicant_name': f"{p['given']} {p['family']}", 'application_type': 'study_permit_extension',
               'filed_date': filed, 'application_number': num}


def pr_aor(rng):
    p = person(rng, 0)
    filed = date(2026, 1, 22)
    num = rnum(rng, 'E')
    d = Doc('letter')
    F = 'roboto'
    header_gc(d, F)
    y = 32
    d.t(20, y, 'Acknowledgement of Receipt – Express Entry', F, 13, 'B')
    y += 10
    rows = [('Client name', f"{p['family'].upper()}, {p['given']}"), ('Application number', num),
            ('UCI', f"{int(rng.integers(10, 99))}-{int(rng.integers(1000, 9999))}-{int(rng.integers(1000, 9999))}"),
            ('Application type', 'Permanent Residence – Canadian Experience Class'),
            ('Date of submission', fd(filed, 'iso')), ('Date of this letter', fd(filed + timedelta(days=40), 'iso'))]
    for lab, val in rows:
        d.t(20, y, lab, F, 9.5, color=(90, 90, 90))
        d.t(75, y, val, F, 10, 'B')
        y += 6.5
    y += 6
    d.mt(20, y, 176, 'We have received your application for permanent residence under the Express Entry system. '
         'This letter confirms that your application meets the requirements for completeness and will now be '
         'processed. You will be asked to provide biometrics if you have not done so.', F, 10, lh=1.5)
    return d, {'applicant_name': p['full'], 'application_type': 'permanent_residence', 'filed_date': filed,
               'application_number': num}


def sp_ext(rng):
    return portal_confirm(rng, 9, 'study_permit_extension', F='carlito')


def pgwp_fr(rng):
    return portal_confirm(rng, 24, 'pgwp', fr=True, F='dejavu')


def visitor(rng):
    return portal_confirm(rng, 33, 'other', F='opensans')


LAYOUTS = [
    ('aor-wp-extension-01', aor_wp_ext, 'en'),
    ('portal-confirm-pgwp-02', submission_pgwp, 'en'),
    ('imm0127-wpext-03', imm0127, 'en'),
    ('accuse-reception-fr-04', accuse_fr, 'fr'),
    ('pr-aor-express-entry-05', pr_aor, 'en'),
    ('portal-confirm-sp-ext-06', sp_ext, 'en'),
    ('portal-confirm-pgwp-fr-07', pgwp_fr, 'fr'),
    ('portal-confirm-visitor-08', visitor, 'en'),
]
