"""The CRS calculator: a Profile and the grid in force on its date give a scored breakdown."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from auditor.crs.clb import ABILITIES
from auditor.crs.grid import (
    ONE_CREDENTIAL,
    TWO_OR_MORE_CREDENTIALS,
    Grid,
    grid_for,
    step_points,
)
from auditor.crs.profile import Profile, ProfileLanguage
from auditor.i18n import N_, tr

SECTIONS = ("core", "spouse", "transferability", "additional")


# The CRS factors (`FactorScore.factor`) as the factors table and `audit crs` name them.
FACTOR_NAMES = {
    "age": N_("age"),
    "education": N_("education"),
    "first_language": N_("first language"),
    "second_language": N_("second language"),
    "canadian_work": N_("canadian work"),
    "spouse_education": N_("spouse education"),
    "spouse_language": N_("spouse language"),
    "spouse_canadian_work": N_("spouse canadian work"),
    "education_language": N_("education language"),
    "education_canadian_work": N_("education canadian work"),
    "foreign_work_language": N_("foreign work language"),
    "foreign_work_canadian_work": N_("foreign work canadian work"),
    "certificate_language": N_("certificate language"),
    "provincial_nomination": N_("provincial nomination"),
    "sibling_in_canada": N_("sibling in canada"),
    "french": N_("french"),
    "canadian_education": N_("canadian education"),
    "job_offer": N_("job offer"),
}


@dataclass(frozen=True)
class FactorScore:
    """Points earned by one factor, and the input they were earned for."""

    section: str  # one of SECTIONS
    factor: str
    points: int
    basis: str
    bundle: str | None = None  # skill transferability bundle (capped per bundle)


@dataclass(frozen=True)
class CrsResult:
    """A CRS score: section totals after caps, every factor, and the grid used."""

    total: int
    core: int
    spouse: int
    transferability: int
    additional: int
    with_spouse: bool
    factors: tuple[FactorScore, ...]
    grid_effective_from: dt.date
    scored_on: dt.date
    date_source: str  # "ita_date" or "as_of"
    notes: tuple[str, ...] = ()
    caps: tuple[str, ...] = ()  # which caps cut points, in words

    def points(self, factor: str) -> int:
        """One factor's points (before bundle and section caps)."""
        return next(f.points for f in self.factors if f.factor == factor)

    def to_dict(self) -> dict[str, Any]:
        """`{"total", "breakdown", "details"}`, the JSON shape of `audit crs --format json`."""
        details: dict[str, Any] = {
            "with_spouse": self.with_spouse,
            "grid": {
                "effective_from": self.grid_effective_from.isoformat(),
                "date": self.scored_on.isoformat(),
                "date_source": self.date_source,
            },
        }
        for section in SECTIONS:
            details[section] = {
                f.factor: {"points": f.points, "basis": f.basis}
                | ({"bundle": f.bundle} if f.bundle else {})
                for f in self.factors
                if f.section == section
            }
        details["caps_applied"] = list(self.caps)
        details["notes"] = list(self.notes)
        return {
            "total": self.total,
            "breakdown": {s: getattr(self, s) for s in SECTIONS},
            "details": details,
        }


def calculate(profile: Profile) -> CrsResult:
    """Score `profile` on the grid in force on its ITA date or, failing it, its as-of date."""
    day = profile.grid_date
    if day is None:
        raise ValueError("a CRS profile needs ita_date or as_of to choose the grid")
    choice = grid_for(day)
    grid = choice.grid
    col = 0 if profile.with_spouse else 1
    notes = list(choice.notes)
    caps: list[str] = []
    factors: list[FactorScore] = []

    factors += _core(profile, grid, col, notes, caps)
    if profile.with_spouse:
        factors += _spouse(profile, grid, notes)
    elif profile.married:
        notes.append(
            tr("Scored as single: the spouse is a Canadian citizen or PR.")
            if profile.spouse_canadian
            else tr("Scored as single: the spouse is not accompanying.")
        )
    transfer = _transferability(profile, grid)
    factors += transfer
    factors += _additional(profile, grid, notes)

    def section(name: str) -> int:
        return sum(f.points for f in factors if f.section == name)

    core, spouse = section("core"), section("spouse")
    if core + spouse > grid.core_spouse_cap:  # cannot happen with this grid; kept for the next
        caps.append(
            tr(
                "core + spouse {points} capped at {cap}",
                points=str(core + spouse),
                cap=str(grid.core_spouse_cap),
            )
        )
        core = grid.core_spouse_cap - spouse
    transferability = 0
    for bundle in ("education", "foreign_work", "certificate"):
        raw = sum(f.points for f in transfer if f.bundle == bundle)
        if raw > grid.transfer_bundle_cap:
            caps.append(
                tr(
                    "{bundle} bundle {points} capped at {cap}",
                    bundle=bundle,
                    points=str(raw),
                    cap=str(grid.transfer_bundle_cap),
                )
            )
        transferability += min(raw, grid.transfer_bundle_cap)
    if transferability > grid.transfer_cap:
        caps.append(
            tr(
                "skill transferability {points} capped at {cap}",
                points=str(transferability),
                cap=str(grid.transfer_cap),
            )
        )
        transferability = grid.transfer_cap
    additional = section("additional")
    if additional > grid.additional_cap:
        caps.append(
            tr(
                "additional points {points} capped at {cap}",
                points=str(additional),
                cap=str(grid.additional_cap),
            )
        )
        additional = grid.additional_cap
    total = min(core + spouse + transferability + additional, grid.total_cap)
    return CrsResult(
        total=total,
        core=core,
        spouse=spouse,
        transferability=transferability,
        additional=additional,
        with_spouse=profile.with_spouse,
        factors=tuple(factors),
        grid_effective_from=grid.effective_from,
        scored_on=day,
        date_source="ita_date" if profile.ita_date else "as_of",
        notes=tuple(notes),
        caps=tuple(caps),
    )


