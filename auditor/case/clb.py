"""Language results: CLB/NCLC per ability (DOMAIN.md section 2 tables), validity, required CLB.

Conversion: a score converts to the highest level whose minimum it reaches. A score below the
lowest row of a table (CLB/NCLC 4) converts to 3, meaning "3 or lower". CELPIP levels are CLB
levels; 11 and 12 count as 10. Results are valid for 2 years after the result date, and must
still be valid on the submission date. TEF Canada results from before 2023-12-11 used older
tables: they are reported as expired, never converted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from auditor.i18n import N_, tr

ABILITIES = ("listening", "reading", "writing", "speaking")
ABILITY_WORDS = (N_("listening"), N_("reading"), N_("writing"), N_("speaking"))  # in messages
ACCEPTED = ("celpip_general", "ielts_general_training", "pte_core", "tef_canada", "tcf_canada")
# DOMAIN.md section 2, "Not accepted". `tef` and `tcf` are what the extractor says of a TEF or
# TCF result that is not TEF Canada or TCF Canada (TEF / TCF tout public, other versions).
NOT_ACCEPTED = ("celpip_general_ls", "ielts_academic", "pte_academic", "tef", "tcf")
# The TEER group of a minimum set by a full qualifying year in TEER 2-3 (LANG-CLB-001
# teer_2_3_full_year), not by the group holding most hours.
FULL_YEAR_GROUP = tr("TEER 2-3 (a full qualifying year)")
RETAKE = "ielts_one_skill_retake"  # a LANG-TEST-001 also_not_accepted entry (medium confidence)
REFUSED_BECAUSE = {
    "tef": tr(
        "a TEF result that is not TEF Canada (TEF tout public or another version); for "
        "French, IRCC accepts TEF Canada and TCF Canada only"
    ),
    "tcf": tr(
        "a TCF result that is not TCF Canada (TCF tout public or another version); for "
        "French, IRCC accepts TEF Canada and TCF Canada only"
    ),
    RETAKE: tr(
        "an IELTS One Skill Retake result, which IRCC does not accept for Express Entry "
        "(medium confidence)"
    ),
}
FRENCH = ("tef_canada", "tcf_canada")
TEF_NEW_TABLE_FROM = dt.date(2023, 12, 11)
PTE_CORE_FROM = dt.date(2024, 1, 30)
BELOW_TABLE = 3  # "CLB 3 or lower"
# Documented defaults of parameters in checklists/rules.yaml, which decide: LANG-EXPIRED-001
# valid_years, LANG-CLB-001 clb_teer_0_1 and clb_teer_2_3.
VALID_YEARS = 2
CLB_TEER_0_1 = 7
CLB_TEER_2_3 = 5

# Minimum score per level, highest level first: (level, reading, writing, listening, speaking).
Table = list[tuple[int, float, float, float, float]]
_IELTS: Table = [
    (10, 8.0, 7.5, 8.5, 7.5),
    (9, 7.0, 7.0, 8.0, 7.0),
    (8, 6.5, 6.5, 7.5, 6.5),
    (7, 6.0, 6.0, 6.0, 6.0),
    (6, 5.0, 5.5, 5.5, 5.5),
    (5, 4.0, 5.0, 5.0, 5.0),
    (4, 3.5, 4.0, 4.5, 4.0),
]
_PTE: Table = [
    (10, 88, 90, 89, 89),
    (9, 78, 88, 82, 84),
    (8, 69, 79, 71, 76),
    (7, 60, 69, 60, 68),
    (6, 51, 60, 50, 59),
    (5, 42, 51, 39, 51),
    (4, 33, 41, 28, 42),
]
_TEF: Table = [
    (10, 546, 558, 546, 556),
    (9, 503, 512, 503, 518),
    (8, 462, 472, 462, 494),
    (7, 434, 428, 434, 456),
    (6, 393, 379, 393, 422),
    (5, 352, 330, 352, 387),
    (4, 306, 268, 306, 328),
]
_TCF: Table = [
    (10, 549, 16, 549, 16),
    (9, 524, 14, 523, 14),
    (8, 499, 12, 503, 12),
    (7, 453, 10, 458, 10),
    (6, 406, 7, 398, 7),
    (5, 375, 6, 369, 6),
    (4, 342, 4, 331, 4),
]
_COLUMN = {"reading": 1, "writing": 2, "listening": 3, "speaking": 4}
TABLES: dict[str, Table] = {
    "ielts_general_training": _IELTS,
    "ielts_academic": _IELTS,
    "pte_core": _PTE,
    "pte_academic": _PTE,
    "tef_canada": _TEF,
    "tcf_canada": _TCF,
}

#: Valid score range per test and ability: (low, high, step).
RANGES: dict[str, dict[str, tuple[float, float, float]]] = {
    "ielts": {a: (0.0, 9.0, 0.5) for a in ABILITIES},
    "celpip": {a: (1, 12, 1) for a in ABILITIES},
    "pte": {a: (10, 90, 1) for a in ABILITIES},
    "tef_canada": {a: (0, 699, 1) for a in ABILITIES},
    "tcf_canada": {
        "reading": (100, 699, 1),
        "listening": (100, 699, 1),
        "writing": (0, 20, 1),
        "speaking": (0, 20, 1),
    },
}


def family(test: str) -> str:
    """ielts_general_training -> ielts; tef_canada stays tef_canada."""
    for prefix in ("ielts", "celpip", "pte"):
        if test.startswith(prefix):
            return prefix
    return test


def clb(test: str, ability: str, score: float | None) -> int | None:
    """The CLB/NCLC level of one ability's score; None when the test or score is unknown."""
    if score is None or ability not in ABILITIES:
        return None
    if test.startswith("celpip"):
        level = int(score)
        return min(level, 10) if level >= 4 else max(level, 0)
    table = TABLES.get(test)
    if table is None:
        return None
    column = _COLUMN[ability]
    for row in table:
        if score >= row[column]:
            return int(row[0])
    return BELOW_TABLE


