"""The positions a reference letter states: job titles, NOC code, dates, and which is current.

A letter may describe several jobs held at the company ("hired as a Cook in 2021, promoted to
Kitchen Supervisor in 2023"): every stated start, end or "to present" is a position; the latest
gives the letter's job (its dates, title and whether it is current), and the others are listed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.models import Field, Record
from extractors.base import TextIndex, put, rx
from extractors.letter_duties import duties_in
from extractors.parse.dates import DateMatch
from extractors.parse.hours import find_hours, find_wages

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
    r"employée?|emploi|travaille|travaillait|embauchée?|occupe|occupait|promoted|promue?|joined|"
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
    r"(?P<code>(?!(?:2001|2006|2011|2016|2021)(?!\d))(?:\d{5}|\d{4})|[0AB]|[0-9O]{5})(?![\w])"
)
_CURRENT = rx(
    r"\b(?:to\s+(?:the\s+)?present|to\s+date|present|current(?:ly)?\s+(?:employed|working|holds?|"
    r"serves?|occupies)|still\s+(?:employed|working|with\s+us)|continues\s+to\s+(?:work|be\s+employed)|"
    r"remains\s+(?:employed|with\s+(?:us|the\s+company)|an?\s+(?:[\w-]+\s+){0,3}employee|"
    r"in\s+(?:this|that|the|her|his|their|its)\s+(?:position|role|capacity))|"
    r"occupe\s+toujours|toujours\s+(?:à\s+)?ce\s+poste|"
    r"is\s+currently|has\s+been\s+(?:employed|working)\b(?:[^.;]|\.(?=\S|\s+[a-z])){0,120}?\bsince|"
    r"demeure\s+(?:à\s+notre\s+emploi|employée?)|à\s+ce\s+jour|jusqu['’]à\s+(?:ce\s+jour|aujourd['’]hui|présent)|"
    r"toujours\s+(?:à\s+notre\s+emploi|en\s+poste|employée?)|actuellement|est\s+à\s+notre\s+emploi\s+depuis|"
    r"aujourd['’]hui|now)\b"
)
_START_CUE = rx(
    r"(?:since|from|began|beginning|start(?:ed|ing)?|commenced|joined|hired|effective|"
    r"date\s+of\s+hire|hire\s+date|start\s+date|employed\s+(?:on|since)|depuis(?:\s+le)?|du|"
    r"à\s+compter\s+du|à\s+partir\s+du|embauchée?\s+le|date\s+d['’](?:embauche|entrée)|"
    r"date\s+de\s+début|entrée?\s+en\s+fonction|"
    r"(?:promoted|promue?|appointed|nommée?|became|devenue?|transferred|mutée?|joined)\b"
    r"(?:(?:Inc|Ltd|Corp|Co|Ltée)\.|[^.;\n]|\n(?!\s*\n)){0,70}?\b(?:on|effective|as\s+of|le|en|in|since|"
    r"depuis)"
    r")\W{0,4}(?:on\s+|le\s+)?$"
)
# After a date, a new position starting there: "On March 1, 2024, she was promoted to ...".
_START_AFTER = rx(
    r"^[ ,]{0,3}(?:\s*(?:s?he|they|[A-ZÀ-Ý][\w'’-]+)\s+)?(?:was|were|has\s+been|a\s+été|est)?\s*"
    r"(?:promoted|promue?|appointed|nommée?|transferred|mutée?)\b"
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
    title_span: tuple[int, int] | None = None  # where a table row states the title


def put_positions(
    fields: dict[str, Field],
    idx: TextIndex,
    dates: list[DateMatch],
    letter_date: Field | None,
    skip: Sequence[tuple[int, int]] = (),
) -> int:
    """Put the latest position's fields (start_date, end_date, current, job_title); return
    where the latest is stated (0 when no position is), near which the job's pay and hours are
    looked for. `skip`: spans whose dates are not a position's (leave periods). The list of
    every position (`positions`) is put by `put_position_list` once the letter-wide fields
    are known."""
    text = idx.text
    positions = find_positions(idx, dates, letter_date, skip)
    latest = _latest(positions)
    titles = _titles(idx)
    if latest is not None and len(positions) > 1 and latest.start is not None:
        # Several positions: the latest one's dates, over a form's single "Start date".
        fields.pop("start_date", None)
        if latest.current or latest.end is not None:
            fields.pop("end_date", None)
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
    title = None
    if len(positions) > 1 and latest is not None:
        title = _row_title(idx, latest) or _title_for(titles, latest, anchor, idx.text)
    if title is not None:  # several positions: the latest one's own title, over any label's
        fields["job_title"] = title
    else:
        put(fields, "job_title", _title_for(titles, latest, anchor))
    return anchor


def _span(p: LetterPosition) -> tuple[int, int]:
    """Where a position's dates are written (its evidence)."""
    if p.start is not None and p.end is not None:
        return p.start.start, p.end.end
    d = p.start or p.end
    return (d.start, d.end) if d is not None else (p.offset, p.offset + 1)


