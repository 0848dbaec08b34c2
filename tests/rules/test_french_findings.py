"""Findings in French: every message the CEC, claims, language, letter, document, pay-stub,
cross-document, waiver and review rules make on the sample cases is said in French, with no
message left untranslated (rules/qa.py and express_entry.py show the pattern, README
"Translations").

Sample cases are audited for real (Tesseract included) and each finding's message is walked:
every message it is made of (`tr`, `trn`, joined lists, nested messages) must have a French
translation in the shipped catalogue, and the message said in French must differ from its
English.
"""

from __future__ import annotations

import datetime as dt
import gettext
import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from auditor import i18n
from auditor.case.review import ReviewStatus, Signoff
from auditor.i18n import Line, Plural, Text, localize
from auditor.models import Finding, Waiver
from auditor.pipeline import AuditOptions, run_audit
from auditor.reading.ocr import probe
from auditor.result import AuditResult
from auditor.rules import catalogue  # noqa: F401 - registers every rule
from auditor.rules.registry import REGISTERED
from auditor.rules.review import Prior, review_outcomes, signoff_outcome
from auditor.rules.waivers import unused_summary, waiver_outcomes

ROOT = Path(__file__).resolve().parents[2]
MODULES = {
    f"auditor.rules.{name}"
    for name in ("cec", "claims", "language", "letters", "documents", "stubs", "xdoc")
}
MINE = {rule_id for rule_id, check in REGISTERED.items() if check.__module__ in MODULES}
# Cases that between them make most messages of these rules: missing and unreadable documents,
# NOC 2016 wording, excluded work, leave, pay-stub arithmetic, identity, language results.
CASES = (
    "bare-letters-no-language",
    "eligible-en-digital",
    "excluded-work-quebec",
    "identity-mismatch",
    "incomplete-letter-noc2016",
    "language-not-accepted",
    "leave-benefit-letter",
    "paystub-discrepancies",
    "study-overlap-permit-gap",
    "unreadable-foreign-duplicate",
)
# A finding whose whole message is a value made outside the rule modules: CEC-HOURS-001's
# arithmetic is `HoursResult.explain()` (auditor/case/hours.py).
WHOLE_VALUE = {"CEC-HOURS-001"}

pytestmark = [pytest.mark.ocr, pytest.mark.slow]


@cache
def audited(case: str) -> AuditResult:
    options = AuditOptions(jobs=os.cpu_count() or 1, cache_dir=None, today=dt.date(2026, 11, 25))
    return run_audit(ROOT / "samples" / case, probe(), options)


@cache
def french() -> gettext.NullTranslations:
    return i18n.catalogue("fr")


def messages(text: object) -> Iterator[Text]:
    """Every message `text` is made of: itself and the messages among its values."""
    if isinstance(text, Line):
        yield from messages(text.source)
        return
    if not isinstance(text, Text):
        return
    yield text
    for value in text.values.values():
        yield from messages(value)


PLACEHOLDER = re.compile(r"\{\w+(?:![rs])?\}")


def untranslated(text: Text) -> list[str]:
    """The msgids of `text` and its parts that the French catalogue does not translate (a
    message of placeholders only, "{first}, {rest}", needs no translation of its own)."""
    out = []
    for part in messages(text):
        if not any(c.isalpha() for c in PLACEHOLDER.sub("", part.msgid)):
            continue
        if isinstance(part, Plural):
            if french().ngettext(part.msgid, part.plural, 2) == part.plural:
                out.append(part.plural)
        elif french().gettext(part.msgid) == part.msgid:
            out.append(part.msgid)
    return out


def mine(result: AuditResult) -> list[Finding]:
    return [f for f in result.findings if f.rule in MINE]


@pytest.mark.parametrize("case", CASES)
def test_every_finding_of_these_rules_is_said_in_french(case: str) -> None:
    problems = []
    for f in mine(audited(case)):
        if not isinstance(f.message, Text):
            if f.rule not in WHOLE_VALUE:
                problems.append(f"{f.rule}: not a translatable message: {f.message!r}")
            continue
        with i18n.language("fr"):
            said = localize(f.message)
        if said == str(f.message):
            problems.append(f"{f.rule}: the same in French: {said!r}")
        problems += [f"{f.rule}: no French for {m!r}" for m in untranslated(f.message)]
    assert not problems, "\n".join(problems)


