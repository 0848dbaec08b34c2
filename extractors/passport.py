"""Passports: a verified machine-readable zone is the identity; the printed page cross-checks it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from auditor.models import Field, FieldValue, Page, Word, union_bbox
from extractors.base import keyword_score, make_field, rx
from extractors.layout import Hit, label_value
from extractors.parse.dates import find_dates
from extractors.parse.mrz import Mrz, find_mrz, mrz_like
from extractors.parse.mrz_names import display_name
from extractors.parse.names import clean_person_name, names_match, strip_accents
from extractors.permit import bilingual

SIGNALS = [
    (rx(r"\bpassport\b|\bpasseport\b|\bpasaporte\b|\breisepass\b"), 0.5),
    (re.compile(r"P[<«][A-Z<]{3}[A-Z<]{5,}"), 0.6),
    (rx(r"\bnationality\b|\bnationalité\b"), 0.1),
    (rx(r"\bplace\s+of\s+birth\b|\blieu\s+de\s+naissance\b"), 0.1),
    (rx(r"\bauthority\b|\bautorité\b"), 0.05),
    (rx(r"\bdear\b|\bsincerely\b|to whom it may concern|net\s+pay|test\s+report"), -0.5),
]
SURNAME = bilingual(r"surname|family\s+name|last\s+name", r"nom(?:\s+de\s+famille)?")
GIVEN = bilingual(r"given\s+names?|first\s+names?", r"prénoms?")
DOB = bilingual(r"date\s+of\s+birth|birth\s+date", r"date\s+de\s+naissance")
EXPIRY = bilingual(
    r"date\s+of\s+expiry|expiry\s+date|expiration\s+date|expires", r"date\s+d['’]expiration"
)
NUMBER = bilingual(
    r"passport\s+(?:no\.?|number)|document\s+(?:no\.?|number)",
    r"n(?:o|°|uméro)\.?\s+(?:du\s+|de\s+)?passeport",
)
NATIONALITY = bilingual(r"nationality", r"nationalité")
_NO = re.compile(r"^[A-Z0-9]{1,2}[0-9O]{5,9}$")
# Confidence of values read from the zone, by what proves them.
VERIFIED = 1.0  # its check digit and the composite hold
REPAIRED = 0.97  # ... after one look-alike character was repaired to make them hold
PARTLY_VERIFIED = 0.75  # its own check digit holds, others do not: the zone is not proven
NATIONALITY_CONF = 0.95  # letters (no digit of their own) in a zone proven after a repair
DOUBTFUL_NAME = 0.6  # filler misread as letters, and the printed page does not confirm
UNVERIFIED = 0.4  # its check digit fails
DISAGREED = 0.9  # verified, but the printed page says otherwise (a person should look)
CONFIRMED_BY_PRINT = 0.85  # its check digit fails, the printed page says the same
PRINTED_OVER_MRZ = 0.75  # the printed value, where a failing MRZ value disagrees
NAME_DISAGREED = 0.7  # the zone's name and a clean printed one differ by a letter or two


# Fields whose printed box is their evidence when the MRZ's check digits confirm the value.
PRINTED_EVIDENCE = frozenset({"date_of_birth", "expiry_date"})


class PassportExtractor:
    """Reads a passport's data page: the MRZ is the identity when its check digits hold; the
    printed page is cross-checked against it (and spells the name's accents)."""

    kind = "passport"

    def recognise(self, text: str) -> float:
        score = keyword_score(text, SIGNALS)
        found = find_mrz(text.splitlines())
        if found is not None:
            mrz = found[1]
            if mrz.document_type != "passport":
                return min(score, 0.2)  # a visa or an identity card says so in its code
            if sum(mrz.checks.values()) >= 2:
                score = max(score, 0.9)
        return score

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        zone = find_zone(pages)
        printed = self._printed(pages)
        if zone is None:
            return printed
        mrz, hit, printed_words = zone
        fields: dict[str, Field] = {
            "mrz_valid": _field(
                hit, mrz.valid, 1.0, "MRZ check digits " + ("pass" if mrz.valid else "fail")
            )
        }
        # A zone is proven when every check digit holds after at most one correction;
        # otherwise even the fields whose own digit holds may hold by chance.
        proven = mrz.valid and mrz.corrections <= 1
        values: dict[str, tuple[FieldValue, float]] = {}
        blind: set[str] = set()
        checked: tuple[tuple[str, FieldValue, str], ...] = (
            ("passport_number", mrz.number, "number"),
            ("date_of_birth", mrz.date_of_birth, "date_of_birth"),
            ("expiry_date", mrz.expiry_date, "expiry_date"),
        )
        for name, value, check in checked:
            if not value:
                continue
            if mrz.checks.get(check) and proven:
                conf = VERIFIED if mrz.corrections == 0 else REPAIRED
            elif mrz.checks.get(check):
                conf = PARTLY_VERIFIED
            else:
                conf = UNVERIFIED
            if name == "passport_number" and isinstance(value, str) and _blind_spot(value):
                value, conf = _settle_blind_spot(value, printed.get(name), conf)
                blind.add(name)  # the printed page misreads the same glyph: no confirmation
            values[name] = (value, conf)
        if re.fullmatch(r"[A-Z]{1,3}", mrz.nationality):
            conf = (
                UNVERIFIED if not proven else VERIFIED if not mrz.corrections else NATIONALITY_CONF
            )
            values["nationality"] = (mrz.nationality, conf)
        if mrz.name is not None and mrz.full_name:
            if not proven:
                conf = UNVERIFIED
            elif mrz.name.doubtful:
                conf = DOUBTFUL_NAME
            else:
                conf = VERIFIED
            values["holder_name"] = (display_name(mrz.name, printed_words), conf)
        mismatch: list[str] = []
        for name, (value, conf) in values.items():
            p = printed.get(name)
            if p is not None and not _same(name, p.value, value):
                mismatch.append(name)
                if conf <= PARTLY_VERIFIED:  # an unproven MRZ value: the printed page is surer
                    fields[name] = replace(p, confidence=min(p.confidence, PRINTED_OVER_MRZ))
                    continue
                if name != "holder_name":  # printed names are often noisy; dates are not
                    conf = min(conf, DISAGREED)
                elif _letters_apart(str(p.value), str(value)):
                    # a clean printed name one or two letters from the zone's (which has no
                    # check digit): either may hold the misread letter ("AMIRA" / "ANIRA")
                    conf = min(conf, NAME_DISAGREED)
            elif p is not None and conf <= PARTLY_VERIFIED and name not in blind:
                conf = CONFIRMED_BY_PRINT  # the printed page confirms what the digits did not
            if name == "holder_name" and p is not None and name not in mismatch:
                # the printed name is what a person reads: its words are the evidence
                fields[name] = replace(p, value=value, confidence=conf)
                continue
            if p is not None and name in PRINTED_EVIDENCE and name not in mismatch:
                # The MRZ's value, shown where a person can read it: the printed date (reports
                # mask the MRZ band, so it cannot be the only proof).
                fields[name] = replace(p, value=value, confidence=conf)
                continue
            fields[name] = _field(hit, value, conf, _raw(value))
        for name, f in printed.items():
            fields.setdefault(name, f)
        if mismatch:
            f = fields["mrz_valid"]
            fields["mrz_mismatch"] = Field(
                tuple(mismatch), f.page, f.bbox, ", ".join(mismatch), 1.0
            )
        return fields

    def _printed(self, pages: Sequence[Page]) -> dict[str, Field]:
        out: dict[str, Field] = {}

        def name_ok(s: str) -> bool:
            return clean_person_name(s)[0] is not None and "<" not in s

        sur, given = label_value(pages, SURNAME, name_ok), label_value(pages, GIVEN, name_ok)
        if sur is not None and given is not None:
            g, s = clean_person_name(given.text)[0], clean_person_name(sur.text)[0]
            words = given.words + (sur.words if sur.page == given.page else ())
            out["holder_name"] = make_field(f"{g} {s}", given.page, words, 1.0)
        for name, label in (("date_of_birth", DOB), ("expiry_date", EXPIRY)):
            hit = label_value(pages, label, lambda t: bool(find_dates(t, order="dmy")))
            if hit is not None:
                d = find_dates(hit.text, order="dmy")[0]
                out[name] = hit.field(d.value, d.confidence)
        hit = label_value(pages, NUMBER, lambda t: bool(_NO.match(t.strip().split(" ")[0])))
        if hit is not None:
            value = hit.text.strip().split(" ")[0]
            out["passport_number"] = hit.field(value, 1.0)
        hit = label_value(
            pages, NATIONALITY, lambda t: bool(re.match(r"^[A-Za-zÀ-ÿ/ ]{3,40}$", t.strip()))
        )
        if hit is not None:
            out["nationality"] = hit.field(hit.text.strip(), 0.9)
        return out


def _entries(page: Page) -> list[tuple[str, tuple[Word, ...]]]:
    """The page's text lines with their words; a row of words standing on end (a zone read
    sideways: each word one of its lines) gives one entry per word, in both orders, since
    which side its first line lies on depends on the way it was turned."""
    out: list[tuple[str, tuple[Word, ...]]] = []
    for line in page.lines:
        tall = [
            w
            for w in line.words
            if w.bbox[3] - w.bbox[1] > 3 * (w.bbox[2] - w.bbox[0]) and mrz_like(w.text)
        ]
        if len(tall) >= 2:
            out += [(w.text, (w,)) for w in tall]
            out += [(w.text, (w,)) for w in reversed(tall)]
        else:
            out.append((line.text, line.words))
    return out


def find_zone(pages: Sequence[Page]) -> tuple[Mrz, Hit, list[str]] | None:
    """The best machine-readable zone of the pages, the words it was read from, and the other
    words of its page (the printed page, which settles doubtful name fillers)."""
    best: tuple[Mrz, Hit, list[str]] | None = None
    for page in pages:
        entries = _entries(page)
        texts = [t for t, _ in entries]
        first = find_mrz(texts)
        if first is None:
            continue
        used = {id(w) for i in first[0] for w in entries[i][1]}
        printed = [w.text for w in page.words if id(w) not in used]
        found = find_mrz(texts, printed)
        if found is None:
            continue
        words = tuple(w for i in found[0] for w in entries[i][1])
        if best is None or sum(found[1].checks.values()) > sum(best[0].checks.values()):
            best = (found[1], Hit(page.number, words), printed)
    return best


def _field(hit: Hit, value: FieldValue, confidence: float, text: str | None = None) -> Field:
    """A field read from the zone: its evidence is the zone's words, its confidence what the
    check digits prove (the OCR's word confidence says little once a check digit holds)."""
    box = union_bbox([w.bbox for w in hit.words])
    raw = text if text is not None else hit.text
    return Field(value=value, page=hit.page, bbox=box, text=raw, confidence=confidence)


# Pairs of characters whose ICAO values differ by 10: a check digit cannot tell them apart.
_CHECK_BLIND = {"6": "G", "G": "6"}
BLIND_SPOT = 0.75  # a number whose check digit cannot tell a G from a 6 where either may be


def _blind_spot(number: str) -> bool:
    """Whether a number holds a 6 or a G where a letter prefix may still run (every character
    before it is a letter): OCR-B's G reads as 6, and the check digit cannot tell."""
    for i, c in enumerate(number):
        if c in _CHECK_BLIND and all(ch.isalpha() for ch in number[:i]):
            return True
        if c.isdigit():
            return False
    return False


def _settle_blind_spot(number: str, printed: Field | None, conf: float) -> tuple[str, float]:
    """The printed number when it differs from the zone's only by G/6 swaps (the printed font
    tells them apart); else the zone's number, capped below the confidence rules act on."""
    if printed is not None and isinstance(printed.value, str):
        other = printed.value.replace(" ", "").upper()
        if (
            len(other) == len(number)
            and other != number
            and all(a == b or _CHECK_BLIND.get(a) == b for a, b in zip(number, other, strict=True))
        ):
            return other, min(conf, DISAGREED)
    return number, min(conf, BLIND_SPOT)


def _same(name: str, printed: object, mrz: object) -> bool:
    if name == "holder_name":
        return names_match(str(printed), str(mrz))
    if name == "nationality":
        return True  # printed nationality is a word ("Indian"), the MRZ a code ("IND")
    if isinstance(printed, dt.date) or isinstance(mrz, dt.date):
        return printed == mrz
    return str(printed).replace(" ", "").upper() == str(mrz).upper()


def _letters_apart(printed: str, mrz: str) -> bool:
    """Whether a printed name of letters only spells the zone's name with one or two letters
    changed (accents, case and punctuation aside), word for word."""
    a = strip_accents(printed).upper().replace("-", " ").split()
    b = strip_accents(mrz).upper().replace("-", " ").split()
    if len(a) != len(b) or not all(t.isalpha() for t in a):
        return False
    apart = sum(Levenshtein.distance(x, y) for x, y in zip(sorted(a), sorted(b), strict=True))
    return 0 < apart <= 2


def _raw(value: object) -> str:
    if isinstance(value, dt.date):
        return f"MRZ {value.strftime('%y%m%d')}"
    return f"MRZ {value}"


EXTRACTOR = PassportExtractor()
