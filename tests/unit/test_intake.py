"""case.yaml and review.yaml loading: the contract's example, absence, and file:line errors."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from auditor.case.intake import load_intake, load_review
from auditor.errors import CaseUnreadable, UsageError

CONTRACT_EXAMPLE = """\
client:
  name: Priya Raman                # as on the passport
  date_of_birth: 1994-03-12
application:
  submission_date: 2026-12-01
  intended_province: ON
claims:
  work:
    - employer: Northwind Analytics Inc.
      title: Data Analyst
      noc: "21223"
      start: 2023-06-05
      end: null
      hours_per_week: 37.5
  language:
    - test: celpip_general
      listening: 9
      reading: 8
      writing: 8
      speaking: 9
  study:
    - institution: Seneca Polytechnic
      start: 2021-09-01
      end: 2023-04-30
crs:
  spouse: none
"""


def case(tmp_path: Path, text: str, name: str = "case.yaml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_contract_example(tmp_path: Path) -> None:
    intake = load_intake(case(tmp_path, CONTRACT_EXAMPLE))
    assert intake.present and intake.client_name == "Priya Raman"
    assert intake.client_dob == dt.date(1994, 3, 12)
    assert intake.submission_date == dt.date(2026, 12, 1)
    assert intake.intended_province == "ON"
    (work,) = intake.work
    assert (work.noc, work.start, work.end, work.hours_per_week) == (
        "21223",
        dt.date(2023, 6, 5),
        None,
        37.5,
    )
    assert work.line == 9
    assert intake.language[0].score("speaking") == 9.0
    assert intake.study[0].end == dt.date(2023, 4, 30)
    assert intake.crs == {"spouse": "none"}


def test_declared_leave(tmp_path: Path) -> None:
    intake = load_intake(
        case(
            tmp_path,
            "claims:\n  leave:\n    - employer: Northwind Analytics Inc.\n"
            "      start: 2025-02-03\n      end: 2025-05-30\n      kind: Parental\n",
        )
    )
    (leave,) = intake.leave
    assert (leave.employer, leave.start, leave.end, leave.kind, leave.line) == (
        "Northwind Analytics Inc.",
        dt.date(2025, 2, 3),
        dt.date(2025, 5, 30),
        "parental",
        3,
    )


def test_absent(tmp_path: Path) -> None:
    intake = load_intake(tmp_path)
    assert not intake.present and intake.work == () and intake.submission_date is None


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("client:\n  name: [unclosed\n", 3, "invalid YAML"),
        ("client:\n  name: P\n  age: 30\n", 3, "unknown key 'age'"),
        ("application:\n  submission_date: soon\n", 2, "expected a date"),
        ("application:\n  intended_province: Ontario\n", 2, "two-letter province"),
        (
            "claims:\n  work:\n    - employer: X\n      hours_per_week: lots\n",
            4,
            "expected a number",
        ),
        ("claims:\n  work:\n    - title: Analyst\n", 3, "missing required key 'employer'"),
        (
            "claims:\n  work:\n    - employer: X\n      start: 2024-01-02\n      end: 2023-01-01\n",
            5,
            "before start",
        ),
        ("claims:\n  work: yes\n", 2, "must be a list"),
        (
            "claims:\n  leave:\n    - start: 2025-03-01\n      end: 2025-03-31\n"
            "      kind: vacation\n",
            5,
            "is not one of parental",
        ),
        (
            "claims:\n  leave:\n    - start: 2025-03-31\n      end: 2025-03-01\n",
            4,
            "before start",
        ),
        ("claims:\n  leave:\n    - employer: X\n      end: 2025-03-01\n", 3, "'start'"),
        ("- just\n- a list\n", 1, "must be a mapping"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    with pytest.raises(UsageError) as info:
        load_intake(case(tmp_path, text))
    assert str(info.value).startswith(f"{tmp_path / 'case.yaml'}:{line}:"), str(info.value)
    assert words in str(info.value)


RULES = {"XDOC-HOURS-001", "LETTER-AGE-001"}


def test_review_loads_waivers(tmp_path: Path) -> None:
    waivers = load_review(
        case(
            tmp_path,
            """\
