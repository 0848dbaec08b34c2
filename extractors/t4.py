"""T4 slips (Statement of Remuneration Paid): year, employer, employee, box 14 income, SIN."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from auditor.models import Field, Page, Word
from extractors.base import TextIndex, keyword_score, make_field, put, rx
from extractors.fields.engine import find_fields, label_phrases
from extractors.fields.labels import normalise
from extractors.fields.lexicon import load_lexicon
from extractors.layout import Hit, cells, label_value, rows, words_of_span
from extractors.parse.money import parse_money
from extractors.parse.names import clean_person_name
from extractors.parse.sin import find_sin
from extractors.patterns import PROVINCE, strip_punct

SIGNALS = [
    (rx(r"\bT4\b"), 0.4),
    (rx(r"statement\s+of\s+remuneration\s+paid|état\s+de\s+la\s+rémunération\s+payée"), 0.5),
    # the T4A: its number and its title (pension, retirement, annuity and other income)
    (rx(r"\bT4A\b"), 0.4),
    (
        rx(
            r"statement\s+of\s+pension,?\s+retirement|"
            r"état\s+des\s+revenus\s+de\s+pension|fees\s+for\s+services|"
            r"honoraires\s+ou\s+autres\s+sommes"
        ),
        0.4,
    ),
    (rx(r"employment\s+income|revenus\s+d['’]emploi"), 0.2),
    (rx(r"\bbox\b|\bcase\b"), 0.05),
    (rx(r"pensionable\s+earnings|gains\s+assurables|insurable\s+earnings"), 0.1),
    (rx(r"net\s+pay|salaire\s+net|pay\s+period"), -0.3),
]
_AMOUNTS = ("employment_income", "income_tax", "cpp", "ei")
# The most a value only the engine read may claim, until T4 is read by the engine alone.
ENGINE_ONLY = 0.75
# A name in capitals under "Employee's name" with no comma: CRA's box prints the last name
# first, a payroll's copy often the given names first; nothing says which.
ORDER_UNSURE = 0.7
# The slip's own name: a T4, or a T4A (pension, retirement, annuity and other income).
_SLIP = re.compile(r"\bT4A?\b")
# Between the two halves of a bilingual label: "/", or a dash as CRA prints it.
_SEP = r"\s*[/–—-]\s*"
INCOME = rx(r"(?:\b14\b\s*)?(?:employment\s+income|revenus\s+d['’]emploi)")
CPP = rx(
    r"(?:\b16\b\s*)?(?:employee['’]s\s+CPP\s+contributions|"
    r"cotisations\s+de\s+l['’]employée?\s+au\s+RPC)"
)
EI = rx(
    r"(?:\b18\b\s*)?(?:employee['’]s\s+E[Il1]\s+premiums|"
    r"cotisations\s+de\s+l['’]employée?\s+à\s+l['’]AE)"
)
TAX = rx(r"(?:\b22\b\s*)?(?:income\s+tax\s+deducted|impôt\s+sur\s+le\s+revenu\s+retenu)")
BOXES = (
    ("employment_income", "14", INCOME),
    ("cpp", "16", CPP),
    ("ei", "18", EI),
    ("income_tax", "22", TAX),
)
YEAR = rx(r"\b(?:year|année)\s*(?:/\s*année)?\s*:?")
EMPLOYER = rx(
    rf"employer['’]s\s+name(?:{_SEP}nom\s+de\s+l['’]employeur)?|"
    rf"nom\s+de\s+l['’]employeur(?:{_SEP}employer['’]s\s+name)?|^employer\s*:"
)
_EMPLOYEE_FR = r"nom(?:\s+et\s+adresse)?\s+de\s+l['’]employée?"
_EMPLOYEE_EN = r"employee['’]s\s+name(?:\s+and\s+address)?"
EMPLOYEE = rx(
    rf"{_EMPLOYEE_EN}(?:{_SEP}{_EMPLOYEE_FR})?|{_EMPLOYEE_FR}(?:{_SEP}{_EMPLOYEE_EN})?|"
    r"^employee\s*:"
)
# CRA's slip gives the employee's last and first names in boxes of their own.
_NOTE = r"(?:\s*\([^)]*\)?)?"
LAST = rx(
    rf"last\s+name{_NOTE}(?:{_SEP}nom\s+de\s+famille{_NOTE})?|"
    rf"nom\s+de\s+famille{_NOTE}(?:{_SEP}last\s+name{_NOTE})?"
)
FIRST = rx(rf"first\s+name(?:{_SEP}prénom)?|prénom(?:{_SEP}first\s+name)?")
PROV = rx(
    r"(?:\b10\b\s*)?(?:province\s+of\s+employment|province\s+d['’]emploi)|\b10\b\s*province\b"
)
SIN = rx(r"social\s+insurance\s+number|numéro\s+d['’]assurance\s+sociale|\bSIN\b|\bNAS\b")
_PROVINCE_CODES = {
    "ontario": "ON", "quebec": "QC", "québec": "QC", "british columbia": "BC",
    "colombie-britannique": "BC", "alberta": "AB", "manitoba": "MB", "saskatchewan": "SK",
    "nova scotia": "NS", "nouvelle-écosse": "NS", "new brunswick": "NB",
    "nouveau-brunswick": "NB", "newfoundland": "NL", "newfoundland and labrador": "NL",
    "terre-neuve": "NL", "terre-neuve-et-labrador": "NL", "prince edward island": "PE",
    "île-du-prince-édouard": "PE", "pei": "PE", "yukon": "YT",
    "northwest territories": "NT", "nunavut": "NU",
}  # fmt: skip

# An amount alone in its box: digits grouped by commas, dots or spaces, and cents.
# Dollars, then cents in a cell of their own (a space or a rule between, no decimal point).
_DOLLARS_CENTS = re.compile(
    r"^(?P<dollars>\d{1,3}(?:[ ,\u00a0]?\d{3})*)(?:\s*\|\s*|\s+)(?P<cents>\d{2})$"
)
_AMOUNT_ONLY = re.compile(r"^\$?\s?\d{1,3}(?:[ ,.\u00a0]?\d{3})*[.,]\d{2}\s?\$?$")


def _amount(text: str) -> tuple[float | None, float]:
    """The amount when the text is nothing but one amount (box borders read as "|" or ")"
    dropped, a space OCR put after a thousands separator closed up), else None."""
    t = re.sub(r"^[|()\[\]\s]+|[|()\[\]\s]+$", "", text)
    t = re.sub(r"(\d[,.])\s(\d{3}\b)", r"\1\2", t)
    split = _DOLLARS_CENTS.match(t)
    if split:  # dollars and cents in two cells, as the CRA slip prints them ("61250 | 00")
        t = f"{split['dollars']}.{split['cents']}"
    if not _AMOUNT_ONLY.match(t):
        return None, 0.0
    return parse_money(t)


def _cell_text(cell: Sequence[Word]) -> str:
    return " ".join(w.text for w in cell)


def _box_amount(pages: Sequence[Page], label: re.Pattern[str], box: str) -> Hit | None:
    """The amount of a T4 box found by its caption (see _box_value)."""
    return _box_value(pages, label, box, lambda t: _amount(t)[0] is not None)


def _box_value(
    pages: Sequence[Page], label: re.Pattern[str], box: str, accept: Callable[[str], bool]
) -> Hit | None:
    """The value of a T4 box found by its caption: after it ("Revenus d'emploi (case 14) :"),
    beside it (a table row), or below it in the caption's column (a box grid, where the value
    sits anywhere under a caption that starts at the box's left edge, up to the next caption,
    and the box number may be printed left of the value)."""
    ref = re.compile(rf"^\s*\(?\s*(?:box|case)?\s*{box}\s*\)?\s*:?\s*", re.I)
    for page in pages:
        page_rows = rows(page)
        for r_i, row in enumerate(page_rows):
            row_cells = cells(row)
            for c_i, cell in enumerate(row_cells):
                text = _cell_text(cell)
                m = label.search(text)
                if not m:
                    continue
                rest = text[m.end() :]
                rest = ref.sub("", rest, count=1) if ref.match(rest) else rest.lstrip(" :")
                if rest and accept(rest):
                    start = len(text) - len(rest)
                    words = tuple(words_of_span(cell, start, len(text)))
                    return Hit(page.number, words)
                if c_i + 1 < len(row_cells):
                    nxt = row_cells[c_i + 1]
                    if _cell_text(nxt) == box and c_i + 2 < len(row_cells):
                        nxt = row_cells[c_i + 2]
                    if accept(_cell_text(nxt)):
                        return Hit(page.number, nxt)
                x0 = cell[0].bbox[0] - 0.5 * (cell[0].bbox[3] - cell[0].bbox[1])
                x1 = row_cells[c_i + 1][0].bbox[0] if c_i + 1 < len(row_cells) else float("inf")
                h = max(w.bbox[3] - w.bbox[1] for w in cell)
                for below in page_rows[r_i + 1 : r_i + 3]:
                    if below[0].bbox[1] - cell[-1].bbox[3] > 3.0 * h:
                        break
                    inside = [c for c in cells(below) if x0 <= c[0].bbox[0] < x1]
                    if inside and _cell_text(inside[0]) == box:
                        inside = inside[1:]
                    words = tuple(w for c in inside for w in c if w.text.strip("|)(") != "")
                    if words and accept(_cell_text(words)):
                        return Hit(page.number, words)
    return None


def _box_number_amount(pages: Sequence[Page], box: str) -> Hit | None:
    """An amount printed right after its box number (the caption unread)."""
    return _after_box_number(pages, box, lambda t: _amount(t)[0] is not None)


# How far right of its box number a CRA box's value may sit, in the number's heights.
_BOX_WIDTH = 22.0


def _after_box_number(pages: Sequence[Page], box: str, accept: Callable[[str], bool]) -> Hit | None:
    """The value of a box found by its printed number: the CRA slip prints each box's number
    at its left edge and the value to its right, level with it or a little lower (the value
    sits on the box's bottom line). The words right of the number, from the first one on its
    level up to a gap wider than two heights, are the value when `accept` takes them."""
    for page in pages:
        words = page.words
        for num in words:
            if num.text.strip("|()[]") != box:
                continue
            h = max(num.bbox[3] - num.bbox[1], 1.0)
            lo, hi = num.bbox[1] - 0.4 * h, num.bbox[3] + 0.9 * h
            level = sorted(
                (
                    w
                    for w in words
                    if w is not num
                    and num.bbox[2] - 0.1 * h <= w.bbox[0] <= num.bbox[2] + _BOX_WIDTH * h
                    and lo <= (w.bbox[1] + w.bbox[3]) / 2 <= hi
                ),
                key=lambda w: w.bbox[0],
            )
            run: list[Word] = []
            for w in level:
                if run and w.bbox[0] - run[-1].bbox[2] > 2.0 * h:
                    break
                if re.fullmatch(r"\d{2,3}[A-Z]?", w.text) and not run:
                    break  # the next box's number: this box is empty
                run.append(w)
            while run:
                if accept(_cell_text(run)):
                    return Hit(page.number, tuple(run))
                run.pop()
    return None


def _natural_order(text: str) -> str | None:
    """A person's name in natural order: "TREMBLAY, MARIE CLAUDE" (last name, a comma, the
    given names, as slips print them) becomes "MARIE CLAUDE TREMBLAY"."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 2 and all(parts) and all(_name_part(p) for p in parts):
        text = f"{parts[1]} {parts[0]}"
    return clean_person_name(text)[0]


