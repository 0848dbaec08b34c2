"""DOC-UNREADABLE-001 for files read only in part, and DOC-DUPLICATE-001 for files never read."""

from __future__ import annotations

from dataclasses import replace

from auditor.models import SourceFile
from tests.rules.builders import good_documents, intake, run, statuses


def test_reader_notes_become_one_needs_a_human_finding_per_file() -> None:
    docs = good_documents()
    noted = replace(docs[0], notes=("the PDF has 2,000 pages; only the first 200 were read",))
    evaluation = run([noted, *docs[1:]], intake())
    found = [f for f in evaluation.findings if f.rule == "DOC-UNREADABLE-001"]
    assert [f.status for f in found] == ["unknown"]
    assert "only the first 200 were read" in found[0].message
    assert found[0].documents == (noted.id,)


def test_no_notes_no_finding_beyond_passed() -> None:
    assert statuses(run(good_documents(), intake()), "DOC-UNREADABLE-001") == {"passed"}


def test_two_unhashed_skipped_files_are_not_duplicates() -> None:
    docs = good_documents()
    skipped = [
        replace(
            docs[0],
            kind="unreadable",
            problem="a symbolic link",
            pages=(),
            fields={},
            file=SourceFile(docs[0].file.path.with_name(n), n, "", 0),
        )
        for n in ("link-a.pdf", "link-b.pdf")
    ]
    evaluation = run([*docs, *skipped], intake())
    assert "failed" not in statuses(evaluation, "DOC-DUPLICATE-001")