waive:
  - rule: XDOC-HOURS-001
    document: ./letters/northwind.pdf
    reason: Letter hours include paid training; HR confirmation on file
    by: J. Tremblay
    date: 2026-11-20
""",
            "review.yaml",
        ),
        RULES,
    )
    (w,) = waivers
    assert (w.rule, w.document, w.by, w.date) == (
        "XDOC-HOURS-001",
        "letters/northwind.pdf",
        "J. Tremblay",
        dt.date(2026, 11, 20),
    )


def test_review_absent(tmp_path: Path) -> None:
    assert load_review(tmp_path, RULES) == ()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("waive:\n  - rule: XDOC-HOURS-001\n    by: J. T.\n", 2, "needs a reason"),
        ("waive:\n  - rule: XDOC-HOURS-001\n    reason: '  '\n", 3, "must not be empty"),
        ("waive:\n  - rule: XDOC-NOPE-001\n    reason: fine\n", 2, "unknown rule 'XDOC-NOPE-001'"),
        ("waive:\n  - rule: XDOC-HOURS-001\n    reason: ok\n    because: x\n", 4, "unknown key"),
    ],
)
def test_review_errors(tmp_path: Path, text: str, line: int, words: str) -> None:
    with pytest.raises(UsageError) as info:
        load_review(case(tmp_path, text, "review.yaml"), RULES)
    assert str(info.value).startswith(f"{tmp_path / 'review.yaml'}:{line}:"), str(info.value)
    assert words in str(info.value)


# Every date key of case.yaml and review.yaml, at the line its value is on.
DATE_KEYS = [
    ("case.yaml", "client:\n  date_of_birth: {d}\n", 2),
    ("case.yaml", "application:\n  submission_date: {d}\n", 2),
    ("case.yaml", "claims:\n  work:\n    - employer: X\n      start: {d}\n", 4),
    ("case.yaml", "claims:\n  work:\n    - employer: X\n      end: {d}\n", 4),
    ("case.yaml", "claims:\n  study:\n    - start: {d}\n", 3),
    ("case.yaml", "claims:\n  study:\n    - end: {d}\n", 3),
    (
        "review.yaml",
        "waive:\n  - rule: XDOC-HOURS-001\n    document: all\n    reason: ok\n    by: QA\n"
        "    date: {d}\n",
        6,
    ),
]


@pytest.mark.parametrize(("name", "template", "line"), DATE_KEYS)
@pytest.mark.parametrize("day", ["1994-02-30", "0001-01-01", "9999-12-31", "19940312"])
def test_every_date_key_refuses_impossible_dates(
    tmp_path: Path, name: str, template: str, line: int, day: str
) -> None:
    """Issue 18: `date_of_birth: 1994-02-30`, a submission date in year 9999 or 1, ended in a
    traceback deep in the audit; each is a one-line error at the file and line."""
    case(tmp_path, template.format(d=day), name)
    with pytest.raises(UsageError) as info:
        load_intake(tmp_path) if name == "case.yaml" else load_review(tmp_path, RULES)
    message = str(info.value)
    assert message.startswith(f"{tmp_path / name}:{line}:") and "\n" not in message, message
    assert "expected a date YYYY-MM-DD" in message or "is not between 1900-01-01" in message


SECRET = "root:$y$j9T$not-a-real-hash:20228:0:99999:7:::"


@pytest.mark.parametrize("name", ["case.yaml", "review.yaml"])
def test_a_linked_case_file_is_refused_by_name_and_never_read(tmp_path: Path, name: str) -> None:
    """Issue 18: case.yaml linked to /etc/shadow printed its first line in the error; a
    review.yaml linked to a file outside the case had its waivers applied."""
    outside = tmp_path / "outside.yaml"
    outside.write_text(SECRET + "\n", encoding="utf-8")
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / name).symlink_to(outside)
    with pytest.raises(UsageError) as info:
        load_intake(folder) if name == "case.yaml" else load_review(folder, RULES)
    assert str(info.value) == (
        f"{folder / name}: is a symbolic link, which the auditor does not follow (it could lead "
        "out of the case folder); put the file itself in the case folder"
    )


def test_waivers_behind_a_link_are_not_applied(tmp_path: Path) -> None:
    outside = case(tmp_path, "waive:\n  - rule: XDOC-HOURS-001\n    reason: x\n", "elsewhere.yaml")
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "review.yaml").symlink_to(outside / "elsewhere.yaml")
    with pytest.raises(UsageError, match="symbolic link"):
        load_review(folder, RULES)


@pytest.mark.parametrize("kind", ["folder", "pipe", "dangling link"])
def test_a_case_yaml_that_is_no_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "case.yaml"
    if kind == "folder":
        path.mkdir()
    elif kind == "pipe":
        os.mkfifo(path)  # a reader that opened it blocking would wait here for ever
    else:
        path.symlink_to(tmp_path / "nowhere.yaml")
    with pytest.raises(UsageError) as info:
        load_intake(tmp_path)
    assert str(info.value).startswith(f"{path}: is ")


@pytest.mark.parametrize(
    "name", ["case.yml", "Case.yaml", "CASE.YAML", "review.yml", "Review.yaml"]
)
def test_misnamed_case_files_are_named_never_read(tmp_path: Path, name: str) -> None:
    """Issue 18: case.yml was ignored without a word; it is still not read (its content is
    not checked), but the intake names it, for a warning and a note in the report."""
    case(tmp_path, "not: [valid", name)
    intake = load_intake(tmp_path)
    assert intake.misnamed == (name,) and not intake.present
    assert load_review(tmp_path, RULES) == ()


def test_a_case_folder_that_is_not_one_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(CaseUnreadable, match="not a folder$"):
        load_intake(tmp_path / "nope")


def test_a_control_character_in_case_yaml_is_an_error_at_its_line(tmp_path: Path) -> None:
    """Found by fuzzing: PyYAML's reader refuses a control character as the loader is made,
    outside the reader's error handling: a traceback instead of a usage error."""
    with pytest.raises(UsageError) as info:
        load_intake(case(tmp_path, "client:\n  name: Meera\x1b[2J\n"))
    assert (
        str(info.value)
        == f"{tmp_path / 'case.yaml'}:2: invalid YAML: character U+001B is not allowed"
    )


