"""Findings on cases assembled from the blind corpus: none may fail on a value not read.

Usage: .venv/bin/python benchmarks/blind_findings.py [--sources text,scan,photo] [--cache]
                                                     [--rounds round1] [--jobs N] [--show]

Each case takes, for one source, the i-th layout of every kind of `samples/blind/round1/`,
with a case.yaml written from the ground truth (`samples/blindcases.py`), and is audited for
real (text layer, Tesseract). Printed per source: the cases, the failed findings at warning or
error, those resting on a value not read, below the confidence threshold or implausible (the
issue 14 goal: 0), the failed findings whose value was read with confidence but is wrong (an
extraction error a rule acted on), and the unknown findings (what a person must check). The
documents are input only: nothing here is tuned to them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from auditor.pipeline import AuditOptions, run_audit  # noqa: E402
from auditor.reading import cache as read_cache  # noqa: E402
from auditor.reading.ocr import probe  # noqa: E402
from auditor.rules.certainty import THRESHOLD_PARAM, THRESHOLD_RULE  # noqa: E402
from samples.blindcases import (  # noqa: E402
    ROUNDS,
    SOURCES,
    blind_cases,
    confidently_wrong,
    unread_failures,
    write_case,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", default=",".join(SOURCES))
    parser.add_argument(
        "--rounds",
        default=",".join(ROUNDS),
        help="blind rounds to assemble cases from (default: round1; later rounds stay fresh)",
    )
    parser.add_argument("--cache", action="store_true", help="use the read cache (default: off)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--show", action="store_true", help="list every problem found")
    args = parser.parse_args()
    options = AuditOptions(
        jobs=args.jobs, cache_dir=read_cache.default_dir() if args.cache else None
    )
    engine = probe()
    started = time.monotonic()
    rows: dict[str, Counter[str]] = {}
    problems: list[str] = []
    by_rule: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="blind-cases-") as tmp:
        for case in blind_cases(args.sources.split(","), args.rounds.split(",")):
            result = run_audit(write_case(case, Path(tmp) / case.name), engine, options)
            threshold = float(result.checklists.param(THRESHOLD_RULE, THRESHOLD_PARAM))
            unread = unread_failures(case, result.documents, result.findings, threshold)
            wrong = confidently_wrong(case, result.documents, result.findings, threshold)
            row = rows.setdefault(case.source, Counter())
            row["cases"] += 1
            row["failed"] += sum(
                1
                for f in result.findings
                if f.status == "failed" and f.severity in ("error", "warning")
            )
            row["unread"] += len(unread)
            row["wrong"] += len(wrong)
            row["unknown"] += sum(1 for f in result.findings if f.status == "unknown")
            row[result.verdict] += 1
            problems += [f"{case.name}: {p}" for p in unread + wrong]
            by_rule.update(p.split(" ", 1)[0] for p in unread)
    print(f"Blind cases ({time.monotonic() - started:.1f} s)\n")
    columns = (
        "cases",
        "failed",
        "unread",
        "wrong",
        "unknown",
        "not_eligible",
        "needs_attention",
        "ready",
    )
    print("| source | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for source, row in rows.items():
        print(f"| {source} | " + " | ".join(str(row[c]) for c in columns) + " |")
    print(
        "\nfailed: failed findings at warning or error; unread: of them, resting on a value "
        "not read, below the threshold or implausible (goal 0); wrong: resting on a value read "
        "with confidence that differs from the truth."
    )
    if by_rule:
        print("unread by rule: " + ", ".join(f"{r} {n}" for r, n in by_rule.most_common()))
    if args.show:
        print("\n" + "\n".join(problems))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
