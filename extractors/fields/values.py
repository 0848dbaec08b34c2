"""Value types: the typed value a run of words holds, the words it uses, how sure the parse is."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.models import FieldValue, Word
from extractors.fields.labels import normalise, similarity
from extractors.fields.spec import FieldSpec
from extractors.layout import words_of_span
from extractors.parse.dates import Order, find_dates
from extractors.parse.money import parse_number
from extractors.parse.names import clean_person_name

_EDGE = " :;,.|[]{}()\"'"


@dataclass(frozen=True)
class Parsed:
    """A value read from some words, the words it came from, and the parser's confidence."""

    value: FieldValue
    words: tuple[Word, ...]
    confidence: float


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


def _lead(words: Sequence[Word]) -> list[Word]:
    """The words without leading separators (":", "/", "-" printed before a value)."""
    out = list(words)
    while out and not any(c.isalnum() for c in out[0].text):
        out.pop(0)
    return out


def is_none_value(spec: FieldSpec, words: Sequence[Word]) -> bool:
    """Whether the words say the field has no value ("OPEN", "N/A", "NONE")."""
    said = normalise(_text(words))
    if not said:
        return True
    for n in spec.none_values:
        tokens = normalise(n)
        if tokens and len(said) >= len(tokens):
            head = " ".join(said[: len(tokens)])
            if similarity(head, " ".join(tokens)) >= 0.75:  # "0PEN" is "OPEN"
                return True
    return False


def parse(spec: FieldSpec, words: Sequence[Word], order: Order | None = None) -> Parsed | None:
    """The value of `spec`'s type held by `words` (its start, for dates and codes), or None.
    `order` reads an ambiguous numeric date ("03/04/2026") as the document writes its dates."""
    words = _lead(words)
    if not words:
        return None
    if spec.type == "date":
        return _date(spec, words, order)
    if spec.type == "code":
        return _code(spec, words)
    if spec.type == "number":
        return _number(spec, words)
    if spec.type == "enum":
        return _enum(spec, words)
    if spec.none_values and is_none_value(spec, words):
        return None
    if spec.type in ("name", "name_part"):
        return _name(words, whole=spec.type == "name", surname_first=spec.order == "surname_first")
    return _free_text(words)


def _in_range(spec: FieldSpec, value: float | dt.date) -> bool:
    lo, hi = spec.min, spec.max
    if isinstance(value, dt.date):
        return (not isinstance(lo, dt.date) or value >= lo) and (
            not isinstance(hi, dt.date) or value <= hi
        )
    return (not isinstance(lo, float) or value >= lo) and (not isinstance(hi, float) or value <= hi)


_DATE_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1"})
_SHORT_NUMBER = re.compile(r"(?<![A-Za-z])[0-9OoDIl|]{1,2}(?![A-Za-z0-9])")


# a lone "-" between two dates is a range's dash, not a date's separator split off
_SPLIT_SEPARATOR = re.compile(r"^[/.\-]?\d{1,2}[/.\-]?$|^[/.]$")


def _date_words(words: Sequence[Word]) -> list[Word]:
    """Words of a numeric date OCR split at a separator ("2027/02/ 10") joined again."""
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if (
            prev is not None
            and re.search(r"\d[/.\-]$|\d$", prev.text)
            and _SPLIT_SEPARATOR.match(w.text)
            and (prev.text[-1] in "/.-" or w.text[0] in "/.-")
        ):
            box = (
                prev.bbox[0],
                min(prev.bbox[1], w.bbox[1]),
                w.bbox[2],
                max(prev.bbox[3], w.bbox[3]),
            )
            out[-1] = Word(prev.text + w.text, box, min(prev.confidence, w.confidence), prev.font)
        else:
            out.append(w)
    return out


def _date(spec: FieldSpec, words: Sequence[Word], order: Order | None = None) -> Parsed | None:
    """A date that opens the value (not one further along a sentence); a day or month of one
    or two characters read with look-alike letters ("O3 MAY 2024") is repaired, less surely."""
    words = _date_words(words)
    text = _text(words)
    found = find_dates(text, order)
    conf = 1.0
    if not found or found[0].start > 2:
        repaired = _SHORT_NUMBER.sub(lambda m: m.group(0).translate(_DATE_LOOKALIKE), text)
        if repaired == text:
            return None
        found, conf = find_dates(repaired, order), 0.85
        if not found or found[0].start > 2:
            return None
    d = found[0]
    if not _in_range(spec, d.value):
        return None
    return Parsed(d.value, tuple(words_of_span(words, d.start, d.end)), d.confidence * conf)


