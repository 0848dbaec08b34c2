"""Language results read by the shared engine: the IELTS module from its own field or tick
(the TRF's note names both modules), One Skill Retake, wrapped labels, French score tables,
test versions (TCF Canada, TEF Canada, CELPIP-General LS, PTE Core), dates in any layout."""

from __future__ import annotations

import datetime as dt

from extractors.language_result import EXTRACTOR
from tests.extractors.pagebuilder import page_from_text

NOTE = (
    "This test report form is valid for the Academic and General Training modules of the "
    "test as\nshown in the module field. ACADEMIC or GENERAL TRAINING results are reported "
    "on the same scale."
)


def read(text: str) -> dict[str, object]:
    return {k: f.value for k, f in EXTRACTOR.extract([page_from_text(text)]).items()}


TRF_MODULE_FIELD = f"""IELTS   Test Report Form
Candidate Details
Family Name      OKAFOR
First Name(s)    CHIDI EMEKA
Date of Birth    12/05/1994
Module           General Training
Test Date        27/03/2026

Listening   8.5     Reading   7.5     Writing   8.0     Speaking   7.5     Overall
                                                                           Band Score   8.0

{NOTE}
Test Report Form Number     26CA912436OKAC903G
Date of issue               09/04/2026
"""


def test_the_module_comes_from_its_field_not_from_the_note_naming_both() -> None:
    got = read(TRF_MODULE_FIELD)
    assert got["test"] == "ielts_general_training"
    assert str(got["candidate_name"]).casefold() == "chidi emeka okafor"
    assert got["date_of_birth"] == dt.date(1994, 5, 12)
    assert got["test_date"] == dt.date(2026, 3, 27)
    assert got["result_date"] == dt.date(2026, 4, 9)
    assert (got["listening"], got["reading"], got["writing"], got["speaking"]) == (
        8.5,
        7.5,
        8.0,
        7.5,
    )
    assert got["overall"] == 8.0  # "Overall" over "Band Score", the value after the label's end
    assert got["report_number"] == "26CA912436OKAC903G"
    assert "one_skill_retake" not in got


def test_a_note_naming_both_modules_alone_leaves_the_module_unknown() -> None:
    got = read(TRF_MODULE_FIELD.replace("Module           General Training\n", ""))
    assert "test" not in got  # never guessed from the note
    assert got["overall"] == 8.0  # the scores are still read as IELTS bands


def test_a_tick_before_its_option_chooses_that_module() -> None:
    page = f"""IELTS Test Report Form
[ ]  ACADEMIC       X  GENERAL TRAINING
Family Name   NGUYEN
First Name    LAN
Listening 6.0   Reading 6.5   Writing 6.0   Speaking 7.0   Overall Band Score 6.5
{NOTE}
"""
    assert read(page)["test"] == "ielts_general_training"
    ticked_after = page.replace(
        "[ ]  ACADEMIC       X  GENERAL TRAINING", "ACADEMIC X      GENERAL TRAINING [ ]"
    )
    assert read(ticked_after)["test"] == "ielts_academic"


def test_one_skill_retake_is_flagged_and_keeps_its_module() -> None:
    got = read("IELTS One Skill Retake Test Report Form\n" + TRF_MODULE_FIELD.split("\n", 1)[1])
    assert got["one_skill_retake"] is True
    assert got["test"] == "ielts_general_training"


def test_a_note_mentioning_the_retake_in_a_sentence_is_no_retake() -> None:
    page = (
        TRF_MODULE_FIELD
        + "\nCandidates who wish to improve one score may book a One Skill Retake within 60 days.\n"
    )
    assert "one_skill_retake" not in read(page)


TCF = """Attestation de résultats
TCF Canada - Test de connaissance du français
Nom de famille : VILLANUEVA            Prénom : Rosario
Date de naissance : 03/11/1990
Date de passation : 18/03/2026
Date d'édition : 02/04/2026

Épreuve                          Score
Compréhension de l'oral          509
Compréhension des écrits         529
Expression écrite                16
Expression orale                 10
"""


def test_tcf_canada_french_score_table() -> None:
    got = read(TCF)
    assert got["test"] == "tcf_canada"
    assert str(got["candidate_name"]).casefold() == "rosario villanueva"
    assert (got["listening"], got["reading"], got["writing"], got["speaking"]) == (509, 529, 16, 10)
    assert got["test_date"] == dt.date(2026, 3, 18)
    assert got["result_date"] == dt.date(2026, 4, 2)


def test_plain_tcf_is_not_tcf_canada_and_tef_canada_is_not_tef() -> None:
    assert read(TCF.replace("TCF Canada - ", ""))["test"] == "tcf"
    assert read("Attestation TEF Canada\nCompréhension écrite  478\n")["test"] == "tef_canada"
    assert read("Test d'évaluation de français (TEF)\nCompréhension écrite  478\n")["test"] == "tef"


