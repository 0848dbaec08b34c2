"""Raw language test scores to CLB levels for CRS, delegating to `auditor.language`.

The conversion tables belong to `auditor.language` (one copy for eligibility and CRS). This module
only names the tests CRS accepts, which official language each one tests, and calls that module
lazily so the CRS calculator still imports when it is absent.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

ABILITIES = ("listening", "reading", "writing", "speaking")

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


class ConversionUnavailable(LookupError):
    """`auditor.language` is missing or has no score-to-CLB conversion."""


def clb_from_scores(test: str, scores: Mapping[str, float]) -> dict[str, int]:
    """CLB per ability for raw `scores` (listening, reading, writing, speaking) of `test`."""
    try:
        language = importlib.import_module("auditor.language")
    except ImportError as exc:
        raise ConversionUnavailable("auditor.language is not available") from exc
    convert = getattr(language, "clb", None)  # clb(test, ability, score) -> int | None
    if not callable(convert):
        raise ConversionUnavailable("auditor.language has no clb(test, ability, score)")
    problems = getattr(language, "score_problems", None)
    if callable(problems):
        found = problems(test, {a: scores[a] for a in ABILITIES}, None)
        if found:
            raise ValueError("; ".join(found))
    levels = {}
    for ability in ABILITIES:
        level = convert(test, ability, scores[ability])
        if level is None:
            raise ValueError(f"{ability} {scores[ability]!r} does not convert for {test}")
        levels[ability] = int(level)
    return levels
