"""School completion letter / transcript layouts."""
from datetime import date

from .common import Doc, signature_image, logo_image
from .data import person, fd

INST = [('Seneca Polytechnic', '1750 Finch Avenue East, Toronto, ON M2J 2X5', '(416) 555-0101'),
        ('University of Manitoba', '66 Chancellors Circle, Winnipeg, MB R3T 2N2', '204-555-0155'),
        ('Conestoga College', '299 Doon Valley Drive, Kitchener, ON N2G 4M4', '519-555-0192'),
        ('Cégep de Sainte-Foy', '2410, chemin Sainte-Foy, Québec (QC) G1V 1T3', '418 555-0117'),
        ('Douglas College', '700 Royal Avenue, New Westminster, BC V3M 5Z5', '604-555-0128'),
        ('Université de Sherbrooke', '2500, boulevard de l\'Université, Sherbrooke (QC) J1K 2R1', '819 555-0144'),
        ('Saskatchewan Polytechnic', '1130 Idylwyld Drive North, Saskatoon, SK S7K 3R5', '306-555-0183'),
        ('Northern Lights Career College', '10010 106 Street NW, Edmonton, AB T5J 3L8', '780-555-0166')]


def head(d, inst, F, color, logo=True):
    if logo:
        d.img(logo_image(''.join(w[0] for w in inst[0].replace('de ', '').split()[:2]).upper(), color, 'square'), 18, 12, 16, 16)
    d.t(38, 12, inst[0], F, 15, 'B', color=color)
    d.t(38, 19.5, 'Office of the Registrar' if 'Cégep' not in inst[0] and 'Université' not in inst[0] else
        'Bureau du registraire', F, 9)
    d.t(38, 24, f'{inst[1]}  ·  {inst[2]}', F, 8)
    d.hl(18, 198, 31, 0.5, color)


def letter_en(rng, idx, pidx, program, comp, full_time, F, color, extra_dist=True, ld=None):
    inst = INST[idx]
    p = person(rng, pidx)
    d = Doc('letter')
    head(d, inst, F, color)
    ld = ld or date(comp.year, comp.month, 28) if comp.month != 2 else date(comp.year, 3, 5)
    y = 40
    d.t(20, y, fd(ld, 'Month d, Y'), F, 10.5)
    y += 10
    d.t(20, y, 'To Whom It May Concern', F, 10.5, 'B')
    y += 9
    status = 'full-time' if full_time else 'part-time'
    sid = str(int(rng.integers(100000000, 999999999)))
    body = (f"This letter confirms that {p['full']} (Student ID {sid}) was enrolled as a {status} student in the "
            f"{program} program at {inst[0]} and has successfully completed all academic requirements of the program "
            f"as of {fd(comp, 'Month d, Y')}.")
    y = d.mt(20, y, 176, body, F, 10.5, lh=1.5) + 4
    if extra_dist:
        y = d.mt(20, y, 176, f"The credential will be conferred at the convocation ceremony scheduled for "
                 f"{fd(date(comp.year, 6 if comp.month < 6 else 11, 17), 'Month d, Y')}. Official transcripts are "
                 'available on request.', F, 10.5, lh=1.5) + 4
    y = d.mt(20, y, 176, 'This letter is issued at the student\'s request.', F, 10.5) + 10
    d.img(signature_image(rng), 20, y, 50, 16)
    y += 18
    d.t(20, y, 'Priscilla Amankwah', F, 10.5, 'B')
    d.t(20, y + 5, 'Associate Registrar, Records and Graduation', F, 10.5)
    return d, {'student_name': p['full'], 'institution': inst[0], 'program': program, 'completion_date': comp,
               'full_time': full_time}


def college_registrar(rng):
    return letter_en(rng, 0, 34, 'Computer Programming and Analysis (Advanced Diploma)', date(2026, 4, 24), True,
                     'sans', (200, 16, 46))


def university(rng):
    p = person(rng, 3)
    inst = INST[1]
    d = Doc('letter')
    F = 'serif'
    head(d, inst, F, (90, 60, 20))
    comp = date(2025, 12, 19)
    y = 42
    d.t(198, y, fd(date(2026, 1, 8), 'd Month Y'), F, 11, align='R')
    y += 12
    d.t(108, y, 'CONFIRMATION OF DEGREE REQUIREMENTS COMPLETED', F, 12, 'B', align='C')
    y += 12
    body = (f"This is to certify that {p['full']}, born {fd(p['dob'], 'Month d, Y')}, has completed all requirements "
            f"for the degree of Master of Engineering (Civil Engineering). The requirements were completed on "
            f"{fd(comp, 'Month d, Y')}. The degree will be formally conferred at the Spring 2026 convocation.")
    y = d.mt(22, y, 172, body, F, 11, lh=1.55, align='J') + 4
    y = d.mt(22, y, 172, f"{p['given']} was registered as a full-time graduate student from September 2023 until "
             'completion of the program.', F, 11, lh=1.55) + 12
    d.img(signature_image(rng), 22, y, 50, 16)
    d.t(22, y + 18, 'Neil Armitage, University Registrar', F, 11)
    return d, {'student_name': p['full'], 'institution': inst[0], 'program': 'Master of Engineering (Civil Engineering)',
               'completion_date': comp, 'full_time': True}


