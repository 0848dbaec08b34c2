"""The report's pictures (issue 6): drawn in one pool per report, the same as drawn one by one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from auditor.pipeline import AuditOptions, run_audit
from auditor.reading import pictures, workers
from auditor.reading.ocr import probe
from auditor.report.evidence import CROP_DPI, MAX_CROPS, PagePictures
from auditor.report.json_report import redactor_for
from auditor.report.picture_plan import identifier_masks, pictured_pages
from auditor.report.view import build_view
from auditor.result import AuditResult

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


class OneByOne(PagePictures):
    """Pictures as they were drawn before: each when asked for, in a process of its own."""

    def prefetch(self, wanted, jobs) -> None:  # noqa: ANN001 - the parent's signature
        pass


@pytest.fixture(scope="module")
def result() -> AuditResult:
    # Born-digital letters and stubs with failed findings: thumbnails and evidence crops.
    case = SAMPLES / "incomplete-letter-noc2016"
    return run_audit(case, probe(), AuditOptions(jobs=2, cache_dir=None))


def pictures_of(view) -> list:
    findings = [f for s in view.groups for g in s.documents for f in g.findings]
    crops = [(e.document, e.page, e.picture, e.note) for f in findings for e in f.evidence]
    thumbs = [(d.path, d.thumbnail) for d in view.documents]
    return crops + thumbs


def test_a_report_draws_its_pictures_in_one_pool(
    result: AuditResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = workers.run_tasks

    def counted(fn, items, *args, **kwargs):  # noqa: ANN001, ANN202
        calls.append(len(items))
        return real(fn, items, *args, **kwargs)

    monkeypatch.setattr(workers, "run_tasks", counted)
    view = build_view(result, jobs=2)
    assert len(calls) == 1 and calls[0] >= 2
    assert view.crops_made > 0
    assert all(d.thumbnail is not None for d in view.documents)


def test_pictures_drawn_together_are_those_drawn_one_by_one(result: AuditResult) -> None:
    redact = redactor_for(result)
    alone = build_view(result, OneByOne(redact, identifier_masks(result.documents)))
    together = build_view(result, jobs=2)
    assert pictures_of(together) == pictures_of(alone)
    assert alone.crops_made == together.crops_made > 0


def test_every_picture_asked_for_was_drawn_in_advance(
    result: AuditResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone: list[tuple] = []
    real = pictures.upright_page_image

    def one_picture(file, page, dpi=150):  # noqa: ANN001, ANN202
        alone.append((file.relpath, page.number, dpi))
        return real(file, page, dpi)

    monkeypatch.setattr(pictures, "upright_page_image", one_picture)
    view = build_view(result, jobs=2)
    assert view.crops_made > 0
    assert alone == []  # none drawn on its own, after the pool
    planned = pictured_pages(result, MAX_CROPS)
    assert len({(f.relpath, p.number, dpi) for f, p, dpi, _ in planned}) >= 2


def test_the_plan_stops_at_the_picture_limit(result: AuditResult) -> None:
    crops = [dpi for _, _, dpi, _ in pictured_pages(result, 1) if dpi == CROP_DPI]
    assert crops == [CROP_DPI]


def test_a_page_that_cannot_be_drawn_leaves_the_others(result: AuditResult, tmp_path: Path) -> None:
    gone = result.documents[0]
    missing = replace(gone.file, path=tmp_path / "no-such-file.pdf")
    documents = (replace(gone, file=missing), *result.documents[1:])
    view = build_view(replace(result, documents=documents), jobs=2)
    cards = {d.id: d for d in view.documents}
    assert cards[gone.id].thumbnail is None
    assert all(d.thumbnail is not None for d in view.documents if d.id != gone.id)


def test_a_warm_report_draws_no_page_and_shows_the_same_pictures(
    result: AuditResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = build_view(result, jobs=2, cache_dir=tmp_path)
    drawn: list[str] = []
    real_one, real_many = pictures.upright_page_image, pictures.upright_page_images

    def one(file, page, dpi=150):  # noqa: ANN001, ANN202
        drawn.append(file.relpath)
        return real_one(file, page, dpi)

    def many(items, jobs):  # noqa: ANN001, ANN202
        drawn.extend(f.relpath for f, _, _ in items)
        return real_many(items, jobs)

    monkeypatch.setattr(pictures, "upright_page_image", one)
    monkeypatch.setattr(pictures, "upright_page_images", many)
    warm = build_view(result, jobs=2, cache_dir=tmp_path)
    assert drawn == []
    assert pictures_of(warm) == pictures_of(cold)
    assert warm.crops_made == cold.crops_made > 0


def test_a_changed_file_has_its_pictures_drawn_again(
    result: AuditResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_view(result, jobs=2, cache_dir=tmp_path)
    changed = result.documents[0]
    other = replace(changed.file, sha256="0" * 64)  # what a new copy of the file would give
    documents = (replace(changed, file=other), *result.documents[1:])
    drawn: list[str] = []
    real = pictures.upright_page_image

    def one(file, page, dpi=150):  # noqa: ANN001, ANN202
        drawn.append(file.relpath)
        return real(file, page, dpi)

    monkeypatch.setattr(pictures, "upright_page_image", one)
    monkeypatch.setattr(
        pictures, "upright_page_images", lambda items, jobs: [one(f, p, d) for f, p, d in items]
    )
    build_view(replace(result, documents=documents), jobs=2, cache_dir=tmp_path)
    assert drawn and set(drawn) == {changed.file.relpath}
