"""Every sample case audited by the real CLI, its report opened in Chromium and photographed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.browser.conftest import CASES, foreign_requests, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VERDICT_LABELS = {
    "ready": "Ready to submit",
    "needs_attention": "Needs attention",
    "not_eligible": "Not eligible",
}


@pytest.mark.parametrize("case", CASES)
def test_sample_report(case: str, sample_reports: Path, open_report) -> None:  # noqa: ANN001
    report = sample_reports / case / "report.html"
    data = json.loads((sample_reports / case / "report.json").read_text(encoding="utf-8"))
    page, rec = open_report(report)
    screenshot(page, f"sample-{case}")
    assert rec.errors == [] and rec.dialogs == []
    assert foreign_requests(rec, report) == []
    label = page.locator("#verdict .verdict-label")
    assert label.is_visible() and label.inner_text() == VERDICT_LABELS[data["verdict"]]
    open_findings = [f for f in data["findings"] if f["status"] in ("failed", "unknown")]
    assert page.locator("#findings article.finding").count() == len(open_findings)
    if open_findings:
        assert page.locator("#findings article.finding").first.is_visible()
    waived = [f for f in data["findings"] if f["status"] == "waived"]
    assert page.locator("#waived article.finding").count() == len(waived)
    assert page.locator("#documents article.document").count() == len(data["documents"])
    # One NOC panel per position LETTER-NOC-001 reported on; the licence's attribution shown.
    noc = [f for f in data["findings"] if f["rule"] == "LETTER-NOC-001"]
    assert page.locator("#noc article.noc-position").count() == len(noc)
    sources = page.locator("#audit-trail #sources").inner_text()
    assert "Open Government Licence – Canada" in sources and "NOC 2021" in sources
    # The JSON's masked values are the HTML's: no value the JSON masks appears in full.
    html = report.read_text(encoding="utf-8")
    for doc in data["documents"]:
        number = (doc["fields"].get("passport_number") or {}).get("value")
        if number:
            assert number in html and "•" in number


def test_noc_panel_shows_the_claimed_code_beside_the_letter(
    sample_reports: Path,
    open_report,  # noqa: ANN001
) -> None:
    """paystub-discrepancies: a property administrator's duties in a letter claiming 13110."""
    report = sample_reports / "paystub-discrepancies" / "report.html"
    page, rec = open_report(report)
    assert rec.errors == []
    panel = page.locator("#noc article.noc-position[data-code='13110']")
    assert panel.count() == 1 and panel.is_visible()
    panel.scroll_into_view_if_needed()
    screenshot(page, "noc-panel-paystub-discrepancies")
    assert "Administrative assistants" in panel.locator("h3").inner_text()
    assert "TEER 3" in panel.locator("h3").inner_text()
    assert "duties do not match" in panel.locator(".badge.status-failed").inner_text().lower()
    assert "Lead statement:" in panel.locator(".noc-lead").inner_text()
    rows = panel.locator("table.noc-duties tbody tr")
    assert rows.count() == 13 and panel.locator("tr.missed").count() == 13
    assert panel.locator("ul.letter-duties li").count() == 4
    assert "Record rent payments" in panel.locator("ul.letter-duties").inner_text()
    best = panel.locator("table.noc-best tbody tr")
    assert best.count() == 3 and best.first.locator("td").first.inner_text() == "13101"
    # A passing letter ticks the main duties its duties cover.
    other = sample_reports / "eligible-en-digital" / "report.html"
    page, rec = open_report(other)
    panel = page.locator("#noc article.noc-position[data-code='21223']")
    assert panel.count() == 1 and panel.locator("tr.ticked").count() >= 3
    assert panel.locator("tr.ticked td.tick").first.inner_text() == "✓"
    assert panel.locator("table.noc-best tr.claimed").count() == 1


def test_sample_index(sample_reports: Path, open_report) -> None:  # noqa: ANN001
    index = sample_reports / "index.html"
    page, rec = open_report(index)
    screenshot(page, "sample-index")
    assert rec.errors == [] and foreign_requests(rec, index) == []
    assert page.locator("#cases tbody tr").count() == len(CASES)
    for case in CASES:
        assert page.locator(f"#cases a[href='{case}/report.html']").count() == 1
