"""Sanity checks for letters.yaml (schema, counts, copy overlap). Not a matcher.

Usage: python check_letters.py [path/to/noc2021.json]
"""

import collections
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_NOC = Path(__file__).resolve().parents[3] / "shared" / "data" / "noc2021" / "noc2021.json"
NOC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_NOC
noc = {x["code"]: x for x in json.load(open(NOC))}
letters = yaml.safe_load(open(HERE / "letters.yaml"))


def words(s):
    return re.findall(r"[a-z0-9']+", s.lower())


def ngrams(ws, n):
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def noc_text(code):
    x = noc[code]
    return [x["lead_statement_en"]] + x["main_duties_en"]


N = 6  # a shared run of 6+ words = more than ~5 consecutive words copied
all_grams = collections.defaultdict(set)
for c in noc:
    for s in noc_text(c):
        for g in ngrams(words(s), N):
            all_grams[g].add(c)

errors, warn = [], []
ids = set()
for e in letters:
    i = e["id"]
    if i in ids:
        errors.append(f"duplicate id {i}")
    ids.add(i)
    for k in ("type", "claimed_noc", "true_noc", "job_title", "language", "duties"):
        if k not in e:
            errors.append(f"{i}: missing {k}")
    t, cl, tr = e["type"], e["claimed_noc"], e["true_noc"]
    if cl not in noc or tr not in noc:
        errors.append(f"{i}: unknown code")
        continue
    if not 4 <= len(e["duties"]) <= 8:
        errors.append(f"{i}: {len(e['duties'])} duties")
    if t in ("own_words", "verbatim") and cl != tr:
        errors.append(f"{i}: claimed != true")
    if t == "wrong_code":
        if cl == tr:
            errors.append(f"{i}: wrong_code with same code")
        h1, h2 = noc[cl]["hierarchy"], noc[tr]["hierarchy"]
        if cl[0] != tr[0] and h1.get("minor_group") != h2.get("minor_group"):
            errors.append(f"{i}: not neighbouring")
    if t == "verbatim":
        src = set(noc_text(cl))
        for s in e.get("copied_from", []):
            if s not in src and s not in noc[cl]["lead_statement_en"]:
                errors.append(f"{i}: copied_from sentence not in NOC {cl}: {s[:60]}")
    if t in ("own_words", "wrong_code") and e["language"] == "en":
        for d in e["duties"]:
            hits = {g: all_grams[g] for g in ngrams(words(d), N) if g in all_grams}
            if hits:
                phrase = " ".join(next(iter(hits)))
                codes = sorted(set().union(*hits.values()))[:5]
                warn.append(f"{i}: {phrase!r} also in NOC {codes}")

c = collections.Counter(e["type"] for e in letters)
print("entries", len(letters), dict(c))
print("french", sum(e["language"] == "fr" for e in letters))
print(
    "distinct claimed codes (own_words)",
    len({e["claimed_noc"] for e in letters if e["type"] == "own_words"}),
)
print(
    "distinct codes overall",
    len({e["claimed_noc"] for e in letters} | {e["true_noc"] for e in letters}),
)
for label, key in (("TEER", lambda code: code[1]), ("broad category", lambda code: code[0])):
    tab = collections.defaultdict(collections.Counter)
    for e in letters:
        tab[key(e["true_noc"])][e["type"]] += 1
    print(f"by {label} of true_noc:")
    for k in sorted(tab):
        print(
            f"  {k}: "
            + ", ".join(f"{t}={tab[k][t]}" for t in ("own_words", "wrong_code", "verbatim"))
        )
for w in warn:
    print("OVERLAP", w)
for er in errors:
    print("ERROR", er)
sys.exit(1 if errors else 0)
