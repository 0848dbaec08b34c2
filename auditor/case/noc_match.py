"""Letter duties against NOC 2021: BM25 ranking of unit groups, a contest between neighbours, the
job title against the example titles, duty coverage, copied passages.

Deterministic and local: the NOC text is indexed once (stemmed content words, stop words
removed); a letter's duties are one query. Everything a result says can be shown to a person:
the ranking's scores, the contest's word-by-word likelihoods, which main duty each letter duty
covers, and the copied word runs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from auditor.case.duty_words import stem, terms, word_spans, words
from auditor.case.noc2021 import GRADES, UnitGroup, unit_groups

K1 = 1.2  # BM25 term-frequency saturation (the usual value)
B = 0.75  # BM25 length normalisation (the usual value)
# The contest's smoothing (Dirichlet prior, in words): a code's text is too short to have used
# every word of its occupation, so each code's word frequencies are mixed with those of all the
# codes in the contest, as if it had this many more words of theirs.
SMOOTHING = 50.0
# How much the job title counts in naming the codes that fit best: a title that is one of a
# code's example titles adds this share of the best duties score (the decision whether the
# claimed code fits never reads the title: an inflated letter's title is the claimed one's).
TITLE_WEIGHT = 0.5
# The TEER level's words smoothed with all of NOC's, as if the level had this many more words.
LEVEL_SMOOTHING = 1000.0
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


def duty_text(group: UnitGroup) -> list[str]:
    """The words of a unit group's title, lead statement and main duties."""
    return terms(" ".join([group.title_en, group.lead_statement, *group.main_duties]))


def title_words(group: UnitGroup) -> list[str]:
    """Every distinct word of a unit group's example titles, once ('line cook', 'grill cook'
    and 'pastry cook' give 'line', 'grill', 'pastry', 'cook'): the names of its specialities,
    which the lead statement and main duties often leave out."""
    return sorted(set(terms(" ".join(group.example_titles_en))))


def _document(group: UnitGroup) -> list[str]:
    return duty_text(group) + title_words(group)


@dataclass(frozen=True)
class _Index:
    tf: Mapping[str, Counter[str]]
    lengths: Mapping[str, int]
    average: float
    idf: Mapping[str, float]


@cache
def _index() -> _Index:
    """The ranking's index: each unit group's duty text and example-title words."""
    return _build({code: _document(g) for code, g in unit_groups().items()})


@cache
def _duty_index() -> _Index:
    """The contest's index: each unit group's duty text alone (the example titles name
    specialities of one level, not what tells the levels of a field apart)."""
    return _build({code: duty_text(g) for code, g in unit_groups().items()})


def _build(docs: Mapping[str, list[str]]) -> _Index:
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
    """How well each of `codes` explains the duties, against the others: over the duties' words
    that some of the codes use but not all (a word every rival uses, a cook's and a chef's
    "kitchen", tells nothing), the mean log of how likely the code's text makes each word,
    relative to all NOC text. A code's text is a few hundred words, too few to have used every
    word of its occupation, so it is smoothed twice and the two means averaged: with the words
    of all the codes in the contest (`SMOOTHING`: what the field says), and with the words of
    every NOC 2021 unit group of its TEER level (`LEVEL_SMOOTHING`: how NOC describes work at
    that level, supervising and planning at 2, preparing and cleaning at 5). exp(a - b) is how
    many times as likely, per telling word, code a makes the duties as code b. Telling near
    neighbours apart is what the ranking over all 516 unit groups does badly."""
    index, (levels, everything) = _duty_index(), _levels()
    query = Counter(terms(" ".join(duties)))
    pool: Counter[str] = Counter()
    used: Counter[str] = Counter()
    for code in codes:
        pool.update(index.tf[code])
        used.update(index.tf[code].keys())
    asked = {t: f for t, f in query.items() if 0 < used[t] < len(codes)}
    words = sum(asked.values())
    if not words:
        return dict.fromkeys(codes, 0.0)
    field, total = sum(pool.values()), sum(everything.values())
    out = {}
    for code in codes:
        tf, length = index.tf[code], index.lengths[code]
        level = levels[unit_groups()[code].teer]
        level_size = sum(level.values())
        logs = 0.0
        for t, f in asked.items():
            prior = everything[t] / total
            in_level = (level[t] + LEVEL_SMOOTHING * prior) / (level_size + LEVEL_SMOOTHING)
            in_field = (tf[t] + SMOOTHING * pool[t] / field) / (length + SMOOTHING)
            by_level = (tf[t] + SMOOTHING * in_level) / (length + SMOOTHING)
            logs += f * ((math.log(in_field) + math.log(by_level)) / 2 - math.log(prior))
        out[code] = round(logs / words, 4)
    return out


