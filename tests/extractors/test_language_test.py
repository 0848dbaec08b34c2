"""Language test extractor: IELTS (ticked module, score table), CELPIP (columns), TEF, PTE."""

import datetime as dt

from extractors.language_result import EXTRACTOR
from tests.extractors.pagebuilder import page_from_text

IELTS = """IELTS                                          Test Report Form
ACADEMIC                   GENERAL TRAINING            X
Centre Number    Date            Candidate Number
CA512            27/09/2025      004512
Family Name      RIVERA
First Name(s)    TOMÁS
Date of Birth    23/08/1997
Listening    Reading    Writing    Speaking    Overall Band Score
6.5          6.0        6.0        6.5         6.5
Date             Test Report Form Number
14/10/2025       25CA004512RIVT001G
"""

CELPIP = """CELPIP Official Score Report
CELPIP-General Test
Test Taker: Priya Raman            Registration Number: CA-2025-778812
Test Date: June 14, 2025
Score Release Date: June 20, 2025
Listening 9 Effective
Reading 8 Good
Writing 8 Good
Speaking 9 Effective
"""

TEF = """ATTESTATION DE RÉSULTATS - TEF CANADA
Nom : TREMBLAY                        Prénom : Marie-Ève
Date de naissance : 04/07/1991
Date de l'examen : 15 janvier 2025
Numéro d'attestation : 0123-4567-89

Épreuve                      Score      CECR     NCLC
Compréhension écrite (CE)    478 / 699   B2       8
Compréhension orale (CO)     520 / 699   C1       9
Expression écrite (EE)       450 / 699   B2       7
Expression orale (EO)        500 / 699   B2       8
Date d'édition : 30 janvier 2025
"""

PTE = """Pearson PTE Academic Score Report
Candidate Name: Ana Souza
Test Date: 2025-08-02
Overall Score: 70
Listening 72   Reading 68   Writing 71   Speaking 69
Score Report Code: PTE-RG-558120947
"""


def values(text: str) -> dict:
    return {k: f.value for k, f in EXTRACTOR.extract([page_from_text(text)]).items()}


def test_ielts_form_with_ticked_module() -> None:
    v = values(IELTS)
    assert v["test"] == "ielts_general_training"
    assert v["candidate_name"] == "TOMÁS RIVERA"
    assert v["date_of_birth"] == dt.date(1997, 8, 23)
    assert (v["test_date"], v["result_date"]) == (dt.date(2025, 9, 27), dt.date(2025, 10, 14))
    assert [v[a] for a in ("listening", "reading", "writing", "speaking", "overall")] == [
        6.5,
        6.0,
        6.0,
        6.5,
        6.5,
    ]
    assert v["report_number"] == "25CA004512RIVT001G"


def test_ielts_academic_tick() -> None:
    v = values(
        IELTS.replace(
            "ACADEMIC                   GENERAL", "ACADEMIC    X              GENERAL"
        ).replace("TRAINING            X", "TRAINING")
    )
    assert v["test"] == "ielts_academic"


def test_celpip_rows() -> None:
    v = values(CELPIP)
    assert v["test"] == "celpip_general"
    assert [v[a] for a in ("listening", "reading", "writing", "speaking")] == [9, 8, 8, 9]
    assert (v["test_date"], v["result_date"]) == (dt.date(2025, 6, 14), dt.date(2025, 6, 20))
    assert v["report_number"] == "CA-2025-778812"
    assert v["candidate_name"] == "Priya Raman"


def test_celpip_ls_is_told_apart() -> None:
    assert values(CELPIP.replace("CELPIP-General Test", "CELPIP-General LS Test"))["test"] == (
        "celpip_general_ls"
    )


def test_tef_canada_french_abilities_not_nclc() -> None:
    v = values(TEF)
    assert v["test"] == "tef_canada"
    assert [v[a] for a in ("listening", "reading", "writing", "speaking")] == [520, 478, 450, 500]
    assert v["candidate_name"] == "Marie-Ève TREMBLAY"
    assert (v["test_date"], v["result_date"]) == (dt.date(2025, 1, 15), dt.date(2025, 1, 30))
    assert v["report_number"] == "0123-4567-89"


def test_pte_academic_in_one_row() -> None:
    v = values(PTE)
    assert v["test"] == "pte_academic"
    assert [v[a] for a in ("listening", "reading", "writing", "speaking", "overall")] == [
        72,
        68,
        71,
        69,
        70,
    ]
    assert v["report_number"] == "PTE-RG-558120947"
    assert values(PTE.replace("PTE Academic", "PTE Core"))["test"] == "pte_core"


def test_french_ability_labels_in_their_other_forms_and_session_dates() -> None:
    text = """TEF Canada - relevé de résultats
Prénom(s) :  Jean-Marc
Nom de famille :  LEBLANC
Date des épreuves :  05/09/2025
Numéro d'identification :  TEFC-88-20931

Production orale               410 / 699    NCLC 7
Compréhension de l'écrit       433 / 699    NCLC 8
Production écrite              402 / 699    NCLC 7
Compréhension de l'oral        390 / 699    NCLC 7"""
    v = values(text)
    assert v["test"] == "tef_canada"
    assert (v["listening"], v["reading"], v["writing"], v["speaking"]) == (390, 433, 402, 410)
    assert v["test_date"] == dt.date(2025, 9, 5)
    assert v["candidate_name"] == "Jean-Marc LEBLANC"
    assert v["report_number"] == "TEFC-88-20931"


