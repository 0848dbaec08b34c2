"""Document rules (DOC-*): unreadable, unknown, foreign-language, missing, tampered, duplicated."""

from __future__ import annotations

import re
from collections import defaultdict

from auditor.case.intake import misnamed_note
from auditor.case.names import same_employer
from auditor.models import Document, Evidence, Finding, Status
from auditor.rules.certainty import letter_maybe_from, shown
from auditor.rules.context import Context
from auditor.rules.fonts import mixed_fonts
from auditor.rules.registry import rule
from auditor.rules.related import missing_letter


@rule("DOC-UNREADABLE-001")
def unreadable(ctx: Context) -> list[Finding]:
    """Files that could not be read, and pages OCR could barely read."""
    out: list[Finding] = []
    floor = float(ctx.param("min_ocr_confidence"))
    for doc in ctx.documents:
        if doc.kind == "unreadable":
            out.append(
                ctx.on(doc, "failed", f"could not be read: {doc.problem or 'no reason given'}.")
            )
            continue
        weak = [
            p
            for p in doc.pages
            if p.source == "ocr" and p.ocr_confidence is not None and p.ocr_confidence < floor
        ]
        if weak:
            pages = ", ".join(str(p.number) for p in weak)
            worst = min(p.ocr_confidence or 0 for p in weak)
            out.append(
                ctx.on(
                    doc,
                    "unknown",
                    f"page(s) {pages} read by OCR with "
                    f"confidence as low as {worst:.0%} (under {floor:.0%}); "
                    "values may be misread: check them, or rescan.",
                )
            )
    out += _partly_read(ctx)
    if not out:
        out.append(
            ctx.finding("passed", f"All {len(ctx.documents)} documents were read.", ctx.documents)
        )
    return out


def _partly_read(ctx: Context) -> list[Finding]:
    """Files read with problems the reader noted (pages capped, repaired, cut short, misnamed):
    once per file (on its first document when the file holds several, unless another of its
    documents has notes of its own), as needing a human, since part of it may not have been
    checked."""
    out, seen = [], set()
    for doc in ctx.documents:
        if doc.kind == "unreadable" or not doc.notes or (doc.file.relpath, doc.notes) in seen:
            continue
        seen.add((doc.file.relpath, doc.notes))
        out.append(
            ctx.on(
                doc,
                "unknown",
                f"read with problems: {'; '.join(doc.notes)}. "
                "Check the file yourself; what was not read was not audited.",
            )
        )
    return out


@rule("DOC-UNKNOWN-001")
def unknown_kind(ctx: Context) -> list[Finding]:
    """Documents of no known kind, and a case.yml or Case.yaml that is not read."""
    out: list[Finding] = [
        ctx.finding("failed", f"{misnamed_note(name)}.", [name]) for name in ctx.intake.misnamed
    ]
    for doc in ctx.of_kind("other"):
        if doc.text.strip():
            first = doc.text.strip().splitlines()[0][:80]
            out.append(
                ctx.on(
                    doc, "failed", f"not recognised as any document kind (first line: {first!r})."
                )
            )
        else:
            out.append(ctx.on(doc, "unknown", "no text, so its kind could not be recognised."))
    if not out:
        out.append(ctx.finding("passed", "Every readable document was recognised."))
    return out


@rule("DOC-LANGUAGE-001")
def foreign_language(ctx: Context) -> list[Finding]:
    """Documents in neither English nor French need a certified translation."""
    out: list[Finding] = []
    ok: list[Document] = []
    for doc in ctx.documents:
        if doc.kind == "unreadable" or not doc.text.strip():
            continue
        if doc.language in ("en", "fr"):
            ok.append(doc)
        elif doc.language is None:
            out.append(
                ctx.on(
                    doc,
                    "unknown",
                    "its language could not be "
                    "told; a document in neither English nor French needs a "
                    "certified translation.",
                )
            )
        else:
            out.append(
                ctx.on(
                    doc,
                    "failed",
                    f"written in {doc.language!r}, "
                    "neither English nor French: include a certified translation "
                    "and the translator's affidavit.",
                )
            )
    if ok:
        out.append(ctx.finding("passed", f"{len(ok)} document(s) in English or French.", ok))
    return out