def transcript(rng):
    p = person(rng, 11)
    inst = INST[2]
    d = Doc('letter')
    F = 'narrow'
    head(d, inst, F, (0, 80, 60))
    y = 36
    d.t(108, y, 'ACADEMIC TRANSCRIPT — UNOFFICIAL', F, 12, 'B', align='C')
    y += 9
    comp = date(2025, 8, 22)
    rows = [('Student name', f"{p['family']}, {p['given']}"), ('Student number', str(int(rng.integers(8000000, 8999999)))),
            ('Program', 'Business - Supply Chain and Operations Management'), ('Credential', 'Ontario College Diploma'),
            ('Enrolment status', 'Full-time'), ('Program status', 'Completed'), ('Completion date', fd(comp, 'iso')),
            ('Date issued', fd(date(2025, 9, 15), 'iso'))]
    rows = [rows[0], rows[1], rows[2], rows[3], rows[4], rows[5], rows[6], rows[7]]
    for i, (lab, val) in enumerate(rows):
        x = 20 if i < 4 else 120
        yy = y + (i % 4) * 6.5
        d.t(x, yy, lab + ':', F, 9)
        d.t(x + (22 if i < 4 else 26), yy, val, F, 9.5, 'B')
    y += 30
    d.rect2(20, y, 176, 7, fill=(220, 235, 230), draw=None)
    for h, x in [('Term', 22), ('Course', 42), ('Title', 66), ('Credits', 160), ('Grade', 180)]:
        d.t(x, y + 1.5, h, F, 9, 'B')
    y += 8
    courses = [('2024F', 'SCM1010', 'Introduction to Supply Chain Management'), ('2024F', 'ACC1100', 'Financial Accounting I'),
               ('2024F', 'COM1200', 'Business Communication'), ('2024F', 'MTH1150', 'Business Mathematics'),
               ('2025W', 'SCM1220', 'Procurement and Purchasing'), ('2025W', 'SCM1230', 'Inventory Management'),
               ('2025W', 'OPS1300', 'Operations Planning'), ('2025S', 'SCM2400', 'Logistics and Transportation'),
               ('2025S', 'SCM2410', 'Supply Chain Analytics'), ('2025S', 'SCM2990', 'Capstone Project')]
    for term, code, title in courses:
        d.t(22, y, term, F, 9)
        d.t(42, y, code, F, 9)
        d.t(66, y, title, F, 9)
        d.t(168, y, '3.0', F, 9, align='R')
        d.t(182, y, ['A', 'A-', 'B+', 'A+', 'B'][int(rng.integers(0, 5))], F, 9)
        y += 5.5
    y += 4
    d.hl(20, 196, y, 0.3)
    d.t(22, y + 2, 'Cumulative GPA: 3.62 / 4.00     Credits earned: 30.0     Graduation requirements met', F, 9, 'B')
    return d, {'student_name': p['full'], 'institution': inst[0],
               'program': 'Business - Supply Chain and Operations Management', 'completion_date': comp, 'full_time': True}


def cegep_fr(rng):
    p = person(rng, 13)
    inst = INST[3]
    d = Doc('letter')
    F = 'dejavu'
    head(d, inst, F, (0, 90, 150))
    comp = date(2026, 5, 20)
    y = 42
    d.t(198, y, f"Québec, le {fd(date(2026, 6, 2), 'fr')}", F, 10, align='R')
    y += 12
    d.t(108, y, 'ATTESTATION DE FIN D\'ÉTUDES', F, 13, 'B', align='C')
    y += 12
    body = (f"Nous attestons que {p['full']} (code permanent LEFE{int(rng.integers(10000000, 99999999))}) a terminé "
            "avec succès le programme Techniques de l'informatique (420.B0) menant au diplôme d'études collégiales. "
            f"La date de fin des études est le {fd(comp, 'fr')}.")
    y = d.mt(22, y, 172, body, F, 10.5, lh=1.55) + 4
    y = d.mt(22, y, 172, "L'étudiante était inscrite à temps plein pendant toute la durée du programme, "
             'de l\'automne 2023 à l\'hiver 2026.', F, 10.5, lh=1.55) + 4
    y = d.mt(22, y, 172, 'Le diplôme sera décerné par le ministère de l\'Enseignement supérieur.', F, 10.5) + 12
    d.img(signature_image(rng), 22, y, 50, 16)
    d.t(22, y + 18, 'Geneviève Lapointe, registraire', F, 10.5)
    return d, {'student_name': p['full'], 'institution': inst[0], 'program': "Techniques de l'informatique (420.B0)",
               'completion_date': comp, 'full_time': True}


