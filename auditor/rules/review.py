"""Review statuses and the sign-off of review.yaml, held against this audit (CONTRACT.md
section 2, schema 2). They never change a finding, the verdict or the exit code.

A status is bound to its finding's stable id and to the content (sha256) of the finding's
documents as the consultant saw them; a finding on the whole case (no document) is bound to the
case's fingerprint. The sign-off is bound to the case's fingerprint. Where the binding comes
from, first match wins:

1. review.yaml itself: a status's `sha256:` (its finding's first document), the sign-off's
   `fingerprint:` (as report.json's `case.fingerprint` gives it);
2. the earlier report (the baseline): the same entry (finding, status, by, date; or by, date for
   the sign-off) was already bound there, so its binding carries over;
3. a new entry is bound to what the baseline audited, the report the consultant read when they
   wrote it: its documents' sha256 and its fingerprint;
4. with no baseline, or a document the baseline did not hold, to this audit's content.

So the binding is decided by review.yaml and the earlier report.json alone: deterministic. A
status whose documents changed since it was bound is `stale`; one naming no finding of this
audit is `unused`; the others are `current`. A sign-off is `valid` while the fingerprint is the
one it signed, else `void`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Literal

from auditor.case.review import ReviewStatus, Signoff
from auditor.i18n import Text, join, tr
from auditor.models import Finding, Waiver, document_file

ReviewOutcomeState = Literal["current", "stale", "unused"]


def case_fingerprint(
    hashes: Mapping[str, str], case_yaml_sha256: str | None, waivers: Sequence[Waiver]
) -> str:
    """The case in one sha256: every input file (path and sha256, sorted by path), case.yaml's
    sha256 and the waivers of review.yaml (in order: the first matching waiver wins). Review
    statuses, the sign-off, the as-of date and the tool are not part of it."""
    record = {
        "files": sorted([path, sha] for path, sha in hashes.items()),
        "case_yaml": case_yaml_sha256,
        "waivers": [
            [
                w.rule,
                w.document,
                w.reason,
                w.by,
                w.date.isoformat() if w.date else None,
                w.sha256,
                w.expires.isoformat() if w.expires else None,
            ]
            for w in waivers
        ],
    }
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Prior:
    """What the baseline report recorded, as far as review.yaml's bindings need it."""

    fingerprint: str | None = None
    hashes: Mapping[str, str] = field(default_factory=dict)  # path -> sha256 of its inputs
    # (finding, status, by, date) -> the documents' sha256 and the fingerprint it was bound to
    statuses: Mapping[tuple[str, str, str, str], Binding] = field(default_factory=dict)
    signoff: tuple[str, str, str] | None = None  # by, date, the fingerprint it signed


@dataclass(frozen=True)
class Binding:
    """The content a status was written for: each document's sha256, or (a finding on the
    whole case) the case's fingerprint."""

    documents: tuple[tuple[str, str | None], ...] = ()
    fingerprint: str | None = None


@dataclass(frozen=True)
class ReviewOutcome:
    """One status of review.yaml held against this audit."""

    entry: ReviewStatus
    state: ReviewOutcomeState
    finding_status: str | None = None  # the finding's status in this audit (failed, unknown...)
    bound: Binding = Binding()
    current: Binding = Binding()
    note: str = ""

    @property
    def key(self) -> tuple[str, str, str, str]:
        return status_key(self.entry)


@dataclass(frozen=True)
class SignoffOutcome:
    signoff: Signoff
    valid: bool
    signed: str  # the fingerprint it signed
    current: str  # this audit's fingerprint
    note: str = ""


def status_key(entry: ReviewStatus) -> tuple[str, str, str, str]:
    return (entry.finding, entry.status, entry.by, entry.date.isoformat())