@rule("DOC-MISSING-001")
def missing(ctx: Context) -> list[Finding]:
    """A letter per claimed job, a language result, a passport, a work permit."""
    out: list[Finding] = []
    hedge: Status = "unknown" if ctx.of_kind("unreadable") else "failed"
    note = " (unreadable documents may hold it)" if hedge == "unknown" else ""
    letters = [p.job.employer for p in ctx.work.positions]
    if not ctx.intake.present:
        out.append(
            ctx.finding(
                "unknown",
                "No case.yaml: the claimed jobs are not known, so "
                "a letter for each could not be checked.",
            )
        )
    for claim in ctx.intake.work:
        if not any(same_employer(claim.employer, e) for e in letters):
            maybe = letter_maybe_from(ctx.work.positions, claim.employer, ctx.min_confidence)
            out.append(
                ctx.finding(
                    "unknown" if maybe else hedge,
                    f"No employment letter from {claim.employer} "
                    f"(claimed in case.yaml line {claim.line}){note}"
                    + (f"; but {maybe}." if maybe else "."),
                    ["case.yaml"],
                    details=missing_letter(claim.employer),
                    subject=claim.employer,
                )
            )
    if ctx.intake.present and not ctx.intake.work and not letters:
        out.append(ctx.finding(hedge, f"No employment letter in the file{note}."))
    needed = [("language_test", "language test result"), ("passport", "passport")]
    if letters or ctx.intake.work:
        needed.append(("work_permit", "work permit covering the claimed work"))
    for kind, label in needed:
        if not ctx.of_kind(kind):
            out.append(
                ctx.finding(
                    hedge, f"No {label} in the file{note}.", details={"missing": kind}, subject=kind
                )
            )
    if not out:
        out.append(
            ctx.finding(
                "passed",
                "A letter for each claimed job, a language result, "
                "a passport and a work permit are all in the file.",
            )
        )
    return out


@rule("DOC-TAMPER-001")
def tamper(ctx: Context) -> list[Finding]:
    """An editor as producer, modification after creation, incremental updates,
    mixed fonts inside one value. Image files cannot be checked: unknown at info severity."""
    out: list[Finding] = []
    images: list[Document] = []
    editors = [str(e).lower() for e in ctx.param("editor_producers")]
    grace = float(ctx.param("modified_grace_minutes"))
    for doc in ctx.documents:
        if doc.kind == "unreadable":
            continue
        signs = []
        pdf = doc.pdf
        if pdf is not None:
            for label, value in (("producer", pdf.producer), ("creator", pdf.creator)):
                if value and any(e in value.lower() for e in editors):
                    signs.append(f"PDF {label} is an editor ({value})")
            if pdf.created and pdf.modified:
                minutes = (pdf.modified - pdf.created).total_seconds() / 60
                if minutes > grace:
                    signs.append(
                        f"modified {pdf.modified:%Y-%m-%d %H:%M}, "
                        f"{minutes / 60 / 24:.1f} days after creation "
                        f"{pdf.created:%Y-%m-%d %H:%M}"
                    )
            if pdf.incremental_updates > 0:
                signs.append(
                    f"{pdf.incremental_updates} incremental update(s) appended after the original"
                )
        signs += mixed_fonts(doc)
        if signs:
            out.append(
                ctx.on(
                    doc,
                    "failed",
                    "; ".join(signs) + ". Ask for the original from the issuer.",
                    shown(doc, *doc.fields) or (Evidence.of(doc, None),),
                )
            )
        elif pdf is None and not any(w.font for p in doc.pages for w in p.words):
            images.append(doc)
        else:
            out.append(ctx.on(doc, "passed", "no sign of editing."))
    if images:
        # Nobody can act on "this photo cannot be checked" once per photo: one info line.
        paths = list(dict.fromkeys(d.id for d in images))
        named = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
        noun = "image has" if len(paths) == 1 else "images have"
        out.append(
            ctx.finding(
                "unknown",
                f"{len(paths)} {noun} no PDF structure or fonts to check for editing: {named}.",
                paths,
                severity="info",
                subject="images",
            )
        )
    return out


def _normal_text(doc: Document) -> str:
    return re.sub(r"\s+", " ", doc.text).strip().casefold()


@rule("DOC-DUPLICATE-001")
def duplicates(ctx: Context) -> list[Finding]:
    """The same document twice (same file content, or the same text)."""
    out: list[Finding] = []
    groups: dict[tuple[str, str], list[Document]] = defaultdict(list)
    blank = []
    for doc in ctx.documents:
        if doc.file.sha256:  # files not read (links, unreadable) have no hash to compare
            groups[("sha256", f"{doc.file.sha256}:{doc.page_numbers}")].append(doc)
        text = _normal_text(doc)
        if len(text) >= int(ctx.param("min_text_chars")):
            groups[("text", text)].append(doc)
        elif doc.kind != "unreadable":
            blank.append(doc)
    reported: set[frozenset[str]] = set()
    for (how, _), docs in groups.items():
        paths = frozenset(d.id for d in docs)
        if len(paths) < 2 or paths in reported:
            continue
        reported.add(paths)
        what = "identical file content (sha256)" if how == "sha256" else "identical text"
        out.append(
            ctx.finding(
                "failed",
                f"{', '.join(sorted(paths))}: {what}; keep one.",
                sorted(docs, key=lambda d: d.id),
            )
        )
    if len(blank) >= 2:
        out.append(
            ctx.finding(
                "unknown",
                f"{len(blank)} documents have too little text to compare for duplicates.",
                blank,
            )
        )
    if not out:
        out.append(ctx.finding("passed", "No document appears twice."))
    return out
