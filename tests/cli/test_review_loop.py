"""The review loop from the command line (issue 17): what changed since the last audit, review
statuses that survive a re-audit of unchanged documents and go stale when a document changes,
and a sign-off that is void once the case changes. Real audits of a real sample."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "eligible-en-digital"
PASSPORT = "identity/passport.pdf"
UNREADABLE = f"DOC-UNREADABLE-001:{PASSPORT}"


def audit(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", *map(str, args), "-q"],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        timeout=600,
    )


def report(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return data


def open_ids(data: dict[str, Any]) -> set[str]:
    return {f["id"] for f in data["findings"] if f["status"] != "passed"}


@pytest.fixture
def case(tmp_path: Path) -> Path:
    folder = tmp_path / "joshi"
    shutil.copytree(SAMPLE, folder)
    return folder


def break_passport(case: Path, text: str = "broken") -> None:
    (case / PASSPORT).write_bytes(b"%PDF-1.4 " + text.encode())


def test_a_changed_document_gives_exactly_its_new_and_resolved_findings(
    case: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    good = (case / PASSPORT).read_bytes()
    first = audit(case, "--out", out)
    assert first.returncode == 0, first.stderr
    r1 = report(out)
    assert "changes" not in r1  # no earlier report: nothing to compare with
    assert 'id="changes"' not in (out / "report.html").read_text(encoding="utf-8")

    break_passport(case)
    audit(case, "--out", out)
    r2 = report(out)
    changes = r2["changes"]
    assert changes["baseline"] == str(out / "report.json")
    assert UNREADABLE in changes["new"]
    assert set(changes["new"]) == open_ids(r2) - open_ids(r1)
    assert changes["resolved"] == []
    assert changes["changed"] == []
    assert [d["path"] for d in changes["documents"]["changed"]] == [PASSPORT]
    assert changes["documents"]["added"] == changes["documents"]["removed"] == []
    assert changes["verdict"] == {"before": "ready", "after": r2["verdict"], "changed": True}
    html = (out / "report.html").read_text(encoding="utf-8")
    assert 'id="changes"' in html and "Since the last audit" in html
    assert UNREADABLE in html.split('id="changes"')[1].split("</section>")[0]

    (case / PASSPORT).write_bytes(good)
    audit(case, "--out", out)
    r3 = report(out)
    assert r3["changes"]["new"] == []
    assert set(r3["changes"]["resolved"]) == set(changes["new"])
    assert {f["id"] for f in r3["changes"]["resolved_findings"]} == set(changes["new"])
    assert r3["changes"]["verdict"] == {"before": r2["verdict"], "after": "ready", "changed": True}
    assert open_ids(r3) == open_ids(r1)


def write_review(case: Path, signoff: bool = True) -> None:
    text = f"""\
review:
  - finding: {UNREADABLE}
    status: awaiting_document
    by: J. Tremblay
    date: 2026-11-21
    note: Asked the client for a clean scan
  - finding: XDOC-WAGE-001:letters/nowhere.pdf
    status: reviewed
    by: J. Tremblay
    date: 2026-11-21
