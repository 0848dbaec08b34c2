"""Document rules (DOC-*): unreadable, unknown, foreign-language, missing, tampered, duplicated."""

from __future__ import annotations

import re
from collections import defaultdict

from auditor.case.intake import misnamed_note
from auditor.case.names import same_employer
from auditor.i18n import N_, Fixed, Percent, Text, join, tr, trn
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
                ctx.on(
                    doc,
                    "failed",
                    tr("could not be read: {problem}.", problem=doc.problem)
                    if doc.problem
                    else tr("could not be read: no reason given."),
                )
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
                    trn(
                        "page {pages} read by OCR with confidence as low as {worst} (under "
                        "{floor}); values may be misread: check them, or rescan.",
                        "pages {pages} read by OCR with confidence as low as {worst} (under "
                        "{floor}); values may be misread: check them, or rescan.",
                        len(weak),
                        pages=pages,
                        worst=Percent(worst),
                        floor=Percent(floor),
                    ),
                )
            )
    out += _partly_read(ctx)
    if not out:
        out.append(
            ctx.finding(
                "passed",
                tr("All {count} documents were read.", count=len(ctx.documents)),
                ctx.documents,
            )
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
                tr(
                    "read with problems: {notes}. Check the file yourself; what was not read was "
                    "not audited.",
                    notes=join(doc.notes, "; "),
                ),
            )
        )
    return out


@rule("DOC-UNKNOWN-001")
def unknown_kind(ctx: Context) -> list[Finding]:
    """Documents of no known kind, and a case.yml or Case.yaml that is not read."""
    out: list[Finding] = [
        ctx.finding("failed", tr("{note}.", note=misnamed_note(name)), [name])
        for name in ctx.intake.misnamed
    ]
    for doc in ctx.of_kind("other"):
        if doc.text.strip():
            first = doc.text.strip().splitlines()[0][:80]
            out.append(
                ctx.on(
                    doc,
                    "failed",
                    tr("not recognised as any document kind (first line: {first!r}).", first=first),
                )
            )
        else:
            out.append(ctx.on(doc, "unknown", tr("no text, so its kind could not be recognised.")))
    if not out:
        out.append(ctx.finding("passed", tr("Every readable document was recognised.")))
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
                    tr(
                        "its language could not be told; a document in neither English nor "
                        "French needs a certified translation."
                    ),
                )
            )
        else:
            out.append(
                ctx.on(
                    doc,
                    "failed",
                    tr(
                        "written in {language!r}, neither English nor French: include a "
                        "certified translation and the translator's affidavit.",
                        language=doc.language,
                    ),
                )
            )
    if ok:
        out.append(
            ctx.finding(
                "passed",
                trn(
                    "{n} document in English or French.",
                    "{n} documents in English or French.",
                    len(ok),
                ),
                ok,
            )
        )
    return out


