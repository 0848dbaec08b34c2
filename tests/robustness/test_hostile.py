"""The self-made hostile set: every file is read or refused with a reason a consultant acts on."""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
import traceback
from pathlib import Path

import pytest

from auditor.reading import read as reading
from auditor.reading.discover import discover

from .conftest import make_hostile, source

# file -> words the problem must contain (the file is not read)
REFUSED = {
    "zero-bytes.pdf": "the file is empty (0 bytes)",
    "truncated.pdf": "the PDF is damaged beyond repair",
    "header-only.pdf": "the PDF is damaged beyond repair",
    "zero-pages.pdf": "the PDF",
    "text-named.pdf": "its name ends in .pdf but it is plain text",
    "word-named.pdf": "its name ends in .pdf but it is a Word or other Office document",
    "iphone-photo.jpg": "HEIC/AVIF photo",
    "encrypted-unknown-password.pdf": "encrypted with a password; ask the client",
    "huge-20000x20000.png": "20,000 x 20,000 pixels, too large to be a document page",
    "bomb-12000x12000.png": "12,000 x 12,000 pixels, too large to be a document page",
    "image-bomb.pdf": "no readable text on any page",
    "graphics-only.tiff": "no readable text on any page",
}
# file -> (text the reader must find, words a note must contain or "")
READ = {
    "encrypted-empty-password.pdf": ("Northwind Analytics", ""),
    "pdf-named.jpg": ("Northwind Analytics", "named .jpg but is a PDF"),
    "png-named.pdf": ("Pay statement", "named .pdf but is an image"),
    "circular-xobjects.pdf": ("Circular form objects", ""),
    "pages-2000.pdf": ("Northwind Analytics", "has 2,000 pages; only the first 200 were read"),
    "ccitt-g4.tiff": ("Employment", ""),
    "truncated.png": ("Pay statement", "cut short or damaged; only the part that decodes was read"),
}


def test_the_hostile_set_is_all_accounted_for(hostile_read):
    assert sorted(hostile_read) == sorted(make_hostile.HOSTILE)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_broken_file_is_refused_with_its_reason(hostile_read, name):
    problem = hostile_read[name].problem
    assert problem is not None and REFUSED[name] in problem
    assert "; " in problem, "every reason says what to do next"


@pytest.mark.parametrize("name", sorted(READ))
def test_an_odd_but_sound_file_is_read(hostile_read, name):
    read = hostile_read[name]
    text, note = READ[name]
    assert read.problem is None, read.problem
    assert text in " ".join(p.text for p in read.pages)
    assert note in " ".join(read.notes)


def test_a_2000_page_pdf_is_read_up_to_the_page_cap(hostile_read):
    read = hostile_read["pages-2000.pdf"]
    assert [p.number for p in read.pages] == list(range(1, reading.MAX_PAGES + 1))


def test_a_100_page_tiff_is_read_up_to_the_ocr_cap_and_says_so(hostile_read):
    read = hostile_read["pages-100.tiff"]
    assert len(read.pages) == reading.MAX_OCR_PAGES
    assert any(f"has 100 pages; only the first {reading.MAX_OCR_PAGES}" in n for n in read.notes)
    assert read.problem.startswith("no readable text on any page")  # its pages are blank


@pytest.mark.parametrize("name", sorted(make_hostile.HOSTILE))
def test_no_hostile_file_crashes_or_hangs_the_reader(hostile_read, name):
    read = hostile_read[name]
    for text in [read.problem or "", *read.notes]:
        assert "crashed" not in text and "technical detail" not in text, text
        assert "longer than" not in text and "more memory" not in text, text


def test_the_page_cap_applies_to_the_text_pass_alone(hostile_dir, monkeypatch):
    monkeypatch.setattr(reading, "MAX_PAGES", 3)
    result = reading.read_text(source(hostile_dir / "pages-2000.pdf"))
    assert len(result.read.pages) == 3
    assert "only the first 3 were read" in result.read.notes[0]


# --- the case folder: links, pipes, names, permissions ------------------------------------------


def test_links_pipes_and_odd_names_are_skipped_or_read_never_followed(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "letter.pdf").write_bytes(make_hostile.text_pdf())
    raw = make_hostile.add_special_files(case, tmp_path / "outside")
    files, skipped = discover(case)
    reasons = {s.relpath: s.reason for s in skipped}
    assert "symbolic link, which the auditor does not follow" in reasons["link-outside.pdf"]
    assert "symbolic link" in reasons["linked-folder"]
    assert "not a regular file" in reasons["named-pipe.pdf"]
    names = [f.relpath for f in files]
    assert names == sorted(names)
    assert "lettre-\\xe9t\\xe9.pdf" in names and "letter.pdf" in names
    odd = next(f for f in files if f.relpath.startswith("lettre"))
    assert os.fsencode(odd.path) == raw["non-utf8"]
    assert "Northwind" in " ".join(p.text for p in reading.read_text(odd).read.pages)
    assert not any("OUTSIDE" in f.relpath or "secret" in f.relpath for f in files)


