"""The batch dashboard's per-case facts (issue 17, item 4): client, submission date, audit time,
open findings, the earliest expiry and review progress; and the same rows as `index.json` and
`index.csv` for practice-management tools and spreadsheets (CONTRACT.md section 1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from auditor.i18n import N_
from auditor.report.json_report import redactor_for
from auditor.result import AuditResult

# What may expire before or soon after submission, by document kind: the field and its words.
EXPIRING = {
    "work_permit": ("valid_until", N_("work permit")),
    "study_permit": ("valid_until", N_("study permit")),
    "passport": ("expiry_date", N_("passport")),
}
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Expiry:
    date: str  # ISO
    what: str  # language result | work permit | study permit | passport
    document: str


@dataclass(frozen=True)
class CaseFacts:
    """What the dashboard shows of one case beyond its verdict and counts."""

    client: str
    submission_date: str
    audited_at: str  # ISO date-time, "" when not known
    open_findings: int  # failed or unknown, any severity
    expiry: Expiry | None  # the earliest
    reviewed: int  # open findings with a current review status
    stale_reviews: int
    signoff: str  # valid | void | "" (none)

    @property
    def review_label(self) -> str:
        text = f"{self.reviewed}/{self.open_findings} reviewed"
        if self.stale_reviews:
            text += f", {self.stale_reviews} stale"
        if self.signoff:
            text += "; signed off" if self.signoff == "valid" else "; sign-off void"
        return text


def earliest_expiry(result: AuditResult) -> Expiry | None:
    """The earliest of the language result's validity, the permits' and the passport's expiry."""
    redact = redactor_for(result)
    found: list[Expiry] = []
    language = getattr(result.evaluation, "language", None)
    chosen = getattr(language, "chosen", None)
    if chosen is not None and chosen.valid_until is not None:
        found.append(Expiry(chosen.valid_until.isoformat(), N_("language result"), chosen.document))
    for doc in result.documents:
        if doc.kind not in EXPIRING:
            continue
        name, what = EXPIRING[doc.kind]
        value = doc.value(name)
        if isinstance(value, dt.date):
            found.append(Expiry(value.isoformat(), what, doc.id))
    if not found:
        return None
    first = min(found, key=lambda e: (e.date, e.what, e.document))
    return Expiry(first.date, first.what, redact(first.document))


def case_facts(result: AuditResult) -> CaseFacts:
    redact = redactor_for(result)
    intake = result.intake
    open_count = sum(1 for f in result.findings if f.status in ("failed", "unknown"))
    reviewed = sum(
        1
        for o in result.review
        if o.state == "current" and o.finding_status in ("failed", "unknown")
    )
    signoff = result.signoff_outcome
    return CaseFacts(
        client=redact(intake.client_name) if intake.client_name else "",
        submission_date=intake.submission_date.isoformat() if intake.submission_date else "",
        audited_at=result.audited_at.isoformat() if result.audited_at else "",
        open_findings=open_count,
        expiry=earliest_expiry(result),
        reviewed=reviewed,
        stale_reviews=sum(1 for o in result.review if o.state == "stale"),
        signoff="" if signoff is None else ("valid" if signoff.valid else "void"),
    )


# The columns of index.csv and the keys of index.json's rows, in order (CONTRACT.md section 1).
COLUMNS = (
    "case",
    "client",
    "submission_date",
    "as_of",
    "verdict",
    "errors",
    "warnings",
    "info",
    "unknown",
    "waived",
    "open_findings",
    "earliest_expiry",
    "earliest_expiry_what",
    "reviewed",
    "stale_reviews",
    "signoff",
    "review_progress",
    "audited_at",
    "report",
)


def spreadsheet_safe(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, quoted so it shows as text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
