"""Consultants' waivers applied to findings, and the verdict (CONTRACT.md sections 2 and 3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import get_close_matches
from functools import cache
from typing import Literal

from auditor.i18n import N_, join, tr, trn
from auditor.models import Finding, Verdict, Waiver, document_file
from auditor.rules.checklist import load_checklists
from auditor.rules.meta import ELIGIBILITY_CATEGORIES

WaiverStatus = Literal["applied", "unused", "stale", "expired"]


@dataclass(frozen=True)
class WaiverOutcome:
    """What one waiver of review.yaml did in this audit, like a linter's report of its
    suppressions: `applied` (it waived `findings` findings), `unused` (it matched nothing),
    `stale` (the document changed since it was written) or `expired`; `note` says why."""

    waiver: Waiver
    status: WaiverStatus
    findings: int = 0
    document_sha256: str | None = None  # the waived document's content in this audit
    note: str = ""


def _normal(path: str) -> str:
    return path.replace("\\", "/").removeprefix("./")


def covers(named: str, document: str, files: Collection[str] = ()) -> bool:
    """Whether a waiver's or a status's `document:` covers a finding's document (an identity,
    CONTRACT.md section 3): that very document, or its whole file (every document of it);
    `files`: the case's file paths, so a file named like a page range stays a file."""
    named, document = _normal(named), _normal(document)
    return named in (document, document_file(document, files))


def _applies(waiver: Waiver, finding: Finding, files: Collection[str] = ()) -> bool:
    if waiver.rule != finding.rule or finding.status not in ("failed", "unknown"):
        return False
    if waiver.document is None:
        return True
    return any(covers(waiver.document, d, files) for d in finding.documents)


def _closed(
    waiver: Waiver, as_of: dt.date, hashes: Mapping[str, str], known: set[str]
) -> WaiverOutcome | None:
    """The outcome of a waiver that cannot apply whatever the findings: expired, stale, or
    naming a document the case does not hold; None when it may apply. The content a waiver
    is bound to is its document's file (`hashes`: file path to sha256)."""
    current = _file_hash(waiver, hashes)
    if waiver.expires is not None and waiver.expires < as_of:
        note = tr(
            "expired on {expires} (audited as of {as_of})", expires=waiver.expires, as_of=as_of
        )
        return WaiverOutcome(waiver, "expired", 0, current, note)
    if waiver.document is not None and _normal(waiver.document) not in known:
        near = get_close_matches(_normal(waiver.document), sorted(known), n=1)
        missing = (
            tr(
                "no document {document}; did you mean {near}?",
                document=waiver.document,
                near=near[0],
            )
            if near
            else tr("no document {document}", document=waiver.document)
        )
        return WaiverOutcome(waiver, "unused", 0, None, missing)
    if waiver.sha256 is not None and current and waiver.sha256 != current:
        note = tr(
            "{document} changed since the waiver was written (sha256 {current}…, the waiver says "
            "{written}…): check the finding again",
            document=waiver.document,
            current=current[:12],
            written=waiver.sha256[:12],
        )
        return WaiverOutcome(waiver, "stale", 0, current, note)
    return None


def _file_hash(waiver: Waiver, hashes: Mapping[str, str]) -> str | None:
    """The sha256 of the file the waiver's document is (or is part of); None for `all`."""
    if waiver.document is None:
        return None
    return hashes.get(document_file(_normal(waiver.document), hashes))


