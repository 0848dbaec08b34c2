"""NOC 2021 unit groups (Statistics Canada open data): lookup by code and by job title, loaded once.

The data is `checklists/noc2021/noc2021.json`, a reduced copy of the shared compilation built by
`benchmarks/build_noc2021.py` (code, titles, TEER, lead statement, main duties, example titles in
English and French). French lead statements and main duties are not in the data.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import product
from types import MappingProxyType

from auditor.i18n import N_
from auditor.resources import data_dir

#: What the Open Government Licence – Canada asks to be said wherever the data is used.
# Marked for the catalogue: the report says them in its language (Statistics Canada's and the
# licence's French pages).
ATTRIBUTION = N_(
    "Contains information licensed under the Open Government Licence – Canada: Statistics "
    "Canada, National Occupational Classification (NOC) 2021 Version 1.0. Statistics Canada has "
    "not endorsed this product."
)
LICENCE_URL = N_("https://open.canada.ca/en/open-government-licence-canada")
SOURCE_URL = N_("https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1")
CODE = re.compile(r"\d{5}")
# Words that grade a title without changing the occupation ("Senior Data Analyst").
GRADES = frozenset({"senior", "junior", "intermediate", "sr", "jr", "i", "ii", "iii", "iv"})


@dataclass(frozen=True)
class UnitGroup:
    """One NOC 2021 unit group: its code, titles, TEER, lead statement and main duties."""

    code: str
    title_en: str
    title_fr: str
    teer: int
    lead_statement: str
    main_duties: tuple[str, ...]
    example_titles_en: tuple[str, ...]
    example_titles_fr: tuple[str, ...]

    def title(self, language: str = "en") -> str:
        return self.title_fr if language == "fr" else self.title_en


@cache
def unit_groups() -> Mapping[str, UnitGroup]:
    """Every unit group by code, read from the package data on first use."""
    path = data_dir("checklists") / "noc2021" / "noc2021.json"
    groups = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType(
        {
            g["code"]: UnitGroup(
                code=g["code"],
                title_en=g["title_en"],
                title_fr=g["title_fr"],
                teer=int(g["teer"]),
                lead_statement=g["lead_statement_en"],
                main_duties=tuple(g["main_duties_en"]),
                example_titles_en=tuple(g["example_titles_en"]),
                example_titles_fr=tuple(g["example_titles_fr"]),
            )
            for g in groups
        }
    )


def unit_group(code: str | None) -> UnitGroup | None:
    """The unit group of a 5-digit code, or None when the code is not a NOC 2021 code."""
    return unit_groups().get(code.strip()) if code else None


def nominal_code(value: str | None) -> str | None:
    """The 5-digit code a NOC value states ('NOC 21232', '21232'), or None."""
    found = CODE.findall(value or "")
    return found[0] if len(found) == 1 else None


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", plain))


def _variants(title: str) -> set[str]:
    """A title's spellings. 'Éducateur/éducatrice de la petite enfance' gives both genders word
    by word; 'Adjoint administratif/adjointe administrative' also phrase by phrase; a qualifier
    after ' - ' ('chef - restaurant') may be left out."""
    out = {title}
    for base in (title, title.split(" - ")[0]):
        out.add(base)
        words = base.split()
        choices = [w.split("/") if "/" in w else [w] for w in words]
        if len(list(product(*choices))) <= 16:
            out |= {" ".join(combo) for combo in product(*choices)}
        for i, word in enumerate(words):
            if word.count("/") == 1:
                left, right = word.split("/")
                out.add(" ".join([*words[:i], left]))
                out.add(" ".join([right, *words[i + 1 :]]))
    return out


def title_key(title: str) -> str:
    """A job title folded for comparison: case, accents, punctuation and grade words dropped."""
    words = [w for w in _fold(re.sub(r"\([^)]*\)", " ", title)).split() if w not in GRADES]
    return " ".join(words)


@cache
def _title_index() -> Mapping[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for group in unit_groups().values():
        titles = (group.title_en, group.title_fr, *group.example_titles_en)
        titles += group.example_titles_fr
        keys = {title_key(v) for t in titles for v in _variants(t)}
        for key in keys - {""}:
            index.setdefault(key, []).append(group.code)
    return MappingProxyType({k: tuple(sorted(set(v))) for k, v in index.items()})


def codes_for_title(title: str | None) -> tuple[str, ...]:
    """The codes whose title or example titles (English or French) are this job title."""
    if not title or not title.strip():
        return ()
    keys = {title_key(v) for v in _variants(title)}
    return tuple(sorted({c for k in keys for c in _title_index().get(k, ())}))
