"""The A11.2 re-check: the invitation round of case.yaml `crs:` and what changed since the ITA.

An invitation (ITA) rests on the CRS score and, in a category round, the category membership the
profile showed on the ITA date. IRCC checks both again on the day the e-APR is submitted: a
birthday, an expired language result or lost hours between the two dates can drop the score
below the round's cut-off. `factor_changes` lists, factor by factor, the points the evidence
supported on the ITA date and on the submission date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from auditor.crs.calculator import FACTOR_NAMES, CrsResult
from auditor.crs.profile import ProfileError
from auditor.i18n import Text, tr

ROUND_KEYS = ("type", "cutoff")
#: Round types that are not a category; any other type names a category of checklists/categories.
GENERAL_ROUNDS = ("general", "cec")
FRENCH_ROUND = "french"
MAX_SCORE = 1200


@dataclass(frozen=True)
class InvitationRound:
    """The round that invited the applicant: its type and its lowest score invited."""

    type: str  # general | cec | french | a category name
    cutoff: int | None

    @property
    def is_category(self) -> bool:
        return self.type not in GENERAL_ROUNDS

    def describe(self) -> str:
        return f"{self.type} round" + (
            f", cut-off {self.cutoff}" if self.cutoff is not None else ""
        )


def parse_round(value: Any, source: str = "case.yaml") -> InvitationRound:
    """`crs.round` checked: a mapping with `type` (text) and `cutoff` (0-1200), nothing else."""
    if not isinstance(value, Mapping):
        raise ProfileError(f"{source}: crs.round: expected a mapping {{type, cutoff}}")
    for key in value:
        if key not in ROUND_KEYS:
            raise ProfileError(
                f"{source}: crs.round.{key}: unknown key (allowed: {', '.join(ROUND_KEYS)})"
            )
    kind = value.get("type")
    if not isinstance(kind, str) or not kind.strip():
        raise ProfileError(
            f"{source}: crs.round.type: expected general, cec, french or a category name"
        )
    cutoff = value.get("cutoff")
    if cutoff is not None and (
        isinstance(cutoff, bool) or not isinstance(cutoff, int) or not 0 <= cutoff <= MAX_SCORE
    ):
        raise ProfileError(
            f"{source}: crs.round.cutoff: expected a whole number 0-{MAX_SCORE}, got {cutoff!r}"
        )
    return InvitationRound(kind.strip().lower(), cutoff)


@dataclass(frozen=True)
class FactorChange:
    """One CRS factor whose points differ between the ITA date and the submission date."""

    factor: str
    before: str  # the basis on the ITA date, e.g. "age 30"
    after: str
    points: int  # points on the submission date minus points on the ITA date

    def describe(self, day: dt.date) -> Text:
        """`age 30 -> 31 on 2026-12-01: -6`; `first language (CLB ... -> no result) on ...`."""
        name = self.factor.replace("_", " ")
        before, after = (_cut(b) for b in (self.before, self.after))
        change: Text
        if before.startswith(name + " ") and after.startswith(name + " "):
            change = tr("{before} -> {after}", before=before, after=after[len(name) + 1 :])
        else:
            change = tr(
                "{name} ({before} -> {after})",
                name=tr(FACTOR_NAMES.get(self.factor, name)),
                before=before,
                after=after,
            )
        points = format(self.points, "+d")
        return tr("{change} on {date}: {points}", change=change, date=day, points=points)


def _cut(basis: str) -> str:
    """A factor's basis without its points (`CLB L9 R8 W8 S9 -> 32+...`: the levels); a basis
    with no points stays as it is, translatable."""
    return basis.split(" -> ")[0] if " -> " in basis else basis


def factor_changes(invited: CrsResult, submitted: CrsResult) -> tuple[FactorChange, ...]:
    """Every factor whose points changed from the ITA-date score to the submission-date score."""
    before = {(f.section, f.factor): f for f in invited.factors}
    changes = []
    for f in submitted.factors:
        old = before.get((f.section, f.factor))
        if old is not None and old.points != f.points:
            changes.append(FactorChange(f.factor, old.basis, f.basis, f.points - old.points))
    return tuple(changes)
