"""The HTML report's view model: everything the template shows, sorted, grouped and counted.

Text comes masked from the JSON report's own functions (`document_json`, `finding_json`), so the
HTML shows exactly the values report.json shows. The template only displays this model.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor import i18n
from auditor.i18n import N_, NP_, _, ngettext
from auditor.models import SEVERITIES as SEVERITY_ORDER
from auditor.models import Finding, document_file, document_pages, finding_ids
from auditor.privacy import Redactor
from auditor.report import eligibility_view as elig
from auditor.report.crs_view import CrsPanel, crs_panel
from auditor.report.documents_view import DocumentView, document_views
from auditor.report.evidence import PagePictures, Picture
from auditor.report.json_report import (
    finding_json,
    redactor_for,
    waiver_json,
)
from auditor.report.noc_view import NOC_SOURCE, NocPanel, Source, noc_panels
from auditor.report.picture_cache import PictureCache
from auditor.report.picture_plan import (
    PICTURED_STATUSES,
    PICTURES_PER_FINDING,
    SEVERITIES,
    identifier_masks,
    page_of,
    picture_order,
    pictured_pages,
    report_order,
    unique_evidence,
)
from auditor.report.review_view import (
    ChangesView,
    ReviewBadge,
    ReviewRow,
    SignoffView,
    changes_view,
    review_badge,
    review_rows,
    signoff_view,
    status_yaml,
)
from auditor.report.timeline import Timeline
from auditor.result import AuditResult
from auditor.rules.waivers import decides_eligibility

# English, marked for the catalogue: build_view translates them (`_()`), the index's template too.
STATUS_LABELS = {
    "failed": N_("Failed"),
    "unknown": N_("Needs a human"),
    "waived": N_("Waived"),
    "passed": N_("Passed"),
}
VERDICTS = {
    "ready": (N_("Ready to submit"), N_("Nothing at warning or error level is open.")),
    "needs_attention": (
        N_("Needs attention"),
        N_(
            "Eligibility is not ruled out, but open findings "
            "must be resolved or waived before submission."
        ),
    ),
    "not_eligible": (
        N_("Not eligible"),
        N_("A CEC or language requirement fails at error level."),
    ),
}
# Words the templates translate by value (`_(severity)`, `_(status)`, `_(as_of_source)`).
DISPLAYED_WORDS = (
    N_("error"),
    N_("warning"),
    N_("info"),
    N_("applied"),
    N_("unused"),
    N_("stale"),
    N_("expired"),
    N_("today"),
)
# The count of failed findings of a severity, as the verdict box says it: "2 errors failed".
COUNT_NOUNS = {
    "error": NP_("error failed", "errors failed"),
    "warning": NP_("warning failed", "warnings failed"),
    "info": NP_("info failed", "info failed"),
}
MAX_REASONS = 6
WHOLE_CASE = N_("Whole case")  # a grouping key; shown translated


def anchor(prefix: str, key: str) -> str:
    """An HTML id made only of safe characters, stable for the same key."""
    return f"{prefix}-" + re.sub(r"[^A-Za-z0-9_-]", "_", key)


@dataclass(frozen=True)
class EvidenceView:
    document: str
    document_anchor: str | None
    page: int | None
    text: str
    picture: Picture | None
    note: str  # why there is no picture
    original: str | None = None  # file:// link to the original file (None: its name is masked)


@dataclass(frozen=True)
class WaiverView:
    reason: str
    by: str
    date: str


@dataclass(frozen=True)
class WaiverRow:
    """One waiver of review.yaml and what it did, for the report's Waivers section."""

    rule: str
    document: str
    status: str  # applied | unused | stale | expired
    findings: int
    reason: str
    by: str
    date: str
    expires: str
    line: int
    note: str


def _related(finding: Finding, redact: Redactor) -> tuple[str, ...]:
    """`RULE: message` of each finding folded into this one (rules/related.py), the message in
    the reader's language."""
    related = (finding.details or {}).get("related", ())
    if not isinstance(related, list | tuple):
        return ()
    return tuple(
        f"{r['rule']}: {redact(i18n.localize(r['message']))}"
        for r in related
        if isinstance(r, dict)
    )


def waiver_rows(result: AuditResult, redact: Redactor) -> tuple[WaiverRow, ...]:
    """Every waiver, those that did not apply first (they need a consultant's eye)."""
    rows = []
    for outcome in getattr(result, "waivers", ()):
        row = waiver_json(outcome, redact)
        row["note"] = redact(i18n.localize(outcome.note))  # in the reader's language
        rows.append(row)
    rows.sort(key=lambda w: (w["status"] == "applied", w["line"]))
    return tuple(
        WaiverRow(
            w["rule"],
            w["document"],
            w["status"],
            w["findings"],
            w["reason"],
            w["by"] or "—",
            w["date"] or "—",
            w["expires"] or "",
            w["line"],
            w["note"],
        )
        for w in rows
    )


