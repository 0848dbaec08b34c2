"""Person and organisation names: clean-up, and normal forms for comparing across documents."""

from __future__ import annotations

import re
import unicodedata

HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "m",
    "mme",
    "mlle",
    "monsieur",
    "madame",
    "mademoiselle",
    "prof",
    "sir",
}
LABEL_WORDS = {
    "employee",
    "employer",
    "name",
    "names",
    "nom",
    "prénom",
    "id",
    "number",
    "no",
    "date",
    "period",
    "sin",
    "nas",
    "signature",
    "authorized",
    "authorised",
    "address",
    "adresse",
    "phone",
    "email",
    "total",
    "page",
    "department",
    "title",
    "position",
    "poste",
    "code",
    "status",
    "birth",
    "naissance",
    "surname",
    "given",
    "family",
    "pay",
    "paie",
    "of",
    "du",
    "de",
    "the",
    "and",
}
_NAME_TOKEN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.\-]*$")
COMPANY_SUFFIX = re.compile(
    r"\b(?:inc|incorporated|ltd|limited|ltée|ltee|llc|llp|corp|corporation|co|company|"
    r"group|groupe|enr|s\.?e\.?n\.?c|senc|lp|plc|gmbh|s\.?a|s\.?a\.?s|ulc)\.?$",
    re.I,
)


def strip_accents(text: str) -> str:
    """The text without diacritics ("Émilie" -> "Emilie")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a person's name, lower-case, without accents, hyphens, dots or honorifics."""
    try:
        t = strip_accents(name).casefold()
        t = re.sub(r"[-‐–'’.,_/<]+", " ", t)
        t = re.sub(r"[^a-z0-9 ]+", "", t)
        return tuple(w for w in t.split() if w not in HONORIFICS)
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return ()


def normalise_name(name: str) -> str:
    """A canonical key for a person's name, independent of order, accents, hyphens and case."""
    return " ".join(sorted(name_tokens(name)))


def names_match(a: str, b: str) -> bool:
    """Whether two names are the same person's, allowing other order and missing middle names.

    Every word of the shorter name must appear in the longer one, and at least two words
    (or all words when a name has only one) must be shared.
    """
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
    if not ta or not tb:
        return False
    joined_a, joined_b = "".join(sorted(ta)), "".join(sorted(tb))
    if joined_a == joined_b:
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not short <= long_:
        # "Jean Pierre" against "Jean-Pierre" collapses the same way; "JeanPierre" may not.
        return "".join(sorted(short)) == "".join(sorted(long_))
    return len(short) >= min(2, len(long_))


# Particles that open or close a surname ("DE LA FUENTE", "VAN DER BERG", "DOS SANTOS"):
# in a field that holds only the surname they are the name, not a label's leftover.
PARTICLES = {
    "de", "du", "des", "da", "das", "do", "dos", "di", "del", "della", "la", "le", "van",
    "von", "der", "den", "ter", "ten", "el", "al", "bin", "ben", "st", "mac", "mc",
}  # fmt: skip


def clean_person_name(raw: str, particles: bool = False) -> tuple[str | None, float]:
    """A person's name as printed, trimmed of honorifics and punctuation, with a confidence.

    "SURNAME, Given" becomes "Given SURNAME". Returns (None, 0.0) when the text does not look
    like a name (too few or too many words, digits, or words that are not name-like). With
    `particles`, the text is one part of a name (a surname read from its own field), which may
    open with "de", "van", "dos"...
    """
    try:
        text = re.sub(r"\s+", " ", raw).strip(" ,:;()[]\"'")
        if not re.search(r"(?:^|[\s,])[^\W\d_]\.$", text):  # an initial keeps its dot
            text = text.strip(" .,:;()[]\"'")
        if not text:
            return None, 0.0
        conf = 1.0
        if text.count(",") == 1:
            last, first = (s.strip() for s in text.split(","))
            if last and first:
                text = f"{first} {last}"
                conf = 0.95
        words = [w for w in text.split(" ") if w.strip(".").casefold() not in HONORIFICS]
        if not 1 <= len(words) <= 6 or not all(_NAME_TOKEN.match(w) for w in words):
            return None, 0.0
        edges = (words[0], words[-1])
        if any(
            w.casefold().strip(".") in LABEL_WORDS
            and not (particles and w.casefold() in PARTICLES and len(words) > 1)
            for w in edges
        ):
            return None, 0.0
        if len(words) == 1:
            conf *= 0.6
        return " ".join(words), conf
    except Exception:  # noqa: BLE001
        return None, 0.0


def looks_like_company(text: str) -> bool:
    """Whether a line reads like an organisation's name (ends with Inc., Ltd, Ltée, ...)."""
    return bool(COMPANY_SUFFIX.search(text.strip().rstrip(",")))
