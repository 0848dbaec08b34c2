"""The choices of the findings' filters (severity, status, document), counted from the view.

The filters run in the page (templates/report.js); this module only lists what they offer and
gives each finding the keys of the documents it concerns, so the script compares keys and never
parses a path.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor import i18n
from auditor.i18n import N_
from auditor.report.view import WHOLE_CASE, FindingView, ReportView

# Labels are translated where they are shown (the template's `_()`).
STATUS_CHOICES = (("failed", N_("failed")), ("unknown", N_("needs a human")))
WHOLE_CASE_KEY = "case"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class FindingFilters:
    total: int
    severities: tuple[Choice, ...]
    statuses: tuple[Choice, ...]
    documents: tuple[Choice, ...]
    keys: dict[str, str]  # finding anchor -> its documents' keys, space-separated

    def documents_of(self, finding: FindingView) -> str:
        return self.keys.get(finding.anchor, "")


def finding_filters(view: ReportView) -> FindingFilters:
    findings = [f for g in view.groups for d in g.documents for f in d.findings]
    paths: dict[str, str] = {}  # path -> key, in the order the findings list them
    per_path: dict[str, int] = {}
    keys: dict[str, str] = {}
    for f in findings:
        own = [p for p, _ in f.documents] or [WHOLE_CASE]
        for p in dict.fromkeys(own):
            if p not in paths:
                paths[p] = WHOLE_CASE_KEY if p == WHOLE_CASE else f"d{len(paths)}"
            per_path[p] = per_path.get(p, 0) + 1
        keys[f.anchor] = " ".join(paths[p] for p in dict.fromkeys(own))
    order = sorted(paths, key=lambda p: (p != WHOLE_CASE, p))  # the case first, then by path
    return FindingFilters(
        total=len(findings),
        severities=tuple(Choice(g.severity, g.severity, g.failed + g.unknown) for g in view.groups),
        statuses=tuple(
            Choice(value, label, n)
            for value, label in STATUS_CHOICES
            if (n := sum(1 for f in findings if f.status == value))
        ),
        documents=tuple(
            Choice(paths[p], i18n._(p) if p == WHOLE_CASE else p, per_path[p]) for p in order
        ),
        keys=keys,
    )
