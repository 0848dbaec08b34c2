"""NOC 2021 rules: duties against the code (LETTER-NOC-001, -002), code and title (CEC-NOC-002).

Each position of each letter is checked: its duties, job title and NOC code are the extracted
letter fields (the code falls back to case.yaml's claim, as for the TEER). Unknowns here are
`info`: what they lack is reported by other rules (no duties: LETTER-DUTIES-001; no code:
CEC-TEER-001) or by the data (no French duty text in NOC 2021 as shipped).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from auditor.case.duty_words import terms
from auditor.case.noc import obsolete_code
from auditor.case.noc2021 import UnitGroup, codes_for_title, nominal_code, unit_group, unit_groups
from auditor.case.noc_match import Passage, contest, copied_passages, coverage, rank, rivals
from auditor.case.work import Position
from auditor.models import Document, Evidence, Finding
from auditor.rules.context import Context, evidence, legible
from auditor.rules.registry import rule

FRENCH_DUTIES = (
    "the letter is in French and NOC 2021 as shipped has no French duty text, so its duties "
    "were not compared (compare them by hand with the English main duties)."
)


@dataclass(frozen=True)
class NocPosition:
    """One position of a letter as the NOC rules see it: facts read from the letter's fields."""

    letter: Document
    index: int  # in the letter's positions, oldest first; 0 when it states one position
    title: str | None
    code_value: str | None  # the NOC as stated (the letter's, else case.yaml's)
    code_source: str
    duties: tuple[str, ...]
    language: str

    @property
    def code(self) -> str | None:
        return nominal_code(self.code_value)


def noc_positions(ctx: Context) -> Iterator[NocPosition]:
    """Every position of every letter, each with its own title, code and duties."""
    for pos in ctx.work.positions:
        yield _noc_position(pos)


def _noc_position(pos: Position) -> NocPosition:
    letter = pos.letter
    return NocPosition(
        letter=letter,
        index=pos.index,
        title=pos.title if pos.title and pos.title.strip() else None,
        code_value=pos.noc_raw,
        code_source=pos.noc_source,
        duties=tuple(d for d in pos.duties if d.strip()),
        language=letter.language or "en",
    )


@dataclass(frozen=True)
class Comparison:
    """A position's duties against NOC 2021: the ranking, the claimed code's place in it, the
    main duties covered, and the passages copied from the NOC text."""

    group: UnitGroup
    best: tuple[tuple[str, float], ...]  # the best codes and scores, best first
    claimed_rank: int  # 0 = best
    claimed_ratio: float  # claimed code's score / the best score
    matched: tuple[tuple[str, str], ...]  # (main duty, the letter duty covering it)
    missed: tuple[str, ...]
    copied: tuple[Passage, ...]
    rival: str  # the code that wins the contest among the claimed code's rivals
    contest_ratio: float  # claimed code's contest score / the winner's (1.0 when it wins)


@lru_cache(maxsize=256)
def compare(
    code: str,
    duties: tuple[str, ...],
    best_codes: int,
    cover_threshold: float,
    copy_min_words: int,
    copy_whole_duty_words: int,
) -> Comparison:
    """The comparison of `duties` with the unit group `code` (which must exist)."""
    group = unit_group(code)
    assert group is not None
    ranking = rank(duties)
    place = next(i for i, r in enumerate(ranking) if r.code == code)
    top = ranking[0].score
    cover = coverage(group, duties, cover_threshold)
    scores = contest(duties, rivals(code, ranking, best_codes))
    rival = min(scores, key=lambda c: (-scores[c], c != code, c))
    return Comparison(
        group=group,
        best=tuple((r.code, r.score) for r in ranking[:best_codes]),
        claimed_rank=place,
        claimed_ratio=round(ranking[place].score / top, 3) if top else 0.0,
        matched=tuple((c.noc_duty, c.letter_duty) for c in cover if c.letter_duty is not None),
        missed=tuple(c.noc_duty for c in cover if c.letter_duty is None),
        copied=tuple(copied_passages(duties, copy_min_words, copy_whole_duty_words, (code,))),
        rival=rival,
        contest_ratio=round(scores[code] / scores[rival], 3) if scores[rival] else 1.0,
    )


def mismatch(
    found: Comparison, top_k: int, min_score_ratio: float, min_contest_ratio: float
) -> bool:
    """Whether the claimed code is clearly not the duties' occupation: outside the top k of all
    unit groups with under `min_score_ratio` of the best score, or beaten by a rival (a
    neighbour or a best match) on the words that tell them apart, scoring under
    `min_contest_ratio` of it."""
    far = found.claimed_rank >= top_k and found.claimed_ratio < min_score_ratio
    return far or found.contest_ratio < min_contest_ratio


