"""Passports: the TD3 machine-readable zone, check digits, cross-checked with the printed page."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from auditor.models import Field, FieldValue, Page
from extractors.base import keyword_score, make_field, rx
from extractors.layout import Hit, label_value
from extractors.parse.dates import find_dates
from extractors.parse.mrz import Mrz, find_td3
from extractors.parse.names import clean_person_name, names_match
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


# Fields whose printed box is their evidence when the MRZ's check digits confirm the value.
PRINTED_EVIDENCE = frozenset({"date_of_birth", "expiry_date"})


class PassportExtractor:
    """Reads a passport's data page: MRZ first (verified), printed labels as a cross-check."""

    kind = "passport"

    def recognise(self, text: str) -> float:
        return keyword_score(text, SIGNALS)

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        fields: dict[str, Field] = {}
        mrz, mrz_hit = self._mrz(pages)
        printed = self._printed(pages)
        mismatch: list[str] = []
        if mrz is not None and mrz_hit is not None:
            fields["mrz_valid"] = mrz_hit.field(
                mrz.valid, 1.0, "MRZ check digits " + ("pass" if mrz.valid else "fail")
            )
            mrz_values: dict[str, FieldValue] = {
                "holder_name": mrz.full_name,
                "date_of_birth": mrz.date_of_birth,
                "expiry_date": mrz.expiry_date,
                "passport_number": mrz.passport_number,
                "nationality": mrz.nationality,
            }
            check_of = {
                "date_of_birth": "date_of_birth",
                "expiry_date": "expiry_date",
                "passport_number": "passport_number",
            }
            for name, value in mrz_values.items():
                if not value:
                    continue
                ok = (
                    mrz.checks.get(check_of.get(name, "composite"), False)
                    and mrz.checks["composite"]
                )
                conf = 1.0 if ok else 0.3
                p = printed.get(name)
                if p is not None and not _same(name, p.value, value):
                    mismatch.append(name)
                    if not ok:
                        fields[name] = p  # the printed page wins over a failing MRZ
                        continue
                    conf = 0.5
                elif p is not None and name == "holder_name":
                    fields[name] = p  # the printed name keeps its accents; the MRZ confirms it
                    continue
                elif p is not None and ok and name in PRINTED_EVIDENCE:
                    # The MRZ's verified value, shown where a person can read it: the printed
                    # date (reports mask the MRZ band, so it cannot be the only proof).
                    fields[name] = Field(value, p.page, p.bbox, p.text, conf)
                    continue
                elif p is not None and not ok:
                    conf = 0.8  # the printed page confirms a value the check digits did not
                fields[name] = mrz_hit.field(value, conf, _raw(value))
        for name, f in printed.items():
            fields.setdefault(name, f)
        if mismatch:
            f = fields["mrz_valid"]
            fields["mrz_mismatch"] = Field(
                tuple(mismatch), f.page, f.bbox, ", ".join(mismatch), 1.0
            )
        return fields

    def _mrz(self, pages: Sequence[Page]) -> tuple[Mrz | None, Hit | None]:
        for page in pages:
            texts = [ln.text for ln in page.lines]
            found = find_td3(texts)
            if found is not None:
                i, mrz = found
                words = page.lines[i].words + page.lines[i + 1].words
                return mrz, Hit(page.number, words)
        return None, None

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


def _same(name: str, printed: object, mrz: object) -> bool:
    if name == "holder_name":
        return names_match(str(printed), str(mrz))
    if name == "nationality":
        return True  # printed nationality is a word ("Indian"), the MRZ a code ("IND")
    if isinstance(printed, dt.date) or isinstance(mrz, dt.date):
        return printed == mrz
    return str(printed).replace(" ", "").upper() == str(mrz).upper()


def _raw(value: object) -> str:
    if isinstance(value, dt.date):
        return f"MRZ {value.strftime('%y%m%d')}"
    return f"MRZ {value}"


EXTRACTOR = PassportExtractor()