def test_a_file_too_large_to_be_a_document_is_skipped_unhashed(tmp_path, monkeypatch):
    from auditor.reading import discover as discover_module

    monkeypatch.setattr(discover_module, "MAX_FILE_BYTES", 100)
    (tmp_path / "big.pdf").write_bytes(b"%PDF-1.7\n" + b" " * 200)
    files, skipped = discover(tmp_path)
    assert not files and "larger than any document" in skipped[0].reason


NOBODY = 65534  # the unprivileged user and group of Debian and most Linux systems


def _discover_unprivileged(case: Path) -> tuple[list[str], list[str]]:
    """discover(case) as a user whom file permissions stop: relpaths read, "relpath | reason"s.

    As root, permissions stop nothing, so the call runs in a fork of this process that has
    dropped to `nobody`. A fork needs to import nothing: the checkout may live in a folder no
    other user may enter (a 0700 home, a clone inside `mktemp -d`) and this still runs.
    """
    if os.geteuid() != 0:  # permissions already apply to this user
        files, skipped = discover(case)
        return [f.relpath for f in files], [f"{s.relpath} | {s.reason}" for s in skipped]
    closed = [p for p in case.parents if not p.stat().st_mode & stat.S_IXOTH]
    if closed:
        pytest.skip(
            f"an unprivileged user cannot reach {case}: {closed[0]} is closed to other users "
            "(set TMPDIR to a folder they may enter)"
        )
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            files, skipped = discover(case)
            payload = json.dumps(
                [[f.relpath for f in files], [f"{s.relpath} | {s.reason}" for s in skipped]]
            )
            code = 0
        except BaseException:  # noqa: BLE001 - reported to the parent as text
            payload = traceback.format_exc()
        finally:
            try:
                with os.fdopen(writer, "w", encoding="utf-8") as out:
                    out.write(payload)
            finally:
                os._exit(code)
    os.close(writer)
    with os.fdopen(reader, encoding="utf-8") as received:
        payload = received.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, payload
    files, skipped = json.loads(payload)
    return files, skipped


def test_files_and_folders_without_read_permission_become_reasons():
    """Run as an unprivileged user: as root, permissions do not stop reads."""
    case = Path(tempfile.mkdtemp(prefix="perm-case-"))
    try:
        case.chmod(0o755)
        (case / "readable.pdf").write_bytes(make_hostile.text_pdf())
        (case / "locked.pdf").write_bytes(make_hostile.text_pdf())
        (case / "locked.pdf").chmod(0o000)
        (case / "readable.pdf").chmod(0o644)
        (case / "closed").mkdir()
        (case / "closed" / "inside.pdf").write_bytes(make_hostile.text_pdf())
        (case / "closed").chmod(0o000)
        files, skipped = _discover_unprivileged(case)
        assert files == ["readable.pdf"]
        assert any(
            line.startswith("locked.pdf | the file cannot be opened (permission denied)")
            for line in skipped
        ), skipped
        assert any(
            line.startswith("closed | the folder cannot be opened (permission denied)")
            for line in skipped
        ), skipped
    finally:
        (case / "closed").chmod(0o755)
        shutil.rmtree(case)


def test_a_locked_file_is_a_reason_simulated(tmp_path, monkeypatch):
    """The same as above without switching user: opening the file is refused."""
    from auditor.reading import discover as discover_module

    (tmp_path / "locked.pdf").write_bytes(make_hostile.text_pdf())
    (tmp_path / "open.pdf").write_bytes(make_hostile.text_pdf())
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if str(path).endswith("locked.pdf"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(discover_module.os, "open", refuse)
    files, skipped = discover(tmp_path)
    assert [f.relpath for f in files] == ["open.pdf"]
    assert skipped[0].relpath == "locked.pdf"
    assert skipped[0].reason.startswith("the file cannot be opened (permission denied)")


def test_a_file_that_vanishes_or_locks_after_discovery_is_a_reason(tmp_path, monkeypatch):
    """A file gone since discovery changed during the audit; one that may no longer be opened
    says so. Both stop the reading with their reason (a `TaskStopped`, which the pipeline
    reports and never caches): neither is a fact about the content discovery hashed."""
    from auditor.reading import content

    path = tmp_path / "letter.pdf"
    path.write_bytes(make_hostile.text_pdf())
    file = source(path)
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if str(path).endswith("letter.pdf"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(content.os, "open", refuse)
    with pytest.raises(content.FileUnopenable) as locked:
        reading.read_text(file)
    assert str(locked.value).startswith("the file cannot be opened (permission denied)")
    monkeypatch.undo()
    path.unlink()
    with pytest.raises(content.FileChanged) as vanished:
        reading.read_text(file)
    assert str(vanished.value) == content.CHANGED
