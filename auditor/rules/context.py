"""What every rule receives: the documents, the intake, the date, parameters, shared results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from auditor.case.clb import LanguageResult
from auditor.case.hours import HoursResult
from auditor.case.intake import Intake
from auditor.case.work import WorkFacts
from auditor.crs.evidence import CrsEvidence
from auditor.i18n import tr
from auditor.models import Document, Evidence, Finding, Severity, Status
from auditor.rules.certainty import (
    THRESHOLD_PARAM,
    THRESHOLD_RULE,
    Doubt,
    doubts,
    judged,
    unconfirmed,
    unsure_details,
)
from auditor.rules.meta import Checklists


@dataclass(frozen=True)
class Context:
    """The read-only inputs of one evaluation, bound to the rule being evaluated (`rule_id`)."""

    documents: tuple[Document, ...]
    intake: Intake
    as_of: dt.date
    checklists: Checklists
    work: WorkFacts
    hours: HoursResult
    language: LanguageResult | None
    crs: CrsEvidence | None = None  # the CRS score the evidence supports
    # Per CRS input (age, first_language, ...), the paths of the documents that show it.
    crs_sources: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    crs_invited: CrsEvidence | None = None  # the CRS the evidence supported on the ITA date
    rule_id: str = ""  # set by the registry (`@rule`) or `for_rule`

    def for_rule(self, rule_id: str) -> Context:
        """The same inputs, with findings and parameters belonging to `rule_id`."""
        return replace(self, rule_id=rule_id)

    def of_kind(self, kind: str) -> list[Document]:
        return [d for d in self.documents if d.kind == kind]

    def param(self, name: str) -> Any:
        """A parameter of this rule, from the checklists (rules.yaml and firm overrides)."""
        return self.checklists.param(self.rule_id, name)

    @property
    def min_confidence(self) -> float:
        """The confidence a value needs to decide a check (one parameter for every rule)."""
        return float(self.checklists.param(THRESHOLD_RULE, THRESHOLD_PARAM))

    def doubts(self, document: Document, *names: str, required: bool = True) -> list[Doubt]:
        """What keeps each named value of the document from deciding a check: not read (when
        `required`), read below the threshold, or implausible (`certainty.doubts`)."""
        return doubts(document, names, self.min_confidence, required)

    def unsure(
        self,
        status: Status,
        message: str,
        found: Sequence[Doubt],
        details: Mapping[str, object] | None = None,
    ) -> tuple[Status, str, Mapping[str, object] | None]:
        """A judgement made on values some of which are in doubt: neither failed nor passed
        but unknown, with the values to check; unchanged when nothing is in doubt."""
        if not found or status not in ("failed", "passed"):
            return status, message, details
        outcome = "fail" if status == "failed" else "pass"
        return (
            "unknown",
            unconfirmed(message, found, outcome),
            {**dict(details or {}), "unsure": unsure_details(found)},
        )

    def finding(
        self,
        status: Status,
        message: str,
        documents: Sequence[Document] | Iterable[str] = (),
        evidence: Iterable[Evidence] = (),
        severity: Severity | None = None,
        details: Mapping[str, object] | None = None,
        subject: str | None = None,
    ) -> Finding:
        """A finding of this rule; its severity is the checklist's unless given; `subject` tells
        apart its findings on one document (the third part of the finding's id)."""
        if not self.rule_id:
            raise RuntimeError("a finding outside a rule: bind the context with for_rule()")
        paths = tuple(dict.fromkeys(d.id if isinstance(d, Document) else d for d in documents))
        return Finding(
            rule=self.rule_id,
            status=status,
            severity=severity or self.checklists.severity(self.rule_id),
            message=message,
            documents=paths,
            evidence=tuple(evidence),
            details=details,
            subject=subject,
        )

    def on(
        self,
        document: Document,
        status: Status,
        message: str,
        evidence: Iterable[Evidence] = (),
        severity: Severity | None = None,
        details: Mapping[str, object] | None = None,
        subject: str | None = None,
    ) -> Finding:
        """A finding about one document: the message opens with the document's path. A message
        made with `i18n.tr` stays translatable (the path is one of its values)."""
        text = tr("{path}: {message}", path=document.id, message=message)
        return self.finding(status, text, [document], evidence, severity, details, subject)


def evidence(document: Document, *names: str) -> tuple[Evidence, ...]:
    """Evidence for each named field the document shows, or the document alone. Each value is
    one the finding rests on: a failed finding whose evidence was read below the confidence
    threshold, or is implausible, becomes unknown (`certainty.settle`); evidence shown only for
    context is `certainty.shown`."""
    found = tuple(judged(document, n) for n in names if n in document.fields)
    return found or (Evidence.of(document, None),)


def compared(*sides: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """The evidence of every document a finding compares, in order, each box once (a letter's
    amount and period often share one line, and a crop shown twice proves nothing more)."""
    sides = tuple(tuple(side) for side in sides)
    # A document named alone (no field found) adds nothing where a value of it is shown.
    located = {e.document for side in sides for e in side if e.page is not None or e.text}
    seen: set[tuple[str, int | None, object, str]] = set()
    out = []
    for side in sides:
        for e in side:
            key = (e.document, e.page, e.bbox, e.text)
            alone = e.page is None and not e.text and e.document in located
            if key not in seen and not alone:
                seen.add(key)
                out.append(e)
    return tuple(out)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def number(document: Document, name: str) -> float | None:
    """The field's value as a number, or None when it is missing or not a number."""
    value = document.value(name)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def date(document: Document, name: str) -> dt.date | None:
    """The field's value as a date, or None when it is missing or not a date."""
    value = document.value(name)
    return value if isinstance(value, dt.date) else None


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