@dataclass(frozen=True)
class FindingView:
    anchor: str
    rule: str
    rule_anchor: str
    title: str
    status: str
    status_label: str
    severity: str
    message: str
    summary: str  # the message's first line, for the verdict's list of reasons
    documents: tuple[tuple[str, str | None], ...]  # path, anchor
    evidence: tuple[EvidenceView, ...]  # with pictures, at most PICTURES_PER_FINDING
    more_evidence: tuple[EvidenceView, ...]  # the rest, as quoted text
    waiver: WaiverView | None
    waiver_yaml: str
    related: tuple[str, ...] = ()  # the same problem as other rules report it (rules/related.py)
    finding_id: str = ""  # the stable id (masked), as report.json and review.yaml name it
    review: ReviewBadge | None = None  # review.yaml's status for it
    status_yaml: str = ""  # the review.yaml entry that gives it a status


@dataclass(frozen=True)
class DocumentGroup:
    document: str
    anchor: str | None
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class SeverityGroup:
    severity: str
    failed: int
    unknown: int
    documents: tuple[DocumentGroup, ...]


@dataclass(frozen=True)
class Count:
    severity: str
    failed: int
    unknown: int
    noun: str = ""  # "errors failed": the severity's noun in the number `failed` takes


@dataclass(frozen=True)
class RuleView:
    rule: str
    anchor: str
    title: str
    severity: str
    why: str
    fix: str
    source: str
    source_is_url: bool


@dataclass(frozen=True)
class AuditTrail:
    tool_version: str
    tesseract: str
    languages: str
    checklists: tuple[tuple[str, str], ...]
    as_of: str
    as_of_source: str
    inputs: tuple[tuple[str, str, int], ...]
    duration: str
    sources: tuple[Source, ...] = (NOC_SOURCE,)  # data the rules used, with their attribution
    config: tuple[str, str] | None = None  # the firm's audit.toml: path and sha256
    disabled: tuple[tuple[str, str, str], ...] = ()  # rules turned off: ID, reason, file:line


@dataclass(frozen=True)
class ReportView:
    case_name: str
    client: str
    province: str
    as_of: str
    as_of_source: str
    audited_at: str  # `2026-12-05 09:14 UTC`, or "" when not known
    verdict: str
    verdict_label: str
    verdict_explain: str
    counts: tuple[Count, ...]
    waived_count: int
    passed_count: int
    reasons: tuple[FindingView, ...]
    more_reasons: int
    hours: elig.HoursPanel
    language: elig.LanguagePanel
    crs: CrsPanel | None
    noc: tuple[NocPanel, ...]
    timeline: Timeline
    groups: tuple[SeverityGroup, ...]
    waived: tuple[FindingView, ...]
    waivers: tuple[WaiverRow, ...]
    passed: tuple[FindingView, ...]
    rules: tuple[RuleView, ...]
    documents: tuple[DocumentView, ...]
    trail: AuditTrail
    crops_made: int
    crops_omitted: int
    review: tuple[ReviewRow, ...] = ()  # review.yaml's statuses, stale and unused first
    signoff: SignoffView | None = None
    changes: ChangesView | None = None  # what changed since the baseline report


def _yaml_scalar(text: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_./ ()-]*", text) and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def waiver_yaml(finding: Finding, redact: Callable[[str], str], sha256: str | None = None) -> str:
    """The review.yaml entry that waives this finding, to paste under `waive:`: bound to its
    (first) document and, with `sha256`, to that document's content; `document: all` for a
    finding on the whole case.

    A file name that holds an identifier is shown masked, with a note to write it out.
    """
    lines = [f"  - rule: {_yaml_scalar(finding.rule)}"]
    if finding.documents:
        path = finding.documents[0]
        shown = redact(path)
        note = "  # the file name holds an identifier: write it out" if shown != path else ""
        lines.append(f"    document: {_yaml_scalar(shown)}{note}")
        if sha256:
            lines.append(f"    sha256: {sha256}  # the file as audited; if it changes, re-check")
    else:
        lines.append("    document: all  # the finding is on the whole case")
    lines += [
        "    reason:   # required: why this finding is acceptable",
        "    by:       # required: your name",
        "    date:     # required: YYYY-MM-DD",
        "    # expires: YYYY-MM-DD  # optional: the waiver lapses after this date",
    ]
    return "\n".join(lines) + "\n"


