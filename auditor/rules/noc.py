"""NOC 2021 rules: duties against the code (LETTER-NOC-001, -002), code and title (CEC-NOC-002).

Each position of each letter is checked: its duties, job title and NOC code are the extracted
letter fields (the code falls back to case.yaml's claim, as for the TEER). Unknowns here are
`info`: what they lack is reported by other rules (no duties: LETTER-DUTIES-001; no code:
CEC-TEER-001) or by the data (no French duty text in NOC 2021 as shipped).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from auditor.case.duty_words import terms
from auditor.case.noc import obsolete_code
from auditor.case.noc2021 import UnitGroup, codes_for_title, nominal_code, unit_group, unit_groups
from auditor.case.noc_match import (
    Passage,
    best_fits,
    contest,
    copied_passages,
    coverage,
    rank,
    rivals,
    title_fit,
)
from auditor.case.work import Position
from auditor.i18n import Named, Percent, Text, join, tr
from auditor.models import Document, Evidence, Finding
from auditor.rules.context import Context, evidence, legible
from auditor.rules.registry import rule

FRENCH_DUTIES = tr(
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
    best: tuple[tuple[str, float], ...]  # the codes whose duties match best, with their scores
    # The codes that fit the duties and the job title best, each with how close the job title
    # is to its example titles (0..1): the duties' best codes when there is no title.
    fits: tuple[tuple[str, float], ...]
    claimed_rank: int  # 0 = best
    claimed_ratio: float  # claimed code's score / the best score
    matched: tuple[tuple[str, str], ...]  # (main duty, the letter duty covering it)
    missed: tuple[str, ...]
    copied: tuple[Passage, ...]
    rival: str  # the code that wins the contest among the claimed code's rivals
    # How likely the claimed code makes the duties' telling words, per word, as a share of how
    # likely the winner makes them (1.0 when it wins).
    contest_ratio: float


@lru_cache(maxsize=256)
def compare(
    code: str,
    duties: tuple[str, ...],
    best_codes: int,
    cover_threshold: float,
    copy_min_words: int,
    copy_whole_duty_words: int,
    title: str | None = None,
) -> Comparison:
    """The comparison of `duties` with the unit group `code` (which must exist). The job title
    only helps name the codes that fit best; whether the claimed code fits rests on the duties."""
    group = unit_group(code)
    assert group is not None
    ranking = rank(duties)
    place = next(i for i, r in enumerate(ranking) if r.code == code)
    top = ranking[0].score
    cover = coverage(group, duties, cover_threshold)
    scores = contest(duties, rivals(code, ranking, best_codes))
    rival = min(scores, key=lambda c: (-scores[c], c != code, c))
    fit = title_fit(title)
    return Comparison(
        group=group,
        best=tuple((r.code, r.score) for r in ranking[:best_codes]),
        fits=tuple((r.code, fit.get(r.code, 0.0)) for r in best_fits(ranking, title, best_codes)),
        claimed_rank=place,
        claimed_ratio=round(ranking[place].score / top, 3) if top else 0.0,
        matched=tuple((c.noc_duty, c.letter_duty) for c in cover if c.letter_duty is not None),
        missed=tuple(c.noc_duty for c in cover if c.letter_duty is None),
        copied=tuple(copied_passages(duties, copy_min_words, copy_whole_duty_words, (code,))),
        rival=rival,
        contest_ratio=round(math.exp(scores[code] - scores[rival]), 3),
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
        position.title,
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
        out["best_fits"] = [c for c, _ in found.fits]
        out["best_fits_title"] = [f for _, f in found.fits]
        out["claimed_rank"] = found.claimed_rank + 1
        out["claimed_score_ratio"] = found.claimed_ratio
        out["contest_winner"] = found.rival
        out["contest_ratio"] = found.contest_ratio
        out["covered_by"] = [{"main_duty": m, "letter_duty": d} for m, d in found.matched]
    return out


def _contest(
    found: Comparison, top_k: int, min_ratio: float, min_contest_ratio: float
) -> Text | str:
    """The contest's part of a mismatch message, when the contest decided it: which rival fits
    better, and by how much."""
    if mismatch(found, top_k, min_ratio, 0.0) or found.contest_ratio >= min_contest_ratio:
        return ""
    return tr(
        "; its rival NOC {rival} fits them better (on the words that tell its rivals apart, the "
        "claimed code's NOC text makes the duties {ratio} as likely per word)",
        rival=_name(found.rival),
        ratio=Percent(found.contest_ratio),
    )


def _with_title(found: Comparison) -> Text | str:
    """The codes that fit the duties and the job title best, when the title changes them
    (codes only: how close the title is to each is in `details`)."""
    codes = [c for c, _ in found.fits]
    if codes == [c for c, _ in found.best]:
        return ""
    return tr(" (with the job title: {codes})", codes=join(codes, ", "))


def _passage(p: Passage) -> dict[str, object]:
    return {"text": p.text, "noc_code": p.code, "noc_text": p.source, "words": p.words}


def _name(code: str) -> Text | str:
    """`21231 Software engineers and designers`: the code and its NOC 2021 title, in the
    reader's language."""
    group = unit_group(code)
    if group is None:
        return code
    return tr("{code} {title}", code=code, title=Named(group.title_en, fr=group.title_fr))


