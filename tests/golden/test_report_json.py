"""Golden report.json: the public contract (CONTRACT.md section 3) of three sample cases, pinned.

Each case is audited for real by the `audit` command (`python -m auditor`, a subprocess, on the
committed sample) and its report.json is compared, field by field, with
`tests/golden/expected/<case>/report.json`. The fields that change from machine to machine or
from run to run are named once, in VOLATILE, and replaced in the new report before comparing
(the golden files hold the replacements). A difference fails with its path and both values, e.g.
`documents[3].fields.gross.value: 3000.0 != 3100.0` (this run's value first, then the golden
one). Every case has text layers only, so no value depends on the Tesseract release.

A refactoring must leave these files untouched: that is the point of the test.

Regenerating the golden files: `UPDATE_GOLDEN=1 .venv/bin/python -m pytest -p no:cacheprovider
tests/golden/test_report_json.py` rewrites them (the comparisons then skip, saying so). A changed
golden file is a change of the public report: commit it on its own, with a reviewed reason in the
commit message (which behaviour changed, and why the new report is right), after reading
`git diff tests/golden/expected/`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).resolve().parent / "expected"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# Sample case -> the exit code of `audit` on it (1: findings at error level).
CASES = {
    "eligible-en-digital": 0,
    "paystub-discrepancies": 1,
    "letter-and-stubs-one-pdf": 0,  # one PDF, three documents: each part its own id (issue 14)
}

PLACEHOLDER = "<volatile>"


def _last_two_parts(path: str) -> str:
    return "/".join(Path(path).parts[-2:])


# Field path ("[*]": any list index) -> (why it varies, what replaces it before comparing).
VOLATILE: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "tool.version": ("the auditor's release number", lambda _: PLACEHOLDER),
    "tool.tesseract": ("the installed Tesseract release", lambda _: PLACEHOLDER),
    "tool.languages": ("the installed Tesseract language data", lambda _: PLACEHOLDER),
    "audit.duration_seconds": ("wall-clock time of the run", lambda _: PLACEHOLDER),
    "case.audited_at": ("the date and time of the run", lambda _: PLACEHOLDER),
    "case.path": ("absolute path of the checkout (kept: samples/<case>)", _last_two_parts),
    "audit.checklists[*].path": (
        "absolute path of the checkout (kept: checklists/<file>.yaml)",
        _last_two_parts,
    ),
}
MAX_SHOWN = 40


def normalized(value: Any, path: str = "") -> Any:
    """The report with every VOLATILE field replaced."""
    if path in VOLATILE:
        return VOLATILE[path][1](value)
    if isinstance(value, dict):
        return {k: normalized(v, f"{path}.{k}" if path else k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v, f"{path}[*]") for v in value]
    return value


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


def differences(got: Any, golden: Any, path: str = "") -> list[str]:
    """Every leaf where `got` differs from `golden`, as `path: got != golden`."""
    here = path or "(the report)"
    if isinstance(golden, dict) and isinstance(got, dict):
        out = []
        for key, value in golden.items():
            sub = f"{path}.{key}" if path else key
            if key not in got:
                out.append(f"{sub}: missing; golden {_show(value)}")
            else:
                out += differences(got[key], value, sub)
        out += [
            f"{f'{path}.{key}' if path else key}: {_show(value)}, not in the golden file"
            for key, value in got.items()
            if key not in golden
        ]
        return out
    if isinstance(golden, list) and isinstance(got, list):
        return _list_differences(got, golden, path)
    if type(got) is not type(golden) or got != golden:  # 3000 != 3000.0, True != 1
        return [f"{here}: {_show(got)} != {_show(golden)}"]
    return []


# What identifies an item of a list of objects, so that one finding more or less is reported as
# such instead of shifting every later one.
IDENTITY = ("rule", "path", "document", "documents", "page_numbers", "page")


def _label(item: Any) -> str:
    if isinstance(item, dict):
        item = {k: item[k] for k in IDENTITY if k in item}
    return json.dumps(item, sort_keys=True)


def _list_differences(got: list[Any], golden: list[Any], path: str) -> list[str]:
    out = [f"{path or '(the report)'}: {len(got)} items != {len(golden)}"]
    if len(got) == len(golden):
        out = []
    matcher = SequenceMatcher(None, [_label(v) for v in got], [_label(v) for v in golden], False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = min(i2 - i1, j2 - j1)
        for k in range(pairs):
            out += differences(got[i1 + k], golden[j1 + k], f"{path}[{i1 + k}]")
        out += [f"{path}[{i}]: extra item {_show(got[i])}" for i in range(i1 + pairs, i2)]
        out += [
            f"{path}[{i1 + pairs}]: missing item (golden [{j}]) {_show(golden[j])}"
            for j in range(j1 + pairs, j2)
        ]
    return out


def golden_file(case: str) -> Path:
    return EXPECTED / case / "report.json"


def audit(case: str, out: Path) -> tuple[subprocess.CompletedProcess[bytes], dict[str, Any]]:
    """`audit samples/<case> --format json`, run on this checkout's code."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "auditor", str(ROOT / "samples" / case), "--out", str(out)]
        + ["--format", "json", "--no-cache", "--jobs", "2", "--quiet"],
        capture_output=True,
        timeout=600,
        cwd=out.parent,
        env=env,
    )
    report_path = out / "report.json"
    assert report_path.is_file(), done.stderr.decode(errors="replace")
    return done, json.loads(report_path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", sorted(CASES))
def test_report_json_is_the_golden_one(case: str, tmp_path: Path) -> None:
    done, report = audit(case, tmp_path / "out")
    assert done.returncode == CASES[case], done.stderr.decode(errors="replace")
    got = normalized(report)
    path = golden_file(case)
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip(f"UPDATE_GOLDEN=1: rewrote {path.relative_to(ROOT)}; review git diff")
    assert path.is_file(), f"no golden file {path}; see this module's docstring to create it"
    golden = json.loads(path.read_text(encoding="utf-8"))
    found = differences(got, golden)
    shown = "\n".join(found[:MAX_SHOWN])
    more = f"\n... and {len(found) - MAX_SHOWN} more" if len(found) > MAX_SHOWN else ""
    if found:
        pytest.fail(
            f"{case}: report.json differs from {path.relative_to(ROOT)} in {len(found)} "
            f"place(s) (this run != golden):\n{shown}{more}",
            pytrace=False,
        )


def test_every_volatile_field_is_in_a_golden_report() -> None:
    """A VOLATILE entry the report no longer has would hide nothing and mislead the reader."""
    seen: set[str] = set()

    def walk(value: Any, path: str) -> None:
        seen.add(path)
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}.{k}" if path else k)
        elif isinstance(value, list):
            for v in value:
                walk(v, f"{path}[*]")

    for case in CASES:
        if golden_file(case).is_file():
            walk(json.loads(golden_file(case).read_text(encoding="utf-8")), "")
    assert seen, "no golden file yet"
    assert not sorted(set(VOLATILE) - seen), "VOLATILE names fields no report has"


