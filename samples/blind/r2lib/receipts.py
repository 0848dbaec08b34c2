"""IRCC acknowledgments of receipt, submission confirmations and an interim authorization letter, round 2."""
from .common import Doc, Truth, D, iso, long_en, fr, dmon


def _head(d, F, fr_first=False):
    a, b = ('Immigration, Réfugiés et Citoyenneté Canada', 'Immigration, Refugees and Citizenship Canada')
    if not fr_first:
        a, b = b, a
    d.rect2(14, 12, 6, 6, fill=(200, 30, 30), draw=None)
    d.t(23, 11, a, F, 9, 'B')
    d.t(23, 15.5, b, F, 9)
    d.t(202, 12, 'Canada', F, 14, 'B', align='R')


def aor_pgwp_01(rng):
    """Online AOR for a PGWP: labels on the left, 'March 14, 2025' dates."""
    T = Truth()
    d = Doc()
    F = 'sans'
    _head(d, F)
    d.t(14, 30, 'Acknowledgment of Receipt', F, 15, 'B')
    y = 42
    rows = [('Date', long_en(D('2026-05-19'))), ('Application number', T.v('application_number', 'W309778412', 'W309778412')),
            ('Unique client identifier (UCI)', '33-4455-6677'), ('Principal applicant', T.v('applicant_name', 'Rohan Mehta', 'Rohan Mehta')),
            ('Application type', T.v('application_type', 'pgwp', 'Post-Graduation Work Permit')), ('Date received', T.v('filed_date', D('2026-05-15'), 'May 15, 2026'))]
    for a, b in rows:
        d.t(14, y, a + ':', F, 10, 'B')
        d.t(80, y, b, F, 10)
        y += 7
    y += 4
    txt = ('We have received your application for a work permit under the post-graduation work permit program, submitted from inside Canada. '
           'This letter confirms that your application was received on May 15, 2026, and that the processing fee has been paid. '
           'If you applied before your study permit expired, you may stay in Canada under the same conditions until a decision is made (maintained status). '
           'Do not submit another application while this one is in process.')
    y = d.mt(14, y, 188, txt, F, 10, lh=1.45)
    d.mt(14, y + 6, 188, 'Please do not reply to this letter. Use your IRCC secure account to check your application status.', F, 9, lh=1.4, color=(80, 80, 80))
    return d, T


def confirmation_pr_02(rng):
    """Permanent residence e-APR submission confirmation: a portal printout, ISO dates, table with header labels."""
    T = Truth()
    d = Doc()
    F = 'opensans'
    d.rect2(0, 0, 216, 14, fill=(38, 55, 74), draw=None)
    d.t(14, 3.5, 'Government of Canada  /  Gouvernement du Canada', F, 9, color=(255, 255, 255))
    d.t(14, 22, 'Submission confirmation', F, 16, 'B')
    d.t(14, 31, 'Your application for permanent residence (Express Entry) has been submitted.', F, 10.5)
    y = 42
    heads = ['Applicant', 'Application number', 'Program', 'Submitted on']
    vals = [T.v('applicant_name', 'Kwame Mensah', 'Kwame Mensah'), T.v('application_number', 'E001234567', 'E001234567'),
            'Canadian Experience Class', T.v('filed_date', D('2026-11-24'), '2026-11-24')]
    T.v('application_type', 'permanent_residence', 'permanent residence')
    ws = [44, 46, 56, 42]
    x = 14
    for h, v, w in zip(heads, vals, ws):
        d.rect2(x, y, w, 8, fill=(230, 234, 240), draw=(160, 160, 160))
        d.t(x + 2, y + 2, h, F, 8.5, 'B')
        d.rect2(x, y + 8, w, 9, draw=(160, 160, 160))
        d.t(x + 2, y + 10.5, v, F, 9.5)
        x += w
    y += 26
    d.mt(14, y, 188, 'Keep this confirmation for your records. An acknowledgment of receipt (AOR) will be sent to your account once we confirm that your application is complete. '
         'Electronic Travel Authorization and biometrics instructions, if applicable, will follow.', F, 9.5, lh=1.45)
    d.t(14, y + 26, 'Express Entry profile number: EE0099887766', F, 9.5)
    d.t(14, y + 32, 'Invitation to apply received: 2026-10-15', F, 9.5)
    return d, T


