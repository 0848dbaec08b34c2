"""Calibrates LETTER-NOC-001 on the NOC 2021 data itself, never on the blind letters.

Half of each unit group's main duties (the 1st, 3rd, ...) play a letter; that group is scored
from its title, lead statement and the other half of its duties (the letter's words are not in
it, as an own-words letter's are not), every other group from its full text. "Right code" = the
letter claims its own group; "wrong code" = it claims a neighbour (same minor group, 4 digits).
For each (top_k, min_score_ratio) the share of letters flagged is printed: choose the pair that
keeps right-code flags at or below 5%.

    .venv/bin/python benchmarks/noc_calibrate.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.case.duty_words import terms  # noqa: E402
from auditor.case.noc2021 import unit_groups  # noqa: E402
from auditor.case.noc_match import _index, bm25, main_duties  # noqa: E402

TOP_K = (1, 2, 3, 5)
RATIOS = (0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


def held_out_ranking(code: str) -> list[tuple[str, float]]:
    group = unit_groups()[code]
    duties = main_duties(group)
    query = Counter(terms(" ".join(duties[0::2])))
    index = _index()
    scores = {c: bm25(query, tf, index.lengths[c]) for c, tf in index.tf.items() if c != code}
    own = terms(" ".join([group.title_en, group.lead_statement, *duties[1::2]]))
    scores[code] = bm25(query, Counter(own), len(own))
    return sorted(scores.items(), key=lambda s: (-s[1], s[0]))


def flagged(ranking: list[tuple[str, float]], claimed: str, top_k: int, ratio: float) -> bool:
    codes = [c for c, _ in ranking]
    position = codes.index(claimed)
    best = ranking[0][1]
    return position >= top_k and (ranking[position][1] / best if best else 0.0) < ratio


def main() -> None:
    groups = unit_groups()
    right: list[tuple[list[tuple[str, float]], str]] = []
    wrong: list[tuple[list[tuple[str, float]], str]] = []
    top3 = 0
    for code in groups:
        if len(main_duties(groups[code])) < 4:
            continue
        ranking = held_out_ranking(code)
        right.append((ranking, code))
        top3 += code in [c for c, _ in ranking[:3]]
        wrong += [(ranking, n) for n in groups if n != code and n[:4] == code[:4]]
    print(f"{len(right)} unit groups as letters; own code in the top 3: {top3 / len(right):.1%}")
    print(f"{len(wrong)} wrong-code claims (a neighbour in the same minor group)")
    print("top_k  ratio  right-code flagged  wrong-code flagged")
    for k in TOP_K:
        for r in RATIOS:
            fp = sum(flagged(x, c, k, r) for x, c in right) / len(right)
            tp = sum(flagged(x, c, k, r) for x, c in wrong) / len(wrong)
            print(f"{k:>5}  {r:>5}  {fp:>18.1%}  {tp:>18.1%}")


if __name__ == "__main__":
    main()