def _latest(positions: list[LetterPosition]) -> LetterPosition | None:
    return max(
        positions,
        key=lambda p: (p.start.value if p.start else p.end.value if p.end else 0, p.offset),
        default=None,
    )


def put_position_list(
    fields: dict[str, Field],
    idx: TextIndex,
    dates: list[DateMatch],
    letter_date: Field | None,
    skip: Sequence[tuple[int, int]] = (),
) -> None:
    """`positions`: one record per position held, oldest first, each with its own title, NOC,
    dates, hours, pay and duties where the letter states them for it; the latest takes the
    letter's own fields (CONTRACT.md: the top-level fields describe the latest position)."""
    positions = find_positions(idx, dates, letter_date, skip)
    if not positions:
        return
    latest = _latest(positions)
    titles = _titles(idx)
    codes = _noc_codes(idx)
    ordered = sorted(positions, key=lambda p: (_first_day(p), p.offset))
    sections = _sections(idx, ordered, titles)
    records = []
    for p in ordered:
        items: list[tuple[str, Field | None]] = []
        stated: list[tuple[str, Field | None]] = list(_section_fields(idx, sections.get(id(p))))
        row_code = _row_code(idx, p)
        row_pay = _row_pay(idx, p)
        if p is latest:
            # Several positions: the latest one's own code (its row, its sentence), over the
            # letter's first NOC, which may be an earlier position's.
            own = row_code or _nearest(
                codes, _sentence(idx.text, p.offset, row=p.title_span is not None), p.offset
            )
            if own is not None:
                fields["noc_code"] = own
        if p is latest:
            items += [(name, fields.get(name)) for name in _LATEST_FIELDS]
            if not p.current and p.end is not None:
                items.append(("end_date", fields.get("end_date")))
            items.append(("current", fields.get("current")))
        else:
            sentence = _sentence(idx.text, p.offset, row=p.title_span is not None)
            title = _row_title(idx, p) or _title_in(titles, sentence, p.offset, idx.text)
            code = row_code or _nearest(codes, sentence, p.offset)
            items += [("job_title", title), ("noc_code", code)]
            if p.start is not None:
                items.append(("start_date", _date_field(idx, p.start)))
            if p.end is not None:
                items.append(("end_date", _date_field(idx, p.end)))
            items.append(("current", idx.field(p.current, p.offset, p.offset + 1, 0.8)))
            items += _pay_in(idx, sentence)
        # A letter that gives each position its own section (its title as a heading, then its
        # NOC, hours, pay and duties): the section's values are the position's.
        names = {n for n, _ in stated}
        items = [(n, f) for n, f in items if n not in names] + stated
        if p is latest:  # the top-level fields describe the latest position (CONTRACT.md)
            fields.update({n: f for n, f in stated if f is not None})
        if row_pay:  # the row's own hours and pay columns
            row_names = {n for n, _ in row_pay}
            items = [(n, f) for n, f in items if n not in row_names] + row_pay
            if p is latest:
                fields.update({n: f for n, f in row_pay if f is not None})
        kept = tuple((n, f) for n, f in items if f is not None)
        if kept:
            records.append(Record(kept))
    if not records:
        return
    first = ordered[0]
    shown = "; ".join(_describe(p, r) for p, r in zip(ordered, records, strict=False))
    put(
        fields,
        "positions",
        idx.field(tuple(records), *_span(first), 0.8, text=shown),
    )


_LATEST_FIELDS = (
    "job_title",
    "noc_code",
    "start_date",
    "hours_per_week",
    "wage_amount",
    "wage_period",
    "duties",
)