def waiver_outcomes(
    findings: Iterable[Finding],
    waivers: Sequence[Waiver],
    as_of: dt.date,
    hashes: Mapping[str, str],
    documents: Iterable[str] = (),
) -> tuple[tuple[Finding, ...], tuple[WaiverOutcome, ...]]:
    """Apply the waivers that hold and say what each waiver did.

    Failed or unknown findings a waiver covers become `waived`, with the waiver attached; a
    waiver naming a document covers only findings on that document, one naming a file those
    on every document of the file (`covers`); passed findings are never waived; the first
    matching waiver wins. An expired waiver (`expires` before `as_of`), a stale one (its
    `sha256` is not its file's, `hashes`: file path to sha256) and one naming no document
    (`documents`: the case's document identities) or file of the case apply to nothing; so
    every waiver's outcome is reported.
    """
    findings = list(findings)
    files = frozenset(hashes)
    known = (
        set(files)
        | {_normal(d) for d in documents}
        | {_normal(d) for f in findings for d in f.documents}
    )
    closed = {i: _closed(w, as_of, hashes, known) for i, w in enumerate(waivers)}
    live = [(i, w) for i, w in enumerate(waivers) if closed[i] is None]
    used = [0] * len(waivers)
    out = []
    for finding in findings:
        match = next(((i, w) for i, w in live if _applies(w, finding, files)), None)
        if match is None:
            out.append(finding)
            continue
        used[match[0]] += 1
        out.append(replace(finding, status="waived", waiver=match[1]))
    outcomes = []
    for i, w in enumerate(waivers):
        done = closed[i]
        if done is None:
            current = _file_hash(w, hashes)
            done = (
                WaiverOutcome(w, "applied", used[i], current)
                if used[i]
                else _unused(w, findings, current, files)
            )
        outcomes.append(done)
    return tuple(out), tuple(outcomes)


def _unused(
    waiver: Waiver, findings: list[Finding], current: str | None, files: Collection[str]
) -> WaiverOutcome:
    open_ = [f for f in findings if _applies(waiver, f, files)]
    rule, document = waiver.rule, waiver.document
    if open_:
        note = tr("an earlier waiver already covers the same findings")
    elif any(f.rule == waiver.rule and f.status == "passed" for f in findings):
        note = (
            tr("{rule} passed on {document}", rule=rule, document=document)
            if document
            else tr("{rule} passed", rule=rule)
        )
    elif document:
        note = tr("no finding of {rule} on {document}", rule=rule, document=document)
    else:
        note = tr("no finding of {rule}", rule=rule)
    return WaiverOutcome(waiver, "unused", 0, current, note)


def apply_waivers(
    findings: Iterable[Finding],
    waivers: Sequence[Waiver],
    as_of: dt.date | None = None,
    hashes: Mapping[str, str] | None = None,
) -> tuple[Finding, ...]:
    """The findings with the waivers that hold applied (see `waiver_outcomes`); without
    `as_of` no waiver has expired, without `hashes` none is stale."""
    return waiver_outcomes(findings, waivers, as_of or dt.date.min, hashes or {})[0]


def unused_summary(outcomes: Iterable[WaiverOutcome]) -> str | None:
    """One line for the command's summary when some waivers did not apply, else None."""
    idle = [o for o in outcomes if o.status != "applied"]
    if not idle:
        return None
    counts = {s: sum(1 for o in idle if o.status == s) for s in ("unused", "stale", "expired")}
    words = {
        "unused": N_("{n} matched nothing"),
        "stale": N_("{n} stale"),
        "expired": N_("{n} expired"),
    }
    parts = [tr(words[s], n=n) for s, n in counts.items() if n]
    return trn(
        "{n} waiver did not apply ({parts}): see the report",
        "{n} waivers did not apply ({parts}): see the report",
        len(idle),
        parts=join(parts, ", "),
    )


@cache
def shipped_categories() -> Mapping[str, str]:
    """Each shipped rule's category, from rules.yaml (a firm's checklist cannot change them)."""
    return {rule_id: meta.category for rule_id, meta in load_checklists().rules.items()}


def decides_eligibility(finding: Finding, categories: Mapping[str, str] | None = None) -> bool:
    """Whether this finding alone makes the case not eligible: a failed error of a rule in the
    eligibility or language category (`categories`: rule ID to category, default rules.yaml's)."""
    categories = shipped_categories() if categories is None else categories
    return (
        finding.status == "failed"
        and finding.severity == "error"
        and categories.get(finding.rule) in ELIGIBILITY_CATEGORIES
    )


def verdict(findings: Iterable[Finding], categories: Mapping[str, str] | None = None) -> Verdict:
    """not_eligible: an error failed in the eligibility or language category; needs_attention:
    anything failed or unknown at warning or error; else ready. Waived and info findings never
    count. `categories` maps rule IDs to categories (default: rules.yaml's; QA items have none
    that blocks eligibility)."""
    findings = list(findings)
    if any(decides_eligibility(f, categories) for f in findings):
        return "not_eligible"
    if any(
        f.status in ("failed", "unknown") and f.severity in ("error", "warning") for f in findings
    ):
        return "needs_attention"
    return "ready"
