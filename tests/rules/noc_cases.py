"""Letters for the NOC rules (LETTER-NOC-001/002, CEC-NOC-002): duties in own words, for another
occupation, copied from NOC 2021, in French; each case is the good case with its letter changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from auditor.case.intake import Intake
from auditor.models import Document
from tests.rules.builders import good_documents, intake, letter, swap_in

Case = Callable[[], tuple[list[Document], Intake]]

# A database analyst's work (NOC 21223) in an employer's own words.
OWN_WORDS = (
    "Designed and maintained the PostgreSQL databases behind our client reporting platform",
    "Gathered reporting requirements from account managers and documented them",
    "Wrote stored procedures and triggers for the nightly data loads",
    "Set data access and backup policies with the security team",
    "Modelled new tables and tested schema changes before release",
)
# A line cook's work (NOC 63200), in a letter claiming 21223.
COOK = (
    "Prepared soups, sauces and grilled dishes on the line during dinner service",
    "Portioned and plated meals to the chef's standards",
    "Cleaned the kitchen, stoves and fryers at closing",
    "Received food deliveries and rotated stock in the walk-in cooler",
)
# Main duties of 21223 copied word for word (Statistics Canada, NOC 2021, OGL - Canada).
COPIED = (
    "Collect and document user requirements",
    "Design and develop database architecture for information systems projects",
    "Write scripts related to stored procedures and triggers",
)
FRENCH = (
    "Conception et entretien des bases de données PostgreSQL de notre plateforme",
    "Rédaction de procédures stockées et de déclencheurs pour les chargements de nuit",
    "Définition des politiques d'accès aux données et de sauvegarde",
)


def with_letter(**fields: object) -> Case:
    return lambda: (swap_in(good_documents(), letter(**fields)), intake())


def french_letter(**fields: object) -> Case:
    return lambda: (swap_in(good_documents(), replace(letter(**fields), language="fr")), intake())


NOC_CASES: dict[str, dict[str, Case]] = {
    "LETTER-NOC-001": {
        "failed": with_letter(duties=COOK),
        "passed": with_letter(duties=OWN_WORDS),
        "unknown": french_letter(duties=FRENCH, job_title="Analyste de base de données"),
    },
    "LETTER-NOC-002": {
        "failed": with_letter(duties=COPIED),
        "passed": with_letter(duties=OWN_WORDS),
        "unknown": french_letter(duties=FRENCH),
    },
    "CEC-NOC-002": {
        "failed": with_letter(noc_code="21299", duties=OWN_WORDS),
        "passed": with_letter(duties=OWN_WORDS),
        "unknown": with_letter(noc_code="21223 or 21222", duties=OWN_WORDS),
    },
}
