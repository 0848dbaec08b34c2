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
