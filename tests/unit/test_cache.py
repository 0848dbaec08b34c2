"""The read cache: keyed by content hash, outside the case, a changed file re-read alone;
documents kept with the pages until the file or the extractors change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.pipeline import AuditOptions, Progress, read_files
from auditor.reading import cache as read_cache
from auditor.reading.discover import discover
from auditor.reading.ocr import probe
from tests.unit.cache_cases import classify_case, make_pdf


def read_case(case: Path, cache_dir: Path | None) -> tuple[list, list[Progress]]:
    seen: list[Progress] = []
    options = AuditOptions(jobs=2, cache_dir=cache_dir, on_progress=seen.append)
    files, _ = discover(case)
    return read_files(files, probe(), options), seen


@pytest.fixture
def case(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    for i in range(3):
        make_pdf(case / f"doc{i}.pdf", f"Document number {i}. " * 10)
    return case


def test_warm_run_reads_nothing_and_returns_the_same_pages(case: Path, tmp_path: Path) -> None:
    cold, cold_seen = read_case(case, tmp_path / "cache")
    warm, warm_seen = read_case(case, tmp_path / "cache")
    assert len(cold_seen) == 3
    assert warm_seen == []
    assert [r.pages for r in warm] == [r.pages for r in cold]
    assert [r.file.relpath for r in warm] == ["doc0.pdf", "doc1.pdf", "doc2.pdf"]


def test_changed_file_is_read_again_and_nothing_else(case: Path, tmp_path: Path) -> None:
    read_case(case, tmp_path / "cache")
    make_pdf(case / "doc1.pdf", "A different document altogether. " * 5)
    read, seen = read_case(case, tmp_path / "cache")
    assert [p.file for p in seen] == ["doc1.pdf"]
    assert "different document" in read[1].pages[0].text


def test_no_cache_reads_everything_every_time(case: Path) -> None:
    read_case(case, None)
    _, seen = read_case(case, None)
    assert len(seen) == 3


def test_cache_lives_outside_the_case_folder(case: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in case.rglob("*"))
    read_case(case, tmp_path / "cache")
    assert sorted(p.name for p in case.rglob("*")) == before
    assert list((tmp_path / "cache").rglob("*.entry"))


# --- documents kept with the pages ------------------------------------------------------------


def test_warm_run_extracts_nothing_and_returns_the_same_documents(
    letters: Path, tmp_path: Path, extract_calls: list[str]
) -> None:
    cold, _ = classify_case(letters, tmp_path / "cache")
    extract_calls.clear()
    warm, seen = classify_case(letters, tmp_path / "cache")
    assert seen == [] and extract_calls == []
    assert [docs for _, docs in warm] == [docs for _, docs in cold]
    assert [d.kind for _, docs in warm for d in docs] == ["employment_letter"] * 2
    assert warm[1][1][0].value("job_title") == "Welder"


def test_extractor_change_extracts_again_from_the_cached_pages(
    letters: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extract_calls: list[str]
) -> None:
    classify_case(letters, tmp_path / "cache")
    monkeypatch.setattr(read_cache, "extractor_version", lambda: "another extractor")
    extract_calls.clear()
    again, seen = classify_case(letters, tmp_path / "cache")
    assert seen == []  # the pages come from the cache: nothing is read again
    assert extract_calls == ["employment_letter"] * 2  # but every file is extracted again
    assert again[0][1][0].value("job_title") == "Cook"
    extract_calls.clear()
    classify_case(letters, tmp_path / "cache")  # the new documents were kept
    assert extract_calls == []


def test_changed_file_is_read_and_extracted_again(letters: Path, tmp_path: Path) -> None:
    classify_case(letters, tmp_path / "cache")
    make_pdf(
        letters / "letter1.pdf",
        "To whom it may concern,\nThis letter confirms that Jane Doe has been employed "
        "full-time as a Baker with Maple Foods Ltd. since January 3, 2022.\nSincerely,\nJohn",
    )
    again, seen = classify_case(letters, tmp_path / "cache")
    assert [p.file for p in seen] == ["letter1.pdf"]
    assert again[1][1][0].value("job_title") == "Baker"
    assert again[0][1][0].value("job_title") == "Cook"


def test_cached_documents_take_the_identity_of_the_file_asked_for(
    letters: Path, tmp_path: Path
) -> None:
    classify_case(letters, tmp_path / "cache")
    other = tmp_path / "other"
    other.mkdir()
    (other / "copy.pdf").write_bytes((letters / "letter0.pdf").read_bytes())
    warm, seen = classify_case(other, tmp_path / "cache")
    assert seen == []
    assert [d.file.relpath for d in warm[0][1]] == ["copy.pdf"]
    assert warm[0][1][0].file.path == other / "copy.pdf"


def test_extractor_version_follows_every_byte_of_the_extractors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "extractors"
    shutil.copytree(
        read_cache._ROOT / "extractors",
        package,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    monkeypatch.setattr(read_cache, "EXTRACTION_SOURCES", (package,))
    monkeypatch.setattr(read_cache, "_ROOT", tmp_path)

    def version() -> str:
        read_cache.extractor_version.cache_clear()
        return read_cache.extractor_version()

    before = version()
    assert version() == before
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"bytecode")
    assert version() == before  # bytecode is not source
    parser = package / "parse" / "dates.py"
    parser.write_text(parser.read_text() + "\n# a comment\n")
    assert version() != before
    read_cache.extractor_version.cache_clear()
