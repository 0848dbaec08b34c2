"""Samples audited by the real CLI in English and French: the request list in Chromium and in
print, and the French report and index scanned for English left untranslated."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from babel.messages.pofile import read_po

from auditor import i18n
from auditor.report.requests_view import LETTER_CORRECTIONS, LETTER_ELEMENTS
from tests.browser.conftest import SAMPLES, foreign_requests, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REQUEST_CASES = ("incomplete-letter-noc2016", "bare-letters-no-language")
FRENCH_CASES = ("eligible-fr-scanned", *REQUEST_CASES)
PO = Path(i18n.LOCALE_DIR) / "fr" / "LC_MESSAGES" / "auditor.po"
# What comes from the documents, the findings' messages (made by the rules, translated as the
# rules are converted to i18n.tr) and NOC 2021's English text: removed before the scan.
NOT_THE_TOOLS_OWN = (
    ".message, .noc-message, .passed-message, q, .raw, .value, .reason-cell, .related, "
    ".noc-duties, .letter-duties, .noc-lead, .copied, .noc-best, .waiver-yaml, .case-name, title, "
    # the verdict box quotes findings' messages (rule messages are not translated yet)
    ".reason > a, .verdict-explain"
)
SIN_LIKE = re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)")
PASSPORT_LIKE = re.compile(r"\b[A-Z]{1,2}\d{6,8}\b")


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The report folders of the samples, by language: `out/<lang>/<case>/`."""
    out = tmp_path_factory.mktemp("lang-reports")
    for lang in i18n.LANGS:
        cases = FRENCH_CASES if lang == "fr" else REQUEST_CASES
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "auditor",
                *[str(SAMPLES / c) for c in cases],
                "--out",
                str(out / lang),
                "--lang",
                lang,
                "--fail-on",
                "never",
                "--quiet",
            ],
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert done.returncode == 0, done.stderr[-2000:]
    return {lang: out / lang for lang in i18n.LANGS}


def _pdf_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def _expected_requests(report: dict) -> list[str]:  # noqa: ANN001
    """What the list must ask, from report.json: each element a letter lacks (a failed LETTER-*
    finding about a field), each letter correction, each employer whose letter is missing."""
    wanted = []
    for f in report["findings"]:
        if f["status"] != "failed":
            continue
        subject = f["id"].split(":")[2] if f["id"].count(":") >= 2 else ""
        if f["rule"].startswith("LETTER-") and subject in LETTER_ELEMENTS:
            wanted.append(i18n._(LETTER_ELEMENTS[subject]))
        elif f["rule"] in LETTER_CORRECTIONS:
            wanted.append(i18n._(LETTER_CORRECTIONS[f["rule"]]))
        elif (f.get("details") or {}).get("missing") == "employment_letter":
            wanted.append(f["details"]["employer"])
    return wanted


@pytest.mark.parametrize("lang", i18n.LANGS)
@pytest.mark.parametrize("case", REQUEST_CASES)
def test_request_list_names_each_missing_element(
    case: str,
    lang: str,
    audited: dict[str, Path],
    open_report,  # noqa: ANN001
) -> None:
    folder = audited[lang] / case
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    page, rec = open_report(folder / "requests.html")
    screenshot(page, f"requests-{case}-{lang}")
    assert rec.errors == [] and rec.dialogs == []
    assert foreign_requests(rec, folder / "requests.html") == []
    assert page.locator("html").get_attribute("lang") == lang
    with i18n.language(lang):
        wanted = _expected_requests(report)
        heading = i18n._("Documents to request")
    assert len(wanted) >= 4, f"{case}: the sample lost its letter findings: {wanted}"
    shown = _flat(page.inner_text("body"))
    assert heading in shown
    assert [w for w in wanted if _flat(w) not in shown] == []
    assert page.locator("li.request").first.is_visible()
    assert page.locator(".print-page").is_visible()

    page.emulate_media(media="print")
    assert not page.locator(".print-page").is_visible()  # the button is not printed
    printed = _flat(_pdf_text(page.pdf(format="Letter", print_background=True)))
    page.emulate_media(media="screen")
    assert [w for w in wanted if _flat(w) not in printed] == []
    for text in (shown, printed):
        assert SIN_LIKE.search(text) is None
        assert PASSPORT_LIKE.search(text) is None
        for doc in report["documents"]:
            birth = (doc["fields"].get("date_of_birth") or {}).get("value")
            assert not birth or birth not in text


