"""Hand-worked CRS profiles: every factor row boundary, transferability tiers, caps.

Points are from DOMAIN.md section 5 (grid in force from 2025-03-25); each case shows its
arithmetic. `age 45` and `less_than_secondary` are used to isolate a factor (both score 0).
"""

from __future__ import annotations

import pytest

from auditor.crs.calculator import calculate
from auditor.crs.profile import parse_profile

AS_OF = "2026-01-15"


def clb(
    listening: int,
    reading: int | None = None,
    writing: int | None = None,
    speaking: int | None = None,
    language: str | None = None,
) -> dict:
    levels = {
        "listening": listening,
        "reading": reading if reading is not None else listening,
        "writing": writing if writing is not None else listening,
        "speaking": speaking if speaking is not None else listening,
    }
    return {"clb": levels} | ({"language": language} if language else {})


def score(**keys):
    return calculate(parse_profile({"as_of": AS_OF} | keys))


SPOUSE_NONE = {"education": "less_than_secondary"}  # an accompanying spouse who adds 0

# (id, profile, (core, spouse, transferability, additional), total)
CASES = [
    # --- age rows, single: secondary 30 + CLB 7 x4 = 17*4 = 68 -> 98 + age points
    (
        "age17-single",
        dict(age=17, education="secondary", first_language=clb(7)),
        (0 + 30 + 68, 0, 0, 0),
        98,
    ),
    (
        "age18-single",
        dict(age=18, education="secondary", first_language=clb(7)),
        (99 + 30 + 68, 0, 0, 0),
        197,
    ),
    (
        "age29-single",
        dict(age=29, education="secondary", first_language=clb(7)),
        (110 + 30 + 68, 0, 0, 0),
        208,
    ),
    (
        "age30-single",
        dict(age=30, education="secondary", first_language=clb(7)),
        (105 + 30 + 68, 0, 0, 0),
        203,
    ),
    (
        "age44-single",
        dict(age=44, education="secondary", first_language=clb(7)),
        (6 + 30 + 68, 0, 0, 0),
        104,
    ),
    (
        "age45-single",
        dict(age=45, education="secondary", first_language=clb(7)),
        (0 + 30 + 68, 0, 0, 0),
        98,
    ),
    # --- age rows, with spouse: secondary 28 + CLB 7 x4 = 16*4 = 64 -> 92 + age points
    (
        "age17-spouse",
        dict(
            age=17, married=True, spouse=SPOUSE_NONE, education="secondary", first_language=clb(7)
        ),
        (0 + 28 + 64, 0, 0, 0),
        92,
    ),
    (
        "age18-spouse",
        dict(
            age=18, married=True, spouse=SPOUSE_NONE, education="secondary", first_language=clb(7)
        ),
        (90 + 28 + 64, 0, 0, 0),
        182,
    ),
    (
        "age29-spouse",
        dict(
            age=29, married=True, spouse=SPOUSE_NONE, education="secondary", first_language=clb(7)
        ),
        (100 + 28 + 64, 0, 0, 0),
        192,
    ),
    (
        "age30-spouse",
        dict(
            age=30, married=True, spouse=SPOUSE_NONE, education="secondary", first_language=clb(7)
        ),
        (95 + 28 + 64, 0, 0, 0),
        187,
    ),
    (
        "age44-spouse",
        dict(
            age=44, married=True, spouse=SPOUSE_NONE, education="secondary", first_language=clb(7)
        ),
        (5 + 28 + 64, 0, 0, 0),
        97,
    ),
    (
        "age45-spouse",
        dict(
            age=45, married=True, spouse=SPOUSE_NONE, education="secondary", first_language=clb(7)
        ),
        (0 + 28 + 64, 0, 0, 0),
        92,
    ),
    # --- transferability, education x language (age 45: 0 points)
    # bachelors 120; CLB 7,7,7,8 = 17+17+17+23 = 74; one credential, all 7+, one under 9 -> 13
    (
        "bachelors-clb7-8",
        dict(age=45, education="bachelors", first_language=clb(7, 7, 7, 8)),
        (120 + 74, 0, 13, 0),
        207,
    ),
    # bachelors 120; CLB 9 x4 = 31*4 = 124; one credential, all 9+ -> 25 (not 50)
    (
        "bachelors-clb9",
        dict(age=45, education="bachelors", first_language=clb(9)),
        (120 + 124, 0, 25, 0),
        269,
    ),
    # masters 135 + 124; two-or-more tier, all 9+ -> 50
    (
        "masters-clb9",
        dict(age=45, education="masters", first_language=clb(9)),
        (135 + 124, 0, 50, 0),
        309,
    ),
    # two_or_more 128; CLB 7 x4 = 68; two-or-more tier, 7+ one under 9 -> 25
    (
        "two-credentials-clb7",
        dict(age=45, education="two_or_more", first_language=clb(7)),
        (128 + 68, 0, 25, 0),
        221,
    ),
    # bachelors 120 + 124 + Canadian 2 years 53 = 297; lang 25 + Canadian work 25 = 50 (at cap)
    (
        "bachelors-clb9-can2",
        dict(age=45, education="bachelors", first_language=clb(9), canadian_work_years=2),
        (297, 0, 50, 0),
        347,
    ),
    # phd 150 + CLB 10 34*4=136 + Canadian 3 years 64 = 350; 50 + 50 = 100 -> bundle cap 50
    (
        "phd-clb10-can3",
        dict(age=45, education="phd", first_language=clb(10), canadian_work_years=3),
        (350, 0, 50, 0),
        400,
    ),
    # secondary 30 + 124 + 53 = 207; no post-secondary credential -> 0 transferability
    (
        "secondary-no-transfer",
        dict(age=45, education="secondary", first_language=clb(9), canadian_work_years=2),
        (207, 0, 0, 0),
        207,
    ),
    # bachelors 120; CLB 9,9,9,6 = 31*3+9 = 102; Canadian 1 year 40 -> 262;
    # language tier fails (one ability under 7) -> 0; Canadian 1 year -> 13
    (
        "bachelors-clb6-can1",
        dict(age=45, education="bachelors", first_language=clb(9, 9, 9, 6), canadian_work_years=1),
        (262, 0, 13, 0),
        275,
    ),
    # 1.99 years of Canadian work is 1 completed year: 40 core, 13 transferability
    (
        "bachelors-can1.99",
        dict(age=45, education="bachelors", first_language=clb(6), canadian_work_years=1.99),
        (120 + 36 + 40, 0, 13, 0),
        209,
    ),
    # --- foreign work
    # CLB 9 x4 124; foreign 2 years (1-2 tier), all 9+ -> 25; no Canadian work -> 0
    (
        "foreign2-clb9",
        dict(age=45, education="less_than_secondary", first_language=clb(9), foreign_work_years=2),
        (124, 0, 25, 0),
        149,
    ),
    # CLB 7 x4 68 + Canadian 1 year 40 = 108; foreign 3 (3+ tier): lang 25 + Canadian 25 = 50
    (
        "foreign3-clb7-can1",
        dict(
            age=45,
            education="less_than_secondary",
            first_language=clb(7),
            foreign_work_years=3,
            canadian_work_years=1,
        ),
        (108, 0, 50, 0),
        158,
    ),
    # 124 + Canadian 2 years 53 = 177; foreign 3: 50 + 50 = 100 -> bundle cap 50
    (
        "foreign3-clb9-can2",
        dict(
            age=45,
            education="less_than_secondary",
            first_language=clb(9),
            foreign_work_years=3,
            canadian_work_years=2,
        ),
        (177, 0, 50, 0),
        227,
    ),
    # --- certificate of qualification x language
    # CLB 5,5,6,6 = 6+6+9+9 = 30; all 5+, one under 7 -> 25
    (
        "certificate-clb5",
        dict(
            age=45,
            education="less_than_secondary",
            first_language=clb(5, 5, 6, 6),
            certificate_of_qualification=True,
        ),
        (30, 0, 25, 0),
        55,
    ),
    # CLB 7 x4 68; all 7+ -> 50
    (
        "certificate-clb7",
        dict(
            age=45,
            education="less_than_secondary",
            first_language=clb(7),
            certificate_of_qualification=True,
        ),
        (68, 0, 50, 0),
        118,
    ),
    # CLB 4,7,7,7 = 6+17*3 = 57; one ability under 5 -> 0
    (
        "certificate-clb4",
        dict(
            age=45,
            education="less_than_secondary",
            first_language=clb(4, 7, 7, 7),
            certificate_of_qualification=True,
        ),
        (57, 0, 0, 0),
        57,
    ),
    # --- transferability total cap 100
    # phd 150 + 136 + Canadian 2 years 53 = 339; education bundle 50+50 -> 50, foreign 3 years
    # 50+50 -> 50, certificate 50: 150 -> capped at 100
    (
        "transfer-cap-100",
        dict(
            age=45,
            education="phd",
            first_language=clb(10),
            canadian_work_years=2,
            foreign_work_years=3,
            certificate_of_qualification=True,
        ),
        (339, 0, 100, 0),
        439,
    ),
    # --- spouse
    # with spouse: age 29 100 + bachelors 112 + CLB 9 29*4=116 + Canadian 2 years 46 = 374;
    # spouse bachelors 8 + CLB 7 3*4=12 + Canadian 1 year 5 = 25; transferability 25 + 25 = 50
    (
        "spouse-accompanying",
        dict(
            age=29,
            married=True,
            education="bachelors",
            first_language=clb(9),
            canadian_work_years=2,
            spouse={"education": "bachelors", "first_language": clb(7), "canadian_work_years": 1},
        ),
        (374, 25, 50, 0),
        449,
    ),
    # the same spouse as a Canadian citizen counts as single:
    # 110 + 120 + 31*4=124 + 53 = 407; spouse factors 0; transferability 50
    (
        "spouse-canadian",
        dict(
            age=29,
            married=True,
            spouse_canadian=True,
            education="bachelors",
            first_language=clb(9),
            canadian_work_years=2,
            spouse={"education": "bachelors", "first_language": clb(7), "canadian_work_years": 1},
        ),
        (407, 0, 50, 0),
        457,
    ),
    # a spouse who is not coming also counts as single: 407 + 50
    (
        "spouse-not-accompanying",
        dict(
            age=29,
            married=True,
            spouse_accompanying=False,
            education="bachelors",
            first_language=clb(9),
            canadian_work_years=2,
        ),
        (407, 0, 50, 0),
        457,
    ),
    # --- maxima: core+spouse 500 both ways, transferability 100, additional 600, total 1200
    # single: 110 + 150 + 34*4=136 + second CLB 9 6*4=24 + Canadian 5 years 80 = 500;
    # additional: PNP 600 + sibling 15 + French 50 + Canadian 3-year credential 30 = 695 -> 600
    (
        "max-single",
        dict(
            age=25,
            education="phd",
            first_language=clb(10, language="english"),
            second_language=clb(9, language="french"),
            canadian_work_years=5,
            foreign_work_years=3,
            certificate_of_qualification=True,
            provincial_nomination=True,
            sibling_in_canada=True,
            canadian_education="three_year_or_more",
        ),
        (500, 0, 100, 600),
        1200,
    ),
    # with spouse: 100 + 140 + 32*4=128 + second 24 capped at 22 + 70 = 460;
    # spouse phd 10 + CLB 10 5*4=20 + 5 years 10 = 40; 460 + 40 = 500
    (
        "max-spouse",
        dict(
            age=25,
            married=True,
            education="phd",
            first_language=clb(10, language="english"),
            second_language=clb(9, language="french"),
            canadian_work_years=5,
            foreign_work_years=3,
            certificate_of_qualification=True,
            provincial_nomination=True,
            sibling_in_canada=True,
            canadian_education="three_year_or_more",
            spouse={"education": "phd", "first_language": clb(10), "canadian_work_years": 5},
        ),
        (460, 40, 100, 600),
        1200,
    ),
]


