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
PHONE = re.compile(
    r"(?<![\d\w])(?:\+?1[\s.\-]?)?\(?[2-9]\d{2}\)?[\s.\-]?\d{3}[\s.\-]\d{4}"
    r"(?:\s*(?:ext\.?|x|poste)\s*\d{1,5})?(?!\d)",
    re.I,
)
FAX_BEFORE = re.compile(r"(?:fax|télécopieur|telecopieur|téléc|f)\s*[:.]?\s*$", re.I)
POSTAL_CODE = re.compile(r"\b[A-Z]\d[A-Z][ \-]?\d[A-Z]\d\b")
ZIP_OR_POST = re.compile(r"\b[A-Z]\d[A-Z][ \-]?\d[A-Z]\d\b|\b\d{5}(?:-\d{4})?\b")
STREET = re.compile(
    r"\b\d{1,6}[A-Za-z]?(?:[-–]\d{1,6})?,?\s+(?:[\wÀ-ÿ'’.\-]+\s+){0,4}?"
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|way|lane|ln|crescent|cres|court|ct|"
    r"place|pl|parkway|pkwy|highway|hwy|square|sq|terrace|trail|circle|row|gate|"
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
WEBSITE = re.compile(r"\b(?:www\.|https?://)\S+|\b[\w\-]+\.(?:com|ca|org|net|io)\b", re.I)


def strip_punct(text: str) -> str:
    """Text without surrounding spaces and punctuation, keeping a final abbreviation dot."""
    t = text.strip(" \t\n,;:–—-•·|")
    if t.endswith(".") and not re.search(r"\b(?:(?i:inc|ltd|corp|co|ltée|jr|sr|st)|[A-Z])\.$", t):
        t = t[:-1]
    return t.strip()
