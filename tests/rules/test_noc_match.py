"""The duty matcher's mechanisms: words (irregular forms, abbreviations), the job title against the
example titles, and the contest smoothed by field and TEER level."""

from __future__ import annotations

import math

from auditor.case.duty_words import abbreviations, learn_abbreviations, stem, terms
from auditor.case.noc2021 import unit_group
from auditor.case.noc_match import best_fits, contest, rank, title_fit, title_words
from tests.rules.noc_cases import COOK, with_letter
from tests.rules.test_noc import one


def test_irregular_past_forms_and_oversee_meet_the_noc_wording() -> None:
    assert terms("Oversaw the night shift") == terms("Supervised the night shift")
    assert terms("Oversee budgets") == terms("Supervise budgets")
    assert terms("Wrote and taught the course") == terms("Write and teach the course")
    assert terms("Led the rollout") == terms("Lead the rollout")


def test_abbreviations_are_learned_from_the_text_that_spells_them_out() -> None:
    found = learn_abbreviations(
        [
            "Install local area networks (LANs) and a wide area network (WAN)",
            "Operate machines (CNC) on the floor",  # the initials are not the words before
        ]
    )
    assert found == {"LANs": "local area networks", "WAN": "wide area network"}
    # NOC 2021 spells out its own; a few it does not are common in letters.
    assert abbreviations()["IT"] == "information technology"
    assert abbreviations()["QA"] == "quality assurance"
    assert abbreviations()["HR"] == "human resources"
    assert terms("Ran the IT help desk") == terms("Ran the information technology help desk")
    # Case-sensitive: the pronoun stays a stop word, and a text in capitals is left as it is.
    assert "inform" not in terms("Set it up and tested it")
    assert "inform" not in terms("SET IT UP AND TESTED IT")


def test_the_job_title_is_compared_with_the_example_titles() -> None:
    assert title_fit("Line Cook")["63200"] == 1.0
    fit = title_fit("Sr. HR Manager")  # grade dropped, abbreviation spelled out
    assert fit["10011"] == 1.0
    assert max(v for c, v in fit.items() if c.startswith("0001")) < 1.0  # not 'manager - ...'
    assert title_fit("Executive Chef")["62200"] == 1.0
    assert title_fit("") == {} and title_fit(None) == {}
    assert max(title_fit("Member Services Associate").values()) < 0.6  # no title of NOC's
    cook = unit_group("63200")
    assert cook is not None
    assert {stem("line"), stem("grill"), stem("cook")} <= set(title_words(cook))


def test_the_title_names_the_best_codes_but_the_ranking_reads_only_duties() -> None:
    ranking = rank(COOK)
    assert best_fits(ranking, None, 3) == ranking[:3]
    assert best_fits(ranking, "Chief Galactic Officer", 3)[0].code == ranking[0].code
    assert best_fits(ranking, "Short order cook", 3)[0].code == "63200"
    assert rank(COOK) == ranking


def test_the_title_never_saves_a_claim_the_duties_do_not_support() -> None:
    f = one(
        with_letter(noc_code="21223", job_title="Database Analyst", duties=COOK),
        "LETTER-NOC-001",
    )
    assert f.status == "failed"
    assert f.details is not None and f.details["claimed_rank"] > 3


# A dishwasher's work: every word NOC uses at TEER 5 (kitchen helpers), none a chef's.
DISHWASHER = (
    "Washed dishes, pots and pans by hand and in the dishwasher",
    "Swept and mopped the kitchen floors after each shift",
    "Carried deliveries to the storeroom and walk-in cooler",
    "Took out the garbage and recycling",
)


def test_the_contest_favours_the_level_whose_words_the_duties_use() -> None:
    scores = contest(DISHWASHER, ("62200", "63200", "65201"))
    assert scores["65201"] > scores["63200"] > scores["62200"]
    # Per telling word, a cook's text makes these duties under 62% as likely as a helper's.
    assert math.exp(scores["63200"] - scores["65201"]) < 0.62
    f = one(with_letter(noc_code="63200", job_title="Cook", duties=DISHWASHER), "LETTER-NOC-001")
    assert f.status == "failed" and f.details is not None
    best = f.details["best_codes"]
    assert f.details["contest_winner"] == "65201" and isinstance(best, list) and best[0] == "65201"
