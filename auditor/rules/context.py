"""What every rule receives: the documents, the intake, the date, parameters, shared results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from auditor.case.clb import LanguageResult
from auditor.case.hours import HoursResult
from auditor.case.intake import Intake
from auditor.case.work import WorkFacts
from auditor.models import Document, Evidence, Finding, Severity, Status
from auditor.rules.checklist import Checklists


@dataclass(frozen=True)
class Context:
    """The read-only inputs of one evaluation."""

    documents: tuple[Document, ...]
    intake: Intake
    as_of: dt.date
    checklists: Checklists
    work: WorkFacts
    hours: HoursResult
    language: LanguageResult | None

    def of_kind(self, kind: str) -> list[Document]:
        return [d for d in self.documents if d.kind == kind]

    def param(self, rule: str, name: str) -> Any:
        return self.checklists.param(rule, name)

    def finding(
        self,
        rule: str,
        status: Status,
        message: str,
        documents: Sequence[Document] | Iterable[str] = (),
        evidence: Iterable[Evidence] = (),
        severity: Severity | None = None,
    ) -> Finding:
        paths = tuple(dict.fromkeys(d.path if isinstance(d, Document) else d for d in documents))
        return Finding(
            rule=rule,
            status=status,
            severity=severity or self.checklists.severity(rule),
            message=message,
            documents=paths,
            evidence=tuple(evidence),
        )


def evidence(document: Document, *names: str) -> tuple[Evidence, ...]:
    """Evidence for each named field the document shows, or the document alone."""
    found = tuple(Evidence.of(document, document.fields[n]) for n in names if n in document.fields)
    return found or (Evidence.of(document, None),)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def legible(document: Document, min_confidence: float) -> bool:
    """Whether the absence of a field means the document lacks it (not that reading failed)."""
    if not document.text.strip():
        return False
    scores = [
        p.ocr_confidence
        for p in document.pages
        if p.source == "ocr" and p.ocr_confidence is not None
    ]
    return not scores or min(scores) >= min_confidence
