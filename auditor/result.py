"""The records an audit produces: the evaluation of a case and the whole result the reports show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.case.clb import LanguageResult
from auditor.case.hours import HoursResult
from auditor.case.intake import Intake
from auditor.case.review import ReviewStatus, Signoff
from auditor.crs.evidence import CrsEvidence
from auditor.models import SEVERITIES, Document, Finding, ReadFile, Severity, Verdict
from auditor.reading.ocr import Engine
from auditor.rules.checklist import Checklists
from auditor.rules.review import ReviewOutcome, SignoffOutcome
from auditor.rules.waivers import WaiverOutcome


@dataclass(frozen=True)
class Evaluation:
    """Everything the report needs from the rules."""

    findings: tuple[Finding, ...]
    eligibility: dict[str, Any]
    hours: HoursResult
    language: LanguageResult | None
    crs: CrsEvidence | None = None  # the CRS score the evidence supports
    crs_invited: CrsEvidence | None = None  # the same on the ITA date, when case.yaml gives it


@dataclass(frozen=True)
class AuditResult:
    """Everything a report shows about one case."""

    case_name: str
    case_dir: Path
    as_of: dt.date
    as_of_source: str  # "--as-of", "case.yaml" or "today"
    intake: Intake
    files: tuple[ReadFile, ...]
    documents: tuple[Document, ...]
    evaluation: Evaluation
    findings: tuple[Finding, ...]
    verdict: Verdict
    engine: Engine
    checklists: Checklists
    checklist_hashes: tuple[tuple[str, str], ...]
    tool_version: str
    duration_seconds: float
    waivers: tuple[WaiverOutcome, ...] = ()  # what each waiver of review.yaml did
    config: tuple[str, str] | None = None  # the firm's audit.toml: path and sha256
    audited_at: dt.datetime | None = None  # when the audit ran, given by the CLI (never read here)
    # review.yaml's statuses and sign-off, and what they are against this audit (rules/review.py)
    review_statuses: tuple[ReviewStatus, ...] = ()
    signoff: Signoff | None = None
    fingerprint: str = ""  # the case in one sha256: documents, case.yaml, waivers
    review: tuple[ReviewOutcome, ...] = ()
    signoff_outcome: SignoffOutcome | None = None
    # What changed since the baseline report (report/changes.py): report.json's `changes`
    # block, None when there is no baseline.
    changes: dict[str, Any] | None = None

    @property
    def summary(self) -> Summary:
        return summarize(self.findings)


@dataclass(frozen=True)
class Summary:
    """The one count of a case's findings: open ones by status and severity, waived ones apart.
    The CLI line, the HTML, the batch index and report.json's `summary` all show this."""

    failed: dict[Severity, int]
    unknown: dict[Severity, int]
    waived: int
    passed: int

    def to_dict(self) -> dict[str, Any]:
        return {"failed": dict(self.failed), "unknown": dict(self.unknown), "waived": self.waived}

    def line(self) -> str:
        """`1 error, 2 warnings, 0 info`, then what needs a person and what was waived."""
        text = ", ".join(plural(self.failed[s], NOUNS[s]) for s in SEVERITIES)
        unknown = sum(self.unknown[s] for s in ("error", "warning"))
        if unknown:
            text += f"; {unknown} to check by hand"
        if self.waived:
            text += f"; {self.waived} waived"
        return text


NOUNS: dict[Severity, tuple[str, str]] = {
    "error": ("error", "errors"),
    "warning": ("warning", "warnings"),
    "info": ("info", "info"),
}


def plural(count: int, noun: tuple[str, str]) -> str:
    """`1 error`, `2 errors`, `0 errors`: the count with its noun in the right number."""
    return f"{count:,} {noun[0] if count == 1 else noun[1]}"


def summarize(findings: Iterable[Finding]) -> Summary:
    """Count findings by status and severity (waived apart): the one count every report shows."""
    failed: dict[Severity, int] = dict.fromkeys(SEVERITIES, 0)
    unknown: dict[Severity, int] = dict.fromkeys(SEVERITIES, 0)
    waived = passed = 0
    for f in findings:
        if f.status == "failed":
            failed[f.severity] += 1
        elif f.status == "unknown":
            unknown[f.severity] += 1
        elif f.status == "waived":
            waived += 1
        elif f.status == "passed":
            passed += 1
    return Summary(failed, unknown, waived, passed)