# OCR look-alikes, repaired only at a position whose shape demands the other class.
_TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "|": "1", "S": "5", "B": "8"}
_TO_DIGIT.update({"Z": "2", "G": "6", "T": "7"})
_TO_LETTER = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G", "$": "S", "7": "T"}


def _fit(shape: str, raw: str) -> tuple[str, int] | None:
    """`raw` read as `shape` ("A999999999"), with the repairs it needed, or None."""
    if len(raw) != len(shape):
        return None
    out, repairs = [], 0
    for want, c in zip(shape, raw.upper(), strict=True):
        if want == "9":
            if not c.isdigit():
                if c not in _TO_DIGIT:
                    return None
                c, repairs = _TO_DIGIT[c], repairs + 1
        elif want == "A":
            if not c.isalpha():
                if c not in _TO_LETTER:
                    return None
                c, repairs = _TO_LETTER[c], repairs + 2  # a letter is a guess: 0 may be O or D
        elif c != want:
            return None
        out.append(c)
    return "".join(out), repairs


def _code(spec: FieldSpec, words: Sequence[Word]) -> Parsed | None:
    """A code in one of the declared shapes, from the first one or two words (a space inside
    "U 123456789" is read through)."""
    for n in (1, 2, 3):
        if n > len(words):
            break
        raw = "".join(w.text for w in words[:n]).strip(_EDGE).replace("-", "")
        for shape in spec.shapes:
            fit = _fit(shape.replace("-", ""), raw)
            if fit is not None:
                value, repairs = fit
                return Parsed(value, tuple(words[:n]), 0.85**repairs)
    return None


_WHOLE = re.compile(r"^\$?\d{1,3}(?:[,\u00a0 ]?\d{3})*$")
_CENTS = re.compile(r"^\|?\d{2}$")


# A unit glued to a number: "38,50h", "37.5hrs", "33,56$/h", "28.00/hr".
_UNIT = re.compile(
    r"(?<=\d)\s*(?:\$|CAD)?\s*(?:/\s*(?:h|hr|hour|heure)|h|hrs?|hres?|heures?|hours?)\.?$", re.I
)


def _number(spec: FieldSpec, words: Sequence[Word]) -> Parsed | None:
    """A number or an amount: "$1,077.48", "4 034,10 $", or dollars and cents printed in
    two cells ("42597 | 26")."""
    texts = [_UNIT.sub("", w.text.strip(_EDGE + "$\u00a0")) for w in words[:4]]
    texts = [t for t in texts if t]
    if not texts:
        return None
    used = 1
    value, conf = parse_number(texts[0])
    if (
        len(texts) >= 2
        and re.fullmatch(r"\d{1,3}", texts[0])
        and re.fullmatch(r"\d{3}(?:[.,]\d{2})?", texts[1])
    ):
        value, conf = parse_number(f"{texts[0]} {texts[1]}")  # "4 034,10" split at the space
        used = 2
    dollars = texts[used - 1]
    if value is not None and _WHOLE.match(dollars) and len(texts) > used and len(dollars) >= 3:
        if _CENTS.match(texts[used]):
            cents = texts[used].lstrip("|")
            value, used = float(f"{value:.0f}") + int(cents) / 100, used + 1
    if value is None or not _in_range(spec, value):
        return None
    return Parsed(value, tuple(words[:used]), conf)


def _enum(spec: FieldSpec, words: Sequence[Word]) -> Parsed | None:
    """The one value the words spell; words that spell two values (a form printing its
    options, "Academic  General Training") hold none."""
    said = " " + " ".join(normalise(_text(words))) + " "
    named = [
        value
        for value, spellings in spec.values
        if any(" " + " ".join(normalise(s)) + " " in said for s in spellings)
    ]
    if len(named) != 1:
        return None
    return Parsed(named[0], tuple(words), 1.0)


_JUNK = re.compile(r"^(?:[^A-Za-zÀ-ÿ]*|[a-zà-ÿ])$")  # OCR specks: "|", "—", a lone "s"
_NAME_EDGE = "-–—_.,:;|()[]{}'\"‘’“”"


