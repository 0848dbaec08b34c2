"""Which language a document is written in, from counts of common words."""

from __future__ import annotations

import re

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in is for that with has was as on this by be we our his her per from at are "
        "have been she he their will any please employee hours week pay date name total gross net "
        "birth employer since duties position".split()
    ),
    "fr": frozenset(
        "le la les des du et est que qui pour dans une au aux par avec nous sur son sa ses "
        "depuis à "
        "ce cette été il elle notre nos semaine heures paie employé employée salaire nom naissance "
        "période date poste tâches".split()
    ),
    "es": frozenset(
        "el los las del que y en es por con para una su como desde trabajo empresa señor sus fue "
        "ha han horas semana nombre fecha puesto salario".split()
    ),
    "de": frozenset(
        "der die das und ist mit für von den dem sich nicht eine ein auf bei wir sie".split()
    ),
    "pt": frozenset("o os do da dos das em não com uma trabalho empresa foi são pelo pela".split()),
    "it": frozenset(
        "il lo gli della dello che di per con sono nel alla questo lavoro azienda".split()
    ),
}
_WORD = re.compile(r"[a-zà-öø-ÿñ]+", re.I)


def detect_language(text: str) -> str | None:
    """ "en", "fr", another ISO code, "other" for plenty of text in none of those, or None."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return None
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in STOPWORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    if counts[best] >= 3:
        return best
    if len(words) >= 40 and counts[best] < 2:
        return "other"
    return best if counts[best] >= 2 else None
