"""The explicit list of extractors, one per document kind (no import magic)."""

from __future__ import annotations

from extractors import employment_letter, passport, pay_stub, permit, t4
from extractors import language_result as language_test
from extractors.base import Extractor

EXTRACTORS: dict[str, Extractor] = {
    "employment_letter": employment_letter.EXTRACTOR,
    "pay_stub": pay_stub.EXTRACTOR,
    "language_test": language_test.EXTRACTOR,
    "work_permit": permit.WORK_PERMIT,
    "study_permit": permit.STUDY_PERMIT,
    "passport": passport.EXTRACTOR,
    "t4": t4.EXTRACTOR,
}
