"""Comprehensive Ranking System (CRS) scoring: date-versioned grids, calculator, evidence checks.

See `auditor/crs/README.md` for the PROFILE.yaml / case.yaml `crs:` schema.
"""

from auditor.crs.calculator import CrsResult, FactorScore, calculate
from auditor.crs.profile import LanguageResult, Profile, ProfileError, SpouseProfile

__all__ = [
    "CrsResult",
    "FactorScore",
    "LanguageResult",
    "Profile",
    "ProfileError",
    "SpouseProfile",
    "calculate",
]