"""
    if signoff:
        text += "signoff: {by: J. Tremblay, date: 2026-11-28}\n"
    (case / "review.yaml").write_text(text, encoding="utf-8")


def status_of(data: dict[str, Any], finding: str) -> dict[str, Any]:
    return next(r for r in data["review"] if r["finding"] == finding)


def test_a_review_status_survives_unchanged_documents_and_goes_stale_when_one_changes(
    case: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    break_passport(case)
    plain = audit(case, "--out", out)
    verdict = report(out)["verdict"]
    write_review(case)

    for _ in range(2):  # the audit after the review, and one more: nothing changed
        again = audit(case, "--out", out)
        data = report(out)
        entry = status_of(data, UNREADABLE)
        assert (entry["state"], entry["stale"]) == ("current", False)
        assert entry["status"] == "awaiting_document" and entry["by"] == "J. Tremblay"
        finding = next(f for f in data["findings"] if f["id"] == UNREADABLE)
        assert finding["review"]["status"] == "awaiting_document"
        assert finding["status"] == "failed"  # a status never changes a finding
        assert data["verdict"] == verdict and again.returncode == plain.returncode
        assert data["signoff"]["valid"] is True
        unused = status_of(data, "XDOC-WAGE-001:letters/nowhere.pdf")
        assert unused["state"] == "unused"
        html = (out / "report.html").read_text(encoding="utf-8")
        assert 'data-signoff="valid"' in html
        assert 'data-review="awaiting_document" data-review-state="current"' in html

    break_passport(case, "another scan, still broken")
    changed = audit(case, "--out", out)
    data = report(out)
    entry = status_of(data, UNREADABLE)
    assert (entry["state"], entry["stale"]) == ("stale", True)
    assert PASSPORT in entry["explanation"]
    assert entry["reviewed"]["documents"][0]["sha256"] != entry["current"]["documents"][0]["sha256"]
    assert data["signoff"]["valid"] is False and data["signoff"]["state"] == "void"
    assert data["verdict"] == verdict and changed.returncode == plain.returncode
    assert "1 stale" in changed.stderr and "sign-off is void" in changed.stderr
    html = (out / "report.html").read_text(encoding="utf-8")
    assert 'data-review-state="stale"' in html and 'data-signoff="void"' in html

    audit(case, "--out", out)  # stays stale until the consultant gives a new status
    assert status_of(report(out), UNREADABLE)["state"] == "stale"
    assert report(out)["signoff"]["valid"] is False


def test_a_status_written_after_a_document_changed_is_stale_at_once(
    case: Path, tmp_path: Path
) -> None:
    """The consultant read the report in the folder; the document changed before the next
    audit: the status was given for the content that report audited."""
    out = tmp_path / "out"
    break_passport(case)
    audit(case, "--out", out)
    write_review(case, signoff=False)
    break_passport(case, "changed before the next audit")
    audit(case, "--out", out)
    assert status_of(report(out), UNREADABLE)["state"] == "stale"


def test_a_waiver_added_voids_the_sign_off_and_a_status_does_not(
    case: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    audit(case, "--out", out)
    (case / "review.yaml").write_text(
        "signoff: {by: A. Chen, date: 2026-11-28}\n", encoding="utf-8"
    )
    audit(case, "--out", out)
    assert report(out)["signoff"]["valid"] is True
    (case / "review.yaml").write_text(
        "signoff: {by: A. Chen, date: 2026-11-28}\n"
        "review:\n  - {finding: LANG-EXPIRING-001:case, status: reviewed, by: A. Chen,"
        " date: 2026-11-28}\n",
        encoding="utf-8",
    )
    audit(case, "--out", out)
    assert report(out)["signoff"]["valid"] is True
    (case / "review.yaml").write_text(
        "signoff: {by: A. Chen, date: 2026-11-28}\n"
        "waive:\n  - {rule: XDOC-WAGE-001, document: all, reason: on file, by: A. Chen,"
        " date: 2026-11-28}\n",
        encoding="utf-8",
    )
    done = audit(case, "--out", out)
    assert report(out)["signoff"]["valid"] is False, done.stderr


def test_baseline_compares_with_any_earlier_report(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    audit(case, "--out", out)
    kept = tmp_path / "first.json"
    shutil.copy(out / "report.json", kept)
    break_passport(case)
    audit(case, "--out", out)
    audit(case, "--out", out)  # compared with the previous report: nothing new
    assert report(out)["changes"]["new"] == []
    audit(case, "--out", out, "--baseline", kept)
    data = report(out)
    assert data["changes"]["baseline"] == str(kept)
    assert UNREADABLE in data["changes"]["new"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), ("{}", "not an auditor's report.json"), ("[", "not a readable")],
)
def test_a_baseline_that_cannot_serve_is_a_usage_error(
    case: Path, tmp_path: Path, content: str | None, message: str
) -> None:
    baseline = tmp_path / "old.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    done = audit(case, "--out", tmp_path / "out", "--baseline", baseline)
    assert done.returncode == 2
    assert message in done.stderr and not (tmp_path / "out").exists()


def test_baseline_takes_one_case(case: Path, tmp_path: Path) -> None:
    other = tmp_path / "raman"
    shutil.copytree(SAMPLE, other)
    done = audit(case, other, "--out", tmp_path / "out", "--baseline", tmp_path / "x.json")
    assert done.returncode == 2 and "--baseline" in done.stderr


def test_another_cases_report_in_the_folder_is_not_compared(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    other = tmp_path / "raman"
    shutil.copytree(SAMPLE, other)
    audit(other, "--out", out)
    done = audit(case, "--out", out)
    assert "changes" not in report(out)
    assert "another case's report: not compared" in done.stderr


@pytest.mark.parametrize(
    ("entry", "line", "message"),
    [
        ("  - {finding: X:case, status: done, by: A, date: 2026-11-01}", 2, "'done' is not one of"),
        ("  - {finding: X:case, status: fixed, date: 2026-11-01}", 2, "needs `by:`"),
        (
            "  - finding: X:case\n    status: fixed\n    by: A\n    date: 2026-11-01\n    who: B",
            6,
            "unknown key 'who'",
        ),
    ],
)
def test_a_bad_review_status_is_a_usage_error_at_its_line(
    case: Path, tmp_path: Path, entry: str, line: int, message: str
) -> None:
    (case / "review.yaml").write_text(f"review:\n{entry}\n", encoding="utf-8")
    done = audit(case, "--out", tmp_path / "out")
    assert done.returncode == 2
    assert f"review.yaml:{line}:" in done.stderr and message in done.stderr


def test_out_dash_sends_one_cases_json_to_stdout_and_writes_nothing(
    case: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "auditor", str(case), "--out", "-", "--format", "json", "-q"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["verdict"] == "ready" and data["case"]["name"] == "joshi"
    assert "joshi: ready" in done.stderr
    assert not (tmp_path / "audit-reports").exists() and not (tmp_path / "-").exists()
    refused = audit(case, "--out", "-")  # html too: only JSON can go to stdout
    assert refused.returncode == 2 and "--format json" in refused.stderr


def test_a_batch_writes_index_json_and_csv_with_one_row_per_case(
    case: Path, tmp_path: Path
) -> None:
    other = tmp_path / "raman"
    shutil.copytree(SAMPLE, other)
    break_passport(other)
    out = tmp_path / "out"
    audit(case, other, "--out", out)
    rows = json.loads((out / "index.json").read_text(encoding="utf-8"))["cases"]
    assert sorted(r["case"] for r in rows) == ["joshi", "raman"]
    raman = next(r for r in rows if r["case"] == "raman")
    assert raman["open_findings"] == len(open_ids(report(out / "raman")))
    assert raman["client"] == "Meera Joshi" and raman["verdict"] == report(out / "raman")["verdict"]
    lines = (out / "index.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[0].startswith("case,client,submission_date")
