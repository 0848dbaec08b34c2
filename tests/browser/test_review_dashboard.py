"""The review loop and the batch dashboard in real headless Chromium: a re-audited case's report
(what changed, review statuses, a void sign-off) and a batch's index (sortable, filterable) at
1,024, 1,366 and 1,920 px and in print, with no script error and no request leaving the page."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.conftest import foreign_requests, screenshot
from tests.browser.test_layout import OVERFLOWING, WIDTHS, _pdf_pages

pytestmark = [pytest.mark.browser]

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PASSPORT = "identity/passport.pdf"
UNREADABLE = f"DOC-UNREADABLE-001:{PASSPORT}"
REVIEW = f"""\
review:
  - finding: {UNREADABLE}
    status: awaiting_document
    by: J. Tremblay
    date: 2026-11-21
    note: Asked the client for a clean scan
  - finding: LETTER-DUTIES-001:letters/nowhere.pdf
    status: reviewed
    by: J. Tremblay
    date: 2026-11-21
signoff: {{by: J. Tremblay, date: 2026-11-28}}
"""


def audit(*args: str | Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "auditor", *map(str, args), "-q", "--fail-on", "never"],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def reaudited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """eligible-en-digital audited, its passport broken and reviewed, audited again, the
    passport changed again, audited a third time: the report has every part of the loop."""
    root = tmp_path_factory.mktemp("reaudited")
    case, out = root / "joshi", root / "out"
    shutil.copytree(SAMPLES / "eligible-en-digital", case)
    audit(case, "--out", out)
    (case / PASSPORT).write_bytes(b"%PDF-1.4 broken")
    (case / "review.yaml").write_text(REVIEW, encoding="utf-8")
    audit(case, "--out", out)
    (case / PASSPORT).write_bytes(b"%PDF-1.4 broken again")
    audit(case, "--out", out)
    return out


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("batch")
    cases = [root / name for name in ("joshi", "nair", "petrova")]
    for case, sample in zip(
        cases,
        ("eligible-en-digital", "paystub-discrepancies", "bare-letters-no-language"),
        strict=True,
    ):
        shutil.copytree(SAMPLES / sample, case)
    (cases[0] / PASSPORT).write_bytes(b"%PDF-1.4 broken")
    (cases[0] / "review.yaml").write_text(REVIEW, encoding="utf-8")
    audit(*cases, "--out", root / "out")
    return root / "out"


def _overflow(page) -> list[str]:  # noqa: ANN001
    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.locator("body").wait_for()
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            problems.append(f"{width} px: the page is {scroll} px wide")
        problems += [f"{width} px: {o}" for o in page.evaluate(OVERFLOWING)]
    return problems


def test_the_reaudited_report_opens_with_its_changes_and_shows_its_review(
    reaudited: Path,
    open_report,  # noqa: ANN001
) -> None:
    report = reaudited / "report.html"
    data = json.loads((reaudited / "report.json").read_text(encoding="utf-8"))
    page, rec = open_report(report)
    screenshot(page, "review-loop-report")
    assert rec.errors == [] and foreign_requests(rec, report) == []
    # The changes come first in the page, before the verdict.
    order = page.evaluate(
        "() => [...document.querySelectorAll('main > section, main > div')].map(e => e.id)"
    )
    assert order.index("changes") < order.index("verdict")
    changes = page.locator("#changes")
    assert changes.is_visible()
    assert PASSPORT in changes.locator(".changes-documents-changed").inner_text()
    assert data["changes"]["documents"]["changed"][0]["path"] == PASSPORT
    signoff = page.locator("#signoff")
    assert signoff.get_attribute("data-signoff") == "void"
    assert "Sign-off void" in signoff.inner_text()
    # The finding's card shows its status, stale; the table lists the unused one too.
    card = page.locator("article.finding", has=page.locator(f"code:text-is('{UNREADABLE}')"))
    assert card.count() == 1
    note = card.locator(".review-note")
    assert note.get_attribute("data-review-state") == "stale"
    shown = note.text_content() or ""
    assert "Awaiting a document" in shown and "Stale:" in shown
    states = page.locator("#review tr.review-row").evaluate_all(
        "rows => rows.map(r => r.getAttribute('data-state'))"
    )
    assert states == ["stale", "unused"]
    assert _overflow(page) == []
    page.emulate_media(media="print")
    text = " ".join(" ".join(_pdf_pages(page.pdf(format="Letter", print_background=True))).split())
    assert "Since the last audit" in text and "Sign-off void" in text
    assert "Review statuses" in text


def test_the_dashboard_sorts_filters_and_shows_every_column(
    batch: Path,
    open_report,  # noqa: ANN001
) -> None:
    index = batch / "index.html"
    rows = json.loads((batch / "index.json").read_text(encoding="utf-8"))["cases"]
    page, rec = open_report(index)
    screenshot(page, "dashboard")
    assert rec.errors == [] and foreign_requests(rec, index) == []
    table = page.locator("#cases")
    heads = table.locator("thead th").all_inner_texts()
    for head in ("Client", "Open", "Earliest expiry", "Review", "Audited", "Submission date"):
        assert any(h.startswith(head) for h in heads), heads
    names = (
        "e => [...e.querySelectorAll('tbody tr:not([hidden]) td:first-child')]"
        ".map(td => td.innerText)"
    )
    assert table.evaluate(names) == [r["case"] for r in rows]  # worst verdict first, as JSON
    joshi = next(r for r in rows if r["case"] == "joshi")
    line = table.locator("tr", has=page.locator("a", has_text="joshi"))
    assert joshi["review_progress"] in line.inner_text()
    assert joshi["earliest_expiry"] in line.inner_text()
    assert "Meera Joshi" in line.inner_text()
    # Sort by client.
    column = heads.index(next(h for h in heads if h.startswith("Client")))
    table.locator("thead th").nth(column).locator("button").click()
    clients = table.evaluate(
        f"e => [...e.querySelectorAll('tbody tr')].map(r => r.cells[{column}].innerText)"
    )
    assert clients == sorted(clients)
    # Filter by text, by verdict, by review state.
    page.fill("#case-filters input[name=text]", "petrova")
    assert table.evaluate(names) == ["petrova"]
    page.fill("#case-filters input[name=text]", "")
    page.select_option("#case-filters select[name=verdict]", "ready")
    ready = [r["case"] for r in rows if r["verdict"] == "ready"]
    assert sorted(table.evaluate(names)) == sorted(ready)
    assert page.locator("#case-none").is_visible() == (not ready)
    page.select_option("#case-filters select[name=verdict]", "")
    page.select_option("#case-filters select[name=review]", "signed")
    signed = [r["case"] for r in rows if r["signoff"] == "valid"]
    assert sorted(table.evaluate(names)) == sorted(signed) == ["joshi"]
    page.select_option("#case-filters select[name=review]", "")
    assert _overflow(page) == []
    page.emulate_media(media="print")
    pdf = page.pdf(format="Letter", landscape=True, print_background=True)
    text = " ".join(" ".join(_pdf_pages(pdf)).split())
    assert "Meera Joshi" in text and "Earliest expiry" in text


def test_copy_status_puts_a_review_entry_for_the_finding_on_the_clipboard(
    reaudited: Path,
    open_report,  # noqa: ANN001
) -> None:
    report = reaudited / "report.html"
    page, rec = open_report(report)
    page.evaluate(
        "() => { window.__copied = []; navigator.clipboard.writeText ="
        " t => { window.__copied.push(t); return Promise.resolve(); }; }"
    )
    card = page.locator("article.finding", has=page.locator(f"code:text-is('{UNREADABLE}')"))
    card.locator("button.copy-status").click()
    (copied,) = page.evaluate("window.__copied")
    assert copied.startswith(f'  - finding: "{UNREADABLE}"\n    status:')
    assert "under 'review:'" in page.locator("#toast").inner_text()
    assert rec.errors == []
    page.emulate_media(media="print")
    assert card.locator("button.copy-status").is_hidden()