def _titles(result: AuditResult) -> dict[str, str]:
    checklists = result.checklists
    titles = {rid: meta.title for rid, meta in getattr(checklists, "rules", {}).items()}
    titles.update({item.id: item.title for item in getattr(checklists, "qa", ())})
    return titles


def _evidence_views(
    finding: Finding,
    shown: dict[str, Any],
    result: AuditResult,
    pictures: PagePictures,
    doc_anchors: dict[str, str],
    want_pictures: bool,
) -> tuple[EvidenceView, ...]:
    views: list[EvidenceView] = []
    for i in unique_evidence(finding):
        if i >= len(shown["evidence"]):
            break
        ev, masked = finding.evidence[i], shown["evidence"][i]
        picture, note = None, ""
        if ev.page is None or ev.bbox is None:
            note = "no position on a page was recorded"
        elif not want_pictures or len(views) >= PICTURES_PER_FINDING:
            note = ""
        else:
            found = page_of(result, ev.document, ev.page)
            if found is None:
                note = "the page is not available"
            else:
                picture = pictures.crop(found[0].file, found[1], ev.bbox)
                if picture is None:
                    note = (
                        "picture limit reached: see the document"
                        if pictures.crops_made >= pictures.max_crops
                        else "the page could not be drawn"
                    )
        views.append(
            EvidenceView(
                masked["document"],
                doc_anchors.get(ev.document),
                ev.page,
                masked["text"],
                picture,
                note,
                original_link(result.case_dir, ev.document, masked["document"], ev.page),
            )
        )
    return tuple(views)


def original_link(case_dir: Path, document: str, shown: str, page: int | None = None) -> str | None:
    """A file:// link to the original file of a document (an identity: the file, or a part of
    it), so a person can open it beside the report: a PDF at `page` (its number in the file),
    else at the part's first page; none when the file's name holds an identifier (the link
    would print it in full)."""
    if not document or shown != document:
        return None
    uri = (Path(case_dir) / document_file(document)).resolve().as_uri()
    part = document_pages(document)
    page = page if page is not None else part[0] if part else None
    if page is not None and document_file(document).casefold().endswith(".pdf"):
        uri += f"#page={page}"  # the PDF open parameter every browser's viewer follows
    return uri


def _finding_view(
    finding: Finding,
    result: AuditResult,
    redact: Any,
    titles: dict[str, str],
    pictures: PagePictures,
    doc_anchors: dict[str, str],
    index: int,
    finding_id: str = "",
    review: ReviewBadge | None = None,
) -> FindingView:
    shown = finding_json(finding, redact, titles)
    if isinstance(finding.message, i18n.Text) and i18n.current() != i18n.DEFAULT_LANG:
        shown["message"] = redact(i18n.localize(finding.message))
    waiver = None
    if finding.waiver is not None:
        w = finding.waiver
        waiver = WaiverView(redact(w.reason), w.by or "—", w.date.isoformat() if w.date else "—")
    want_pictures = finding.status in PICTURED_STATUSES
    evidence = _evidence_views(finding, shown, result, pictures, doc_anchors, want_pictures)
    message = shown["message"]
    return FindingView(
        anchor=f"finding-{index}",
        rule=finding.rule,
        rule_anchor=anchor("rule", finding.rule),
        title=_(titles.get(finding.rule, "")),
        status=finding.status,
        status_label=_(STATUS_LABELS.get(finding.status, finding.status)),
        severity=finding.severity,
        message=message,
        summary=message.strip().split("\n")[0],
        documents=tuple((redact(d), doc_anchors.get(d)) for d in finding.documents),
        evidence=evidence[:PICTURES_PER_FINDING],
        more_evidence=evidence[PICTURES_PER_FINDING:],
        waiver=waiver,
        waiver_yaml=waiver_yaml(
            finding,
            redact,
            next(
                (
                    r.file.sha256
                    for r in result.files
                    if finding.documents and r.file.relpath == document_file(finding.documents[0])
                ),
                None,
            ),
        ),
        related=_related(finding, redact),
        finding_id=finding_id,
        review=review,
        status_yaml=status_yaml(finding_id) if finding_id else "",
    )


