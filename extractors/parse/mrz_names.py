"""The name field of a machine-readable zone: filler read as letters, settled by the printed page.

OCR reads the filler `<` of the OCR-B font as `K`, `C`, `E`, `S`, `L` or `X` ("ANNAK<<KKKKEKK").
The name field has no check digit, so a letter next to a filler may be a misread filler or a
real letter ("MAUS<<KETTY"). Only when the field shows the confusion (letters in the filler
tail) are such letters doubted; a doubt is settled by the printed page when it prints the name
token, and otherwise the name is marked doubtful (its confidence is lowered by the caller).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extractors.parse.names import strip_accents

FILLER_LOOKALIKES = frozenset("KCESLX")
_RUNS = re.compile(r"[A-Z]+|<+")


@dataclass(frozen=True)
class MrzName:
    """A name read from a zone: surname and given names, and how far the reading is proven."""

    surname_tokens: tuple[str, ...]
    given_tokens: tuple[str, ...]
    noisy: bool  # the field shows filler read as letters
    confirmed: bool  # every token that may hold a misread filler is printed on the page too

    @property
    def surname(self) -> str:
        return " ".join(self.surname_tokens)

    @property
    def given_names(self) -> str:
        return " ".join(self.given_tokens)

    @property
    def doubtful(self) -> bool:
        """Filler was misread, and the printed page does not confirm the name or the field
        shows no separator between surname and given names (a `<<` lost to the noise)."""
        return self.noisy and (not self.confirmed or not self.given_tokens)


def printed_tokens(words: Iterable[str]) -> frozenset[str]:
    """Upper-case, accent-free letter runs of printed words ("Rozália" -> ROZALIA, "MEI-HUA" ->
    MEI, HUA, MEIHUA): what an MRZ name token may be compared with."""
    out: set[str] = set()
    for w in words:
        folded = strip_accents(w).upper()
        parts = re.findall(r"[A-Z]+", folded)
        out.update(parts)
        if len(parts) > 1:
            out.add("".join(re.findall(r"[A-Z]+", folded.replace("'", "").replace("’", ""))))
    return frozenset(p for p in out if len(p) >= 2)


def _pure_lookalikes(run: str) -> bool:
    return all(c in FILLER_LOOKALIKES for c in run)


def _repair_run(run: str, printed: frozenset[str]) -> str | None:
    """A letter run with its misread fillers turned back into `<`: the run cut into tokens the
    printed page confirms, at the fewest look-alike letters; None when no such cut exists."""
    if run in printed:
        return run
    n = len(run)
    # best[i]: (cuts, text) for run[:i] split into printed tokens and look-alikes made filler
    best: list[tuple[int, str] | None] = [None] * (n + 1)
    best[0] = (0, "")
    for i in range(n):
        cur = best[i]
        if cur is None:
            continue
        steps: list[tuple[int, int, str]] = []
        if run[i] in FILLER_LOOKALIKES:
            steps.append((i + 1, 1, "<"))
        for j in range(i + 2, n + 1):
            if run[i:j] in printed:
                steps.append((j, 0, run[i:j]))
        for j, cost, text in steps:
            trial = (cur[0] + cost, cur[1] + text)
            old = best[j]
            if old is None or trial[0] < old[0]:
                best[j] = trial
    end = best[n]
    if end is None or end[1].strip("<") == "":
        return None
    return end[1]


def _lookalike_tail(run: str) -> int:
    """How many letters at the end of a run are filler look-alikes."""
    k = 0
    while k < len(run) and run[-1 - k] in FILLER_LOOKALIKES:
        k += 1
    return k


def split_name(field: str, printed_words: Sequence[str] = (), misread: bool = False) -> MrzName:
    """Surname and given names of an MRZ name field (`SURNAME<<GIVEN<NAMES<<<<`); `misread`
    when the field as read held characters a name cannot (digits, made letters since)."""
    printed = printed_tokens(printed_words)
    runs = _RUNS.findall(field)
    letters = [i for i, r in enumerate(runs) if r[0] != "<"]
    real = [i for i in letters if not _pure_lookalikes(runs[i])]
    last_real = real[-1] if real else -1
    # A clean field ends in filler only: letters after a run of 3+ fillers, or look-alikes
    # running to the field's end, show filler read as letters.
    first_gap = next((i for i, r in enumerate(runs) if r.startswith("<<<")), len(runs))
    lone = first_gap >= 2 and len(runs[first_gap - 1]) == 1 and runs[first_gap - 2][0] == "<"
    noisy = (
        any(i > first_gap for i in letters)
        or (len(field) >= 3 and all(c in FILLER_LOOKALIKES for c in field[-3:]))
        or (lone and runs[first_gap - 1] in FILLER_LOOKALIKES)  # "ANNA<K<<<<"
    )
    if noisy:
        for i in letters:
            run = runs[i]
            if _pure_lookalikes(run) and run not in printed:
                runs[i] = "<" * len(run)
                continue
            repaired = _repair_run(run, printed)
            if repaired is not None:
                runs[i] = repaired
            elif i == last_real and i == len(runs) - 1 and _lookalike_tail(run) >= 3:
                k = _lookalike_tail(run)  # look-alikes running to the field's end: filler
                runs[i] = run[:-k] + "<" * k
    else:  # a clean field: only the printed page can show a filler misread at a token's edge
        for i in letters:
            run = runs[i]
            if run[-1] in FILLER_LOOKALIKES or run[0] in FILLER_LOOKALIKES:
                repaired = _repair_run(run, printed)
                if repaired is not None and repaired != run:
                    runs[i] = repaired
    text = "".join(runs)
    cut = text.find("<<<")
    if cut >= 0:
        text = text[:cut]
    primary, _, secondary = text.strip("<").partition("<<")
    sur = tuple(t for t in primary.split("<") if t)
    given = tuple(t for t in secondary.split("<") if t)
    tokens = sur + given
    # A token may hold a misread filler where it meets one: at a look-alike last letter, or
    # first letter but for the surname's (the field opens with it, not with a filler).
    # A field that held digits was misread inside its letters ("N O0R<" read for "NOOR"):
    # any token may hold a wrong letter, and is sure only when the page prints it.
    unsure = [
        t
        for i, t in enumerate(tokens)
        if misread or t[-1] in FILLER_LOOKALIKES or (i and t[0] in FILLER_LOOKALIKES)
    ]
    confirmed = bool(tokens) and all(t in printed for t in unsure)
    return MrzName(sur, given, noisy or misread, confirmed)


def display_name(name: MrzName, printed_words: Sequence[str]) -> str:
    """Given names then surname, spelt as the printed page spells them when it prints every
    token letter for letter up to accents (accents, hyphens, case), else as the MRZ does."""
    tokens = list(name.given_tokens + name.surname_tokens)
    if not tokens:
        return ""
    forms: dict[str, str] = {}
    for w in printed_words:
        word = w.strip(" ,.;:/()")
        if not word:
            continue
        folded = strip_accents(word).upper()
        parts = re.findall(r"[A-Z]+", folded)
        if not parts or len(word) > 60:
            continue
        key = "<".join(parts)
        if re.fullmatch(r"[^\W\d_]+(?:[-'’ ][^\W\d_]+)*", word):
            forms.setdefault(key, word)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for k in (3, 2, 1):  # a hyphenated printed name covers several MRZ tokens
            key = "<".join(tokens[i : i + k])
            if len(tokens[i : i + k]) == k and key in forms:
                out.append(forms[key])
                i += k
                break
        else:
            return " ".join(name.given_tokens + name.surname_tokens)
    return " ".join(out)
