"""The JSON report of CONTRACT.md section 3, with every document string masked for privacy."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from auditor.models import (
    INTERNAL_FIELDS,
    KIND_FIELDS,
    Document,
    Evidence,
    Field,
    FieldValue,
    Finding,
    Record,
    finding_ids,
)
from auditor.privacy import Redactor, mask
from auditor.report.files import REPORT_MODE, write_atomic
from auditor.report.noc_view import NOC_SOURCE
from auditor.result import AuditResult
from auditor.rules.review import Binding, ReviewOutcome, SignoffOutcome
from auditor.rules.waivers import WaiverOutcome

SCHEMA_VERSION = 2
TOOL_NAME = "cec-auditor"
# Identifier fields shown masked but for their last 3 characters (CONTRACT.md section 3).
MASKED_FIELDS = {"passport_number", "document_number", "application_number"}


def redactor_for(result: AuditResult) -> Redactor:
    """A redactor that knows this case's passport and permit numbers, wherever else printed."""
    numbers = [
        str(d.value(name))
        for d in result.documents
        for name in MASKED_FIELDS
        if d.value(name) is not None
    ]
    return Redactor(numbers)


def json_value(value: FieldValue | Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [json_value(v) for v in value]
    if isinstance(value, Record):  # one position, one leave period: its values by name
        return {name: json_value(f.value) for name, f in value.fields}
    return value


def _field(name: str, f: Field, redact: Redactor) -> dict[str, Any]:
    value = json_value(f.value)
    if name in MASKED_FIELDS and isinstance(value, str):
        value = mask(value)
    elif isinstance(value, str):
        value = redact(value)
    elif isinstance(value, list):
        value = [_redacted(v, redact) for v in value]
    return {
        "value": value,
        "page": f.page,
        "bbox": [round(v, 2) for v in f.bbox] if f.bbox else None,
        "confidence": round(f.confidence, 3),
        "text": redact(f.text),
    }


def document_json(doc: Document, redact: Redactor) -> dict[str, Any]:
    names = list(KIND_FIELDS.get(doc.kind, ()))
    names += [n for n in doc.fields if n not in names and n not in INTERNAL_FIELDS]
    return {
        "id": redact(doc.id),
        "path": redact(doc.file.relpath),
        "sha256": doc.file.sha256,
        "kind": doc.kind,
        "pages": len(doc.pages),
        "page_numbers": list(doc.page_numbers),
        "page_range": list(doc.page_range) if doc.page_range else None,
        "ocr": doc.ocr,
        "language": doc.language,
        "problem": redact(doc.problem) if doc.problem else doc.problem,
        "fields": {
            n: (_field(n, doc.fields[n], redact) if n in doc.fields else None) for n in names
        },
    }


def _evidence(e: Evidence, redact: Redactor) -> dict[str, Any]:
    return {
        "document": redact(e.document),
        "page": e.page,
        "bbox": [round(v, 2) for v in e.bbox] if e.bbox else None,
        "text": redact(e.text),
    }


def finding_json(
    f: Finding,
    redact: Redactor,
    titles: dict[str, str],
    finding_id: str | None = None,
    review: ReviewOutcome | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": redact(finding_id or f.base_id),
        "rule": f.rule,
        "status": f.status,
        "severity": f.severity,
        "title": titles.get(f.rule),
        "message": redact(f.message),
        "documents": [redact(d) for d in f.documents],
        "evidence": [_evidence(e, redact) for e in f.evidence],
    }
    if f.details is not None:
        out["details"] = _redacted(json_value_deep(dict(f.details)), redact)
    if f.waiver is not None:
        out["waiver"] = {
            "reason": redact(f.waiver.reason),
            "by": f.waiver.by,
            "date": f.waiver.date.isoformat() if f.waiver.date else None,
            "document": redact(f.waiver.document) if f.waiver.document is not None else "all",
        }
    if review is not None:
        out["review"] = review_json(review, redact)
    return out


def _binding_json(binding: Binding, redact: Redactor) -> dict[str, Any]:
    return {
        "documents": [{"path": redact(p), "sha256": sha} for p, sha in binding.documents],
        "fingerprint": binding.fingerprint,
    }


def review_json(outcome: ReviewOutcome, redact: Redactor) -> dict[str, Any]:
    """One review status of review.yaml and what it is in this audit (CONTRACT.md section 2,
    schema 2): `state` current, stale (its documents changed since) or unused (no such finding);
    `reviewed`: the content it was given for; `current`: this audit's."""
    e = outcome.entry
    return {
        "finding": redact(e.finding),
        "status": e.status,
        "by": e.by,
        "date": e.date.isoformat(),
        "note": redact(e.note),
        "line": e.line,
        "state": outcome.state,
        "stale": outcome.state == "stale",
        "finding_status": outcome.finding_status,
        "sha256": e.sha256,
        "reviewed": _binding_json(outcome.bound, redact),
        "current": _binding_json(outcome.current, redact),
        "explanation": redact(outcome.note),
    }


def signoff_json(outcome: SignoffOutcome | None) -> dict[str, Any] | None:
    """The sign-off and whether it holds: `valid` while the case's fingerprint is the one it
    signed (`signed`), else void (`explanation` says so)."""
    if outcome is None:
        return None
    s = outcome.signoff
    return {
        "by": s.by,
        "date": s.date.isoformat(),
        "line": s.line,
        "valid": outcome.valid,
        "state": "valid" if outcome.valid else "void",
        "signed": outcome.signed,
        "fingerprint": outcome.current,
        "explanation": outcome.note,
    }


def waiver_json(outcome: WaiverOutcome, redact: Redactor) -> dict[str, Any]:
    """One waiver of review.yaml and what it did (CONTRACT.md section 2, schema 2)."""
    w = outcome.waiver
    return {
        "rule": w.rule,
        "document": redact(w.document) if w.document is not None else "all",
        "reason": redact(w.reason),
        "by": w.by,
        "date": w.date.isoformat() if w.date else None,
        "expires": w.expires.isoformat() if w.expires else None,
        "line": w.line,
        "status": outcome.status,
        "findings": outcome.findings,
        "sha256": w.sha256,
        "document_sha256": outcome.document_sha256,
        "note": redact(outcome.note),
    }


def report_dict(result: AuditResult) -> dict[str, Any]:
    redact = redactor_for(result)
    titles = result.checklists.titles
    ids = finding_ids(result.findings)
    reviews = {redact(o.entry.finding): o for o in result.review if o.state != "unused"}
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {
            "name": TOOL_NAME,
            "version": result.tool_version,
            "tesseract": result.engine.version,
            "languages": list(result.engine.languages),
        },
        "case": case_json(result, redact),
        "summary": result.summary.to_dict(),
        "changes": result.changes,
        "verdict": result.verdict,
        "documents": [document_json(d, redact) for d in result.documents],
        "eligibility": json_value_deep(result.evaluation.eligibility),
        "findings": [
            finding_json(f, redact, titles, i, reviews.get(redact(i)))
            for f, i in zip(result.findings, ids, strict=True)
        ],
        "waivers": [waiver_json(o, redact) for o in result.waivers],
        "review": [review_json(o, redact) for o in result.review],
        "signoff": signoff_json(result.signoff_outcome),
        "crs": json_value_deep(result.evaluation.crs.to_dict()) if result.evaluation.crs else None,
        "audit": {
            "inputs": [
                {"path": redact(r.file.relpath), "sha256": r.file.sha256, "size": r.file.size}
                for r in result.files
            ],
            "checklists": [{"path": p, "sha256": h} for p, h in result.checklist_hashes],
            "config": (
                {"path": result.config[0], "sha256": result.config[1]} if result.config else None
            ),
            "disabled": [
                {"rule": d.id, "reason": redact(d.reason), "origin": d.origin}
                for d in result.checklists.disabled.values()
            ],
            "duration_seconds": result.duration_seconds,
            "sources": [
                {
                    "name": s.name,
                    "attribution": s.attribution,
                    "url": s.url,
                    "licence": s.licence,
                }
                for s in (NOC_SOURCE,)
            ],
        },
    }
    if result.changes is None:
        del out["changes"]
    return out