def _comparison(ctx: Context, position: NocPosition, code: str) -> Comparison:
    return compare(
        code,
        position.duties,
        int(ctx.checklists.param("LETTER-NOC-001", "best_codes")),
        float(ctx.checklists.param("LETTER-NOC-001", "duty_cover_share")),
        int(ctx.checklists.param("LETTER-NOC-002", "min_copied_words")),
        int(ctx.checklists.param("LETTER-NOC-002", "min_whole_duty_words")),
    )


def details(position: NocPosition, found: Comparison | None = None) -> dict[str, object]:
    """The `details` of LETTER-NOC-001 and -002 (CONTRACT.md section 3)."""
    out: dict[str, object] = {
        "position": position.index,
        "noc_code": position.code or position.code_value,
        "best_codes": [c for c, _ in found.best] if found else [],
        "matched_duties": [m for m, _ in found.matched] if found else [],
        "missed_duties": list(found.missed) if found else [],
        "copied_passages": [_passage(p) for p in found.copied] if found else [],
    }
    if found:
        out["best_scores"] = [s for _, s in found.best]
        out["claimed_rank"] = found.claimed_rank + 1
        out["claimed_score_ratio"] = found.claimed_ratio
        out["contest_winner"] = found.rival
        out["contest_ratio"] = found.contest_ratio
        out["covered_by"] = [{"main_duty": m, "letter_duty": d} for m, d in found.matched]
    return out


def _contest(found: Comparison, top_k: int, min_ratio: float, min_contest_ratio: float) -> str:
    """The contest's part of a mismatch message, when the contest decided it: which rival fits
    better, and by how much."""
    if mismatch(found, top_k, min_ratio, 0.0) or found.contest_ratio >= min_contest_ratio:
        return ""
    return (
        f"; its rival NOC {_name(found.rival)} fits them better (on the words that tell "
        f"the two apart, the claimed code scores {found.contest_ratio:.0%} of it)"
    )


def _passage(p: Passage) -> dict[str, object]:
    return {"text": p.text, "noc_code": p.code, "noc_text": p.source, "words": p.words}


def _name(code: str) -> str:
    group = unit_group(code)
    return f"{code} {group.title_en}" if group else code


def _why_not(ctx: Context, position: NocPosition) -> str | None:
    """Why the duties cannot be compared, or None when they can."""
    if position.language == "fr":
        return FRENCH_DUTIES
    if position.code is None or unit_group(position.code) is None:
        shown = f"NOC {position.code_value!r}" if position.code_value else "no NOC code"
        return (
            f"{shown} ({position.code_source}) is not a NOC 2021 code to compare the duties with."
        )
    if len(terms(" ".join(position.duties))) < int(ctx.param("min_duty_words")):
        return (
            f"too few duties to compare with NOC {position.code} ({len(position.duties)} "
            "listed); a person must judge them."
        )
    return None


def _doubt(ctx: Context, letter: Document, *names: str) -> str | None:
    """Why the letter's values behind a failure cannot be trusted (CONTRACT.md section 3: failed
    only on values read with enough confidence), or None when they can."""
    floor = float(ctx.checklists.param("DOC-UNREADABLE-001", "min_ocr_confidence"))
    if not legible(letter, floor):
        return "the letter is not fully legible"
    weak = [n for n in names if n in letter.fields and letter.fields[n].confidence < floor]
    if weak:
        return f"the {' and '.join(weak)} were read with low confidence"
    return None


def _failed(
    ctx: Context,
    letter: Document,
    message: str,
    where: tuple[Evidence, ...],
    info: dict,
    *names: str,
) -> Finding:
    """A failed finding, or unknown when the values it rests on were not read reliably."""
    doubt = _doubt(ctx, letter, *names)
    if doubt is None:
        return ctx.on(letter, "failed", message, where, details=info)
    return ctx.on(letter, "unknown", f"{doubt}; check by hand: {message}", where, details=info)


@rule("LETTER-NOC-001")
def duties_match(ctx: Context) -> list[Finding]:
    """A position's duties match the lead statement and main duties of its NOC code."""
    out = []
    top_k, ratio = int(ctx.param("top_k")), float(ctx.param("min_score_ratio"))
    contest_ratio = float(ctx.param("min_contest_ratio"))
    for position in noc_positions(ctx):
        letter, where = position.letter, evidence(position.letter, "duties", "noc_code")
        why = _why_not(ctx, position)
        if why is not None:
            out.append(ctx.on(letter, "unknown", why, where, "info", details(position)))
            continue
        assert position.code is not None
        found = _comparison(ctx, position, position.code)
        total = len(found.matched) + len(found.missed)
        duties = f"{len(found.matched)} of its {total} main duties covered"
        best = ", ".join(_name(c) for c, _ in found.best)
        if mismatch(found, top_k, ratio, contest_ratio):
            message = (
                f"the duties do not match NOC {_name(position.code)} ({position.code_source}): it "
                f"ranks {found.claimed_rank + 1} of {len(unit_groups())} with "
                f"{found.claimed_ratio:.0%} of the best score"
                f"{_contest(found, top_k, ratio, contest_ratio)}; {duties}. Codes whose duties "
                f"match best: {best}."
            )
            out.append(_failed(ctx, letter, message, where, details(position, found), "duties"))
        else:
            message = (
                f"the duties match NOC {_name(position.code)} (ranked {found.claimed_rank + 1} of "
                f"{len(unit_groups())}; {duties}). Best matches: {best}."
            )
            out.append(ctx.on(letter, "passed", message, where, details=details(position, found)))
    return by_position(ctx, out)