def test_an_escape_past_the_last_code_point_is_an_error_at_its_line(tmp_path: Path) -> None:
    """Found by fuzzing: PyYAML's scanner calls chr() on a \\U escape and lets its ValueError
    out (a traceback) for one past U+10FFFF."""
    with pytest.raises(UsageError) as info:
        load_intake(case(tmp_path, 'client:\n  name: "\\U00110000"\n'))
    assert str(info.value).startswith(f"{tmp_path / 'case.yaml'}:2: invalid YAML: ")


SHA = "ab" * 32
WAIVER = "waive:\n  - rule: XDOC-HOURS-001\n    reason: ok\n"


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ("    date: 2026-11-20\n    document: all\n", "needs `by:` (who decided)"),
        ("    by: J. T.\n    document: all\n", "needs `date:` (YYYY-MM-DD)"),
        (
            "    by: J. T.\n    date: 2026-11-20\n",
            "needs `document:` (the document it covers as the report names it, its file for every "
            "document of the file, or `document: all` for every document)",
        ),
        (  # a schema-1 file: every missing key named in one line
            "",
            "needs `by:` (who decided), `date:` (YYYY-MM-DD) and `document:`",
        ),
        ("    by: J. T.\n    date: 2026-11-20\n    document: all\n    sha256: 12ab\n", "64 hex"),
        (
            f"    by: J. T.\n    date: 2026-11-20\n    document: all\n    sha256: {SHA}\n",
            "binds a waiver to one document, not to `all`",
        ),
        (
            "    by: J. T.\n    date: 2026-11-20\n    document: all\n    expires: 2026-11-01\n",
            "expires 2026-11-01 is before date 2026-11-20",
        ),
    ],
)
def test_a_schema_2_waiver_needs_by_date_and_document(
    tmp_path: Path, extra: str, words: str
) -> None:
    with pytest.raises(UsageError) as info:
        load_review(case(tmp_path, WAIVER + extra, "review.yaml"), RULES)
    message = str(info.value)
    assert message.startswith(f"{tmp_path / 'review.yaml'}:"), message
    assert words in message and "\n" not in message