def case_json(result: AuditResult, redact: Redactor) -> dict[str, Any]:
    """The case: its name, the date audited for, and (schema 2) when the audit ran, the client
    and submission date case.yaml declares, and the folder audited."""
    intake = result.intake
    return {
        "name": result.case_name,
        "as_of": result.as_of.isoformat(),
        "as_of_source": result.as_of_source,
        "audited_at": result.audited_at.isoformat() if result.audited_at else None,
        "client": redact(intake.client_name) if intake.client_name else None,
        "submission_date": (intake.submission_date.isoformat() if intake.submission_date else None),
        "path": redact(_text(str(Path(result.case_dir).resolve()))),
        "fingerprint": result.fingerprint or None,
    }


def _text(name: str) -> str:
    """A file-system name as UTF-8 text: a byte that is not UTF-8 shown as `\\xff`."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _redacted(value: Any, redact: Redactor) -> Any:
    """Every string inside a JSON value through the redactor."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _redacted(v, redact) for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(v, redact) for v in value]
    return value


def json_value_deep(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: json_value_deep(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value_deep(v) for v in value]
    return json_value(value)


def report_text(result: AuditResult) -> str:
    """report.json's text."""
    return json.dumps(report_dict(result), ensure_ascii=False, indent=2) + "\n"


def write_json(result: AuditResult, out_dir: Path, mode: int = REPORT_MODE) -> Path:
    return write_atomic(out_dir / "report.json", report_text(result), mode)
