"""One count: the CLI line, the HTML report, the batch index and report.json agree (issue 16).

Two sample cases are audited by the `audit` command, one of them with a waiver; every place
that shows how many findings a case has must show the numbers of `auditor.result.summarize`.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.models import Finding
from auditor.result import plural, summarize

ROOT = Path(__file__).resolve().parents[2]
WAIVER = """\
waive:
  - rule: XDOC-WAGE-001
    document: 01-employment-letter.pdf
    reason: The letter's wage includes a shift premium; HR confirmation on file
    by: J. Tremblay
    date: 2026-11-20
"""


def test_plurals_follow_the_count() -> None:
    assert [plural(n, ("error", "errors")) for n in (0, 1, 2, 1560)] == [
        "0 errors",
        "1 error",
        "2 errors",
        "1,560 errors",
    ]
    line = summarize(
        [
            Finding("A", "failed", "error", "m"),
            Finding("B", "failed", "warning", "m"),
            Finding("C", "failed", "warning", "m"),
            Finding("D", "unknown", "warning", "m"),
            Finding("E", "waived", "error", "m"),
        ]
    ).line()
    assert line == "1 error, 2 warnings, 0 info; 1 to check by hand; 1 waived"


@pytest.mark.ocr
def test_the_cli_html_index_and_json_show_the_same_counts(tmp_path: Path) -> None:
    waived = tmp_path / "cases" / "waived"
    plain = tmp_path / "cases" / "plain"
    shutil.copytree(ROOT / "samples" / "paystub-discrepancies", waived)
    shutil.copytree(ROOT / "samples" / "bare-letters-no-language", plain)
    (waived / "review.yaml").write_text(WAIVER, encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "auditor", str(waived), str(plain), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert run.returncode == 1, run.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    for name in ("waived", "plain"):
        report = json.loads((out / name / "report.json").read_text(encoding="utf-8"))
        summary = report["summary"]
        failed, unknown = summary["failed"], summary["unknown"]
        # report.json: the summary is the count of its own findings.
        by_status: dict[str, dict[str, int]] = {"failed": {}, "unknown": {}}
        for f in report["findings"]:
            if f["status"] in by_status:
                by_status[f["status"]][f["severity"]] = (
                    by_status[f["status"]].get(f["severity"], 0) + 1
                )
        for status in ("failed", "unknown"):
            assert {k: v for k, v in summary[status].items() if v} == by_status[status]
        assert summary["waived"] == sum(f["status"] == "waived" for f in report["findings"])
        # The CLI line.
        checked = unknown["error"] + unknown["warning"]
        line = (
            f"{plural(failed['error'], ('error', 'errors'))}, "
            f"{plural(failed['warning'], ('warning', 'warnings'))}, {failed['info']} info"
            + (f"; {checked} to check by hand" if checked else "")
            + (f"; {summary['waived']} waived" if summary["waived"] else "")
        )
        assert f"{name}: " in run.stdout and f"({line}) -> " in run.stdout.split(f"{name}: ")[1]
        # The HTML report's counts.
        html = (out / name / "report.html").read_text(encoding="utf-8")
        shown = dict(re.findall(r'class="count sev-(\w+)[^"]*"><b>(\d+)</b>', html))
        assert {k: int(v) for k, v in shown.items()} == failed
        assert re.search(r"audited <b>\d{4}-\d\d-\d\d \d\d:\d\d UTC</b>", html)
        waived_shown = re.search(r'class="count waived[^"]*"><b>(\d+)</b>', html)
        assert waived_shown and int(waived_shown.group(1)) == summary["waived"]
        # The batch index's row.
        row = re.search(rf'<a href="{name}/report.html">.*?</tr>', index, re.S)
        assert row is not None
        numbers = [int(n) for n in re.findall(r'class="num" data-key="(\d+)"', row.group(0))]
        assert numbers == [
            failed["error"],
            failed["warning"],
            failed["info"],
            sum(unknown.values()),
            summary["waived"],
        ]
    assert json.loads((out / "waived" / "report.json").read_text())["summary"]["waived"] == 1