def _position_title(idx: TextIndex, p: LetterPosition, titles: list[tuple[int, Field]]) -> str:
    title = _row_title(idx, p) or _title_in(
        titles, _sentence(idx.text, p.offset, row=p.title_span is not None), p.offset, idx.text
    )
    return str(title.value) if title is not None else (p.title or "")


def _sections(
    idx: TextIndex, ordered: list[LetterPosition], titles: list[tuple[int, Field]]
) -> dict[int, tuple[int, int]]:
    """Where each position's own section is, when the letter gives one per position: a
    heading line naming its title (a short line, not a sentence), up to the next position's
    heading (the last one up to the letter's end). Empty when the letter has no such sections."""
    text = idx.text
    if len(ordered) < 2:
        return {}
    heads: dict[int, int] = {}
    for p in ordered:
        title = _position_title(idx, p, titles).strip()
        if len(title) < 3:
            return {}
        found = [
            m.start()
            for m in re.finditer(re.escape(title), text, re.IGNORECASE)
            if len(_line_at(text, m.start()).strip()) <= len(title) + 40
            and not re.match(
                r"[A-Za-zÀ-ÿ]", text[m.end() : m.end() + 1]
            )  # "Analyst", not "Analysts"
        ]
        taken = set(heads.values())
        found = [f for f in found if _line_start(text, f) not in taken]
        if not found:
            return {}
        heads[id(p)] = _line_start(text, found[-1])  # the section, after any summary table
    starts = sorted(set(heads.values()))
    if len(starts) < len(ordered):
        return {}
    out = {}
    for key, s in heads.items():
        later = [x for x in starts if x > s]
        out[key] = (s, later[0] if later else len(text))
    return out


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[_line_start(text, pos) : len(text) if end < 0 else end]


def _section_fields(idx: TextIndex, section: tuple[int, int] | None) -> list[tuple[str, Field]]:
    """NOC, hours, pay and duties stated in a position's own section."""
    if section is None:
        return []
    s, e = section
    out: list[tuple[str, Field | None]] = []
    code = next((f for at, f in _noc_codes(idx) if s <= at < e), None)
    out.append(("noc_code", code))
    out += _pay_in(idx, section)
    out.append(("duties", duties_in(idx, s, e)))
    return [(n, f) for n, f in out if f is not None]


_HEADER_WORDS = rx(
    r"\b(?:position|title|job|poste|titre|fonction|NOC|CNP|start|from|début|du|end|to|fin|au|"
    r"hours?|heures?|salary|wage|rate|pay|salaire|taux|rémunération)\b"
)
_HOURS_COLUMN = rx(r"\b(?:hours?|heures?|hrs?)\b|h\s*/\s*(?:week|sem)")
_PLAIN_NUMBER = re.compile(r"(?<![\d$.,])(\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,]|\s*%)")


_PAY_COLUMN = rx(
    r"(?:(?:annual|yearly|hourly|monthly|weekly|base)\s+)?(?:salary|wage|rate|pay|salaire|"
    r"taux(?:\s+horaire)?|rémunération)(?:\s+(?:annuel(?:le)?|horaire|per\s+\w+|/\s*\w+))?"
)
_MONEY_CELL = re.compile(r"\$\s?\d[\d, ]*(?:[.,]\d{2})?|\d{1,3}(?:[ ,]\d{3})+(?:[.,]\d{2})?\s?\$")
_PRESENT_CELL = rx(r"\s*(?:present|current|to\s+date|à\s+ce\s+jour|présent|en\s+cours)")


def _header(text: str, row_start: int) -> str | None:
    """The header line of a table of positions: a line a few lines above the row with at
    least three column labels."""
    pos = row_start
    for _ in range(6):
        if pos <= 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start : pos - 1]
        if len(_HEADER_WORDS.findall(line)) >= 3 and not re.search(r"\d{4}", line):
            return line
        pos = start
    return None