_NAME_LOOKALIKE = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B", "6": "G", "|": "I"})


def _name_word(w: Word) -> str:
    """A name's word without specks glued to it: "-OKONKWO", "ADAEZE." (an initial keeps its
    dot); in a word of letters, a digit OCR put for a look-alike letter is that letter
    ("PR1YA")."""
    t = w.text.strip(_NAME_EDGE)
    if len(t) == 1 and w.text.startswith(t + "."):
        t = t + "."
    letters = sum(c.isalpha() for c in t)
    if letters >= 2 and any(c.isdigit() for c in t) and letters > 2 * sum(c.isdigit() for c in t):
        t = t.translate(_NAME_LOOKALIKE)
    return t


def _name(words: Sequence[Word], whole: bool, surname_first: bool = False) -> Parsed | None:
    """A person's name; specks OCR reads at either end of it (a box edge, a lone lower-case
    letter) are left out, and the name is then a little less sure."""
    if words[0].text.startswith(("(", "[", "{")):
        return None  # a note to the label ("(in capital letters)"), not a name
    if all(w.text == w.text.lower() for w in words if any(c.isalpha() for c in w.text)):
        return None  # names are printed in capitals or title case; these are a label's words
    texts = [_name_word(w) for w in words]
    lo, hi = 0, len(words)
    while hi > lo and _JUNK.match(texts[hi - 1]):
        hi -= 1
    while lo < hi and _JUNK.match(texts[lo]):
        lo += 1
    if lo == hi:
        return None
    kept = texts[lo:hi]
    commas = [i for i, w in enumerate(words[lo : hi - 1]) if w.text.rstrip().endswith(",")]
    order_conf = 1.0
    if not commas and surname_first and len(kept) >= 2:
        # the label announced the surname first ("Nom et prénom: MARTIN Chloé"): the capitals
        # that open the name are the surname; all in one case, its first word, less surely
        upper = [t.isupper() and sum(c.isalpha() for c in t) >= 2 for t in kept]
        lead = next((i for i, u in enumerate(upper) if not u), len(kept))
        if 0 < lead < len(kept) and not any(upper[lead:]):
            commas = [lead - 1]
        elif all(upper) or not any(upper):
            commas = [0]
            order_conf = 1.0 if len(kept) == 2 else 0.75
        elif not (upper[-1] and not upper[0]):
            order_conf = 0.75  # neither "MARTIN Chloé" nor "Chloé MARTIN": unsure
    if len(commas) == 1 and kept[commas[0]]:
        # "OKAFOR, Chidi": the surname first, then the given names (a payroll's order)
        kept = kept[: commas[0]] + [kept[commas[0]].rstrip(",") + ","] + kept[commas[0] + 1 :]
    name, conf = clean_person_name(" ".join(kept), particles=not whole)
    if name is None:
        return None
    conf *= order_conf
    if texts[lo:hi] != [w.text for w in words]:
        conf *= 0.95
    if not whole and " " not in name:
        conf = min(1.0, conf / 0.6)  # one word is a whole surname; the parser doubts it
    return Parsed(name, tuple(words[lo:hi]), conf)


_ALNUM = re.compile(r"[A-Za-zÀ-ÿ0-9]")


def _free_text(words: Sequence[Word]) -> Parsed | None:
    text = _text(words).strip(_EDGE.replace(".", "")).lstrip(".")
    if len(_ALNUM.findall(text)) < 2:
        return None
    return Parsed(text, tuple(words), 1.0)


_RANGE_GAP = re.compile(
    r"\s*(?:-|–|—|~|to|au|à|a|through|thru|until|till|jusqu['’]au|->|→|>)?\s*(?:le\s+)?",
    re.I,
)
_RANGE_OPEN = re.compile(r"\s*(?:(?:from|du|de|entre\s+le|le)\s+)?", re.I)
# The first date of a range that gives only its day (and perhaps month): "Oct 12 - 25, 2026",
# "du 12 au 25 octobre 2026", "12 - 25/10/2026".
_SHORT_START = re.compile(
    r"\s*(?:(?:from|du|de)\s+)?(?:(?P<mon>[A-Za-zÀ-ÿ]{3,9})\.?\s+)?(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th|er)?\s*(?:(?P<mon2>[A-Za-zÀ-ÿ]{3,9})\.?\s*)?"
    r"(?:-|–|—|to|au|à|through|thru)\s*(?:le\s+)?",
    re.I,
)


