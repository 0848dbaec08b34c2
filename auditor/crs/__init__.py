"""Comprehensive Ranking System (CRS) scoring: date-versioned grids, calculator, evidence checks.

See `auditor/crs/README.md` for the PROFILE.yaml / case.yaml `crs:` schema.
"""

from auditor.crs.calculator import CrsResult, FactorScore, calculate
from auditor.crs.profile import Profile, ProfileError, ProfileLanguage, SpouseProfile

__all__ = [
    "CrsResult",
    "FactorScore",
    "ProfileLanguage",
    "Profile",
    "ProfileError",
    "SpouseProfile",
    "calculate",
]