def _groups(
    views: list[tuple[Finding, FindingView]],
    doc_anchors: dict[str, str],
    redact: Callable[[str], str],
) -> tuple[SeverityGroup, ...]:
    groups = []
    for severity in SEVERITIES:
        of_sev = [(f, v) for f, v in views if f.severity == severity]
        if not of_sev:
            continue
        by_doc: dict[str, list[FindingView]] = {}
        for f, v in of_sev:
            by_doc.setdefault(f.documents[0] if f.documents else WHOLE_CASE, []).append(v)
        order = sorted(by_doc, key=lambda d: (d != WHOLE_CASE, d))  # case-wide first
        groups.append(
            SeverityGroup(
                severity,
                sum(1 for f, _ in of_sev if f.status == "failed"),
                sum(1 for f, _ in of_sev if f.status == "unknown"),
                tuple(
                    DocumentGroup(
                        _(d) if d == WHOLE_CASE else redact(d), doc_anchors.get(d), tuple(by_doc[d])
                    )
                    for d in order
                ),
            )
        )
    return tuple(groups)


def _rules(result: AuditResult, findings: tuple[Finding, ...]) -> tuple[RuleView, ...]:
    checklists = result.checklists
    metas = dict(getattr(checklists, "rules", {}))
    qa = {item.id: item for item in getattr(checklists, "qa", ())}
    out = []
    for rule in sorted({f.rule for f in findings if f.status != "passed"}):
        meta = metas.get(rule) or qa.get(rule)
        title = getattr(meta, "title", "") or ""
        source = getattr(meta, "source", "") or ""
        fix = getattr(meta, "fix", "") or ""
        out.append(
            RuleView(
                rule,
                anchor("rule", rule),
                _(title),
                getattr(meta, "severity", "") or "",
                _(getattr(meta, "why", "") or N_("No explanation in the checklists.")),
                _(fix),
                _(source),
                bool(re.fullmatch(r"https://[^\s\"'<>]+", source)),
            )
        )
    return tuple(out)


def _trail(result: AuditResult, redact: Callable[[str], str]) -> AuditTrail:
    engine = result.engine
    return AuditTrail(
        tool_version=result.tool_version,
        tesseract=getattr(engine, "version", None) or "not installed",
        languages=", ".join(getattr(engine, "languages", ()) or ()) or "—",
        checklists=tuple((str(p), h) for p, h in result.checklist_hashes),
        as_of=result.as_of.isoformat(),
        as_of_source=result.as_of_source,
        inputs=tuple(
            (redact(r.file.relpath), r.file.sha256 or "—", r.file.size) for r in result.files
        ),
        duration=f"{result.duration_seconds:.1f} s",
        config=getattr(result, "config", None),
        disabled=tuple(
            (d.id, redact(d.reason), d.origin)
            for d in getattr(result.checklists, "disabled", {}).values()
        ),
    )


def audited_at_label(result: AuditResult) -> str:
    """When the audit ran, to the minute, as the report header shows it."""
    at = result.audited_at
    if at is None:
        return ""
    zone = at.tzname() or ""
    return f"{at:%Y-%m-%d %H:%M} {zone}".strip()


def _first_line(finding: Finding, redact: Callable[[str], str]) -> str:
    line = redact(i18n.localize(finding.message).strip().split("\n")[0]).rstrip(".")
    return f"{finding.rule} — {line}"


def verdict_why(result: AuditResult, blocking: list[Finding], redact: Callable[[str], str]) -> str:
    """Why the verdict is what it is, in the words of the rule(s) that decided it; "" for a
    ready case (the standard sentence says it). When the hours are met but another eligibility
    rule fails, it says so, so that "requirement met" beside "Not eligible" does not puzzle."""
    if not blocking or result.verdict == "ready":
        return ""
    shown = [_first_line(f, redact) for f in blocking[:2]]
    more = len(blocking) - len(shown)
    why = "; ".join(shown) + (_("; and {num} more").format(num=more) if more > 0 else "") + "."
    if result.verdict == "not_eligible":
        hours = getattr(result.evaluation, "hours", None)
        required = elig.required_hours(result.checklists)
        decided_elsewhere = all(f.rule != "CEC-HOURS-001" for f in blocking)
        if hours is not None and hours.qualifying_hours >= required and decided_elsewhere:
            why += " " + ngettext(
                "The hours requirement is met ({hours} h of {required}); the rule above "
                "decides the verdict.",
                "The hours requirement is met ({hours} h of {required}); the rules above "
                "decide the verdict.",
                len(blocking),
            ).format(
                hours=i18n.number(round(hours.qualifying_hours)),
                required=i18n.number(round(required)),
            )
        return _("Not eligible: ") + why
    return _("Needs attention: ") + why


