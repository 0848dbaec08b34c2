"""Extraction accuracy side by side: own samples, the blind corpus and the real specimens.

Usage: .venv/bin/python benchmarks/extraction.py [--corpus samples,blind,real] [--jobs N]
                                                 [--cache] [--show-misses] [--json FILE]

Every document is read for real (text layer, Tesseract OCR), classified and extracted; each
field of the ground truth is compared with what was extracted. A field extracted but absent from
the ground truth is not counted; a ground-truth field not extracted counts as a miss. A wrong
value extracted with confidence >= 0.8 is also counted apart as "confidently wrong": the worst
kind of miss, since a rule may act on it.

Corpora:
- samples: `samples/<case>/expected.yaml`, drawn by the project's own generator;
- blind:   `samples/blind/round*/expected.yaml`, written by an author who never saw the code
           (every round; `blind:round2` names one round, to measure a fresh one on its own);
- real:    `../shared/realdocs/` with the truth in `benchmarks/realdocs/expected.yaml`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from auditor.pipeline import AuditOptions, read_files  # noqa: E402
from auditor.reading import cache as read_cache  # noqa: E402
from auditor.reading.discover import discover  # noqa: E402
from auditor.reading.ocr import probe  # noqa: E402
from extractors.classify import split_and_classify  # noqa: E402
from samples.groundtruth import (  # noqa: E402
    ExpectedDocument,
    find_document,
    same_value,
    sample_cases,
)

CONFIDENT = 0.8
SHARED = REPO.parent / "shared"
CORPORA = ("samples", "blind", "real")


@dataclass
class Tally:
    """Right and total counts, by kind and by source, with confidently wrong values apart."""

    kinds: list[int] = field(default_factory=lambda: [0, 0])
    by_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_source: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    confident_wrong: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def fields(self) -> list[int]:
        return [
            sum(v[0] for v in self.by_source.values()),
            sum(v[1] for v in self.by_source.values()),
        ]


def _documents(raw: dict[str, Any]) -> tuple[ExpectedDocument, ...]:
    return tuple(
        ExpectedDocument(
            path=d["path"],
            pages=tuple(d["pages"]) if d.get("pages") else None,
            kind=d["kind"],
            source=d.get("source", "text"),
            fields=dict(d.get("fields") or {}),
        )
        for d in raw.get("documents") or []
    )


def cases(corpus: str) -> Iterator[tuple[str, Path, tuple[ExpectedDocument, ...]]]:
    """(name, folder to read, expected documents) of each case of a corpus."""
    if corpus == "samples":
        folders = [(c, c / "expected.yaml") for c in sample_cases()]
    elif corpus == "blind" or corpus.startswith("blind:"):
        pattern = corpus.partition(":")[2] or "round*"  # blind:round2 measures one round
        rounds = sorted((REPO / "samples" / "blind").glob(f"{pattern}/expected.yaml"))
        folders = [(p.parent, p) for p in rounds]
    else:
        folders = [(SHARED / "realdocs", REPO / "benchmarks" / "realdocs" / "expected.yaml")]
    for folder, truth in folders:
        if not folder.is_dir():
            print(f"({corpus}: {folder} is absent, skipped)", file=sys.stderr)
            continue
        raw = yaml.safe_load(truth.read_text(encoding="utf-8")) or {}
        yield folder.name, folder, _documents(raw)


def measure(corpus: str, engine: Any, options: AuditOptions) -> Tally:
    tally = Tally()
    for name, folder, expected in cases(corpus):
        files, _ = discover(folder)
        documents = [d for r in read_files(files, engine, options) for d in split_and_classify(r)]
        for e in expected:
            doc = find_document(documents, e)
            tally.kinds[1] += 1
            if doc is not None and doc.kind == e.kind:
                tally.kinds[0] += 1
            else:
                got_kind = doc.kind if doc else None
                tally.misses.append(f"{name}/{e.path}: kind {got_kind} != {e.kind}")
            for field_name, value in e.fields.items():
                found = doc.fields.get(field_name) if doc is not None else None
                got = found.value if found is not None else None
                ok = same_value(value, got)
                for bucket in (tally.by_kind[e.kind], tally.by_source[e.source]):
                    bucket[0] += ok
                    bucket[1] += 1
                if ok:
                    continue
                confident = found is not None and found.confidence >= CONFIDENT
                tally.confident_wrong += confident
                mark = f" (confidence {found.confidence:.2f})" if confident else ""
                tally.misses.append(
                    f"{name}/{e.path} [{e.source}] {field_name}: {got!r} != {value!r}{mark}"
                )
    return tally


def _share(pair: list[int]) -> str:
    right, total = pair
    return f"{right}/{total} {100.0 * right / total:5.1f}%" if total else "—"


def table(tallies: dict[str, Tally]) -> str:
    names = list(tallies)
    head = "| " + " | ".join(["", *names]) + " |"
    rule = "|" + "|".join(["---"] * (len(names) + 1)) + "|"
    lines = [
        head,
        rule,
        "| document kinds | " + " | ".join(_share(t.kinds) for t in tallies.values()) + " |",
    ]
    kinds = sorted({k for t in tallies.values() for k in t.by_kind})
    sources = sorted({s for t in tallies.values() for s in t.by_source})
    for kind in kinds:
        cells = [_share(t.by_kind[kind]) if kind in t.by_kind else "—" for t in tallies.values()]
        lines.append(f"| fields: {kind} | " + " | ".join(cells) + " |")
    for source in sources:
        cells = [
            _share(t.by_source[source]) if source in t.by_source else "—" for t in tallies.values()
        ]
        lines.append(f"| fields from {source} | " + " | ".join(cells) + " |")
    lines.append(
        "| **all fields** | " + " | ".join(_share(t.fields) for t in tallies.values()) + " |"
    )
    lines.append(
        f"| wrong with confidence >= {CONFIDENT} | "
        + " | ".join(str(t.confident_wrong) for t in tallies.values())
        + " |"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        default=",".join(CORPORA),
        help="samples,blind,real; blind:round2 measures one round of the blind corpus",
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cache", action="store_true", help="use the read cache (default: off)")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    chosen = [c.strip() for c in args.corpus.split(",") if c.strip()]
    unknown = [c for c in chosen if c not in CORPORA and not c.startswith("blind:")]
    if unknown:
        parser.error(f"unknown corpus {unknown[0]!r}: choose from {', '.join(CORPORA)}")

    engine = probe()
    options = AuditOptions(
        jobs=args.jobs, cache_dir=read_cache.default_dir() if args.cache else None
    )
    tallies: dict[str, Tally] = {}
    started = time.monotonic()
    for corpus in chosen:
        tallies[corpus] = measure(corpus, engine, options)
    elapsed = time.monotonic() - started
    print(f"Extraction accuracy ({elapsed:.1f} s; confidently wrong: confidence >= {CONFIDENT})\n")
    print(table(tallies))
    if args.show_misses:
        for corpus, tally in tallies.items():
            if tally.misses:
                print(f"\nMisses, {corpus}:")
                for miss in tally.misses:
                    print("  " + miss)
    if args.json:
        figures = {
            c: {
                "kinds": t.kinds,
                "fields": t.fields,
                "by_kind": dict(t.by_kind),
                "by_source": dict(t.by_source),
                "confident_wrong": t.confident_wrong,
                "misses": t.misses,
            }
            for c, t in tallies.items()
        }
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