def interim_imm0127_03(rng):
    """Interim authorization letter (IMM 0127) for a work permit extension: maintained status, dd/mm/yyyy with the format stated."""
    T = Truth()
    d = Doc()
    F = 'notoserif'
    _head(d, F)
    d.t(202, 22, 'IMM 0127 E', F, 8, align='R')
    d.t(14, 30, 'Interim Authorization to Work', F, 14, 'B')
    d.t(14, 37, 'Dates are shown as DD/MM/YYYY', F, 8.5, 'I', color=(80, 80, 80))
    y = 46
    rows = [('Name', T.v('applicant_name', 'Amara Okafor', 'OKAFOR, Amara')), ('Date of birth', '02/05/1993'),
            ('UCI', '1122-3344'), ('Application number', T.v('application_number', 'W305512890', 'W305512890')),
            ('Application received', T.v('filed_date', D('2026-05-28'), '28/05/2026')), ('Date of this letter', '16/06/2026')]
    T.v('application_type', 'work_permit_extension', 'extend your work permit')
    for a, b in rows:
        d.t(14, y, a, F, 10)
        d.t(70, y, b, F, 10.5, 'B')
        y += 7
    y += 4
    txt = ('Our records show that you applied to extend your work permit before it expired. Under section 186(u) of the Immigration and Refugee '
           'Protection Regulations, you may continue to work under the same conditions as your expired permit until a decision is made on your application. '
           'Show this letter to your employer as proof of your authorization to work. This letter is not a work permit.')
    y = d.mt(14, y, 188, txt, F, 10, lh=1.45)
    d.t(14, y + 6, 'Case Processing Centre — Edmonton', F, 10, 'I')
    return d, T


def aor_spx_04(rng):
    """AOR for a study permit extension, mono 'notice' style, dd MON yyyy."""
    T = Truth()
    d = Doc()
    F = 'mono'
    _head(d, 'sans')
    lines = ['ACKNOWLEDGMENT OF RECEIPT - APPLICATION TO EXTEND STUDY PERMIT', '',
             'DATE:               ' + dmon(D('2026-02-10')),
             'CLIENT NAME:        ' + T.v('applicant_name', 'FARAH HADDAD', 'FARAH HADDAD'),
             'APPLICATION NO.:    ' + T.v('application_number', 'S312094477', 'S312094477'),
             'DATE RECEIVED:      ' + T.v('filed_date', D('2026-02-06'), dmon(D('2026-02-06'))),
             'APPLICATION TYPE:   ' + T.v('application_type', 'study_permit_extension', 'STUDY PERMIT - EXTENSION')]
    y = 30
    for ln in lines:
        d.t(14, y, ln, F, 10, 'B' if ln.startswith('ACK') else '')
        y += 6
    d.mt(14, y + 4, 188, 'THIS IS TO ACKNOWLEDGE THAT WE HAVE RECEIVED YOUR APPLICATION. YOU WILL BE NOTIFIED OF ANY ADDITIONAL REQUIREMENTS. '
         'IF YOU APPLIED BEFORE THE EXPIRY OF YOUR STUDY PERMIT, YOU MAY CONTINUE TO STUDY UNDER THE SAME CONDITIONS UNTIL A DECISION IS MADE.', F, 9.5, lh=1.45)
    return d, T


def accuse_fr_05(rng):
    """French acknowledgment of receipt for a work permit extension (accusé de réception), '14 mars 2025' dates."""
    T = Truth()
    d = Doc()
    F = 'freeserif'
    _head(d, F, fr_first=True)
    d.t(14, 30, 'Accusé de réception', F, 16, 'B')
    d.t(14, 38, 'Demande de prolongation de permis de travail présentée au Canada', F, 11)
    y = 50
    rows = [('Date', fr(D('2026-04-03'))), ('Nom du demandeur', T.v('applicant_name', 'Sofía Ramírez Torres', 'Sofía Ramírez Torres')),
            ('Numéro de demande', T.v('application_number', 'W308340019', 'W308340019')), ('Date de réception', T.v('filed_date', D('2026-03-27'), '27 mars 2026'))]
    T.v('application_type', 'work_permit_extension', 'prolongation de permis de travail')
    for a, b in rows:
        d.t(14, y, a + ' :', F, 10.5)
        d.t(75, y, b, F, 11, 'B')
        y += 7.5
    y += 4
    d.mt(14, y, 188, 'Nous avons bien reçu votre demande de prolongation de permis de travail. Si vous avez présenté votre demande avant l\'expiration de votre permis, '
         'vous pouvez continuer à travailler selon les mêmes conditions jusqu\'à ce qu\'une décision soit rendue (statut maintenu). '
         'Veuillez ne pas répondre à cette lettre.', F, 10.5, lh=1.45)
    return d, T


LAYOUTS = [
    ('aor-pgwp-01', aor_pgwp_01),
    ('confirmation-pr-02', confirmation_pr_02),
    ('interim-imm0127-03', interim_imm0127_03),
    ('aor-study-ext-mono-04', aor_spx_04),
    ('accuse-fr-wpx-05', accuse_fr_05),
]
