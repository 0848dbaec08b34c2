"""School completion letters and transcripts, round 2."""
from .common import Doc, Truth, D, iso, long_en, fr, dmy, logo_image, signature_image


def college_letter_01(rng):
    """College registrar's letter, prose, full-time, with a convocation date as a distractor."""
    T = Truth()
    d = Doc()
    F = 'serif'
    d.img(logo_image('RRC', (0, 70, 40), 'square'), 20, 14, 18, 18)
    d.t(42, 15, T.v('institution', 'Red River College Polytechnic', 'Red River College Polytechnic'), F, 15, 'B', color=(0, 70, 40))
    d.t(42, 22, 'Office of the Registrar · 2055 Notre Dame Avenue, Winnipeg, MB R3H 0J9', F, 9)
    d.t(20, 42, long_en(D('2023-07-12')), F, 11)
    d.t(20, 52, 'To Whom It May Concern', F, 11, 'B')
    name = T.v('student_name', 'Rohan Mehta', 'Rohan Mehta')
    prog = T.v('program', 'Business Administration – Diploma', 'Business Administration – Diploma')
    txt = (f'This letter confirms that {name} (student number 0412277) was enrolled as a full-time student in the {prog} program '
           f'from September 8, 2021. He successfully completed all the requirements of the program on '
           f'{T.v("completion_date", D("2023-04-28"), "April 28, 2023")}. The credential will be conferred at the convocation ceremony on June 14, 2023.')
    T.v('full_time', True, 'full-time')
    y = d.mt(20, 62, 176, txt, F, 11, lh=1.5)
    d.mt(20, y + 5, 176, 'This letter is issued at the request of the student.', F, 11)
    d.img(signature_image(rng), 20, y + 16, 40, 13)
    d.t(20, y + 31, 'Danielle Fontaine, Associate Registrar', F, 11)
    return d, T


def attestation_fr_02(rng):
    """French university 'Attestation de fin d'études', '14 mars 2025' dates, temps plein."""
    T = Truth()
    d = Doc()
    F = 'caladea'
    d.t(108, 16, T.v('institution', 'Université de Sherbrooke', 'Université de Sherbrooke'), F, 16, 'B', align='C')
    d.t(108, 24, 'Bureau de la registraire', F, 11, align='C')
    d.hl(40, 176, 30, 0.4)
    d.t(108, 40, 'ATTESTATION DE FIN D\'ÉTUDES', F, 13, 'B', align='C')
    name = T.v('student_name', 'Awa Konaté', 'Awa Konaté')
    prog = T.v('program', 'Maîtrise en administration des affaires (MBA)', 'Maîtrise en administration des affaires (MBA)')
    txt = (f'La registraire atteste que {name}, matricule 23 118 402, a été inscrite à temps plein au programme de {prog} '
           f'du 5 septembre 2023 au 16 avril 2025. L\'étudiante a satisfait à toutes les exigences de ce programme le '
           f'{T.v("completion_date", D("2025-04-16"), "16 avril 2025")}. Le grade lui sera décerné lors de la collation des grades du 14 juin 2025.')
    T.v('full_time', True, 'temps plein')
    y = d.mt(22, 54, 172, txt, F, 11.5, lh=1.5, align='J')
    d.t(22, y + 8, 'Sherbrooke, le ' + fr(D('2025-05-02')), F, 11)
    d.img(signature_image(rng), 22, y + 15, 40, 13)
    d.t(22, y + 30, 'Isabelle Lapointe, registraire', F, 11)
    return d, T


def transcript_en_03(rng):
    """Official transcript (EN) with a course table and a 'Program status' block; ISO dates."""
    T = Truth()
    d = Doc()
    F = 'dvcond'
    d.t(14, 14, T.v('institution', 'Seneca Polytechnic', 'Seneca Polytechnic'), F, 15, 'B', color=(180, 20, 40))
    d.t(14, 21, 'OFFICIAL ACADEMIC TRANSCRIPT', F, 10, 'B')
    d.t(202, 14, 'Issued 2026-01-09', F, 9, align='R')
    y = 30
    info = [('Student', T.v('student_name', 'THI HOA NGUYEN', 'NGUYEN, THI HOA')), ('Student ID', '150 998 321'),
            ('Program', T.v('program', 'Civil Engineering Technology (Advanced Diploma)', 'Civil Engineering Technology (Advanced Diploma)')),
            ('Enrolment status', T.v('full_time', True, 'Full-time')), ('Program status', 'Completed — requirements met ' + T.v('completion_date', D('2025-12-19'), '2025-12-19'))]
    for a, b in info:
        d.t(14, y, a + ':', F, 9.5, 'B')
        d.t(50, y, b, F, 9.5)
        y += 6
    y += 4
    heads = ['Term', 'Course', 'Title', 'Credits', 'Grade']
    xs = [14, 40, 62, 160, 182]
    d.rect2(14, y, 188, 7, fill=(235, 235, 235), draw=None)
    for x, h in zip(xs, heads):
        d.t(x + 1, y + 1.5, h, F, 9, 'B')
    y += 8
    courses = [('2023 Fall', 'CVL101', 'Surveying I', '4.0', 'A'), ('2023 Fall', 'CVL115', 'Construction Materials', '3.0', 'B+'),
               ('2024 Winter', 'CVL201', 'Hydraulics', '4.0', 'A-'), ('2024 Winter', 'CVL230', 'Structural Drafting', '3.0', 'A'),
               ('2024 Fall', 'CVL310', 'Soil Mechanics', '4.0', 'B'), ('2025 Winter', 'CVL350', 'Highway Design', '4.0', 'A'),
               ('2025 Fall', 'CVL499', 'Capstone Project', '6.0', 'A')]
    for r in courses:
        for x, s in zip(xs, r):
            d.t(x + 1, y, s, F, 9)
        y += 5.5
    y += 4
    d.t(14, y, 'Cumulative GPA: 3.71     Credential awarded: Advanced Diploma (convocation 2026-06-10)', F, 9.5, 'B')
    d.t(14, 262, 'This transcript is not valid without the Registrar\'s seal.', F, 8, 'I')
    return d, T