def whole_years(years: float) -> int:
    """Completed years: 1.9 years of work is 1 year for CRS."""
    return math.floor(years + 1e-9)


def _language_points(result: ProfileLanguage | None, steps, column: int) -> tuple[int, str]:
    if result is None:
        return 0, tr("no result")
    per = {a: step_points(steps, result.levels[a], column) for a in ABILITIES}
    return sum(per.values()), result.describe() + " -> " + "+".join(str(per[a]) for a in ABILITIES)


def _core(profile: Profile, grid: Grid, col: int, notes: list, caps: list) -> list[FactorScore]:
    out = []
    if profile.age is None:
        notes.append(tr("Age unknown: scored 0."))
        out.append(FactorScore("core", "age", 0, tr("unknown")))
    else:
        age_points = grid.age.get(profile.age, (0, 0))[col]
        out.append(FactorScore("core", "age", age_points, tr("age {age}", age=str(profile.age))))
    out.append(
        FactorScore("core", "education", grid.education[profile.education][col], profile.education)
    )
    points, basis = _language_points(profile.first_language, grid.first_language, col + 1)
    out.append(FactorScore("core", "first_language", points, basis))
    points, basis = _language_points(profile.second_language, grid.second_language, 1)
    cap = grid.second_language_cap[col]
    if points > cap:
        caps.append(
            tr(
                "second official language {points} capped at {cap}",
                points=str(points),
                cap=str(cap),
            )
        )
        basis = tr("{basis} (capped at {cap})", basis=basis, cap=str(cap))
        points = cap
    out.append(FactorScore("core", "second_language", points, basis))
    years = whole_years(profile.canadian_work_years)
    out.append(
        FactorScore(
            "core",
            "canadian_work",
            step_points(grid.canadian_work, years, col + 1),
            tr("{years} year(s)", years=str(years)),
        )
    )
    return out


def _spouse(profile: Profile, grid: Grid, notes: list) -> list[FactorScore]:
    spouse = profile.spouse
    if spouse is None:
        notes.append(tr("Spouse accompanying but no `spouse:` details: spouse factors score 0."))
        return [
            FactorScore("spouse", "spouse_education", 0, tr("not given")),
            FactorScore("spouse", "spouse_language", 0, tr("not given")),
            FactorScore("spouse", "spouse_canadian_work", 0, tr("not given")),
        ]
    education = spouse.education or "less_than_secondary"
    language_points, language_basis = _language_points(
        spouse.first_language, grid.spouse_language, 1
    )
    years = whole_years(spouse.canadian_work_years)
    return [
        FactorScore("spouse", "spouse_education", grid.spouse_education[education], education),
        FactorScore("spouse", "spouse_language", language_points, language_basis),
        FactorScore(
            "spouse",
            "spouse_canadian_work",
            step_points(grid.spouse_canadian_work, years),
            tr("{years} year(s)", years=str(years)),
        ),
    ]


def _tier(levels_ok: tuple[bool, bool]) -> int | None:
    """0 for the lower tier, 1 for the upper, None for neither."""
    return 1 if levels_ok[1] else 0 if levels_ok[0] else None


