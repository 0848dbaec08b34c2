"""The HTML report in a real headless Chromium: nothing loads, nothing runs that should not."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from auditor.report.html import write_html, write_index
from auditor.result import AuditResult
from tests.browser.conftest import foreign_requests, screenshot
from tests.report.fixtures import HOSTILE, HOSTILE_SCRIPT, build_result

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[AuditResult, Path]:
    base = tmp_path_factory.mktemp("browser")
    result = build_result(base)
    return result, write_html(result, base / "out")


def test_opens_clean_offline(hostile, open_report) -> None:  # noqa: ANN001
    _, report = hostile
    page, rec = open_report(report)
    assert rec.errors == []
    assert foreign_requests(rec, report) == []
    assert rec.requests and rec.requests[0] == report.resolve().as_uri()
    assert page.locator("#verdict .verdict-label").inner_text() == "Not eligible"
    assert page.locator("#verdict .reasons li").count() == 2
    assert page.locator("#findings article.finding").count() == 4
    assert page.locator("#findings article.finding").first.is_visible()
    screenshot(page, "fixture-hostile")


def test_hostile_strings_show_as_text_and_run_nothing(hostile, open_report) -> None:  # noqa: ANN001
    _, report = hostile
    page, rec = open_report(report)
    assert rec.dialogs == []
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator("img:not([src^='data:image/'])").count() == 0
    assert page.locator("script").count() == 1
    employer = page.locator("#documents tr[data-field='employer_name'] td.value").first
    assert HOSTILE in employer.inner_text()
    assert HOSTILE_SCRIPT in page.locator("#documents").inner_text()
    assert page.get_by_text(HOSTILE, exact=False).first.is_visible()
    # An element the payload would have created, had it been parsed as HTML, is absent.
    assert page.evaluate("document.querySelectorAll('[onerror],[onload]').length") == 0


def test_unknown_looks_different_from_failed(hostile, open_report) -> None:  # noqa: ANN001
    _, report = hostile
    page, _ = open_report(report)
    failed = page.locator("article.finding.status-failed").first
    unknown = page.locator("article.finding.status-unknown").first
    style = "e => { const s = getComputedStyle(e); return [s.borderLeftStyle, s.backgroundColor]; }"
    assert failed.evaluate(style) != unknown.evaluate(style)
    assert unknown.evaluate(style)[0] == "dashed"
    assert "NEEDS A HUMAN" in unknown.locator(".badge").first.inner_text().upper()


def test_timeline_hover_shows_details_and_source(hostile, open_report) -> None:  # noqa: ANN001
    _, report = hostile
    page, rec = open_report(report)
    assert page.locator("svg.timeline .tl-item").count() >= 4
    page.locator("svg.timeline .tl-item.kind-excluded").first.hover()
    detail = page.locator("#tl-detail").inner_text()
    assert "not counted" in detail and "Source: letter.pdf" in detail
    assert HOSTILE in detail  # the study reason, as text
    assert rec.errors == []


def test_copy_waiver_puts_the_entry_on_the_clipboard(hostile, open_report) -> None:  # noqa: ANN001
    _, report = hostile
    page, rec = open_report(report)
    page.evaluate(
        "() => { window.__copied = []; navigator.clipboard.writeText ="
        " t => { window.__copied.push(t); return Promise.resolve(); }; }"
    )
    card = page.locator("article.finding[data-rule='XDOC-EMPLOYER-001']")
    card.locator("button.copy-waiver").click()
    copied = page.evaluate("window.__copied")
    assert len(copied) == 1
    assert copied[0].startswith("  - rule: XDOC-EMPLOYER-001\n    document: letter.pdf\n")
    assert "reason:" in copied[0]
    assert card.locator("button.copy-waiver").inner_text() == "Copied"
    assert rec.errors == []


def test_waived_finding_shows_reason_by_and_date(hostile, open_report) -> None:  # noqa: ANN001
    _, report = hostile
    page, _ = open_report(report)
    note = page.locator("#waived .waiver-note").inner_text()
    assert "HR confirmed" in note and "J. Tremblay" in note and "2026-11-20" in note


def test_print_keeps_findings_whole(hostile, open_report, tmp_path: Path) -> None:  # noqa: ANN001
    _, report = hostile
    page, rec = open_report(report)
    page.emulate_media(media="print")
    finding = page.locator("article.finding").first
    assert finding.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    assert page.locator("button.copy-waiver").first.is_hidden()
    pdf = tmp_path / "report.pdf"
    page.pdf(path=str(pdf), format="Letter", print_background=True)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    assert foreign_requests(rec, report) == []


def test_index_sorts_and_links(hostile, open_report, tmp_path: Path) -> None:  # noqa: ANN001
    result, report = hostile
    ready = replace(result, case_name="a-ready", verdict="ready", findings=())
    ready_report = write_html(ready, tmp_path / "a-ready")
    index = write_index([(result, report), (ready, ready_report)], tmp_path)
    page, rec = open_report(index)
    names = "e => [...e.querySelectorAll('tbody tr td:first-child')].map(td => td.innerText)"
    table = page.locator("#cases")
    assert table.evaluate(names) == ["case-hostile", "a-ready"]
    page.locator("#cases th:first-child button").click()
    assert table.evaluate(names) == ["a-ready", "case-hostile"]
    page.locator("#cases th:first-child button").click()
    assert table.evaluate(names) == ["case-hostile", "a-ready"]
    assert rec.errors == [] and foreign_requests(rec, index) == []
    screenshot(page, "index-fixture")
    page.locator("a", has_text="a-ready").click()
    page.wait_for_load_state()
    assert page.url == ready_report.resolve().as_uri()
    assert page.locator("#verdict .verdict-label").inner_text() == "Ready to submit"
