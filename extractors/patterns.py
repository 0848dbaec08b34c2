"""Text patterns shared by several extractors: names, companies, contact details, places."""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-Ý"
LOWER = "a-zß-öø-ÿ"
# One word of a person's name: "Priya", "O'Brien", "Jean-Luc", "RAMAN", "d'Souza".
NAME_WORD = (
    rf"(?:[{UPPER}][{LOWER}'’\-]+(?:-[{UPPER}][{LOWER}'’]+)?|[{UPPER}]{{2,}}[{UPPER}'’\-]*"
    rf"|[{UPPER}]\.)"
)
PARTICLE = r"(?:de|da|del|della|des|du|dos|van|von|der|den|la|le|bin|ibn|al|el|ben|di|e)"
PERSON = rf"(?P<name>{NAME_WORD}(?:[ \t](?:{PARTICLE}[ \t])?{NAME_WORD}){{1,4}})"
HONORIFIC = r"(?:(?i:mr|mrs|ms|miss|mx|dr|m|mme|mlle|madame|monsieur)\.?[ \t]+)"

COMPANY = re.compile(
    rf"(?P<company>(?:[{UPPER}0-9&][\w&'’.\-]*[ \t]+){{0,5}}"
    r"(?i:Inc|Incorporated|Ltd|Limited|Ltée|Ltee|LLC|LLP|Corp|Corporation|Company|Co|Group|Groupe|"
    r"Enr|S\.E\.N\.C|SENC|ULC|LP)\b\.?)"
)
# Lower-case words inside a company's name ("Harbourline Collision and Auto Body Ltd.").
NAME_JOINERS = frozenset({"and", "&", "of", "the", "de", "du", "des", "et", "la", "le", "for"})
_WORD_BEFORE = re.compile(r"(\S+)([ \t]+|[ \t]*\n[ \t]*)$")


def _name_word(word: str) -> bool:
    return word.casefold() in NAME_JOINERS or (
        bool(re.match(rf"[{UPPER}0-9&]", word)) and not re.search(r"[,;:.)]$", word)
    )


def company_start(text: str, start: int, max_words: int = 6) -> int:
    """Where a company name found at `start` (a COMPANY match) really begins.

    COMPANY takes capitalised words on one line, so a name with a joining word ("Collision
    and Auto Body Ltd.") or one that wraps onto the next line ("... with Harbourline Collision
    and / Auto Body Ltd.") is cut. The words before it are taken back while they are
    capitalised or joiners; the line before is joined when it ends on a joiner, or when its
    capitalised run follows a sentence's lower-case word (a wrap inside prose), never when the
    whole line is capitalised without a joiner (a name or title line above a company line).
    """
    pos, crossed, taken = start, False, 0
    while taken < max_words:
        m = _WORD_BEFORE.search(text, 0, pos)
        if m is None:
            break
        word, gap = m.group(1), m.group(2)
        if not _name_word(word):
            break
        if "\n" in gap:
            if crossed:
                break
            line_start = text.rfind("\n", 0, m.start(1)) + 1
            line = text[line_start : m.end(1)].split()
            if word.casefold() not in NAME_JOINERS and all(_name_word(w) for w in line):
                break  # a whole line of capitalised words is a line of its own, not a wrap
            crossed = True
        pos, taken = m.start(1), taken + 1
    while True:  # a name starts on a capitalised word, not on a joiner
        m = re.match(r"(\S+)\s+", text[pos:start])
        if m is None or m.group(1).casefold() not in NAME_JOINERS:
            break
        pos += m.end()
    return pos


# Words that make a line an organisation's name even without a legal suffix ("... Dental Clinic").
ORG_WORD = re.compile(
    r"\b(?:clinic|clinique|dental|dentaire|medical|médical|health|santé|hospital|hôpital|pharmacy|"
    r"pharmacie|restaurant|bistro|café|cafe|bakery|boulangerie|bar|grill|kitchen|catering|hotel|"
    r"hôtel|inn|motel|resort|studio|studios|services|service|solutions|consulting|conseil|"
    r"technologies|technology|systems|software|logiciels|media|média|marketing|agency|agence|"
    r"associates|partners|associés|logistics|logistique|transport|construction|contracting|"
    r"engineering|ingénierie|manufacturing|industries|enterprises|entreprises|holdings|ventures|"
    r"store|stores|shop|boutique|market|marché|foods|farms?|ferme|salon|spa|centre|center|"
    r"school|école|college|collège|academy|académie|institute|institut|university|université|"
    r"foundation|fondation|society|société|association|church|église|cooperative|coopérative|"
    r"co-op|trust|bank|banque|insurance|assurances?|realty|properties|management|outfitters|"
    r"labs?|laboratoire|daycare|garderie|cleaning|nettoyage|security|sécurité|auto|motors|"
    r"garage|design|group|groupe|international|canada|municipality|ville|city\s+of)\b",
    re.I,
)
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# A phone number: international (a "+", a country code, then 7 to 14 more digits in groups
# split by spaces, dots, dashes or an area code in parentheses: "+233 (302) 555-0147",
# "+44 (0)20 7946 0958", "+91 22 5555 0147"), or North American ("(416) 555-0142").
# An international number is tried first so that its country code is not cut off.
_INTL_PHONE = (
    r"\+[1-9]\d{0,2}(?=(?:[\s.\-]?\(?\d{1,5}\)?){2,6}(?![\s.\-]?\d))"
    r"(?:[\s.\-]?\(\d{1,5}\)|[\s.\-]?\d{1,5}){2,6}"
)
_NA_PHONE = r"(?:\+?1[\s.\-]?)?\(?[2-9]\d{2}\)?[\s.\-]?\d{3}[\s.\-]\d{4}"
PHONE = re.compile(
    rf"(?<![\d\w+])(?:{_INTL_PHONE}|{_NA_PHONE})"
    r"(?:\s*(?:ext\.?|x|poste)\s*\d{1,5})?(?!\d)",
    re.I,
)
PHONE_DIGITS = (9, 15)  # digits in a whole number, country code included (E.164: at most 15)