def _transferability(profile: Profile, grid: Grid) -> list[FactorScore]:
    first = profile.first_language
    lowest = first.lowest if first else 0
    clb_tier = _tier((lowest >= grid.transfer_clb[0], lowest >= grid.transfer_clb[1]))
    canadian = whole_years(profile.canadian_work_years)
    canadian_tier = _tier(
        (canadian >= grid.transfer_canadian_years[0], canadian >= grid.transfer_canadian_years[1])
    )
    clb_basis = (
        tr("lowest CLB {level}", level=str(lowest)) if first else tr("no first-language result")
    )

    if profile.education in TWO_OR_MORE_CREDENTIALS:
        credential, credential_basis = grid.transfer_two_or_more, tr("two or more credentials")
    elif profile.education in ONE_CREDENTIAL:
        credential, credential_basis = grid.transfer_one_credential, tr("one credential")
    else:
        credential, credential_basis = None, tr("no post-secondary credential")

    foreign = whole_years(profile.foreign_work_years)
    if foreign >= 3:
        foreign_pair = grid.foreign_three_years
        foreign_basis = tr("{years} years foreign", years=str(foreign))
    elif foreign >= 1:
        foreign_pair = grid.foreign_one_or_two_years
        foreign_basis = tr("{years} year(s) foreign", years=str(foreign))
    else:
        foreign_pair, foreign_basis = None, tr("no foreign work")

    def pick(pair: tuple[int, int] | None, tier: int | None) -> int:
        return 0 if pair is None or tier is None else pair[tier]

    certificate = 0
    if profile.certificate_of_qualification:
        certificate = pick(
            grid.certificate,
            _tier((lowest >= grid.certificate_clb[0], lowest >= grid.certificate_clb[1])),
        )
    certificate_basis = (
        tr("certificate of qualification, {clb}", clb=clb_basis)
        if profile.certificate_of_qualification
        else tr("no certificate")
    )
    canadian_basis = tr("{years} year(s) Canadian work", years=str(canadian))
    return [
        FactorScore(
            "transferability",
            "education_language",
            pick(credential, clb_tier),
            tr("{a}, {b}", a=credential_basis, b=clb_basis),
            "education",
        ),
        FactorScore(
            "transferability",
            "education_canadian_work",
            pick(credential, canadian_tier),
            tr("{a}, {b}", a=credential_basis, b=canadian_basis),
            "education",
        ),
        FactorScore(
            "transferability",
            "foreign_work_language",
            pick(foreign_pair, clb_tier),
            tr("{a}, {b}", a=foreign_basis, b=clb_basis),
            "foreign_work",
        ),
        FactorScore(
            "transferability",
            "foreign_work_canadian_work",
            pick(foreign_pair, canadian_tier),
            tr("{a}, {b}", a=foreign_basis, b=canadian_basis),
            "foreign_work",
        ),
        FactorScore(
            "transferability", "certificate_language", certificate, certificate_basis, "certificate"
        ),
    ]


def _additional(profile: Profile, grid: Grid, notes: list) -> list[FactorScore]:
    out = [
        FactorScore(
            "additional",
            "provincial_nomination",
            grid.provincial_nomination if profile.provincial_nomination else 0,
            tr("nominated") if profile.provincial_nomination else tr("none"),
        ),
        FactorScore(
            "additional",
            "sibling_in_canada",
            grid.sibling if profile.sibling_in_canada else 0,
            tr("yes") if profile.sibling_in_canada else tr("no"),
        ),
    ]
    results = [r for r in (profile.first_language, profile.second_language) if r is not None]
    french = next((r for r in results if r.language == "french"), None)
    english = next((r for r in results if r is not french), None)
    french_points = 0
    french_basis: str = tr("no French result")
    if french is None and any(r.language is None for r in results):
        french_basis = tr("language of the results not given")
        notes.append(tr("French points not assessed: give test: or language: for each result."))
    elif french is not None:
        french_basis = french.describe()
        if french.lowest >= grid.french_min_nclc:
            strong_english = english is not None and english.lowest >= grid.french_english_min_clb
            french_points = grid.french[1] if strong_english else grid.french[0]
            french_basis = (
                tr(
                    "{basis}, English all {clb}+",
                    basis=french_basis,
                    clb=str(grid.french_english_min_clb),
                )
                if strong_english
                else tr(
                    "{basis}, English below CLB {clb} or none",
                    basis=french_basis,
                    clb=str(grid.french_english_min_clb),
                )
            )
    out.append(FactorScore("additional", "french", french_points, french_basis))
    out.append(
        FactorScore(
            "additional",
            "canadian_education",
            grid.canadian_education[profile.canadian_education],
            profile.canadian_education,
        )
    )
    out.append(
        FactorScore(
            "additional",
            "job_offer",
            grid.job_offer,
            tr("no points for ITAs from {date}", date=grid.effective_from),
        )
    )
    return out
