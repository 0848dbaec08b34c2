"""The HTML report's NOC panel: per position, the claimed unit group beside the letter's duties."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from auditor.case.noc2021 import ATTRIBUTION, LICENCE_URL, SOURCE_URL, unit_group
from auditor.case.noc_match import main_duties
from auditor.i18n import N_, localize
from auditor.models import Document, Finding

DUTIES_RULE = "LETTER-NOC-001"
COPY_RULE = "LETTER-NOC-002"
# Translated where they are shown (the NOC panel's template, `_()`).
STATUS_LABELS = {
    "passed": N_("duties match"),
    "failed": N_("duties do not match"),
    "unknown": N_("not compared"),
    "waived": N_("waived"),
}


@dataclass(frozen=True)
class MainDutyRow:
    """A main duty of the unit group, ticked when a letter duty covers it."""

    duty: str
    covered_by: str | None

    @property
    def ticked(self) -> bool:
        return self.covered_by is not None


@dataclass(frozen=True)
class Alternative:
    """A unit group whose duties match the letter well, with its score."""

    code: str
    title: str
    teer: int | None
    score: str
    claimed: bool


@dataclass(frozen=True)
class NocPanel:
    """One position of one letter against its NOC code."""

    document: str
    position: int
    code: str
    title: str  # the unit group's title; empty when the code is not in NOC 2021
    teer: int | None
    lead_statement: str
    status: str  # LETTER-NOC-001's status
    status_label: str
    message: str
    main_duties: tuple[MainDutyRow, ...]
    letter_duties: tuple[str, ...]
    alternatives: tuple[Alternative, ...]
    copied: tuple[str, ...]  # LETTER-NOC-002's copied passages

    @property
    def ticked(self) -> int:
        return sum(1 for d in self.main_duties if d.ticked)


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def _pairs(details: Mapping[str, object]) -> dict[str, str]:
    covered = details.get("covered_by")
    out: dict[str, str] = {}
    for pair in covered if isinstance(covered, list) else []:
        if isinstance(pair, dict):
            out[str(pair.get("main_duty"))] = str(pair.get("letter_duty"))
    return out


def _alternatives(details: Mapping[str, object], claimed: str) -> tuple[Alternative, ...]:
    codes = _strings(details.get("best_codes"))
    scores = details.get("best_scores")
    values = scores if isinstance(scores, list) else []
    out = []
    for i, code in enumerate(codes):
        group = unit_group(code)
        score = values[i] if i < len(values) else None
        out.append(
            Alternative(
                code=code,
                title=group.title_en if group else "",
                teer=group.teer if group else None,
                score=f"{score:.1f}" if isinstance(score, int | float) else "",
                claimed=code == claimed,
            )
        )
    return tuple(out)


def _copied(findings: Sequence[Finding], document: str, position: int) -> tuple[str, ...]:
    for f in findings:
        if f.rule == COPY_RULE and document in f.documents and f.details is not None:
            if f.details.get("position") == position:
                passages = f.details.get("copied_passages")
                return tuple(
                    str(p.get("text"))
                    for p in (passages if isinstance(passages, list) else [])
                    if isinstance(p, dict)
                )
    return ()


def noc_panels(
    findings: Sequence[Finding], documents: Sequence[Document], redact: Callable[[str], str]
) -> tuple[NocPanel, ...]:
    """A panel for every position LETTER-NOC-001 reported on, in the findings' order."""
    by_path = {d.id: d for d in documents}
    out = []
    for f in findings:
        if f.rule != DUTIES_RULE or f.details is None or not f.documents:
            continue
        path = f.documents[0]
        details = f.details
        code = str(details.get("noc_code") or "")
        position = details.get("position")
        index = position if isinstance(position, int) else 0
        group = unit_group(code)
        pairs = _pairs(details)
        letter = by_path.get(path)
        duties = letter.value("duties") if letter is not None else None
        out.append(
            NocPanel(
                document=redact(path),
                position=index,
                code=code,
                title=group.title_en if group else "",
                teer=group.teer if group else None,
                lead_statement=group.lead_statement if group else "",
                status=f.status,
                status_label=STATUS_LABELS.get(f.status, f.status),
                message=redact(localize(f.message)),  # in the reader's language
                main_duties=tuple(
                    MainDutyRow(d, redact(pairs[d]) if d in pairs else None)
                    for d in (main_duties(group) if group else ())
                ),
                letter_duties=tuple(redact(d) for d in _strings(duties)),
                alternatives=_alternatives(details, code),
                copied=tuple(redact(p) for p in _copied(findings, path, index)),
            )
        )
    return tuple(out)


@dataclass(frozen=True)
class Source:
    """A data source the report's rules used, with the attribution its licence asks for."""

    name: str
    attribution: str
    url: str
    licence: str  # the licence's URL


NOC_SOURCE = Source(
    "NOC 2021 Version 1.0 (Statistics Canada)", ATTRIBUTION, SOURCE_URL, LICENCE_URL
)
