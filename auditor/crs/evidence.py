"""CRS from a case: documents give age, language and Canadian work; case.yaml `crs:` the rest.

The pipeline passes plain values (it owns the extractors and the hours calculator):

    evidence = crs_from_evidence(
        as_of=as_of,
        date_of_birth=passport_dob,                 # None without a readable passport
        first_language_clb={"listening": 9, ...},   # None without a valid result
        second_language_clb=None,
        canadian_hours=hours_in_10_year_window,     # qualifying hours, 30 h/week cap applied
        declared=case_yaml.get("crs"),
        first_language_test="celpip_general",
    )
    report["crs"] = evidence.to_dict()
    claims = overclaims(evidence)                   # rule XDOC-CLAIM-001 reports each one

Evidence wins over a declaration for the same input; a declaration above the evidence is an
`XDOC-CLAIM-001` finding. Inputs no document shows (education, spouse, foreign work,
nomination, sibling, certificate) are scored as declared and reported as declared.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from auditor.crs.calculator import CrsResult, calculate
from auditor.crs.clb import ABILITIES, TEST_LANGUAGE
from auditor.crs.grid import NoGridError, grid_for
from auditor.crs.profile import ProfileError, ProfileLanguage, profile_from_fields, read_fields
from auditor.crs.recheck import InvitationRound, parse_round
from auditor.errors import message_of
from auditor.i18n import tr

HOURS_PER_YEAR = 1560
"""Full-time year for CRS Canadian work: 30 h/week x 52 weeks."""

EVIDENCED_INPUTS = ("age", "first_language", "second_language", "canadian_work_years")
CLAIM_KEYS = ("claimed_score", "round")
#: Keys of `crs:` that date or describe the invitation rather than score a factor.
INVITATION_KEYS = ("as_of", "ita_date")


@dataclass(frozen=True)
class CrsEvidence:
    """The case's CRS score and where each input came from."""

    result: CrsResult | None  # None when no grid covers the date
    evidenced: tuple[str, ...]  # inputs taken from the documents
    declared: tuple[str, ...]  # inputs taken from case.yaml `crs:` (not evidenced)
    missing: tuple[str, ...]  # inputs neither shown nor declared, scored 0
    as_of: dt.date
    evidence_values: Mapping[str, Any]  # the evidenced inputs, as scored
    declared_values: Mapping[str, Any]  # every key of case.yaml `crs:`, checked and typed
    notes: tuple[str, ...] = ()

    @property
    def claimed_score(self) -> int | None:
        return self.declared_values.get("claimed_score")

    @property
    def ita_date(self) -> dt.date | None:
        return self.declared_values.get("ita_date")

    @property
    def invitation_round(self) -> InvitationRound | None:
        return self.declared_values.get("round")

    def to_dict(self) -> dict[str, Any]:
        """The report's `crs` block: the score as in `audit crs --format json`, plus sources."""
        scored = self.result.to_dict() if self.result else {"total": None, "breakdown": None}
        return scored | {
            "inputs": {
                "evidenced": list(self.evidenced),
                "declared": list(self.declared),
                "missing": list(self.missing),
            },
            "claimed_score": self.claimed_score,
            "evidence_notes": list(self.notes),
        }


