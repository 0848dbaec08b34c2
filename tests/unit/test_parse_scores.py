"""Score grammars per test and repairs of OCR-damaged scores: repair or refuse, never invent."""

import pytest

from extractors.parse.scores import grammar, repair_score

IELTS = grammar("ielts", "listening")
PTE = grammar("pte", "overall")
CELPIP = grammar("celpip", "reading")
TCF_WRITING = grammar("tcf", "writing")


@pytest.mark.parametrize(
    ("token", "g", "value"),
    [
        ("75", IELTS, 7.5),  # the point of a boxed 7.5 lost
        ("165", IELTS, 6.5),  # a box edge read as 1, and the point lost
        ("16.5", IELTS, 6.5),
        ("|8.0", IELTS, 8.0),
        ("701", PTE, 70.0),  # a right box edge read as 1
        ("l64", PTE, 64.0),
        ("19", CELPIP, 9.0),
        ("7.0", IELTS, 7.0),  # already in the grammar
    ],
)
def test_damaged_scores_with_one_reading_are_repaired(token: str, g, value: float) -> None:
    assert repair_score(token, g) == value


@pytest.mark.parametrize(
    ("token", "g"),
    [
        ("10", IELTS),  # 1.0 or 0 (edge + 0): two readings, no score
        ("111", CELPIP),  # 11 or 1
        ("7.3", IELTS),  # no half band
        ("95", PTE),  # out of range, nothing to undo
        ("25", TCF_WRITING),  # out of range, nothing to undo
        ("A5", IELTS),
    ],
)
def test_damaged_scores_without_a_single_reading_are_refused(token: str, g) -> None:
    assert repair_score(token, g) is None