def _row_pay(idx: TextIndex, p: LetterPosition) -> list[tuple[str, Field | None]]:
    """In a table of positions whose header names hours or pay columns, the row's values
    after its dates."""
    if p.title_span is None:
        return []
    text = idx.text
    row_start = text.rfind("\n", 0, p.offset) + 1
    header = _header(text, row_start)
    last = p.end or p.start
    if header is None or last is None:
        return []
    row_end = text.find("\n", last.end)
    row_end = len(text) if row_end < 0 else row_end
    rest_at = last.end
    cur = re.match(
        r"\s*(?:present|current|to\s+date|à\s+ce\s+jour|présent|en\s+cours)",
        text[rest_at:row_end],
        re.I,
    )
    if cur:
        rest_at += cur.end()
    rest = text[rest_at:row_end]
    out: list[tuple[str, Field | None]] = []
    money_spans = []
    label = _PAY_COLUMN.search(header)
    money = _MONEY_CELL.search(rest) if label else None
    if label and money:
        wages = find_wages(f"{label.group(0)}: {money.group(0)}")
        if wages:
            w = wages[0]
            a, b = rest_at + money.start(), rest_at + money.end()
            money_spans.append((a, b))
            out.append(("wage_amount", idx.field(w.amount, a, b, min(w.confidence, 0.9))))
            out.append(("wage_period", idx.field(w.period, a, b, min(w.confidence, 0.9))))
    if _HOURS_COLUMN.search(header):
        for m in _PLAIN_NUMBER.finditer(rest):
            a, b = rest_at + m.start(1), rest_at + m.end(1)
            value = float(m.group(1).replace(",", "."))
            if any(x <= a < y for x, y in money_spans) or not 1 <= value <= 80:
                continue
            out.append(("hours_per_week", idx.field(value, a, b, 0.85)))
            break
    return out


def _row_code(idx: TextIndex, p: LetterPosition) -> Field | None:
    """In a table row under a "NOC" column, the code between the title and the dates."""
    if p.title_span is None:
        return None
    text = idx.text
    if not re.search(r"\b(?:NOC|CNP)\b", text[max(0, p.title_span[0] - 300) : p.title_span[0]]):
        return None
    m = re.compile(r"\b(\d{5}|\d{4})\b").search(text, p.title_span[1], p.offset)
    if m is None:
        return None
    return idx.field(m.group(1), m.start(1), m.end(1), 0.9 if len(m.group(1)) == 5 else 0.8)


def _row_title(idx: TextIndex, p: LetterPosition) -> Field | None:
    if p.title_span is None:
        return None
    s, e = p.title_span
    return idx.field(idx.text[s:e], s, e, 0.9)


def _first_day(p: LetterPosition) -> dt.date:
    d = p.start or p.end
    return d.value if d is not None else dt.date.max


def _date_field(idx: TextIndex, d: DateMatch) -> Field | None:
    return idx.field(d.value, d.start, d.end, d.confidence)


def _sentence(text: str, pos: int, row: bool = False) -> tuple[int, int]:
    """The sentence around `pos`, or with `row` the table row (its line)."""
    if row:
        end = text.find("\n", pos)
        return text.rfind("\n", 0, pos) + 1, (len(text) if end < 0 else end)
    stops = [m.end() for m in re.finditer(r"\.\s+(?=[A-ZÀ-Ý])|\n\s*\n|;|:\s*\n", text[:pos])]
    start = stops[-1] if stops else 0
    m = re.compile(r"\.\s+(?=[A-ZÀ-Ý])|\.\s*$|\n\s*\n|;").search(text, pos)
    return start, (m.start() if m else len(text))


def _title_in(
    titles: list[tuple[int, Field]], sentence: tuple[int, int], offset: int, text: str
) -> Field | None:
    """The title stated for a position: in its sentence (nearest to its date), or, in a table
    row, the text before the row's first date."""
    s, e = sentence
    inside = [t for t in titles if s <= t[0] <= e]
    if inside:
        return min(inside, key=lambda t: abs(t[0] - offset))[1]
    return None


def _noc_codes(idx: TextIndex) -> list[tuple[int, Field]]:
    out = []
    for m in NOC.finditer(idx.text):
        code = m.group("code").replace("O", "0")
        if code.isdigit():
            f = idx.field(code, m.start(), m.end(), 1.0 if len(code) == 5 else 0.9)
            if f is not None:
                out.append((m.start(), f))
    return out


def _nearest(
    found: list[tuple[int, Field]], sentence: tuple[int, int], offset: int
) -> Field | None:
    s, e = sentence
    inside = [t for t in found if s <= t[0] <= e]
    return min(inside, key=lambda t: abs(t[0] - offset))[1] if inside else None


