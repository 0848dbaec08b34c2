"""The positions a reference letter states: job titles, NOC code, dates, and which is current.

A letter may describe several jobs held at the company ("hired as a Cook in 2021, promoted to
Kitchen Supervisor in 2023"): every stated start, end or "to present" is a position; the latest
gives the letter's job (its dates, title and whether it is current), and the others are listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.models import Field
from extractors.base import TextIndex, put, rx
from extractors.parse.dates import DateMatch

# What follows "as"/"to" in a sentence when no job title does: a date ("to April 25th, 2025"),
# a number, "of" ("as of"), "present". A prose sentence may wrap between the verb and the title.
_NOT_A_TITLE_START = (
    r"(?:\d|of\b|present\b|date\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)"
)
_TITLE_LEADS = rx(
    r"(?:\b(?:job\s+title|position(?:\s+held)?|title|role|occupation|poste(?:\s+occupé)?|titre(?:\s+du\s+poste)?|"
    r"fonction)\s*:\s*"
    r"|\b(?:employed|works?|working|worked|hired|serves?|served|serving|engaged|position|role|"
    r"employée?|emploi|travaille|travaillait|embauchée?|occupe|occupait|promoted|promue?|joined us|"
    r"continues)\b(?:[^\n]|\n(?!\s*\n)){0,80}?\b(?:as\s+(?:an?|our|the)?|in\s+the\s+(?:position|role)\s+of|"
    r"to\s+(?:the\s+)?(?:position|role)\s+of|en\s+tant\s+que|à\s+titre\s+d[e']|au\s+poste\s+d[e']|comme|"
    r"le\s+poste\s+d[e']|to)\s+(?!" + _NOT_A_TITLE_START + ")"
    r"|\b(?:in\s+the\s+(?:position|role|capacity)\s+of|à\s+titre\s+d[e']|au\s+poste\s+d[e']|"
    r"en\s+tant\s+que|en\s+qualité\s+d[e']|the\s+(?:position|title)\s+of)\s*)"
)
_TITLE_BODY = re.compile(
    r"(?P<t>[^\n.,;:()]{2,70}?)(?=\s+(?:since|from|with|at|in\s+(?:our|the)|on\s+a|for|effective|starting|"
    r"between|until|beginning|commencing|depuis|du|dès|chez|avec|au\s+sein|dans|à\s+(?:temps|compter|partir)|"
    r"pour|on|and\s+(?:has|was|is)|et\s+(?:a|est))\b|\s*[,.;:(\n]|$)",
    re.I,
)
_TITLE_NOISE = rx(
    r"^(?:an?|the|our|le|la|l['’]|un|une)\s+|\b(?:full|part)[- ]time\s+|"
    r"\bà temps (?:plein|partiel)\s+|"
    r"\b(?:permanent|temporary|contract|salaried|hourly)\s+"
)
_NOT_TITLE = rx(
    r"^(?:employee|employée?|follows?|suit|a\s+result|part\s+of|well|member|such|of|"
    r"the\s+company|notre|our)\b"
)
NOC = rx(
    r"\b(?:NOC|CNP|National Occupational Classification|Classification nationale des professions)"
    r"(?:\s*(?:\(|\)|2021|2016|code|TEER|#|no\.?|n°|:|-|,|skill\s+(?:type|level)|niveau))*\s*"
    r"(?P<code>\d{5}|\d{4}|[0AB]|[0-9O]{5})(?![\w])"
)
_CURRENT = rx(
    r"\b(?:to\s+(?:the\s+)?present|to\s+date|present|current(?:ly)?\s+(?:employed|working|holds?|"
    r"serves?|occupies)|still\s+(?:employed|working|with\s+us)|continues\s+to\s+(?:work|be\s+employed)|"
    r"remains\s+(?:employed|with\s+(?:us|the\s+company)|an?\s+(?:[\w-]+\s+){0,3}employee)|"
    r"is\s+currently|has\s+been\s+(?:employed|working)\b(?:[^.;]|\.(?=\S|\s+[a-z])){0,120}?\bsince|"
    r"demeure\s+(?:à\s+notre\s+emploi|employée?)|à\s+ce\s+jour|jusqu['’]à\s+(?:ce\s+jour|aujourd['’]hui|présent)|"
    r"toujours\s+(?:à\s+notre\s+emploi|en\s+poste|employée?)|actuellement|est\s+à\s+notre\s+emploi\s+depuis|"
    r"aujourd['’]hui|now)\b"
)
_START_CUE = rx(
    r"(?:since|from|began|beginning|start(?:ed|ing)?|commenced|joined|hired|effective|"
    r"date\s+of\s+hire|hire\s+date|start\s+date|employed\s+(?:on|since)|depuis(?:\s+le)?|du|"
    r"à\s+compter\s+du|à\s+partir\s+du|embauchée?\s+le|date\s+d['’](?:embauche|entrée)|"
    r"date\s+de\s+début|entrée?\s+en\s+fonction)\W{0,4}(?:on\s+|le\s+)?$"
)
_END_CUE = rx(
    r"(?:to|until|till|through|thru|au|jusqu['’]au|end\s+date|last\s+day(?:\s+of\s+(?:work|employment))?|"
    r"ended|terminated|resigned|left|departure|date\s+de\s+fin|dernier\s+jour|fin\s+d['’]emploi|"
    r"-|–|—)\W{0,4}(?:on\s+|le\s+)?$"
)
_RANGE_SEP = rx(r"^\s*(?:-|–|—|to|until|till|through|thru|au|à|jusqu['’]au|and)\s*(?:le\s+)?$")


@dataclass(frozen=True)
class LetterPosition:
    """One job held at the company: title, dates, and where it was stated."""

    title: str | None
    start: DateMatch | None
    end: DateMatch | None
    current: bool
    offset: int


def put_positions(
    fields: dict[str, Field], idx: TextIndex, dates: list[DateMatch], letter_date: Field | None
) -> int:
    """Put the latest position's fields (start_date, end_date, current, job_title), and every
    position when the letter states several; return where the latest is stated (0 when no
    position is), near which the job's pay and hours are looked for."""
    text = idx.text
    positions = find_positions(idx, dates, letter_date)
    latest = (
        max(
            positions,
            key=lambda p: (p.start.value if p.start else p.end.value if p.end else 0, p.offset),
            default=None,
        )
        if positions
        else None
    )
    titles = _titles(idx)
    if latest is not None:
        if latest.start:
            put(
                fields,
                "start_date",
                idx.field(
                    latest.start.value,
                    latest.start.start,
                    latest.start.end,
                    latest.start.confidence,
                ),
            )
        if latest.end and not latest.current:
            put(
                fields,
                "end_date",
                idx.field(
                    latest.end.value, latest.end.start, latest.end.end, latest.end.confidence
                ),
            )
    cur = _CURRENT.search(text)
    if latest is not None and latest.current or (cur and (latest is None or latest.end is None)):
        m = cur or _CURRENT.search(text, latest.offset if latest else 0)
        if m:
            put(fields, "current", idx.field(True, m.start(), m.end(), 0.9))
    elif latest is not None and latest.end is not None:
        put(fields, "current", idx.field(False, latest.end.start, latest.end.end, 0.8))
    anchor = latest.offset if latest is not None else 0
    title = _title_for(titles, latest, anchor)
    if title is not None:
        put(fields, "job_title", title)
    if len(positions) > 1:
        desc = tuple(_describe(p) for p in sorted(positions, key=lambda p: p.offset))
        first = positions[0]
        put(
            fields,
            "positions",
            idx.field(desc, first.offset, first.offset + 1, 0.8, text="; ".join(desc)),
        )
    return anchor


