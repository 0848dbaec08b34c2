"""Where a kind's labels are printed: fuzzy matches of label phrases over a page's rows."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from auditor.models import Word
from extractors.layout import Row, cells

OTHER = ""  # the field name of a label the kind does not read (a stop, never a value)
_SEPARATOR_WORD = re.compile(r"^[/:|\-–—=.,;()]+$")
_BOX_NUMBER = re.compile(r"^\d{1,3}$")
_PLURAL = re.compile(r"^\(?[sS]\)?[:.]?$|^\([sS]$")
_SPLIT = re.compile(r"[^0-9a-z#°]+")


def normalise(text: str) -> list[str]:
    """Lower-case tokens without accents or punctuation: "Name(s) / Prénom(s):" -> name s..."""
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()
    folded = folded.replace("(s)", "s").replace("°", "o")
    return [t for t in _SPLIT.split(folded) if t]


@dataclass(frozen=True)
class Phrase:
    """One label phrase of a lexicon, normalised, and the field it names."""

    field: str
    text: str
    tokens: tuple[str, ...]


def phrases(labels: dict[str, tuple[str, ...]]) -> list[Phrase]:
    """The label phrases of every field (OTHER for labels read by no field), longest first."""
    out: dict[tuple[str, tuple[str, ...]], Phrase] = {}
    for name, texts in labels.items():
        for text in texts:
            tokens = tuple(normalise(text))
            if tokens:
                out[(name, tokens)] = Phrase(name, " ".join(tokens), tokens)
    return sorted(out.values(), key=lambda p: -len(p.text))


@dataclass(frozen=True)
class LabelHit:
    """A label found on a row: the words it covers, how well it matched, where it sits."""

    field: str
    row: int  # index in the page's rows
    first: int  # index of its first and last word in the row
    last: int
    score: float  # 0..1, how closely the printed words match the phrase
    tokens: int
    starts_cell: bool  # the label opens a cell (a form's label) rather than sits in prose
    ends_cell: bool = True  # nothing but separators follows it in its cell, or it ends in ":"

    @property
    def is_form_label(self) -> bool:
        """Printed as a form's label (opening its cell, or closed by a colon), not in prose."""
        return self.starts_cell or self.ends_cell

    def words(self, row: Row) -> tuple[Word, ...]:
        return row[self.first : self.last + 1]


def _ocr_fold(text: str) -> str:
    """Text with the letter pairs OCR confuses made one ("rn" read for "m"), on both sides."""
    return text.replace("rn", "m")