@cache
def _levels() -> tuple[Mapping[int, Counter[str]], Counter[str]]:
    """The words of every unit group's duty text pooled by TEER level, and all of them."""
    index = _duty_index()
    levels: dict[int, Counter[str]] = {}
    everything: Counter[str] = Counter()
    for code, tf in index.tf.items():
        levels.setdefault(unit_groups()[code].teer, Counter()).update(tf)
        everything.update(tf)
    return MappingProxyType(levels), everything


_QUALIFIED = re.compile(r"\([^)]*\)")


def _title_terms(title: str) -> frozenset[str]:
    """A title's words as compared: abbreviations spelled out, bracketed notes and grade words
    ('senior', 'II') left out."""
    return frozenset(terms(_QUALIFIED.sub(" ", title))) - _GRADES


_GRADES = frozenset(stem(w) for w in GRADES)


@cache
def _titles() -> tuple[Mapping[str, tuple[tuple[str, frozenset[str]], ...]], Mapping[str, float]]:
    """Every English title and example title as words, by the words it has; and each word's
    weight (idf over the unit groups' titles: 'cook' tells more than 'assistant')."""
    by_word: dict[str, list[tuple[str, frozenset[str]]]] = {}
    df: Counter[str] = Counter()
    for code, group in unit_groups().items():
        seen: set[str] = set()
        for title in {group.title_en, *group.example_titles_en}:
            have = _title_terms(title)
            seen |= have
            for word in have:
                by_word.setdefault(word, []).append((code, have))
        df.update(seen)
    n = len(unit_groups())
    weight = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
    return {k: tuple(v) for k, v in by_word.items()}, weight


def title_fit(title: str | None) -> dict[str, float]:
    """How close the job title is to each unit group's titles (0..1, 1 when it is one of them):
    the best weighted share of words in common (shared words over all words of the two titles;
    a word no NOC title has weighs most) among the group's title and example titles. Only
    groups with a word in common appear."""
    if not title or not title.strip():
        return {}
    by_word, weight = _titles()
    unseen = math.log(1 + len(unit_groups()))
    have = _title_terms(title)
    out: dict[str, float] = {}
    for word in have:
        for code, other in by_word.get(word, ()):
            union = sum(weight.get(t, unseen) for t in have | other)
            share = sum(weight[t] for t in have & other) / union
            out[code] = max(out.get(code, 0.0), round(share, 4))
    return out


def best_fits(ranking: Sequence[Ranked], title: str | None, count: int) -> list[Ranked]:
    """The `count` codes that fit the position best: the duties' ranking, each score as a share
    of the best, plus `TITLE_WEIGHT` times how close the job title is to the code's example
    titles. Without a title, the ranking's first codes."""
    fit = title_fit(title)
    top = ranking[0].score if ranking else 0.0
    if not fit or not top:
        return list(ranking[:count])
    scored = [
        Ranked(r.code, round(r.score / top + TITLE_WEIGHT * fit.get(r.code, 0.0), 4))
        for r in ranking
    ]
    return sorted(scored, key=lambda r: (-r.score, r.code))[:count]


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
