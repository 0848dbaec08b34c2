"""report.json schema 2 (CONTRACT.md section 3): a stable `id` per finding, unique within its
report, on every sample; the case's audit date-time, client, submission date and path."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.models import Evidence, Finding, finding_ids

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if (p / "expected.yaml").is_file())


def _audit(cases: list[Path], out: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "auditor", *map(str, cases), "--out", str(out)]
        + ["--format", "json", "--fail-on", "never"],
        capture_output=True,
        text=True,
        cwd=out.parent,
        check=False,
    )
    assert run.returncode == 0, run.stderr


def test_ids_name_the_rule_the_document_and_what_tells_them_apart() -> None:
    letter = Finding("LETTER-CONTACT-001", "failed", "warning", "m", ("a.pdf",), subject="phone")
    claim = Finding("XDOC-CLAIM-001", "passed", "error", "m", ("case.yaml", "a.pdf"))
    claim2 = Finding("XDOC-CLAIM-001", "passed", "error", "m", ("case.yaml", "b.pdf"))
    split = [
        Finding("STUB-MATH-001", "passed", "warning", "m", ("s.pdf",), (Evidence("s.pdf", p),))
        for p in (2, 3)
    ]
    alike = [Finding("DOC-UNKNOWN-001", "failed", "info", "m")] * 2
    assert finding_ids([letter, claim, claim2, *split, *alike]) == [
        "LETTER-CONTACT-001:a.pdf:phone",
        "XDOC-CLAIM-001:case.yaml:a.pdf",
        "XDOC-CLAIM-001:case.yaml:b.pdf",
        "STUB-MATH-001:s.pdf:p2",
        "STUB-MATH-001:s.pdf:p3",
        "DOC-UNKNOWN-001:case",
        "DOC-UNKNOWN-001:case:2",
    ]


@pytest.mark.ocr
def test_every_sample_has_unique_stable_ids_and_the_schema_2_case(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _audit(SAMPLES, out)
    again = tmp_path / "again"
    _audit(SAMPLES, again)
    for case in SAMPLES:
        report = json.loads((out / case.name / "report.json").read_text(encoding="utf-8"))
        ids = [f["id"] for f in report["findings"]]
        assert len(ids) == len(set(ids)), f"{case.name}: ids repeat"
        for f in report["findings"]:
            document = f["documents"][0] if f["documents"] else "case"
            assert f["id"].startswith(f"{f['rule']}:{document}"), f["id"]
        second = json.loads((again / case.name / "report.json").read_text(encoding="utf-8"))
        assert [f["id"] for f in second["findings"]] == ids, f"{case.name}: ids changed"
        assert report["schema_version"] == 2
        assert set(report["summary"]) == {"failed", "unknown", "waived"}
        head = report["case"]
        assert head["path"] == str(case.resolve())
        assert dt.datetime.fromisoformat(head["audited_at"]).tzinfo is not None
    letter = json.loads(
        (out / "incomplete-letter-noc2016" / "report.json").read_text(encoding="utf-8")
    )
    contact = sorted(f["id"] for f in letter["findings"] if f["rule"] == "LETTER-CONTACT-001")
    assert contact == [
        "LETTER-CONTACT-001:reference_letter_scan.pdf:employer_email",
        "LETTER-CONTACT-001:reference_letter_scan.pdf:employer_phone",
    ]
    joshi = json.loads((out / "eligible-en-digital" / "report.json").read_text(encoding="utf-8"))
    assert joshi["case"]["client"] == "Meera Joshi"
    assert joshi["case"]["submission_date"] == "2026-12-15"
