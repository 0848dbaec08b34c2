"""Waivers in the reports: report.json's `waivers` list, the HTML Waivers section, the snippet."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from auditor.case.intake import load_review
from auditor.models import Finding, Waiver
from auditor.privacy import Redactor
from auditor.report.html import write_html
from auditor.report.json_report import report_dict
from auditor.report.view import build_view, waiver_yaml
from auditor.result import AuditResult
from auditor.rules.waivers import WaiverOutcome
from tests.report.fixtures import HOSTILE, SIN

ROOT = Path(__file__).resolve().parents[2]
SHA = "c" * 64


def _with_waivers(result: AuditResult) -> AuditResult:
    day = dt.date(2026, 11, 20)
    applied = WaiverOutcome(
        Waiver("LETTER-SALARY-001", "HR confirmed", "J. T.", day, "letter.pdf", line=2),
        "applied",
        1,
        SHA,
    )
    unused = WaiverOutcome(
        Waiver("CEC-HOURS-001", f"SIN {SIN} {HOSTILE}", "J. T.", day, None, line=8),
        "unused",
        note="no finding of CEC-HOURS-001",
    )
    return replace(result, waivers=(applied, unused))


def test_report_json_lists_every_waiver_with_its_status(hostile_result: AuditResult) -> None:
    listed = report_dict(_with_waivers(hostile_result))["waivers"]
    assert [(w["rule"], w["document"], w["status"], w["findings"]) for w in listed] == [
        ("LETTER-SALARY-001", "letter.pdf", "applied", 1),
        ("CEC-HOURS-001", "all", "unused", 0),
    ]
    assert listed[0]["document_sha256"] == SHA and listed[0]["line"] == 2
    assert listed[1]["note"] == "no finding of CEC-HOURS-001"
    assert "046 454" not in json.dumps(listed)  # the reason goes through the redactor
    assert report_dict(hostile_result)["waivers"] == []


def test_the_html_shows_a_waivers_section_unused_first(hostile_result: AuditResult) -> None:
    result = _with_waivers(hostile_result)
    rows = build_view(result).waivers
    assert [(r.rule, r.status) for r in rows] == [
        ("CEC-HOURS-001", "unused"),
        ("LETTER-SALARY-001", "applied"),
    ]
    html = write_html(result, Path(hostile_result.case_dir).parent / "waivers-out").read_text(
        encoding="utf-8"
    )
    section = html[html.index('<section id="waivers">') :]
    section = section[: section.index("</section>")]
    assert 'data-status="unused"' in section and "no finding of CEC-HOURS-001" in section
    assert HOSTILE not in section and "&lt;img" in section and "046 454" not in section
    assert '<a href="#waivers">' in html
    assert '<section id="waivers">' not in write_html(
        hostile_result, Path(hostile_result.case_dir).parent / "no-waivers-out"
    ).read_text(encoding="utf-8")


def test_the_snippet_binds_the_waiver_to_the_document_and_its_content(tmp_path: Path) -> None:
    finding = Finding("XDOC-HOURS-001", "failed", "warning", "m", ("letters/a.pdf", "stubs/b.pdf"))
    entry = waiver_yaml(finding, Redactor(), SHA)
    assert "    document: letters/a.pdf\n" in entry and f"    sha256: {SHA}  #" in entry
    assert "by:       # required" in entry and "date:     # required" in entry
    assert "# expires: YYYY-MM-DD" in entry
    filled = entry.replace("reason:  ", "reason: ok  ").replace("by:      ", "by: J. T.")
    (tmp_path / "review.yaml").write_text(
        "waive:\n" + filled.replace("date:    ", "date: 2026-11-20"), encoding="utf-8"
    )
    (waiver,) = load_review(tmp_path, {"XDOC-HOURS-001"})
    assert (waiver.document, waiver.sha256, waiver.expires) == ("letters/a.pdf", SHA, None)


def test_the_snippet_of_a_case_wide_finding_says_document_all(tmp_path: Path) -> None:
    entry = waiver_yaml(Finding("CEC-HOURS-001", "failed", "error", "m"), Redactor())
    assert "    document: all  #" in entry and "sha256" not in entry
    filled = entry.replace("reason:  ", "reason: ok  ").replace("by:      ", "by: J. T.")
    (tmp_path / "review.yaml").write_text(
        "waive:\n" + filled.replace("date:    ", "date: 2026-11-20"), encoding="utf-8"
    )
    (waiver,) = load_review(tmp_path, {"CEC-HOURS-001"})
    assert waiver.document is None


def test_an_audit_reports_applied_stale_and_unused_waivers(tmp_path: Path) -> None:
    case = tmp_path / "case"
    shutil.copytree(ROOT / "samples" / "paystub-discrepancies", case)
    report = _audit(case, tmp_path / "first")
    failed = next(f for f in report["findings"] if f["status"] == "failed" and f["documents"])
    path = failed["documents"][0]
    sha = next(d["sha256"] for d in report["documents"] if d["path"] == path)
    review = (
        "waive:\n"
        f"  - rule: {failed['rule']}\n    document: {json.dumps(path)}\n    sha256: {sha}\n"
        "    reason: ok\n    by: J. T.\n    date: 2026-11-20\n"
        f"  - rule: {failed['rule']}\n    document: {json.dumps(path + 'x')}\n"
        "    reason: ok\n    by: J. T.\n    date: 2026-11-20\n"
    )
    (case / "review.yaml").write_text(review, encoding="utf-8")
    waivers = _audit(case, tmp_path / "second")["waivers"]
    assert [(w["status"], w["document_sha256"]) for w in waivers] == [
        ("applied", sha),
        ("unused", None),
    ]
    assert waivers[1]["note"].endswith(f"did you mean {path}?")
    (case / "review.yaml").write_text(review.replace(sha, "f" * 64), encoding="utf-8")
    stale = _audit(case, tmp_path / "third")["waivers"][0]
    assert (stale["status"], stale["document_sha256"]) == ("stale", sha)


def _audit(case: Path, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "auditor", str(case), "--out", str(out), "--format", "json", "-q"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr
    found = list(out.rglob("report.json"))
    assert len(found) == 1, found
    return json.loads(found[0].read_text(encoding="utf-8"))
