"""Sample ground truth (`samples/<case>/expected.yaml`) and how an extracted value is judged.

Beside the samples it describes, so that the golden tests and the benchmarks both read it
without either depending on the other.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from auditor.models import Document, Record

SAMPLES = Path(__file__).resolve().parent
NUMBER_TOLERANCE = 0.005


@dataclass(frozen=True)
class ExpectedDocument:
    path: str
    pages: tuple[int, ...] | None
    kind: str
    source: str  # text | scan | photo
    fields: dict[str, Any]


@dataclass(frozen=True)
class Expected:
    case_dir: Path
    as_of: dt.date | None
    verdict: str
    documents: tuple[ExpectedDocument, ...]
    failed: frozenset[str]
    unknown: frozenset[str]
    qualifying_hours: float | None


def sample_cases() -> list[Path]:
    return sorted(p.parent for p in SAMPLES.glob("*/expected.yaml"))


def load_expected(case_dir: Path) -> Expected:
    raw = yaml.safe_load((case_dir / "expected.yaml").read_text(encoding="utf-8")) or {}
    docs = tuple(
        ExpectedDocument(
            path=d["path"],
            pages=tuple(d["pages"]) if d.get("pages") else None,
            kind=d["kind"],
            source=d.get("source", "text"),
            fields=dict(d.get("fields") or {}),
        )
        for d in raw.get("documents") or []
    )
    findings = raw.get("findings") or {}
    eligibility = raw.get("eligibility") or {}
    return Expected(
        case_dir=case_dir,
        as_of=raw.get("as_of"),
        verdict=raw["verdict"],
        documents=docs,
        failed=frozenset(findings.get("failed") or ()),
        unknown=frozenset(findings.get("unknown") or ()),
        qualifying_hours=eligibility.get("qualifying_hours"),
    )


def find_document(documents: tuple[Document, ...] | list[Document], e: ExpectedDocument):
    """The extracted document the ground truth describes: same file, and same pages if given."""
    same_file = [d for d in documents if d.file.relpath == e.path]
    if e.pages is not None:
        same_file = [d for d in same_file if set(e.pages) <= set(d.page_numbers)]
    return same_file[0] if len(same_file) == 1 else (same_file[0] if same_file else None)


def _norm_text(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = text.replace("’", "'")
    return re.sub(r"\s+", " ", text).strip(" .,;")


def same_value(expected: Any, actual: Any) -> bool:
    """Whether an extracted value equals the ground truth, up to case, spacing and rounding."""
    if actual is None:
        return expected is None
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual or expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return abs(float(expected) - float(actual)) <= NUMBER_TOLERANCE
    if isinstance(expected, dt.date):
        return isinstance(actual, dt.date) and expected == actual
    if isinstance(expected, (list, tuple)):
        if not isinstance(actual, (list, tuple)) or len(expected) != len(actual):
            return False
        if all(isinstance(e, dict) for e in expected):  # positions, leave: records by key
            return all(
                isinstance(a, Record) and all(same_value(v, a.value(k)) for k, v in e.items())
                for e, a in zip(expected, actual, strict=True)
            )
        return all(_norm_text(a) == _norm_text(b) for a, b in zip(expected, actual, strict=True))
    return _norm_text(expected) == _norm_text(actual)
