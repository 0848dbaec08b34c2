"""The explicit registry of rule functions, by permanent rule ID (CONTRACT.md section 4)."""

from __future__ import annotations

from collections.abc import Callable

from auditor.models import Finding
from auditor.rules import cec, documents, language, letters, stubs, xdoc
from auditor.rules.context import Context

Rule = Callable[[Context], list[Finding]]

RULES: dict[str, Rule] = {
    "CEC-HOURS-001": cec.hours,
    "CEC-TEER-001": cec.teer,
    "CEC-NOC-001": cec.noc,
    "CEC-QUEBEC-001": cec.quebec,
    "CEC-STUDY-001": cec.study,
    "CEC-STATUS-001": cec.status,
    "CEC-SELFEMP-001": cec.self_employment,
    "CEC-ABROAD-001": cec.abroad,
    "CEC-PAID-001": cec.paid,
    "LANG-MISSING-001": language.missing,
    "LANG-TEST-001": language.accepted,
    "LANG-EXPIRED-001": language.expired,
    "LANG-EXPIRING-001": language.expiring,
    "LANG-CLB-001": language.clb,
    "LANG-SCORE-001": language.scores,
    "LETTER-LETTERHEAD-001": letters.letterhead,
    "LETTER-CONTACT-001": letters.contact,
    "LETTER-SIGNATORY-001": letters.signatory,
    "LETTER-SIGNATURE-001": letters.signature,
    "LETTER-TITLE-001": letters.title,
    "LETTER-DUTIES-001": letters.duties,
    "LETTER-DATES-001": letters.dates,
    "LETTER-HOURS-001": letters.hours,
    "LETTER-SALARY-001": letters.salary,
    "LETTER-NAME-001": letters.name,
    "LETTER-AGE-001": letters.age,
    "XDOC-NAME-001": xdoc.names,
    "XDOC-DOB-001": xdoc.dates_of_birth,
    "XDOC-EMPLOYER-001": xdoc.employers,
    "XDOC-PERIOD-001": xdoc.periods,
    "XDOC-HOURS-001": xdoc.hours,
    "XDOC-WAGE-001": xdoc.wages,
    "XDOC-CLAIM-001": xdoc.claims,
    "STUB-MATH-001": stubs.math,
    "STUB-GAP-001": stubs.gaps,
    "STUB-SIN-001": stubs.sin,
    "DOC-UNREADABLE-001": documents.unreadable,
    "DOC-UNKNOWN-001": documents.unknown_kind,
    "DOC-LANGUAGE-001": documents.foreign_language,
    "DOC-MISSING-001": documents.missing,
    "DOC-TAMPER-001": documents.tamper,
    "DOC-DUPLICATE-001": documents.duplicates,
}
