"""T4 slips (Statement of Remuneration Paid): year, employer, employee, box 14 income, SIN."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.models import Field, Page
from extractors.base import TextIndex, keyword_score, put, rx
from extractors.layout import label_value
from extractors.parse.money import parse_money
from extractors.parse.names import clean_person_name
from extractors.parse.sin import find_sin
from extractors.patterns import PROVINCE, strip_punct

SIGNALS = [
    (rx(r"\bT4\b"), 0.4),
    (rx(r"statement\s+of\s+remuneration\s+paid|état\s+de\s+la\s+rémunération\s+payée"), 0.5),
    (rx(r"employment\s+income|revenus\s+d['’]emploi"), 0.2),
    (rx(r"\bbox\b|\bcase\b"), 0.05),
    (rx(r"pensionable\s+earnings|gains\s+assurables|insurable\s+earnings"), 0.1),
    (rx(r"net\s+pay|salaire\s+net|pay\s+period"), -0.3),
]
INCOME = rx(
    r"(?:\b14\b\s*)?(?:employment\s+income|revenus\s+d['’]emploi)\s*(?:/\s*revenus\s+d['’]emploi)?\s*:?"
)
CPP = rx(
    r"(?:\b16\b\s*)?(?:employee['’]s\s+CPP\s+contributions|cotisations\s+de\s+l['’]employé\s+au\s+RPC)\s*:?"
)
EI = rx(
    r"(?:\b18\b\s*)?(?:employee['’]s\s+EI\s+premiums|cotisations\s+de\s+l['’]employé\s+à\s+l['’]AE)\s*:?"
)
TAX = rx(r"(?:\b22\b\s*)?(?:income\s+tax\s+deducted|impôt\s+sur\s+le\s+revenu\s+retenu)\s*:?")
YEAR = rx(r"\b(?:year|année)\s*(?:/\s*année)?\s*:?")
EMPLOYER = rx(
    r"employer['’]s\s+name(?:\s*/\s*nom\s+de\s+l['’]employeur)?|"
    r"nom\s+de\s+l['’]employeur(?:\s*/\s*employer['’]s\s+name)?|^employer\s*:"
)
EMPLOYEE = rx(
    r"employee['’]s\s+name(?:\s*/\s*nom\s+de\s+l['’]employée?)?|"
    r"nom\s+de\s+l['’]employée?(?:\s*/\s*employee['’]s\s+name)?|^employee\s*:"
)
PROV = rx(r"(?:\b10\b\s*)?(?:province\s+of\s+employment|province\s+d['’]emploi)\s*:?")
SIN = rx(r"social\s+insurance\s+number|numéro\s+d['’]assurance\s+sociale|\bSIN\b|\bNAS\b")


def _money(text: str) -> bool:
    return parse_money(text)[0] is not None


class T4Extractor:
    """Reads T4 slips; fields: tax_year, employer_name, employee_name, employment_income, ..."""

    kind = "t4"

    def recognise(self, text: str) -> float:
        return keyword_score(text, SIGNALS)

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        fields: dict[str, Field] = {}
        idx = TextIndex(pages)
        for name, label in (
            ("employment_income", INCOME),
            ("cpp", CPP),
            ("ei", EI),
            ("income_tax", TAX),
        ):
            hit = label_value(pages, label, _money)
            if hit is not None:
                value, conf = parse_money(hit.text)
                put(fields, name, hit.field(value, conf))
        hit = label_value(pages, YEAR, lambda s: bool(re.match(r"^\s*(?:19|20)\d\d\b", s)))
        if hit is not None:
            put(fields, "tax_year", hit.field(int(hit.text.strip()[:4]), 1.0))
        else:
            m = re.search(
                r"\bT4\b[^\n]{0,40}?\b((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\b[^\n]{0,10}\bT4\b",
                idx.text,
            )
            if m:
                g = 1 if m.group(1) else 2
                put(fields, "tax_year", idx.field(int(m.group(g)), m.start(g), m.end(g), 0.8))
        hit = label_value(pages, EMPLOYER, lambda s: len(s.strip()) > 2)
        if hit is not None:
            put(fields, "employer_name", hit.field(strip_punct(hit.text), 0.9))
        hit = label_value(pages, EMPLOYEE, lambda s: clean_person_name(s)[0] is not None)
        if hit is not None:
            put(fields, "employee_name", hit.field(clean_person_name(hit.text)[0], 0.9))
        hit = label_value(pages, PROV, lambda s: bool(PROVINCE.search(s)))
        if hit is not None:
            put(fields, "province", hit.field(PROVINCE.search(hit.text).group(0), 1.0))  # type: ignore[union-attr]
        for m in SIN.finditer(idx.text):
            sin = find_sin(idx.text[m.end() : m.end() + 40])
            if sin is not None:
                s, e = m.end() + sin.start, m.end() + sin.end
                put(fields, "sin_last3", idx.field(sin.last3, s, e, 1.0, text=sin.masked_text))
                break
        return fields


EXTRACTOR = T4Extractor()