def part_time(rng):
    return letter_en(rng, 4, 22, 'Post-Degree Diploma in Accounting', date(2025, 12, 12), False, 'opensans',
                     (110, 40, 120), extra_dist=False)


def form_style(rng):
    p = person(rng, 18)
    inst = INST[6]
    d = Doc('letter')
    F = 'roboto'
    head(d, inst, F, (0, 60, 110))
    comp = date(2025, 4, 25)
    y = 38
    d.t(108, y, 'CONFIRMATION OF PROGRAM COMPLETION', F, 13, 'B', align='C')
    y += 10
    rows = [('Student name', p['full']), ('Date of birth', fd(p['dob'], 'iso')), ('Student ID', str(int(rng.integers(200000, 299999)))),
            ('Program', 'Power Engineering Technology'), ('Program start date', '2023-08-28'),
            ('Program completion date', fd(comp, 'iso')), ('Credential awarded', 'Diploma')]
    for lab, val in rows:
        d.rect2(20, y, 62, 8.5, fill=(235, 240, 247), draw=(150, 150, 150), lw=0.2)
        d.rect2(82, y, 114, 8.5, draw=(150, 150, 150), lw=0.2)
        d.t(22, y + 2, lab, F, 9.5, 'B')
        d.t(84, y + 2, val, F, 9.5)
        y += 8.5
    d.rect2(20, y, 62, 8.5, fill=(235, 240, 247), draw=(150, 150, 150), lw=0.2)
    d.rect2(82, y, 114, 8.5, draw=(150, 150, 150), lw=0.2)
    d.t(22, y + 2, 'Study load', F, 9.5, 'B')
    d.rect2(85, y + 2.2, 4, 4, draw=(0, 0, 0), lw=0.3)
    d.t(85.4, y + 1.6, 'X', F, 9, 'B')
    d.t(91, y + 2, 'Full-time', F, 9.5)
    d.rect2(120, y + 2.2, 4, 4, draw=(0, 0, 0), lw=0.3)
    d.t(126, y + 2, 'Part-time', F, 9.5)
    y += 18
    d.mt(20, y, 176, 'The student has met all graduation requirements. This confirmation is issued for immigration '
         'purposes (post-graduation work permit application).', F, 9.5, lh=1.5)
    y += 20
    d.img(signature_image(rng), 20, y, 45, 15)
    d.t(20, y + 17, 'Registrar\'s Office — Saskatchewan Polytechnic', F, 9.5)
    return d, {'student_name': p['full'], 'institution': inst[0], 'program': 'Power Engineering Technology',
               'completion_date': comp, 'full_time': True}


def univ_fr(rng):
    p = person(rng, 33)
    inst = INST[5]
    d = Doc('letter')
    F = 'notoserif'
    head(d, inst, F, (0, 100, 60), logo=False)
    comp = date(2025, 8, 29)
    y = 42
    d.t(198, y, f"Sherbrooke, le {fd(date(2025, 9, 16), 'fr')}", F, 10, align='R')
    y += 12
    d.t(20, y, 'Objet : Attestation de fin de programme', F, 11, 'B')
    y += 10
    d.t(20, y, 'À qui de droit,', F, 10.5)
    y += 8
    body = (f"Le Bureau du registraire atteste que {p['full']}, matricule {int(rng.integers(10000000, 99999999))}, "
            'était inscrit à temps partiel au programme de Maîtrise en administration des affaires (MBA) et a '
            f"satisfait à toutes les exigences du programme en date du {fd(comp, 'fr')}.")
    y = d.mt(20, y, 176, body, F, 10.5, lh=1.55, align='J') + 4
    y = d.mt(20, y, 176, 'Le grade sera conféré lors de la prochaine collation des grades.', F, 10.5) + 12
    d.img(signature_image(rng), 20, y, 50, 16)
    d.t(20, y + 18, 'Julien Bérubé, registraire adjoint', F, 10.5)
    return d, {'student_name': p['full'], 'institution': inst[0],
               'program': 'Maîtrise en administration des affaires (MBA)', 'completion_date': comp, 'full_time': False}


def private_college(rng):
    return letter_en(rng, 7, 35, 'Medical Office Assistant Diploma', date(2025, 8, 29), True, 'typewriter',
                     (60, 60, 60), extra_dist=True)


LAYOUTS = [
    ('college-registrar-01', college_registrar, 'en'),
    ('university-degree-02', university, 'en'),
    ('transcript-03', transcript, 'en'),
    ('cegep-attestation-fr-04', cegep_fr, 'fr'),
    ('part-time-letter-05', part_time, 'en'),
    ('form-confirmation-06', form_style, 'en'),
    ('universite-fr-07', univ_fr, 'fr'),
    ('private-college-08', private_college, 'en'),
]
