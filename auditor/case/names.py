"""Comparing people's and employers' names the way a consultant would."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

_COMPANY_SUFFIXES = {
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "ltee",
    "llc",
    "llp",
    "corp",
    "corporation",
    "co",
    "company",
    "the",
    "cie",
    "enr",
    "ulc",
    "lp",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


def name_tokens(name: str) -> tuple[str, ...]:
    """'RAMAN, Priya-Anne' -> ('raman', 'priya', 'anne'): accents, case, hyphens, order folded."""
    return tuple(t for t in re.split(r"[^a-z0-9']+", _fold(name).replace("'", "")) if t)


def same_person(a: str, b: str) -> bool:
    """Equal up to order, accents, hyphens and middle names (one name's words inside the other's).

    The shorter name must keep at least two words (given name and surname) unless both are the
    same single word.
    """
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(small) >= 2 and small <= large


def employer_tokens(name: str) -> frozenset[str]:
    return frozenset(t for t in name_tokens(name) if t not in _COMPANY_SUFFIXES)


def same_employer(a: str | None, b: str | None) -> bool:
    """Same company up to case, accents, punctuation and legal suffixes (Inc., Ltd., ...)."""
    if not a or not b:
        return False
    ta, tb = employer_tokens(a), employer_tokens(b)
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta


def similar_employer(a: str | None, b: str | None, ratio: float = 0.8) -> bool:
    """Close enough to be the same company misread: each distinctive word of the shorter name
    is, letter for letter, at least `ratio` alike to a word of the other (a letter or two
    misread, a logo mark run into a word), or the two names are, run together. `same_employer`
    names are similar too."""
    if not a or not b:
        return False
    ta, tb = employer_tokens(a), employer_tokens(b)
    if not ta or not tb:
        return False
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if all(any(_alike(t, u) >= ratio for u in large) for t in small):
        return True
    return _alike("".join(sorted(ta)), "".join(sorted(tb))) >= ratio


def _alike(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def named_in(text: str, employer: str | None) -> bool:
    """Whether every distinctive word of the employer's name appears in `text`."""
    if not employer:
        return False
    wanted = employer_tokens(employer)
    return bool(wanted) and wanted <= set(name_tokens(text))


def mask(number: str) -> str:
    """Every digit but the last three hidden: '046454286' -> '******286'."""
    digits = re.sub(r"\D", "", number)
    return "*" * max(len(digits) - 3, 0) + digits[-3:]
