"""Which pages the HTML report draws, which evidence first, and which boxes it masks on them."""

from __future__ import annotations

from typing import Any

from auditor.models import BBox, Document, Finding, Page
from auditor.report.documents_view import thumbnail_page
from auditor.report.evidence import CROP_DPI, THUMB_DPI, Wanted
from auditor.report.json_report import MASKED_FIELDS
from auditor.result import AuditResult

SEVERITIES = ("error", "warning", "info")
STATUS_ORDER = {"failed": 0, "unknown": 1, "waived": 2, "passed": 3}
PICTURED_STATUSES = ("failed", "unknown", "waived")  # findings whose evidence is drawn
PICTURES_PER_FINDING = 3  # more evidence is listed as text, so one finding cannot fill the page


def report_order(f: Finding) -> tuple[int, int, str, str]:
    sev = SEVERITIES.index(f.severity) if f.severity in SEVERITIES else len(SEVERITIES)
    return (sev, STATUS_ORDER.get(f.status, 9), f.documents[0] if f.documents else "", f.rule)


def unique_evidence(finding: Finding) -> list[int]:
    """Indexes of the finding's evidence without repeats (same document, page, box and text)."""
    seen: set[tuple[str, int | None, tuple[float, ...] | None, str]] = set()
    kept = []
    for i, ev in enumerate(finding.evidence):
        key = (ev.document, ev.page, tuple(ev.bbox) if ev.bbox else None, ev.text)
        if key not in seen:
            seen.add(key)
            kept.append(i)
    return kept


def page_of(result: AuditResult, path: str, number: int) -> tuple[Document, Any] | None:
    for doc in result.documents:
        if doc.id == path:
            for page in doc.pages:
                if page.number == number:
                    return doc, page
    return None


def identifier_masks(documents: tuple[Document, ...]) -> dict[tuple[str, int], list[BBox]]:
    """Boxes of masked identifier fields (passport numbers), to paint over in pictures."""
    masks: dict[tuple[str, int], list[BBox]] = {}
    for doc in documents:
        for name in MASKED_FIELDS:
            f = doc.fields.get(name)
            if f is not None and f.page is not None and f.bbox is not None:
                masks.setdefault((doc.file.relpath, f.page), []).append(f.bbox)
        if doc.kind == "passport":
            for page in doc.pages:
                masks.setdefault((doc.file.relpath, page.number), []).append(mrz_band(page))
    return masks


MRZ_FALLBACK_SHARE = 0.30  # a TD3 data page prints its MRZ in the bottom 30% or so


def mrz_band(page: Page) -> BBox:
    """The passport page's machine-readable zone, the full page width: from the lines that
    read as MRZ, else the bottom of the page, since OCR may have missed or mangled it."""
    mrz_lines = [line for line in page.lines if line.text.count("<") >= 5]
    if mrz_lines:
        top = min(line.bbox[1] for line in mrz_lines)
        bottom = max(line.bbox[3] for line in mrz_lines)
        pad = (bottom - top) * 0.3
        return (0.0, max(0.0, top - pad), page.width, min(page.height, bottom + pad))
    return (0.0, page.height * (1 - MRZ_FALLBACK_SHARE), page.width, page.height)


def picture_order(findings: tuple[Finding, ...]) -> list[Finding]:
    """Pictures go to the most serious findings first: errors, then warnings, then waived."""
    active = [f for f in findings if f.status in ("failed", "unknown")]
    waived = [f for f in findings if f.status == "waived"]
    passed = [f for f in findings if f.status == "passed"]
    return active + waived + passed


def pictured_pages(result: AuditResult, max_crops: int) -> list[Wanted]:
    """The pictures the report will ask for, in its order: (file, page, dpi, box), the box None
    for a document's thumbnail; then the evidence that gets a picture, up to `max_crops`."""
    wanted: list[Wanted] = []
    for doc in result.documents:
        first = thumbnail_page(doc)
        if first is not None:
            wanted.append((doc.file, first, THUMB_DPI, None))
    crops = 0
    for finding in picture_order(tuple(sorted(result.findings, key=report_order))):
        if finding.status not in PICTURED_STATUSES:
            continue
        for i in unique_evidence(finding)[:PICTURES_PER_FINDING]:
            ev = finding.evidence[i]
            found = page_of(result, ev.document, ev.page) if ev.page is not None else None
            if ev.bbox is None or found is None:
                continue
            if crops >= max_crops:
                return wanted
            wanted.append((found[0].file, found[1], CROP_DPI, ev.bbox))
            crops += 1
    return wanted
