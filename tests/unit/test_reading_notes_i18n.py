"""The reading stage's notes with values, kept in English by the read cache, said again in French.

Each form of `auditor.reading.notes` is filled with values, and the English note it makes is
matched back to its form in the report (`i18n.known`): French with the same values, numbers for
the French locale, a nested note translated too; a text of no known form is shown as read.
"""

from __future__ import annotations

import pytest

from auditor import i18n
from auditor.reading import formats, imaging, notes, read
from auditor.reading.workers import over_budget
from auditor.report.documents_view import said_note

INNER = "the image file is cut short or damaged; only the part that decodes was read"
INNER_FR = "le fichier image est tronqué ou endommagé ; seule la partie décodable a été lue"

# (English note made by the reading stage, its French)
CASES = [
    (notes.PAGE_DAMAGED.format(number=3), "la page 3 est endommagée et ne peut pas être lue"),
    (notes.PAGE_NOTE.format(number=7, note=INNER), f"page 7 : {INNER_FR}"),
    (notes.PAGES_NOTE.format(first=2, last=4, note=INNER), f"pages 2 à 4 : {INNER_FR}"),
    (
        notes.PDF_TOO_LONG.format(count=f"{12_345:,}", max=200),
        "le PDF compte 12\u00a0345 pages ; seules les 200 premières ont été lues",
    ),
    (
        notes.PDF_TOO_SLOW.format(first=41, last=200, seconds="30"),
        "les pages 41 à 200 n'ont pas été lues : le fichier est trop lent à lire (plus de 30 s)",
    ),
    (
        notes.SCANS_CUT.format(n=12, first=51, last=62, max=50),
        "12 pages numérisées (51 à 62) n'ont pas été lues : au plus 50 pages",
    ),
    (
        notes.IMAGE_TOO_LONG.format(most=200, max=50),
        "le fichier image compte plus de 200 pages ; seules les 50 premières",
    ),
    (
        notes.IMAGE_CUT.format(frames=64, max=50),
        "le fichier image compte 64 pages ; seules les 50 premières ont été lues par ROC",
    ),
    (
        formats.wrong_name("pdf", ".jpg")[0],
        "extension .jpg, mais c'est un PDF ; il a été lu comme un PDF",
    ),
    (formats.wrong_name("image", ".pdf")[0], "c'est une image ; il a été lu comme une image"),
    (
        formats.describe_unknown(b"{\\rtf1 hello", ".pdf"),
        "se termine par .pdf, mais c'est un document en texte enrichi (RTF)",
    ),
    (
        formats.describe_unknown(b"<!doctype html><html>", ".html"),
        "le fichier est une page Web (HTML) ; demandez-le",
    ),
    (imaging.too_large((30_000, 20_000)), "l'image mesure 30\u00a0000 x 20\u00a0000 pixels"),
    (
        notes.TEXT_CUT.format(max=f"{200_000:,}", count=f"{1_234_567:,}"),
        "seuls les 200\u00a0000 premiers de ses 1\u00a0234\u00a0567 caractères ont été lus",
    ),
    (
        notes.NOT_READ.format(where=notes.ANY_PAGE.format(count=3), note=imaging.DAMAGED),
        "l'auditeur n'a pu lire aucune de ses 3 pages : le fichier image est endommagé",
    ),
    (
        notes.NOT_READ.format(where=notes.ITS_PAGE, note=INNER),
        f"l'auditeur n'a pu lire sa page : {INNER_FR}",
    ),
    (
        notes.NOTHING_READ.format(note=notes.PAGE_DAMAGED.format(number=1)),
        "rien n'a pu être lu : la page 1 est endommagée",
    ),
    (over_budget(120), "sa limite de 120 secondes par fichier"),
]


@pytest.mark.parametrize(("english", "french"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_note_with_values_is_said_in_french_with_its_values(english: str, french: str) -> None:
    with i18n.language("fr"):
        said = said_note(english)
    assert french in said
    assert said != english


@pytest.mark.parametrize(("english", "french"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_english_note_is_unchanged(english: str, french: str) -> None:
    assert said_note(english) == english
    with i18n.language("en"):
        assert str(i18n.known(english)) == english


def test_the_page_notes_of_ocr_pages_are_forms_said_in_french() -> None:
    from auditor.models import Page

    pages = [Page(n, 0, 0, (), "empty", note=INNER) for n in (1, 2, 3)]
    pages.append(Page(5, 0, 0, (), "empty", note="a reason from elsewhere"))
    made = read._page_notes(pages)
    assert made == [f"pages 1-3: {INNER}", "page 5: a reason from elsewhere"]
    with i18n.language("fr"):
        assert [said_note(n) for n in made] == [
            f"pages 1 à 3 : {INNER_FR}",
            "page 5 : a reason from elsewhere",  # the inner text of no known form, as read
        ]


def test_the_english_text_of_each_note_is_the_one_written_before() -> None:
    # The read cache holds notes written before the forms existed: the same bytes.
    assert notes.PDF_TOO_SLOW.format(first=3, last=9, seconds="30") == (
        "pages 3-9 were not read: the file is too slow to read (over 30 s)"
    )
    assert formats.wrong_name("pdf", ".png") == (
        "the file is named .png but is a PDF; it was read as a PDF",
    )
    assert imaging.too_large((30_000, 20_000)).startswith(
        "the image is 30,000 x 20,000 pixels, too large to be a document page (the limit is "
    )


@pytest.mark.parametrize(
    "text",
    ["page three is gone", "pages 1-2 were read", "Northwind Analytics Inc.", "{number}", ""],
)
def test_a_text_of_no_known_form_is_shown_as_read(text: str) -> None:
    with i18n.language("fr"):
        assert said_note(text) == text


def test_every_form_is_in_the_french_catalogue() -> None:
    fr = i18n.catalogue("fr")
    forms = [v for k, v in vars(notes).items() if k.isupper() and isinstance(v, str)]
    assert len(forms) >= 20
    for form in forms:
        assert fr.gettext(form) != form, form
