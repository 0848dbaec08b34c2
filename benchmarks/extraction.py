"""Extraction accuracy on the sample cases: document kinds and fields, by kind and by source.

Usage: .venv/bin/python benchmarks/extraction.py [--jobs N] [--cache] [--show-misses]

Every sample case is read for real (text layer, Tesseract OCR), classified and extracted; each
field of `expected.yaml` is compared with what was extracted. A field extracted but absent from
the ground truth is not counted; a ground-truth field not extracted counts as a miss.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from auditor.pipeline import AuditOptions, read_files  # noqa: E402
from auditor.reading import cache as read_cache  # noqa: E402
from auditor.reading.discover import discover  # noqa: E402
from auditor.reading.ocr import probe  # noqa: E402
from extractors.classify import split_and_classify  # noqa: E402
from samples.groundtruth import find_document, load_expected, same_value, sample_cases  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cache", action="store_true", help="use the read cache (default: off)")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()

    engine = probe()
    options = AuditOptions(
        jobs=args.jobs, cache_dir=read_cache.default_dir() if args.cache else None
    )
    kinds_total = kinds_right = 0
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    started = time.monotonic()
    for case in sample_cases():
        expected = load_expected(case)
        files, _ = discover(case)
        documents = [d for r in read_files(files, engine, options) for d in split_and_classify(r)]
        for e in expected.documents:
            doc = find_document(documents, e)
            kinds_total += 1
            if doc is not None and doc.kind == e.kind:
                kinds_right += 1
            else:
                misses.append(f"{case.name}/{e.path}: kind {doc.kind if doc else None} != {e.kind}")
            for name, value in e.fields.items():
                got = doc.value(name) if doc is not None else None
                ok = same_value(value, got)
                for bucket in (by_kind[e.kind], by_source[e.source]):
                    bucket[0] += ok
                    bucket[1] += 1
                if not ok:
                    misses.append(f"{case.name}/{e.path} [{e.source}] {name}: {got!r} != {value!r}")
    elapsed = time.monotonic() - started

    def row(label: str, right: int, total: int) -> str:
        share = 100.0 * right / total if total else 0.0
        return f"| {label:<20} | {right:>5} / {total:<5} | {share:6.1f}% |"

    print(f"Extraction accuracy on {len(sample_cases())} sample cases ({elapsed:.1f} s)\n")
    print("| document kinds       | right / total | share   |")
    print("|----------------------|---------------|---------|")
    print(row("all documents", kinds_right, kinds_total))
    print("\n| fields by kind       | exact / total | share   |")
    print("|----------------------|---------------|---------|")
    for kind in sorted(by_kind):
        print(row(kind, *by_kind[kind]))
    print("\n| fields by source     | exact / total | share   |")
    print("|----------------------|---------------|---------|")
    for source in sorted(by_source):
        print(row(source, *by_source[source]))
    total = [sum(v[0] for v in by_source.values()), sum(v[1] for v in by_source.values())]
    print(row("all fields", *total))
    if args.show_misses and misses:
        print("\nMisses:")
        for m in misses:
            print("  " + m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
