"""Translations: every marked message has a French translation, the shipped .mo is compiled from
the .po, and messages, numbers and dates come out in the reader's language."""

from __future__ import annotations

import datetime as dt
import gettext
import json
import pickle
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from auditor import i18n
from auditor.i18n import Text, localize, tr

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "auditor" / "locale" / "fr" / "LC_MESSAGES" / "auditor.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "NP_": (1, 2), "tr": None, "trn": (1, 2)}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%%|\{\w+(?:![rs])?\}")


def extracted() -> dict[str, str]:
    """Every message `make i18n` extracts (babel.cfg: code, templates, checklists), by msgid,
    with where it comes from; done here, so a message added without `make i18n` is seen."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    found: dict[str, str] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS
    ):
        msgid = message if isinstance(message, str) else message[0]
        if msgid:
            found.setdefault(msgid, f"{filename}:{lineno}")
    return found


def french_catalogue() -> dict[str, Message]:
    with PO.open("rb") as fh:
        catalogue = read_po(fh)
    return {
        (m.id if isinstance(m.id, str) else m.id[0]): m
        for m in catalogue
        if m.id and not m.fuzzy and m.string and (isinstance(m.string, str) or all(m.string))
    }


def test_extraction_finds_code_templates_and_checklists() -> None:
    found = extracted()
    assert "Documents to request" in found  # the request list's template
    assert found["Ready to submit"].startswith("auditor/report/view.py")  # N_() in code
    assert "The letter is signed" in found  # a rule title in checklists/rules.yaml
    assert "Passport valid at least 6 months after submission" in found  # qa-default.yaml


def test_every_message_has_a_french_translation() -> None:
    """A message marked in code, a template or the checklists, but missing, empty or fuzzy in the
    French catalogue fails here: run `make i18n` and translate it in auditor.po."""
    french = french_catalogue()
    missing = [f"{where}: {msgid!r}" for msgid, where in extracted().items() if msgid not in french]
    assert not missing, "no French translation (make i18n, then edit auditor.po):\n" + "\n".join(
        missing
    )


def test_translations_keep_every_placeholder() -> None:
    """`{hours}` or `%(num)d` lost or misspelt in a translation would break the formatting."""
    wrong = []
    for msgid, message in french_catalogue().items():
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        for source, target in zip(ids, strings, strict=False):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(target)):
                wrong.append(f"{msgid!r}: {target!r}")
    assert not wrong, "\n".join(wrong)


def test_the_shipped_mo_is_compiled_from_the_po() -> None:
    """The package ships the compiled .mo (committed, so `pip install -e .` and a wheel need no
    build step); it must say what the .po says: `make i18n` compiles it."""
    with MO.open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for msgid, message in french_catalogue().items():
        if isinstance(message.id, str):
            assert compiled.gettext(msgid) == message.string, msgid
        else:
            singular, plural = message.id
            assert compiled.ngettext(singular, plural, 1) == message.string[0], msgid
            assert compiled.ngettext(singular, plural, 5) == message.string[1], msgid


def test_french_catalogue_uses_two_plural_forms() -> None:
    with MO.open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    assert compiled.ngettext("%(num)d page", "%(num)d pages", 1) == "%(num)d page"
    assert compiled.ngettext("%(num)d page", "%(num)d pages", 2) == "%(num)d pages"


def test_text_is_its_english_string() -> None:
    text = tr("No CRS grid covers {date}; check the score by hand.", date=dt.date(2026, 12, 5))
    assert text == "No CRS grid covers 2026-12-05; check the score by hand."
    assert isinstance(text, str) and isinstance(text, Text)
    assert localize(text) == str(text)  # English is the default language


def test_text_in_french_formats_dates_and_numbers_for_the_locale() -> None:
    text = tr("No CRS grid covers {date}; check the score by hand.", date=dt.date(2026, 12, 5))
    with i18n.language("fr"):
        assert (
            localize(text)
            == "Aucune grille SCG ne couvre le 5 décembre 2026 ; vérifiez la note à la main."
        )
        assert i18n.number(1560) == "1\xa0560"
        assert i18n.number(1612.5) == "1\xa0612,5"
        assert i18n.date(dt.date(2026, 12, 5)) == "5 décembre 2026"
    assert i18n.number(1560) == "1,560"
    assert i18n.date(dt.date(2026, 12, 5)) == "2026-12-05"


def test_a_translated_message_nests() -> None:
    """`ctx.on` wraps a rule's message with the document's path; both are translated."""
    inner = tr("No CRS grid covers {date}; check the score by hand.", date=dt.date(2026, 1, 2))
    outer = tr("{path}: {message}", path="letter.pdf", message=inner)
    assert outer == "letter.pdf: No CRS grid covers 2026-01-02; check the score by hand."
    with i18n.language("fr"):
        assert localize(outer) == (
            "letter.pdf : Aucune grille SCG ne couvre le 2 janvier 2026 ; "
            "vérifiez la note à la main."
        )


def test_text_survives_pickling_and_json() -> None:
    """A finding crosses process boundaries and is written to report.json as its English."""
    text = tr("{path}: {message}", path="a.pdf", message=tr("Age unknown: scored 0."))
    again = pickle.loads(pickle.dumps(text))
    assert again == text and isinstance(again, Text) and again.msgid == "{path}: {message}"
    assert json.loads(json.dumps({"m": text})) == {"m": "a.pdf: Age unknown: scored 0."}
    with i18n.language("fr"):
        assert localize(again) == "a.pdf : Âge inconnu : compté 0."


def test_a_plain_string_is_left_as_it_is() -> None:
    with i18n.language("fr"):
        assert localize("Not eligible") == "Not eligible"  # only Text is translated by localize
        assert i18n._("Not eligible") == "Non admissible"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        with i18n.language("de"):
            pass


def test_the_language_is_restored_after_a_block() -> None:
    with i18n.language("fr"):
        assert i18n.current() == "fr"
        with i18n.language(None):  # None keeps the current language
            assert i18n.current() == "fr"
    assert i18n.current() == "en"