def _name_text(text: str) -> str:
    """A name's text without the marks a form prints before its box ("◄ SAMPLE")."""
    return re.sub(r"^[^\w]+|[^\w.]+$", "", text.strip())


def _caption_start(text: str) -> bool:
    """Whether the words are a T4 caption, or its first words ("Autres" of "Autres
    renseignements", "Union dues"): the lexicon's labels, whatever field they name."""
    tokens = tuple(normalise(text))
    return bool(tokens) and any(
        p.tokens[: len(tokens)] == tokens for p in label_phrases(load_lexicon("t4"))
    )


def _name_part(text: str) -> bool:
    """Whether text can be a last or first name alone: name-like words, not a label (labels
    here are bilingual pairs joined by a spaced dash or slash, like "Initial - Initiale")."""
    t = _name_text(text)
    return (
        bool(re.fullmatch(r"[^\W\d_][^\W\d_'’.-]*(?:[ '’.-][^\W\d_]+)*\.?", t))
        and len(t.split()) <= 3
        and not re.search(r"\s[-–/]\s", t)
        and not (LAST.search(t) or FIRST.search(t) or EMPLOYEE.search(t))
        and not _caption_start(t)
        and t != t.lower()  # a name is printed in capitals or title case: "capital" of
        # "(in capital letters)" is a caption's word
    )