def _catalogue_phrases() -> list[str]:
    """The English of every message the French catalogue translates differently, cut at its
    placeholders into phrases long enough to be the tool's own words (two words or more)."""
    with PO.open("rb") as fh:
        catalogue = read_po(fh)
    phrases = set()
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        for msgid, msgstr in zip(ids, strings, strict=False):
            if msgid == msgstr or msgid.startswith("https://"):
                continue
            for piece in re.split(r"%\(\w+\)[sd]|\{\w+(?:![rs])?\}", msgid.replace("%%", "%")):
                piece = piece.strip(" :;,.()+−-")
                if len(piece) >= 10 and " " in piece:
                    phrases.add(piece)
    return sorted(phrases)


@pytest.mark.parametrize("case", FRENCH_CASES)
def test_french_report_leaves_no_catalogue_message_in_english(
    case: str,
    audited: dict[str, Path],
    open_report,  # noqa: ANN001
) -> None:
    """`audit --lang fr`: the report's own words (not the documents', not the rules' messages)
    contain no English phrase of the catalogue, and dates and numbers are French."""
    phrases = _catalogue_phrases()
    assert len(phrases) > 200
    folder = audited["fr"] / case
    for name in ("report.html", "requests.html"):
        page, rec = open_report(folder / name)
        assert rec.errors == []
        assert page.locator("html").get_attribute("lang") == "fr"
        page.set_viewport_size({"width": 1024, "height": 900})  # French is longer: still fits
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner, f"{case}/{name}: {scroll} px wide at {inner} px"
        page.evaluate(
            "(sel) => document.querySelectorAll(sel).forEach((e) => e.remove())",
            NOT_THE_TOOLS_OWN,
        )
        text = _flat(page.inner_text("body"))
        left = [p for p in phrases if p in text]
        assert left == [], f"{case}/{name}: English left: {left}"
        assert re.search(
            r"\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|"
            r"septembre|octobre|novembre|décembre) 20\d\d",
            text,
        ), text[:300]


def test_french_index_is_french(audited: dict[str, Path], open_report) -> None:  # noqa: ANN001
    index = audited["fr"] / "index.html"
    page, rec = open_report(index)
    assert rec.errors == []
    assert page.locator("html").get_attribute("lang") == "fr"
    heading = page.locator("h1").inner_text()
    assert heading == f"Vérification CEC : {len(FRENCH_CASES)} dossiers"
    page.evaluate(
        "(sel) => document.querySelectorAll(sel).forEach((e) => e.remove())", NOT_THE_TOOLS_OWN
    )
    text = _flat(page.inner_text("body"))
    assert [p for p in _catalogue_phrases() if p in text] == []


def test_the_report_script_writes_french(audited: dict[str, Path], open_report) -> None:  # noqa: ANN001
    """The script's own words come from the page (#script-words), in the report's language."""
    page, rec = open_report(audited["fr"] / "bare-letters-no-language" / "report.html")
    boxes = page.locator("#finding-filters input[name='severity']")
    assert boxes.count() >= 2
    boxes.first.set_checked(False)
    status = page.locator("#filter-status").inner_text()
    assert re.fullmatch(r"Filtré : \d+ constats affichés sur \d+\.", status), status
    page.locator("#findings article.finding:not([hidden]) .copy-waiver").first.click()
    page.wait_for_timeout(200)
    toast = page.locator("#toast").inner_text()
    assert toast.startswith(("Entrée de dérogation copiée", "Copie impossible")), toast
    assert rec.errors == []


def test_no_sample_request_list_shows_an_identifier(sample_reports: Path) -> None:
    """Every sample's requests.html (English): no SIN, passport or permit number, or date of
    birth, whatever the case's documents and findings hold."""
    from tests.browser.conftest import CASES

    for case in CASES:
        folder = sample_reports / case
        page = (folder / "requests.html").read_text(encoding="utf-8")
        text = _flat(re.sub(r"<(style|script)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S))
        assert SIN_LIKE.search(text) is None, case
        assert PASSPORT_LIKE.search(text) is None, case
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
        for doc in report["documents"]:
            birth = (doc["fields"].get("date_of_birth") or {}).get("value")
            assert not birth or birth not in text, case
