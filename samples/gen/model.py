"""Case model: documents, files, hours arithmetic, and writing a case folder to disk."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from fpdf import FPDF

from . import degrade
from .common import new_pdf

CAP = 30.0


@dataclass
class Doc:
    """One logical document: its kind, ground-truth fields and how to draw it."""

    kind: str
    fields: dict[str, Any]
    draw: Callable[[FPDF], None]


@dataclass
class File:
    """One file of the case folder, holding one or more logical documents."""

    path: str
    docs: list[Doc]
    created: dt.date
    source: str = "text"  # text | scan | photo
    skews: list[float] = field(default_factory=list)  # per page, degrees (scan/photo)
    turns: list[int] = field(default_factory=list)  # per page, 0/90/180 (scan)
    seed: int = 0
    post: Callable[[bytes], bytes] | None = None  # rewrites a born-digital PDF's bytes


@dataclass
class Job:
    label: str
    start: dt.date
    end: dt.date  # end date, or the letter date for a current job
    hours: float


@dataclass
class Case:
    name: str
    case_yaml: dict[str, Any]
    files: list[File]
    verdict: str
    failed: list[str]
    jobs: list[Job]
    excluded: list[tuple[str, dt.date, dt.date]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    notes: str = ""

    @property
    def as_of(self) -> dt.date:
        return self.case_yaml["application"]["submission_date"]


def window_start(as_of: dt.date) -> dt.date:
    try:
        return as_of.replace(year=as_of.year - 3)
    except ValueError:  # 29 February
        return as_of.replace(year=as_of.year - 3, day=28)


def qualifying_hours(case: Case) -> tuple[float, list[str]]:
    """Hours per DOMAIN.md s.1, day by day (a job gives hours/7 a day; the cap is 30/7 a day,
    i.e. 30 h per full calendar week across all jobs), and the arithmetic as comment lines."""
    ws, we = window_start(case.as_of), case.as_of
    lines = [
        f"window {ws} .. {we} (submission date - 3 years .. submission date)",
        "convention: a job gives hours_per_week/7 per calendar day; all jobs together are "
        "capped at 30/7 h a day (= 30 h per full week)",
    ]
    for j in case.jobs:
        lines.append(f"job {j.label}: {j.start} .. {j.end}, {j.hours:g} h/week")
    for label, s, e in case.excluded:
        lines.append(f"excluded ({label}): {s} .. {e}")
    segs: list[tuple[dt.date, dt.date, tuple[str, ...], float]] = []
    day = ws
    while day <= we:
        excl = any(s <= day <= e for _, s, e in case.excluded)
        active = tuple(j.label for j in case.jobs if j.start <= day <= j.end)
        total = 0.0 if excl else min(CAP, sum(j.hours for j in case.jobs if j.label in active))
        key = (active if not excl else ("excluded",) + active, total)
        if (
            segs
            and segs[-1][2] == key[0]
            and segs[-1][3] == total
            and segs[-1][1] == day - dt.timedelta(days=1)
        ):
            segs[-1] = (segs[-1][0], day, key[0], total)
        else:
            segs.append((day, day, key[0], total))
        day += dt.timedelta(days=1)
    grand = 0.0
    for s, e, active, total in segs:
        if not active or active == ("excluded",):
            continue
        n = (e - s).days + 1
        h = n * total / 7
        grand += h
        what = "+".join(active)
        uncapped = ""
        if active[0] != "excluded":
            raw = sum(j.hours for j in case.jobs if j.label in active)
            uncapped = f" (min(30, {raw:g}))" if raw > CAP else ""
        lines.append(
            f"{s} .. {e} [{what}]: {n} days = {n / 7:.4g} weeks x {total:g}{uncapped} = {h:.2f} h"
        )
    grand = round(grand, 2)
    lines.append(f"total = {grand:.2f} h (1,560 required)")
    return grand, lines


def _render(f: File) -> tuple[bytes, list[list[int]]]:
    pdf = new_pdf(f.created)
    ranges = []
    for d in f.docs:
        first = pdf.page + 1
        d.draw(pdf)
        ranges.append(list(range(first, pdf.page + 1)))
    return bytes(pdf.output()), ranges


def write_file(case_dir: Path, f: File) -> list[list[int]]:
    """Write one file of a case; returns the 1-based page numbers of each logical document."""
    data, ranges = _render(f)
    out = case_dir / f.path
    out.parent.mkdir(parents=True, exist_ok=True)
    ext = out.suffix.lower()
    if f.source == "text":
        assert ext == ".pdf"
        out.write_bytes(f.post(data) if f.post else data)
        return ranges
    if f.source == "scan":
        pages = degrade.render(data, 300, grayscale=True)
        imgs = [
            degrade.scan(
                p,
                f.seed + i,
                f.skews[i] if i < len(f.skews) else 0.5,
                f.turns[i] if i < len(f.turns) else 0,
            )
            for i, p in enumerate(pages)
        ]
        if ext == ".pdf":
            out.write_bytes(degrade.image_pdf(imgs, 300, f.created))
        elif ext in (".tif", ".tiff"):
            out.write_bytes(degrade.tiff_bytes(imgs, 300))
        elif ext == ".png":
            assert len(imgs) == 1
            imgs[0].save(out, "PNG", dpi=(300, 300), optimize=True)
        else:
            raise ValueError(ext)
        return ranges
    assert f.source == "photo" and ext in (".jpg", ".jpeg")
    pages = degrade.render(data, 200, grayscale=False)
    assert len(pages) == 1, "a photo holds one page"
    img = degrade.photo(pages[0], f.seed, f.skews[0] if f.skews else 1.5)
    out.write_bytes(degrade.jpeg_bytes(img, 80, 200))
    return ranges


def _clean(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_clean(x) for x in v]
    if isinstance(v, float) and v == int(v):
        return float(v)
    return v


def write_case(root: Path, case: Case) -> dict[str, Any]:
    """Write the case folder: every file, case.yaml and expected.yaml. Returns a summary."""
    case_dir = root / case.name
    case_dir.mkdir(parents=True, exist_ok=True)
    docs_out = []
    ocr_pages = 0
    for f in case.files:
        ranges = write_file(case_dir, f)
        if f.source != "text":
            ocr_pages += sum(len(r) for r in ranges)
        multi = len(f.docs) > 1
        for d, pages in zip(f.docs, ranges, strict=False):
            entry: dict[str, Any] = {"path": f.path}
            if multi:
                entry["pages"] = pages
            entry.update({"kind": d.kind, "source": f.source, "fields": _clean(d.fields)})
            docs_out.append(entry)
    (case_dir / "case.yaml").write_text(
        f"# Synthetic sample case: {case.name}. Fictional people and employers only.\n"
        + yaml.safe_dump(case.case_yaml, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    hours, arithmetic = qualifying_hours(case)
    expected = {
        "case": case.name,
        "as_of": case.as_of,
        "verdict": case.verdict,
        "documents": docs_out,
        "findings": {"failed": case.failed, "unknown": case.unknown},
        "eligibility": {"qualifying_hours": hours},
    }
    text = yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, width=100)
    comment = "".join(f"  # {ln}\n" for ln in arithmetic)
    text = text.replace("  qualifying_hours:", comment + "  qualifying_hours:")
    header = f"# Ground truth for {case.name}.\n"
    if case.notes:
        header += "".join(f"# {ln}\n" for ln in case.notes.strip().splitlines())
    (case_dir / "expected.yaml").write_text(header + text, encoding="utf-8")
    size = sum(p.stat().st_size for p in case_dir.rglob("*") if p.is_file())
    return {"name": case.name, "ocr_pages": ocr_pages, "bytes": size, "hours": hours}


def digest(root: Path) -> str:
    """One hash over every file under root, for checking that re-runs are byte-identical."""
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py":
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()