def _pay_in(idx: TextIndex, sentence: tuple[int, int]) -> list[tuple[str, Field | None]]:
    """Hours and pay stated in a position's own sentence or row."""
    s, e = sentence
    part = idx.text[s:e]
    out: list[tuple[str, Field | None]] = []
    hours = find_hours(part)
    label = _HOURS_LABEL.search(part)
    if hours:
        h = hours[0]
        out.append(("hours_per_week", idx.field(h.per_week, s + h.start, s + h.end, h.confidence)))
    elif label:  # "Hours: 37.5 per week"
        value = float(label.group("h").replace(",", "."))
        if 0 < value <= 80:
            a, b = s + label.start("h"), s + label.end("h")
            out.append(("hours_per_week", idx.field(value, a, b, 0.9)))
    wages = find_wages(part)
    if wages:
        w = wages[0]
        out.append(("wage_amount", idx.field(w.amount, s + w.start, s + w.end, w.confidence)))
        out.append(("wage_period", idx.field(w.period, s + w.start, s + w.end, w.confidence)))
    return out


def _heading_title(text: str, line_start: int) -> tuple[int, int] | None:
    """The heading of a position's block: the short line just above its labelled lines
    ("Senior Data Analyst (NOC 21222)" over "Dates: ..."), with no blank line between."""
    pos = line_start
    for _ in range(4):  # up to three labelled lines between the heading and the dates
        if pos <= 0:
            return None
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        if not line.strip():
            return None
        if re.match(r"^\s*[\w'’ ./-]{2,30}:\s*\S", line):
            pos = prev_start  # another labelled line of the block
            continue
        head = re.sub(r"\s*\((?:NOC|CNP)[^)]*\)\s*$", "", line).strip(" |:-–—\t")
        if (
            2 < len(head) <= 70
            and len(head.split()) <= 8
            and re.search(r"[A-Za-zÀ-ÿ]{3}", head)
            and not re.search(r"\d|[.,;:]$", head)
        ):
            s = prev_start + line.index(head)
            return s, s + len(head)
        return None
    return None


_HOURS_LABEL = rx(
    r"(?:^|\n)\s*(?:weekly\s+)?(?:hours|heures)(?:\s+(?:per|par|a)\s+(?:week|semaine))?\s*:\s*"
    r"(?P<h>\d{1,2}(?:[.,]\d{1,2})?)\b"
)


def _table_title(text: str, d: DateMatch) -> tuple[int, int] | None:
    """In a table row ("Junior Analyst   2023-01-10   2024-02-29"), where the words before the
    row's first date are."""
    line_start = text.rfind("\n", 0, d.start) + 1
    raw = text[line_start : d.start]
    if re.search(r":\s*$", raw):
        return _heading_title(text, line_start)  # "Dates: ...": a label, the title heads the block
    # The row's other columns before the dates: a NOC code ("21223"), a NOC 2016 level.
    head = re.sub(r"(?:[\s|]+(?:\d{4,5}|[0ABCD]))+[\s|]*$", "", raw).strip(" |:-–—\t")
    if (
        2 < len(head) <= 70
        and len(head.split()) <= 8
        and re.search(r"[A-Za-zÀ-ÿ]{3}", head)
        and not re.search(r"\d|[.,;]$", head)
        and not _START_CUE.search(raw)
        and not _END_CUE.search(raw)
    ):
        s = line_start + raw.index(head)
        return s, s + len(head)
    return None


