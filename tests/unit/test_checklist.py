"""Checklist loading: overrides and QA items work; every strictness error names file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor.errors import UsageError
from auditor.resources import data_dir
from auditor.rules.checklist import load_checklists


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "firm.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_load() -> None:
    lists = load_checklists()
    assert lists.param("LETTER-AGE-001", "max_age_days") == 180
    assert lists.param("XDOC-HOURS-001", "tolerance") == 0.10
    assert lists.param("XDOC-WAGE-001", "tolerance") == 0.05
    assert lists.param("LANG-EXPIRING-001", "expiring_days") == 90
    assert lists.severity("LETTER-DATES-001") == "error"
    assert lists.severity("LETTER-AGE-001") == "info"
    assert any(item.id == "QA-PASSPORT-001" for item in lists.qa)


def test_data_dir_points_at_repo_checklists() -> None:
    repo_checklists = Path(__file__).resolve().parents[2] / "checklists"
    assert data_dir("checklists").resolve() == repo_checklists
    assert (data_dir("checklists") / "rules.yaml").is_file()


def test_override_severity_and_parameter_and_add_item(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
rules:
  LETTER-AGE-001:
    severity: warning
    parameters:
      max_age_days: 120
items:
  - id: QA-LETTER-009
    title: Letter states the work location
    severity: info
    applies_to: employment_letter
    field: work_location
    op: exists
""",
    )
    lists = load_checklists([path])
    assert lists.severity("LETTER-AGE-001") == "warning"
    assert lists.param("LETTER-AGE-001", "max_age_days") == 120
    assert lists.severity("QA-LETTER-009") == "info"


ERRORS = [
    ("unknown top key", "rules: {}\nextras: 1\n", 2, "unknown key 'extras'"),
    ("unknown rule", "rules:\n  CEC-HOURS-999:\n    severity: info\n", 2, "unknown rule ID"),
    ("unknown rule key", "rules:\n  CEC-HOURS-001:\n    title: x\n", 3, "unknown key 'title'"),
    ("bad severity", "rules:\n  CEC-HOURS-001:\n    severity: fatal\n", 3, "severity 'fatal'"),
    (
        "unknown parameter",
        "rules:\n  LETTER-AGE-001:\n    parameters:\n      days: 3\n",
        4,
        "no parameter 'days'",
    ),
    (
        "parameter type",
        "rules:\n  LETTER-AGE-001:\n    parameters:\n      max_age_days: soon\n",
        4,
        "expected a value like 180",
    ),
    (
        "unknown item key",
        "items:\n  - id: QA-X-001\n    title: t\n    severity: info\n"
        "    applies_to: passport\n    field: expiry_date\n    op: exists\n    colour: red\n",
        8,
        "unknown key 'colour'",
    ),
    (
        "unknown operator",
        "items:\n  - id: QA-X-001\n    title: t\n    severity: info\n"
        "    applies_to: passport\n    field: expiry_date\n    op: before\n",
        7,
        "unknown operator 'before'",
    ),
    (
        "unknown field",
        "items:\n  - id: QA-X-001\n    title: t\n    severity: info\n"
        "    applies_to: passport\n    field: expiry\n    op: exists\n",
        6,
        "unknown field 'expiry'",
    ),
    (
        "unknown kind",
        "items:\n  - id: QA-X-001\n    title: t\n    severity: info\n"
        "    applies_to: visa\n    field: expiry_date\n    op: exists\n",
        5,
        "unknown document kind 'visa'",
    ),
    (
        "bad item id",
        "items:\n  - id: CHECK-1\n    title: t\n    severity: info\n"
        "    applies_to: passport\n    field: expiry_date\n    op: exists\n",
        2,
        "QA-<AREA>-<NNN>",
    ),
    (
        "missing operand",
        "items:\n  - id: QA-X-001\n    title: t\n    severity: info\n"
        "    applies_to: passport\n    field: expiry_date\n    op: within_days\n",
        2,
        "needs 'days'",
    ),
    (
        "operand not taken",
        "items:\n  - id: QA-X-001\n    title: t\n    severity: info\n"
        "    applies_to: passport\n    field: expiry_date\n    op: exists\n    days: 3\n",
        8,
        "takes no 'days'",
    ),
    ("invalid yaml", "rules:\n  CEC-HOURS-001: [unclosed\n", 3, "invalid YAML"),
    (
        "duplicate key",
        "rules:\n  CEC-HOURS-001:\n    severity: info\n  CEC-HOURS-001:\n    severity: error\n",
        4,
        "duplicate key",
    ),
]


