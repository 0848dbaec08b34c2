"""The explicit list of extractors, one per document kind (no import magic)."""

from __future__ import annotations

from extractors import (
    application_receipt,
    completion_letter,
    employment_letter,
    passport,
    pay_stub,
    permit,
    t4,
)
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
    "application_receipt": application_receipt.EXTRACTOR,
    "completion_letter": completion_letter.EXTRACTOR,
}
# A kind recognised surely outranks the broader kinds whose words it also holds: a school's
# completion letter reads like a reference letter ("this is to certify that ..."), an
# acknowledgment of receipt names the work permit applied for.
OUTRANKS: dict[str, tuple[str, ...]] = {
    "completion_letter": ("employment_letter",),
    "application_receipt": ("employment_letter", "work_permit", "study_permit"),
}
