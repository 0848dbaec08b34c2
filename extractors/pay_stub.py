"""Pay stubs: the earnings grid (Current/YTD), period, pay date, hours, rate, gross, net, SIN."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.models import Field, Page
from extractors.base import TextIndex, keyword_score, make_field, put, rx
from extractors.layout import Hit, TableRow, cells, label_value, number_of, rows, table_row
from extractors.parse.dates import Order, find_dates
from extractors.parse.money import parse_money
from extractors.parse.names import clean_person_name, looks_like_company
from extractors.parse.sin import find_sin
from extractors.patterns import COMPANY, ORG_WORD, strip_punct

SIGNALS = [
    (
        rx(
            r"\b(?:pay\s*stub|pay\s+statement|earnings\s+statement|statement\s+of\s+earnings|pay\s+slip|"
            r"payslip|bulletin\s+de\s+paie|talon\s+de\s+paie|relevé\s+de\s+paie|fiche\s+de\s+paie)\b"
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

HEADERS = {
    "hours": rx(r"^(?:hours?|hrs|heures|qty|quantité|units)\b"),
    "rate": rx(r"^(?:rate|taux)\b"),
    "current": rx(
        r"^(?:current|amount|this\s+(?:period|pay)|montant|courant|période\s+en\s+cours|actuel)\b"
    ),
    "ytd": rx(r"^(?:YTD|year[- ]to[- ]date|cumul|cumulatif|depuis|total\s+annuel|année)\b"),
}
REGULAR = rx(
    r"^(?:regular|reg\.?|base\s+pay|basic\s+pay|salary|wages|hourly|salaire\s+(?:régulier|de\s+base)|"
    r"heures\s+(?:régulières|normales)|rémunération\s+régulière|normal)"
)
OVERTIME = rx(
    r"^(?:overtime|OT\b|over[- ]time|heures\s+supplémentaires|temps\s+supplémentaire|"
    r"temps\s+double|time\s+and\s+a\s+half)"
)
GROSS = rx(
    r"^(?:gross(?:\s+(?:pay|earnings|wages))?|total\s+(?:earnings|gross|pay)|salaire\s+brut|brut|"
    r"total\s+des\s+gains|gains\s+bruts|rémunération\s+brute)\b"
)
NET = rx(
    r"^(?:net\s+pay|net\s+amount|net\s+earnings|net|salaire\s+net|net\s+à\s+payer|montant\s+net|"
    r"paie\s+nette|dépôt\s+net)\b"
)
YTD_GROSS = rx(
    r"(?:YTD\s+gross|gross\s+YTD|year[- ]to[- ]date\s+gross|brut\s+cumul(?:atif|é)?|"
    r"cumul\s+(?:du\s+)?brut)"
)

EMPLOYEE = rx(
    r"^(?:employee(?:\s+name)?|name|nom\s+de\s+l['’]employée?|salarié\(e\)|employé\(e\)|employée?|"
    r"salariée?|pay\s+to(?:\s+the\s+order\s+of)?|payé\s+à|nom|worker|travailleur)(?!\w)\s*[:#]?"
)
EMPLOYER = rx(r"^(?:employer|company|employeur|entreprise|société|compagnie)\s*(?:name|nom)?\s*:?")
PERIOD = rx(r"(?:pay\s+period|period|période(?:\s+de\s+paie)?|pay\s+period\s+dates?)\s*:?")
PERIOD_START = rx(
    r"(?:period\s+(?:start(?:ing)?|begin(?:ning)?|from)|start\s+date|début\s+de\s+(?:la\s+)?"
    r"période|période\s+du|du)\s*:?"
)
PERIOD_END = rx(r"(?:period\s+(?:end(?:ing)?|to)|end\s+date|fin\s+de\s+(?:la\s+)?période|au)\s*:?")
PAY_DATE = rx(
    r"(?:pay\s*date|paid\s+on|payment\s+date|date\s+paid|cheque\s+date|deposit\s+date|advice\s+date|"
    r"date\s+de\s+(?:paie|paiement|versement|dépôt)|payé\s+le|date\s+du\s+dépôt)(?!\w)\s*:?"
)
RATE = rx(r"(?:hourly\s+rate|pay\s+rate|rate|taux\s+horaire|taux)\s*:?")
HOURS = rx(r"(?:hours\s+worked|total\s+hours|hours|heures\s+travaillées|heures)\s*:?")
SIN_LABEL = rx(
    r"\b(?:SIN|S\.I\.N\.|social\s+insurance(?:\s+number)?|NAS|N\.A\.S\.|"
    r"numéro\s+d['’]assurance\s+sociale)\b"
)


HOURS_AT_RATE = rx(
    r"(?P<h>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|heures?)\.?\s*(?:@|at|à|x|×)\s*\$?\s*"
    r"(?P<r>\d{1,4}[.,]\d{2})"
)
YTD_GROSS_TEXT = rx(
    r"(?:YTD|year[- ]to[- ]date|cumul(?:atif)?(?:\s+annuel)?)\s*:?\s*(?:gross|brut)\s*:?\s*"
    r"(?P<a>\$?\s?\d[\d ,.]*\d(?:\s?\$)?)"
)


def _has_date(s: str) -> bool:
    return bool(find_dates(s, order="mdy"))


def _has_number(s: str) -> bool:
    return parse_money(s)[0] is not None


class PayStubExtractor:
    """Reads pay stubs: grids with Current/YTD columns, side-by-side earnings and deductions."""

    kind = "pay_stub"

    def recognise(self, text: str) -> float:
        return keyword_score(text, SIGNALS)

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        fields: dict[str, Field] = {}
        idx = TextIndex(pages)
        order: Order = (
            "dmy" if re.search(r"\b(?:période|paie|salaire)\b", idx.text, re.I) else "mdy"
        )
        self._period(pages, idx, fields, order)
        hit = label_value(pages, PAY_DATE, _has_date)
        if hit is not None:
            put(fields, "pay_date", _date_field(hit, order))
        self._grid(pages, fields)
        m = HOURS_AT_RATE.search(idx.text)
        if m:
            for name, group in (("hours", "h"), ("rate", "r")):
                value, conf = parse_money(m.group(group))
                if value is not None:
                    put(fields, name, idx.field(value, m.start(group), m.end(group), conf))
        m = YTD_GROSS_TEXT.search(idx.text)
        if m and "ytd_gross" not in fields:
            value, conf = parse_money(m.group("a"))
            if value is not None:
                put(fields, "ytd_gross", idx.field(value, m.start("a"), m.end("a"), conf))
        self._names(pages, idx, fields)
        for m in SIN_LABEL.finditer(idx.text):
            sin = find_sin(idx.text[m.end() : m.end() + 30])
            if sin is not None:
                s, e = m.end() + sin.start, m.end() + sin.end
                f = idx.field(sin.last3, s, e, 1.0, text=sin.masked_text)
                put(fields, "sin_last3", f)
                if f is not None and sin.valid is not None:
                    fields["sin_valid"] = Field(
                        sin.valid, f.page, f.bbox, sin.masked_text, f.confidence
                    )
                    fields["sin_temporary"] = Field(
                        sin.temporary, f.page, f.bbox, sin.masked_text, f.confidence
                    )
                break
        return fields

    def _period(
        self, pages: Sequence[Page], idx: TextIndex, fields: dict[str, Field], order: Order
    ) -> None:
        for m in PERIOD.finditer(idx.text):
            window = idx.text[m.end() : m.end() + 70]
            dates = find_dates(window, order=order)
            if len(dates) >= 2 and re.match(
                r"\s*(?:-|–|to|au|à|through|and)\s*(?:le\s+)?$",
                window[dates[0].end : dates[1].start],
                re.I,
            ):
                a, b = dates[0], dates[1]
                put(
                    fields,
                    "period_start",
                    idx.field(a.value, m.end() + a.start, m.end() + a.end, a.confidence),
                )
                put(
                    fields,
                    "period_end",
                    idx.field(b.value, m.end() + b.start, m.end() + b.end, b.confidence),
                )
                return
        for name, label in (("period_start", PERIOD_START), ("period_end", PERIOD_END)):
            hit = label_value(pages, label, _has_date)
            if hit is not None:
                put(fields, name, _date_field(hit, order))

    def _grid(self, pages: Sequence[Page], fields: dict[str, Field]) -> None:
        regular = table_row(pages, REGULAR, HEADERS)
        if regular is not None:
            self._earning_row(regular, fields, "hours", with_current=False)
        overtime = table_row(pages, OVERTIME, HEADERS)
        if overtime is not None:
            self._earning_row(overtime, fields, "overtime_hours", with_current=False)
        gross = table_row(pages, GROSS, HEADERS)
        if gross is not None:
            cur, ytd = _current_ytd(gross)
            put(fields, "gross", _num_field(gross.page, cur))
            put(fields, "ytd_gross", _num_field(gross.page, ytd))
            if ytd is None and regular is not None and cur is not None:
                # Gross is the regular pay alone: its year-to-date is the gross year-to-date.
                r_cur, r_ytd = regular.columns.get("current"), regular.columns.get("ytd")
                if (
                    r_cur is not None
                    and r_ytd is not None
                    and number_of(r_cur.text) == number_of(cur.text)
                ):
                    f = _num_field(regular.page, r_ytd)
                    if f is not None:
                        put(fields, "ytd_gross", Field(f.value, f.page, f.bbox, f.text, 0.8))
        net = table_row(pages, NET, HEADERS, exclude=rx(r"\bYTD\b|cumul"))
        if net is not None:
            cur, _ = _current_ytd(net)
            put(fields, "net", _num_field(net.page, cur))
        if "ytd_gross" not in fields:
            hit = label_value(pages, YTD_GROSS, _has_number)
            if hit is not None:
                put(fields, "ytd_gross", _money_field(hit))
        for name, label in (("rate", RATE), ("hours", HOURS)):
            if name not in fields:
                hit = label_value(pages, label, _has_number, below=False)
                if hit is not None:
                    put(fields, name, _money_field(hit))

    def _earning_row(
        self, row: TableRow, fields: dict[str, Field], hours_name: str, with_current: bool
    ) -> None:
        cols = row.columns
        nums = list(row.numbers)
        hours_w = cols.get("hours")
        rate_w = cols.get("rate")
        if not cols and len(nums) >= 3:
            a, b, c = (number_of(w.text) for w in nums[:3])
            if (
                a is not None
                and b is not None
                and c is not None
                and abs(a * b - c) <= max(1.0, 0.02 * c)
            ):
                hours_w, rate_w = nums[0], nums[1]
        if hours_w is not None:
            put(fields, hours_name, _num_field(row.page, hours_w))
        if rate_w is not None and hours_name == "hours":
            put(fields, "rate", _num_field(row.page, rate_w))

    def _names(self, pages: Sequence[Page], idx: TextIndex, fields: dict[str, Field]) -> None:
        hit = label_value(pages, EMPLOYER, lambda s: len(s) > 2 and not _has_date(s))
        if hit is not None:
            put(fields, "employer_name", hit.field(strip_punct(hit.text), 1.0))
        else:
            for pl_page in pages[:1]:
                for ln in pl_page.lines[:6]:
                    m = COMPANY.search(ln.text)
                    if m and looks_like_company(m.group("company")):
                        words = [w for w in ln.words if w.text in m.group("company")] or list(
                            ln.words
                        )
                        put(
                            fields,
                            "employer_name",
                            make_field(strip_punct(m.group("company")), pl_page.number, words, 0.9),
                        )
                        break
                if "employer_name" not in fields and pl_page.lines:
                    put(fields, "employer_name", _employer_at_top(pl_page))
        hit = label_value(
            pages, EMPLOYEE, lambda s: clean_person_name(_name_part(s))[0] is not None
        )
        if hit is not None:
            name, conf = clean_person_name(_name_part(hit.text))
            put(fields, "employee_name", hit.field(name, conf))


def _employer_at_top(page: Page) -> Field | None:
    """The employer printed first on the stub: the first cell of the top row, without the
    document's own title beside it ("Cedargrove Family Dental Clinic    EARNINGS STATEMENT").
    A person's name is not taken unless an organisation word says otherwise ("... Clinic")."""
    top = rows(page)[:1]
    if not top:
        return None
    first = cells(top[0])[0]
    text = " ".join(w.text for w in first)
    title = SIGNALS[0][0].search(text)
    if title:
        if title.start() < 3:
            return None
        first = first[: len(text[: title.start()].split())]
        text = " ".join(w.text for w in first)
    if not text.strip() or (clean_person_name(text)[0] is not None and not ORG_WORD.search(text)):
        return None
    return make_field(strip_punct(text), page.number, first, 0.6)


def _name_part(s: str) -> str:
    """The name in a cell that may go on with an employee number or an ID label."""
    return re.split(r"\s+(?:ID|No\.?|#|Emp|Employee|SIN|NAS|Numéro)\b|\s+\d", s, maxsplit=1)[0]


def _current_ytd(row: TableRow) -> tuple:
    cols = row.columns
    if cols:
        return cols.get("current"), cols.get("ytd")
    nums = list(row.numbers)
    if len(nums) == 1:
        return nums[0], None
    return nums[-2], nums[-1]


def _num_field(page: int, word) -> Field | None:
    if word is None:
        return None
    value = number_of(word.text)
    if value is None:
        return None
    return make_field(value, page, [word], 1.0)


def _money_field(hit: Hit) -> Field | None:
    value, conf = parse_money(hit.text)
    return None if value is None else hit.field(value, conf)


def _date_field(hit: Hit, order: Order) -> Field | None:
    dates = find_dates(hit.text, order=order)
    return None if not dates else hit.field(dates[0].value, dates[0].confidence)


EXTRACTOR = PayStubExtractor()
