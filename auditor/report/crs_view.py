"""The CRS panel of the HTML report: the score the evidence supports, factor by factor, and the
A11.2 re-check on the submission date when case.yaml gives the invitation (ITA date, round)."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.crs.calculator import FACTOR_NAMES, SECTIONS
from auditor.crs.evidence import CrsEvidence
from auditor.crs.recheck import factor_changes
from auditor.i18n import N_, _, localize, ngettext

SECTION_LABELS = {
    "core": N_("Core / human capital"),
    "spouse": N_("Spouse factors"),
    "transferability": N_("Skill transferability"),
    "additional": N_("Additional points"),
}
# Where a factor's value comes from, as the factors table's "From" column says it (translated
# by the template).
SOURCE_WORDS = (N_("documents"), N_("declared"), N_("derived"))
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
class CrsRecheck:
    """The round that invited the applicant, and the score on the ITA date and on the as-of date."""

    round_type: str
    ita_date: str
    cutoff: int | None
    score_then: int | None  # None when the ITA date is not before the as-of date
    score_now: int
    as_of: str
    below: bool  # the score on the as-of date is below the cut-off
    changes: tuple[str, ...]  # "age 29 -> 30 on 2026-12-01: -5"


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
    recheck: CrsRecheck | None = None
    headline: str = ""  # the panel's title: the score, or why there is no whole score
    inputs: str = ""  # which inputs came from the documents, which were declared, which missing


def factor_name(factor: str) -> str:
    """`first_language` -> `first language`, in the current language."""
    return _(FACTOR_NAMES.get(factor, factor.replace("_", " ")))


# The CRS inputs (case.yaml `crs:` keys) as the panel names them; translated where shown.
INPUT_NAMES = {
    "age": N_("age"),
    "married": N_("married"),
    "spouse_accompanying": N_("spouse accompanying"),
    "spouse_canadian": N_("spouse canadian"),
    "education": N_("education"),
    "first_language": N_("first language"),
    "second_language": N_("second language"),
    "canadian_work_years": N_("canadian work years"),
    "foreign_work_years": N_("foreign work years"),
    "certificate_of_qualification": N_("certificate of qualification"),
    "spouse": N_("spouse"),
    "provincial_nomination": N_("provincial nomination"),
    "sibling_in_canada": N_("sibling in canada"),
    "canadian_education": N_("canadian education"),
}


def _words(keys: tuple[str, ...]) -> str:
    return ", ".join(_(INPUT_NAMES.get(k, k.replace("_", " "))) for k in keys)


def crs_headline(total: int, missing: tuple[str, ...]) -> str:
    """The score, unless an input is missing: a score built on missing inputs (scored 0) is not
    a headline, so the title says what is missing and the partial score comes second."""
    if missing:
        return ngettext(
            "CRS incomplete: {missing} not declared (partial score {total}, with it at 0)",
            "CRS incomplete: {missing} not declared (partial score {total}, with them at 0)",
            len(missing),
        ).format(missing=_words(missing), total=total)
    return _("CRS score the documents support: {total}").format(total=total)


def crs_inputs(evidence: CrsEvidence) -> str:
    """`From the documents: age, ...; declared in case.yaml (crs:): education; missing: ...`."""
    parts = [
        _("From the documents: {inputs}").format(inputs=_words(evidence.evidenced) or _("nothing")),
        _("declared in case.yaml (crs:): {inputs}").format(
            inputs=_words(evidence.declared) or _("nothing")
        ),
    ]
    if evidence.missing:
        parts.append(_("missing (scored 0): {inputs}").format(inputs=_words(evidence.missing)))
    return "; ".join(parts) + "."


def crs_recheck(evidence: CrsEvidence, invited: CrsEvidence | None) -> CrsRecheck | None:
    """The re-check on the as-of date, when case.yaml gives the ITA date and the round."""
    invitation, ita = evidence.invitation_round, evidence.ita_date
    if invitation is None or ita is None or evidence.result is None:
        return None
    then = invited.result if invited is not None else None
    now = evidence.result
    return CrsRecheck(
        round_type=invitation.type,
        ita_date=ita.isoformat(),
        cutoff=invitation.cutoff,
        score_then=then.total if then is not None else None,
        score_now=now.total,
        as_of=evidence.as_of.isoformat(),
        below=invitation.cutoff is not None and now.total < invitation.cutoff,
        changes=tuple(
            localize(c.describe(evidence.as_of))
            for c in (factor_changes(then, now) if then else ())
        ),
    )


def crs_panel(evidence: CrsEvidence | None, invited: CrsEvidence | None = None) -> CrsPanel | None:
    """The panel, or None when no grid covers the as-of date; `invited` is the score on the
    ITA date (the evaluation's `crs_invited`)."""
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
                _(SECTION_LABELS[f.section]),
                factor_name(f.factor),
                f.points,
                localize(f.basis),
                source,
            )
        )
    claimed = evidence.claimed_score
    return CrsPanel(
        total=result.total,
        breakdown=tuple((_(SECTION_LABELS[s]), getattr(result, s)) for s in SECTIONS),
        rows=tuple(rows),
        evidenced=evidence.evidenced,
        declared=evidence.declared,
        missing=evidence.missing,
        claimed=claimed,
        claim_exceeds=claimed is not None and claimed > result.total,
        notes=tuple(localize(n) for n in (*result.notes, *evidence.notes)),
        grid=_("grid in force from {date}").format(date=result.grid_effective_from.isoformat()),
        recheck=crs_recheck(evidence, invited),
        headline=crs_headline(result.total, evidence.missing),
        inputs=crs_inputs(evidence),
    )
