"""Rules read facts, never document text (ARCHITECTURE.md, STYLE.md point 8; issue 14).

A rule module that reaches a document's text (`document.text`), its pages, lines or words
searches what an extractor already read, and two readings of one text drift apart. The few
exceptions below are checks on the document itself, not on facts, each with its reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

RULES = Path(__file__).resolve().parents[2] / "auditor" / "rules"
CASE = Path(__file__).resolve().parents[2] / "auditor" / "case"
RAW = {"text", "pages", "lines", "words"}
# Names rule code gives documents (and positions, whose `.letter` is one).
DOCUMENT_NAMES = {"letter", "stub", "doc", "document", "permit", "d", "s", "page"}
# (module, function): why it may read the page itself.
ALLOWED = {
    ("context.py", "legible"): "whether any text was read at all (a blank scan), not a fact",
    ("documents.py", "unreadable"): "DOC-UNREADABLE-001 names the pages that could not be read",
    ("documents.py", "unknown_kind"): "DOC-UNKNOWN-001 quotes an unclassified document's line",
    ("documents.py", "foreign_language"): "DOC-LANGUAGE-001 skips a document with no text",
    ("documents.py", "tamper"): "DOC-TAMPER-001 looks at the pages' fonts",
    ("documents.py", "_normal_text"): "DOC-DUPLICATE-001 compares whole documents",
    ("letters.py", "_letterhead"): "LETTER-LETTERHEAD-001 is about the page's layout",
    ("fonts.py", "*"): "DOC-TAMPER-001 compares the fonts of the words behind a value",
}


def _root(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        if node.attr in ("letter",):
            return "letter"
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _raw_reads(path: Path) -> list[tuple[str, int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Attribute) and node.attr in RAW:
                root = _root(node.value)
                if root in DOCUMENT_NAMES:
                    found.append((fn.name, node.lineno, f"{root}...{node.attr}"))
    return found


def _allowed(module: str, function: str) -> bool:
    return (module, function) in ALLOWED or (module, "*") in ALLOWED


def test_no_rule_reads_a_documents_text() -> None:
    offenders = [
        f"auditor/rules/{path.name}:{line} {fn}() reads {what}"
        for path in sorted(RULES.glob("*.py"))
        for fn, line, what in _raw_reads(path)
        if not _allowed(path.name, fn)
    ]
    assert not offenders, "rules must read extracted facts:\n" + "\n".join(offenders)


def test_case_assembly_reads_no_letter_text_for_kinds_of_work() -> None:
    """Jobs and leave are assembled from the letters' facts (positions, leave, self_employed,
    unpaid, fee_for_service, noc_wording): no pattern on a letter's text in jobs.py or
    leave.py but finding a claimed employer's name in a letter or stub whose employer name was
    not read (named functions: the extractor cannot know the claims)."""
    place = {"claim_for", "stubs_for"}
    offenders = [
        f"auditor/case/{name}:{line} {fn}() reads {what}"
        for name in ("jobs.py", "leave.py", "work.py")
        for fn, line, what in _raw_reads(CASE / name)
        if fn not in place
    ]
    assert not offenders, "\n".join(offenders)


def test_the_check_finds_a_rule_that_reads_text(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import re\n"
        "def self_employed(ctx):\n"
        "    for pos in ctx.work.positions:\n"
        "        if re.search('contractor', pos.letter.text):\n"
        "            return True\n",
        encoding="utf-8",
    )
    assert _raw_reads(bad) == [("self_employed", 4, "letter...text")]
