"""Every sample report on a laptop and on paper: nothing overflows, a short report prints short,
and the findings can be filtered by severity, status and document."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import pypdfium2 as pdfium
import pytest

from tests.browser.conftest import CASES, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WIDTHS = (1024, 1366, 1920)
MAX_PAGES_ONE_FINDING = 3
OPEN = ("failed", "unknown")

# Elements whose content is wider than their box and not clipped or scrolled by it. A scroll
# container (overflow-x other than visible) may be wider inside: that is what it is for.
OVERFLOWING = """() => {
  const out = [];
  for (const e of document.body.querySelectorAll('*')) {
    if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.overflowX !== 'visible' || e.clientWidth === 0) continue;
    if (e.scrollWidth > e.clientWidth + 1) {
      const cls = typeof e.className === 'string' ? e.className.replace(/ /g, '.') : '';
      const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (cls ? '.' + cls : '');
      out.push(name + ' ' + e.scrollWidth + '>' + e.clientWidth + ': '
        + (e.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 70));
    }
  }
  return out;
}"""


def _report(sample_reports: Path, case: str) -> tuple[Path, dict]:
    data = json.loads((sample_reports / case / "report.json").read_text(encoding="utf-8"))
    return sample_reports / case / "report.html", data


def _open_findings(data: dict) -> list[dict]:
    return [f for f in data["findings"] if f["status"] in OPEN]


@pytest.mark.parametrize("case", CASES)
def test_no_sample_report_overflows_a_laptop_or_desktop_screen(
    case: str,
    sample_reports: Path,
    open_report,  # noqa: ANN001
) -> None:
    report, _ = _report(sample_reports, case)
    page, rec = open_report(report)
    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.locator("body").wait_for()
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            problems.append(f"{width} px: the page is {scroll} px wide")
        problems += [f"{width} px: {o}" for o in page.evaluate(OVERFLOWING)]
    if problems:
        screenshot(page, f"overflow-{case}")
    assert problems == []
    assert rec.errors == []


def _pdf_pages(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _print(page) -> list[str]:  # noqa: ANN001
    page.emulate_media(media="print")
    return _pdf_pages(page.pdf(format="Letter", print_background=True))


def test_a_one_finding_report_prints_on_at_most_three_letter_pages(
    sample_reports: Path,
    open_report,  # noqa: ANN001
) -> None:
    one = [c for c in CASES if len(_open_findings(_report(sample_reports, c)[1])) == 1]
    assert one, "no sample report has exactly one open finding"
    for case in one:
        page, _ = open_report(_report(sample_reports, case)[0])
        pages = _print(page)
        assert len(pages) <= MAX_PAGES_ONE_FINDING, f"{case}: {len(pages)} pages"


@pytest.mark.parametrize(
    "case", ["paystub-discrepancies", "bare-letters-no-language", "noc-duties-other-occupation"]
)
def test_print_leaves_no_page_nearly_empty_and_keeps_legends_with_their_content(
    case: str,
    sample_reports: Path,
    open_report,  # noqa: ANN001
) -> None:
    report, data = _report(sample_reports, case)
    page, _ = open_report(report)
    pages = _print(page)
    lines = [len([ln for ln in text.splitlines() if ln.strip()]) for text in pages]
    assert all(n >= 6 for n in lines[:-1]), lines
    # The timeline's legend prints on the page of the timeline it explains.
    legend = [i for i, text in enumerate(pages) if "job (counted)" in text]
    timeline = [i for i, text in enumerate(pages) if re.search(r"^Timeline", text, re.M)]
    assert legend and timeline and legend[-1] == timeline[0], (legend, timeline)
    # Every finding prints: the filters are screen-only and nothing folded stays folded.
    text = "\n".join(pages)
    assert "Show all" not in text
    for finding in _open_findings(data):
        assert finding["rule"] in text
    passed = [f for f in data["findings"] if f["status"] == "passed"]
    assert all(f["rule"] in text for f in passed)
    for details in page.locator("details").all():
        inside = "d => d.querySelector(':scope > :not(summary)').getClientRects().length"
        assert details.evaluate(inside) > 0


def test_evidence_pictures_fit_the_printed_page(sample_reports: Path, open_report) -> None:  # noqa: ANN001
    page, _ = open_report(_report(sample_reports, "paystub-discrepancies")[0])
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 720, "height": 900})  # about a letter page's width
    widths = page.evaluate(
        "[...document.querySelectorAll('#findings .evidence img')]"
        ".map(i => [i.getBoundingClientRect().right, document.documentElement.clientWidth])"
    )
    assert widths and all(right <= width for right, width in widths)


# ---- Filters ---------------------------------------------------------------------------------

VISIBLE = (
    "[...document.querySelectorAll('#findings article.finding')]"
    ".filter(a => a.getClientRects().length > 0)"
    ".map(a => [a.dataset.rule, a.dataset.severity, a.dataset.status])"
)


def _visible(page) -> list[list[str]]:  # noqa: ANN001
    return page.evaluate(VISIBLE)


def _expected(findings: list[dict], **want: str) -> list[tuple[str, str, str]]:
    out = []
    for f in findings:
        if "severity" in want and f["severity"] != want["severity"]:
            continue
        if "status" in want and f["status"] != want["status"]:
            continue
        if "document" in want and want["document"] not in f["documents"]:
            continue
        out.append((f["rule"], f["severity"], f["status"]))
    return sorted(out)


@pytest.mark.parametrize("case", ["paystub-discrepancies", "bare-letters-no-language"])
def test_filters_hide_and_show_the_right_findings(
    case: str,
    sample_reports: Path,
    open_report,  # noqa: ANN001
) -> None:
    report, data = _report(sample_reports, case)
    findings = _open_findings(data)
    page, rec = open_report(report)
    form = page.locator("#finding-filters")
    assert form.is_visible()
    assert sorted(map(tuple, _visible(page))) == _expected(findings)

    severities = {f["severity"] for f in findings}
    for severity in severities:
        for box in form.locator("input[name='severity']").all():
            box.set_checked(box.get_attribute("value") == severity)
        assert sorted(map(tuple, _visible(page))) == _expected(findings, severity=severity)
        assert page.locator("#verdict").is_visible()
    form.locator("button.filter-reset").click()
    assert sorted(map(tuple, _visible(page))) == _expected(findings)

    for status in {f["status"] for f in findings}:
        for box in form.locator("input[name='status']").all():
            box.set_checked(box.get_attribute("value") == status)
        assert sorted(map(tuple, _visible(page))) == _expected(findings, status=status)
    form.locator("button.filter-reset").click()

    select = form.locator("select[name='document']")
    options = select.evaluate("s => [...s.options].map(o => [o.value, o.text])")
    paths = {p for f in findings for p in f["documents"]}
    offered = {re.sub(r" \(\d+\)$", "", text): value for value, text in options if value}
    assert set(offered) >= paths
    for path in sorted(paths):
        select.select_option(offered[path])
        assert sorted(map(tuple, _visible(page))) == _expected(findings, document=path), path
        status = page.locator("#filter-status").inner_text()
        assert f"{len(_expected(findings, document=path))} of {len(findings)}" in status
    select.select_option("")
    assert sorted(map(tuple, _visible(page))) == _expected(findings)
    assert rec.errors == []


def test_filters_work_from_the_keyboard_and_a_reason_link_shows_its_finding(
    sample_reports: Path,
    open_report,  # noqa: ANN001
) -> None:
    report, data = _report(sample_reports, "paystub-discrepancies")
    findings = _open_findings(data)
    page, rec = open_report(report)
    error = page.locator("#finding-filters input[name='severity'][value='error']")
    error.focus()
    assert page.evaluate("document.activeElement.name") == "severity"
    page.keyboard.press("Space")  # error off: warnings and infos remain
    assert not error.is_checked()
    shown = sorted(map(tuple, _visible(page)))
    assert shown == sorted(
        (f["rule"], f["severity"], f["status"]) for f in findings if f["severity"] != "error"
    )
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.value") == "warning"
    page.keyboard.press("Space")  # warnings off too
    assert all(sev == "info" for _, sev, _ in _visible(page))
    screenshot(page, "filters-paystub-discrepancies")
    # A filtered report prints what it shows, and says that it is filtered.
    page.emulate_media(media="print")
    assert page.locator("#finding-filters").is_hidden()
    assert "Filtered: showing" in page.locator("#filter-status").inner_text()
    assert page.locator("#filter-status").is_visible()
    page.emulate_media(media="screen")
    # The verdict's reasons link to error findings, hidden now: following one shows it again.
    page.locator("#verdict .reasons a").first.click()
    target = page.locator("#findings article.finding:target")
    target.wait_for(state="visible")
    assert target.get_attribute("data-severity") == "error"
    assert page.locator("#verdict").is_visible()
    assert rec.errors == []


def test_evidence_opens_full_size_and_links_to_the_original_file(
    sample_reports: Path,
    open_report,  # noqa: ANN001
) -> None:
    report, _ = _report(sample_reports, "paystub-discrepancies")
    page, rec = open_report(report)
    crop = page.locator("figure.evidence img.zoomable").first
    crop.scroll_into_view_if_needed()
    small = crop.bounding_box()
    crop.click()
    large = crop.bounding_box()
    assert small is not None and large is not None
    assert large["width"] >= 1.5 * small["width"], (small, large)  # shown over the page
    screenshot(page, "evidence-full-size")
    page.mouse.click(5, 5)  # a click elsewhere closes it
    closed = crop.bounding_box()
    assert closed is not None and abs(closed["width"] - small["width"]) < 1
    links = page.locator("figure.evidence a.original")
    assert links.count() > 0
    for href in links.evaluate_all("els => els.map(e => e.href)"):
        assert href.startswith("file://")
        assert Path(unquote(urlparse(href).path)).is_file(), href  # the case's own file
    assert rec.errors == []
