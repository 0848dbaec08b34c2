"""Employment reference letters: employer, employee, positions, dates, hours, pay, duties."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from auditor.models import Field, Page
from extractors.base import TextIndex, keyword_score, put, rx
from extractors.letter_duties import duties_list, duties_prose
from extractors.letter_facts import kind_of_work_fields, leave_spans
from extractors.letter_form import form_fields
from extractors.letter_parts import (
    contact_fields,
    employer_from_head,
    head_lines,
    place_lines,
    signature_fields,
)
from extractors.letter_positions import (
    noc_code,
    noc_mentions,
    put_position_list,
    put_positions,
)
from extractors.letter_reading import reading_fields
from extractors.letter_traces import traces_field
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
        fields.update(reading_fields(pages, "signatory_name" in fields))
        put(fields, "employee_name", _employee(idx))
        dates = find_dates(text, order=None, month_year=True)
        letter_date = _letter_date(pages, idx, dates)
        put(fields, "letter_date", letter_date)
        leave = leave_spans(idx)
        anchor = put_positions(fields, idx, dates, letter_date, leave)
        self._pay_and_hours(idx, fields, anchor)
        _check_ocr_hours(pages, fields)
        put(fields, "noc_code", noc_code(idx))
        put(fields, "noc_wording", noc_mentions(idx))
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
        fields.update(kind_of_work_fields(idx, fields.get("benefits")))
        put_position_list(fields, idx, dates, letter_date, leave)
        put(fields, "traces", traces_field(idx))
        put(fields, "places", place_lines(pages))
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