def test_a_difference_is_reported_with_its_path() -> None:
    golden = {"documents": [{"fields": {"gross": {"value": 3100.0}}}], "verdict": "ready"}
    got = {"documents": [{"fields": {"gross": {"value": 3000.0}}}], "extra": None}
    assert differences(got, golden) == [
        "documents[0].fields.gross.value: 3000.0 != 3100.0",
        'verdict: missing; golden "ready"',
        "extra: null, not in the golden file",
    ]
    assert differences({"hours": 40}, {"hours": 40.0}) == ["hours: 40 != 40.0"]
    assert differences({"ocr": True}, {"ocr": 1}) == ["ocr: true != 1"]
    assert differences([1, 2, 3], [1, 2]) == ["(the report): 3 items != 2", "[2]: extra item 3"]
    rules = [{"rule": r, "status": "passed"} for r in ("A", "B", "C")]
    assert differences([rules[0], rules[2]], rules) == [
        "(the report): 2 items != 3",
        '[1]: missing item (golden [1]) {"rule": "B", "status": "passed"}',
    ]
    changed = [rules[0], {"rule": "B", "status": "failed"}, rules[2]]
    assert differences(changed, rules) == ['[1].status: "failed" != "passed"']
    assert differences({"bbox": [1, 2, 3, 4]}, {"bbox": [1, 2, 5, 4]}) == ["bbox[2]: 3 != 5"]
    assert normalized({"audit": {"checklists": [{"path": "/a/b/checklists/rules.yaml"}]}}) == {
        "audit": {"checklists": [{"path": "checklists/rules.yaml"}]}
    }
