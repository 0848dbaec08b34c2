"""Fuzzing case.yaml and review.yaml: the audit runs, or stops the case with one usage line.

Hypothesis writes generated case.yaml and review.yaml files into a copy of a text-layer sample
case: the keys of CONTRACT.md section 2 (and some that are not), values of every scalar type
(text with any unicode, numbers huge, negative or not finite, booleans, dates of any year,
timestamps, null), nesting, lists where mappings belong and the other way round. Each example
is audited in-process, as `audit` does (the files read once, from a cache), with a random
`--as-of` or none, and both reports are built. It must end in an AuditResult or in a
UsageError (exit 2) of one line; any other exception is a failure (issue 18: a date of year
9999 in case.yaml ended in OverflowError, a crs: section in a ProfileError that ended a batch).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from auditor.config.values import EARLIEST, LATEST
from auditor.errors import UsageError
from auditor.pipeline import AuditOptions, run_audit
from auditor.reading.ocr import probe
from auditor.report.html import render_html
from auditor.report.json_report import report_dict
from auditor.report.view import build_view
from auditor.rules.checklist import load_checklists

pytestmark = pytest.mark.ocr  # the pipeline probes Tesseract (no page here needs OCR)

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "eligible-en-digital"
EXAMPLES = 60  # per file: the run stays well under a minute on a loaded machine
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Scalars of every kind YAML can carry; text from all of unicode (no surrogates: not UTF-8).
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.dates(),
    st.datetimes(),
)
NEAR_DATES = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))
DATES = st.one_of(NEAR_DATES, NEAR_DATES, st.dates(), st.dates().map(str), st.text(max_size=12))
NUMBERS = st.one_of(st.floats(0, 80), st.integers(0, 100), st.floats(), JUNK)
TEXT = st.one_of(st.text(min_size=1, max_size=30), st.sampled_from(["Meera Joshi", "ON", "QC"]))
ANY = st.recursive(
    JUNK,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def maybe(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a value of the right kind; now and then anything at all."""
    return st.one_of(value, value, value, ANY)


