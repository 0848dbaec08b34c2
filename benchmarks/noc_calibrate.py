"""Calibrates LETTER-NOC-001 on the NOC 2021 data itself, never on the blind letters.

Half of each unit group's main duties (the 1st, 3rd, ...) play a letter; that group is indexed
from its title, lead statement, example-title words and the other half of its duties (the
letter's words are not in it, as an own-words letter's are not), every other group from its
full text. "Right code" = the letter claims its own group; "wrong code" = it claims a neighbour
(same minor group, or the same field at another TEER level: same 1st, 3rd, 4th and 5th digits).

Prints, for each (top_k, min_score_ratio), the share of letters the ranking flags (choose the
pair that keeps right-code flags at or below 5%), then, for each min_contest_ratio, the share
flagged by the ranking or the contest. Held-out NOC lines share less wording with the other
half of their own group than an employer's letter does with the whole text, so right codes are
flagged more often here than on letters: the contest's threshold is read from the blind rounds
(benchmarks/README.md); this table compares mechanisms on ~2,600 claims.

    .venv/bin/python benchmarks/noc_calibrate.py [--ranking-only]
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.case import noc_match  # noqa: E402
from auditor.case.duty_words import terms  # noqa: E402
from auditor.case.noc2021 import unit_groups  # noqa: E402
from auditor.case.noc_match import contest, main_duties, rank, rivals, title_words  # noqa: E402

TOP_K = (1, 2, 3, 5)
RATIOS = (0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8)
CONTEST_RATIOS = (0.5, 0.55, 0.6, 0.62, 0.65, 0.7, 0.75)


@dataclass(frozen=True)
class Claim:
    code: str  # the group whose duties the letter holds
    claimed: str
    rank: int  # the claimed code's place in the ranking (0 = best)
    score_ratio: float  # its score / the best score
    contest_ratio: float  # its contest likelihood per word / the winner's


@contextmanager
def held_out(code: str) -> Iterator[list[str]]:
    """The group's odd main duties as a letter, while the matcher's indexes hold the group's
    text with its even ones only (the indexes swapped in the module for the duration)."""
    group = unit_groups()[code]
    duties = main_duties(group)
    text = terms(" ".join([group.title_en, group.lead_statement, *duties[1::2]]))
    full = text + title_words(group)
    saved = {"_index": noc_match._index, "_duty_index": noc_match._duty_index}
    for name, words in (("_index", full), ("_duty_index", text)):
        index = saved[name]()
        swapped = replace(
            index,
            tf={**index.tf, code: Counter(words)},
            lengths={**index.lengths, code: len(words)},
        )
        setattr(noc_match, name, lambda swapped=swapped: swapped)
    try:
        yield list(duties[0::2])
    finally:
        for name, function in saved.items():
            setattr(noc_match, name, function)


def claims(with_contest: bool) -> Iterator[Claim]:
    groups = unit_groups()
    for code in groups:
        if len(main_duties(groups[code])) < 4:
            continue
        neighbours = [
            n
            for n in groups
            if n != code and (n[:4] == code[:4] or (n[0], n[2:]) == (code[0], code[2:]))
        ]
        with held_out(code) as letter:
            ranking = rank(letter)
            place = {r.code: i for i, r in enumerate(ranking)}
            top = ranking[0].score
            for claimed in [code, *neighbours]:
                ratio = 1.0
                if with_contest:
                    scores = contest(letter, rivals(claimed, ranking, 3))
                    ratio = min(1.0, math.exp(scores[claimed] - max(scores.values())))
                score = ranking[place[claimed]].score
                yield Claim(code, claimed, place[claimed], score / top if top else 0.0, ratio)


def far(c: Claim, top_k: int, ratio: float) -> bool:
    return c.rank >= top_k and c.score_ratio < ratio


def main(argv: list[str]) -> None:
    found = list(claims(with_contest="--ranking-only" not in argv))
    right = [c for c in found if c.claimed == c.code]
    wrong = [c for c in found if c.claimed != c.code]
    top3 = sum(c.rank < 3 for c in right) / len(right)
    print(f"{len(right)} unit groups as letters; own code in the top 3: {top3:.1%}")
    print(f"{len(wrong)} wrong-code claims (a neighbour: same minor group or same field)")
    print("top_k  ratio  right-code flagged  wrong-code flagged")
    for k in TOP_K:
        for r in RATIOS:
            fp = sum(far(c, k, r) for c in right) / len(right)
            tp = sum(far(c, k, r) for c in wrong) / len(wrong)
            print(f"{k:>5}  {r:>5}  {fp:>18.1%}  {tp:>18.1%}")
    if "--ranking-only" in argv:
        return
    print("with top_k 3, min_score_ratio 0.45:")
    print("min_contest_ratio  right-code flagged  wrong-code flagged")
    for m in CONTEST_RATIOS:
        fp = sum(far(c, 3, 0.45) or c.contest_ratio < m for c in right) / len(right)
        tp = sum(far(c, 3, 0.45) or c.contest_ratio < m for c in wrong) / len(wrong)
        print(f"{m:>17}  {fp:>18.1%}  {tp:>18.1%}")


if __name__ == "__main__":
    main(sys.argv[1:])