def test_an_old_waiver_without_by_date_document_names_its_line(tmp_path: Path) -> None:
    text = WAIVER + "    by: J. T.\n    date: 2026-11-20\n    document: all\n" + WAIVER[7:]
    with pytest.raises(UsageError) as info:
        load_review(case(tmp_path, text, "review.yaml"), RULES)
    assert str(info.value).startswith(f"{tmp_path / 'review.yaml'}:7: waive[1]: ")


def test_document_all_sha256_and_expires_are_read(tmp_path: Path) -> None:
    text = (
        WAIVER
        + "    by: J. T.\n    date: 2026-11-20\n    document: all\n    expires: 2027-01-31\n"
        + "  - rule: LETTER-AGE-001\n    reason: fine\n    by: J. T.\n    date: 2026-11-20\n"
        + f"    document: letters/a.pdf\n    sha256: {SHA.upper()}\n"
    )
    every, one = load_review(case(tmp_path, text, "review.yaml"), RULES)
    assert (every.document, every.expires, every.sha256, every.line) == (
        None,
        dt.date(2027, 1, 31),
        None,
        2,
    )
    assert (one.document, one.sha256, one.expires, one.line) == ("letters/a.pdf", SHA, None, 8)


def test_the_cli_refuses_an_old_review_yaml_in_one_line_with_exit_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    case_dir = tmp_path / "case"
    case_dir.mkdir()
    (case_dir / "notes.pdf").write_bytes(b"%PDF-1.4\n")  # a folder with no document is refused
    (case_dir / "review.yaml").write_text(
        "waive:\n  - rule: XDOC-HOURS-001\n    reason: HR confirmed\n", encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "auditor", "case", "--out", "out", "--no-cache", "-q"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert "review.yaml:2: waive[0]: a waiver of XDOC-HOURS-001 needs `by:`" in line
    assert "`document: all` for every document" in line


STATUS_HISTORY = """\
claims:
  study:
    - institution: Red River Polytechnic
      start: 2022-09-06
      end: 2024-04-30
      full_time: true
status_history:
  - kind: work_permit_extension
    applied_as: worker
    filed: 2025-12-10
    decided: 2026-08-01
  - kind: pgwp_application
    filed: 2024-05-15
  - kind: left_canada
    date: 2025-07-01
"""


def test_status_history_and_full_time_study_are_read(tmp_path: Path) -> None:
    intake = load_intake(case(tmp_path, STATUS_HISTORY))
    assert intake.study[0].full_time is True
    extension, pgwp, left = intake.status_history
    assert (extension.kind, extension.applied_as, extension.filed, extension.decided) == (
        "work_permit_extension",
        "worker",
        dt.date(2025, 12, 10),
        dt.date(2026, 8, 1),
    )
    assert (pgwp.kind, pgwp.filed, pgwp.decided) == ("pgwp_application", dt.date(2024, 5, 15), None)
    assert (left.kind, left.date, left.line) == ("left_canada", dt.date(2025, 7, 1), 14)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("status_history:\n  - kind: holiday\n", 2, "expected one of work_permit_extension"),
        (
            "status_history:\n  - kind: work_permit_extension\n    applied_as: tourist\n",
            3,
            "expected one of worker, student, visitor",
        ),
        ("status_history:\n  - kind: left_canada\n", 2, "needs its `date`"),
        (
            "status_history:\n  - kind: pgwp_application\n    filed: 2024-05-15\n"
            "    decided: 2024-05-01\n",
            4,
            "before filed",
        ),
        ("status_history:\n  - kind: pgwp_application\n    date: 2024-05-15\n", 3, "not `date`"),
        ("claims:\n  study:\n    - institution: X\n      full_time: yes please\n", 4, "true or"),
    ],
)
def test_status_history_errors_name_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    with pytest.raises(UsageError) as info:
        load_intake(case(tmp_path, text))
    assert str(info.value).startswith(f"{tmp_path / 'case.yaml'}:{line}:"), str(info.value)
    assert words in str(info.value)
