"""The report's CRS panel: totals, evidenced vs declared factors, a declared score above it."""

from __future__ import annotations

import datetime as dt

from auditor.crs.evidence import crs_from_evidence
from auditor.report.crs_view import crs_panel


def evidence(declared: dict | None):
    return crs_from_evidence(
        as_of=dt.date(2026, 12, 15),
        date_of_birth=dt.date(1994, 3, 12),  # 32 on the as-of date: 94 points single
        first_language_clb={"listening": 9, "reading": 8, "writing": 8, "speaking": 9},
        second_language_clb=None,
        canadian_hours=3120.0,  # 2 years: 53 single
        declared=declared,
        first_language_test="celpip_general",
    )


def test_panel_totals_and_sources() -> None:
    panel = crs_panel(evidence({"education": "bachelors", "claimed_score": 999}))
    assert panel is not None
    # core: age 94 + bachelors 120 + language 31+23+23+31=108 + work 53 = 375;
    # transferability: education x language (CLB 7+, one under 9, one credential) 13,
    # education x Canadian work (2 years, one credential) 25 -> bundle 38.
    assert dict(panel.breakdown)["Core / human capital"] == 375
    assert panel.total == 375 + 38
    sources = {r.factor: r.source for r in panel.rows}
    assert sources["age"] == "documents"
    assert sources["education"] == "declared"
    assert panel.claimed == 999 and panel.claim_exceeds


def test_no_claim_no_warning() -> None:
    panel = crs_panel(evidence(None))
    assert panel is not None and panel.claimed is None and not panel.claim_exceeds
    assert "education" in panel.missing


def test_passport_mrz_band_is_masked_even_when_unread() -> None:
    from auditor.models import Line, Page, Word
    from auditor.report.picture_plan import mrz_band

    mrz = Line((Word("P<CANDOE<<JANE<<<<<<<<<<<<<<<<<<<<<", (10, 700, 500, 712)),))
    body = Line((Word("PASSPORT", (10, 50, 90, 62)),))
    read = Page(1, 600, 800, (body, mrz), "ocr")
    x0, top, x1, bottom = mrz_band(read)
    assert (x0, x1) == (0.0, 600) and top < 700 and bottom > 712
    # OCR lost the MRZ: the bottom of the page is masked all the same
    lost = Page(1, 600, 800, (body,), "ocr")
    assert mrz_band(lost) == (0.0, 800 * 0.7, 600, 800)


def _on(day: dt.date, declared: dict):
    return crs_from_evidence(
        as_of=day,
        date_of_birth=dt.date(1996, 11, 1),  # 29 on the ITA date, 30 on the submission date
        first_language_clb={"listening": 9, "reading": 9, "writing": 9, "speaking": 9},
        second_language_clb=None,
        canadian_hours=3120.0,
        declared=declared,
        first_language_test="celpip_general",
    )


def test_the_recheck_shows_the_cutoff_and_the_score_then_and_now() -> None:
    declared = {
        "education": "bachelors",
        "ita_date": dt.date(2026, 10, 15),
        "round": {"type": "cec", "cutoff": 500},
    }
    then, now = _on(dt.date(2026, 10, 15), declared), _on(dt.date(2026, 12, 1), declared)
    panel = crs_panel(now, then)
    assert panel is not None and panel.recheck is not None
    check = panel.recheck
    assert then.result is not None and now.result is not None
    assert (check.cutoff, check.score_then, check.score_now) == (
        500,
        then.result.total,
        now.result.total,
    )
    assert check.score_then - check.score_now == 5
    assert check.changes == ("age 29 -> 30 on 2026-12-01: -5",)
    assert check.below == (now.result.total < 500)


def test_no_recheck_without_an_invitation() -> None:
    panel = crs_panel(evidence({"education": "bachelors"}))
    assert panel is not None and panel.recheck is None


def test_the_html_panel_shows_the_recheck(hostile_result) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from auditor.report.html import render_html
    from auditor.report.view import build_view

    declared = {
        "education": "bachelors",
        "ita_date": dt.date(2026, 10, 15),
        "round": {"type": "cec", "cutoff": 999},
    }
    then, now = _on(dt.date(2026, 10, 15), declared), _on(dt.date(2026, 12, 1), declared)
    evaluation = replace(hostile_result.evaluation, crs=now, crs_invited=then)
    html = render_html(build_view(replace(hostile_result, evaluation=evaluation)))
    assert "Re-check on 2026-12-01 (IRPA A11.2)" in html
    assert "<li>age 29 -&gt; 30 on 2026-12-01: -5</li>" in html
    assert "Below the round's cut-off on 2026-12-01" in html
    assert now.result is not None and f'<b class="fail">{now.result.total}</b>' in html