def blocking_findings(verdict: str, findings: list[Finding]) -> list[Finding]:
    """What the verdict box lists: the findings that make the case not eligible when it is not,
    else every open error and warning; in the report's order."""
    active = [f for f in sorted(findings, key=report_order) if f.status in ("failed", "unknown")]
    if verdict == "not_eligible":
        return [f for f in active if decides_eligibility(f)]
    return [f for f in active if f.severity in ("error", "warning")]


def build_view(
    result: AuditResult,
    pictures: PagePictures | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
) -> ReportView:
    """The whole report, ready for the template; its pictures drawn by `jobs` workers, and
    kept in `cache_dir` for the next run (None: not kept)."""
    redact = redactor_for(result)
    pictures = pictures or PagePictures(
        redact, identifier_masks(result.documents), cache=PictureCache(cache_dir)
    )
    pictures.prefetch(pictured_pages(result, pictures.max_crops - pictures.crops_made), jobs)
    titles = _titles(result)
    doc_anchors: dict[str, str] = {}
    for i, doc in enumerate(result.documents):
        doc_anchors.setdefault(doc.id, f"doc-{i}")
    findings = tuple(sorted(result.findings, key=report_order))
    active = [f for f in findings if f.status in ("failed", "unknown")]
    waived = [f for f in findings if f.status == "waived"]
    passed = [f for f in findings if f.status == "passed"]
    index = {id(f): i for i, f in enumerate(findings)}
    stable = {
        id(f): redact(i) for f, i in zip(result.findings, finding_ids(result.findings), strict=True)
    }
    reviews = {redact(o.entry.finding): o for o in result.review if o.state != "unused"}
    made: dict[int, FindingView] = {}
    for f in picture_order(findings):
        sid = stable.get(id(f), "")
        made[id(f)] = _finding_view(
            f,
            result,
            redact,
            titles,
            pictures,
            doc_anchors,
            index[id(f)],
            sid,
            review_badge(reviews.get(sid), redact),
        )
    anchors = {v.finding_id: v.anchor for v in made.values()}
    shown = {
        v.finding_id: {"rule": v.rule, "message": v.message, "status": v.status}
        for v in made.values()
    }
    views = [(f, made[id(f)]) for f in active]
    summary = result.summary
    counts = tuple(
        Count(
            s,
            summary.failed[s],
            summary.unknown[s],
            ngettext(*COUNT_NOUNS[s], summary.failed[s]),
        )
        for s in SEVERITY_ORDER
    )
    blocking = blocking_findings(result.verdict, active)
    label, explain = VERDICTS.get(result.verdict, (result.verdict, ""))
    label, explain = _(label), _(explain)
    explain = verdict_why(result, blocking, redact) or explain
    evaluation = result.evaluation
    hours = getattr(evaluation, "hours", None)
    language = getattr(evaluation, "language", None)
    by_path = {d.id: d for d in result.documents if d.kind == "language_test"}
    doc_views = document_views(
        result.documents,
        redact,
        pictures,
        lambda d: original_link(result.case_dir, d.id, redact(d.id)),
    )
    intake = result.intake
    return ReportView(
        case_name=result.case_name,
        client=redact(getattr(intake, "client_name", None) or "") or _("not declared"),
        province=getattr(intake, "intended_province", None) or _("not declared"),
        as_of=result.as_of.isoformat(),
        as_of_source=result.as_of_source,
        audited_at=audited_at_label(result),
        verdict=result.verdict,
        verdict_label=label,
        verdict_explain=explain,
        counts=counts,
        waived_count=summary.waived,
        passed_count=len(passed),
        reasons=tuple(made[id(f)] for f in blocking[:MAX_REASONS]),
        more_reasons=max(0, len(blocking) - MAX_REASONS),
        hours=elig.hours_panel(hours, result.as_of, redact, elig.required_hours(result.checklists)),
        language=elig.language_panel(language, by_path, result.as_of, redact),
        crs=crs_panel(result.evaluation.crs, result.evaluation.crs_invited),
        noc=noc_panels(findings, result.documents, redact),
        timeline=elig.timeline(
            hours, language, getattr(evaluation, "work", None), result.as_of, redact
        ),
        groups=_groups(views, doc_anchors, redact),
        waived=tuple(made[id(f)] for f in waived),
        waivers=waiver_rows(result, redact),
        passed=tuple(made[id(f)] for f in passed),
        rules=_rules(result, findings),
        documents=doc_views,
        trail=_trail(result, redact),
        crops_made=pictures.crops_made,
        crops_omitted=max(
            0, sum(1 for f in active + waived for e in f.evidence if e.bbox) - pictures.crops_made
        ),
        review=review_rows(result, redact, anchors),
        signoff=signoff_view(result),
        changes=changes_view(result, shown, anchors),
    )
