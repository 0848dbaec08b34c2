"""Pay stubs: the declaration in lexicons/pay_stub.yaml read by the shared field engine, and the
few special parts: the SIN (masked before it leaves here), the employer printed at the top
without a label, and an earnings line written as a sentence ("43.33 h @ $28.00")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.models import Field, Page, Word
from extractors.base import TextIndex, keyword_score, make_field, rx
from extractors.fields.candidates import PageLabels
from extractors.fields.engine import find_fields, page_grid, page_labels
from extractors.fields.lexicon import load_lexicon
from extractors.fields.values import document_date_order
from extractors.layout import cells
from extractors.parse.money import parse_money
from extractors.parse.names import clean_person_name
from extractors.parse.sin import Sin, find_sin
from extractors.patterns import ORG_WORD, strip_punct

SIGNALS = [
    (
        rx(
            r"\b(?:pay\s*stub|pay\s+statement|earnings\s+statement|statement\s+of\s+earnings|pay\s+slip|"
            r"payslip|pay\s+advice|bulletin\s+de\s+paie|talon\s+de\s+paie|relevé\s+de\s+paie|"
            r"fiche\s+de\s+paie|relevé\s+de\s+salaire|avis\s+de\s+dépôt)\b"
        ),
        0.5,
    ),
    (rx(r"\b(?:net\s+pay|net\s+amount|salaire\s+net|net\s+à\s+payer|montant\s+net)\b"), 0.3),
    (rx(r"\b(?:gross\s+(?:pay|earnings)|salaire\s+brut|total\s+des\s+gains|gains\s+bruts)\b"), 0.2),
    (
        rx(r"\b(?:YTD|year[- ]to[- ]date|cumul(?:atif)?|depuis\s+le\s+début\s+de\s+l['’]année)\b"),
        0.3,
    ),
    (rx(r"\b(?:pay\s+period|période\s+de\s+paie|pay\s+date|date\s+de\s+paie)\b"), 0.3),
    (rx(r"\b(?:CPP|EI|QPP|RRQ|AE|RQAP|income\s+tax|impôt)\b"), 0.2),
]

# The SIN's label where the engine did not place it (a sentence, a label glued to its value).
SIN_LABEL = rx(
    r"(?:\bSIN\b|\bS\.\s?I\.\s?N\.?|social\s+insurance(?:\s+(?:number|no\.?|#))?|\bNAS\b|"
    r"social\s+sec(?:urity|\.)?(?:\s+(?:number|no\.?|#))?|"
    r"\bN\.\s?A\.\s?S\.?|num[ée]ro\s+d['’]assurance\s+sociale)"
)
# A SIN's value that shows only its last three digits, behind any mask or none ("282").
_LAST3 = re.compile(r"[^\w]*(?:[Xx*#•●]+[^\w]*)*(\d{3})")
# An earnings line written as a sentence: "Regular 43.33 h @ $28.00", "75 heures à 36,92 $".
HOURS_AT_RATE = rx(
    r"(?P<h>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|heures?)\.?\s*(?:@|at|à|x|×)\s*\$?\s*"
    r"(?P<r>\d{1,4}[.,]\d{2})"
)
# How sure an employer read from the top of the page is: no label says it is the employer.
TOP_EMPLOYER = 0.6
# How sure an employee's name read over a mailing address is.
ADDRESSEE = 0.6


def _sin_fields(pages: Sequence[Page], idx: TextIndex, words: tuple[Word, ...]) -> dict[str, Field]:
    """The SIN's last three digits (and whether the full number, when printed, is valid and
    temporary), its evidence masked: the full number never leaves this function."""
    sin: Sin | None = None
    field: Field | None = None
    if words:
        text = " ".join(w.text for w in words)
        sin = find_sin(text)
        only = _LAST3.fullmatch(text)
        if sin is None and only is not None:  # the label says SIN, the stub shows its end
            sin = Sin(only[1], None, None, 0, len(text), f"XXX XXX {only[1]}")
        if sin is not None:
            page = _page_of(pages, words[0])
            field = make_field(sin.last3, page, list(words), 1.0, sin.masked_text)
    if field is None:
        for m in SIN_LABEL.finditer(idx.text):
            sin = find_sin(idx.text[m.end() : m.end() + 30])
            if sin is not None:
                s, e = m.end() + sin.start, m.end() + sin.end
                field = idx.field(sin.last3, s, e, 1.0, text=sin.masked_text)
                break
    if field is None or sin is None:
        return {}
    out = {"sin_last3": field}
    if sin.valid is not None:
        out["sin_valid"] = Field(
            sin.valid, field.page, field.bbox, sin.masked_text, field.confidence
        )
        out["sin_temporary"] = Field(
            sin.temporary, field.page, field.bbox, sin.masked_text, field.confidence
        )
    return out


def _page_of(pages: Sequence[Page], word: Word) -> int:
    for page in pages:
        if any(w is word for w in page.words):
            return page.number
    return pages[0].number if pages else 1


def _logo_noise(words: Sequence[Word]) -> int:
    """How many words at the start of a name are a logo's OCR, not the name: a lone digit,
    sign or letter, or a monogram of the name's own initials ("CC Cedar Creek Ltd.")."""
    n = 0
    while n < len(words) - 2:
        t = words[n].text.strip(".,:;|-")
        rest = [w.text for w in words[n + 1 :] if w.text[:1].isalpha()]
        initials = "".join(w[0] for w in rest).upper()
        lone_letter = len(t) == 1 and t.isalpha() and len(rest) >= 2 and rest[0][:1].isupper()
        if not t or len(t) == 1 and not t.isalpha() or t.isdigit() and len(t) <= 2:
            n += 1
        elif lone_letter and words[n + 1].text not in ("&", "+", "-"):
            n += 1  # a logo's mark read as a letter ("M Lakeshore Community ...")
        elif 2 <= len(t) <= 4 and t.isupper() and t.isalpha() and initials.startswith(t):
            n += 1
        else:
            break
    return n


