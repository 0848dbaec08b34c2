"""Splitting files into logical documents, kinds, languages, and unreadable files."""

from pathlib import Path

from auditor.models import ReadFile, SourceFile
from extractors.classify import split_and_classify
from extractors.doc_language import detect_language
from tests.extractors.pagebuilder import page_from_text
from tests.extractors.test_employment_letter import PROSE_EN, PROSE_FR
from tests.extractors.test_pay_stub import GRID_EN
from tests.extractors.test_pay_stub import PROSE_EN as STUB_PROSE

FILE = SourceFile(Path("/case/a.pdf"), "a.pdf", "0" * 64, 1)


def read(*texts: str) -> ReadFile:
    return ReadFile(FILE, tuple(page_from_text(t, i + 1) for i, t in enumerate(texts)))


def test_letter_over_two_pages_then_two_stubs() -> None:
    first, _, rest = PROSE_EN.partition("Her main duties")
    docs = split_and_classify(read(first, "Her main duties" + rest, GRID_EN, STUB_PROSE))
    assert [(d.kind, d.page_numbers) for d in docs] == [
        ("employment_letter", (1, 2)),
        ("pay_stub", (3,)),
        ("pay_stub", (4,)),
    ]
    assert docs[0].value("employee_name") == "Priya Raman"
    assert docs[1].value("net") == 2417.0 and docs[2].value("net") == 947.84
    assert docs[0].language == "en"
    # Issue 14: each part is named by its pages, so findings on the two stubs stay apart.
    assert [d.id for d in docs] == ["a.pdf#pages=1-2", "a.pdf#page=3", "a.pdf#page=4"]


def test_a_file_holding_one_document_is_named_by_its_path() -> None:
    (doc,) = split_and_classify(read(GRID_EN))
    assert (doc.split, doc.id, doc.page_range) == (False, "a.pdf", (1, 1))


def test_french_letter_language() -> None:
    (doc,) = split_and_classify(read(PROSE_FR))
    assert (doc.kind, doc.language) == ("employment_letter", "fr")


def test_unknown_document_is_other_without_fields() -> None:
    (doc,) = split_and_classify(read("Grocery list\nmilk\neggs\nbread"))
    assert (doc.kind, doc.fields) == ("other", {})


def test_problem_and_empty_files_are_unreadable() -> None:
    (doc,) = split_and_classify(ReadFile(FILE, problem="encrypted PDF"))
    assert (doc.kind, doc.problem) == ("unreadable", "encrypted PDF")
    (doc,) = split_and_classify(ReadFile(FILE, (page_from_text("", 1),)))
    assert (doc.kind, doc.problem) == ("unreadable", "no readable text on any page")


def test_spanish_letter_is_flagged_by_language() -> None:
    text = (
        "Por medio de la presente se hace constar que el señor Juan Pérez trabaja en la empresa "
        "desde el año 2020 con un horario de 40 horas por semana y su puesto es de analista."
    )
    assert detect_language(text) == "es"
    assert detect_language("") is None


def test_identity_card_zone_is_not_a_passport() -> None:
    text = (
        "OFFICIAL TRAVEL DOCUMENT\nUTOPIA\nPassport No. D23145890\n"
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
    )
    (doc,) = split_and_classify(read(text))
    assert doc.kind == "other" and doc.fields == {}
    assert any("identity card" in n and "not a passport" in n for n in doc.notes)


def test_visa_zone_is_not_a_passport() -> None:
    text = (
        "VISA\nPassport number L8988901C\n"
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"
    )
    (doc,) = split_and_classify(read(text))
    assert doc.kind == "other" and any("visa" in n for n in doc.notes)


def test_passport_zone_alone_makes_a_passport() -> None:
    # No printed word says "passport"; the zone's code P and its check digits do.
    text = (
        "REPUBLIC OF UTOPIA\n"
        "PCUTOERIKSSONC<ANNA<MARIA<<<KKKK<<<<<<<<<<<<<<\n"
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    )
    (doc,) = split_and_classify(read(text))
    assert doc.kind == "passport"
    assert doc.value("date_of_birth") is not None and doc.value("passport_number") == "L898902C3"


def test_a_slip_s_instruction_page_is_not_a_second_slip() -> None:
    from auditor.models import ReadFile, SourceFile
    from extractors.classify import split_and_classify
    from tests.extractors.pagebuilder import pages_from_texts

    slip = """T4 Statement of Remuneration Paid           Year 2025
Employer's name   MAPLE FOODS INC.
Employment income 14     48,200.00
Income tax deducted 22    6,100.00
Employee's name and address   JORDAN LEE
"""
    back = """Report these amounts on your tax return.
14 - Employment income - Enter on line 10100.
16 - Employee's CPP contributions - Go to canada.ca/line-30800.
18 - Employee's EI premiums - Go to canada.ca/line-31200.
22 - Income tax deducted - Enter on line 43700.
44 - Union dues - Enter on line 21200.
46 - Charitable donations - See the guide for details.
"""
    pages = pages_from_texts(slip, back)
    file = SourceFile(Path("/x/t4.pdf"), "t4.pdf", "0" * 64, 1)
    docs = split_and_classify(ReadFile(file, pages))
    assert [d.kind for d in docs] == ["t4"]
    assert [p.number for p in docs[0].pages] == [1, 2]
    assert docs[0].fields["employment_income"].value == 48200.0
    # two slips in a file are still two documents
    docs = split_and_classify(ReadFile(file, pages_from_texts(slip, slip)))
    assert [d.kind for d in docs] == ["t4", "t4"]
