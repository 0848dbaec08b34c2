"""Scoring OCR output against the words a synthetic page was printed with.

Bag-of-words scores, so that line order and layout do not matter: recall (share of printed
words read back exactly), numeric recall (the same for tokens holding a digit, where OCR
errors do harm), and precision (share of words read that were printed).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_EDGE = re.compile(r"^[^\w$]+|[^\w%]+$")


def tokens(words: Iterable[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for w in words:
        t = _EDGE.sub("", w.replace("\u2019", "'"))
        if t:
            out[t] += 1
    return out


@dataclass(frozen=True)
class Score:
    printed: int = 0
    read: int = 0
    matched: int = 0
    numeric_printed: int = 0
    numeric_matched: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, ...]:
        return (self.printed, self.read, self.matched, self.numeric_printed, self.numeric_matched)

    @property
    def recall(self) -> float:
        return self.matched / self.printed if self.printed else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.read if self.read else 1.0

    @property
    def numeric_recall(self) -> float:
        return self.numeric_matched / self.numeric_printed if self.numeric_printed else 1.0

    def summary(self) -> str:
        return (
            f"word recall {self.recall:.1%}, numeric recall {self.numeric_recall:.1%}, "
            f"precision {self.precision:.1%}"
        )


def score(truth: Iterable[str], read: Iterable[str]) -> Score:
    want, got = tokens(truth), tokens(read)
    both = want & got
    numeric = Counter({t: n for t, n in want.items() if any(c.isdigit() for c in t)})
    return Score(
        printed=sum(want.values()),
        read=sum(got.values()),
        matched=sum(both.values()),
        numeric_printed=sum(numeric.values()),
        numeric_matched=sum((numeric & got).values()),
    )
