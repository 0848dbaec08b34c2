"""Every rule ID: a failing, a passing and an unknown case, built from fields (no OCR)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from auditor.case.intake import Intake, StudyClaim
from auditor.models import Document, PdfFacts
from auditor.rules.catalogue import RULES
from auditor.rules.checklist import load_checklists
from tests.rules.builders import (
    LETTER_TEXT,
    D,
    change,
    doc,
    good_documents,
    ielts,
    intake,
    leave_claim,
    leave_record,
    letter,
    page,
    passport,
    run,
    statuses,
    stub,
    with_sin,
    with_text_facts,
    work_permit,
)
from tests.rules.ee_cases import EE_CASES
from tests.rules.noc_cases import NOC_CASES

Case = Callable[[], tuple[list[Document], Intake]]


def good() -> tuple[list[Document], Intake]:
    return good_documents(), intake()


def swap(kind: str, new: Document, docs: list[Document] | None = None) -> list[Document]:
    """The good documents with the (first) document of `kind` replaced by `new`."""
    docs = list(docs or good_documents())
    index = next(i for i, d in enumerate(docs) if d.kind == kind and d.id == new.id)
    docs[index] = new
    return docs


def without(*kinds: str) -> list[Document]:
    return [d for d in good_documents() if d.kind not in kinds]


def illegible(document: Document, **fields: object) -> Document:
    """A document read by OCR at 30% confidence, with the given fields removed or changed."""
    changed = change(document, **fields)
    return replace(changed, pages=(page(document.text, source="ocr", ocr_confidence=0.3),))


def stubs(**over: object) -> list[Document]:
    return [stub(n, **over) for n in range(3)]


def L(**fields: object) -> tuple[list[Document], Intake]:  # noqa: N802 - a letter variant
    return swap("employment_letter", letter(**fields)), intake()


def LI(**fields: object) -> tuple[list[Document], Intake]:  # noqa: N802 - illegible letter
    return swap("employment_letter", illegible(letter(), **fields)), intake()


# A legible letter that shows only its employer, date and applicant: an element missing from
# its fields is demonstrably missing from the letter (no trace of it in the text).
BARE_LETTER = (
    "Northwind Analytics Inc.\nNovember 15, 2026\n"
    "This confirms that Priya Raman works for Northwind Analytics Inc."
)


def LB(**fields: object) -> tuple[list[Document], Intake]:  # noqa: N802 - a bare letter
    return swap(
        "employment_letter", replace(letter(**fields), pages=(page(BARE_LETTER),))
    ), intake()


def T(**fields: object) -> tuple[list[Document], Intake]:  # noqa: N802 - a test variant
    return swap("language_test", ielts(**fields)), intake()


def S(**fields: object) -> tuple[list[Document], Intake]:  # noqa: N802 - stub variants
    return [d for d in good_documents() if d.kind != "pay_stub"] + stubs(**fields), intake()


def with_docs(
    *extra: Document, base: list[Document] | None = None, case: Intake | None = None
) -> Case:
    return lambda: ([*(base if base is not None else good_documents()), *extra], case or intake())


def sin_stub(sin: str) -> Document:
    s = stub(0)
    shown = f"XXX XXX {sin[-3:]}"
    return with_sin(replace(s, pages=(page(f"Pay statement Northwind SIN: {shown}"),)), sin)


study_permit = doc(
    "study_permit",
    "permits/study.pdf",
    "Study Permit IMM 1208 Seneca Polytechnic",
    holder_name="Priya Raman",
    valid_from=D(2023, 9, 1),
    valid_until=D(2024, 8, 31),
    institution="Seneca Polytechnic",
)
undated_study_permit = doc(
    "study_permit",
    "permits/study.pdf",
    "Study Permit IMM 1208 Seneca",
    holder_name="Priya Raman",
    institution="Seneca Polytechnic",
)
unreadable = doc("unreadable", "scan/broken.pdf", text=" ", pages=(), problem="encrypted PDF")
blank = [
    doc("other", f"misc/blank{i}.jpg", pages=(page(""),), pdf=None, language=None) for i in range(2)
]

CASES: dict[str, dict[str, Case]] = {
    "CEC-HOURS-001": {
        # 2026-03-01..2026-11-15 = 260 days x 30/7 = 1,114.29 h < 1,560
        "failed": lambda: L(start_date=D(2026, 3, 1)),
        "passed": good,
        "unknown": lambda: (
            swap("employment_letter", letter(hours_per_week=None), without("pay_stub")),
            intake(),
        ),
    },
    "CEC-TEER-001": {
        "failed": lambda: L(noc_code="65310"),
        "passed": good,
        "unknown": lambda: L(noc_code="21X23"),
    },
    "CEC-NOC-001": {
        "failed": lambda: L(noc_code="2172"),
        "passed": good,
        "unknown": lambda: (without("employment_letter"), intake(work=())),
    },
    "CEC-QUEBEC-001": {
        "failed": lambda: (good_documents(), intake(intended_province="QC")),
        "passed": good,
        "unknown": lambda: (good_documents(), intake(intended_province=None)),
    },
    "CEC-STUDY-001": {
        # the declared full-time study (not the permit's dates) overlaps the work
        "failed": with_docs(
            study_permit,
            case=intake(study=(StudyClaim("Seneca Polytechnic", D(2023, 9, 1), D(2024, 4, 30)),)),
        ),
        "passed": good,
        "unknown": with_docs(undated_study_permit),
    },
    "CEC-STATUS-001": {
        "failed": lambda: (swap("work_permit", work_permit(valid_from=D(2024, 6, 1))), intake()),
        "passed": good,
        "unknown": lambda: (without("work_permit"), intake()),
    },
    "CEC-SELFEMP-001": {
        "failed": lambda: L(self_employed=True),
        "passed": good,
        "unknown": lambda: L(signatory_name="Priya Raman"),
    },
    "CEC-ABROAD-001": {
        "failed": lambda: L(work_location="Bengaluru, India"),
        "passed": good,
        # a place not recognisably in Canada or abroad, and no address anywhere in the letter
        "unknown": lambda: (
            swap(
                "employment_letter",
                replace(
                    letter(work_location="Kitsilano", employer_address=None),
                    pages=(page("Tomas works at our Kitsilano location."),),
                ),
            ),
            intake(),
        ),
    },
    "CEC-LEAVE-001": {
        "failed": lambda: (
            swap("employment_letter", letter(leave=(leave_record(D(2025, 3, 1), D(2025, 3, 31)),))),
            intake(),
        ),
        "passed": good,
        "unknown": lambda: (good_documents(), leave_claim("Another Employer Ltd.")),
    },
    "CEC-PAID-001": {
        "failed": lambda: L(wage_amount=0.0),
        "passed": good,
        "unknown": lambda: (
            swap("employment_letter", letter(wage_amount=None), without("pay_stub")),
            intake(),
        ),
    },
    "LANG-MISSING-001": {
        "failed": lambda: (without("language_test"), intake()),
        "passed": good,
        "unknown": lambda: ([*without("language_test"), unreadable], intake()),
    },
    "LANG-TEST-001": {
        "failed": lambda: T(test="ielts_academic"),
        "passed": good,
        "unknown": lambda: T(test=None),
    },
    "LANG-EXPIRED-001": {
        # result 2024-06-01 + 2 years = 2026-06-01 < 2026-12-01
        "failed": lambda: T(result_date=D(2024, 6, 1), test_date=D(2024, 5, 20)),
        "passed": good,
        # no result date; test 2024-05-20 + 2 years < as_of: the result date could be either side
        "unknown": lambda: T(result_date=None, test_date=D(2024, 11, 20)),
    },
    "LANG-EXPIRING-001": {
        # valid until 2027-01-15: 45 days after 2026-12-01, within 90
        "failed": lambda: T(result_date=D(2025, 1, 15), test_date=D(2025, 1, 2)),
        "passed": good,
        "unknown": lambda: T(result_date=None),
    },
    "LANG-CLB-001": {
        "failed": lambda: T(writing=5.5, overall=7.0),  # writing 5.5 = CLB 6 < 7 (TEER 1)
        "passed": good,
        "unknown": lambda: T(writing=None),
    },
    "LANG-SCORE-001": {
        "failed": lambda: T(overall=8.0),  # mean (8+7+7+7)/4 = 7.25 -> 7.5, not 8.0
        "passed": good,
        "unknown": lambda: T(listening=None),
    },
    "LETTER-LETTERHEAD-001": {
        "failed": lambda: (
            swap(
                "employment_letter",
                replace(
                    letter(),
                    pages=(page("\n" * 12 + "Letter of employment\nPriya Raman worked here"),),
                ),
            ),
            intake(),
        ),
        "passed": good,
        "unknown": lambda: (
            swap("employment_letter", replace(letter(), pages=(page(""),))),
            intake(),
        ),
    },
    "LETTER-CONTACT-001": {
        "failed": lambda: LB(employer_email=None),
        "passed": good,
        "unknown": lambda: LI(employer_email=None),
    },
    "LETTER-SIGNATORY-001": {
        "failed": lambda: LB(signatory_title=None),
        "passed": good,
        "unknown": lambda: LI(signatory_title=None),
    },
    "LETTER-SIGNATURE-001": {
        "failed": lambda: L(signed=False),
        "passed": good,
        "unknown": lambda: L(signed=None),
    },
    "LETTER-TITLE-001": {
        "failed": lambda: LB(job_title=None),
        "passed": good,
        "unknown": lambda: LI(job_title=None),
    },
    "LETTER-DUTIES-001": {
        "failed": lambda: L(duties=()),
        "passed": good,
        "unknown": lambda: LI(duties=None),
    },
    "LETTER-DATES-001": {
        "failed": lambda: LB(current=None),
        "passed": good,
        "unknown": lambda: LI(current=None),
    },
    "LETTER-HOURS-001": {
        "failed": lambda: LB(hours_per_week=None),
        "passed": good,
        "unknown": lambda: LI(hours_per_week=None),
    },
    "LETTER-SALARY-001": {
        "failed": lambda: LB(benefits=None),
        "passed": good,
        "unknown": lambda: LI(wage_amount=None),
    },
    "LETTER-NAME-001": {
        "failed": lambda: L(employee_name=None),
        "passed": good,
        "unknown": lambda: LI(employee_name=None),
    },
    "LETTER-AGE-001": {
        "failed": lambda: L(letter_date=D(2026, 1, 2)),  # 333 days > 180
        "passed": good,  # 2026-11-15: 16 days
        "unknown": lambda: L(letter_date=None),
    },
    "XDOC-NAME-001": {
        "failed": lambda: T(candidate_name="Priya Sharma"),
        "passed": good,
        "unknown": lambda: ([passport()], intake(client_name=None, work=(), language=())),
    },
    "XDOC-DOB-001": {
        "failed": lambda: T(date_of_birth=D(1994, 3, 21)),
        "passed": good,
        "unknown": lambda: ([passport()], intake(client_dob=None, work=(), language=())),
    },
    "XDOC-EMPLOYER-001": {
        "failed": lambda: S(employer_name="Southwind Logistics Ltd."),
        "passed": good,
        # no employer name read, and the stubs' text names no employer either
        "unknown": lambda: (
            [d for d in good_documents() if d.kind != "pay_stub"]
            + [
                replace(s, pages=(page(f"Pay statement {n}"),))
                for n, s in enumerate(stubs(employer_name=None))
            ],
            intake(),
        ),
    },
    "XDOC-PERIOD-001": {
        "failed": lambda: S(period_start=D(2023, 1, 2), period_end=D(2023, 1, 15)),
        "passed": good,
        "unknown": lambda: S(period_start=None),
    },
    "XDOC-HOURS-001": {
        # 50 h / 14 days x 7 = 25 h/week vs 37.5: 33% apart > 10%
        "failed": lambda: S(hours=50.0, gross=2000.0),
        "passed": good,  # 75 h / 14 days x 7 = 37.5
        "unknown": lambda: S(hours=None),
    },
    "XDOC-WAGE-001": {
        # letter 78,000/year / 52 / 37.5 = 40.00/h; stubs 30/h: 25% apart > 5%
        "failed": lambda: S(rate=30.0, gross=2250.0),
        "passed": good,
        "unknown": lambda: S(rate=None, hours=None),
    },
    "XDOC-CLAIM-001": {
        "failed": lambda: L(hours_per_week=30.0),
        "passed": good,
        "unknown": lambda: L(noc_code=None),
    },
    "STUB-MATH-001": {
        "failed": lambda: S(gross=2000.0),  # 75 h x 40 = 3,000 > 2,000
        "passed": good,
        "unknown": lambda: S(rate=None),
    },
    "STUB-GAP-001": {
        "failed": lambda: (without("pay_stub") + [stub(0), stub(2)], intake()),
        "passed": good,
        "unknown": lambda: (without("pay_stub") + [stub(0)], intake()),
    },
    "STUB-SIN-001": {
        "failed": lambda: (without("pay_stub") + [sin_stub("046 454 287")], intake()),
        "passed": lambda: (without("pay_stub") + [sin_stub("046 454 286")], intake()),
        # a valid 9-series SIN, but no permit expiry to compare with
        "unknown": lambda: (
            [d for d in without("pay_stub") if d.kind != "work_permit"] + [sin_stub("946 454 204")],
            intake(),
        ),
    },
    "DOC-UNREADABLE-001": {
        "failed": with_docs(unreadable),
        "passed": good,
        "unknown": lambda: (swap("passport", illegible(passport())), intake()),
    },
    "DOC-UNKNOWN-001": {
        "failed": with_docs(doc("other", "misc/menu.pdf", "Lunch menu: soup of the day")),
        "passed": good,
        "unknown": with_docs(blank[0]),
    },
    "DOC-LANGUAGE-001": {
        "failed": lambda: (swap("passport", replace(passport(), language="es")), intake()),
        "passed": good,
        "unknown": lambda: (swap("passport", replace(passport(), language=None)), intake()),
    },
    "DOC-MISSING-001": {
        "failed": lambda: (without("passport"), intake()),
        "passed": good,
        "unknown": lambda: (good_documents(), Intake()),
    },
    "DOC-TAMPER-001": {
        "failed": lambda: (
            swap("employment_letter", replace(letter(), pdf=PdfFacts(producer="iLovePDF"))),
            intake(),
        ),
        "passed": good,
        "unknown": lambda: (
            swap(
                "employment_letter",
                replace(
                    letter(),
                    pdf=None,
                    pages=(page(letter().text, font=None, source="ocr", ocr_confidence=0.9),),
                ),
            ),
            intake(),
        ),
    },
    "DOC-DUPLICATE-001": {
        "failed": lambda: (
            [
                *good_documents(),
                replace(passport(), file=replace(passport().file, relpath="id/passport-copy.pdf")),
            ],
            intake(),
        ),
        "passed": good,
        "unknown": with_docs(*blank),
    },
}

CASES.update(EE_CASES)
CASES.update(NOC_CASES)

PARAMS = [(rule, status) for rule in sorted(CASES) for status in ("failed", "passed", "unknown")]


@pytest.mark.parametrize(("rule", "status"), PARAMS)
def test_rule(rule: str, status: str) -> None:
    documents, case = CASES[rule][status]()
    found = statuses(run(documents, case), rule)
    if status == "passed":
        assert found == {"passed"}, f"{rule}: {found}"
    else:
        assert status in found, f"{rule}: expected {status}, got {found}"


def test_every_rule_has_metadata_and_three_cases() -> None:
    meta = load_checklists().rules
    assert set(RULES) == set(meta), set(RULES) ^ set(meta)
    assert set(CASES) == set(RULES), set(CASES) ^ set(RULES)
    for rule, cases in CASES.items():
        assert set(cases) == {"failed", "passed", "unknown"}, rule


def test_contract_catalogue_is_registered() -> None:
    contract = {
        "CEC-HOURS-001",
        "CEC-TEER-001",
        "CEC-NOC-001",
        "CEC-QUEBEC-001",
        "CEC-STUDY-001",
        "CEC-STATUS-001",
        "CEC-SELFEMP-001",
        "CEC-LEAVE-001",
        "CEC-ABROAD-001",
        "CEC-PAID-001",
        "LANG-MISSING-001",
        "LANG-TEST-001",
        "LANG-EXPIRED-001",
        "LANG-EXPIRING-001",
        "LANG-CLB-001",
        "LANG-SCORE-001",
        "LETTER-LETTERHEAD-001",
        "LETTER-CONTACT-001",
        "LETTER-SIGNATORY-001",
        "LETTER-SIGNATURE-001",
        "LETTER-TITLE-001",
        "LETTER-DUTIES-001",
        "LETTER-DATES-001",
        "LETTER-HOURS-001",
        "LETTER-SALARY-001",
        "LETTER-NAME-001",
        "LETTER-AGE-001",
        "XDOC-NAME-001",
        "XDOC-DOB-001",
        "XDOC-EMPLOYER-001",
        "XDOC-PERIOD-001",
        "XDOC-HOURS-001",
        "XDOC-WAGE-001",
        "XDOC-CLAIM-001",
        "STUB-MATH-001",
        "STUB-GAP-001",
        "STUB-SIN-001",
        "DOC-UNREADABLE-001",
        "DOC-UNKNOWN-001",
        "DOC-LANGUAGE-001",
        "DOC-MISSING-001",
        "DOC-TAMPER-001",
        "DOC-DUPLICATE-001",
        "EE-CRS-001",
        "EE-CATEGORY-001",
        "CEC-NOC-002",
        "LETTER-NOC-001",
        "LETTER-NOC-002",
    }
    assert set(RULES) == contract


def test_good_case_has_only_passed_findings_at_warning_or_error() -> None:
    counted = [
        f for f in run(good_documents()).findings if f.counts and f.severity in ("warning", "error")
    ]
    assert counted == [], [(f.rule, f.message) for f in counted]


def test_sources_come_from_domain_list() -> None:
    allowed = {
        "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-87.1.html",
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
        "express-entry/who-can-apply/canadian-experience-class.html",
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
        "express-entry/documents/language-test.html",
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/study-canada/work/"
        "after-graduation/eligibility/language-results.html",
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
        "express-entry/submit-profile/waiting-pool.html",
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
        "express-entry/check-score/crs-criteria.html",
        # Category lists (EE-CATEGORY-001): IRCC's page, named in categories_sources.md.
        "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
        "express-entry/rounds-invitations/category-based-selection.html",
    }
    for meta in load_checklists().rules.values():
        assert meta.source in allowed, meta.id


def test_a_pte_core_taken_before_ircc_accepted_it_fails_with_its_date() -> None:
    documents, case = T(
        test="pte_core",
        test_date=D(2024, 1, 12),
        result_date=D(2024, 1, 20),
        listening=70.0,
        reading=70.0,
        writing=70.0,
        speaking=70.0,
        overall=None,
    )
    found = [
        f for f in run(documents, case, as_of=D(2025, 6, 1)).findings if f.rule == "LANG-TEST-001"
    ]
    assert [f.status for f in found] == ["failed"]
    assert "from 2024-01-30" in found[0].message and "2024-01-12" in found[0].message
    assert {e.text for e in found[0].evidence} >= {"2024-01-12"}


def test_an_ielts_one_skill_retake_fails_lang_test_001() -> None:
    documents, case = T(one_skill_retake=True)
    found = [f for f in run(documents, case).findings if f.rule == "LANG-TEST-001"]
    assert [f.status for f in found] == ["failed"]
    assert "One Skill Retake" in found[0].message


def physician_letter(extra: str, noc: str = "31102") -> list[Document]:
    text = LETTER_TEXT.replace("Data Analyst", "family physician") + "\n" + extra
    doctor = with_text_facts(
        replace(letter(noc_code=noc, job_title="Family physician"), pages=(page(text),))
    )
    return swap("employment_letter", doctor)


def selfemp(documents: list[Document], as_of=None) -> tuple[list, float]:  # noqa: ANN001
    evaluation = run(documents, intake(), **({"as_of": as_of} if as_of else {}))
    found = [f for f in evaluation.findings if f.rule == "CEC-SELFEMP-001"]
    return found, evaluation.hours.qualifying_hours


def test_a_physicians_fee_for_service_work_counts_although_self_employed() -> None:
    fee = "Dr Raman bills the provincial plan fee-for-service as an independent contractor."
    found, counted = selfemp(physician_letter(fee))
    assert [f.status for f in found] == ["passed"]
    assert "fee-for-service" in found[0].message and "2023-04-25" in found[0].message
    _, employee_hours = selfemp(good_documents())
    assert counted == employee_hours > 0  # the same hours as an employee's
    french = "Rémunération à l'acte par la RAMQ; travailleur autonome."
    assert [f.status for f in selfemp(physician_letter(french))[0]] == ["passed"]


def test_a_physicians_self_employment_without_fee_for_service_needs_a_person() -> None:
    found, _ = selfemp(physician_letter("Dr Raman is an independent contractor."))
    assert [f.status for f in found] == ["unknown"]
    assert "fee-for-service" in found[0].message


def test_the_exception_is_for_physicians_and_invitations_from_2023_04_25() -> None:
    fee = "Paid fee-for-service as an independent contractor."
    other, counted = selfemp(physician_letter(fee, noc="21223"))
    assert [f.status for f in other] == ["failed"] and counted == 0
    early, _ = selfemp(physician_letter(fee), as_of=D(2023, 4, 24))
    assert [f.status for f in early] == ["failed"]
