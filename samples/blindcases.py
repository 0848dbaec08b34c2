"""Case folders assembled from the blind corpus's documents, and what a failed finding must not
rest on (issue 14): a value not read, read below the confidence threshold, or implausible.

The blind corpus (`samples/blind/round1/`; later rounds stay fresh, `ROUNDS`) holds single
documents of 9 kinds, each layout in three sources (text, scan, photo). A case here takes, for
one source, the i-th layout of every kind (letter, stubs, language result, permits, passport,
T4, receipt, completion letter), and writes a case.yaml from the ground truth at run time (the
client's name and birth date from the passport, the claimed job from the letter, the claimed
test from the result): so what the case declares is true, and a failed finding that
contradicts it came from the reading. The documents are used as input only; no value of theirs
is written in code.

Used by `tests/golden/test_blind_honest.py` (a subset) and `benchmarks/blind_findings.py`
(every case).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from auditor.models import Document, Finding, document_file
from samples.groundtruth import ExpectedDocument, same_value

BLIND = Path(__file__).resolve().parent / "blind"
SOURCES = ("text", "scan", "photo")
AS_OF = dt.date(2026, 12, 1)  # the submission date of every assembled case
# The accepted language tests case.yaml may claim (CONTRACT.md section 2 codes).
CLAIMABLE_TESTS = {
    "ielts_general_training",
    "celpip_general",
    "pte_core",
    "tef_canada",
    "tcf_canada",
}
# What a failed finding reports missing, by `details["missing"]`, and the kind that shows it.
LETTER_ELEMENT_RULES = (
    "LETTER-CONTACT-001",
    "LETTER-SIGNATORY-001",
    "LETTER-TITLE-001",
    "LETTER-DUTIES-001",
    "LETTER-HOURS-001",
    "LETTER-SALARY-001",
    "LETTER-NAME-001",
)


@dataclass(frozen=True)
class BlindCase:
    """The documents of one assembled case: paths relative to `round_dir`, with their truth."""

    name: str
    round_dir: Path
    source: str
    documents: tuple[ExpectedDocument, ...]

    def truth(self, document: str) -> ExpectedDocument | None:
        """The ground truth of a document (its identity: a file, or a part of one)."""
        path = document_file(document)
        return next((d for d in self.documents if d.path == path), None)


# The round the cases are assembled from. A later round stays fresh: it measures extraction on
# layouts nobody has looked at (benchmarks/extraction.py reports it apart), so neither the test
# nor, by default, the benchmark assembles it into cases.
ROUNDS = ("round1",)


def _rounds(names: Iterable[str]) -> list[Path]:
    wanted = set(names)
    found = (p.parent for p in BLIND.glob("round*/expected.yaml"))
    return sorted(p for p in found if p.name in wanted)


def _layout_number(path: str) -> int:
    found = re.search(r"-(\d+)-(?:text|scan|photo)\.", path)
    return int(found.group(1)) if found else 0


def blind_cases(
    sources: Iterable[str] = SOURCES, rounds: Iterable[str] = ROUNDS
) -> list[BlindCase]:
    """Every assembled case of the given rounds, for the given sources: case i of a source
    holds the i-th layout of each kind (kinds with fewer layouts start again from the first)."""
    out = []
    wanted = set(sources)
    for round_dir in _rounds(rounds):
        raw = yaml.safe_load((round_dir / "expected.yaml").read_text(encoding="utf-8")) or {}
        by_kind: dict[tuple[str, str], list[ExpectedDocument]] = defaultdict(list)
        for d in raw.get("documents") or []:
            if d.get("source") not in wanted:
                continue
            doc = ExpectedDocument(
                path=d["path"],
                pages=None,
                kind=d["kind"],
                source=d["source"],
                fields=dict(d.get("fields") or {}),
            )
            by_kind[(doc.source, doc.kind)].append(doc)
        for source in SOURCES:
            kinds = {
                k: sorted(v, key=lambda e: _layout_number(e.path))
                for (s, k), v in by_kind.items()
                if s == source
            }
            count = max((len(v) for v in kinds.values()), default=0)
            for i in range(count):
                docs = tuple(v[i % len(v)] for _, v in sorted(kinds.items()))
                out.append(
                    BlindCase(f"{round_dir.name}-{source}-{i + 1:02d}", round_dir, source, docs)
                )
    return out


def _first(case: BlindCase, kind: str) -> ExpectedDocument | None:
    return next((d for d in case.documents if d.kind == kind), None)


def _date(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else None


def case_yaml(case: BlindCase) -> dict[str, Any]:
    """What the case declares, taken from its documents' truth."""
    out: dict[str, Any] = {"application": {"submission_date": AS_OF, "intended_province": "ON"}}
    passport = _first(case, "passport")
    if passport is not None:
        client = {
            "name": passport.fields.get("holder_name"),
            "date_of_birth": passport.fields.get("date_of_birth"),
        }
        out["client"] = {k: v for k, v in client.items() if v is not None}
    claims: dict[str, Any] = {}
    letter = _first(case, "employment_letter")
    if letter is not None and letter.fields.get("employer_name"):
        f = letter.fields
        job = {
            "employer": f["employer_name"],
            "title": f.get("job_title"),
            "noc": str(f["noc_code"]) if f.get("noc_code") else None,
            "start": f.get("start_date"),
            "end": f.get("end_date"),
            "hours_per_week": f.get("hours_per_week"),
        }
        claims["work"] = [{k: v for k, v in job.items() if v is not None or k == "end"}]
    result = _first(case, "language_test")
    if result is not None and result.fields.get("test") in CLAIMABLE_TESTS:
        scores = {
            a: result.fields[a]
            for a in ("listening", "reading", "writing", "speaking")
            if a in result.fields
        }
        claims["language"] = [{"test": result.fields["test"], **scores}]
    if claims:
        out["claims"] = claims
    return out


