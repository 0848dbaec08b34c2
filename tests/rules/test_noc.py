"""The NOC rules in detail: what LETTER-NOC-001/002 and CEC-NOC-002 say, and the data behind."""

from __future__ import annotations

from dataclasses import replace

from auditor.case.duty_words import stem, terms
from auditor.case.noc2021 import codes_for_title, nominal_code, unit_group, unit_groups
from auditor.case.noc_match import contest, copied_passages, rank, rivals
from auditor.models import Finding
from tests.rules.builders import (
    LETTER_TEXT,
    change,
    good_documents,
    intake,
    letter,
    page,
    run,
    swap_in,
)
from tests.rules.noc_cases import COOK, COPIED, FRENCH, NOC_CASES, OWN_WORDS, with_letter


def findings(case: object, rule: str) -> list[Finding]:
    documents, intake = case()  # type: ignore[operator]
    return [f for f in run(documents, intake).findings if f.rule == rule]


def one(case: object, rule: str) -> Finding:
    found = findings(case, rule)
    assert len(found) == 1, found
    return found[0]


def test_noc_data_is_complete_and_loaded_once() -> None:
    groups = unit_groups()
    assert len(groups) == 516
    assert unit_groups() is groups
    software = unit_group("21232")
    assert software is not None and software.teer == 1
    assert software.title_en == "Software developers and programmers"
    assert all(g.lead_statement and g.main_duties and g.example_titles_fr for g in groups.values())
    assert unit_group("21299") is None


def test_wrong_occupation_names_the_codes_that_fit() -> None:
    f = one(with_letter(duties=COOK), "LETTER-NOC-001")
    assert f.status == "failed" and f.severity == "warning"
    assert f.details is not None
    assert f.details["position"] == 0 and f.details["noc_code"] == "21223"
    best = f.details["best_codes"]
    assert isinstance(best, list) and "21223" not in best and {"62200", "63200"} & set(best)
    assert f.details["matched_duties"] == []
    assert "Collect and document user requirements" in f.details["missed_duties"]  # type: ignore[operator]
    assert "do not match NOC 21223 Database analysts" in f.message and "62200" in f.message


def test_right_occupation_passes_with_the_duties_it_covers() -> None:
    f = one(with_letter(duties=OWN_WORDS), "LETTER-NOC-001")
    assert f.status == "passed"
    assert f.details is not None and f.details["best_codes"][0] == "21223"  # type: ignore[index]
    assert "Write scripts related to stored procedures and triggers" in f.details["matched_duties"]  # type: ignore[operator]
    covered = {c["main_duty"]: c["letter_duty"] for c in f.details["covered_by"]}  # type: ignore[attr-defined, union-attr]
    assert covered["Write scripts related to stored procedures and triggers"] == OWN_WORDS[2]


def test_french_duties_are_unknown_and_say_why() -> None:
    for rule in ("LETTER-NOC-001", "LETTER-NOC-002"):
        f = one(NOC_CASES[rule]["unknown"], rule)
        assert f.status == "unknown" and f.severity == "info"
        assert "French" in f.message and "no French duty text" in f.message


def test_too_few_duties_and_no_code_are_unknown() -> None:
    assert one(with_letter(duties=("Build reports",)), "LETTER-NOC-001").status == "unknown"
    f = one(with_letter(noc_code="21299", duties=OWN_WORDS), "LETTER-NOC-001")
    assert f.status == "unknown" and "not a NOC 2021 code" in f.message


def test_copied_duties_list_the_passages() -> None:
    f = one(with_letter(duties=COPIED), "LETTER-NOC-002")
    assert f.status == "failed"
    passages = f.details["copied_passages"]  # type: ignore[index]
    assert [p["text"] for p in passages] == list(COPIED)  # type: ignore[index]
    assert {p["noc_code"] for p in passages} == {"21223"}  # type: ignore[index]
    # LETTER-NOC-001 still judges the copied duties as the right occupation.
    assert one(with_letter(duties=COPIED), "LETTER-NOC-001").status == "passed"