def _under_caption(
    pages: Sequence[Page],
    label: re.Pattern[str],
    accept: Callable[[str], bool],
    after: Hit | None = None,
) -> Hit | None:
    """The value in a form's box under its caption, where the box runs from the caption on
    its left (or the value `after`, the previous box's, when given: a long caption may
    overhang the next box) to the caption on its right: the first words below inside that
    span that `accept` takes."""
    for page in pages:
        page_rows = rows(page)
        for r_i, row in enumerate(page_rows):
            row_cells = cells(row)
            for c_i, cell in enumerate(row_cells):
                if not label.search(_cell_text(cell)):
                    continue
                h = max(w.bbox[3] - w.bbox[1] for w in cell)
                x0 = row_cells[c_i - 1][-1].bbox[2] + 0.5 * h if c_i else cell[0].bbox[0] - h
                if after is not None and after.page == page.number:
                    x0 = min(x0, after.words[-1].bbox[2] + 0.5 * h)
                x1 = row_cells[c_i + 1][0].bbox[0] if c_i + 1 < len(row_cells) else cell[-1].bbox[2]
                for below in page_rows[r_i + 1 : r_i + 4]:
                    if below[0].bbox[1] - cell[-1].bbox[3] > 3.0 * h:
                        break
                    words = tuple(w for w in below if x0 <= w.bbox[0] and w.bbox[2] <= x1 + h)
                    if words and accept(_cell_text(words)):
                        return Hit(page.number, words)
    return None