def ielts_overall(bands: dict[str, float]) -> float:
    """Mean of the four bands to the nearest half band; .25 and .75 round up."""
    mean = sum((Decimal(str(bands[a])) for a in ABILITIES), Decimal(0)) / 4
    return float((mean * 2 + Decimal("0.5")).to_integral_value(ROUND_FLOOR) / 2)


def score_problems(test: str, scores: dict[str, float | None], overall: float | None) -> list[str]:
    """Scores outside their range or step, and an IELTS overall that disagrees with the bands."""
    problems: list[str] = []
    ranges = RANGES.get(family(test)) or RANGES.get(test)
    if ranges is None:
        return problems
    for ability in ABILITIES:
        score = scores.get(ability)
        if score is None:
            continue
        low, high, step = ranges[ability]
        if not low <= score <= high or (Decimal(str(score)) - Decimal(str(low))) % Decimal(
            str(step)
        ):
            problems.append(
                tr(
                    "{ability} {score} is not a valid score ({low}-{high}, steps of {step})",
                    ability=tr(ability),
                    score=format(score, "g"),
                    low=format(low, "g"),
                    high=format(high, "g"),
                    step=format(step, "g"),
                )
            )
    known = {a: score for a in ABILITIES if (score := scores.get(a)) is not None}
    if family(test) == "ielts" and overall is not None and len(known) == len(ABILITIES):
        expected = ielts_overall(known)
        if expected != overall:
            shown = ", ".join(f"{scores[a]:g}" for a in ABILITIES)
            problems.append(
                tr(
                    "printed overall {overall} but the mean of {shown} rounds to {expected}",
                    overall=format(overall, "g"),
                    shown=shown,
                    expected=format(expected, "g"),
                )
            )
    return problems


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class TestResult:
    """One language result converted: levels per ability and how long it is valid."""

    document: str
    test: str | None
    accepted: bool | None  # None when the test is not recognised
    clb: dict[str, int | None]
    result_date: dt.date | None
    test_date: dt.date | None
    valid_until: dt.date | None  # None when no date is known
    old_tef: bool = False  # TEF before 2023-12-11: expired, not converted
    refused_because: str | None = None  # why an otherwise accepted test is not, in words
    valid_years: int = VALID_YEARS  # a result is valid this many years after its result date

    @property
    def minimum(self) -> int | None:
        known = [v for v in self.clb.values() if v is not None]
        return min(known) if known and len(known) == len(self.clb) else None

    def expired(self, as_of: dt.date) -> bool | None:
        if self.old_tef:
            return True
        if self.valid_until is not None:
            return self.valid_until < as_of
        if self.test_date is not None and add_years(self.test_date, self.valid_years) >= as_of:
            return False  # the result date is on or after the test date
        return None