def find_positions(
    idx: TextIndex,
    dates: list[DateMatch],
    letter_date: Field | None,
    skip: Sequence[tuple[int, int]] = (),
) -> list[LetterPosition]:
    """Every position the dates state: a range, a start, an end, or a start "to present"."""
    text = idx.text
    out: list[LetterPosition] = []
    used: set[int] = set()
    for i, d in enumerate(dates):
        if (
            i in used
            or any(a <= d.start < b for a, b in skip)
            or (
                letter_date is not None
                and (here := idx.field(0, d.start, d.end)) is not None
                and letter_date.bbox == here.bbox
            )
        ):
            continue
        before = text[max(0, d.start - 90) : d.start]
        after = text[d.end : d.end + 40]
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        between = text[d.end : nxt.start] if nxt is not None else ""
        span = _table_title(text, d)
        title = text[span[0] : span[1]] if span else None
        if nxt is not None and (
            _RANGE_SEP.match(between) or (re.fullmatch(r"[ \t|]+", between) and span)
        ):
            used.update({i, i + 1})
            out.append(LetterPosition(title, d, nxt, False, d.start, span))
            continue
        # "2024-05-06 to date", "2024-05-06 - present"; a bare "Date" after a date is the next
        # label ("Date de fin d'emploi : ..."), not "to date".
        cur = re.match(
            r"\s*(?:(?:-|–|—|to|until|au|à|jusqu['’]à)\s*(?:the\s+)?(?:present|date|now|"
            r"ce\s+jour|aujourd['’]hui|présent|current)|(?:present|now|ce\s+jour|"
            r"aujourd['’]hui|présent|current))\b",
            after,
            re.I,
        )
        if cur:
            used.add(i)
            out.append(LetterPosition(title, d, None, True, d.start, span))
        elif _START_CUE.search(before) or _START_AFTER.match(after):
            used.add(i)
            out.append(LetterPosition(title, d, None, False, d.start, span))
        elif _END_CUE.search(before[-40:]) and re.search(
            r"end|last|left|resign|termin|fin|dernier|until|jusqu", before[-40:], re.I
        ):
            used.add(i)
            out.append(LetterPosition(title, None, d, False, d.start))
    # An end date stated on its own closes the position started before it.
    merged: list[LetterPosition] = []
    for p in out:
        if p.start is None and merged and merged[-1].end is None and not merged[-1].current:
            last = merged.pop()
            merged.append(
                LetterPosition(last.title, last.start, p.end, False, last.offset, last.title_span)
            )
        else:
            merged.append(p)
    merged = _one_per_start(merged)
    text_current = bool(_CURRENT.search(text))
    if text_current and merged and not any(p.current for p in merged):
        # "is currently employed ... since DATE": the latest open position is the current one.
        open_ = [(p.start.value, p) for p in merged if p.end is None and p.start is not None]
        if open_:
            latest = max(open_, key=lambda started: started[0])[1]
            merged[merged.index(latest)] = LetterPosition(
                latest.title, latest.start, None, True, latest.offset, latest.title_span
            )
    return merged


def _one_per_start(positions: list[LetterPosition]) -> list[LetterPosition]:
    """One position per start date: a letter that states the same start twice (a form's
    "Start date" and a sentence "since ...") held one position, not two."""
    out: list[LetterPosition] = []
    for p in positions:
        same = next(
            (
                q
                for q in out
                if p.start is not None and q.start is not None and q.start.value == p.start.value
            ),
            None,
        )
        if same is None:
            out.append(p)
            continue
        out[out.index(same)] = LetterPosition(
            same.title or p.title,
            same.start,
            same.end or p.end,
            same.current or p.current,
            same.offset,
            same.title_span or p.title_span,
        )
    return out


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


# Every place the letter speaks of an occupation classification, as written (the case stage
# tells NOC 2016 wording from NOC 2021 in these quotes).
_NOC_MENTION = rx(
    r"\b(?:NOC|CNP|National\s+Occupational\s+Classification|Classification\s+nationale\s+des\s+"
    r"professions|skill\s+(?:level|type)|niveau\s+de\s+compétences?|genre\s+de\s+compétences?)"
    r"\b[^\n;]{0,40}"
)


def noc_mentions(idx: TextIndex) -> Field | None:
    """`noc_wording`: each mention of the NOC (or of a NOC 2016 skill level) as written."""
    found = [m for m in _NOC_MENTION.finditer(idx.text)]
    if not found:
        return None
    quotes = tuple(re.sub(r"\s+", " ", m.group(0)).strip() for m in found)
    return idx.field(quotes, found[0].start(), found[0].end(), 0.95, text="; ".join(quotes))


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
    titles: list[tuple[int, Field]],
    latest: LetterPosition | None,
    anchor: int,
    text: str | None = None,
) -> Field | None:
    """The latest position's title; with `text` (a letter of several positions), only a title
    stated in the latest position's own sentence or row."""
    if not titles:
        return None
    if text is not None:
        return _title_in(titles, _sentence(text, anchor), anchor, text) if latest else None
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


def _describe(p: LetterPosition, r: Record) -> str:
    start = p.start.value.isoformat() if p.start else "?"
    end = "present" if p.current else (p.end.value.isoformat() if p.end else "?")
    title = r.value("job_title") or p.title
    return f"{title or '?'}: {start}..{end}"
