"""English duty text to comparable words: tokens, stop words, a light suffix stemmer, irregular
verb forms and abbreviations.

Everything here is applied the same way to the NOC text and to a letter, so both sides of a
comparison meet on the same words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from types import MappingProxyType

# Function words, and words every duty list uses whatever the occupation (they tell no
# occupation from another): dropped before comparing.
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each etc few for
    from further had has have having he her here hers herself him himself his how i if in into
    is it its itself just me more most my myself no nor not of off on once only or other our
    ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with within would you your yours yourself
    may might must shall per via e g ie eg including include includes such various other others
    new related duties duty responsible responsibilities responsibility tasks task perform
    performed performing ensure ensured ensuring daily weekly monthly company companies
    client clients customer customers team teams work worked working job jobs role position
    """.split()
)
_WORD = re.compile(r"[a-z0-9]+")
# Suffixes stripped longest first; the stem keeps at least 3 letters.
_SUFFIXES = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("isation", "ize"),
    ("ations", ""),
    ("ation", ""),
    ("ators", ""),
    ("ator", ""),
    ("ates", ""),
    ("ated", ""),
    ("ate", ""),
    ("ions", ""),
    ("ion", ""),
    ("ements", ""),
    ("ement", ""),
    ("ments", ""),
    ("ment", ""),
    ("ness", ""),
    ("ities", ""),
    ("ity", ""),
    ("ings", ""),
    ("ing", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("izes", ""),
    ("ized", ""),
    ("ize", ""),
    ("ises", ""),
    ("ised", ""),
    ("ise", ""),
    ("iz", ""),
    ("ers", ""),
    ("er", ""),
    ("ors", ""),
    ("or", ""),
    ("ed", ""),
    ("es", ""),
    ("is", ""),
    ("s", ""),
    ("al", ""),
    ("ly", ""),
    ("ive", ""),
    ("ic", ""),
    ("ist", ""),
    ("e", ""),
    ("y", ""),
)


# Irregular past forms letters use ("led", "oversaw", "wrote") to the form NOC 2021 writes
# (present tense); the stemmer cannot find them. "Oversee" is also HR wording for what NOC calls
# supervising ("oversee" is in no NOC duty's verb list, "supervise" in hundreds).
IRREGULAR = {
    **dict.fromkeys(("oversaw", "oversee", "oversees", "overseeing", "overseen"), "supervise"),
    **{"led": "lead", "taught": "teach", "wrote": "write", "written": "write", "built": "build"},
    **{"sold": "sell", "bought": "buy", "drove": "drive", "driven": "drive", "ran": "run"},
    **{"made": "make", "kept": "keep", "spoke": "speak", "spoken": "speak", "sent": "send"},
    **{"dealt": "deal", "brought": "bring", "took": "take", "taken": "take", "gave": "give"},
    **{"given": "give", "fed": "feed", "grew": "grow", "grown": "grow", "held": "hold"},
    **{"laid": "lay", "paid": "pay", "sought": "seek", "spent": "spend", "stood": "stand"},
    **{"swept": "sweep", "told": "tell", "undertook": "undertake", "drew": "draw"},
    **{"drawn": "draw", "dug": "dig", "hung": "hang", "broke": "break", "broken": "break"},
    **{"caught": "catch", "rebuilt": "rebuild", "rewrote": "rewrite", "wove": "weave"},
    **{"woven": "weave", "froze": "freeze", "frozen": "freeze", "chose": "choose"},
    **{"chosen": "choose", "began": "begin", "begun": "begin", "shot": "shoot", "flew": "fly"},
    **{"flown": "fly", "rode": "ride", "ridden": "ride", "sewn": "sew", "shook": "shake"},
    **{"withdrew": "withdraw", "understood": "understand", "lent": "lend", "wore": "wear"},
}
# Abbreviations NOC 2021 does not spell out itself but letters use (those it does are learned
# from its text: `abbreviations`).
COMMON_ABBREVIATIONS = {
    "HR": "human resources",
    "AP": "accounts payable",
    "AR": "accounts receivable",
    "POS": "point of sale",
    "CSR": "customer service representative",
}
_ABBREVIATED = re.compile(r"((?:[A-Za-z]+[\s-]+){1,6})\(([A-Z][A-Za-z.&]{1,7})\)")
_UPPER_WORD = re.compile(r"\b[A-Z][A-Za-z]{1,5}\b")


def fold(text: str) -> str:
    """Lower case without accents."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Every word of the text, lower case, punctuation dropped (stop words kept)."""
    return _WORD.findall(fold(text))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each of `words(text)` stands in `text` (start, end), or [] when folding changed
    the text's length (then positions in the folded text are not positions in the text)."""
    folded = fold(text)
    if len(folded) != len(text):
        return []
    return [m.span() for m in _WORD.finditer(folded)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stem: 'analyzing', 'analyses', 'analysed' and 'analyze' share one.

    Not Porter's algorithm: a few suffixes stripped in turn, enough for both sides of a
    comparison to meet; it is applied the same way to the NOC text and to the letter.
    """
    word = word.replace("ys", "yz")  # British and American spellings: "analyse", "analyze"
    for _ in range(3):
        for suffix, replacement in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)] + replacement
                break
        else:
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # "planned" -> "plann" -> "plan"
    return word


def learn_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviations a text spells out before giving them, 'information technology (IT)': each
    one with its words (the words just before the brackets whose initials spell it; the first
    spelling found when a text gives several)."""
    out: dict[str, str] = {}
    for text in texts:
        for match in _ABBREVIATED.finditer(text):
            before = re.split(r"[\s-]+", match.group(1).strip())
            short = match.group(2).replace(".", "")
            initials = "".join(c for c in short if c.isupper())
            spelled = before[-len(initials) :]
            if len(spelled) == len(initials) and "".join(w[0] for w in spelled).upper() == initials:
                out.setdefault(short, " ".join(spelled).lower())
    return out


@cache
def abbreviations() -> Mapping[str, str]:
    """Every abbreviation spelled out: NOC 2021's own (learned from its titles, lead statements
    and main duties) and the common ones it does not spell out."""
    from auditor.case.noc2021 import unit_groups

    texts = (
        text
        for g in unit_groups().values()
        for text in (g.title_en, g.lead_statement, *g.main_duties, *g.example_titles_en)
    )
    return MappingProxyType({**learn_abbreviations(texts), **COMMON_ABBREVIATIONS})


@lru_cache(maxsize=65536)
def _spelled(text: str) -> str:
    """The text with its known abbreviations ("IT", "HR") spelled out, case-sensitively (so "it"
    stays a pronoun); a text mostly in capitals is left as it is."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > len(letters) / 2:
        return text
    return _UPPER_WORD.sub(lambda m: abbreviations().get(m.group(0), m.group(0)), text)


def terms(text: str) -> list[str]:
    """The content words of the text, abbreviations spelled out, irregular verb forms
    regularised, stemmed: what similarity is computed on."""
    return [
        stem(IRREGULAR.get(w, w))
        for w in words(_spelled(text))
        if w not in STOP_WORDS and not w.isdigit()
    ]
