"""Cases for the Express Entry re-checks (EE-CRS-001, EE-CATEGORY-001), built from fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from auditor.case.intake import Intake
from auditor.models import Document
from tests.rules.builders import D, doc, good_documents, intake, letter, passport, swap_in

Case = Callable[[], tuple[list[Document], Intake]]

ITA = D(2026, 10, 15)
# Born 1996-11-01: 29 on the ITA date 2026-10-15, 30 on the submission date 2026-12-01, which
# costs a single applicant 5 CRS points (110 -> 105).
BIRTHDAY_DOB = D(1996, 11, 1)


def crs(**over: Any) -> dict[str, Any]:
    """A `crs:` block of case.yaml with the invitation: a CEC round of 2026-10-15."""
    block: dict[str, Any] = {
        "education": "bachelors",
        "ita_date": ITA,
        "round": {"type": "cec", "cutoff": 400},
    }
    block.update(over)
    return {k: v for k, v in block.items() if v is not None}


def invited(documents: list[Document] | None = None, **over: Any) -> tuple[list[Document], Intake]:
    return documents or good_documents(), intake(crs=crs(**over))


def birthday_documents() -> list[Document]:
    return swap_in(good_documents(), passport(date_of_birth=BIRTHDAY_DOB))


def scores(documents: list[Document], **over: Any) -> tuple[int, int]:
    """The CRS on the ITA date and on the submission date for these documents."""
    from tests.rules.builders import run

    evaluation = run(documents, intake(crs=crs(**over)))
    assert evaluation.crs is not None and evaluation.crs.result is not None
    assert evaluation.crs_invited is not None and evaluation.crs_invited.result is not None
    return evaluation.crs_invited.result.total, evaluation.crs.result.total


def birthday_below_cutoff() -> tuple[list[Document], Intake]:
    """The cut-off is the ITA-date score: the birthday drops the score 5 points below it."""
    documents = birthday_documents()
    then, _ = scores(documents)
    return invited(documents, round={"type": "cec", "cutoff": then}, claimed_score=then)


def weakly_read_birth_date() -> tuple[list[Document], Intake]:
    """Below the cut-off, but the passport's date of birth was read with 50% confidence."""
    documents, case = birthday_below_cutoff()
    shaky = passport(date_of_birth=BIRTHDAY_DOB)
    dob = replace(shaky.fields["date_of_birth"], confidence=0.5)
    shaky = replace(shaky, fields={**shaky.fields, "date_of_birth": dob})
    return swap_in(documents, shaky), case


STEM_LETTER = {"noc_code": "21300", "job_title": "Civil Engineer"}


def category(kind: str, **letter_over: Any) -> tuple[list[Document], Intake]:
    documents = swap_in(good_documents(), letter(**letter_over))
    return documents, intake(crs=crs(round={"type": kind, "cutoff": 400}), work=())


def tef(**over: Any) -> Document:
    fields: dict[str, Any] = dict(
        test="tef_canada",
        candidate_name="RAMAN, Priya",
        test_date=D(2026, 3, 2),
        result_date=D(2026, 3, 20),
        listening=450,
        reading=450,
        writing=450,
        speaking=500,
    )
    fields.update(over)
    fields = {k: v for k, v in fields.items() if v is not None}
    return doc("language_test", "tests/tef.pdf", "TEF Canada attestation de résultats", **fields)


def french(**over: Any) -> tuple[list[Document], Intake]:
    return [*good_documents(), tef(**over)], intake(crs=crs(round={"type": "french"}))


EE_CASES: dict[str, dict[str, Case]] = {
    "EE-CRS-001": {
        "failed": birthday_below_cutoff,
        "passed": lambda: invited(birthday_documents()),
        "unknown": lambda: invited(ita_date=None),
    },
    "EE-CATEGORY-001": {
        "failed": lambda: category("healthcare"),
        "passed": lambda: category("stem", **STEM_LETTER),
        "unknown": lambda: category("stem", start_date=None, **STEM_LETTER),
    },
}