def _binding(entry: ReviewStatus, current: Binding, prior: Prior | None) -> Binding:
    """What `entry` was written for (see the module's docstring for the order)."""
    if prior is None:
        bound = current
    elif status_key(entry) in prior.statuses:
        bound = prior.statuses[status_key(entry)]
    else:
        case = current.fingerprint
        bound = Binding(
            tuple(
                (p, prior.hashes.get(document_file(p, prior.hashes), sha))
                for p, sha in current.documents
            ),
            (prior.fingerprint or case) if case is not None else None,
        )
    if entry.sha256 is not None and current.documents:
        first, *rest = bound.documents or current.documents
        bound = Binding(((first[0], entry.sha256), *rest), bound.fingerprint)
    return bound


def _changed(bound: Binding, current: Binding) -> list[str]:
    was = dict(bound.documents)
    changed = [p for p, sha in current.documents if p in was and was[p] != sha]
    if current.fingerprint is not None and bound.fingerprint != current.fingerprint:
        changed.append(tr("the case"))
    return changed


def review_outcomes(
    findings: Sequence[Finding],
    ids: Sequence[str],
    statuses: Sequence[ReviewStatus],
    hashes: Mapping[str, str],
    fingerprint: str,
    prior: Prior | None = None,
) -> tuple[ReviewOutcome, ...]:
    """Each status held against this audit's findings (`ids`: their stable ids, in order) and
    content (`hashes`: file path to sha256; a finding's document that is part of a file is
    bound to its file's content); `prior`: what the baseline report recorded (None: no
    baseline)."""
    by_id = dict(zip(ids, findings, strict=True))
    out = []
    for entry in statuses:
        finding = by_id.get(entry.finding)
        if finding is None:
            near = get_close_matches(entry.finding, list(ids), n=1, cutoff=0.8)
            if entry.status == "fixed":
                note = tr(
                    "no finding {finding} in this audit: the fix holds", finding=entry.finding
                )
            elif near:
                note = tr(
                    "no finding {finding} in this audit; did you mean {near}?",
                    finding=entry.finding,
                    near=near[0],
                )
            else:
                note = tr("no finding {finding} in this audit", finding=entry.finding)
            out.append(ReviewOutcome(entry, "unused", None, note=note))
            continue
        current = (
            Binding(tuple((p, hashes.get(document_file(p, hashes))) for p in finding.documents))
            if finding.documents
            else Binding(fingerprint=fingerprint)
        )
        bound = _binding(entry, current, prior)
        changed = _changed(bound, current)
        if changed:
            note = tr(
                "{changed} changed since this status was given on {date}: review the finding again",
                changed=join(changed, ", "),
                date=entry.date,
            )
            out.append(ReviewOutcome(entry, "stale", finding.status, bound, current, note))
        else:
            note = Text("", {})
            if entry.status == "fixed" and finding.status in ("failed", "unknown"):
                note = tr("marked fixed, but this audit still reports the finding")
            out.append(ReviewOutcome(entry, "current", finding.status, bound, current, note))
    return tuple(out)


def signoff_outcome(
    signoff: Signoff | None, fingerprint: str, prior: Prior | None = None
) -> SignoffOutcome | None:
    """Whether the sign-off still holds: the case's fingerprint is the one it signed."""
    if signoff is None:
        return None
    key = (signoff.by, signoff.date.isoformat())
    if signoff.fingerprint is not None:
        signed = signoff.fingerprint
    elif prior is not None and prior.signoff is not None and prior.signoff[:2] == key:
        signed = prior.signoff[2]
    elif prior is not None and prior.fingerprint is not None:
        signed = prior.fingerprint
    else:
        signed = fingerprint
    if signed == fingerprint:
        return SignoffOutcome(signoff, True, signed, fingerprint)
    note = tr(
        "void: the case changed since {by} signed it off on {date} (a document, case.yaml or a "
        "waiver); review the report and sign it off again",
        by=signoff.by,
        date=signoff.date,
    )
    return SignoffOutcome(signoff, False, signed, fingerprint, note)