def write_case(case: BlindCase, folder: Path) -> Path:
    """The case folder: a copy of each document (never the corpus itself) and case.yaml."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in case.documents:
        target = folder / d.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(case.round_dir / d.path, target)
    (folder / "case.yaml").write_text(
        yaml.safe_dump(case_yaml(case), sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return folder


def _counts(f: Finding) -> bool:
    return f.status == "failed" and f.severity in ("error", "warning")


def unread_failures(
    case: BlindCase, documents: Iterable[Document], findings: Iterable[Finding], threshold: float
) -> list[str]:
    """Each failed finding at warning or error that rests on a value not read, read below the
    threshold or implausible, with why; [] when there is none.

    - its evidence holds a value read below the threshold or implausible;
    - it reports missing from a letter an element the letter shows (LETTER-*, its subject);
    - it reports missing a document of a kind the case holds (`details["missing"]`), or a
      letter when the case holds one (the claim comes from that letter).
    """
    kinds = {d.kind for d in case.documents}
    out = []
    for f in findings:
        if not _counts(f):
            continue
        for e in f.evidence:
            low = e.confidence is not None and e.confidence < threshold
            if low or e.problem:
                out.append(
                    f"{f.rule} on {e.document}: {e.field_name} read with {e.confidence} "
                    f"({e.problem or 'below the threshold'}): {f.message}"
                )
        if f.rule in LETTER_ELEMENT_RULES and f.subject and f.documents:
            truth = case.truth(f.documents[0])
            if truth is not None and truth.fields.get(f.subject) not in (None, "", []):
                out.append(
                    f"{f.rule} on {f.documents[0]}: says the {f.subject} is missing; the letter "
                    f"shows it: {f.message}"
                )
        missing = (f.details or {}).get("missing")
        if isinstance(missing, str) and missing in kinds:
            out.append(f"{f.rule}: reports no {missing}, and the case holds one: {f.message}")
        if f.rule == "LANG-MISSING-001" and "language_test" in kinds:
            out.append(f"{f.rule}: the case holds a language result: {f.message}")
        out += _letter_dates(case, f)
    return out


def _letter_dates(case: BlindCase, f: Finding) -> list[str]:
    """LETTER-DATES-001 saying the start date is missing when the letter shows one. (A letter
    read as unsigned is an absence read with confidence: `confidently_wrong` counts it.)"""
    truth = case.truth(f.documents[0]) if f.documents else None
    if truth is None:
        return []
    shows = truth.fields
    if f.rule == "LETTER-DATES-001" and "no start date" in f.message and shows.get("start_date"):
        return [f"{f.rule} on {truth.path}: says no start date; the letter shows one"]
    return []


def confidently_wrong(
    case: BlindCase, documents: Iterable[Document], findings: Iterable[Finding], threshold: float
) -> list[str]:
    """Failed findings at warning or error whose evidence value was read with confidence but
    differs from the truth (an extraction error a rule acted on): measured, not a rule's fault."""
    read = {d.id: d for d in documents}
    out = []
    for f in findings:
        if not _counts(f):
            continue
        for e in f.evidence:
            if e.field_name is None or e.confidence is None or e.confidence < threshold:
                continue
            truth, doc = case.truth(e.document), read.get(e.document)
            if truth is None or doc is None or e.field_name not in truth.fields:
                continue
            if not same_value(truth.fields[e.field_name], doc.value(e.field_name)):
                # Field and confidence only: the values are the documents' own.
                out.append(f"{f.rule} on {e.document}: {e.field_name} ({e.confidence:.0%})")
    return out