def find_positions(
    idx: TextIndex, dates: list[DateMatch], letter_date: Field | None
) -> list[LetterPosition]:
    """Every position the dates state: a range, a start, an end, or a start "to present"."""
    text = idx.text
    out: list[LetterPosition] = []
    used: set[int] = set()
    for i, d in enumerate(dates):
        if i in used or (
            letter_date is not None
            and (here := idx.field(0, d.start, d.end)) is not None
            and letter_date.bbox == here.bbox
        ):
            continue
        before = text[max(0, d.start - 40) : d.start]
        after = text[d.end : d.end + 40]
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if nxt is not None and _RANGE_SEP.match(text[d.end : nxt.start]):
            used.update({i, i + 1})
            out.append(LetterPosition(None, d, nxt, False, d.start))
            continue
        cur = re.match(
            r"\s*(?:-|–|—|to|until|au|à|jusqu['’]à)?\s*(?:the\s+)?(?:present|date|now|"
            r"ce\s+jour|aujourd['’]hui|présent|current)",
            after,
            re.I,
        )
        if cur:
            used.add(i)
            out.append(LetterPosition(None, d, None, True, d.start))
        elif _START_CUE.search(before):
            used.add(i)
            out.append(LetterPosition(None, d, None, False, d.start))
        elif _END_CUE.search(before) and re.search(
            r"end|last|left|resign|termin|fin|dernier|until", before, re.I
        ):
            used.add(i)
            out.append(LetterPosition(None, None, d, False, d.start))
    # An end date stated on its own closes the position started before it.
    merged: list[LetterPosition] = []
    for p in out:
        if p.start is None and merged and merged[-1].end is None and not merged[-1].current:
            last = merged.pop()
            merged.append(LetterPosition(last.title, last.start, p.end, False, last.offset))
        else:
            merged.append(p)
    text_current = bool(_CURRENT.search(text))
    if text_current and merged and not any(p.current for p in merged):
        # "is currently employed ... since DATE": the latest open position is the current one.
        open_ = [(p.start.value, p) for p in merged if p.end is None and p.start is not None]
        if open_:
            latest = max(open_, key=lambda started: started[0])[1]
            merged[merged.index(latest)] = LetterPosition(
                latest.title, latest.start, None, True, latest.offset
            )
    return merged


