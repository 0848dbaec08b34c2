"""The records an audit produces: the evaluation of a case and the whole result the reports show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.case.clb import LanguageResult
from auditor.case.hours import HoursResult
from auditor.case.intake import Intake
from auditor.crs.evidence import CrsEvidence
from auditor.models import Document, Finding, ReadFile, Verdict
from auditor.reading.ocr import Engine
from auditor.rules.checklist import Checklists
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
