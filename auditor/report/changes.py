"""What changed since the last audit (CONTRACT.md section 3, `changes`, schema 2).

The baseline is an earlier report.json: the one already in the case's report folder (when it is
of the same case), or the file `--baseline` names. Findings are compared by stable id among the
findings that are not `passed`:

- `new`: open, waived or unknown now, absent (or passed) in the baseline;
- `resolved`: in the baseline, absent (or passed) now;
- `changed`: in both, with another status, severity or message.

Documents are compared by identity (report.json's `documents[].id`: the file's path, with the
page range of a part when one file holds several documents) and their file's sha256, over every
logical document and every input file that holds none (`audit.inputs`): `added`, `removed`, and
`changed` (same document, its file's content other). A file split differently (a stub's pages
moved) shows as its old parts removed and its new ones added. Each entry gives `id`, `path`
(the file) and `sha256`. The baseline also gives the review statuses and sign-off of
review.yaml their binding (rules/review.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from auditor.errors import UsageError
from auditor.models import finding_ids
from auditor.report.json_report import redactor_for, report_dict
from auditor.result import AuditResult
from auditor.rules.review import Binding, Prior, review_outcomes, signoff_outcome

COMPARED = ("status", "severity", "message")
MAX_BASELINE_BYTES = 64 * 1024 * 1024


class BaselineError(UsageError):
    """A `--baseline` file that is not a report.json the auditor can compare with (exit 2)."""


@dataclass(frozen=True)
class Baseline:
    path: Path
    report: dict[str, Any]


def read_baseline(path: Path) -> Baseline:
    """Read an earlier report.json; BaselineError says why it cannot serve as a baseline."""
    try:
        if path.stat().st_size > MAX_BASELINE_BYTES:
            raise BaselineError(f"{path}: larger than any report.json; not compared")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a readable report.json ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not an auditor's report.json (no findings)")
    findings = data["findings"]
    if not all(isinstance(f, dict) and isinstance(f.get("id"), str) for f in findings):
        raise BaselineError(
            f"{path}: its findings have no stable ids (a report older than schema 2); "
            "audit again to have one to compare with"
        )
    return Baseline(path, data)


def same_case(baseline: Baseline, current: Mapping[str, Any]) -> bool:
    """Whether the baseline reports on the same case folder as `current` (report.json's
    `case.path`, else its name)."""
    was, now = baseline.report.get("case") or {}, current.get("case") or {}
    if was.get("path") and now.get("path"):
        return bool(was["path"] == now["path"])
    return bool(was.get("name") == now.get("name"))


def _inputs(report: Mapping[str, Any]) -> dict[str, str]:
    audit = report.get("audit") or {}
    return {
        str(i["path"]): str(i.get("sha256") or "")
        for i in audit.get("inputs") or ()
        if isinstance(i, dict) and "path" in i
    }


def _documents(report: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """Each logical document by identity: (its file's path, the file's sha256), and each input
    file no document comes from by its path. A report older than document identities gives
    each document's `path`, which was its identity for every file holding one document."""
    out: dict[str, tuple[str, str]] = {}
    for d in report.get("documents") or ():
        if isinstance(d, dict) and isinstance(d.get("path"), str):
            identity = d.get("id") if isinstance(d.get("id"), str) else d["path"]
            out.setdefault(str(identity), (d["path"], str(d.get("sha256") or "")))
    files = {path for path, _ in out.values()}
    for path, sha in _inputs(report).items():
        if path not in files:
            out.setdefault(path, (path, sha))
    return out


def _open(report: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f["id"]: f
        for f in report.get("findings") or ()
        if isinstance(f, dict) and isinstance(f.get("id"), str) and f.get("status") != "passed"
    }


