"""Letter duties against NOC 2021: BM25 ranking of unit groups, duty coverage, copied passages.

Deterministic and local: the NOC text is indexed once (stemmed content words, stop words
removed); a letter's duties are one query. Everything a result says can be shown to a person:
the ranking's scores, which main duty each letter duty covers, and the copied word runs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.case.duty_words import terms, word_spans, words
from auditor.case.noc2021 import UnitGroup, unit_groups

K1 = 1.2  # BM25 term-frequency saturation (the usual value)
B = 0.75  # BM25 length normalisation (the usual value)
_SENTENCE = re.compile(r"(?<=[.;:])\s+")


@dataclass(frozen=True)
class Ranked:
    """A unit group's score for a letter's duties."""

    code: str
    score: float


@dataclass(frozen=True)
class DutyCover:
    """A main duty of the NOC and the letter duty that covers it best (None when none does)."""

    noc_duty: str
    letter_duty: str | None
    score: float  # share of the main duty's weighted words the letter duty shares (0..1)


@dataclass(frozen=True)
class Passage:
    """Words of a letter duty that are found, in the same order, in the NOC text of a code."""

    text: str  # the letter's words, as run
    code: str
    source: str  # the NOC sentence it comes from
    words: int


def is_heading(duty: str) -> bool:
    """A role subheading inside a unit group's main duties ('Database analysts'), not a duty."""
    return len(duty.split()) <= 4 and not duty.rstrip().endswith(".") and duty[:1].isupper()


def main_duties(group: UnitGroup) -> tuple[str, ...]:
    return tuple(d for d in group.main_duties if not is_heading(d))


def _document(group: UnitGroup) -> list[str]:
    return terms(" ".join([group.title_en, group.lead_statement, *group.main_duties]))


@dataclass(frozen=True)
class _Index:
    tf: Mapping[str, Counter[str]]
    lengths: Mapping[str, int]
    average: float
    idf: Mapping[str, float]


@cache
def _index() -> _Index:
    docs = {code: _document(g) for code, g in unit_groups().items()}
    df: Counter[str] = Counter()
    for doc in docs.values():
        df.update(set(doc))
    n = len(docs)
    return _Index(
        tf={c: Counter(d) for c, d in docs.items()},
        lengths={c: len(d) for c, d in docs.items()},
        average=sum(len(d) for d in docs.values()) / n,
        idf={t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()},
    )


def idf(term: str) -> float:
    """How much a word tells occupations apart (BM25 idf; unseen words count as rare)."""
    index = _index()
    return index.idf.get(term, math.log(1 + len(index.lengths)))


def bm25(query: Counter[str], tf: Counter[str], length: int) -> float:
    """The BM25 score of a document (its word counts `tf`, `length` words) for the query."""
    index = _index()
    norm = K1 * (1 - B + B * length / index.average)
    return sum(
        qf * idf(t) * tf[t] * (K1 + 1) / (tf[t] + norm) for t, qf in query.items() if t in tf
    )


def rank(duties: Sequence[str]) -> list[Ranked]:
    """Every unit group scored against the duties (BM25), best first; ties by code."""
    index = _index()
    query = Counter(terms(" ".join(duties)))
    scores = [
        Ranked(code, round(bm25(query, tf, index.lengths[code]), 4))
        for code, tf in index.tf.items()
    ]
    return sorted(scores, key=lambda r: (-r.score, r.code))


def rivals(claimed: str, ranking: Sequence[Ranked], best_codes: int) -> tuple[str, ...]:
    """The codes the claimed one competes with, from the structure of NOC 2021 (1st digit the
    broad occupational category, 2nd the TEER, the first four the minor group): its minor
    group, the same field at the other TEER levels (same broad category and 3rd digit: a cook
    for a chef, a technologist for an engineer), and the best-ranked codes of its broad
    category. A wrong claim is usually one of these; a best-ranked code of another category
    shares words by accident."""
    out = [r.code for r in ranking[:best_codes] if r.code[0] == claimed[0]]
    out += [c for c in unit_groups() if c[:4] == claimed[:4]]
    out += [c for c in unit_groups() if c[0] == claimed[0] and c[2] == claimed[2]]
    out.append(claimed)
    return tuple(dict.fromkeys(out))


