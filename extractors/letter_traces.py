"""Words that show a letter holds an element even when its value was not read.

A rule then reports the missing value as `unknown` (a person must look), not `failed` (the
letter lacks it). The extractor records the first such words per element as `traces`
("employer_phone: Tel"), so that rules never search the letter's text themselves.
"""

from __future__ import annotations

import re

from auditor.models import Field
from extractors.base import TextIndex

TRACES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "employer_address": r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b\d+\s+\w+(\s\w+)?\s+(street|st|avenue|"
        r"ave|road|rd|boulevard|blvd|drive|dr|highway|hwy|way|lane|crescent|place|court|"
        r"parkway)\b|\b(rue|boul|chemin|avenue|route)\b|\baddress\b|\badresse\b",
        "employer_phone": r"\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}|\b(tel|tél|phone|telephone|"
        r"téléphone)\b",
        "employer_email": r"@|\b(e-?mail|courriel)\b",
        "signatory_name": r"\b(sincerely|regards|yours truly|cordialement|signature|signed)\b",
        "signatory_title": r"\b(manager|director|officer|supervisor|owner|president|"
        r"human resources|HR|gestionnaire|directeur|directrice|responsable)\b",
        # A label that heads a name, with a colon or as a table's column header ("Employee
        # Job title Start date ..."), or a courtesy title before a capital: "Ms. A", "Mme B".
        # ("our employee" in prose says nothing of whether the letter names the applicant.)
        "employee_name": r"(?m)^\s*(?:employee(?:['’]s)?(?:\s+name)?|"
        r"name\s+of\s+(?:the\s+)?employee|employée?|salariée?|nom(?:\s+de\s+l['’]employée?)?|full\s+name|nom\s+complet)"
        r"(?=\s*:|\s+(?:job|position|title|poste|titre|start|date|hours|heures|fonction)\b)|"
        r"\b(?:Mr|Mrs|Ms|Mx|Mme|Mlle)\.?\s+[A-ZÀ-Ý]",
        "job_title": r"\b(job title|position|title|poste|titre|fonction|as an?|en tant que|"
        r"à titre de)\b",
        "duties": r"\b(duties|responsibilities|tâches|fonctions|responsabilités)\b",
        "hours_per_week": r"\b(hours?|heures?)\b|\bh\s*/\s*(week|sem)",
        "wage_amount": r"\$|\b(salary|wage|pay|rate|salaire|taux|rémunération|"
        r"compensation|CAD)\b",
        "wage_period": r"\b(per|an|par|annual|annually|yearly|hourly|monthly|weekly|"
        r"biweekly|/\s*(h|hr|hour|year|yr|an|heure))\b",
        "benefits": r"\b(benefits?|avantages?|vacation|vacances|health|dental|RRSP|REER|"
        r"insurance|assurance|pension)\b",
        "start_date": r"\b(since|from|start|started|hired|hire|joined|commenced|depuis|"
        r"entrée|embauche|début)\b",
        "end_date": r"\b(since|current|currently|present|to date|still|remains|continues|"
        r"active|ongoing|depuis|actuel|actuellement|toujours|en poste|end date|last day|"
        r"until|jusqu|date de fin)\b",
    }.items()
}


def traces_field(idx: TextIndex) -> Field | None:
    """`traces`: for each element, the first words suggesting the letter shows it."""
    found = []
    first = None
    for name, pattern in TRACES.items():
        m = pattern.search(idx.text)
        if m:
            found.append(f"{name}: {m.group(0).strip()}")
            first = m if first is None or m.start() < first.start() else first
    if first is None:
        return None
    return idx.field(tuple(found), first.start(), first.end(), 1.0, text="; ".join(found))