def test_writing_and_speaking_of_tcf_are_out_of_20() -> None:
    got = read(
        TCF.replace("Expression écrite                16", "Expression écrite                160")
    )
    assert got.get("writing") != 160  # outside TCF writing's 0-20: no value


CELPIP = """CELPIP-General LS Official Score Report
Test Taker         Van Duc Tran
Date of Birth      14 December 1996
Test Date          November 8, 2025
Score Release Date November 14, 2025
Registration Number  CPL-116436

Listening    Speaking
7            7
"""


def test_celpip_ls_dates_and_header_row_scores() -> None:
    got = read(CELPIP)
    assert got["test"] == "celpip_general_ls"
    assert got["test_date"] == dt.date(2025, 11, 8)
    assert got["result_date"] == dt.date(2025, 11, 14)
    assert (got["listening"], got["speaking"]) == (7, 7)


PTE = """Pearson PTE Core Score Report
Test Taker Name:  Adaeze Nwosu
Date of Birth:    21 Aug 1987
Test Date:        27 Jan 2026
Report Issue Date: 30 Jan 2026

Communicative Skills
Listening  71      Reading  79      Writing  77      Speaking  82
Overall Score  77
"""


def test_pte_core_scores_in_range_and_dates() -> None:
    got = read(PTE)
    assert got["test"] == "pte_core"
    assert got["overall"] == 77
    assert (got["listening"], got["reading"], got["writing"], got["speaking"]) == (71, 79, 77, 82)
    assert got["test_date"] == dt.date(2026, 1, 27)
    assert got["result_date"] == dt.date(2026, 1, 30)


def test_one_printed_date_is_never_both_the_test_date_and_the_result_date() -> None:
    # "Results Date" set with a wide gap: "Date" alone heads a cell, as a bare test date would
    got = read("IELTS Test Report Form\nResults    Date\n           20/APR/2026\nListening 6.5\n")
    assert got["result_date"] == dt.date(2026, 4, 20)
    assert "test_date" not in got


def test_another_named_version_of_tcf_or_tef_is_read_with_confidence() -> None:
    # A plain "TCF" may be TCF Canada whose "Canada" was not read: not sure. A version named
    # after the test (tout public, DAP, Québec...) says positively that it is not TCF Canada.
    def test_field(text: str) -> tuple[object, float]:
        f = EXTRACTOR.extract([page_from_text(text)])["test"]
        return f.value, f.confidence

    assert test_field(TCF.replace("TCF Canada - ", "")) == ("tcf", 0.7)
    for version in ("TCF tout public", "TCF-TP", "TCF DAP", "TCF Québec", "TEF Naturalisation"):
        value, confidence = test_field(TCF.replace("TCF Canada", version))
        assert value in ("tcf", "tef") and confidence == 1.0, version
    assert test_field(TCF) == ("tcf_canada", 1.0)


# OCR lost two of the scores in their boxes; a note under the table holds level numbers.
CELPIP_SCORES_LOST = """CELPIP Official Score Report      CELPIP-General Test
Name:  Amara Osei

Listening      Reading      Writing      Speaking
               8            9

Level descriptors: 12 Advanced proficiency in workplace contexts ... 4 Adequate proficiency
"""


def test_a_sentence_under_a_score_table_gives_no_score() -> None:
    got = read(CELPIP_SCORES_LOST)
    assert (got["reading"], got["writing"]) == (8, 9)
    assert "listening" not in got and "speaking" not in got


def test_a_label_announcing_the_surname_first_reads_the_name_back() -> None:
    head = "TCF Canada — Attestation de résultats\n"
    assert read(head + "Nom et prénom    DIALLO Mariama Aïssatou\n")["candidate_name"] == (
        "Mariama Aïssatou DIALLO"
    )
    assert read(head + "Nom et prénom    DIALLO MARIAMA\n")["candidate_name"] == "MARIAMA DIALLO"
    # the capitals after the given name: printed in the natural order after all
    assert read(head + "Nom et prénom    Mariama DIALLO\n")["candidate_name"] == "Mariama DIALLO"


def test_a_title_naming_the_module_outranks_a_sentence_naming_the_other() -> None:
    text = (
        "IELTS Test Report Form GENERAL TRAINING\n"
        "Listening   8.0     Reading   7.0\n"
        "Administrator Comments: This form reports the General Training module. The Academic\n"
        "module is not reported here.\n"
    )
    text2 = text.replace("module. The Academic\nmodule", "module. The Academic module")
    assert read(text)["test"] == "ielts_general_training"
    assert read(text2)["test"] == "ielts_general_training"
