"""One problem, one finding: findings of several rules that report the same problem are grouped
under the most specific one, the others listed in its `details` as `related`.

A missing language result is LANG-MISSING-001; DOC-MISSING-001 ("no language test result") and
XDOC-CLAIM-001 ("no celpip_general result in the file") say the same thing and would make one
problem count three times. Rules mark what they report as missing in `details["missing"]` (and
the job's employer, for a missing letter); this module reads only that key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from auditor.models import Finding

# For each problem, the rules that report it, the most specific first.
MOST_SPECIFIC = ("LANG-MISSING-001", "DOC-MISSING-001", "XDOC-CLAIM-001")
OPEN = ("failed", "unknown")


def missing_letter(employer: str) -> dict[str, object]:
    """What DOC-MISSING-001 and XDOC-CLAIM-001 report when a claimed job has no letter."""
    return {"missing": "employment_letter", "employer": employer}


def _problem(f: Finding) -> tuple[str, str] | None:
    if f.status not in OPEN or f.rule not in MOST_SPECIFIC or not f.details:
        return None
    missing = f.details.get("missing")
    if not isinstance(missing, str):
        return None
    employer = f.details.get("employer")
    return missing, employer.casefold() if isinstance(employer, str) else ""


def group_related(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings with each problem reported once: the most specific rule's finding keeps it,
    with `details["related"]` listing the rule and message of each finding folded into it."""
    by_problem: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        key = _problem(f)
        if key is not None:
            by_problem.setdefault(key, []).append(f)
    keep: dict[int, Finding] = {}
    folded: set[int] = set()
    for group in by_problem.values():
        if len(group) < 2:
            continue
        group = sorted(group, key=lambda f: MOST_SPECIFIC.index(f.rule))
        head, rest = group[0], group[1:]
        related = [{"rule": f.rule, "message": f.message} for f in rest]
        keep[id(head)] = replace(head, details={**dict(head.details or {}), "related": related})
        folded.update(id(f) for f in rest)
    return tuple(keep.get(id(f), f) for f in findings if id(f) not in folded)