def _why_not(ctx: Context, position: NocPosition) -> Text | None:
    """Why the duties cannot be compared, or None when they can."""
    if position.language == "fr":
        return FRENCH_DUTIES
    if position.code is None or unit_group(position.code) is None:
        if position.code_value:
            return tr(
                "NOC {value!r} ({source}) is not a NOC 2021 code to compare the duties with.",
                value=position.code_value,
                source=position.code_source,
            )
        return tr(
            "no NOC code ({source}) is not a NOC 2021 code to compare the duties with.",
            source=position.code_source,
        )
    if len(terms(" ".join(position.duties))) < int(ctx.param("min_duty_words")):
        return tr(
            "too few duties to compare with NOC {code} ({count} listed); a person must judge them.",
            code=position.code,
            count=str(len(position.duties)),
        )
    return None


def _doubt(ctx: Context, letter: Document, *names: str) -> Text | None:
    """Why the letter's values behind a failure cannot be trusted (CONTRACT.md section 3: failed
    only on values read with enough confidence), or None when they can."""
    floor = float(ctx.checklists.param("DOC-UNREADABLE-001", "min_ocr_confidence"))
    if not legible(letter, floor):
        return tr("the letter is not fully legible")
    weak = [n for n in names if n in letter.fields and letter.fields[n].confidence < floor]
    if weak:
        return tr("the {fields} were read with low confidence", fields=" and ".join(weak))
    return None


def _failed(
    ctx: Context,
    letter: Document,
    message: Text,
    where: tuple[Evidence, ...],
    info: dict,
    *names: str,
) -> Finding:
    """A failed finding, or unknown when the values it rests on were not read reliably."""
    doubt = _doubt(ctx, letter, *names)
    if doubt is None:
        return ctx.on(letter, "failed", message, where, details=info)
    text = tr("{doubt}; check by hand: {message}", doubt=doubt, message=message)
    return ctx.on(letter, "unknown", text, where, details=info)


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
        duties = tr(
            "{matched} of its {total} main duties covered",
            matched=str(len(found.matched)),
            total=str(total),
        )
        best = tr(
            "{codes}{with_title}",
            codes=join((_name(c) for c, _ in found.best), ", "),
            with_title=_with_title(found),
        )
        if mismatch(found, top_k, ratio, contest_ratio):
            message = tr(
                "the duties do not match NOC {code} ({source}): it ranks {rank} of {groups} with "
                "{ratio} of the best score{contest}; {duties}. Codes whose duties match best: "
                "{best}.",
                code=_name(position.code),
                source=position.code_source,
                rank=str(found.claimed_rank + 1),
                groups=str(len(unit_groups())),
                ratio=Percent(found.claimed_ratio),
                contest=_contest(found, top_k, ratio, contest_ratio),
                duties=duties,
                best=best,
            )
            out.append(_failed(ctx, letter, message, where, details(position, found), "duties"))
        else:
            message = tr(
                "the duties match NOC {code} (ranked {rank} of {groups}; {duties}). Best "
                "matches: {best}.",
                code=_name(position.code),
                rank=str(found.claimed_rank + 1),
                groups=str(len(unit_groups())),
                duties=duties,
                best=best,
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
            why = tr("the letter lists no duties to compare with the NOC text")
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
            passages = [tr('"{text}" (NOC {code})', text=p.text, code=p.code) for p in copied[:3]]
            shown = join(passages, "; ")
            more = tr(" and {count} more", count=str(len(copied) - 3)) if len(copied) > 3 else ""
            message = tr(
                "{count} passage(s) of the duties are copied from the NOC 2021 text: "
                "{passages}{more}. IRCC expects duties in the employer's own words.",
                count=str(len(copied)),
                passages=shown,
                more=more,
            )
            out.append(_failed(ctx, letter, message, where, info, "duties"))
        else:
            message = tr(
                "none of the {count} duties is copied from the NOC text.",
                count=str(len(position.duties)),
            )
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
            why = tr(
                "the NOC value {value!r} ({source}) is not one 5-digit code; check it by hand.",
                value=value,
                source=position.code_source,
            )
            out.append(ctx.on(letter, "unknown", why, where, details=info))
            continue
        group = unit_group(code)
        title_codes = codes_for_title(position.title)
        info["title"] = position.title
        info["title_codes"] = list(title_codes)
        if group is None:
            hint = _title_hint(position.title, title_codes)
            message = tr(
                "NOC {code} ({source}) does not exist in NOC 2021{hint}.",
                code=code,
                source=position.code_source,
                hint=hint,
            )
            out.append(_failed(ctx, letter, message, where, info, *_read(position, "noc_code")))
        elif title_codes and code not in title_codes:
            message = tr(
                "the job title {title!r} is an example title of NOC {others}, not of the claimed "
                "NOC {code} ({source}); check which fits.",
                title=position.title,
                others=join((_name(c) for c in title_codes), ", "),
                code=_name(code),
                source=position.code_source,
            )
            names = _read(position, "noc_code", "job_title")
            out.append(_failed(ctx, letter, message, where, info, *names))
        else:
            message = (
                tr("NOC {code} exists in NOC 2021 and fits the job title.", code=_name(code))
                if title_codes
                else tr("NOC {code} exists in NOC 2021.", code=_name(code))
            )
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


def _title_hint(title: str | None, codes: tuple[str, ...]) -> Text | str:
    if not codes:
        return ""
    return tr(
        "; the job title {title!r} is an example title of NOC {codes}",
        title=title,
        codes=join((_name(c) for c in codes), ", "),
    )