def test_lazy_copies_are_found_and_own_words_are_not() -> None:
    lazy = ["Responsible for design and develop database architecture for information projects"]
    found = copied_passages(lazy, 7, 4)
    assert [p.text for p in found] == ["design and develop database architecture for information"]
    written = "Write, modify, integrate and test software code for web apps"
    (comma,) = copied_passages([written], 7, 4)
    assert comma.text == "Write, modify, integrate and test software code for"  # the letter's own
    assert comma.code == "21232" and comma.source.startswith("Write, modify, integrate and test")
    assert copied_passages(["Design and develop database architecture for web"], 7, 4) == []
    assert copied_passages(list(OWN_WORDS), 7, 4) == []
    assert copied_passages(list(COOK), 7, 4) == []
    # A short whole duty (4 words or more) is a copy; a 3-word run is not.
    assert [p.code for p in copied_passages(["Collect and document user requirements"], 7, 4)]
    assert copied_passages(["Collect and document"], 7, 4) == []


def test_nonexistent_code_and_title_of_another_code() -> None:
    f = one(with_letter(noc_code="21299", duties=OWN_WORDS), "CEC-NOC-002")
    assert f.status == "failed" and "NOC 21299" in f.message and "does not exist" in f.message
    f = one(with_letter(job_title="Software Engineer", duties=OWN_WORDS), "CEC-NOC-002")
    assert f.status == "failed"
    assert "21231 Software engineers and designers" in f.message
    assert f.details is not None and f.details["title_codes"] == ["21231"]
    f = one(with_letter(job_title="Database Administrator", duties=OWN_WORDS), "CEC-NOC-002")
    assert f.status == "passed" and "fits the job title" in f.message


def test_no_code_and_obsolete_code_are_left_to_other_rules() -> None:
    documents, case = with_letter(noc_code="6311")()
    evaluation = run(documents, replace(case, work=()))
    assert not [f for f in evaluation.findings if f.rule == "CEC-NOC-002"]


def test_titles_in_french_and_english_with_gender_forms() -> None:
    assert codes_for_title("Adjointe administrative") == codes_for_title("Administrative assistant")
    assert "13110" in codes_for_title("Adjointe administrative")
    assert codes_for_title("Infirmière clinicienne") == ("31301",)
    assert codes_for_title("Senior Software Developer") == ("21232",)
    assert codes_for_title("Chief Galactic Officer") == ()
    assert nominal_code("NOC 21232") == "21232" and nominal_code("21232 or 21231") is None


def test_ranking_and_words() -> None:
    assert rank(list(COOK))[0].code in {"62200", "63200", "65201"}
    assert rank(list(OWN_WORDS))[0].code == "21223"
    assert stem("analyzing") == stem("analyses") == stem("analysed") == stem("analysis")
    assert stem("supervised") == stem("supervisor") == stem("supervision")
    assert terms("The duties include the planning of menus") == ["plan", "menu"]
    assert rank([]) and rank([])[0].score == 0
    assert FRENCH  # the French duties stay unread: no French NOC duty text to rank against


def test_french_title_is_compared_with_french_example_titles() -> None:
    french = NOC_CASES["LETTER-NOC-001"]["unknown"]  # a French letter claiming 21223
    f = one(french, "CEC-NOC-002")
    assert f.status == "passed" and "fits the job title" in f.message  # Analyste de base de données
    documents, case = french()
    moved = [
        change(d, job_title="Développeuse de logiciels") if d.kind == "employment_letter" else d
        for d in documents
    ]
    (f,) = [x for x in run(moved, case).findings if x.rule == "CEC-NOC-002"]
    assert f.status == "failed" and "21232 Software developers and programmers" in f.message