def convert(
    document: str,
    test: str | None,
    scores: dict[str, float | None],
    result_date: dt.date | None,
    test_date: dt.date | None,
    not_accepted: tuple[str, ...] = (RETAKE,),  # LANG-TEST-001 also_not_accepted
    valid_years: int = VALID_YEARS,
    one_skill_retake: bool = False,
) -> TestResult:
    """Convert one result; `not_accepted` adds tests a checklist says IRCC refuses (with
    `ielts_one_skill_retake` among them, the default, an IELTS result marked
    `one_skill_retake` is one: DOMAIN.md, medium)."""
    accepted: bool | None = None
    refused_because = None
    if one_skill_retake and (test or "").startswith("ielts") and RETAKE in not_accepted:
        test = RETAKE
    if test in ACCEPTED:
        accepted = test not in not_accepted
    elif test in NOT_ACCEPTED or (test is not None and test in not_accepted):
        accepted = False
        refused_because = REFUSED_BECAUSE.get(test)
    on = test_date or result_date  # the table depends on when the test was taken
    if accepted and test == "pte_core" and on is not None and on < PTE_CORE_FROM:
        # With only a result date before the start, the test was taken earlier still.
        accepted = False
        refused_because = (
            tr(
                "IRCC accepts PTE Core only for tests taken from {start}; this one's test date "
                "is {date}",
                start=PTE_CORE_FROM,
                date=on,
            )
            if test_date
            else tr(
                "IRCC accepts PTE Core only for tests taken from {start}; this one's result date "
                "is {date}",
                start=PTE_CORE_FROM,
                date=on,
            )
        )
    old_tef = test == "tef_canada" and on is not None and on < TEF_NEW_TABLE_FROM
    levels = {
        a: (None if old_tef or test is None else clb(test, a, scores.get(a))) for a in ABILITIES
    }
    valid_until = add_years(result_date, valid_years) if result_date else None
    return TestResult(
        document,
        test,
        accepted,
        levels,
        result_date,
        test_date,
        valid_until,
        old_tef,
        refused_because,
        valid_years,
    )


@dataclass(frozen=True)
class LanguageResult:
    """Every result in the file, and the one that counts for eligibility."""

    results: tuple[TestResult, ...]
    chosen: TestResult | None
    required_clb: int | None
    teer_group: str | None  # "TEER 0-1", "TEER 2-3", or None


def choose(results: tuple[TestResult, ...], as_of: dt.date) -> TestResult | None:
    """The accepted, unexpired result with the best minimum level; else the best there is."""

    def key(r: TestResult) -> tuple[int, int, int, dt.date]:
        return (
            1 if r.accepted else 0,
            1 if r.expired(as_of) is False else 0,
            r.minimum if r.minimum is not None else -1,
            r.result_date or r.test_date or dt.date.min,
        )

    return max(results, key=key) if results else None


def required_clb(
    hours_by_teer: dict[int, float],
    teers: list[int],
    mixed: str = "majority",
    clb_teer_0_1: int = CLB_TEER_0_1,
    clb_teer_2_3: int = CLB_TEER_2_3,
    full_year_hours: float | None = None,
) -> tuple[int | None, str | None]:
    """CLB 7 when TEER 0-1 holds more than half the qualifying hours, CLB 5 for TEER 2-3.

    With no qualifying hours, the TEERs of the documented jobs decide (7 if any is TEER 0-1).
    An exact half-and-half split takes the stricter minimum, 7 (DOMAIN.md is silent).
    `mixed="strictest"` (a checklist parameter) asks for 7 whenever any TEER 0-1 hours count.
    `full_year_hours` (LANG-CLB-001 teer_2_3_full_year, off by default): when the TEER 2-3 hours
    alone reach it (a full qualifying year), they stand on their own and CLB 5 is enough,
    whatever the TEER 0-1 hours.
    The minimums 7 and 5 are LANG-CLB-001's parameters clb_teer_0_1 and clb_teer_2_3.
    """
    high = sum(h for t, h in hours_by_teer.items() if t in (0, 1))
    low = sum(h for t, h in hours_by_teer.items() if t in (2, 3))
    if full_year_hours is not None and low >= full_year_hours and high > 0:
        return clb_teer_2_3, FULL_YEAR_GROUP
    if high + low > 0:
        if mixed == "strictest" and high > 0:
            return clb_teer_0_1, "TEER 0-1"
        return (clb_teer_0_1, "TEER 0-1") if high >= low else (clb_teer_2_3, "TEER 2-3")
    skilled = [t for t in teers if t in (0, 1, 2, 3)]
    if not skilled:
        return None, None
    if any(t in (0, 1) for t in skilled):
        return clb_teer_0_1, "TEER 0-1"
    return clb_teer_2_3, "TEER 2-3"
