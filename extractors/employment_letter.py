"""Employment reference letters: employer, employee, positions, dates, hours, pay, duties."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from auditor.models import Field, Page
from extractors.base import TextIndex, keyword_score, put, rx
from extractors.letter_duties import duties_list, duties_prose
from extractors.letter_form import form_fields
from extractors.letter_parts import contact_fields, employer_from_head, head_lines, signature_fields
from extractors.parse.dates import DateMatch, find_dates
from extractors.parse.hours import find_hours, find_wages, weekly_hours_grammar
from extractors.parse.names import clean_person_name, looks_like_company
from extractors.patterns import COMPANY, HONORIFIC, PERSON, company_start, strip_punct

SIGNALS = [
    (rx(r"to whom it may concern|à qui de droit"), 0.25),
    (rx(r"\b(?:employ(?:ed|ment|ee)|emploi|employée?|embauch)"), 0.25),
    (
        rx(
            r"\b(?:this is to (?:certify|confirm)|we (?:hereby )?confirm|(?:certify|confirm) that|"
            r"atteste(?:r|ons)? que|confirm(?:e|ons) que|certifi(?:e|ons) que)"
        ),
        0.35,
    ),
    (rx(r"\b(?:duties|responsibilities|tâches|fonctions|responsabilités)\b"), 0.2),
    (rx(r"\b(?:sincerely|regards|cordialement|salutations|veuillez agréer)"), 0.15),
    (
        rx(
            r"\b(?:hours? (?:per|a|each) week|heures par semaine|full[- ]time|temps plein|"
            r"part[- ]time)"
        ),
        0.15,
    ),
    (rx(r"\b(?:salary|wage|per hour|salaire|taux horaire)"), 0.1),
    (
        rx(
            r"\b(?:reference letter|letter of employment|employment (?:verification|confirmation)|"
            r"attestation d['’]emploi|lettre de référence)"
        ),
        0.3,
    ),
]
# Documents that mention employment but are not letters.
NEGATIVE = [
    (rx(r"\b(?:year[- ]to[- ]date|YTD|net pay|salaire net|cumul(?:atif)?)\b"), -0.4),
    (rx(r"\bT4\b|statement of remuneration"), -0.4),
    (rx(r"work permit|permis de travail|study permit|permis d['’]études"), -0.3),
]

_EMPLOYEE_LEADS = [
    rx(
        r"(?:certif(?:y|ies)|confirms?|attests?|verif(?:y|ies)|attest(?:e|er|ons|ent)|"
        r"confirm(?:e|er|ons|ent)|certifi(?:e|er|ons|ent)|déclar(?:e|er|ons|ent))\s+"
        r"(?:by this letter\s+|hereby\s+|par\s+la\s+présente\s+)?(?:that|que|qu['’])\s+"
    ),
    rx(
        r"(?:employee(?:['’]s)?\s+name|name\s+of\s+(?:the\s+)?employee|employee|nom\s+de\s+l['’]employée?|"
        r"employée?|nom\s+du\s+salariée?|salariée?)\s*:\s*"
    ),
    rx(
        r"(?:re|subject|objet)\s*:[^\n]{0,60}?"
        r"(?:\b(?:for|of|de|pour|concernant|regarding)\s+|\s[-–—:]\s*)"
    ),
]
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
_BENEFITS = rx(
    r"\b(?:benefits?|avantages?\s+sociaux|assurances?\s+collectives?|health and dental|"
    r"dental|RRSP|REER|pension|vacation|vacances|congés?\s+payés)\b"
)
_BENEFIT_LEAD = rx(
    r"\b(?:plus|as well as|in addition to|en plus de|ainsi que|receives?|reçoit|"
    r"eligible for|entitled to|admissible aux?|a droit (?:à|aux))\s+"
)
# What introduces the list after the word "benefits": "Benefits include ...", "Her benefits
# are: ...", "benefits such as ...".
_BENEFITS_LISTED = rx(
    r"\s*(?:(?:include[sd]?|including|are|comprise|consist\s+of|such\s+as|comprennent|incluent|"
    r"sont)\s*:?|:)\s*(?=\S)"
)
SELF_EMPLOYED = rx(
    r"\b(?:self[- ]employed|self[- ]employment|travailleur\s+autonome|travailleuse\s+autonome|"
    r"sole\s+proprietor|independent\s+contractor|contractor|contract\s+basis|"
    r"travailleur\s+indépendant|à\s+son\s+compte|my\s+own\s+business|entrepreneur)\b"
)
LOCATION_LABEL = rx(
    r"\b(?:work\s+location|place\s+of\s+(?:work|employment)|work\s*site|location|"
    r"lieu\s+de\s+travail|lieu\s+d['’]emploi)\s*:\s*(?P<v>[^\n]{3,80})"
)
_CAP = r"[A-ZÀ-Ý][\wÀ-ÿ'’.\-]+(?:\s+[A-ZÀ-Ý][\wÀ-ÿ'’.\-]+){0,3}"
LOCATION_PROSE = [
    re.compile(
        rf"\b(?:[Bb]ased|[Ll]ocated|[Ss]itué[e]?)\s+(?:in|at|out of|à|au)\s+(?:our\s+|notre\s+)?"
        rf"(?P<v>{_CAP}(?:,\s*{_CAP})?)"
    ),
    re.compile(
        rf"\b(?:office|location|branch|site|store|plant|headquarters|bureau|succursale|"
        rf"établissement|usine)\s+(?:in|at|located in|de|à|d['’])\s*(?P<v>{_CAP}(?:,\s*{_CAP})?)"
    ),
    re.compile(
        rf"\b(?:in|at|à|au)\s+(?:our|notre)\s+(?P<v>{_CAP}(?:,\s*{_CAP})?)\s+(?:office|location|"
        rf"branch|site|store|plant|headquarters|bureau|succursale)"
    ),
    re.compile(
        rf"\b(?:works?|worked|working|travaille|travaillait)\s+(?:remotely\s+|à\s+distance\s+)?"
        rf"(?:in|from|à|depuis)\s+(?P<v>{_CAP}(?:,\s*{_CAP})?)"
    ),
]


@dataclass(frozen=True)
class Position:
    """One job held at the company: title, dates, and where it was stated."""

    title: str | None
    start: DateMatch | None
    end: DateMatch | None
    current: bool
    offset: int


class EmploymentLetterExtractor:
    """Reads employment reference letters in English and French, prose or forms."""

    kind = "employment_letter"

    def recognise(self, text: str) -> float:
        return keyword_score(text, SIGNALS + NEGATIVE)

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        idx = TextIndex(pages)
        text = idx.text
        fields: dict[str, Field] = {}
        put(fields, "employer_name", employer_from_head(pages) or _employer_in_body(idx))
        if "employer_name" in fields and fields["employer_name"].page == pages[0].number:
            top = fields["employer_name"].bbox
            if top is not None and top[1] < 0.3 * pages[0].height:
                f = fields["employer_name"]
                fields["letterhead"] = Field(True, f.page, f.bbox, f.text, f.confidence)
        fields.update(contact_fields(pages))
        form = form_fields(pages)
        fields.update(form)
        fields.update(signature_fields(pages))
        put(fields, "employee_name", _employee(idx))
        dates = find_dates(text, order=None, month_year=True)
        letter_date = _letter_date(pages, idx, dates)
        put(fields, "letter_date", letter_date)
        positions = _positions(idx, dates, letter_date)
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
        if (
            latest is not None
            and latest.current
            or (cur and (latest is None or latest.end is None))
        ):
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
        self._pay_and_hours(idx, fields, anchor)
        _check_ocr_hours(pages, fields)
        put(fields, "noc_code", _noc(idx))
        put(fields, "duties", duties_list(pages) or duties_prose(idx))
        m = _BENEFITS.search(text)
        if m:
            s, e = _sentence(text, m.start())
            lead = list(_BENEFIT_LEAD.finditer(text, s, m.start()))
            s = lead[-1].end() if lead else s
            listed = re.match(r"(?i)benefit|avantage", m.group(0)) and _BENEFITS_LISTED.match(
                text, m.end()
            )
            if listed and listed.end() < e - 3:  # "Benefits include X, Y and Z.": the list
                s, e = listed.end(), e - 1 if text[e - 1] == "." else e
            paren = re.match(r"\s*\(([^()]{3,200})\)", text[m.end() : e])
            if paren:  # "benefits (staff discount, paid sick days)": the list is the value
                s, e = m.end() + paren.start(1), m.end() + paren.end(1)
            put(fields, "benefits", idx.field(re.sub(r"\s+", " ", text[s:e]).strip(), s, e, 0.9))
        m = SELF_EMPLOYED.search(text)
        if m and not re.search(
            r"\bnot\s+(?:a\s+)?$|\bn['’]est\s+pas\s+$", text[max(0, m.start() - 12) : m.start()]
        ):
            put(fields, "self_employed", idx.field(True, m.start(), m.end(), 0.9))
        put(fields, "work_location", _location(idx))
        return fields

    def _pay_and_hours(self, idx: TextIndex, fields: dict[str, Field], anchor: int) -> None:
        hours = find_hours(idx.text)
        if hours:
            h = min(
                hours, key=lambda h: (abs(h.start - anchor) if anchor else h.start, -h.confidence)
            )
            conf = h.confidence * (0.9 if len({x.per_week for x in hours}) > 1 else 1.0)
            put(fields, "hours_per_week", idx.field(h.per_week, h.start, h.end, conf))
        wages = find_wages(idx.text)
        if wages:
            w = min(
                wages, key=lambda w: (abs(w.start - anchor) if anchor else w.start, -w.confidence)
            )
            s = max(0, w.start - 1) if idx.text[w.start - 1 : w.start] == "$" else w.start
            put(fields, "wage_amount", idx.field(w.amount, s, w.end, w.confidence))
            put(fields, "wage_period", idx.field(w.period, s, w.end, w.confidence))


def _sentence(text: str, pos: int) -> tuple[int, int]:
    s = max(text.rfind(". ", 0, pos), text.rfind(".\n", 0, pos), text.rfind(":\n", 0, pos))
    s = 0 if s < 0 else s + 2
    e = text.find(".", pos)
    return s, (len(text) if e < 0 else e + 1)


def _employee(idx: TextIndex) -> Field | None:
    for lead in _EMPLOYEE_LEADS:
        for m in lead.finditer(idx.text):
            rest = idx.text[m.end() : m.end() + 80]
            n = re.match(HONORIFIC + "?" + PERSON, rest)
            if not n:
                continue
            raw = n.group("name")
            name, conf = clean_person_name(raw)
            s = m.end() + n.start("name")
            company = COMPANY.match(idx.text, s)
            if name and not looks_like_company(raw) and not (company and company.end() - s < 60):
                return idx.field(name, s, s + len(raw), conf)
    return None


def _employer_in_body(idx: TextIndex) -> Field | None:
    for m in COMPANY.finditer(idx.text):
        start = company_start(idx.text, m.start())
        name = strip_punct(re.sub(r"\s+", " ", idx.text[start : m.end()]))
        if len(name.split()) >= 2:
            return idx.field(name, start, m.end(), 0.8)
    return None


def _letter_date(pages: Sequence[Page], idx: TextIndex, dates: list[DateMatch]) -> Field | None:
    head = head_lines(pages)
    head_end = sum(len(pl.text) + 1 for pl in head)
    for d in dates:
        if d.start > max(head_end, 1) + 40 or d.confidence < 0.6:
            break
        line_start = idx.text.rfind("\n", 0, d.start) + 1
        before = idx.text[line_start : d.start]
        if len(before) < 40 and not re.search(r"since|from|depuis|du\b|born|née?", before, re.I):
            return idx.field(d.value, d.start, d.end, d.confidence)
    m = re.search(r"(?:^|\n)\s*(?:date|fait le|signed on|le)\s*:?\s*", idx.text, re.I)
    if m:
        for d in dates:
            if 0 <= d.start - m.end() < 5:
                return idx.field(d.value, d.start, d.end, d.confidence)
    return None


def _positions(idx: TextIndex, dates: list[DateMatch], letter_date: Field | None) -> list[Position]:
    text = idx.text
    out: list[Position] = []
    used: set[int] = set()
    for i, d in enumerate(dates):
        if i in used or (
            letter_date is not None
            and idx.field(0, d.start, d.end) is not None
            and letter_date.bbox == idx.field(0, d.start, d.end).bbox
        ):
            continue
        before = text[max(0, d.start - 40) : d.start]
        after = text[d.end : d.end + 40]
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if nxt is not None and _RANGE_SEP.match(text[d.end : nxt.start]):
            used.update({i, i + 1})
            out.append(Position(None, d, nxt, False, d.start))
            continue
        cur = re.match(
            r"\s*(?:-|–|—|to|until|au|à|jusqu['’]à)?\s*(?:the\s+)?(?:present|date|now|"
            r"ce\s+jour|aujourd['’]hui|présent|current)",
            after,
            re.I,
        )
        if cur:
            used.add(i)
            out.append(Position(None, d, None, True, d.start))
        elif _START_CUE.search(before):
            used.add(i)
            out.append(Position(None, d, None, False, d.start))
        elif _END_CUE.search(before) and re.search(
            r"end|last|left|resign|termin|fin|dernier|until", before, re.I
        ):
            used.add(i)
            out.append(Position(None, None, d, False, d.start))
    # An end date stated on its own closes the position started before it.
    merged: list[Position] = []
    for p in out:
        if p.start is None and merged and merged[-1].end is None and not merged[-1].current:
            last = merged.pop()
            merged.append(Position(last.title, last.start, p.end, False, last.offset))
        else:
            merged.append(p)
    text_current = bool(_CURRENT.search(text))
    if text_current and merged and not any(p.current for p in merged):
        # "is currently employed ... since DATE": the latest open position is the current one.
        open_ = [p for p in merged if p.end is None and p.start is not None]
        if open_:
            latest = max(open_, key=lambda p: p.start.value)  # type: ignore[union-attr]
            merged[merged.index(latest)] = Position(
                latest.title, latest.start, None, True, latest.offset
            )
    return merged


def _check_ocr_hours(pages: Sequence[Page], fields: dict[str, Field]) -> None:
    """Weekly hours read by OCR off the quarter-hour grammar are repaired or marked unsure.

    A text layer is what was typed and stays as it is."""
    f = fields.get("hours_per_week")
    page = next((p for p in pages if f is not None and p.number == f.page), None)
    if f is None or page is None or page.source != "ocr" or not isinstance(f.value, float):
        return
    value, ceiling = weekly_hours_grammar(f.value, f.text)
    if ceiling is not None:
        fields["hours_per_week"] = replace(f, value=value, confidence=min(f.confidence, ceiling))


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


def _noc(idx: TextIndex) -> Field | None:
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
    titles: list[tuple[int, Field]], latest: Position | None, anchor: int
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


def _describe(p: Position) -> str:
    start = p.start.value.isoformat() if p.start else "?"
    end = "present" if p.current else (p.end.value.isoformat() if p.end else "?")
    return f"{p.title or '?'}: {start}..{end}"


def _location(idx: TextIndex) -> Field | None:
    m = LOCATION_LABEL.search(idx.text)
    if m:
        return idx.field(strip_punct(m.group("v")), m.start("v"), m.end("v"), 1.0)
    for pattern in LOCATION_PROSE:
        for m in pattern.finditer(idx.text):
            v = strip_punct(m.group("v"))
            if looks_like_company(v) or COMPANY.fullmatch(v):
                continue
            return idx.field(v, m.start("v"), m.end("v"), 0.8)
    return None


EXTRACTOR = EmploymentLetterExtractor()