def age_on(date_of_birth: dt.date, day: dt.date) -> int:
    """Completed years of age on `day`."""
    before_birthday = (day.month, day.day) < (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - int(before_birthday)


def crs_from_evidence(
    *,
    as_of: dt.date,
    date_of_birth: dt.date | None,
    first_language_clb: Mapping[str, int] | None,
    second_language_clb: Mapping[str, int] | None,
    canadian_hours: float | None,
    declared: Mapping[str, Any] | None,
    first_language_test: str | None = None,
    second_language_test: str | None = None,
    source: str = "case.yaml",
    void: Mapping[str, str] | None = None,
) -> CrsEvidence:
    """Score the case: documents first, then case.yaml `crs:` for what they do not show.

    `void`: inputs a document shows but that earn nothing on `as_of` (an expired or refused
    language result), with why: they score 0 even when `crs:` declares them, and a note says so.
    A malformed `crs:` block raises ProfileError (a UsageError, exit 2) naming `crs.<key>`.
    """
    fields = read_fields(declared, name=source, prefix=("crs",), extra_keys=CLAIM_KEYS)
    _check_claimed_score(fields, source)
    if fields.get("round") is not None:
        fields["round"] = parse_round(fields["round"], source)
    notes: list[str] = []
    if "as_of" in fields and fields["as_of"] != as_of:
        notes.append(
            tr(
                "crs.as_of {given} ignored: the audit is as of {as_of}.",
                given=fields["as_of"],
                as_of=as_of,
            )
        )
    evidence: dict[str, Any] = {}
    if date_of_birth is not None:
        evidence["age"] = age_on(date_of_birth, as_of)
    for key, clb, test in (
        ("first_language", first_language_clb, first_language_test),
        ("second_language", second_language_clb, second_language_test),
    ):
        if clb is not None:
            evidence[key] = _language(clb, test, fields.get(key))
    if canadian_hours is not None:
        evidence["canadian_work_years"] = math.floor(canadian_hours / HOURS_PER_YEAR)

    void = {k: why for k, why in (void or {}).items() if k not in evidence}
    for key, why in void.items():
        notes.append(
            tr("{input}: {why}; scored 0 although crs: declares it.", input=key, why=why)
            if key in fields
            else tr("{input}: {why}; scored 0.", input=key, why=why)
        )
    merged = {k: v for k, v in fields.items() if k not in CLAIM_KEYS and k not in void} | evidence
    merged["as_of"] = as_of
    declared_inputs = tuple(
        k
        for k in fields
        if k not in evidence and k not in CLAIM_KEYS and k not in INVITATION_KEYS and k not in void
    )
    missing = tuple(k for k in ("age", "education", "first_language") if k not in merged)
    for key in missing:
        if key not in void:
            notes.append(
                tr(
                    "{input}: neither shown by a document nor declared in crs:, scored 0.",
                    input=key,
                )
            )
    try:
        result = calculate(profile_from_fields(merged))
    except NoGridError as exc:
        result = None
        notes.append(tr("CRS not scored: {error}.", error=message_of(exc)))
    return CrsEvidence(
        result=result,
        evidenced=tuple(k for k in EVIDENCED_INPUTS if k in evidence),
        declared=declared_inputs,
        missing=missing,
        as_of=as_of,
        evidence_values=MappingProxyType(evidence),
        declared_values=MappingProxyType(fields),
        notes=tuple(notes),
    )


def _check_claimed_score(fields: dict[str, Any], source: str) -> None:
    value = fields.get("claimed_score")
    if value is None and "claimed_score" not in fields:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1200:
        raise ProfileError(
            f"{source}: crs.claimed_score: expected a whole number 0-1200, got {value!r}"
        )


def _language(
    clb: Mapping[str, int], test: str | None, declared: ProfileLanguage | None
) -> ProfileLanguage:
    levels = {a: int(clb[a]) for a in ABILITIES}
    language = TEST_LANGUAGE.get(test or "") or (declared.language if declared else None)
    return ProfileLanguage(**levels, test=test, language=language)


@dataclass(frozen=True)
class Overclaim:
    """A CRS score or factor case.yaml declares above what the evidence supports."""

    message: str
    inputs: tuple[str, ...]  # the evidenced inputs (age, first_language, ...) it is about


def overclaims(evidence: CrsEvidence) -> list[Overclaim]:
    """Each declared CRS score or factor above the evidence (rule XDOC-CLAIM-001 reports them)."""
    declared, shown = evidence.declared_values, evidence.evidence_values
    found: list[Overclaim] = []

    def add(message: str, keys: Sequence[str]) -> None:
        found.append(Overclaim(message, tuple(keys)))

    if "age" in declared and "age" in shown and evidence.result is not None:
        grid = grid_for(evidence.result.scored_on).grid
        col = 0 if evidence.result.with_spouse else 1
        claimed = grid.age.get(declared["age"], (0, 0))[col]
        supported = grid.age.get(shown["age"], (0, 0))[col]
        if claimed > supported:
            add(
                f"case.yaml declares age {declared['age']} ({claimed} CRS points); the passport's "
                f"date of birth gives age {shown['age']} on {evidence.as_of.isoformat()} "
                f"({supported} points).",
                ["age"],
            )
    for key in ("first_language", "second_language"):
        if key in declared and key in shown:
            higher = [
                f"{a} {declared[key].levels[a]} > {shown[key].levels[a]}"
                for a in ABILITIES
                if declared[key].levels[a] > shown[key].levels[a]
            ]
            if higher:
                label = key.replace("_", " ")
                add(
                    f"case.yaml declares a {label} CLB above the test result: {', '.join(higher)}.",
                    [key],
                )
    if "canadian_work_years" in declared and "canadian_work_years" in shown:
        claimed_years = math.floor(declared["canadian_work_years"] + 1e-9)
        if claimed_years > shown["canadian_work_years"]:
            add(
                f"case.yaml declares {declared['canadian_work_years']} years of Canadian work; "
                f"the documents support {shown['canadian_work_years']} (1,560 qualifying hours "
                f"a year, past 10 years).",
                ["canadian_work_years"],
            )
    claimed_score = evidence.claimed_score
    if claimed_score is not None and evidence.result is not None:
        if claimed_score > evidence.result.total:
            add(
                f"case.yaml declares a CRS score of {claimed_score}; the documents and "
                f"declared factors support {evidence.result.total}.",
                EVIDENCED_INPUTS,
            )
    return found
