"""The batch index's view model: one row per case, with sort keys computed here, not in JS."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from auditor.report.dashboard import case_facts
from auditor.report.json_report import redactor_for
from auditor.report.view import VERDICTS, blocking_findings
from auditor.result import AuditResult

VERDICT_RANK = {"not_eligible": 0, "needs_attention": 1, "ready": 2}


@dataclass(frozen=True)
class CaseRow:
    name: str
    verdict: str
    verdict_label: str
    verdict_rank: int
    errors: int
    warnings: int
    infos: int
    unknown: int
    waived: int
    as_of: str
    href: str  # relative to the index
    reason: str  # the first reason of the verdict, first line, masked
    # The dashboard's facts (report/dashboard.py); "" or 0 when not known.
    client: str = ""
    submission_date: str = ""
    audited_at: str = ""  # ISO date-time
    open_findings: int = 0
    expiry: str = ""  # the earliest expiry, ISO
    expiry_what: str = ""  # language result | work permit | study permit | passport
    expiry_document: str = ""
    reviewed: int = 0  # open findings with a current review status
    stale_reviews: int = 0
    signoff: str = ""  # valid | void | ""
    review_label: str = ""  # `2/5 reviewed; signed off`

    def record(self) -> dict[str, object]:
        """The row as index.json and index.csv carry it (`dashboard.COLUMNS`)."""
        return {
            "case": self.name,
            "client": self.client or None,
            "submission_date": self.submission_date or None,
            "as_of": self.as_of,
            "verdict": self.verdict,
            "errors": self.errors,
            "warnings": self.warnings,
            "info": self.infos,
            "unknown": self.unknown,
            "waived": self.waived,
            "open_findings": self.open_findings,
            "earliest_expiry": self.expiry or None,
            "earliest_expiry_what": self.expiry_what or None,
            "reviewed": self.reviewed,
            "stale_reviews": self.stale_reviews,
            "signoff": self.signoff or None,
            "review_progress": self.review_label,
            "audited_at": self.audited_at or None,
            "report": self.href,
        }


@dataclass(frozen=True)
class IndexView:
    cases: tuple[CaseRow, ...]
    total: int
    by_verdict: tuple[tuple[str, str, int], ...]  # verdict, label, count


def relative_href(report: Path, out_dir: Path) -> str:
    """A URL path from the index's folder to `report`, percent-encoded."""
    rel = os.path.relpath(Path(report).resolve(), Path(out_dir).resolve())
    return "/".join(quote(part, errors="surrogateescape") for part in Path(rel).parts)


def row_names(results: list[tuple[AuditResult, Path]], out_dir: Path) -> list[str]:
    """Each row's name: the case's name, or, where cases share a name (`raman/documents`,
    `joshi/documents`), its report folder relative to the index, so the rows can be told apart."""
    names = [result.case_name for result, _ in results]
    shared = {n for n in names if names.count(n) > 1}
    return [
        Path(os.path.relpath(report.parent.resolve(), Path(out_dir).resolve())).as_posix()
        if name in shared
        else name
        for name, (_, report) in zip(names, results, strict=True)
    ]


def build_index(results: list[tuple[AuditResult, Path]], out_dir: Path) -> IndexView:
    rows = []
    for name, (result, report) in zip(row_names(results, out_dir), results, strict=True):
        first = next(iter(blocking_findings(result.verdict, list(result.findings))), None)
        reason = redactor_for(result)(first.message.strip().split("\n")[0]) if first else ""
        summary = result.summary
        facts = case_facts(result)
        expiry = facts.expiry
        rows.append(
            CaseRow(
                name=name,
                verdict=result.verdict,
                verdict_label=VERDICTS.get(result.verdict, (result.verdict, ""))[0],
                verdict_rank=VERDICT_RANK.get(result.verdict, 3),
                errors=summary.failed["error"],
                warnings=summary.failed["warning"],
                infos=summary.failed["info"],
                unknown=sum(summary.unknown.values()),
                waived=summary.waived,
                as_of=result.as_of.isoformat(),
                href=relative_href(report, out_dir),
                reason=reason,
                client=facts.client,
                submission_date=facts.submission_date,
                audited_at=facts.audited_at,
                open_findings=facts.open_findings,
                expiry=expiry.date if expiry else "",
                expiry_what=expiry.what if expiry else "",
                expiry_document=expiry.document if expiry else "",
                reviewed=facts.reviewed,
                stale_reviews=facts.stale_reviews,
                signoff=facts.signoff,
                review_label=facts.review_label,
            )
        )
    rows.sort(key=lambda r: (r.verdict_rank, -r.errors, r.name))
    by_verdict = tuple(
        (v, label, sum(1 for r in rows if r.verdict == v)) for v, (label, _) in VERDICTS.items()
    )
    return IndexView(tuple(rows), len(rows), by_verdict)
