"""Raw language test scores to CLB levels for CRS, with the conversion tables of `auditor.case.clb`.

The conversion tables belong to `auditor.case.clb` (one copy for eligibility and CRS). This module
only names the tests CRS accepts and which official language each one tests.
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor.case.clb import ABILITIES, clb, score_problems

TEST_LANGUAGE = {
    "ielts_general_training": "english",
    "celpip_general": "english",
    "pte_core": "english",
    "tef_canada": "french",
    "tcf_canada": "french",
}
"""Designated tests (DOMAIN.md section 2) and the official language each one tests."""

REFUSED_TESTS = ("ielts_academic", "celpip_general_ls", "pte_academic")
"""Tests IRCC does not accept for Express Entry: they earn no CRS points."""


def clb_from_scores(test: str, scores: Mapping[str, float]) -> dict[str, int]:
    """CLB per ability for raw `scores` (listening, reading, writing, speaking) of `test`."""
    found = score_problems(test, {a: scores[a] for a in ABILITIES}, None)
    if found:
        raise ValueError("; ".join(found))
    levels = {}
    for ability in ABILITIES:
        level = clb(test, ability, scores[ability])
        if level is None:
            raise ValueError(f"{ability} {scores[ability]!r} does not convert for {test}")
        levels[ability] = int(level)
    return levels