@rule("DOC-MISSING-001")
def missing(ctx: Context) -> list[Finding]:
    """A letter per claimed job, a language result, a passport, a work permit."""
    out: list[Finding] = []
    hedge: Status = "unknown" if ctx.of_kind("unreadable") else "failed"
    note = tr(" (unreadable documents may hold it)") if hedge == "unknown" else Text("", {})
    letters = [p.job.employer for p in ctx.work.positions]
    if not ctx.intake.present:
        out.append(
            ctx.finding(
                "unknown",
                tr(
                    "No case.yaml: the claimed jobs are not known, so a letter for each could "
                    "not be checked."
                ),
            )
        )
    for claim in ctx.intake.work:
        if not any(same_employer(claim.employer, e) for e in letters):
            maybe = letter_maybe_from(ctx.work.positions, claim.employer, ctx.min_confidence)
            out.append(
                ctx.finding(
                    "unknown" if maybe else hedge,
                    tr(
                        "No employment letter from {employer} (claimed in case.yaml line "
                        "{line}){note}; but {maybe}.",
                        employer=claim.employer,
                        line=str(claim.line),
                        note=note,
                        maybe=maybe,
                    )
                    if maybe
                    else tr(
                        "No employment letter from {employer} (claimed in case.yaml line "
                        "{line}){note}.",
                        employer=claim.employer,
                        line=str(claim.line),
                        note=note,
                    ),
                    ["case.yaml"],
                    details=missing_letter(claim.employer),
                    subject=claim.employer,
                )
            )
    if ctx.intake.present and not ctx.intake.work and not letters:
        out.append(ctx.finding(hedge, tr("No employment letter in the file{note}.", note=note)))
    needed = [("language_test", N_("language test result")), ("passport", N_("passport"))]
    if letters or ctx.intake.work:
        needed.append(("work_permit", N_("work permit covering the claimed work")))
    for kind, label in needed:
        if not ctx.of_kind(kind):
            out.append(
                ctx.finding(
                    hedge,
                    tr("No {label} in the file{note}.", label=tr(label), note=note),
                    details={"missing": kind},
                    subject=kind,
                )
            )
    if not out:
        out.append(
            ctx.finding(
                "passed",
                tr(
                    "A letter for each claimed job, a language result, a passport and a work "
                    "permit are all in the file."
                ),
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
        signs: list[str] = []
        pdf = doc.pdf
        if pdf is not None:
            for label, value in (("producer", pdf.producer), ("creator", pdf.creator)):
                if value and any(e in value.lower() for e in editors):
                    signs.append(
                        tr("PDF producer is an editor ({value})", value=value)
                        if label == "producer"
                        else tr("PDF creator is an editor ({value})", value=value)
                    )
            if pdf.created and pdf.modified:
                minutes = (pdf.modified - pdf.created).total_seconds() / 60
                if minutes > grace:
                    signs.append(
                        tr(
                            "modified {modified}, {days} days after creation {created}",
                            modified=pdf.modified.strftime("%Y-%m-%d %H:%M"),
                            days=Fixed(minutes / 60 / 24, 1),
                            created=pdf.created.strftime("%Y-%m-%d %H:%M"),
                        )
                    )
            if pdf.incremental_updates > 0:
                signs.append(
                    trn(
                        "{n} incremental update appended after the original",
                        "{n} incremental updates appended after the original",
                        pdf.incremental_updates,
                    )
                )
        signs += mixed_fonts(doc)
        if signs:
            out.append(
                ctx.on(
                    doc,
                    "failed",
                    tr("{signs}. Ask for the original from the issuer.", signs=join(signs, "; ")),
                    shown(doc, *doc.fields) or (Evidence.of(doc, None),),
                )
            )
        elif pdf is None and not any(w.font for p in doc.pages for w in p.words):
            images.append(doc)
        else:
            out.append(ctx.on(doc, "passed", tr("no sign of editing.")))
    if images:
        # Nobody can act on "this photo cannot be checked" once per photo: one info line.
        paths = list(dict.fromkeys(d.id for d in images))
        named = (
            tr("{paths} and {more} more", paths=", ".join(paths[:3]), more=len(paths) - 3)
            if len(paths) > 3
            else ", ".join(paths)
        )
        out.append(
            ctx.finding(
                "unknown",
                trn(
                    "{n} image has no PDF structure or fonts to check for editing: {named}.",
                    "{n} images have no PDF structure or fonts to check for editing: {named}.",
                    len(paths),
                    named=named,
                ),
                paths,
                severity="info",
                subject="images",
            )
        )
    return out


def _normal_text(doc: Document) -> str:
    return re.sub(r"\s+", " ", doc.text).strip().casefold()


# How two documents are the same, as DOC-DUPLICATE-001 says it.
SAME = {"sha256": N_("identical file content (sha256)"), "text": N_("identical text")}


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
        what = tr(SAME[how])
        out.append(
            ctx.finding(
                "failed",
                tr("{paths}: {what}; keep one.", paths=", ".join(sorted(paths)), what=what),
                sorted(docs, key=lambda d: d.id),
            )
        )
    if len(blank) >= 2:
        out.append(
            ctx.finding(
                "unknown",
                tr(
                    "{count} documents have too little text to compare for duplicates.",
                    count=len(blank),
                ),
                blank,
            )
        )
    if not out:
        out.append(ctx.finding("passed", tr("No document appears twice.")))
    return out
