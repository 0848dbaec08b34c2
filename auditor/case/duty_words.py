"""English duty text to comparable words: tokens, stop words and a light suffix stemmer."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


def terms(text: str) -> list[str]:
    """The content words of the text, stemmed: what similarity is computed on."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS and not w.isdigit()]
