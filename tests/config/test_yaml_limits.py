"""YAML is untrusted input: size, nesting, aliases, node count and complex keys are each refused
as a one-line UsageError at file:line (issue 18, item 3), for every file the reader serves."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.case.intake import load_intake
from auditor.config import yaml as reader
from auditor.config.yaml import MAX_BYTES, MAX_DEPTH, MAX_NODES, YamlError, load_yaml
from auditor.crs.profile import ProfileError, load_profile
from auditor.errors import UsageError
from auditor.rules.checklist import load_checklists


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    """The classic: each anchor's list holds `width` aliases of the one before (width**levels)."""
    lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels + 1):
        lines.append(f"l{level}: &l{level} [{', '.join([f'*l{level - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def write(tmp_path: Path, text: str, name: str = "file.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path) -> str:
    with pytest.raises(YamlError) as caught:
        load_yaml(path)
    message = str(caught.value)
    assert caught.value.exit_code == 2
    assert "\n" not in message, message
    return message


def test_billion_laughs_is_refused_at_the_first_anchor(tmp_path):
    path = write(tmp_path, billion_laughs())
    assert len(path.read_bytes()) < 700
    message = refused(path)
    assert message.startswith(f"{path}:1: anchor &l0 refused"), message


def test_an_alias_alone_is_refused_where_it_stands(tmp_path):
    # an alias to an undefined anchor: refused as an alias, before YAML's own complaint
    message = refused(write(tmp_path, "a: 1\nb: *nowhere\n"))
    assert message.startswith(f"{tmp_path / 'file.yaml'}:2: alias *nowhere refused"), message


def test_merge_keys_need_aliases_and_are_refused(tmp_path):
    message = refused(write(tmp_path, "base: &b {x: 1}\nitem:\n  <<: *b\n"))
    assert ":1: anchor &b refused" in message


def test_case_yaml_with_nested_aliases_in_crs_is_a_usage_error(tmp_path):
    crs = "crs:\n" + "".join(f"  {line}\n" for line in billion_laughs().splitlines())
    write(tmp_path, "client:\n  name: A\n" + crs, "case.yaml")
    with pytest.raises(UsageError, match=r"case\.yaml:4: anchor &l0 refused"):
        load_intake(tmp_path)


def test_checklist_with_nested_aliases_is_a_usage_error(tmp_path):
    path = write(tmp_path, "items:\n  - id: QA-X-001\n    title: &t x\n    why: *t\n", "extra.yaml")
    with pytest.raises(UsageError, match=r"extra\.yaml:3: anchor &t refused"):
        load_checklists([path])


def test_profile_with_aliases_is_a_profile_error_naming_the_line(tmp_path):
    path = write(tmp_path, "age: 29\n" + billion_laughs(), "profile.yaml")
    with pytest.raises(ProfileError, match=r"profile\.yaml line 2: anchor &l0 refused"):
        load_profile(path)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 10_000 + "]" * 10_000,
        "{a: " * 10_000 + "1" + "}" * 10_000,
        "a: " + "[" * 10_000,  # unclosed too: the limit speaks first
    ],
    ids=["lists", "mappings", "unclosed"],
)
def test_ten_thousand_deep_nesting_is_refused(tmp_path, text):
    message = refused(write(tmp_path, text))
    assert message.endswith(f":1: nested deeper than {MAX_DEPTH} levels"), message