def allowed_edits(n: int) -> int:
    """How many OCR slips a label of n characters may carry and still be that label: none
    below 6 ("nom", "DOB"), then about one in six ("Farnily name" is "Family name")."""
    return 0 if n < 6 else max(1, n // 6)


def similarity(a: str, b: str) -> float:
    """How alike two normalised phrases are: 1.0 equal, 0.0 more slips than `b` allows."""
    if a == b:
        return 1.0
    edits = allowed_edits(len(b))
    if not edits or abs(len(a) - len(b)) > edits:
        return 0.0
    d = Levenshtein.distance(a, b, score_cutoff=edits)
    return 0.0 if d > edits else 1.0 - d / max(len(a), len(b))


THRESHOLD = 0.8


def _tokens(row: Row) -> list[tuple[str, int]]:
    out = []
    for i, w in enumerate(row):
        for t in normalise(w.text):
            out.append((t, i))
    return out


_COMPOUND = re.compile(r"[^\W\d_]-[^\W\d_]")
_TRAILING_HYPHEN = re.compile(r"[^\W\d_]-$")


def _hyphen_joins(row: Row, toks: list[tuple[str, int]]) -> set[int]:
    """The tokens joined by a hyphen to the token before them in the same word
    ("EMPLOYER-SPECIFIC", "POST-GRADUATION"): a label never ends or starts inside such a
    compound, where the word means something else ("employer-specific" is no employer)."""
    out: set[int] = set()
    first: dict[int, int] = {}
    for k, (_t, i) in enumerate(toks):
        first.setdefault(i, k)
    for i, k0 in first.items():
        nxt = first.get(i + 1)
        if nxt is not None and _TRAILING_HYPHEN.search(row[i].text):
            out.add(nxt)  # "EMPLOYER-" "SPECIFIC": a compound OCR cut after its hyphen
        if not _COMPOUND.search(row[i].text):
            continue
        at = k0
        for part in row[i].text.split("-")[:-1]:
            at += len(normalise(part))
            if at > k0 and at < len(toks) and toks[at][1] == i:
                out.add(at)
    return out


def _column_gap(row: Row, toks: list[tuple[str, int]], t0: int, m: int) -> bool:
    """Whether the words of tokens t0..t0+m-1 are split by a gap as wide as a column's."""
    first, last = toks[t0][1], toks[t0 + m - 1][1]
    words = row[first : last + 1]
    h = max(max(w.bbox[3] - w.bbox[1] for w in words), 1e-6)
    return any(b.bbox[0] - a.bbox[2] > 2.5 * h for a, b in zip(words, words[1:], strict=False))


@dataclass(frozen=True)
class _Index:
    """A phrase table made ready for matching, once: the phrases folded, and for each length
    of a printed window the phrases that could match it within their allowed slips."""

    texts: tuple[str, ...]
    longest: int
    by_length: dict[int, tuple[tuple[int, ...], tuple[str, ...]]]


_indexes: dict[int, tuple[list[Phrase], _Index]] = {}


def _index(table: list[Phrase]) -> _Index:
    hit = _indexes.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    texts = tuple(_ocr_fold(p.text) for p in table)
    lengths: dict[int, list[int]] = {}
    for i, (p, t) in enumerate(zip(table, texts, strict=True)):
        e = allowed_edits(len(p.text))  # a window differs by at least its length difference
        for n in range(max(0, len(t) - e), len(t) + e + 1):
            lengths.setdefault(n, []).append(i)
    by_length = {n: (tuple(ix), tuple(texts[i] for i in ix)) for n, ix in lengths.items()}
    longest = max(len(p.tokens) for p in table) + 1 if table else 0
    out = _Index(texts, longest, by_length)
    if len(_indexes) >= 64:
        _indexes.pop(next(iter(_indexes)))
    _indexes[id(table)] = (table, out)
    return out


def find_labels(row: Row, r_i: int, table: list[Phrase]) -> list[LabelHit]:
    """The label phrases printed on one row, the longest and best first, never overlapping."""
    toks = _tokens(row)
    if not toks:
        return []
    found: list[tuple[int, float, int, int, Phrase]] = []  # (tokens, score, t0, t1, phrase)
    index = _index(table)
    longest = index.longest
    windows: dict[tuple[int, int], str] = {}
    for t0 in range(len(toks)):
        text = ""
        for m in range(1, min(longest, len(toks) - t0) + 1):
            text = f"{text} {toks[t0 + m - 1][0]}" if text else toks[t0][0]
            windows[(t0, m)] = text
    cell_of: dict[int, int] = {}
    for c_i, c in enumerate(cells(row)):
        for w in c:
            cell_of[id(w)] = c_i
    cell_at = [cell_of[id(row[i])] for _t, i in toks]
    joined = _hyphen_joins(row, toks)
    texts = index.texts
    best: dict[tuple[int, int], tuple[float, int]] = {}  # (phrase, t0) -> (score, tokens)
    for (t0, m), raw in windows.items():
        window = _ocr_fold(raw)
        reach = allowed_edits(len(window) + 4) + 1
        near, near_texts = index.by_length.get(len(window), ((), ()))
        for _text, d, k in process.extract(
            window, near_texts, scorer=Levenshtein.distance, score_cutoff=reach, limit=None
        ):
            i = near[k]
            p = table[i]
            if abs(len(p.tokens) - m) > 1 or d > allowed_edits(len(p.text)):
                continue
            if cell_at[t0] != cell_at[t0 + m - 1] and _column_gap(row, toks, t0, m):
                continue  # a label stays inside its column ("... Institution | DLI No.")
            if t0 in joined or (t0 + m) in joined:
                continue  # half of a hyphenated compound ("EMPLOYER-SPECIFIC")
            if len(p.text) < 10 and raw[0] != p.text[0]:
                continue  # a short label must at least start right ("Rate" for "Date" is
                # only forgiven inside a longer phrase)
            score = 1.0 - d / max(len(window), len(texts[i]))
            if score < THRESHOLD:
                continue
            old = best.get((i, t0))
            if old is None or score > old[0] or (score == old[0] and m == len(p.tokens)):
                best[(i, t0)] = (score, m)
    for (i, t0), (score, m) in best.items():
        found.append((m, score, t0, t0 + m - 1, table[i]))
    # the longest phrase wins an overlap, but a close match of a shorter one beats a loose
    # match of a longer one ("designated learning institution" is not "... number")
    found.sort(key=lambda f: (-len(f[4].text) * (f[1] - 0.8), -f[1]))
    taken: set[int] = set()
    hits: list[tuple[int, int, float, Phrase]] = []
    for _n, score, t0, t1, p in found:
        span = set(range(t0, t1 + 1))
        if span & taken:
            continue
        taken |= span
        hits.append((t0, t1, score, p))
    hits.sort()
    covered = {toks[t][1] for t0, t1, _s, _p in hits for t in range(t0, t1 + 1)}

    def hits_before(i: int) -> bool:
        return (i - 1) in covered

    row_cells = cells(row)
    starts = {id(c[0]) for c in row_cells}
    ends = {id(c[-1]) for c in row_cells}
    opens = {toks[t0][1] for t0, _t1, _s, _p in hits}  # words that open a label

    def next_opens_label(last: int) -> bool:
        """A label followed at once by another ("... RPC  24 EI insurable earnings")."""
        nxt = last + 1
        if nxt < len(row) and _BOX_NUMBER.match(row[nxt].text):
            nxt += 1
        return nxt in opens

    out: list[LabelHit] = []
    for t0, t1, score, p in hits:
        first, last = toks[t0][1], toks[t1][1]
        while last + 1 < len(row) and _PLURAL.match(row[last + 1].text):
            last += 1  # "Given Name (s)": the plural mark OCR split off belongs to the label
        if first > 0 and _BOX_NUMBER.match(row[first - 1].text) and not (hits_before(first)):
            first -= 1  # "14 Employment income": the box number is part of the label
        closed = id(row[last]) in ends or row[last].text.rstrip().endswith(":")
        if not closed and last + 1 < len(row):
            closed = bool(_SEPARATOR_WORD.match(row[last + 1].text)) or next_opens_label(last)
        out.append(
            LabelHit(
                p.field, r_i, first, last, score, t1 - t0 + 1, id(row[first]) in starts, closed
            )
        )
    return _merge(out, row)


def _merge(hits: list[LabelHit], row: Row) -> list[LabelHit]:
    """Bilingual labels ("Family name / Nom de famille") as one label of their field."""
    out: list[LabelHit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.field == h.field:
            between = row[prev.last + 1 : h.first]
            if all(_SEPARATOR_WORD.match(w.text) for w in between) or prev.last == h.first:
                out[-1] = LabelHit(
                    h.field,
                    h.row,
                    prev.first,
                    h.last,
                    max(prev.score, h.score),
                    prev.tokens + h.tokens,
                    prev.starts_cell,
                    h.ends_cell,
                )
                continue
        if prev is not None and prev.last == h.first and prev.field != h.field:
            # one glued word ("famille/Family") holds two fields' labels: keep the longer
            if h.tokens > prev.tokens:
                out[-1] = h
            continue
        out.append(h)
    return out
