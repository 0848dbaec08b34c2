"""The HTML report in French: labels, rule metadata and translatable finding messages."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from auditor import i18n
from auditor.i18n import tr
from auditor.models import Finding
from auditor.report.html import render_html
from auditor.report.view import build_view
from auditor.result import AuditResult

CRS_GAP = "No CRS grid covers {date}; check the score by hand."


def _with_translatable(result: AuditResult) -> AuditResult:
    finding = Finding("EE-CRS-001", "unknown", "warning", tr(CRS_GAP, date=dt.date(2026, 12, 1)))
    return replace(result, findings=(*result.findings, finding))


def test_french_view_translates_labels_rules_and_messages(hostile_result: AuditResult) -> None:
    result = _with_translatable(hostile_result)
    with i18n.language("fr"):
        view = build_view(result)
    assert view.verdict_label == "Non admissible"
    assert all(c.noun.endswith("en échec") for c in view.counts)
    hours = next(r for r in view.rules if r.rule == "CEC-HOURS-001")
    assert hours.title.startswith("Au moins 1 560 heures admissibles")
    assert hours.source == (
        "https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/section-87.1.html"
    )
    assert hours.source_is_url
    messages = {f.rule: f.message for g in view.groups for d in g.documents for f in d.findings}
    assert messages["EE-CRS-001"] == (
        "Aucune grille SCG ne couvre le 1 décembre 2026 ; vérifiez la note à la main."
    )
    assert messages["LANG-CLB-001"] == "Writing CLB 6 is below CLB 7."  # not yet converted


def test_english_view_is_the_english_text(hostile_result: AuditResult) -> None:
    view = build_view(_with_translatable(hostile_result))
    assert view.verdict_label == "Not eligible"
    messages = {f.rule: f.message for g in view.groups for d in g.documents for f in d.findings}
    assert messages["EE-CRS-001"] == "No CRS grid covers 2026-12-01; check the score by hand."


def test_french_html_has_french_language_and_dates(hostile_result: AuditResult) -> None:
    with i18n.language("fr"):
        html = render_html(build_view(hostile_result))
    assert '<html lang="fr">' in html
    assert "1 décembre 2026" in html  # the submission date in the header
    assert "Piste de vérification" in html and "Audit trail" not in html


def test_a_qa_message_is_said_in_french() -> None:
    """rules/qa.py makes its messages with tr(): the shipped item's title and the field are
    translated, the dates and numbers formatted for the French reader."""
    from auditor.rules.checklist import load_checklists
    from auditor.rules.qa import _check, field_label

    item = next(i for i in load_checklists().qa if i.id == "QA-PASSPORT-001")
    ok, what = _check(item, dt.date(2027, 1, 10), dt.date(2026, 12, 1))
    message = tr(
        "{title}: {field}: {what}.", title=tr(item.title), field=field_label(item.field), what=what
    )
    assert ok is False
    assert message == (
        "Passport valid at least 6 months after submission: expiry date: 2027-01-10, 40 days "
        "after 2026-12-01 (need 180)."
    )
    with i18n.language("fr"):
        assert i18n.localize(message) == (
            "Passeport valide au moins 6 mois après la soumission : date d'expiration : "
            "10 janvier 2027, 40 jours après le 1 décembre 2026 (minimum 180)."
        )
