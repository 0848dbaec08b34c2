"""Application receipts and completion letters (issue 14): labelled forms and prose letters in
English and French, classified apart from the reference letters and permits they resemble."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from auditor.models import Document, SourceFile
from auditor.privacy import Redactor
from auditor.report.json_report import document_json
from extractors.application_receipt import EXTRACTOR as RECEIPT
from extractors.base import Extractor
from extractors.classify import decide
from extractors.completion_letter import EXTRACTOR as COMPLETION
from extractors.completion_letter import clean_program
from tests.extractors.pagebuilder import page_from_text

AOR_FORM = """\
Immigration, Refugees and Citizenship Canada
ACKNOWLEDGMENT OF RECEIPT

Applicant name:        Tomasz Wiśniewski
Date of birth:         1992-03-04
UCI:                   1100-2233
Application number:    W304417788
Application type:      Work permit extension (worker)
Date received:         December 10, 2025

We received your application. If you applied before your permit expired, you may continue
to work under the same conditions until a decision is made.
"""

INTERIM_LETTER = """\
Immigration, Refugees and Citizenship Canada
IMM 0127 Interim authorization

Dear Ms. Farida Haidari,

This letter confirms that we received your application to extend your stay in Canada
as a worker on March 3, 2026, before your work permit expired. You are authorized to
keep working under the same conditions while we process it.

Application number  W318820019
"""

ACCUSE_FR = """\
Immigration, Réfugiés et Citoyenneté Canada
ACCUSÉ DE RÉCEPTION

Nom de famille :        GAUTHIER
Prénom(s) :             Élodie
Numéro de demande :     S302218845
Type de demande :       Prolongation du permis d'études
Date de réception :     14 janvier 2026
"""

PORTAL_PGWP = """\
Post-Graduation Work Permit
Thank you for submitting your application
Your application was successfully transmitted to IRCC.

Principal applicant     Rahul Iyer
Application no.         W377120045
Date submitted          2025-05-20
Fee paid                $255.00
"""

COMPLETION_PROSE = """\
Lakehead Valley College
Office of the Registrar
1200 College Road, Thunder Bay, ON

June 20, 2024

To whom it may concern,

This is to certify that Jane Q. Doe has successfully completed all requirements of the
Business Administration - Accounting program on June 14, 2024. Ms. Doe was enrolled as
a full-time student from September 2022 until completion.

Sincerely,
Registrar
"""

RELEVE_FR = """\
Cégep de la Rive-Nord
Relevé de notes - Dossier scolaire

