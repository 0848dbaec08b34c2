"""The CRS panel of the HTML report: the score the evidence supports, factor by factor."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.crs.calculator import SECTIONS
from auditor.crs.evidence import CrsEvidence

SECTION_LABELS = {
    "core": "Core / human capital",
    "spouse": "Spouse factors",
    "transferability": "Skill transferability",
    "additional": "Additional points",
}
# Which evidence input each core factor comes from, to say "from documents" or "declared".
FACTOR_INPUT = {
    "age": "age",
    "first_language": "first_language",
    "second_language": "second_language",
    "canadian_work": "canadian_work_years",
}


@dataclass(frozen=True)
class CrsFactorRow:
    section: str
    factor: str
    points: int
    basis: str
    source: str  # "documents", "declared", "derived" (transferability) or "" (missing)


@dataclass(frozen=True)
class CrsPanel:
    total: int | None
    breakdown: tuple[tuple[str, int], ...]
    rows: tuple[CrsFactorRow, ...]
    evidenced: tuple[str, ...]
    declared: tuple[str, ...]
    missing: tuple[str, ...]
    claimed: int | None
    claim_exceeds: bool
    notes: tuple[str, ...]
    grid: str


def crs_panel(evidence: CrsEvidence | None) -> CrsPanel | None:
    """The panel, or None when no grid covers the as-of date."""
    if evidence is None or evidence.result is None:
        return None
    result = evidence.result
    rows = []
    for f in result.factors:
        if f.points == 0 and f.section in ("spouse", "additional"):
            continue
        key = FACTOR_INPUT.get(f.factor, f.factor)
        if key in evidence.evidenced:
            source = "documents"
        elif key in evidence.declared:
            source = "declared"
        elif f.section == "transferability":
            source = "derived"
        else:
            source = ""
        rows.append(
            CrsFactorRow(
                SECTION_LABELS[f.section], f.factor.replace("_", " "), f.points, f.basis, source
            )
        )
    claimed = evidence.claimed_score
    return CrsPanel(
        total=result.total,
        breakdown=tuple((SECTION_LABELS[s], getattr(result, s)) for s in SECTIONS),
        rows=tuple(rows),
        evidenced=evidence.evidenced,
        declared=evidence.declared,
        missing=evidence.missing,
        claimed=claimed,
        claim_exceeds=claimed is not None and claimed > result.total,
        notes=tuple(result.notes) + tuple(evidence.notes),
        grid=f"grid in force from {result.grid_effective_from.isoformat()}",
    )
