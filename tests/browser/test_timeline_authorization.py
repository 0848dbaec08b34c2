"""The timeline's authorization rows in real Chromium: on a 1,024 and a 1,366 px screen and on
paper, every period of authorization is drawn with its basis, inside the timeline, its words
inside its bar, each described for a screen reader, and its legend entry beside it (issue 14)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Sample case -> the kinds its authorization rows must draw, and their legend words.
CASES = {
    "maintained-status-extension": {
        "permit": "work permit (basis on the bar)",
        "maintained": "maintained status (R183(5), R186(u))",
        "application": "application, filed → decided",
    },
    "pgwp-pending-r186w": {
        "r186w": "R186(w): work while the PGWP is pending",
        "studypermit": "study permit",
        "study": "full-time study",
        "application": "application, filed → decided",
    },
    "coop-permit-work": {"coop": "co-op permit: student work, never counts"},
    "study-overlap-permit-gap": {
        "unsure": "check: unsure, left out until a person checks",
        "unauthorized": "not authorized",
    },
}
WIDTHS = (1024, 1366)
DATES = re.compile(r"\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d")

# Everything measured in the timeline: its box against the page's and its wrapper's, each
# bar's words against the bar, each lane's name against the plot, each legend entry.
MEASURE = """() => {
  const svg = document.querySelector('svg.timeline');
  const wrap = svg.closest('.timeline-wrap').getBoundingClientRect();
  const box = svg.getBoundingClientRect();
  const plotLeft = 260;
  const items = [...svg.querySelectorAll('.tl-item')].map(g => {
    const rect = g.querySelector('rect'), text = g.querySelector('text:not(.clip)');
    const r = rect.getBBox(), s = rect.getBoundingClientRect();
    const t = text ? text.getBBox() : null;
    return {kind: [...g.classList].find(c => c.startsWith('kind-')).slice(5),
            aria: g.getAttribute('aria-label') || '', title: g.querySelector('title').textContent,
            width: s.width, inside: s.left >= box.left - 0.5 && s.right <= box.right + 0.5,
            words: text ? text.textContent : '',
            wordsFit: !t || (t.x >= r.x - 0.5 && t.x + t.width <= r.x + r.width + 0.5)};
  });
  const lanes = [...svg.querySelectorAll('text.lane')].map(t => t.getBBox().x + t.getBBox().width);
  const legend = document.querySelector('.tl-legend');
  return {page: [document.documentElement.scrollWidth, window.innerWidth],
          svg: [box.left, box.right], wrap: [wrap.left, wrap.right], items,
          lanesFit: lanes.every(x => x < plotLeft),
          legend: [...legend.querySelectorAll('li')].map(li => li.textContent.trim()),
          legendFits: legend.scrollWidth <= legend.clientWidth + 1};
}"""


def _problems(m: dict, kinds: dict[str, str], where: str) -> list[str]:
    out = []
    scroll, inner = m["page"]
    if scroll > inner:
        out.append(f"{where}: the page is {scroll} px wide")
    if m["svg"][0] < m["wrap"][0] - 0.5 or m["svg"][1] > m["wrap"][1] + 0.5:
        out.append(f"{where}: the timeline {m['svg']} overflows its box {m['wrap']}")
    if not m["lanesFit"]:
        out.append(f"{where}: a lane's name runs into the plot")
    if not m["legendFits"]:
        out.append(f"{where}: the legend overflows")
    for kind, words in kinds.items():
        drawn = [i for i in m["items"] if i["kind"] == kind]
        if not drawn:
            out.append(f"{where}: no {kind} bar")
        if words not in m["legend"]:
            out.append(f"{where}: no legend entry {words!r} in {m['legend']}")
        for i in drawn:
            if i["width"] <= 0 or not i["inside"]:
                out.append(f"{where}: {kind} bar {i['title']!r} not inside the timeline")
    for i in m["items"]:
        if not i["wordsFit"]:
            out.append(f"{where}: {i['words']!r} runs out of its bar")
        if not DATES.search(i["aria"]) or not i["aria"].startswith(i["title"].split(". ")[0]):
            out.append(f"{where}: {i['title']!r} has no description with its dates")
    return out


def _pages(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


@pytest.mark.parametrize("case", list(CASES))
def test_authorization_rows_fit_screens_and_paper(
    case: str,
    sample_reports: Path,
    open_report,  # noqa: ANN001
) -> None:
    kinds = CASES[case]
    page, rec = open_report(sample_reports / case / "report.html")
    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.locator("svg.timeline").wait_for()
        problems += _problems(page.evaluate(MEASURE), kinds, f"{width} px")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 720, "height": 900})  # about a letter page's width
    problems += _problems(page.evaluate(MEASURE), kinds, "print")
    if problems:
        screenshot(page, f"timeline-authorization-{case}")
    assert problems == []
    assert rec.errors == []
    # On paper the legend's words print on the timeline's page.
    pages = _pages(page.pdf(format="Letter", print_background=True))
    timeline = [i for i, text in enumerate(pages) if re.search(r"^Timeline", text, re.M)]
    for words in kinds.values():
        legend = [i for i, text in enumerate(pages) if words in text.replace("\r", "")]
        assert timeline and legend and timeline[0] in legend, (words, legend, timeline)
