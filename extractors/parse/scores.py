"""Language test scores: the grammar of each test's scores, and repairs of OCR-damaged scores."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ScoreGrammar:
    """The scores a test can print for one ability: a range and a step."""

    lo: float
    hi: float
    step: float = 1.0

    def allows(self, value: float) -> bool:
        return (
            self.lo <= value <= self.hi and abs(value / self.step - round(value / self.step)) < 1e-9
        )


def grammar(family: str, ability: str) -> ScoreGrammar:
    """IELTS bands 0-9 by half bands, CELPIP levels 1-12, PTE 10-90, TEF and TCF 0-699
    (TCF writing and speaking 0-20); anything else: a number up to 999."""
    if family == "ielts":
        return ScoreGrammar(0.0, 9.0, 0.5)
    if family == "celpip":
        return ScoreGrammar(1.0, 12.0)
    if family == "pte":
        return ScoreGrammar(10.0, 90.0)
    if family == "tcf" and ability in ("writing", "speaking"):
        return ScoreGrammar(0.0, 20.0)
    if family in ("tef", "tcf"):
        return ScoreGrammar(0.0, 699.0 if ability != "overall" else 2097.0)
    return ScoreGrammar(0.0, 999.0, 0.01)


# What OCR makes of a box's edge stuck to a boxed score: a 1, l, I, | or ! at either end.
_EDGE = "1lI|!"
_TOKEN = re.compile(r"^[1lI|!]?\d+(?:[.,]\d)?[1lI|!]?$")


def repair_score(token: str, g: ScoreGrammar) -> float | None:
    """The one score an OCR-damaged token can be under the grammar, or None.

    Two damages are undone: a box edge glued to the score ("165" for a boxed 6.5, "701" for
    70), and a lost decimal point in a half-band grammar ("75" in an IELTS band cell can only
    be 7.5). Every way of undoing them is tried; when the grammar allows exactly one value
    that is the score, else (none, or several: "10" could be 1.0 or 0) there is no score.
    A token the grammar already allows is not a repair: it is returned as is.
    """
    t = token.strip()
    if not _TOKEN.match(t):
        return None
    forms = {t}
    if t[0] in _EDGE and len(t) > 1:
        forms.add(t[1:])
    if t[-1] in _EDGE and len(t) > 1:
        forms |= {f[:-1] for f in list(forms) if len(f) > 1}
    values: set[float] = set()
    for f in forms:
        if not re.fullmatch(r"\d+(?:[.,]\d)?", f):
            continue
        candidates = [float(f.replace(",", "."))]
        if g.step < 1 and re.fullmatch(r"\d\d", f):  # "75": the point of "7.5" was lost
            candidates.append(float(f"{f[0]}.{f[1]}"))
        values |= {v for v in candidates if g.allows(v)}
    return values.pop() if len(values) == 1 else None