# A period in one month, its year once at the end: "Oct 12 - 25, 2026", "March 1-14 2025".
_ONE_MONTH = re.compile(
    r"\s*(?:(?:from|du)\s+)?(?P<mon>[A-Za-zÀ-ÿ]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*"
    r"(?:-|–|—|to|through|thru)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})",
    re.I,
)


_GLUED_DASH = re.compile(r"(?<=\d)[-–—](?=[A-Za-zÀ-ÿ])")


def _one_month(
    spec: FieldSpec, words: Sequence[Word], m: re.Match[str], order: Order | None
) -> tuple[Parsed, Parsed] | None:
    ends = []
    for day in (m["d1"], m["d2"]):
        found = find_dates(f"{m['mon']} {day}, {m['y']}", order)
        if not found or not isinstance(found[0].value, dt.date):
            return None
        ends.append(found[0].value)
    start, end = ends
    if not start <= end or not (_in_range(spec, start) and _in_range(spec, end)):
        return None
    start_words = tuple(words_of_span(words, m.start("mon"), m.end("d1")))
    end_words = tuple(words_of_span(words, m.start("d2"), m.end("y")))
    return Parsed(start, start_words, 0.95), Parsed(end, end_words, 0.95)


def parse_range(
    spec: FieldSpec, words: Sequence[Word], order: Order | None = None
) -> tuple[Parsed, Parsed] | None:
    """The two dates of a period printed under one label ("2024-03-01 - 2024-03-15",
    "du 12 octobre au 25 octobre 2026", "Oct 12 - 25, 2026"), each with its own words."""
    words = _date_words(_lead(words))
    text = _text(words)
    # "Feb 15,2026-Feb 28,2026": a dash glued between a year and a month is a gap (the same
    # length, so the dates' places in the text still name their words)
    found = find_dates(_GLUED_DASH.sub(" ", text), order)
    one_month = _ONE_MONTH.match(text)
    if one_month is not None and len(found) < 2:
        return _one_month(spec, words, one_month, order)
    if not found:
        return None
    if len(found) >= 2:
        a, b = found[0], found[1]
        head = _RANGE_OPEN.match(text)
        gap = _RANGE_GAP.fullmatch(text[a.end : b.start])
        if head is not None and head.end() >= a.start and gap is not None:
            if not (_in_range(spec, a.value) and _in_range(spec, b.value)):
                return None
            a_words = tuple(words_of_span(words, a.start, a.end))
            b_words = tuple(w for w in words_of_span(words, b.start, b.end) if w not in a_words)
            if not b_words:
                return None
            return Parsed(a.value, a_words, a.confidence), Parsed(b.value, b_words, b.confidence)
    end = found[0]
    m = _SHORT_START.fullmatch(text[: end.start])
    if m is None or not isinstance(end.value, dt.date):
        return None
    month = m["mon"] or m["mon2"]
    try:
        if month:
            named = find_dates(f"{m['day']} {month} {end.value.year}", order)
            if not named:
                return None
            start = named[0].value
            if start > end.value:  # "Dec 26 - Jan 8, 2027"
                start = start.replace(year=start.year - 1)
        else:
            start = end.value.replace(day=int(m["day"]))
    except ValueError:
        return None
    if not isinstance(start, dt.date) or not start <= end.value:
        return None
    if not (_in_range(spec, start) and _in_range(spec, end.value)):
        return None
    start_words = tuple(words_of_span(words, 0, m.end()))
    end_words = tuple(words_of_span(words, end.start, end.end))
    return (
        Parsed(start, start_words, 0.9 * end.confidence),
        Parsed(end.value, end_words, end.confidence),
    )


_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](?:\d{4}|\d{2})(?!\d)")


def document_date_order(text: str) -> Order | None:
    """How a document writes its numeric dates, from those only one order can read
    ("25/03/2026" is day first, "03/25/2026" month first); None when none tells, or they
    disagree."""
    seen: set[str] = set()
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b >= 1:
            seen.add("dmy")
        elif b > 12 >= a >= 1:
            seen.add("mdy")
    if len(seen) != 1:
        return None
    return "dmy" if "dmy" in seen else "mdy"