def compare(baseline: Baseline, current: Mapping[str, Any]) -> dict[str, Any]:
    """The `changes` block: `current` (a report.json dict) against the baseline."""
    was, now = _open(baseline.report), _open(current)
    changed = [
        {
            "id": i,
            "rule": now[i].get("rule"),
            "before": {k: was[i].get(k) for k in COMPARED},
            "after": {k: now[i].get(k) for k in COMPARED},
        }
        for i in now
        if i in was and any(was[i].get(k) != now[i].get(k) for k in COMPARED)
    ]
    before, after = _documents(baseline.report), _documents(current)
    return {
        "baseline": str(baseline.path),
        "baseline_audited_at": (baseline.report.get("case") or {}).get("audited_at"),
        "new": [i for i in now if i not in was],
        "resolved": [i for i in was if i not in now],
        # the resolved findings as the baseline described them (it is the only place they are)
        "resolved_findings": [
            {"id": i, "rule": was[i].get("rule"), **{k: was[i].get(k) for k in COMPARED}}
            for i in was
            if i not in now
        ],
        "changed": changed,
        "documents": {
            "added": [
                {"id": i, "path": p, "sha256": h} for i, (p, h) in after.items() if i not in before
            ],
            "removed": [
                {"id": i, "path": p, "sha256": h} for i, (p, h) in before.items() if i not in after
            ],
            "changed": [
                {"id": i, "path": p, "sha256": h, "previous_sha256": before[i][1]}
                for i, (p, h) in after.items()
                if i in before and before[i][1] != h
            ],
        },
        "verdict": {
            "before": baseline.report.get("verdict"),
            "after": current.get("verdict"),
            "changed": baseline.report.get("verdict") != current.get("verdict"),
        },
        "case_changed": (baseline.report.get("case") or {}).get("fingerprint")
        != (current.get("case") or {}).get("fingerprint"),
    }


def _prior(baseline: Baseline, result: AuditResult) -> Prior:
    """What the baseline recorded, its paths (masked in report.json) mapped back to the case's."""
    redact = redactor_for(result)
    real = {redact(r.file.relpath): r.file.relpath for r in result.files}
    real |= {redact(d.id): d.id for d in result.documents}
    report = baseline.report

    def path(shown: Any) -> str:
        return real.get(str(shown), str(shown))

    hashes = {path(p): h for p, h in _inputs(report).items() if h}
    statuses = {}
    for entry in report.get("review") or ():
        if not isinstance(entry, dict) or not isinstance(entry.get("reviewed"), dict):
            continue
        reviewed = entry["reviewed"]
        key = (
            str(entry.get("finding")),
            str(entry.get("status")),
            str(entry.get("by")),
            str(entry.get("date")),
        )
        statuses[key] = Binding(
            tuple(
                (path(d.get("path")), d.get("sha256"))
                for d in reviewed.get("documents") or ()
                if isinstance(d, dict)
            ),
            reviewed.get("fingerprint"),
        )
    signoff = report.get("signoff")
    signed = None
    if isinstance(signoff, dict) and signoff.get("signed"):
        signed = (str(signoff.get("by")), str(signoff.get("date")), str(signoff["signed"]))
    fingerprint = (report.get("case") or {}).get("fingerprint")
    return Prior(fingerprint, hashes, statuses, signed)


def reviewed(result: AuditResult, baseline: Baseline | None) -> AuditResult:
    """`result` with its review statuses and sign-off bound against `baseline` (None: against
    this audit alone), and finding ids matched as report.json shows them (masked)."""
    prior = _prior(baseline, result) if baseline is not None else None
    redact = redactor_for(result)
    hashes = {r.file.relpath: r.file.sha256 for r in result.files if r.file.sha256}
    ids = [redact(i) for i in finding_ids(result.findings)]
    return replace(
        result,
        review=review_outcomes(
            result.findings, ids, result.review_statuses, hashes, result.fingerprint, prior
        ),
        signoff_outcome=signoff_outcome(result.signoff, result.fingerprint, prior),
    )


def with_baseline(result: AuditResult, baseline: Baseline | None) -> AuditResult:
    """`result` reviewed against `baseline`, with its `changes` block (None without one)."""
    result = reviewed(result, baseline)
    if baseline is None:
        return replace(result, changes=None)
    return replace(result, changes=compare(baseline, report_dict(result)))