def _province_ok(text: str) -> bool:
    """A province alone (a code or a name), not a sentence that mentions one."""
    m = PROVINCE.match(text.strip())
    return m is not None and len(text.strip()) <= len(m.group(0)) + 2


def _not_label(text: str) -> bool:
    """Whether text can be a value rather than another box's caption."""
    t = text.strip()
    return len(t) > 2 and not any(
        p.search(t) for p in (YEAR, EMPLOYER, EMPLOYEE, PROV, SIN, INCOME, LAST, FIRST)
    )


class T4Extractor:
    """Reads T4 slips; fields: tax_year, employer_name, employee_name, employment_income, ..."""

    kind = "t4"

    def recognise(self, text: str) -> float:
        return keyword_score(text, SIGNALS)

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        # The shared engine reads what lexicons/t4.yaml declares: province and year first;
        # the box-by-box reading below still decides the amounts, names and SIN, and the
        # engine's values fill what it does not find.
        engine = find_fields(pages, load_lexicon("t4"))
        fields: dict[str, Field] = {
            n: engine.pop(n) for n in ("province", "tax_year") if n in engine
        }
        year = fields.get("tax_year")
        if year is not None and isinstance(year.value, float):
            fields["tax_year"] = Field(
                int(year.value), year.page, year.bbox, year.text, year.confidence
            )
        idx = TextIndex(pages)
        slip = _SLIP.search(idx.text)
        if slip is not None:
            kind = "t4a" if slip.group(0).upper().endswith("A") else "t4"
            put(fields, "slip", idx.field(kind, slip.start(), slip.end(), 0.95))
        for name, box, label in BOXES:
            hit = _box_amount(pages, label, box)
            conf = 1.0
            if hit is None:
                # the caption printed elsewhere on the page confirms the number is its box's
                hit, conf = _box_number_amount(pages, box), 0.95 if label.search(idx.text) else 0.8
            if hit is not None:
                value, c = _amount(hit.text)
                put(fields, name, hit.field(value, min(conf, c / 0.9)))
        hit = label_value(pages, YEAR, lambda s: bool(re.match(r"^\s*(?:19|20)\d\d\b", s)))
        if "tax_year" in fields:
            pass  # read by the engine
        elif hit is not None:
            put(fields, "tax_year", hit.field(int(hit.text.strip()[:4]), 1.0))
        else:
            m = re.search(
                r"\bT4\b[^\n]{0,40}?\b((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\b[^\n]{0,10}\bT4\b",
                idx.text,
            )
            if m:
                g = 1 if m.group(1) else 2
                put(fields, "tax_year", idx.field(int(m.group(g)), m.start(g), m.end(g), 0.8))
        hit = label_value(pages, EMPLOYER, _not_label)
        if hit is not None:
            put(fields, "employer_name", hit.field(strip_punct(hit.text), 0.9))
        last = label_value(pages, LAST, _name_part)
        first = label_value(pages, FIRST, _name_part) or _under_caption(
            pages, FIRST, _name_part, last
        )
        if last is not None and first is not None:
            name = f"{_name_text(first.text)} {_name_text(last.text)}"
            # both parts' words: a surname misread makes the whole name unsure
            words = first.words + (last.words if last.page == first.page else ())
            raw = f"{last.text}, {first.text}"
            put(fields, "employee_name", make_field(name, first.page, words, 0.9, raw))
        else:
            hit = label_value(pages, EMPLOYEE, lambda s: clean_person_name(s)[0] is not None)
            if hit is not None:
                # the slip's box holds "last name, first name": a name all in capitals
                # without the comma may be printed in either order
                conf = 0.9 if "," in hit.text or not hit.text.isupper() else ORDER_UNSURE
                put(fields, "employee_name", hit.field(_natural_order(hit.text), conf))
        hit = _box_value(pages, PROV, "10", _province_ok) or _after_box_number(
            pages, "10", _province_ok
        )
        province = PROVINCE.match(hit.text.strip()) if hit is not None else None
        if hit is not None and province is not None and "province" not in fields:
            raw = province.group(0)
            code = _PROVINCE_CODES.get(raw.casefold(), raw.upper())
            put(fields, "province", hit.field(code, 1.0))
        hit = _box_value(pages, SIN, "12", lambda s: find_sin(s) is not None) or (
            _after_box_number(pages, "12", lambda s: find_sin(s) is not None)
            if SIN.search(idx.text)
            else None
        )
        sin = find_sin(hit.text) if hit is not None else None
        if hit is not None and sin is not None:
            put(fields, "sin_last3", hit.field(sin.last3, 1.0, sin.masked_text))
        else:
            for m in SIN.finditer(idx.text):
                sin = find_sin(idx.text[m.end() : m.end() + 40])
                if sin is not None:
                    s, e = m.end() + sin.start, m.end() + sin.end
                    put(fields, "sin_last3", idx.field(sin.last3, s, e, 0.8, text=sin.masked_text))
                    break
        for name, f in engine.items():
            if name in _AMOUNTS and re.fullmatch(r"\d{1,3}", f.text.strip()):
                continue  # a bare two- or three-digit number is a box's number, not its amount
            if name == "employer_name" and _SLIP.fullmatch(f.text.strip()):
                continue  # the slip's own name printed beside the caption, not an employer
            if name not in fields:  # what the box-by-box reading above did not find, unsure:
                # no box number confirms an amount, nothing says a name is in natural order
                conf = min(f.confidence, ENGINE_ONLY)
                named = _natural_order(f.text) if name == "employee_name" else None
                if named is not None and f.text.count(",") == 1:  # "LAST, First" as printed
                    f = Field(named, f.page, f.bbox, f.text, f.confidence)
                fields[name] = Field(f.value, f.page, f.bbox, f.text, conf)
        return fields


EXTRACTOR = T4Extractor()