@pytest.mark.parametrize(("name", "text", "line", "words"), ERRORS, ids=[e[0] for e in ERRORS])
def test_strictness_names_file_and_line(
    tmp_path: Path, name: str, text: str, line: int, words: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(UsageError) as info:
        load_checklists([path])
    message = str(info.value)
    assert message.startswith(f"{path}:{line}:"), message
    assert words in message, message


def test_unknown_rule_in_rules_yaml(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text("rules:\n  CEC-FOO-001:\n    title: x\n", "utf-8")
    with pytest.raises(UsageError, match=r"rules\.yaml:2: unknown rule ID 'CEC-FOO-001'"):
        load_checklists(directory=tmp_path)


@pytest.mark.parametrize(
    "email, passes",
    [
        ("hr@maplecrestdatalabs.example", True),
        ("careers@northwind.ca", True),
        ("hr@mail.acme.ca", True),  # a company's own mail host, not mail.com
        ("jobs@gmail.company.com", True),
        ("info@bell.ca", True),  # an employer's own domain, though also an internet provider
        ("brightside-tutoring@gmail.com", False),
        ("Owner@Yahoo.co.uk", False),
        ("manager@hotmail.fr", False),
        ("boss@outlook.com", False),
        ("office@icloud.com", False),
        ("payroll@proton.me", False),
        ("family@shaw.ca", False),
    ],
)
def test_qa_letter_001_fails_only_webmail_addresses(email: str, passes: bool) -> None:
    import datetime as dt

    from auditor.rules.qa import _check

    item = next(i for i in load_checklists().qa if i.id == "QA-LETTER-001")
    assert item.field == "employer_email" and item.op == "matches"
    assert _check(item, email, dt.date(2026, 12, 1))[0] is passes


def test_category_must_be_one_of_the_closed_set(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(
        "rules:\n  CEC-HOURS-001:\n    title: x\n    category: hours\n", "utf-8"
    )
    with pytest.raises(UsageError, match=r"rules\.yaml:4: CEC-HOURS-001: category 'hours'"):
        load_checklists(directory=tmp_path)


def test_every_rule_has_a_category() -> None:
    from auditor.rules.meta import CATEGORIES

    assert {m.category for m in load_checklists().rules.values()} <= set(CATEGORIES)


def test_a_firm_item_is_overridden_by_id_keeping_the_fields_it_does_not_name(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        """\
items:
  - id: QA-PASSPORT-001
    severity: error
    days: 365
""",
    )
    default = next(i for i in load_checklists().qa if i.id == "QA-PASSPORT-001")
    item = next(i for i in load_checklists([path]).qa if i.id == "QA-PASSPORT-001")
    assert (item.severity, item.days, item.op, item.field) == (
        "error",
        365,
        "valid_for_days",
        "expiry_date",
    )
    assert (item.title, item.why) == (default.title, default.why)
    assert item.origin == f"{path}:2"


def test_an_override_with_a_new_operator_brings_its_own_operands(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
items:
  - id: QA-PASSPORT-001
    op: exists
""",
    )
    item = next(i for i in load_checklists([path]).qa if i.id == "QA-PASSPORT-001")
    assert (item.op, item.days) == ("exists", None)


def test_enabled_false_turns_a_rule_and_an_item_off_with_their_reasons(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
rules:
  LETTER-AGE-001:
    enabled: false
    reason: Our letters are re-dated at submission.
items:
  - id: QA-PASSPORT-001
    enabled: false
    reason: Checked at intake by the paralegal.
""",
    )
    lists = load_checklists([path])
    assert {k: (d.reason, d.origin) for k, d in lists.disabled.items()} == {
        "LETTER-AGE-001": ("Our letters are re-dated at submission.", f"{path}:3"),
        "QA-PASSPORT-001": ("Checked at intake by the paralegal.", f"{path}:7"),
    }
    assert not lists.enabled("LETTER-AGE-001") and lists.enabled("LETTER-DATES-001")
    assert all(item.id != "QA-PASSPORT-001" for item in lists.qa)
    assert "QA-PASSPORT-001" in lists.ids  # a waiver naming it is not an unknown rule


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "rules:\n  LETTER-AGE-001:\n    enabled: false\n",
            "firm.yaml:3: LETTER-AGE-001: 'enabled: false' needs a 'reason' "
            "(why the firm turns this check off)",
        ),
        (
            "rules:\n  LETTER-AGE-001:\n    enabled: no way\n",
            "firm.yaml:3: LETTER-AGE-001: 'enabled' must be true or false",
        ),
        (
            "items:\n  - id: QA-PASSPORT-001\n    reason: old\n",
            "firm.yaml:3: QA-PASSPORT-001: 'reason' goes with 'enabled: false' "
            "(why the check is turned off)",
        ),
    ],
)
def test_turning_a_check_off_needs_a_reason(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(UsageError) as caught:
        load_checklists([path])
    assert str(caught.value) == f"{tmp_path}/{message}"


def test_a_disabled_rule_is_not_run(tmp_path: Path) -> None:
    from auditor.case.intake import Intake
    from auditor.evaluate import evaluate

    path = write(
        tmp_path,
        "rules:\n  LANG-MISSING-001:\n    enabled: false\n    reason: Test booked; see file.\n",
    )
    on = evaluate((), Intake(), dt.date(2026, 12, 1), load_checklists())
    off = evaluate((), Intake(), dt.date(2026, 12, 1), load_checklists([path]))
    assert "LANG-MISSING-001" in {f.rule for f in on.findings}
    assert "LANG-MISSING-001" not in {f.rule for f in off.findings}