def test_the_cases_make_most_messages_of_these_rules() -> None:
    """The cases above are representative: findings of most of these rules, in every status."""
    found = [f for case in CASES for f in mine(audited(case))]
    rules = {f.rule for f in found}
    assert len(rules) >= 0.8 * len(MINE), sorted(MINE - rules)
    assert {f.status for f in found} >= {"passed", "failed", "unknown"}
    msgids = {m.msgid for f in found for m in messages(f.message)}
    assert len(msgids) >= 100


def test_report_json_keeps_english() -> None:
    """The finding's message is its English string (report.json is the contract)."""
    f = next(f for f in mine(audited("paystub-discrepancies")) if f.rule == "STUB-MATH-001")
    assert str(f.message).isascii()
    with i18n.language("fr"):
        assert localize(f.message) != str(f.message)


def said_in_french(text: object) -> str:
    assert isinstance(text, Text), f"not a translatable message: {text!r}"
    assert not untranslated(text), untranslated(text)
    with i18n.language("fr"):
        return localize(text)


def test_waiver_notes_and_the_summary_are_said_in_french() -> None:
    as_of, sha_a, sha_b = dt.date(2026, 12, 1), "a" * 64, "b" * 64
    findings = [
        Finding("LETTER-AGE-001", "failed", "warning", "m", ("a.pdf",)),
        Finding("LETTER-HOURS-001", "passed", "warning", "m", ("a.pdf",)),
    ]

    def waiver(
        rule: str = "LETTER-AGE-001",
        document: str | None = "a.pdf",
        sha256: str | None = None,
        expires: dt.date | None = None,
    ) -> Waiver:
        return Waiver(rule, "fine", "J. T.", dt.date(2026, 11, 20), document, sha256, expires)

    waivers = [
        waiver(),
        waiver(),  # covered by the first
        waiver(document="a.pfd"),  # a document the case does not hold
        waiver(sha256=sha_b),  # the document changed
        waiver(expires=dt.date(2026, 11, 30)),
        waiver("LETTER-HOURS-001"),  # the rule passed
        waiver("LETTER-NAME-001", document=None),  # no finding of the rule
    ]
    _, done = waiver_outcomes(findings, waivers, as_of, {"a.pdf": sha_a})
    notes = [o.note for o in done if o.status != "applied"]
    assert len(notes) == 6
    french_notes = [said_in_french(n) for n in notes]
    assert french_notes[1] == "aucun document a.pfd ; vouliez-vous dire a.pdf ?"
    assert "expirée le 30 novembre 2026" in french_notes[3]
    summary = unused_summary(done)
    assert said_in_french(summary) == (
        "6 dérogations ne se sont pas appliquées (4 sans correspondance, 1 périmée(s), "
        "1 expirée(s)) : voir le rapport"
    )


def test_review_notes_and_a_void_sign_off_are_said_in_french() -> None:
    day = dt.date(2026, 11, 21)
    findings = [Finding("XDOC-WAGE-001", "failed", "warning", "m", ("letter.pdf",))]
    ids = ["XDOC-WAGE-001:letter.pdf"]
    statuses = [
        ReviewStatus(ids[0], "fixed", "A", day),  # still reported
        ReviewStatus("XDOC-WAGE-001:leter.pdf", "reviewed", "A", day),  # misspelt
        ReviewStatus(ids[0], "reviewed", "A", day, sha256="b" * 64),  # the letter changed
    ]
    outcomes = review_outcomes(findings, ids, statuses, {"letter.pdf": "a" * 64}, "f1")
    said = [said_in_french(o.note) for o in outcomes]
    assert said[0] == "marqué corrigé, mais cet audit signale toujours le constat"
    assert said[1].endswith("vouliez-vous dire XDOC-WAGE-001:letter.pdf ?")
    assert "21 novembre 2026" in said[2]
    void = signoff_outcome(Signoff("A", dt.date(2026, 11, 28)), "f2", Prior("f1"))
    assert void is not None and not void.valid
    assert said_in_french(void.note).startswith("nulle : le dossier a changé depuis que A")