def test_nesting_up_to_the_limit_is_read(tmp_path):
    data = load_yaml(write(tmp_path, "[" * MAX_DEPTH + "]" * MAX_DEPTH))
    for _ in range(MAX_DEPTH - 1):
        (data,) = data
    assert data == []
    refused(write(tmp_path, "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)))


def test_block_nesting_names_the_line_past_the_limit(tmp_path):
    text = "".join(f"{'  ' * level}k{level}:\n" for level in range(MAX_DEPTH + 5))
    message = refused(write(tmp_path, text))
    # the mapping on line n is n deep, so key k49 on line 50 would be level 51
    assert f":{MAX_DEPTH}: nested deeper than {MAX_DEPTH} levels" in message, message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("client:\n  ? [a, b]\n  : 1\n", 2),
        ("client: {name: A}\n? {x: 1}\n: 2\n", 2),
        ("rules: {[CEC-HOURS-001]: 1}\n", 1),
    ],
    ids=["list-key", "mapping-key", "flow"],
)
def test_a_complex_key_is_refused(tmp_path, text, line):
    message = refused(write(tmp_path, text))
    assert f":{line}: a mapping key must be text, a number or a date" in message, message


def test_complex_key_in_case_yaml_is_a_usage_error_not_a_type_error(tmp_path):
    write(tmp_path, "client:\n  ? [a, b]\n  : 1\n", "case.yaml")
    with pytest.raises(UsageError, match=r"case\.yaml:2: a mapping key must be"):
        load_intake(tmp_path)


def test_an_oversize_file_is_refused_unread(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    message = refused(path)
    assert message == f"{path}:1: over the 1 MiB limit for a YAML file"


def test_the_size_limit_is_exact(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    path = tmp_path / "edge.yaml"
    path.write_bytes(b"a: " + b"x" * 96 + b"\n")  # 100 bytes
    assert load_yaml(path) == {"a": "x" * 96}
    path.write_bytes(b"a: " + b"x" * 97 + b"\n")
    assert "limit" in refused(path)


def test_too_many_nodes_are_refused(tmp_path):
    text = "[" + "1, " * MAX_NODES + "]"  # the list and its items: one node too many
    message = refused(write(tmp_path, text))
    assert message.endswith(f":1: more than {MAX_NODES:,} keys, items and values"), message
    assert len(load_yaml(write(tmp_path, "[" + "1, " * (MAX_NODES - 1) + "]"))) == MAX_NODES - 1


def test_an_integer_past_pythons_digit_limit_is_a_usage_error(tmp_path):
    message = refused(write(tmp_path, "a: 1\nb: " + "9" * 5000 + "\n"))
    assert message.startswith(f"{tmp_path / 'file.yaml'}:2: cannot read this int"), message


def test_an_impossible_date_reaches_its_key_as_text(tmp_path):
    write(tmp_path, "application:\n  submission_date: 2026-13-01\n", "case.yaml")
    with pytest.raises(UsageError, match=r"case\.yaml:2: .*expected a date YYYY-MM-DD"):
        load_intake(tmp_path)


def test_duplicate_key_keeps_its_message_and_knows_its_path(tmp_path):
    with pytest.raises(reader.DuplicateKey) as caught:
        load_yaml(write(tmp_path, "a:\n  - b: 1\n    c: 2\n    b: 3\n"))
    assert str(caught.value) == f"{tmp_path / 'file.yaml'}:4: invalid YAML: duplicate key 'b'"
    assert (caught.value.key_path, caught.value.first_line) == (("a", "0", "b"), 2)


def test_errors_survive_a_worker_process(tmp_path):
    for text in ("a: &x 1\n", "a: [1\n", "a: 1\na: 2\n"):
        with pytest.raises(YamlError) as caught:
            load_yaml(write(tmp_path, text))
        copy = pickle.loads(pickle.dumps(caught.value))
        assert (type(copy), str(copy), vars(copy)) == (
            type(caught.value),
            str(caught.value),
            vars(caught.value),
        )


def test_the_cli_prints_one_line_for_a_billion_laughs_case(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "letter.pdf").write_bytes(b"%PDF-1.4\n")  # a document: the folder is a case
    (case / "case.yaml").write_text(
        "crs:\n" + "".join(f"  {line}\n" for line in billion_laughs().splitlines())
    )
    done = subprocess.run(
        [sys.executable, "-m", "auditor", str(case), "--out", str(tmp_path / "out"), "-q"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert "case.yaml:2: anchor &l0 refused" in line, line