def contest(duties: Sequence[str], codes: Sequence[str]) -> dict[str, float]:
    """BM25 of the duties against each of `codes` with word weights from those codes alone: a
    word every rival uses (a cook's and a chef's "kitchen") weighs nothing, a word only one
    uses ("menus") weighs most. Telling near neighbours apart is what the ranking over all 516
    unit groups does badly."""
    index = _index()
    query = Counter(terms(" ".join(duties)))
    df: Counter[str] = Counter()
    for code in codes:
        df.update(index.tf[code].keys())
    n = len(codes)
    average = sum(index.lengths[c] for c in codes) / n
    weight = {t: math.log((n + 0.5) / (df[t] + 0.5)) for t in query if df[t]}
    out = {}
    for code in codes:
        tf, norm = index.tf[code], K1 * (1 - B + B * index.lengths[code] / average)
        out[code] = round(
            sum(
                qf * weight[t] * tf[t] * (K1 + 1) / (tf[t] + norm)
                for t, qf in query.items()
                if t in tf and weight.get(t, 0.0) > 0
            ),
            4,
        )
    return out


def coverage(group: UnitGroup, duties: Sequence[str], threshold: float) -> list[DutyCover]:
    """Each main duty of the unit group with the letter duty sharing most of its weighted
    words, when that share reaches `threshold`."""
    letter = [(d, set(terms(d))) for d in duties]
    out = []
    for noc_duty in main_duties(group):
        wanted = set(terms(noc_duty))
        total = sum(idf(t) for t in wanted)
        best, best_share = None, 0.0
        for text, have in letter:
            share = sum(idf(t) for t in wanted & have) / total if total else 0.0
            if share > best_share:
                best, best_share = text, share
        out.append(
            DutyCover(noc_duty, best if best_share >= threshold else None, round(best_share, 3))
        )
    return out


@cache
def _sentences() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(code, sentence, its words) for every lead-statement sentence and main duty."""
    out = []
    for code, group in unit_groups().items():
        for sentence in [*_SENTENCE.split(group.lead_statement), *main_duties(group)]:
            out.append((code, sentence, tuple(words(sentence))))
    return tuple(out)


@cache
def _grams(n: int) -> Mapping[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """Every n-word run of the NOC text: (sentence number, position) where it occurs."""
    found: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for s, (_, _, ws) in enumerate(_sentences()):
        for i in range(len(ws) - n + 1):
            found.setdefault(ws[i : i + n], []).append((s, i))
    return {k: tuple(v) for k, v in found.items()}


def copied_passages(
    duties: Sequence[str], min_words: int, min_whole_duty_words: int, codes: Sequence[str] = ()
) -> list[Passage]:
    """Runs of words a letter duty shares with one NOC sentence: at least `min_words` long, or
    the whole NOC sentence when it has at least `min_whole_duty_words` words. `codes` first:
    a run found in one of them is credited to it."""
    seed = min(min_words, min_whole_duty_words)
    grams = _grams(seed)
    sentences = _sentences()
    preferred = set(codes)
    out: list[Passage] = []
    for duty in duties:
        ws, spans = words(duty), word_spans(duty)
        i = 0
        while i <= len(ws) - seed:
            best: tuple[int, bool, int] | None = None  # (length, in `codes`, -sentence)
            for s, j in grams.get(tuple(ws[i : i + seed]), ()):
                source = sentences[s][2]
                length = seed
                while (
                    i + length < len(ws)
                    and j + length < len(source)
                    and ws[i + length] == source[j + length]
                ):
                    length += 1
                whole = j == 0 and length == len(source)
                if length < min_words and not whole:
                    continue
                key = (length, sentences[s][0] in preferred, -s)
                if best is None or key > best:
                    best = key
            if best is None:
                i += 1
                continue
            length, _, s = best
            code, sentence, _ = sentences[-s]
            run = " ".join(ws[i : i + length])
            if spans:  # the letter's own characters, punctuation and case kept
                run = duty[spans[i][0] : spans[i + length - 1][1]]
            out.append(Passage(run, code, sentence, length))
            i += length
    return out