def phone_numbers(text: str) -> list[re.Match[str]]:
    """The phone numbers of a line; an international one has 9 to 15 digits before any
    extension."""
    out = []
    for m in PHONE.finditer(text):
        main = re.split(r"(?i)\s*(?:ext|x|poste)", m.group(0))[0]
        digits = len(re.sub(r"\D", "", main))
        if PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1] or not main.startswith("+"):
            out.append(m)
    return out


FAX_BEFORE = re.compile(r"(?:fax|télécopieur|telecopieur|téléc|f)\s*[:.]?\s*$", re.I)
POSTAL_CODE = re.compile(r"\b[A-Z]\d[A-Z][ \-]?\d[A-Z]\d\b")
ZIP_OR_POST = re.compile(r"\b[A-Z]\d[A-Z][ \-]?\d[A-Z]\d\b|\b\d{5}(?:-\d{4})?\b")
STREET = re.compile(
    r"\b\d{1,6}[A-Za-z]?(?:[-–]\d{1,6})?,?\s+(?:[\wÀ-ÿ'’.\-]+\s+){0,4}?"
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|way|lane|ln|crescent|cres|court|ct|"
    r"place|pl|parkway|pkwy|highway|hwy|square|sq|terrace|trail|circle|row|gate|quay|wharf|"
    r"walk|mews|esplanade|plaza|concession|sideroad|grove|heights|ridge|landing|path|"
    r"rue|chemin|ch|boul|av|route|rang|côte|montée|allée|promenade)\b\.?"
    r"|\b\d{1,6},?\s+(?:rue|boulevard|boul\.?|avenue|av\.?|chemin|route|rang|place|côte|montée)\s",
    re.I,
)
PROVINCES = (
    r"\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|PEI|YT|NT|NU|Ontario|Quebec|Québec|British Columbia|"
    r"Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland(?: and Labrador)?|"
    r"Prince Edward Island|Yukon|Northwest Territories|Nunavut|Nouveau-Brunswick|Nouvelle-Écosse|"
    r"Colombie-Britannique|Île-du-Prince-Édouard|Terre-Neuve(?:-et-Labrador)?)\b"
)
PROVINCE = re.compile(PROVINCES)
# An address written without a street-type word the list above knows ("88 Harbour Quay West,
# Toronto, ON"): a civic number, then capitalised words, then a province or a postal code later
# on the same line.
_ADDRESS_WORD = (
    r"(?:[A-ZÀ-Ý0-9(#][\wÀ-ÿ'’.\-()#]*|suite|bureau|unit|unité|floor|étage|de|du|des|la|le|of|the)"
)
CIVIC_ADDRESS = re.compile(
    r"\b\d{1,6}[A-Za-z]?(?:[-–]\d{1,6})?,?\s+[A-ZÀ-Ý][\wÀ-ÿ'’.\-]*"
    rf"(?:[,\s]+{_ADDRESS_WORD}){{0,10}}?[,\s(]+(?:{PROVINCES}|\b[A-Z]\d[A-Z][ \-]?\d[A-Z]\d\b)"
    r"(?:\)?,?\s*[A-Z]\d[A-Z][ \-]?\d[A-Z]\d\b)?"
)
WEBSITE = re.compile(r"\b(?:www\.|https?://)\S+|\b[\w\-]+\.(?:com|ca|org|net|io)\b", re.I)


def strip_punct(text: str) -> str:
    """Text without surrounding spaces and punctuation, keeping a final abbreviation dot."""
    t = text.strip(" \t\n,;:–—-•·|")
    if t.endswith(".") and not re.search(r"\b(?:(?i:inc|ltd|corp|co|ltée|jr|sr|st)|[A-Z])\.$", t):
        t = t[:-1]
    return t.strip()