@rule("LETTER-NOC-002")
def duties_not_copied(ctx: Context) -> list[Finding]:
    """A position's duties are not copied (near-)verbatim from the NOC text."""
    out = []
    for position in noc_positions(ctx):
        letter, where = position.letter, evidence(position.letter, "duties")
        if position.language == "fr":
            out.append(ctx.on(letter, "unknown", FRENCH_DUTIES, where, "info", details(position)))
            continue
        if not position.duties:
            why = "the letter lists no duties to compare with the NOC text"
            out.append(ctx.on(letter, "unknown", why, where, "info", details(position)))
            continue
        code = position.code if position.code and unit_group(position.code) else None
        if code is not None:
            found: Comparison | None = _comparison(ctx, position, code)
            copied = found.copied if found else ()
        else:
            found = None
            copied = tuple(
                copied_passages(
                    position.duties,
                    int(ctx.param("min_copied_words")),
                    int(ctx.param("min_whole_duty_words")),
                )
            )
        info = details(position, found)
        info["copied_passages"] = [_passage(p) for p in copied]
        if copied:
            shown = "; ".join(f'"{p.text}" (NOC {p.code})' for p in copied[:3])
            more = f" and {len(copied) - 3} more" if len(copied) > 3 else ""
            message = (
                f"{len(copied)} passage(s) of the duties are copied from the NOC 2021 text: "
                f"{shown}{more}. IRCC expects duties in the employer's own words."
            )
            out.append(_failed(ctx, letter, message, where, info, "duties"))
        else:
            message = f"none of the {len(position.duties)} duties is copied from the NOC text."
            out.append(ctx.on(letter, "passed", message, where, details=info))
    return by_position(ctx, out)


@rule("CEC-NOC-002")
def code_exists(ctx: Context) -> list[Finding]:
    """The NOC code exists in NOC 2021, and the job title is not an example title of another."""
    out = []
    for position in noc_positions(ctx):
        letter, value = position.letter, position.code_value
        where = evidence(letter, "noc_code", "job_title")
        if not value or obsolete_code(value):
            continue  # no code: CEC-TEER-001; a NOC 2016 code: CEC-NOC-001
        info: dict[str, object] = {"position": position.index, "noc_code": value}
        code = position.code
        if code is None:
            why = f"the NOC value {value!r} ({position.code_source}) is not one 5-digit code"
            out.append(ctx.on(letter, "unknown", f"{why}; check it by hand.", where, details=info))
            continue
        group = unit_group(code)
        title_codes = codes_for_title(position.title)
        info["title"] = position.title
        info["title_codes"] = list(title_codes)
        if group is None:
            hint = _title_hint(position.title, title_codes)
            message = f"NOC {code} ({position.code_source}) does not exist in NOC 2021{hint}."
            out.append(_failed(ctx, letter, message, where, info, *_read(position, "noc_code")))
        elif title_codes and code not in title_codes:
            others = ", ".join(_name(c) for c in title_codes)
            message = (
                f"the job title {position.title!r} is an example title of NOC {others}, not of "
                f"the claimed NOC {_name(code)} ({position.code_source}); check which fits."
            )
            names = _read(position, "noc_code", "job_title")
            out.append(_failed(ctx, letter, message, where, info, *names))
        else:
            fit = " and fits the job title" if title_codes else ""
            message = f"NOC {_name(code)} exists in NOC 2021{fit}."
            out.append(ctx.on(letter, "passed", message, where, details=info))
    return by_position(ctx, out)


def by_position(ctx: Context, findings: list[Finding]) -> list[Finding]:
    """Findings on a letter of several positions tell its positions apart (`position[i]`)."""
    several = {p.letter.id for p in ctx.work.positions if p.count > 1}
    out = []
    for f in findings:
        index = (f.details or {}).get("position")
        if f.documents and f.documents[0] in several and isinstance(index, int):
            f = replace(f, subject=f"position[{index}]")
        out.append(f)
    return out


def _read(position: NocPosition, *names: str) -> tuple[str, ...]:
    """The letter fields a finding rests on: the code only when it comes from the letter."""
    from_letter = position.code_source == "the letter"
    return tuple(n for n in names if n != "noc_code" or from_letter)


def _title_hint(title: str | None, codes: tuple[str, ...]) -> str:
    if not codes:
        return ""
    return f"; the job title {title!r} is an example title of NOC " + ", ".join(
        _name(c) for c in codes
    )