def mapping(keys: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Some of `keys`, each with its value, and sometimes a key the schema does not have."""
    extra = st.dictionaries(st.text(min_size=1, max_size=12), ANY, max_size=1)
    chosen = st.fixed_dictionaries({}, optional={k: maybe(v) for k, v in keys.items()})
    return st.one_of(chosen, chosen, chosen, st.tuples(chosen, extra).map(lambda p: p[0] | p[1]))


def items(keys: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[list[Any]]:
    return st.lists(mapping(keys), max_size=3)


SCORE = maybe(st.one_of(st.integers(0, 12), st.floats(0, 9), st.integers(0, 900)))
LANGUAGE = mapping(
    {
        "test": st.sampled_from(["celpip_general", "ielts_general_training", "tef_canada"]),
        "language": st.sampled_from(["english", "french"]),
        "clb": mapping({a: st.integers(0, 12) for a in ("listening", "reading", "writing")}),
        **{a: SCORE for a in ("listening", "reading", "writing", "speaking")},
    }
)
CRS = mapping(
    {
        "age": st.integers(0, 130),
        "married": st.booleans(),
        "spouse_accompanying": st.booleans(),
        "education": st.sampled_from(["secondary", "bachelors", "masters", "phd", "none"]),
        "canadian_education": st.sampled_from(["none", "one_or_two_year", "three_year_or_more"]),
        "first_language": LANGUAGE,
        "second_language": LANGUAGE,
        "canadian_work_years": NUMBERS,
        "foreign_work_years": NUMBERS,
        "provincial_nomination": st.booleans(),
        "spouse": mapping({"education": st.just("masters"), "canadian_work_years": NUMBERS}),
        "as_of": DATES,
        "ita_date": DATES,
        "claimed_score": st.integers(-10, 1300),
        "round": mapping({"type": st.sampled_from(["cec", "general"]), "cutoff": NUMBERS}),
    }
)
CASE_YAML = mapping(
    {
        "client": mapping({"name": TEXT, "date_of_birth": DATES}),
        "application": mapping(
            {
                "submission_date": DATES,
                "intended_province": st.sampled_from(["ON", "QC", "BC", "on", "XX"]),
            }
        ),
        "claims": mapping(
            {
                "work": items(
                    {
                        "employer": st.one_of(TEXT, st.just("Maplecrest Data Labs Inc.")),
                        "title": TEXT,
                        "noc": st.one_of(st.sampled_from(["21223", "0011", "99999"]), TEXT),
                        "start": DATES,
                        "end": st.one_of(st.none(), DATES),
                        "hours_per_week": NUMBERS,
                    }
                ),
                "language": items(
                    {
                        "test": st.sampled_from(["celpip_general", "ielts_academic", "pte_core"]),
                        **{a: SCORE for a in ("listening", "reading", "writing", "speaking")},
                    }
                ),
                "study": items(
                    {"institution": TEXT, "start": DATES, "end": DATES, "full_time": JUNK}
                ),
                "leave": items({"employer": TEXT, "start": DATES, "end": DATES, "kind": TEXT}),
            }
        ),
        "crs": CRS,
        "status_history": items({"kind": TEXT, "filed": DATES, "decided": DATES}),
    }
)
RULE_IDS = sorted(load_checklists().ids)
DOCUMENTS = ["status/work-permit.pdf", "letters/maplecrest-employment-letter.pdf", "all", "x"]
REVIEW_YAML = mapping(
    {
        "waive": items(
            {
                "rule": st.one_of(st.sampled_from(RULE_IDS), TEXT),
                "document": st.one_of(st.sampled_from(DOCUMENTS), TEXT),
                "reason": TEXT,
                "by": TEXT,
                "date": DATES,
                "expires": DATES,
            }
        ),
        "review": items({"finding": TEXT, "status": TEXT, "by": TEXT, "date": DATES}),
        "signoff": mapping({"by": TEXT, "date": DATES}),
    }
)
AS_OF = st.one_of(st.none(), st.dates(EARLIEST, LATEST), NEAR_DATES)


def dump(document: Any) -> str:
    """YAML text of `document`; now and then the top level is not a mapping at all."""
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the sample case (its case.yaml removed) and a read cache holding its files."""
    case = tmp_path_factory.mktemp("fuzz") / "case"
    shutil.copytree(SAMPLE, case)
    (case / "case.yaml").unlink()
    cache = tmp_path_factory.mktemp("read-cache")
    run_audit(case, probe(), AuditOptions(jobs=1, cache_dir=cache))
    return case, cache


def audit_or_usage_error(
    workspace: tuple[Path, Path], case_yaml: str | None, review_yaml: str | None, as_of: Any
) -> None:
    case, cache = workspace
    for name, text in (("case.yaml", case_yaml), ("review.yaml", review_yaml)):
        path = case / name
        path.unlink(missing_ok=True)
        if text is not None:
            path.write_text(text, encoding="utf-8")
    options = AuditOptions(as_of=as_of, jobs=1, cache_dir=cache, today=dt.date(2026, 11, 25))
    try:
        result = run_audit(case, probe(), options)
    except UsageError as exc:
        message = str(exc)
        assert exc.exit_code == 2 and message and "\n" not in message, repr(message)
        event("usage error")  # --hypothesis-show-statistics shows how many examples got how far
        return
    event("audited")
    json.dumps(report_dict(result))
    render_html(build_view(result, jobs=1, cache_dir=cache))
    crashed = [f.message for f in result.findings if "could not run" in f.message]
    assert not crashed, crashed


@FUZZ
@given(document=st.one_of(CASE_YAML, CASE_YAML, CASE_YAML, ANY), as_of=AS_OF)
@example(document={"crs": {"\n": None}}, as_of=None)  # an unknown key was shown raw: 2 lines
def test_generated_case_yaml(workspace: tuple[Path, Path], document: Any, as_of: Any) -> None:
    audit_or_usage_error(workspace, dump(document), None, as_of)


@FUZZ
@given(document=st.one_of(REVIEW_YAML, REVIEW_YAML, REVIEW_YAML, ANY), as_of=AS_OF)
def test_generated_review_yaml(workspace: tuple[Path, Path], document: Any, as_of: Any) -> None:
    case_yaml = (SAMPLE / "case.yaml").read_text(encoding="utf-8")
    audit_or_usage_error(workspace, case_yaml, dump(document), as_of)


def _spliced(parts: tuple[str, int, str]) -> str:
    text, at, piece = parts
    at = at % (len(text) + 1)
    return text[:at] + piece + text[at:]


YAML_PIECES = st.sampled_from(
    [": ", "\n", "  ", "- ", "[", "]", "{", "}", "&a ", "*a", "? ", "!!python/object ", "'", '"']
    + ["\t", "#", "%YAML 1.2\n", "---\n", "...\n", "\x1b[2J", "\u202e", "9999-12-31", "~"]
)
TEXTS = st.one_of(
    st.text(max_size=200),
    st.tuples(CASE_YAML.map(dump), st.integers(0, 10**6), YAML_PIECES).map(_spliced),
    st.tuples(CASE_YAML.map(dump), st.integers(0, 10**6), st.text(max_size=3)).map(_spliced),
)


@FUZZ
@given(case_yaml=TEXTS, review_yaml=st.one_of(st.none(), TEXTS))
@example(case_yaml="client:\n  name: a\x1f\n", review_yaml=None)  # ReaderError, a traceback
@example(case_yaml='client:\n  name: "\\U00110000"\n', review_yaml=None)  # ValueError, likewise
def test_generated_yaml_text(
    workspace: tuple[Path, Path], case_yaml: str, review_yaml: Any
) -> None:
    """Text that is YAML only now and then: a schema-shaped file with a piece spliced in."""
    audit_or_usage_error(workspace, case_yaml, review_yaml, None)
