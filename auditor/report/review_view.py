"""The HTML view of the review loop: review.yaml's statuses and sign-off, and what changed since
the last audit. Text comes from report.json's own functions, so both reports say the same."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from auditor.i18n import N_, localize
from auditor.privacy import Redactor
from auditor.report.json_report import review_json, signoff_json
from auditor.result import AuditResult
from auditor.rules.review import ReviewOutcome

# English, marked for the catalogue: the templates translate them where they are shown.
REVIEW_LABELS = {
    "reviewed": N_("Reviewed"),
    "acknowledged": N_("Acknowledged"),
    "awaiting_document": N_("Awaiting a document"),
    "fixed": N_("Fixed"),
}
STATE_LABELS = {
    "current": N_("current"),
    "stale": N_("stale: review again"),
    "unused": N_("unused"),
}
VERDICT_WORDS = {
    "ready": N_("Ready"),
    "needs_attention": N_("Needs attention"),
    "not_eligible": N_("Not eligible"),
}


@dataclass(frozen=True)
class ReviewBadge:
    """A finding's review status, as its card shows it."""

    status: str
    label: str
    by: str
    date: str
    note: str
    state: str  # current | stale
    explanation: str


@dataclass(frozen=True)
class ReviewRow:
    """One status of review.yaml and what it is in this audit (stale and unused first)."""

    finding: str
    anchor: str | None  # the finding's card, when the finding is in this report
    status: str
    label: str
    by: str
    date: str
    note: str
    state: str
    state_label: str
    explanation: str
    line: int


@dataclass(frozen=True)
class SignoffView:
    by: str
    date: str
    valid: bool
    explanation: str
    fingerprint: str


@dataclass(frozen=True)
class ChangedFinding:
    id: str
    anchor: str | None
    rule: str
    message: str  # now (new, changed) or then (resolved)
    before: str = ""  # `status severity` before, for changed findings
    after: str = ""
    message_before: str = ""


@dataclass(frozen=True)
class ChangesView:
    baseline: str
    baseline_audited_at: str
    verdict_before: str
    verdict_after: str
    verdict_changed: bool
    new: tuple[ChangedFinding, ...]
    resolved: tuple[ChangedFinding, ...]
    changed: tuple[ChangedFinding, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed_documents: tuple[str, ...]

    @property
    def nothing(self) -> bool:
        return not (
            self.new
            or self.resolved
            or self.changed
            or self.added
            or self.removed
            or self.changed_documents
            or self.verdict_changed
        )


def status_yaml(finding_id: str) -> str:
    """The review.yaml entry that gives this finding a status, to paste under `review:`."""
    shown = json.dumps(finding_id, ensure_ascii=False)  # a JSON string is a YAML scalar
    return (
        f"  - finding: {shown}\n"
        "    status:   # required: reviewed | acknowledged | awaiting_document | fixed\n"
        "    by:       # required: your name\n"
        "    date:     # required: YYYY-MM-DD\n"
        "    note:     # optional: what was done or asked\n"
    )


def review_badge(outcome: ReviewOutcome | None, redact: Redactor) -> ReviewBadge | None:
    if outcome is None or outcome.state == "unused":
        return None
    shown = review_json(outcome, redact)
    shown["explanation"] = redact(localize(outcome.note))  # in the reader's language
    return ReviewBadge(
        shown["status"],
        REVIEW_LABELS.get(shown["status"], shown["status"]),
        shown["by"],
        shown["date"],
        shown["note"],
        shown["state"],
        shown["explanation"],
    )


def review_rows(
    result: AuditResult, redact: Redactor, anchors: Mapping[str, str]
) -> tuple[ReviewRow, ...]:
    """Every status of review.yaml; stale and unused ones first (they need a consultant)."""
    rows = [
        {**review_json(o, redact), "explanation": redact(localize(o.note))} for o in result.review
    ]
    rank = {"stale": 0, "unused": 1, "current": 2}
    rows.sort(key=lambda r: (rank.get(r["state"], 3), r["line"]))
    return tuple(
        ReviewRow(
            r["finding"],
            anchors.get(r["finding"]),
            r["status"],
            REVIEW_LABELS.get(r["status"], r["status"]),
            r["by"],
            r["date"],
            r["note"],
            r["state"],
            STATE_LABELS.get(r["state"], r["state"]),
            r["explanation"],
            r["line"],
        )
        for r in rows
    )


def signoff_view(result: AuditResult) -> SignoffView | None:
    shown = signoff_json(result.signoff_outcome)
    if shown is None:
        return None
    assert result.signoff_outcome is not None  # signoff_json gave something
    explanation = localize(result.signoff_outcome.note)  # in the reader's language
    return SignoffView(
        shown["by"], shown["date"], shown["valid"], explanation, shown["fingerprint"]
    )


def _status_line(values: Mapping[str, Any]) -> str:
    return f"{values.get('status')} · {values.get('severity')}"


def changes_view(
    result: AuditResult,
    shown: Mapping[str, Mapping[str, Any]],
    anchors: Mapping[str, str],
) -> ChangesView | None:
    """`result.changes` for the template: `shown` maps this report's finding ids to their JSON
    (resolved findings are described as the baseline did)."""
    c = result.changes
    if c is None:
        return None
    baseline = {f["id"]: f for f in c.get("resolved_findings", ())}

    def now(i: str) -> ChangedFinding:
        f = shown.get(i, {})
        return ChangedFinding(i, anchors.get(i), str(f.get("rule", "")), str(f.get("message", "")))

    def then(i: str) -> ChangedFinding:
        f = baseline.get(i, {})
        return ChangedFinding(i, None, str(f.get("rule", "")), str(f.get("message", "")))

    docs = c["documents"]
    verdict = c["verdict"]
    return ChangesView(
        baseline=c["baseline"],
        baseline_audited_at=(c.get("baseline_audited_at") or "")
        .replace("T", " ")
        .replace("+00:00", " UTC"),
        verdict_before=VERDICT_WORDS.get(verdict["before"], str(verdict["before"])),
        verdict_after=VERDICT_WORDS.get(verdict["after"], str(verdict["after"])),
        verdict_changed=verdict["changed"],
        new=tuple(now(i) for i in c["new"]),
        resolved=tuple(then(i) for i in c["resolved"]),
        changed=tuple(
            ChangedFinding(
                ch["id"],
                anchors.get(ch["id"]),
                str(ch.get("rule") or ""),
                str(ch["after"].get("message") or ""),
                _status_line(ch["before"]),
                _status_line(ch["after"]),
                str(ch["before"].get("message") or ""),
            )
            for ch in c["changed"]
        ),
        added=tuple(d.get("id") or d["path"] for d in docs["added"]),
        removed=tuple(d.get("id") or d["path"] for d in docs["removed"]),
        changed_documents=tuple(d.get("id") or d["path"] for d in docs["changed"]),
    )
