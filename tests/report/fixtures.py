"""A hand-built AuditResult with real PDF pages and hostile strings, for report tests."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from fpdf import FPDF

from auditor import __version__
from auditor.case.authorization import Grant, Period
from auditor.case.authorization import Timeline as Authorization
from auditor.case.clb import LanguageResult, convert
from auditor.case.hours import Exclusion, Job, compute_hours
from auditor.case.intake import Intake, StudyClaim
from auditor.case.work import WorkFacts
from auditor.models import Document, Evidence, Field, Finding, Page, ReadFile, SourceFile, Waiver
from auditor.reading import read as reading
from auditor.reading.ocr import Engine
from auditor.result import AuditResult, Evaluation
from auditor.rules.checklist import load_checklists
from auditor.rules.waivers import verdict

HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>alert(2)</script>"
SIN = "046 454 286"
PASSPORT = "AB1234567"
AS_OF = dt.date(2026, 12, 1)


def _pdf(path: Path, lines: list[str]) -> SourceFile:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in lines:
        pdf.cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    data = path.read_bytes()
    return SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data))


def _read(file: SourceFile) -> ReadFile:
    return reading.read_text(file).read


def _field(page: Page, label: str, value: object, confidence: float = 0.97) -> Field:
    """A field whose evidence is the page line starting with `label`."""
    for line in page.lines:
        if line.text.startswith(label):
            return Field(value, page.number, line.bbox, line.text, confidence)
    raise AssertionError(f"no line {label!r} on the page: {page.text!r}")


def build_result(tmp_path: Path, employer: str = f"Northwind {HOSTILE} Inc.") -> AuditResult:
    """A not-eligible case: too few hours, one unknown, one waived, one passed finding."""
    case = tmp_path / "case-hostile"
    case.mkdir(parents=True, exist_ok=True)
    letter_file = _pdf(
        case / "letter.pdf",
        [
            employer,
            "123 King St W, Toronto, ON M5H 1A1",
            "To whom it may concern,",
            "Employee: Priya Raman",
            "Position: Data Analyst " + HOSTILE_SCRIPT,
            "Start date: June 5, 2025",
            "Hours per week: 37.5",
            f"SIN: {SIN}",
            "Salary: $72,000 per year",
            "Signed: Jane Doe, HR Manager",
        ],
    )
    test_file = _pdf(
        case / "celpip.pdf",
        [
            "CELPIP General Test Score Report",
            "Candidate: Priya Raman",
            "Test date: 2025-01-10",
            "Listening 9 Reading 8 Writing 6 Speaking 9",
        ],
    )
    passport_file = _pdf(
        case / "passport.pdf",
        [
            "PASSPORT / PASSEPORT",
            f"Passport No. {PASSPORT}",
            "Surname: RAMAN",
            "P<INDRAMAN<<PRIYA<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        ],
    )
    reads = [_read(f) for f in (letter_file, test_file, passport_file)]
    lp, tp, pp = (r.pages[0] for r in reads)
    letter = Document(
        letter_file,
        reads[0].pages,
        "employment_letter",
        {
            "employer_name": _field(lp, employer[:9], employer),
            "employee_name": _field(lp, "Employee", "Priya Raman"),
            "job_title": _field(lp, "Position", "Data Analyst " + HOSTILE_SCRIPT, 0.55),
            "start_date": _field(lp, "Start date", dt.date(2025, 6, 5)),
            "hours_per_week": _field(lp, "Hours per week", 37.5),
            "wage_amount": _field(lp, "Salary", 72000.0),
            "duties": Field((f"Build {HOSTILE} dashboards", "Report"), 1, None, "duties", 0.9),
        },
        language="en",
    )
    test = Document(
        test_file,
        reads[1].pages,
        "language_test",
        {
            "test": _field(tp, "CELPIP", "celpip_general"),
            "listening": _field(tp, "Listening", 9.0),
            "reading": _field(tp, "Listening", 8.0),
            "writing": _field(tp, "Listening", 6.0),
            "speaking": _field(tp, "Listening", 9.0),
            "test_date": _field(tp, "Test date", dt.date(2025, 1, 10)),
            "result_date": _field(tp, "Test date", dt.date(2025, 1, 10)),
        },
        language="en",
    )
    passport = Document(
        passport_file,
        reads[2].pages,
        "passport",
        {
            "passport_number": _field(pp, "Passport No.", PASSPORT),
            "holder_name": _field(pp, "Surname", "RAMAN"),
        },
        language="en",
    )
    documents = (letter, test, passport)
    job = Job(
        employer, letter.id, dt.date(2025, 6, 5), dt.date(2026, 3, 31), 37.5, noc="21223", teer=1
    )
    study = Exclusion(
        dt.date(2025, 9, 1),
        dt.date(2025, 12, 20),
        f"full-time study at Seneca {HOSTILE}",
        "CEC-STUDY-001",
    )
    hours = compute_hours([job], [study], AS_OF)
    # The assembled case's authorization: an employer-specific permit, maintained status on an
    # extension, then days the file leaves unsure and days it shows unauthorized.
    authorization = Authorization(
        grants=(
            Grant(
                dt.date(2024, 1, 2),
                dt.date(2025, 12, 31),
                "permit",
                f"employer-specific work permit permit.pdf naming {employer}",
                "permit.pdf",
                employer,
                specific=True,
                permit_type="employer_specific",
            ),
            Grant(
                dt.date(2026, 1, 1),
                dt.date(2026, 2, 28),
                "maintained_status",
                f"maintained status: extension filed 2025-12-01 as a worker {HOSTILE}",
                None,
                employer,
                specific=True,
                permit_type="employer_specific",
                filed=dt.date(2025, 12, 1),
                decided=dt.date(2026, 3, 1),
            ),
        ),
        periods=(
            Period(dt.date(2026, 3, 1), dt.date(2026, 3, 15), f"permit dates unsure {HOSTILE}"),
            Period(dt.date(2026, 3, 16), dt.date(2026, 3, 31), f"left Canada {HOSTILE}", False),
        ),
        permits_known=True,
        permits_sure=True,
        unread=(),
        study_permits=(),
    )
    work = WorkFacts((), (study,), (), True, authorization)
    chosen = convert(
        test.id,
        "celpip_general",
        {"listening": 9, "reading": 8, "writing": 6, "speaking": 9},
        dt.date(2025, 1, 10),
        dt.date(2025, 1, 10),
    )
    language = LanguageResult((chosen,), chosen, 7, "TEER 0-1")
    ev_hours = Evidence.of(letter, letter.fields["hours_per_week"])
    findings = (
        Finding(
            "CEC-HOURS-001",
            "failed",
            "error",
            f"{hours.qualifying_hours:g} qualifying hours; 1,560 required. {employer}",
            (letter.id,),
            (ev_hours,),
        ),
        Finding(
            "LANG-CLB-001",
            "failed",
            "error",
            "Writing CLB 6 is below CLB 7.",
            (test.id,),
            (Evidence.of(test, test.fields["writing"]),),
        ),
        Finding(
            "XDOC-EMPLOYER-001",
            "unknown",
            "warning",
            f"Employer {employer} could not be matched; SIN {SIN} on the letter.",
            (letter.id,),
            (Evidence.of(letter, letter.fields["employer_name"]),),
        ),
        Finding(
            "LETTER-SALARY-001",
            "waived",
            "warning",
            "Salary period unclear.",
            (letter.id,),
            (Evidence.of(letter, letter.fields["wage_amount"]),),
            Waiver(
                "LETTER-SALARY-001", f"HR confirmed {HOSTILE}", "J. Tremblay", dt.date(2026, 11, 20)
            ),
        ),
        Finding(
            "DOC-UNKNOWN-001",
            "failed",
            "info",
            f"Passport {PASSPORT} shown in full.",
            (passport.id,),
            (Evidence.of(passport, passport.fields["passport_number"]),),
        ),
        Finding("LANG-MISSING-001", "passed", "error", "1 language result(s) in the file."),
    )
    evaluation = Evaluation(
        findings, {"qualifying_hours": hours.qualifying_hours}, hours, language, work=work
    )
    checklists = load_checklists()
    intake = Intake(
        present=True,
        client_name="Priya Raman",
        submission_date=AS_OF,
        intended_province="ON",
        study=(StudyClaim(f"Seneca {HOSTILE}", dt.date(2025, 9, 1), dt.date(2025, 12, 20)),),
    )
    return AuditResult(
        case_name=case.name,
        case_dir=case,
        as_of=AS_OF,
        as_of_source="case.yaml",
        intake=intake,
        files=tuple(reads),
        documents=documents,
        evaluation=evaluation,
        findings=findings,
        verdict=verdict(findings),
        engine=Engine("5.3.0", "/usr/share/tesseract-ocr/5/tessdata", ("eng", "fra")),
        checklists=checklists,
        checklist_hashes=(("checklists/rules.yaml", "ab" * 32),),
        tool_version=__version__,
        duration_seconds=1.234,
    )