@pytest.mark.parametrize(
    ("profile", "breakdown", "total"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_hand_worked_profile(profile, breakdown, total):
    result = score(**profile)
    assert (result.core, result.spouse, result.transferability, result.additional) == breakdown
    assert result.total == total


def test_at_least_thirty_hand_worked_profiles():
    assert len(CASES) >= 30


# --- first official language, each CLB step (age 45, less than secondary: only language counts)
# single per ability: 3:0 4:6 5:6 6:9 7:17 8:23 9:31 10:34 (12 = CELPIP 12 counts as 10+)
# with spouse:        3:0 4:6 5:6 6:8 7:16 8:22 9:29 10:32
FIRST_LANGUAGE = [
    (3, 0, 0),
    (4, 6, 6),
    (5, 6, 6),
    (6, 9, 8),
    (7, 17, 16),
    (8, 23, 22),
    (9, 31, 29),
    (10, 34, 32),
    (12, 34, 32),
]


@pytest.mark.parametrize(("level", "single", "with_spouse"), FIRST_LANGUAGE)
def test_first_language_each_clb_step(level, single, with_spouse):
    base = dict(age=45, education="less_than_secondary", first_language=clb(level))
    assert score(**base).points("first_language") == 4 * single
    married = score(**base, married=True, spouse=SPOUSE_NONE)
    assert married.points("first_language") == 4 * with_spouse


# second official language per ability: 4:0 5:1 6:1 7:3 8:3 9:6 10:6
@pytest.mark.parametrize(
    ("level", "per_ability"), [(4, 0), (5, 1), (6, 1), (7, 3), (8, 3), (9, 6), (10, 6)]
)
def test_second_language_each_clb_step(level, per_ability):
    result = score(
        age=45,
        education="less_than_secondary",
        first_language=clb(7, language="english"),
        second_language=clb(level, language="french"),
    )
    assert result.points("second_language") == 4 * per_ability


def test_second_language_capped_at_22_with_spouse_only():
    # 6 x 4 = 24: single keeps 24, with spouse the cap is 22
    base = dict(
        age=45, education="less_than_secondary", first_language=clb(7), second_language=clb(9)
    )
    assert score(**base).points("second_language") == 24
    married = score(**base, married=True, spouse=SPOUSE_NONE)
    assert married.points("second_language") == 22
    assert any("second official language 24 capped at 22" in c for c in married.caps)


# education rows (with spouse / single), and the spouse's education points
EDUCATION = [
    ("less_than_secondary", 0, 0, 0),
    ("secondary", 28, 30, 2),
    ("one_year", 84, 90, 6),
    ("two_year", 91, 98, 7),
    ("bachelors", 112, 120, 8),
    ("two_or_more", 119, 128, 9),
    ("masters", 126, 135, 10),
    ("phd", 140, 150, 10),
]


@pytest.mark.parametrize(("education", "with_spouse", "single", "as_spouse"), EDUCATION)
def test_education_rows(education, with_spouse, single, as_spouse):
    base = dict(age=45, education=education, first_language=clb(3))
    assert score(**base).points("education") == single
    married = score(**base, married=True, spouse={"education": education})
    assert married.points("education") == with_spouse
    assert married.points("spouse_education") == as_spouse


# Canadian work years: 0:0, 1: 35/40, 2: 46/53, 3: 56/64, 4: 63/72, 5+: 70/80; spouse 5/7/8/9/10
CANADIAN_WORK = [
    (0, 0, 0, 0),
    (0.99, 0, 0, 0),
    (1, 35, 40, 5),
    (2, 46, 53, 7),
    (3, 56, 64, 8),
    (4, 63, 72, 9),
    (5, 70, 80, 10),
    (10, 70, 80, 10),
]


@pytest.mark.parametrize(("years", "with_spouse", "single", "as_spouse"), CANADIAN_WORK)
def test_canadian_work_rows(years, with_spouse, single, as_spouse):
    base = dict(
        age=45, education="less_than_secondary", first_language=clb(3), canadian_work_years=years
    )
    assert score(**base).points("canadian_work") == single
    married = score(**base, married=True, spouse={"canadian_work_years": years})
    assert married.points("canadian_work") == with_spouse
    assert married.points("spouse_canadian_work") == as_spouse


# spouse first language per ability: 4:0 5:1 6:1 7:3 8:3 9:5 10:5
@pytest.mark.parametrize(
    ("level", "per_ability"), [(4, 0), (5, 1), (6, 1), (7, 3), (8, 3), (9, 5), (10, 5)]
)
def test_spouse_language_each_clb_step(level, per_ability):
    result = score(
        age=45,
        education="less_than_secondary",
        first_language=clb(3),
        married=True,
        spouse={"first_language": clb(level)},
    )
    assert result.points("spouse_language") == 4 * per_ability
    assert result.spouse == 4 * per_ability


def test_bachelors_is_one_credential_not_the_top_tier():
    # a single bachelor's degree earns 13/25, never 25/50, on both education pairs
    result = score(age=45, education="bachelors", first_language=clb(9), canadian_work_years=2)
    assert result.points("education_language") == 25
    assert result.points("education_canadian_work") == 25
    lower = score(age=45, education="bachelors", first_language=clb(8), canadian_work_years=1)
    assert lower.points("education_language") == 13
    assert lower.points("education_canadian_work") == 13


# --- additional points
def test_sibling_earns_15():
    # age 45, no education, CLB 3: core 0; sibling 15
    result = score(
        age=45, education="less_than_secondary", first_language=clb(3), sibling_in_canada=True
    )
    assert (result.core, result.additional, result.total) == (0, 15, 15)


@pytest.mark.parametrize(
    ("french", "english", "points"),
    [
        (clb(7), None, 25),  # NCLC 7+ all four, no English result -> 25
        (clb(7), clb(5), 50),  # English CLB 5+ all four -> 50
        (clb(7), clb(4, 5, 5, 5), 25),  # English one ability at 4 -> 25
        (clb(6, 7, 7, 7), clb(9), 0),  # French one ability under 7 -> 0
    ],
)
def test_french_points(french, english, points):
    first = french | {"language": "french"}
    keys = dict(age=45, education="less_than_secondary", first_language=first)
    if english is not None:
        keys["second_language"] = english | {"language": "english"}
    assert score(**keys).points("french") == points


def test_french_not_assessed_without_language_names_it_in_notes():
    result = score(
        age=45, education="less_than_secondary", first_language=clb(9), second_language=clb(9)
    )
    assert result.points("french") == 0
    assert any("French points not assessed" in n for n in result.notes)


@pytest.mark.parametrize(
    ("level", "points"), [("none", 0), ("one_or_two_year", 15), ("three_year_or_more", 30)]
)
def test_canadian_education(level, points):
    result = score(
        age=45, education="less_than_secondary", first_language=clb(3), canadian_education=level
    )
    assert result.additional == points


def test_additional_capped_at_600_and_job_offer_is_zero():
    # 600 + 15 = 615 -> 600
    result = score(
        age=45,
        education="less_than_secondary",
        first_language=clb(3),
        provincial_nomination=True,
        sibling_in_canada=True,
    )
    assert result.additional == 600
    assert result.points("job_offer") == 0
    assert "additional points 615 capped at 600" in result.caps