def test_values_read_with_low_confidence_make_a_failure_unknown() -> None:
    scanned = replace(
        letter(duties=COOK),
        pages=(page(LETTER_TEXT, source="ocr", ocr_confidence=0.3),),
    )
    documents = swap_in(good_documents(), scanned)
    (f,) = [x for x in run(documents, intake()).findings if x.rule == "LETTER-NOC-001"]
    assert f.status == "unknown" and f.severity == "warning"
    assert "not fully legible; check by hand: the duties do not match" in f.message
    weak = change(letter(noc_code="21299", duties=OWN_WORDS))
    weak = replace(
        weak, fields={**weak.fields, "noc_code": replace(weak.fields["noc_code"], confidence=0.4)}
    )
    (f,) = [
        x
        for x in run(swap_in(good_documents(), weak), intake()).findings
        if x.rule == "CEC-NOC-002"
    ]
    assert f.status == "unknown" and "noc_code were read with low confidence" in f.message


# A retail salesperson's work in an employer's words.
SALES = (
    "Greeted shoppers on the floor and helped them choose running shoes and apparel",
    "Explained the features and warranty of each product and suggested accessories",
    "Rang up sales and returns at the till and processed debit and credit payments",
    "Restocked shelves and set up promotional displays",
)


def test_the_contest_names_the_rival_that_fits_better() -> None:
    # A salesperson's duties claimed as a retail sales supervisor (62010, TEER 2): far down the
    # ranking, and among the code's rivals (the same field at other TEER levels) 64100 wins.
    f = one(with_letter(noc_code="62010", job_title="Sales", duties=SALES), "LETTER-NOC-001")
    assert f.status == "failed", f.message
    assert f.details is not None and f.details["contest_winner"] == "64100"
    assert isinstance(f.details["contest_ratio"], float) and f.details["contest_ratio"] < 0.65
    right = one(with_letter(noc_code="64100", job_title="Sales", duties=SALES), "LETTER-NOC-001")
    assert right.status == "passed" and right.details is not None
    assert right.details["contest_winner"] == "64100" and right.details["contest_ratio"] == 1.0


# Payables, receivables, reconciliations and invoices: an accounting clerk's work (14200,
# TEER 4) more than a bookkeeper's (12200, TEER 2), though 12200 ranks 3rd over all groups.
CLERK = (
    "Record accounts payable and receivable in QuickBooks",
    "Reconcile bank and credit card statements monthly",
    "Prepare HST returns and month-end financial statements",
    "Issue patient and insurer invoices and follow up on overdue accounts",
)


def test_a_close_neighbour_is_caught_by_the_contest_alone() -> None:
    f = one(with_letter(noc_code="12200", job_title="Bookkeeper", duties=CLERK), "LETTER-NOC-001")
    assert f.status == "failed", f.message
    assert f.details is not None
    # The ranking alone passes it: within the top 3, or at least 45% of the best score.
    ratio = f.details["claimed_score_ratio"]
    assert f.details["claimed_rank"] <= 3 or (isinstance(ratio, float) and ratio >= 0.45)
    assert f.details["contest_winner"] == "14200"
    assert "its rival NOC 14200 Accounting and related clerks fits them better" in f.message


def test_rivals_come_from_the_structure_of_noc_2021() -> None:
    found = rivals("62200", rank(SALES), 3)
    assert "62200" in found and "63200" in found  # the same field one TEER level down
    assert all(c[0] == "6" for c in found)  # best matches of another category are no rivals
    assert {c for c in unit_groups() if c[:4] == "6220"} <= set(found)  # the minor group


def test_words_every_rival_uses_weigh_nothing_in_the_contest() -> None:
    # "kitchen" and "cook" are in every kitchen code's text: a letter saying only that is
    # no evidence for one level over another.
    scores = contest(("Worked in the kitchen as a cook",), ("62200", "63200"))
    assert scores == {"62200": 0.0, "63200": 0.0}
    menus = contest(("Planned menus and created new recipes",), ("62200", "63200"))
    assert menus["62200"] > menus["63200"]