def releve_fr_04(rng):
    """Cégep 'Relevé de notes' with a 'Sanction des études' section, part-time (temps partiel), dd/mm/yyyy format labelled."""
    T = Truth()
    d = Doc()
    F = 'narrow'
    d.rect2(0, 0, 216, 26, fill=(0, 60, 120), draw=None)
    d.t(14, 7, T.v('institution', 'Cégep de Sainte-Foy', 'Cégep de Sainte-Foy'), F, 16, 'B', color=(255, 255, 255))
    d.t(202, 8, 'Relevé de notes', F, 12, 'B', color=(255, 255, 255), align='R')
    y = 34
    info = [('Nom', T.v('student_name', 'Youssef Benali', 'BENALI, Youssef')), ('Code permanent', 'BENY11029901'),
            ('Programme', T.v('program', 'AEC Techniques de l\'informatique', 'AEC Techniques de l\'informatique')),
            ('Régime d\'études', T.v('full_time', False, 'Temps partiel')), ('Format des dates', 'JJ/MM/AAAA')]
    for a, b in info:
        d.t(14, y, a, F, 10, 'B')
        d.t(60, y, b, F, 10.5)
        y += 6.5
    y += 4
    heads = ['Session', 'Cours', 'Titre', 'Note']
    xs = [14, 40, 72, 180]
    for x, h in zip(xs, heads):
        d.t(x, y, h, F, 10, 'B')
    d.hl(14, 202, y + 5.5, 0.4)
    y += 8
    for r in [('A2023', '420-1A1', 'Programmation I', '88'), ('H2024', '420-2B2', 'Bases de données', '84'),
              ('A2024', '420-3C3', 'Développement Web', '91'), ('H2025', '420-4D4', 'Stage en entreprise', 'RE')]:
        for x, s in zip(xs, r):
            d.t(x, y, s, F, 10)
        y += 6
    y += 6
    d.rect2(14, y, 188, 20, fill=(235, 242, 250), draw=None)
    d.t(17, y + 3, 'Sanction des études', F, 10.5, 'B')
    d.t(17, y + 10, 'Programme terminé le ' + T.v('completion_date', D('2025-05-23'), '23/05/2025') + ' — attestation délivrée le 30/06/2025', F, 10.5)
    return d, T


def completion_en_table_05(rng):
    """University completion letter with a details table (labels in a header row), 'Mar 14, 2025' style date."""
    T = Truth()
    d = Doc()
    F = 'roboto'
    d.t(14, 14, T.v('institution', 'Dalhousie University', 'Dalhousie University'), F, 16, 'B', color=(40, 40, 40))
    d.t(14, 21, 'Registrar\'s Office · 6299 South Street, Halifax, NS B3H 4R2', F, 9)
    d.hl(14, 202, 27, 0.8, (242, 183, 5))
    d.t(14, 36, 'Letter of Completion', F, 13, 'B')
    d.t(14, 44, 'Issued: Nov 20, 2026', F, 9.5)
    d.mt(14, 52, 188, 'To whom it may concern: the student named below has completed all academic requirements of the program listed. '
         'Degree conferral takes place at the next convocation.', F, 10, lh=1.45)
    y = 68
    heads = ['Student name', 'Program', 'Study load', 'Requirements completed']
    vals = [T.v('student_name', 'Lucas Ferreira', 'Lucas Ferreira'), T.v('program', 'Bachelor of Computer Science (Co-op)', 'Bachelor of Computer Science (Co-op)'),
            T.v('full_time', True, 'Full-time'), T.v('completion_date', D('2026-08-21'), 'Aug 21, 2026')]
    ws = [38, 72, 30, 48]
    x = 14
    for h, v, w in zip(heads, vals, ws):
        d.rect2(x, y, w, 8, fill=(242, 183, 5), draw=(120, 120, 120))
        d.t(x + 1.5, y + 2, h, F, 8.5, 'B')
        d.rect2(x, y + 8, w, 10, draw=(120, 120, 120))
        d.t(x + 1.5, y + 11, v, F, 8.5)
        x += w
    d.t(14, y + 28, 'Expected convocation: October 2026', F, 9.5)
    d.img(signature_image(rng), 14, y + 38, 40, 13)
    d.t(14, y + 53, 'Office of the Registrar', F, 10)
    return d, T


LAYOUTS = [
    ('college-letter-01', college_letter_01),
    ('attestation-fr-02', attestation_fr_02),
    ('transcript-en-03', transcript_en_03),
    ('releve-fr-parttime-04', releve_fr_04),
    ('letter-table-05', completion_en_table_05),
]
