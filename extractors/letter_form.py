"""The form-like part of a reference letter: "Label: value" pairs and two-column label tables."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from auditor.models import Field, Page
from extractors.base import put
from extractors.layout import Hit, label_value, with_continuation
from extractors.parse.dates import find_dates
from extractors.parse.hours import find_wages, parse_hours
from extractors.parse.money import parse_money
from extractors.parse.names import clean_person_name
from extractors.patterns import strip_punct


def _label(words: str) -> re.Pattern[str]:
    """A label at the start of a cell, ended by a colon or by the end of the cell."""
    return re.compile(rf"^\s*(?:{words})\s*(?::|-\s|$)", re.I)


EMPLOYEE = _label(
    r"employee(?:['’]s)?\s+name|name\s+of\s+(?:the\s+)?employee|employee|full\s+name|"
    r"nom\s+de\s+l['’]employée?|employée?|nom\s+du\s+salariée?|salariée?|nom\s+complet"
)
TITLE = _label(
    r"job\s+title|position(?:\s+(?:held|title))?|title|role|occupation|current\s+position|"
    r"poste(?:\s+occupé)?|titre(?:\s+du\s+poste)?|fonction|emploi\s+occupé"
)
START = _label(
    r"start\s+date|date\s+of\s+hire|hire\s+date|hiring\s+date|employment\s+start(?:\s+date)?|"
    r"date\s+(?:started|joined)|employed\s+since|date\s+d['’](?:embauche|entrée(?:\s+en\s+fonction)?)|"
    r"date\s+de\s+début|en\s+poste\s+depuis"
)
END = _label(
    r"end\s+date|last\s+day(?:\s+of\s+(?:work|employment))?|termination\s+date|"
    r"employment\s+end(?:\s+date)?|date\s+de\s+(?:fin|départ)|dernier\s+jour(?:\s+de\s+travail)?"
)
HOURS = _label(
    r"(?:weekly\s+)?(?:work(?:ing)?\s+)?hours(?:\s+(?:per|of\s+work\s+per|a|each)\s+week)?|"
    r"hours/week|heures(?:\s+(?:par|de\s+travail\s+par)\s+semaine)?|heures\s+hebdomadaires|"
    r"horaire(?:\s+de\s+travail)?"
)
WAGE = _label(
    r"(?:annual\s+|base\s+|yearly\s+|current\s+)?(?:salary|wage)(?:\s+rate)?|(?:hourly\s+)?(?:pay\s+)?rate"
    r"(?:\s+of\s+pay)?|compensation|rémunération(?:\s+annuelle)?|salaire(?:\s+(?:annuel|horaire|de\s+base))?|"
    r"taux\s+horaire"
)
BENEFITS = _label(r"benefits|avantages(?:\s+sociaux)?")
LOCATION = _label(
    r"work\s+location|location|place\s+of\s+(?:work|employment)|work\s*site|lieu\s+de\s+travail|"
    r"lieu\s+d['’]emploi"
)
STATUS = _label(r"(?:employment|job|work)\s+status|status|statut(?:\s+d['’]emploi)?|situation")
CURRENT_WORDS = re.compile(
    r"\b(?:current|currently|active|still\s+employed|present|en\s+poste|actif|active|actuel(?:le)?)\b",
    re.I,
)
FORMER_WORDS = re.compile(
    r"\b(?:former|terminated|ended|resigned|ancien(?:ne)?|terminé|quitté)\b", re.I
)
PRESENT = re.compile(
    r"^\s*(?:present|to\s+date|current|ongoing|n/?a|à\s+ce\s+jour|présent|en\s+cours)", re.I
)


def _short_text(s: str) -> bool:
    return 1 <= len(s.split()) <= 10 and not s.rstrip().endswith((".", ":"))


def _any_text(s: str) -> bool:
    return len(s.strip()) > 2


def form_fields(pages: Sequence[Page]) -> dict[str, Field]:
    """Fields read from labelled values in the letter, at full confidence."""
    out: dict[str, Field] = {}

    def look(label: re.Pattern[str], accept: Callable[[str], bool]) -> Hit | None:
        return label_value(pages, label, accept)

    hit = look(EMPLOYEE, lambda s: clean_person_name(s)[0] is not None)
    if hit is not None:
        name, conf = clean_person_name(hit.text)
        put(out, "employee_name", hit.field(name, conf))
    hit = look(TITLE, _short_text)
    if hit is not None:
        title = re.sub(r"\s*\((?:NOC|CNP)[^)]*\)", "", hit.text)
        put(out, "job_title", hit.field(strip_punct(title), 1.0))
    for name, label in (("start_date", START), ("end_date", END)):
        hit = look(label, lambda s: bool(find_dates(s, month_year=True)) or bool(PRESENT.match(s)))
        if hit is None:
            continue
        if PRESENT.match(hit.text):
            if name == "end_date":
                put(out, "current", hit.field(True, 1.0))
            continue
        d = find_dates(hit.text, month_year=True)[0]
        put(out, name, hit.field(d.value, d.confidence))
    hit = look(HOURS, lambda s: parse_hours(s)[0] is not None or _plain_number(s) is not None)
    if hit is not None:
        value, conf = parse_hours(hit.text)
        if value is None:
            value, conf = _plain_number(hit.text), 0.95
        if value is not None and 0 < value <= 100:
            put(out, "hours_per_week", hit.field(value, conf))
    page_by_no = {p.number: p for p in pages}
    for page in pages:
        hit = label_value([page], WAGE, lambda s: parse_money(s)[0] is not None)
        if hit is None:
            continue
        label_text = _label_text(page, hit)
        wages = find_wages(f"{label_text} {hit.text}") or find_wages(f"salary {hit.text}")
        if wages:
            w = wages[0]
            put(out, "wage_amount", hit.field(w.amount, w.confidence))
            put(out, "wage_period", hit.field(w.period, w.confidence))
        break
    hit = look(BENEFITS, _any_text)
    if hit is not None:
        hit = with_continuation(page_by_no[hit.page], hit)
        put(out, "benefits", hit.field(strip_punct(hit.text), 1.0))
    hit = look(LOCATION, _short_text)
    if hit is not None:
        put(out, "work_location", hit.field(strip_punct(hit.text), 1.0))
    hit = look(STATUS, _any_text)
    if hit is not None:
        if CURRENT_WORDS.search(hit.text):
            put(out, "current", hit.field(True, 1.0))
        elif FORMER_WORDS.search(hit.text):
            put(out, "current", hit.field(False, 0.9))
    return out


def _plain_number(s: str) -> float | None:
    """A number of hours under an hours label: "37.5", "37.5 hours", "37.5 per week"."""
    m = re.match(
        r"^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|heures?)?\s*"
        r"(?:(?:per|a|each|/|par)\s*(?:week|wk|semaine|sem)\.?)?\s*$",
        s,
        re.I,
    )
    if not m:
        return None
    value, _ = parse_money(m.group(1))
    return value


def _label_text(page: Page, hit: Hit) -> str:
    """The text left of a value on its row (the label that names the pay period)."""
    y0, y1, x0 = hit.words[0].bbox[1], hit.words[0].bbox[3], hit.words[0].bbox[0]
    left = [w for w in page.words if w.bbox[2] <= x0 and w.bbox[1] < y1 and w.bbox[3] > y0]
    if not left:
        above = [w for w in page.words if w.bbox[3] <= y0 and y0 - w.bbox[3] < 2 * (y1 - y0)]
        left = above
    return " ".join(w.text for w in sorted(left, key=lambda w: w.bbox[0]))