def _employer_at_top(page: Page) -> Field | None:
    """The employer printed at the top of the stub without a label: the first cell among the
    first lines that ends like a company (Inc., Ltd, ltée...), else the first cell of one of
    the top lines that reads like an organisation, without the document's own title beside
    it. A cell that is a label ("Company Code"), a table's row, an address or a person's name
    (unless an organisation word says otherwise: "... Clinic") is no employer."""
    pl = page_labels(page, load_lexicon("pay_stub"))
    for row in pl.rows[:8]:
        for cell in cells(row):
            if pl.is_label(cell[0]):
                continue
            end = next(
                (i for i, w in enumerate(cell) if _SUFFIX.fullmatch(w.text.strip(",;"))), None
            )
            if end is None:
                continue
            words = list(cell[: end + 1])
            words = words[_logo_noise(words) :]
            if sum(ch.isalpha() for w in words[:-1] for ch in w.text) < 3:
                continue  # the suffix alone ("inc.") is no name
            name = strip_punct(" ".join(w.text for w in words))
            return make_field(name, page.number, words, 0.9)
    grid = page_grid(page, load_lexicon("pay_stub"))
    for r, row in enumerate(pl.rows[:4]):
        if grid.rows[r] or grid.columns[r]:
            continue  # a table's row or header
        found = _top_cell(pl, list(cells(row)[0]))
        if found is not None:
            return make_field(strip_punct(found[1]), page.number, found[0], TOP_EMPLOYER)
    return None


def _top_cell(pl: PageLabels, first: list[Word]) -> tuple[list[Word], str] | None:
    """The name in a top line's first cell: without the document's title beside it or a
    logo's noise before it; none when it is a label, an address, a number or a person."""
    if not first or pl.is_label(first[0]):
        return None
    text = " ".join(w.text for w in first)
    title = SIGNALS[0][0].search(text)
    if title:
        first = first[: len(text[: title.start()].split())]
    first = first[_logo_noise(first) :]
    text = " ".join(w.text for w in first)
    if sum(ch.isalpha() for ch in text) < 4 or _STREET.match(text) or _POSTAL.search(text):
        return None
    if clean_person_name(text)[0] is not None and not ORG_WORD.search(text):
        return None
    return first, text


# The legal suffix that ends a company's name, in English and French.
_SUFFIX = re.compile(
    r"(?i:inc|incorporated|ltd|limited|ltée|ltee|llc|llp|corp|corporation|co|enr|s\.e\.n\.c|"
    r"senc|ulc|lp|limitée)\.?"
)


