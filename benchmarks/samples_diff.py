"""What differs between each sample case's audit and its expected.yaml: a developer's view.

Usage: .venv/bin/python benchmarks/samples_diff.py [CASE ...]   (uses the read cache)
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from auditor.pipeline import AuditOptions, run_batch  # noqa: E402
from auditor.reading import cache as read_cache  # noqa: E402
from auditor.reading.ocr import probe  # noqa: E402
from samples.groundtruth import (  # noqa: E402
    SAMPLES,
    find_document,
    load_expected,
    same_value,
    sample_cases,
)


def main(names: list[str]) -> int:
    cases = [SAMPLES / n for n in names] if names else sample_cases()
    options = AuditOptions(
        jobs=os.cpu_count() or 1, cache_dir=read_cache.default_dir(), today=dt.date(2026, 11, 25)
    )
    clean = True
    for case, result in zip(cases, run_batch(cases, probe(), options), strict=True):
        expected = load_expected(case)
        lines: list[str] = []
        for e in expected.documents:
            doc = find_document(result.documents, e)
            if doc is None or doc.kind != e.kind:
                lines.append(
                    f"  KIND {e.path} {e.pages or ''}: {doc.kind if doc else None} != {e.kind}"
                )
                continue
            for name, value in e.fields.items():
                if not same_value(value, doc.value(name)):
                    lines.append(
                        f"  FIELD {e.path} [{e.source}] {name}: {doc.value(name)!r} != {value!r}"
                    )
        failed = {f.rule for f in result.findings if f.status == "failed"}
        for f in result.findings:
            if f.status == "failed" and f.rule not in expected.failed:
                lines.append(f"  EXTRA {f.rule} ({f.severity}): {f.message}")
            if f.status == "unknown" and f.severity != "info":
                lines.append(f"  UNKNOWN {f.rule} ({f.severity}): {f.message}")
        for rule in sorted(expected.failed - failed):
            lines.append(f"  MISSING {rule}")
        if result.verdict != expected.verdict:
            lines.append(f"  VERDICT {result.verdict} != {expected.verdict}")
        hours = result.evaluation.eligibility.get("qualifying_hours")
        if expected.qualifying_hours is not None and (
            hours is None or abs(hours - expected.qualifying_hours) > 0.01
        ):
            lines.append(f"  HOURS {hours} != {expected.qualifying_hours}")
        print(f"{case.name}: {'ok' if not lines else ''}")
        print("\n".join(lines))
        clean = clean and not lines
    return 0 if clean else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
