"""LETTER-NOC-001/002 on the blind letters of benchmarks/noc_blind (written without the matcher).

Each letter's duties go through the rules' own comparison (`auditor.rules.noc.compare` and
`mismatch`, with the parameters of checklists/rules.yaml); French letters through the rule's
French path (duties unknown) and the title lookup. The job title goes in too: it helps name
the codes that fit best (the first figure), never the decision. Prints the four figures of
issue 15 and their targets; never fails on a missed target.

    .venv/bin/python benchmarks/noc_match.py [--list] [--round N]
    --list: every letter flagged wrongly; --round 2: measure round 2 (round2/letters.yaml)
    instead of round 1 (letters.yaml)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.case.noc2021 import codes_for_title  # noqa: E402
from auditor.rules.checklist import load_checklists  # noqa: E402
from auditor.rules.noc import Comparison, compare, mismatch  # noqa: E402

LETTERS = Path(__file__).resolve().parent / "noc_blind" / "letters.yaml"


def main(argv: list[str]) -> None:
    lists = load_checklists()
    p1 = lists.rules["LETTER-NOC-001"].parameters
    p2 = lists.rules["LETTER-NOC-002"].parameters
    path = LETTERS
    if "--round" in argv and argv[argv.index("--round") + 1] != "1":
        path = LETTERS.parent / f"round{argv[argv.index('--round') + 1]}" / LETTERS.name
    letters = yaml.safe_load(path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    rows: list[tuple[dict[str, object], Comparison]] = []
    french = []
    for letter in letters:
        if letter["language"] == "fr":
            french.append(letter)
            continue
        found = compare(
            letter["claimed_noc"],
            tuple(letter["duties"]),
            3,  # top 3 for the first figure, whatever the finding names
            float(p1["duty_cover_share"]),
            int(p2["min_copied_words"]),
            int(p2["min_whole_duty_words"]),
            letter["job_title"],
        )
        rows.append((letter, found))
    seconds = time.perf_counter() - started

    def flagged(found: Comparison) -> bool:
        return mismatch(
            found,
            int(p1["top_k"]),
            float(p1["min_score_ratio"]),
            float(p1["min_contest_ratio"]),
        )

    own = [(x, f) for x, f in rows if x["type"] == "own_words"]
    wrong = [(x, f) for x, f in rows if x["type"] == "wrong_code"]
    verbatim = [(x, f) for x, f in rows if x["type"] == "verbatim"]
    right = own + verbatim  # letters whose claimed code is the right one
    figures = [
        (
            "own-words letters: right code in the top 3 (duties and job title)",
            sum(x["true_noc"] in [c for c, _ in f.fits] for x, f in own),
            len(own),
            ">= 90%",
        ),
        (
            "own-words letters: right code in the top 3 (duties alone)",
            sum(x["true_noc"] in [c for c, _ in f.best] for x, f in own),
            len(own),
            "(none)",
        ),
        (
            "wrong-code letters: LETTER-NOC-001 failed",
            sum(flagged(f) for _, f in wrong),
            len(wrong),
            ">= 90%",
        ),
        (
            "right-code letters (own words): LETTER-NOC-001 failed",
            sum(flagged(f) for _, f in own),
            len(own),
            "<= 5%",
        ),
        (
            "right-code letters (own words + verbatim): LETTER-NOC-001 failed",
            sum(flagged(f) for _, f in right),
            len(right),
            "<= 5%",
        ),
        (
            "verbatim letters: LETTER-NOC-002 failed",
            sum(bool(f.copied) for _, f in verbatim),
            len(verbatim),
            "100%",
        ),
        (
            "own-words and wrong-code letters: LETTER-NOC-002 failed (false copies)",
            sum(bool(f.copied) for _, f in own + wrong),
            len(own + wrong),
            "(0%)",
        ),
        (
            "wrong-code letters: true code named among the 3 best",
            sum(x["true_noc"] in [c for c, _ in f.fits] for x, f in wrong),
            len(wrong),
            "(none)",
        ),
        (
            "French letters: duties unknown (no French duty text)",
            len(french),
            len(french),
            "(all)",
        ),
        (
            "French letters: job title is an example title of the claimed code",
            sum(x["claimed_noc"] in codes_for_title(x["job_title"]) for x in french),
            len(french),
            "(none)",
        ),
    ]
    print(f"blind set: {path.relative_to(LETTERS.parent.parent.parent)} ({len(letters)} letters)")
    print(
        f"parameters: top_k={p1['top_k']}, min_score_ratio={p1['min_score_ratio']}, "
        f"min_contest_ratio={p1['min_contest_ratio']}, min_copied_words={p2['min_copied_words']}, "
        f"min_whole_duty_words={p2['min_whole_duty_words']}"
    )
    print(f"{'figure':<72} {'count':>9} {'share':>7}  target")
    for name, hits, total, target in figures:
        share = hits / total if total else 0.0
        print(f"{name:<72} {hits:>4}/{total:<4} {share:>7.1%}  {target}")
    print(f"{len(rows)} English letters compared in {seconds:.2f} s")
    if "--list" in argv:
        for x, f in own + wrong:
            wrong_call = flagged(f) != (x["type"] == "wrong_code")
            if wrong_call:
                best = ", ".join(c for c, _ in f.fits)
                print(
                    f"  {x['id']}: claimed rank {f.claimed_rank + 1}, "
                    f"ratio {f.claimed_ratio:.2f}, best {best}, "
                    f"contest {f.rival} {f.contest_ratio:.2f}"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