def test_a_form_printing_both_modules_without_a_readable_tick_gives_no_module() -> None:
    text = """IELTS                               Test Report Form
GENERAL TRAINING      ~       ACADEMIC
Listening   Reading   Writing   Speaking   Overall
6.5         7.0       6.0       6.5        6.5"""
    v = values(text)
    assert "test" not in v  # never a confident guess between the two
    assert v["reading"] == 7.0  # the bands are still read as IELTS bands
    # A report naming one module is read as before.
    assert values(text.replace("      ~       ACADEMIC", ""))["test"] == "ielts_general_training"


# A PTE report read by OCR from a photo: score boxes whose edges stick to the numbers.
PTE_BOXED = """PTE Core Score Report
Test Taker: Oksana Melnyk
Test Date: 12 May 2026
Overall   Listening   Reading   Speaking   Writing
|701      64          l59       71         68
"""

# An IELTS form whose band cells lost their decimal points, one of them ambiguous ("10").
IELTS_POINTS_LOST = """IELTS Test Report Form    GENERAL TRAINING
Listening   Reading   Writing   Speaking   Overall
85          10        6.5       70         7.5
"""


def test_boxed_scores_are_repaired_by_the_test_grammar_with_less_confidence() -> None:
    fields = EXTRACTOR.extract([page_from_text(PTE_BOXED, source="ocr")])
    assert fields["overall"].value == 70 and fields["overall"].confidence <= 0.6
    assert fields["reading"].value == 59 and fields["reading"].confidence <= 0.6
    assert fields["listening"].value == 64 and fields["listening"].confidence >= 0.8


def test_band_cells_without_points_are_repaired_or_refused() -> None:
    fields = EXTRACTOR.extract([page_from_text(IELTS_POINTS_LOST, source="ocr")])
    assert fields["listening"].value == 8.5 and fields["listening"].confidence <= 0.6
    assert fields["speaking"].value == 7.0
    assert "reading" not in fields  # "10": 1.0 or 0, no guess
    assert fields["writing"].value == 6.5 and fields["writing"].confidence > 0.9


def test_the_report_number_is_preferred_to_the_test_takers_number() -> None:
    text = """Score Report  PTE Academic
Registration ID          Test Taker Number
PTE-RG-102938475         PTE667100234
Listening 60   Reading 61   Speaking 62   Writing 63
"""
    assert EXTRACTOR.extract([page_from_text(text)])["report_number"].value == "PTE-RG-102938475"
    alone = "PTE Core Score Report\nTest Taker ID: PTE667100234\nListening 60\n"
    assert EXTRACTOR.extract([page_from_text(alone)])["report_number"].value == "PTE667100234"


def test_an_ielts_form_without_its_trf_number_has_no_report_number() -> None:
    text = """IELTS  Test Report Form          GENERAL TRAINING
Candidate Number: 004512     Candidate ID: P7741203
Family Name: SOUZA           First Name(s): ANA
Listening 7.5   Reading 7.0   Writing 6.5   Speaking 7.0   Overall Band Score 7.0
"""
    fields = EXTRACTOR.extract([page_from_text(text)])
    assert fields["overall"].value == 7.0
    assert "report_number" not in fields  # the candidate number is the person's, not the TRF
    with_trf = text + "Test Report Form Number: 26CA012345JOHS001A\n"
    assert EXTRACTOR.extract([page_from_text(with_trf)])["report_number"].value == (
        "26CA012345JOHS001A"
    )
    unlabelled = text + "Results verified online     26CA012345JOHS001A\n"
    f = EXTRACTOR.extract([page_from_text(unlabelled)])["report_number"]
    assert f.value == "26CA012345JOHS001A" and f.confidence < 1.0


def test_a_report_number_typed_before_the_test_takers_number_on_one_line() -> None:
    text = """PTE Core  Score Report
Registration ID: 428613578 Test Taker ID: PTE417730021
Overall Score: 64
Listening 60   Reading 61   Speaking 62   Writing 63
"""
    assert EXTRACTOR.extract([page_from_text(text)])["report_number"].value == "428613578"
    code = "PTE Core Score Report\nScore Report Code: 6NK2YQ8DVN Test Taker ID: PTE417730021\n"
    assert EXTRACTOR.extract([page_from_text(code)])["report_number"].value == "6NK2YQ8DVN"
    # The next line's text is no number: "Listening 60" below a label whose value is missing.
    bare = "PTE Core Score Report\nScore Report Code:\nListening 60   Reading 61\n"
    assert "report_number" not in EXTRACTOR.extract([page_from_text(bare)])


def test_an_overall_score_printed_larger_beside_its_label() -> None:
    from dataclasses import replace

    page = page_from_text("PTE Core Score Report\nOverall Score        70\nListening 72\n")
    lines = list(page.lines)
    label, big = lines[1].words[:2], lines[1].words[2]
    x0, top, x1, bottom = big.bbox
    big = replace(big, bbox=(x0, top - 4, x1 + 10, bottom + 22))  # a 28-point box, off-centre
    lines[1] = replace(lines[1], words=(*label, big))
    fields = EXTRACTOR.extract([replace(page, lines=tuple(lines))])
    assert fields["overall"].value == 70 and fields["listening"].value == 72
