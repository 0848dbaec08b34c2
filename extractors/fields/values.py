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
from extractors.parse.dates import find_dates
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


def parse(spec: FieldSpec, words: Sequence[Word]) -> Parsed | None:
    """The value of `spec`'s type held by `words` (its start, for dates and codes), or None."""
    words = _lead(words)
    if not words:
        return None
    if spec.type == "date":
        return _date(spec, words)
    if spec.type == "code":
        return _code(spec, words)
    if spec.type == "number":
        return _number(spec, words)
    if spec.type == "enum":
        return _enum(spec, words)
    if spec.none_values and is_none_value(spec, words):
        return None
    if spec.type in ("name", "name_part"):
        return _name(words, whole=spec.type == "name")
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


_SPLIT_SEPARATOR = re.compile(r"^[/.\-]?\d{1,2}[/.\-]?$|^[/.\-]$")


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


def _date(spec: FieldSpec, words: Sequence[Word]) -> Parsed | None:
    """A date that opens the value (not one further along a sentence); a day or month of one
    or two characters read with look-alike letters ("O3 MAY 2024") is repaired, less surely."""
    words = _date_words(words)
    text = _text(words)
    found = find_dates(text)
    conf = 1.0
    if not found or found[0].start > 2:
        repaired = _SHORT_NUMBER.sub(lambda m: m.group(0).translate(_DATE_LOOKALIKE), text)
        if repaired == text:
            return None
        found, conf = find_dates(repaired), 0.85
        if not found or found[0].start > 2:
            return None
    d = found[0]
    if not _in_range(spec, d.value):
        return None
    return Parsed(d.value, tuple(words_of_span(words, d.start, d.end)), d.confidence * conf)


# OCR look-alikes, repaired only at a position whose shape demands the other class.
_TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "|": "1", "S": "5", "B": "8"}
_TO_DIGIT.update({"Z": "2", "G": "6", "T": "7"})
_TO_LETTER = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G"}


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


def _number(spec: FieldSpec, words: Sequence[Word]) -> Parsed | None:
    """A number or an amount: "$1,077.48", "4 034,10 $", or dollars and cents printed in
    two cells ("42597 | 26")."""
    texts = [w.text.strip(_EDGE + "$\u00a0") for w in words[:4]]
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


def _name(words: Sequence[Word], whole: bool) -> Parsed | None:
    """A person's name; specks OCR reads at either end of it (a box edge, a lone lower-case
    letter) are left out, and the name is then a little less sure."""
    texts = [_name_word(w) for w in words]
    lo, hi = 0, len(words)
    while hi > lo and _JUNK.match(texts[hi - 1]):
        hi -= 1
    while lo < hi and _JUNK.match(texts[lo]):
        lo += 1
    if lo == hi:
        return None
    name, conf = clean_person_name(" ".join(texts[lo:hi]), particles=not whole)
    if name is None:
        return None
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