def _title_match(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The title after a lead; in prose, a title cut by the line's end goes on to the next line.

    "... as a Food\nService Supervisor (NOC ...)": a sentence does not end without punctuation,
    so when the title runs to the end of the line, the words of the next line up to the first
    stop (a bracket, a comma, "since"...) are the rest of it. A label ("Title: ...") keeps its line.
    """
    b = _TITLE_BODY.match(text, m.end())
    if b is None or text[m.start() : m.end()].rstrip().endswith(":"):
        return b
    nl = b.end("t")
    if text[nl : nl + 1] != "\n":
        return b
    flat = text[:nl] + " " + text[nl + 1 :]  # same length: offsets stay valid
    joined = _TITLE_BODY.match(flat, m.end())
    if joined is None or joined.end("t") <= nl + 1:
        return b
    after = flat[joined.end("t") : joined.end("t") + 1]
    if after in ("", "\n") or len(joined.group("t").split()) > 6:
        return b  # the next line did not stop the title: it is not its continuation
    return joined


_NOC_THEN_CODE = re.compile(
    r"^\s*(?:[-–—:/,]|\(|or|ou)?\s*(?:code\s*)?(?P<code>\d{4,5})(?![\w])", re.I
)


def noc_code(idx: TextIndex) -> Field | None:
    """The NOC code stated; a skill type ("NOC B") followed by a 4- or 5-digit code gives the code,
    the more specific of the two."""
    m = NOC.search(idx.text)
    if not m:
        return None
    code = m.group("code").replace("O", "0")
    if code.isdigit():
        return idx.field(code, m.start(), m.end(), 1.0 if len(code) == 5 else 0.9)
    nxt = _NOC_THEN_CODE.match(idx.text[m.end() : m.end() + 30])
    if nxt:
        s, e = m.end() + nxt.start("code"), m.end() + nxt.end("code")
        conf = 1.0 if len(nxt.group("code")) == 5 else 0.9
        return idx.field(nxt.group("code"), s, e, conf, text=idx.text[m.start() : e])
    return idx.field(f"NOC {code}", m.start(), m.end(), 0.9)


def _titles(idx: TextIndex) -> list[tuple[int, Field]]:
    out = []
    for m in _TITLE_LEADS.finditer(idx.text):
        b = _title_match(idx.text, m)
        if not b:
            continue
        raw = b.group("t")
        title = _TITLE_NOISE.sub("", raw).strip(" -")
        title = _TITLE_NOISE.sub("", title).strip(" -")
        if not title or _NOT_TITLE.search(title) or len(title.split()) > 8 or NOC.match(title):
            continue
        if re.match(r"^\d", title) or not re.search(r"[A-Za-zÀ-ÿ]{3}", title):
            continue
        s = m.end() + raw.find(title) if title in raw else m.end()
        f = idx.field(title, s, s + len(title), 0.9)
        if f is not None:
            out.append((m.start(), f))
    return out


def _title_for(
    titles: list[tuple[int, Field]], latest: LetterPosition | None, anchor: int
) -> Field | None:
    if not titles:
        return None
    labelled = [
        t
        for t in titles
        if re.match(r"(?i)(?:job\s+)?title|position|poste|titre", t[1].text) is None
    ]
    pool = labelled or titles
    if latest is None:
        return pool[0][1]
    before = [t for t in pool if t[0] <= anchor + 5]
    if before:
        return max(before, key=lambda t: t[0])[1]
    return min(pool, key=lambda t: abs(t[0] - anchor))[1]


def _describe(p: LetterPosition) -> str:
    start = p.start.value.isoformat() if p.start else "?"
    end = "present" if p.current else (p.end.value.isoformat() if p.end else "?")
    return f"{p.title or '?'}: {start}..{end}"