def _organisation(f: Field) -> Field | None:
    """An employer read from a label, without a logo's noise in front; none when what is left
    is not a name (a lone word of one or two letters)."""
    words = str(f.value).split()
    cut = _logo_noise_text(words)
    name = strip_punct(" ".join(words[cut:]))
    if sum(c.isalpha() for c in name) < 3:
        return None
    return Field(name, f.page, f.bbox, f.text, f.confidence)


def _logo_noise_text(words: list[str]) -> int:
    return _logo_noise([Word(w, (0.0, 0.0, 1.0, 1.0), 1.0, None) for w in words])


_STREET = re.compile(r"^\d{1,6}[A-Za-z]?[,\s-]+\S+.*[A-Za-zÀ-ÿ]{2,}")
_POSTAL = re.compile(r"\b[A-Z]\d[A-Z][ -]?\d[A-Z]\d\b")


def _addressee(page: Page, employer: Field | None) -> Field | None:
    """The employee's name where no label says it: the person's name printed over a mailing
    address (a street line, or a city line with a postal code), as payroll stubs print the
    employee's address block. Unsure: only the layout says whose name it is."""
    pl = page_labels(page, load_lexicon("pay_stub"))
    taken = set(str(employer.value).casefold().split()) if employer is not None else set()
    for r, row in enumerate(pl.rows[:-1]):
        for cell in cells(row):
            if pl.is_label(cell[0]) or any(pl.is_label(w) for w in cell):
                continue
            below = [
                c
                for c in cells(pl.rows[r + 1])
                if abs(c[0].bbox[0] - cell[0].bbox[0]) <= 2 * (cell[0].bbox[3] - cell[0].bbox[1])
            ]
            if not below:
                continue
            under = " ".join(w.text for w in below[0])
            if not (_STREET.match(under) or _POSTAL.search(under)):
                continue
            text = " ".join(w.text for w in cell)
            name, conf = clean_person_name(text)
            if name is None or " " not in name or _SUFFIX.search(text) or ORG_WORD.search(text):
                continue
            if set(text.casefold().split()) & taken:
                continue
            return make_field(name, page.number, list(cell), min(conf, ADDRESSEE))
    return None


# The contract's order of a pay stub's fields (CONTRACT.md section 3): how they are listed.
FIELD_ORDER = (
    "employee_name",
    "employer_name",
    "period_start",
    "period_end",
    "pay_date",
    "hours",
    "overtime_hours",
    "rate",
    "gross",
    "net",
    "ytd_gross",
    "sin_last3",
    "sin_valid",
    "sin_temporary",
)


def _contract_order(name: str) -> int:
    return FIELD_ORDER.index(name) if name in FIELD_ORDER else len(FIELD_ORDER)


class PayStubExtractor:
    """Reads pay stubs of any payroll vendor, English or French, text layer or OCR."""

    kind = "pay_stub"

    def recognise(self, text: str) -> float:
        return keyword_score(text, SIGNALS)

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        idx = TextIndex(pages)
        words: dict[str, tuple[Word, ...]] = {}
        order = document_date_order(idx.text)
        if order is None and re.search(r"\b(?:période|paie|paye|salaire)\b", idx.text, re.I):
            order = "dmy"  # French stubs write the day first
        fields = find_fields(pages, load_lexicon("pay_stub"), words_out=words, date_order=order)
        if "employer_name" in fields:
            org = _organisation(fields["employer_name"])
            if org is None:
                del fields["employer_name"]
            else:
                fields["employer_name"] = org
        if "employer_name" not in fields and pages:
            top = _employer_at_top(pages[0])
            if top is not None:
                fields["employer_name"] = top
        if "employee_name" not in fields and pages:
            addressee = _addressee(pages[0], fields.get("employer_name"))
            if addressee is not None:
                fields["employee_name"] = addressee
        m = HOURS_AT_RATE.search(idx.text)
        weak = [n for n in ("hours", "rate") if n not in fields or fields[n].confidence < 0.8]
        if m and weak:
            for name, group in (("hours", "h"), ("rate", "r")):
                value, conf = parse_money(m.group(group))
                if value is not None:
                    f = idx.field(value, m.start(group), m.end(group), conf)
                    if f is not None:
                        fields[name] = f
        fields.update(_sin_fields(pages, idx, words.get("sin", ())))
        return {n: fields[n] for n in sorted(fields, key=_contract_order)}


EXTRACTOR = PayStubExtractor()
