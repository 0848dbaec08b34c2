"""Comparing people's and employers' names the way a consultant would."""

from __future__ import annotations

import re
import unicodedata

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
