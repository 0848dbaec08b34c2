"""CRS from evidence: documents win for age, language and Canadian work; XDOC-CLAIM-001 findings."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.case.hours import compute_hours
from auditor.case.intake import Intake
from auditor.case.work import assemble
from auditor.crs.evidence import age_on, crs_from_evidence
from auditor.crs.profile import ProfileError
from auditor.models import Finding
from auditor.rules.catalogue import RULES
from auditor.rules.checklist import load_checklists
from auditor.rules.context import Context

AS_OF = dt.date(2026, 1, 15)
CLB_9_8 = {"listening": 9, "reading": 8, "writing": 8, "speaking": 9}


def claim_findings(evidence, documents=None):
    """What XDOC-CLAIM-001, the one producer of claim findings, reports of the CRS evidence."""
    case = Intake()
    sources = {key: tuple(paths) for key, paths in (documents or {}).items()}
    ctx = Context(
        (), case, AS_OF, load_checklists(), assemble((), case, AS_OF),
        compute_hours([], [], AS_OF), None, evidence, sources,
    )  # fmt: skip
    return RULES["XDOC-CLAIM-001"](ctx)


def evidence(declared=None, **overrides):
    keys = dict(
        as_of=AS_OF,
        date_of_birth=dt.date(1996, 6, 1),
        first_language_clb=CLB_9_8,
        second_language_clb=None,
        canadian_hours=3200.0,
        declared=declared,
        first_language_test="celpip_general",
    )
    return crs_from_evidence(**(keys | overrides))


@pytest.mark.parametrize(
    ("birth", "age"),
    [
        (dt.date(1996, 1, 15), 30),  # birthday on the as-of date: 30 that day
        (dt.date(1996, 1, 16), 29),  # birthday the day after: still 29
        (dt.date(1996, 2, 29), 29),  # leap-day birth
    ],
)
def test_age_on(birth, age):
    assert age_on(birth, AS_OF) == age


def test_score_from_evidence_and_declared_education():
    # age 29 (born 1996-06-01) 110 + bachelors 120 + CLB 9,8,8,9 108 + 3200 h = 2 years 53 = 391;
    # transferability 13 + 25 = 38 -> 429
    ev = evidence({"education": "bachelors"})
    assert ev.result.total == 429
    assert ev.evidenced == ("age", "first_language", "canadian_work_years")
    assert ev.declared == ("education",)
    assert ev.missing == ()
    data = ev.to_dict()
    assert data["total"] == 429 and data["breakdown"]["core"] == 391
    assert data["inputs"] == {
        "evidenced": ["age", "first_language", "canadian_work_years"],
        "declared": ["education"],
        "missing": [],
    }


@pytest.mark.parametrize(("hours", "years"), [(1559.5, 0), (1560, 1), (3119, 1), (3120, 2)])
def test_hours_to_years(hours, years):
    assert evidence(canadian_hours=hours).evidence_values["canadian_work_years"] == years


def test_missing_inputs_are_listed_and_score_zero():
    ev = evidence(None, date_of_birth=None)
    assert ev.missing == ("age", "education")
    assert ev.result.points("age") == 0 and ev.result.points("education") == 0
    assert any(n.startswith("age: neither shown") for n in ev.notes)


def test_declared_age_used_without_a_passport_and_marked_declared():
    ev = evidence({"age": 29, "education": "bachelors"}, date_of_birth=None)
    assert "age" in ev.declared and "age" not in ev.evidenced
    assert ev.result.points("age") == 110


def test_claims_at_or_below_the_evidence_raise_nothing():
    declared = {
        "age": 29,
        "education": "bachelors",
        "canadian_work_years": 2,
        "first_language": {"clb": CLB_9_8},
        "claimed_score": 429,
    }
    assert claim_findings(evidence(declared)) == []
    lower = declared | {"canadian_work_years": 1, "claimed_score": 400}
    assert claim_findings(evidence(lower)) == []


def test_each_claim_above_the_evidence_is_a_failed_error():
    declared = {
        "age": 27,  # passport says 29: same 110 points -> no finding
        "education": "bachelors",
        "canadian_work_years": 3,  # 3200 h support 2
        "first_language": {"clb": CLB_9_8 | {"reading": 10}},  # test says reading 8
        "claimed_score": 470,  # evidence supports 429
    }
    findings = claim_findings(
        evidence(declared), documents={"canadian_work_years": ["letters/a.pdf"]}
    )
    assert all(isinstance(f, Finding) for f in findings)
    assert {(f.rule, f.status, f.severity) for f in findings} == {
        ("XDOC-CLAIM-001", "failed", "error")
    }
    messages = [f.message for f in findings]
    assert len(findings) == 3
    assert "a first language CLB above the test result: reading 10 > 8" in messages[0]
    assert "declares 3 years of Canadian work; the documents support 2" in messages[1]
    assert "CRS score of 470; the documents and declared factors support 429" in messages[2]
    assert findings[1].documents == ("letters/a.pdf",)


def test_declared_age_with_more_points_is_a_finding():
    # born 1986-06-01: 39 on the as-of date (55 single); declared 35 earns 77
    ev = evidence({"age": 35, "education": "bachelors"}, date_of_birth=dt.date(1986, 6, 1))
    findings = claim_findings(ev, documents={"age": ["passport.pdf"]})
    assert len(findings) == 1
    assert findings[0].message == (
        "case.yaml declares age 35 (77 CRS points); the passport's date of birth gives age 39 "
        "on 2026-01-15 (55 points)."
    )
    assert findings[0].documents == ("passport.pdf",)


def test_spouse_and_other_declared_factors_are_scored_as_declared():
    # with spouse: age 29 100 + bachelors 112 + CLB 9,8,8,9 29+22+22+29=102 + 2 years 46 = 360;
    # spouse two_year 7 + CLB 7 3*4=12 + 0 = 19; transferability 13 + 25 = 38;
    # sibling 15 -> 360 + 19 + 38 + 15 = 432
    ev = evidence(
        {
            "education": "bachelors",
            "married": True,
            "sibling_in_canada": True,
            "spouse": {
                "education": "two_year",
                "first_language": {"clb": dict.fromkeys(CLB_9_8, 7)},
            },
        }
    )
    r = ev.result
    assert (r.core, r.spouse, r.transferability, r.additional, r.total) == (360, 19, 38, 15, 432)
    assert set(ev.declared) == {"education", "married", "sibling_in_canada", "spouse"}


def test_french_evidence_from_the_test_name():
    # TEF second language NCLC 7 all, English CLB 8+ all: French 50
    ev = evidence(
        {"education": "bachelors"},
        second_language_clb=dict.fromkeys(CLB_9_8, 7),
        second_language_test="tef_canada",
    )
    assert ev.result.points("french") == 50


def test_bad_crs_block_names_the_key():
    with pytest.raises(ProfileError, match=r"case.yaml: crs.education: 'BSc' is not one of"):
        evidence({"education": "BSc"})
    with pytest.raises(ProfileError, match=r"crs.claimed_score: expected a whole number"):
        evidence({"claimed_score": "about 480"})
    with pytest.raises(ProfileError, match=r"crs.salary: unknown key"):
        evidence({"salary": 90000})


def test_no_grid_for_the_date_is_a_note_not_a_crash():
    ev = evidence({"claimed_score": 500}, as_of=dt.date(2024, 6, 1))
    assert ev.result is None
    assert any("no CRS grid for 2024-06-01" in n for n in ev.notes)
    assert ev.to_dict()["total"] is None
    assert claim_findings(ev) == []