Nom de famille :         TREMBLAY
Prénom :                 Louis
Matricule :              2021-44812
Programme :              Techniques de génie mécanique (241.A0)
Date de début :          2021-08-23
Date d'obtention du diplôme :   2024-06-14
Régime d'études :        Temps partiel
"""


def values(text: str, extractor: Extractor) -> dict[str, object]:
    fields = extractor.extract((page_from_text(text),))
    return {name: f.value for name, f in fields.items()}


def test_acknowledgment_of_receipt_form() -> None:
    v = values(AOR_FORM, RECEIPT)
    assert v["applicant_name"] == "Tomasz Wiśniewski"
    assert v["application_type"] == "work_permit_extension"
    assert v["filed_date"] == dt.date(2025, 12, 10)
    assert v["application_number"] == "W304417788"


def test_interim_authorization_letter_in_prose() -> None:
    v = values(INTERIM_LETTER, RECEIPT)
    assert v["applicant_name"] == "Farida Haidari"
    assert v["application_type"] == "work_permit_extension"
    assert v["filed_date"] == dt.date(2026, 3, 3)
    assert v["application_number"] == "W318820019"


def test_french_acknowledgment_with_names_apart() -> None:
    v = values(ACCUSE_FR, RECEIPT)
    assert v["applicant_name"] == "Élodie GAUTHIER"
    assert v["application_type"] == "study_permit_extension"
    assert v["filed_date"] == dt.date(2026, 1, 14)
    assert v["application_number"] == "S302218845"


def test_portal_confirmation_names_the_application_in_its_title() -> None:
    v = values(PORTAL_PGWP, RECEIPT)
    assert v["application_type"] == "pgwp"
    assert v["filed_date"] == dt.date(2025, 5, 20)
    assert v["applicant_name"] == "Rahul Iyer"


def test_completion_letter_in_prose() -> None:
    v = values(COMPLETION_PROSE, COMPLETION)
    assert v["student_name"] == "Jane Q. Doe"
    assert v["completion_date"] == dt.date(2024, 6, 14)
    assert v["full_time"] is True
    assert v["institution"] == "Lakehead Valley College"
    assert v["program"] == "Business Administration - Accounting"


def test_french_transcript_with_labels() -> None:
    v = values(RELEVE_FR, COMPLETION)
    assert v["student_name"] == "Louis TREMBLAY"
    assert v["program"] == "Techniques de génie mécanique (241.A0)"
    assert v["completion_date"] == dt.date(2024, 6, 14)
    assert v["full_time"] is False


def test_a_program_label_inside_a_sentence_is_not_a_program() -> None:
    assert clean_program("requirements of the program as of April 24, 2026") is None
    assert clean_program("of Master of Science (Physics). The degree was") == (
        "Master of Science (Physics)"
    )
    assert clean_program("en date du 2 mai") is None


def test_each_kind_outranks_the_broader_kind_it_resembles() -> None:
    assert decide(COMPLETION_PROSE)[0] == "completion_letter"
    assert decide(AOR_FORM)[0] == "application_receipt"
    assert decide(INTERIM_LETTER)[0] == "application_receipt"
    assert decide(PORTAL_PGWP)[0] == "application_receipt"


def test_a_reference_letter_stays_a_reference_letter() -> None:
    letter = """\
Northwind Analytics Inc.
To whom it may concern,
This is to certify that Priya Raman is employed as a Data Analyst since June 5, 2023,
37.5 hours per week, salary $78,000 per year. Her duties include building reports.
She graduated from Seneca Polytechnic before joining us.
Sincerely,
Jane Smith, HR Manager
"""
    assert decide(letter)[0] == "employment_letter"


def test_a_co_op_work_permit_naming_the_study_permit_is_a_work_permit() -> None:
    permit = """\
Immigration, Refugees and Citizenship Canada
CO-OP WORK PERMIT / PERMIS DE TRAVAIL
Family Name    MEHTA
Valid from     2023-09-01
Expiry Date    2025-04-30
Conditions: NOT VALID AFTER THE STUDY PERMIT EXPIRES.
"""
    assert decide(permit)[0] == "work_permit"


def test_the_application_number_is_masked_in_the_report() -> None:
    fields = RECEIPT.extract((page_from_text(AOR_FORM),))
    source = SourceFile(path=Path("/case/aor.pdf"), relpath="aor.pdf", sha256="0" * 64, size=1)
    document = Document(source, (page_from_text(AOR_FORM),), "application_receipt", fields)
    shown = document_json(document, Redactor(["W304417788"]))["fields"]["application_number"]
    assert "W304417788" not in str(shown) and str(shown["value"]).endswith("788")


def test_a_completion_letter_is_told_by_what_it_states_not_by_one_phrase() -> None:
    # A student, a program and its end, in words no single signal holds.
    letter = """\
Northern Lights College
To whom it may concern
This is to confirm that Li Wei was a full-time student in our Early Childhood Education
program and that her studies ended on April 25, 2025. She is eligible to receive her diploma.
Regards,
Student Services
"""
    assert decide(letter)[0] == "completion_letter"
    # A reference letter for a graduate hired afterwards states a job: it stays a letter.
    hired = """\
Harbourview Dental Clinic
To whom it may concern,
This is to confirm that Li Wei, a graduate of the Dental Assisting diploma program, has been
employed with us since June 2, 2025 as a dental assistant, 36 hours per week, at $27.00 per
hour. Her duties include chairside assistance and sterilization.
Regards,
Dr. Maya Chen, Owner
"""
    assert decide(hired)[0] == "employment_letter"
