"""Samples audited by the real CLI in English and French: the request list in Chromium and in
print, and every sample's French report, request list and index scanned for English left
untranslated, findings' messages and the verdict box included."""

from __future__ import annotations

import html
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
from tests.browser.conftest import CASES, SAMPLES, foreign_requests, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REQUEST_CASES = ("incomplete-letter-noc2016", "bare-letters-no-language")
PO = Path(i18n.LOCALE_DIR) / "fr" / "LC_MESSAGES" / "auditor.po"
# What is not the tool's own words, removed before the scan: the documents' own text (quoted
# passages, raw OCR, field values read), NOC 2021's English lead statements and duties, YAML
# to paste, the case's folder name. Findings' messages and the verdict box are the tool's own
# words and are scanned.
NOT_THE_TOOLS_OWN = (
    "q, .raw, .value, .noc-duties, .letter-duties, .noc-lead, .copied, .waiver-yaml, "
    ".case-name, title"
)
# Words of English that French never uses: a message left in English has several of them.
ENGLISH_WORDS = re.compile(
    r"\b(?:the|is|are|was|were|not|of|and|with|from|which|this|that|has|have|does|only|"
    r"for|by|to|in|on|no|or|its|it)\b"
)
SIN_LIKE = re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)")
PASSPORT_LIKE = re.compile(r"\b[A-Z]{1,2}\d{6,8}\b")


@pytest.fixture(scope="module")
def audited(
    tmp_path_factory: pytest.TempPathFactory,
    sample_reports: Path,
    sample_cache: dict[str, str],
) -> dict[str, Path]:
    """The report folders of every sample, by language: English from the session's run, French
    from one CLI run of every sample (`audit samples/* --lang fr`), reusing that run's reads."""
    out = tmp_path_factory.mktemp("lang-reports") / "fr"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "auditor",
            *[str(SAMPLES / c) for c in CASES],
            "--out",
            str(out),
            "--lang",
            "fr",
            "--fail-on",
            "never",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env=sample_cache,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "erreur" in done.stdout or "prêt" in done.stdout, done.stdout[:500]
    return {"en": sample_reports, "fr": out}


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


@pytest.mark.parametrize("case", CASES)
def test_french_report_leaves_no_catalogue_message_in_english(
    case: str,
    audited: dict[str, Path],
    open_report,  # noqa: ANN001
) -> None:
    """`audit samples/* --lang fr`: each report and request list, findings' messages and the
    verdict box included, contains no English phrase of the catalogue (only the documents' own
    text is left out), and dates and numbers are French."""
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
    assert heading == f"Vérification CEC : {len(CASES)} dossiers"
    page.evaluate(
        "(sel) => document.querySelectorAll(sel).forEach((e) => e.remove())", NOT_THE_TOOLS_OWN
    )
    text = _flat(page.inner_text("body"))
    assert [p for p in _catalogue_phrases() if p in text] == []


QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|«[^»]*»")


def _read_values(report: dict) -> list[str]:
    """Every text the documents gave (report.json's field values and the text they were read
    from): document-sourced, so left out of a message before it is scanned, longest first."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str) and len(value) >= 8:
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for document in report["documents"]:
        for field in (document.get("fields") or {}).values():
            if isinstance(field, dict):
                walk(field.get("value"))
                walk(field.get("text"))
    return sorted(set(found), key=len, reverse=True)


def _english_pieces(message: str, read: list[str]) -> list[str]:
    """The clauses of an English message that are the tool's words: quotes and values of
    documents taken out, cut at sentence and clause marks, those with three English words or
    more."""
    for value in read:
        message = message.replace(value, " ")
    pieces = re.split(r"[.;:\n()]\s", QUOTED.sub(" ", message) + " ")
    return [_flat(p) for p in pieces if len(ENGLISH_WORDS.findall(p)) >= 3 and len(_flat(p)) >= 20]


@pytest.mark.parametrize("case", CASES)
def test_every_finding_message_is_said_in_french(case: str, audited: dict[str, Path]) -> None:
    """Each finding of report.json (English, as the contract says) is shown in French in the
    French report: no clause of its English message (what the documents say aside: quotes and
    the values read) appears in the French report, in the finding, the verdict box or anywhere
    else."""
    report = json.loads((audited["en"] / case / "report.json").read_text(encoding="utf-8"))
    assert report["findings"], case
    page = (audited["fr"] / case / "report.html").read_text(encoding="utf-8")
    page = re.sub(r"<(style|script)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
    shown = _flat(html.unescape(page))
    read = _read_values(report)
    left = {
        f"{finding['rule']}: {piece}"
        for finding in report["findings"]
        for piece in _english_pieces(finding["message"], read)
        if piece in shown
    }
    assert sorted(left) == [], f"{case}: English left in French:\n" + "\n".join(sorted(left))


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
